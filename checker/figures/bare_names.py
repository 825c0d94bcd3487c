"""A bare kab/kota name before a figure in its sentence ("Ketua KPU menyebut Bukittinggi
sebagai daerah dengan suara tertinggi ..., yaitu 89,46%"): region_mentions does not take it
as a place (a bare name may be a person's or a street's), so the figure fell to the province
and was compared with the province's share: a false discrepant. The figure's area is
unclear instead (issue 10, region)."""

from __future__ import annotations

import re

from checker.figures.places import dateline, in_lower_name, institution
from checker.figures.region_words import _title_case
from checker.figures.regions import CHANNEL_NEXT, RegionHit
from checker.figures.residence import residence

# Runs of capitalised words: the only way a page writes a region's name in running text.
_CAPITALISED = re.compile(r"[A-Z][A-Za-z'\-]*(?:[^\S\n][A-Z][A-Za-z'\-]*){0,3}")
# "1.234.567 suara" at the figure: a count, which may be too large for one kab/kota.
_COUNT = re.compile(r"(\d{1,3}(?:\.\d{3})+)[^\S\n]*suara\b", re.IGNORECASE)
_REACH = 300  # characters before the figure looked at (an endless sentence stays cheap)


def bare_before(text: str, matcher, region, area, page_area, position: int,
                sentence: int) -> bool:
    """Does the figure's sentence name a kab/kota bare, before the figure and after any
    region named, inside the province of `area` (the figure's region so far: a province, a
    kab/kota named paragraphs before, the country, or None)? Not that kab/kota itself ("Kota
    Bukittinggi" ... "Bukittinggi") or the page's (its title's), nor a body ("KPU Kulon
    Progo"), a kecamatan's name, a dateline or a title-case headline's word ("Kokoh di
    Puncak"), nor for a count too large for the one named. Only on the figure's own line:
    a sentence may run over a list's lines or a heading."""
    record = matcher.record
    if record is None:
        return False
    own = area.code if area is not None and area.code else ""
    within = own[:2]
    start = max(sentence, position - _REACH, text.rfind("\n", 0, position) + 1)
    skip = {own, page_area.code if page_area is not None and page_area.code else ""}
    if region is not None and region.start >= start:
        start = max(start, region.end)  # a region named since: that one decides
    for run in _CAPITALISED.finditer(text, start, position):
        base = run.start()
        # Every part of the run that is a bare name, longest first ("Tanah Datar" before "Tanah")
        for part_start, part_end, named in matcher.bare_parts(run.group()):
            at, end = base + part_start, base + part_end
            codes = [c for c in named if c.startswith(within)]
            if not codes:
                continue
            if skip.intersection(codes):
                return False  # the area's own name again, or the page's
            hit = RegionHit(codes[0], "", 2, at, end)
            if dateline(text, hit) or institution(text, hit) or in_lower_name(text, hit) \
                    or _title_case(text, at) or residence(text, hit) \
                    or CHANNEL_NEXT.match(text, end):
                continue  # "PADANG - ...": where the reporter filed from; "KPU Agam"; a home;
                # "Metro TV": a channel's name (blind 35)
            return not _too_large(text, record, codes, position)
    return False


def _too_large(text: str, record, codes: list[str], position: int) -> bool:
    """Is the figure a count larger than any race's total in each kab/kota the name may be?"""
    count = _COUNT.match(text, position)
    if count is None:
        return False
    value = int(count.group(1).replace(".", ""))
    for code in codes:
        totals = [result.total for race in record.races() if code.startswith(race.region)
                  for result in record.results_for(race, code)]
        if not totals or value <= max(totals):
            return False
    return True
