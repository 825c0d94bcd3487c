"""A sentence that opens by pointing back ("Di sini", "Di daerah tersebut", "Sementara di
wilayah ini,") speaks of the place named last before it. When that place is one the reader
does not take as a region (a bare name several areas share: "Demikian pula di Banjar, ...
Di sini paslon nomor urut 2 memperoleh 52.698 suara", Kabupaten Banjar in Kalsel or Kota
Banjar in Jawa Barat), the region found before it ("Di Kota Banjarmasin, ...") is not the one
pointed to: the figure is of no one area, held `region_unclear` (hunt.md cause G: the counts
went to the province, then to the wrong city). So is a figure whose pointer follows a sentence
naming two regions, one not inside the other (the last one named was taken). Pure; asked by
layout._unclear."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.carried_area import OPENS_BACK

__all__ = ["points_past"]

# "di Banjar", "dari Tabalong": a capitalised word after a place's preposition. Not an acronym
# ("di TPS", "di KPU") nor the count's source or the election ("di Sirekap", "di Pilgub").
_NAMED = re.compile(r"\b(?:di|dari|ke)[^\S\n]+([A-Z][a-z][\w'-]*)")
_NOT_PLACES = frozenset("sirekap pilkada pilgub pilbup pilwalkot pilwako pemilu pilpres situs "
                        "laman aplikasi website data".split())


def points_past(text: str, regions: list, starts: list[int], region, where) -> bool:
    """Does the figure's sentence (where: its _where) open pointing back while a place the
    reader did not take as a region (`regions`, their `starts`) was named in its paragraph
    after `region` (the nearest one before it) and before the sentence?"""
    sentence, paragraph = where[0], where[2]
    if sentence <= paragraph or not OPENS_BACK.match(text, sentence):
        return False
    start = max(paragraph, region.end if region is not None else paragraph)
    for match in _NAMED.finditer(text, start, sentence):
        word = match.start(1)
        index = bisect_right(starts, word) - 1
        known = index >= 0 and regions[index].end > word or \
            index + 1 < len(regions) and regions[index + 1].start <= match.end(1)
        if not known and match.group(1).lower() not in _NOT_PLACES:
            return True
    return region is not None and _two_before(text, regions, starts, region, paragraph)


def _two_before(text: str, regions: list, starts: list[int], region, paragraph: int) -> bool:
    """Does the sentence of `region` (the place named last before the pointer) name another
    region neither inside nor around it ("Demikian pula di Kabupaten Banjar, yang berbatasan
    dengan Kota Banjarmasin. Di sini ...": Banjarmasin was taken; either may be meant)? A
    province after its regency ("Kabupaten Banjar, Kalimantan Selatan") is one place."""
    own = max(paragraph, max(text.rfind(stop, paragraph, region.start) for stop in _STOPS) + 1)
    code = region.code or ""
    for other in regions[bisect_right(starts, own - 1):bisect_right(starts, region.start - 1)]:
        if other.code and code and other.start < region.start and \
                not code.startswith(other.code) and not other.code.startswith(code):
            return True
    return False


_STOPS = (". ", "! ", "? ", "\n")
