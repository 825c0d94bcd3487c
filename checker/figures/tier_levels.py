"""The kab/kota tier is no way back to a province-wide race's level (blind hunt 41, liputan6
on KPU Kepulauan Seribu's recap of the Pilgub DKI): "... meraih 7.456 suara yang terdiri atas
4.284 suara di Kepulauan Seribu Utara dan 3.172 suara di Kepulauan Seribu Selatan," said "dalam
Rapat Rekapitulasi Tingkat Kabupaten di Jakarta", then "Ridwan Kamil-Suswono ... 6.578 suara".
cues.levels reads "tingkat kabupaten" as an "upper" mark, the page back at the race's own
level after the kecamatan, so the next count took the province the race is run in (and the
seat "di Jakarta") and was graded against DKI's 1.718.160. For a governor's or a president's
race a kab/kota recap is one kab/kota's count, below the race: unless the page is about one
kab/kota of its own (then the figure is that kab/kota's, as before), such a mark puts nothing
back at the province or the country, and the figures after the kecamatan stay where the
kecamatan left them (held, `region_unclear` or `lower_level`). "tingkat provinsi", "secara
keseluruhan" and a regent's or mayor's race keep their marks. Nor is the province where such a
meeting sat ("Rapat Rekapitulasi Tingkat Kabupaten di Jakarta") the area of the figures it
adopted: one kab/kota's (meeting_seat.py reads the other way round, a province's plenary held
in a city). Pure; called from sub_areas."""

from __future__ import annotations

import re

__all__ = ["off_tier_seats", "without_kabkota_tiers"]

_KABKOTA_TIER = re.compile(r"(?:tingkat|level|se-?)\s*(?:kabupaten|kota)", re.IGNORECASE)
_WIDE = ("governor", "president")
# "Rapat Rekapitulasi Tingkat Kabupaten di Jakarta", "pleno tingkat kota yang digelar di
# Jakarta": the tier, words of the same clause, "di", the province's name right after.
_SEAT = re.compile(r"(?:tingkat|level)[^\S\n]+(?:kabupaten|kota)\b[^.;:!?\n,]{0,40}?"
                   r"[^\S\n]di[^\S\n]+(?:provinsi[^\S\n]+)?$", re.IGNORECASE)


def _wide_without_own(scope) -> bool:
    own = scope.region
    return scope.kind in _WIDE and not (own is not None and own.level == 2)


def without_kabkota_tiers(text: str, levels: list, scope) -> list:
    """`levels` (cues.levels) less the "upper" marks that name the kab/kota tier, on a page
    of a province-wide or national race (`scope`: the page's Scope) with no kab/kota of its
    own."""
    if not _wide_without_own(scope):
        return levels
    return [m for m in levels if m.value != "upper" or
            _KABKOTA_TIER.fullmatch(text, m.start, m.end) is None]


def off_tier_seats(text: str, regions: list, scope) -> list:
    """`regions` less each province named as the seat of a kab/kota-tier meeting, on the
    pages `without_kabkota_tiers` reads."""
    if not _wide_without_own(scope):
        return regions
    return [hit for hit in regions if hit.level != 1 or
            _SEAT.search(text, max(0, hit.start - 80), hit.start) is None]
