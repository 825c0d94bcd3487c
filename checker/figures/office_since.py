"""A pair described by the office it holds or seeks, its regency named in that title after a
kecamatan, names no place the ranked counts after it were counted in (blind hunt 59/04,
Banggai; fix-known14):

    "Di Kecamatan Toili, Amirudin-Furqanuddin menang jauh. Paslon Bupati dan Wakil Bupati
     Banggai petahana itu memperoleh 12.353 suara."   (our words; luwuktimes.id, blind 59/04)
    "Posisi kedua Sulianti-Samsulbahri dengan 6.832 suara, lalu Herwin-Heppy 1.834 suara."

"Paslon Bupati dan Wakil Bupati Banggai" says who the pair is; the last place the page named
for the counts is still the kecamatan, and "Posisi kedua" goes on with its list. So a paragraph
after it that names no place is carried to no kab/kota (carried_area._carried asks
title_past_kecamatan) and is of no one area (layout._unclear holds it `region_unclear`), not
the regency's: graded against the regency's plenary, Toili's 6.832 would read as a far-off
count of Banggai. Narrow on purpose: the title must be a candidate's ("paslon", "pasangan",
"calon" or "petahana" by it), and the figure's sentence must rank it after the first
(ranks.RANK). A sitting official's title ("Bupati Sleman Kustini"), "Di Kabupaten Banggai" or
"Pilkada Banggai" still name the place, and a figure that does not go on with the kecamatan's
list keeps the regency it was given. Pure."""

from __future__ import annotations

import re

from checker.figures.cues import mark_before
from checker.figures.ranks import ranked

__all__ = ["kecamatan_last", "title_past_kecamatan"]

_OFFICE = r"(?:bupati|wali\s*kota|walikota|gubernur)"
# the candidate's title right before the name: "Paslon Bupati dan Wakil Bupati", "calon Wali
# Kota" ("Wali |Kota Medan|": a hit may begin with its own "Kota")
_TITLE = re.compile(r"\b(?:paslon|pasangan(?:\s+calon)?|calon|cabup|cawali|cagub)"
                    rf"(?:\s+petahana)?\s+"
                    rf"{_OFFICE}(?:\s+dan\s+wakil\s+{_OFFICE})?\s+(?:wali\s+)?"
                    r"(?:(?:kabupaten|kab\.|kota|provinsi|prov\.)\s+)?$", re.IGNORECASE)
_WALI = re.compile(r"\bwali\s+$", re.IGNORECASE)


def kecamatan_last(text: str, region, at: tuple[int, int, int]) -> bool:
    """Is the kecamatan whose level word starts at `at[0]` the last place named before the
    figure at `at[2]` (its sentence starting at `at[1]`): no region mark (`region`, the last
    before the figure) after it, or only a candidate's title with the figure ranked?"""
    level, sentence, position = at
    if region is None or region.start < level:
        return True
    return _candidate_title(text, region, level) and ranked(text, sentence, position)


def title_past_kecamatan(layout, region) -> bool:
    """Is the region mark `region` only a candidate's title after a kecamatan its paragraph
    named ("Kecamatan Toili, ... Paslon Bupati dan Wakil Bupati Banggai itu ...")?
    Then no ranked count after it is carried to that kab/kota (carried_area._carried): the
    list goes on with the kecamatan."""
    home = layout._start_of(layout.paragraphs, region.start)
    level = mark_before(layout.levels, layout.level_starts, region.start, home)
    return level is not None and level.value == "lower" and \
        _candidate_title(layout.text, region, level.start)


def _candidate_title(text: str, region, level: int) -> bool:
    before = text[max(level, region.start - 70):region.start]
    if _WALI.search(before) and text[region.start:region.start + 4].lower() == "kota":
        before = before[:_WALI.search(before).start()] + "wali kota "
    return bool(_TITLE.search(before))
