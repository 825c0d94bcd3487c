"""Votes abroad with their PPLN named: "Di Perth, ...", a heading "BAGHDAD (IRAK)", a line
"1. Pretoria, Afrika Selatan". The record holds each PPLN as an area of region 99 ("Luar
Negeri"), so such a figure is that PPLN's, not one below the record's areas (issue 10,
corpus-m). Asked by checker/figures/from_text.py for each figure a page about votes abroad
would otherwise put below the record's areas."""

from __future__ import annotations

from checker.figures.cues import mark_before

__all__ = ["ABROAD_AREA", "ppln_named"]

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
