"""Votes abroad with their PPLN named: "Di Perth, ...", a heading "BAGHDAD (IRAK)", a line
"1. Pretoria, Afrika Selatan". The record holds each PPLN as an area of region 99 ("Luar
Negeri"), so such a figure is that PPLN's, not one below the record's areas (issue 10,
corpus-m). Asked by checker/figures/from_text.py for each figure a page about votes abroad
would otherwise put below the record's areas."""

from __future__ import annotations

import re

from checker.figures.cues import mark_before
from checker.figures.ranks import ranked
from checker.figures.regions import RegionHit

__all__ = ["ABROAD_AREA", "ppln_named", "ppln_tally"]

ABROAD_AREA = "99"  # the record's "Luar Negeri"; its PPLN are 99xx


def ppln_named(layout, region, position: int, paragraph: int) -> bool:
    """Is `region` a PPLN named for the figure at `position` (in its paragraph, as its line,
    or as its section's heading), with no TPS, desa or kecamatan word in the paragraph
    before the figure (a TPS of a PPLN is still below the record's areas)?"""
    if region is None or not region.code or len(region.code) != 4 or \
            not region.code.startswith(ABROAD_AREA):
        return False
    if not (region.start >= paragraph or region.line or layout._headed(region, position)):
        return False
    level = mark_before(layout.levels, layout.level_starts, position, paragraph)
    return level is None or level.value != "lower"


# "421.605 suara di 127 wilayah PPLN": a pair's votes in so many of the PPLN, i.e. a partial
# tally of the votes abroad (region 99), written right after the figure in its sentence. Never
# the country's: the area is 99, and the count is held as partial (corpus-m, PR Depok).
_PPLN_COUNT = re.compile(r"\s*(?:suara\s+)?(?:di|dari)\s+\d[\d.]*\s+(?:wilayah\s+|kantor\s+)?$",
                         re.IGNORECASE)


# The sentence right after such a tally, going on with the other pairs' counts: "Di
# urutan kedua Anies-Muhaimin dengan 120.085 suara, dan terakhir Ganjar-Mahfud dengan ...",
# "Anies-Muhaimin berada di posisi kedua dengan 125.110 suara" (a rank before the figure).
_TALLY_BEFORE = re.compile(r"\d[\d.,]*\s*(?:suara\s+)?(?:di|dari)\s+\d[\d.]*\s+"
                           r"(?:wilayah\s+|kantor\s+)?$", re.IGNORECASE)


def ppln_tally(text: str, position: int, place, sentence: int = -1) -> RegionHit | None:
    """The votes abroad (99) for a figure followed by "di N (wilayah) PPLN", or in the
    sentence right after such a tally that goes on with the next pairs; else None."""
    if place is None or not text.startswith("PPLN", place.start):
        return None
    if place.start < position:
        if sentence <= place.end or re.fullmatch(r"\s*\.\s*", text[place.end:sentence]) is None \
                or not ranked(text, sentence, position) or \
                _TALLY_BEFORE.search(text, max(0, place.start - 60), place.start) is None:
            return None
        return RegionHit(ABROAD_AREA, "Luar Negeri", 1, place.start, place.end)
    end = min(place.start, position + 60)
    number = re.match(r"\d[\d.,]*", text[position:end])
    if number is None or _PPLN_COUNT.fullmatch(text, position + number.end(), place.start) is None:
        return None
    return RegionHit(ABROAD_AREA, "Luar Negeri", 1, place.start, place.end)
