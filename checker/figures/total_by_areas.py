"""A pair's race-wide count that breaks the page's stated valid total, singled out by the
page's own area list (issue 10, basis: Narasi Borneo's Kaltara plenary gives Yansen-Suratno
"97.224 suara"; its three counts add to 331.473, not the 331.493 valid votes it states, and
Yansen-Suratno's five regency counts add to 97.244).

own_total.py finds the gap between the pairs' counts and the stated total, but names the
wrong figure only where the record does. Here the page names it itself: the one pair whose
counts in the race's areas add up to what the total implies for it (the total less the other
pairs' counts), while every other pair's areas add up to the count the page gives it. Two of
the page's own figures then agree against the third: that count is graded against the
implied one (tier "page", reason "own_total"). Pure.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.count_slips import slip_status
from checker.models import Claim, Comparison

__all__ = ["blamed_by_areas"]


def _area_sums(claims: list[Claim], whole: Claim, area: str) -> tuple[frozenset, int] | None:
    """The areas within `area` where the page gives `whole`'s pair one count, and their sum."""
    found: dict[str, set[int]] = {}
    for c in claims:
        if c.kind == "votes" and c.hold is None and not c.quoted and \
                c.candidate_id == whole.candidate_id and c.claim_type == whole.claim_type and \
                c.election == whole.election and c.race_region == whole.race_region and \
                c.region_code and c.region_code != area and c.region_code.startswith(area):
            found.setdefault(c.region_code, set()).add(int(c.value))
    if len(found) < 2 or any(len(v) != 1 for v in found.values()):
        return None
    return frozenset(found), sum(next(iter(v)) for v in found.values())


def blamed_by_areas(gaps, claims, limits: dict[str, Decimal]) -> dict[int, Comparison]:
    claims = list(claims)
    out: dict[int, Comparison] = {}
    for gap in gaps:
        sums = {i: _area_sums(claims, claims[i], gap.area) for i in gap.claims}
        if any(s is None for s in sums.values()) or len({s[0] for s in sums.values()}) != 1:
            continue  # every pair listed in the same areas, once each
        stated = {i: int(claims[i].value) for i in gap.claims}
        implied = {i: gap.total - (gap.sum - stated[i]) for i in gap.claims}
        off = [i for i in gap.claims if sums[i][1] != stated[i]]
        if len(off) != 1 or sums[off[0]][1] != implied[off[0]]:
            continue
        index = off[0]
        difference = stated[index] - implied[index]
        out[index] = Comparison(index, slip_status(difference, implied[index], limits), implied[index], difference, "page",
                                reason="own_total")
    return out
