"""A figure said of several areas at once: the place before it is one of a list ("unggul di
Aceh dan Sumatera Barat"), or its place is written together with another ("73,8 persen suara
masuk di Bali-NTT-NTB: Prabowo 60,11 persen"; "real count di Jawa-Bali"; "Sumatera
Utara/Aceh"; "unggul 55 persen di Bali dan NTB"). The areas name one tally of their sum, which
is none of theirs: before, the progress took the first area (the one right after it) and the
shares the last (the one right before them), a sum of three provinces compared with one
province's result. The area is left unclear instead (held `region_unclear`; the record holds
no such sums). A dateline's dash has spaces ("Jakarta - Real count ...")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from checker.figures.joined_heading import joined_heading
from checker.figures.wording import listed

__all__ = ["among_several"]

# Two areas written as one: "Bali-NTT", "Sumut/Aceh", "Jawa–Bali" (no space either side).
_JOINED = re.compile(r"[-\u2013\u2014/]")
# Java, which the record's regions (and rules/regions.yaml's groups) leave unnamed: "Jawa" alone
# is too often a newspaper's or a people's name ("Jawa Pos", "suku Jawa") to stand for an area,
# but joined to an area ("Jawa-Bali", "Bali/Jawa") it is one.
_JAWA_BEFORE = re.compile(r"\bJawa[-\u2013\u2014/]$")
_JAWA_AFTER = re.compile(r"[-\u2013\u2014/]Jawa\b")
# The next area after the one a figure is said of: "di Bali dan NTB" (after a comma it may be
# the next item's own place: "60 persen di Bali, NTB 55 persen").
_AND = re.compile(r"\s+(?:dan|serta|&)\s+", re.IGNORECASE)


def among_several(layout, region, position: int, paragraph: int) -> bool:
    """Is `region`, the place of the figure at `position`, one of several areas written
    together: the last place before the figure in its paragraph, listed after another; or a
    place joined to the one before or after it ("Bali-NTT-NTB"), or followed by "dan
    <area>"?"""
    if region is None:
        return False
    regions, text, starts = layout.regions, layout.text, layout.region_starts
    last = bisect_right(starts, position) - 1
    if last >= 1 and regions[last] is region and region.start >= paragraph and \
            listed(text, regions[last - 1].end, region.start):
        return True
    index = bisect_left(starts, region.start)
    if index >= len(regions) or regions[index] is not region:
        return False
    if _JAWA_BEFORE.search(text, max(0, region.start - 6), region.start) or \
            _JAWA_AFTER.match(text, region.end) or joined_heading(text, region):
        return True  # (a heading line "Jakarta Utara dan Kepulauan Seribu": joined_heading)
    before = regions[index - 1] if index >= 1 else None
    after = regions[index + 1] if index + 1 < len(regions) else None
    return before is not None and _JOINED.fullmatch(text, before.end, region.start) is not None \
        or after is not None and (_JOINED.fullmatch(text, region.end, after.start) is not None
                                  or _AND.fullmatch(text, region.end, after.start) is not None)
