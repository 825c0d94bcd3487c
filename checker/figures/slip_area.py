"""A count held for its size and then graded as a slip keeps the area it was graded for. Pure.

scope_gate holds a count too small to be its area's (`below_area`: "297 suara" in a list of a
province's plenary counts) and forgets the area, since such a count is usually a smaller
place's. count_slips may then show it is the area's own count cut short (the plenary's 91.297,
every other pair's count on the page the plenary's to the vote) and grade it against the
race's final figure there. The report must then say which count it graded: the race's area,
no longer a count of no place (corpus-au, Pilgub Malut on Koran Jakarta: the flag was right,
its claim named no area, so a reader could not tell what it was checked against)."""

from __future__ import annotations

from dataclasses import replace

from checker.figures.count_slips import FINAL_SLIP
from checker.models import Claim, Comparison

__all__ = ["placed_slips"]

_SIZE_HOLDS = frozenset({"below_area"})
_FLAGS = frozenset({"discrepant", "minor"})


def placed_slips(claims: tuple[Claim, ...],
                 comparisons: tuple[Comparison, ...]) -> tuple[Claim, ...]:
    """`claims`, each size-held count graded against its race's final figure (count_slips'
    "cut" shape, graded for the race's own area: Race.area_of(None)) named that area, its
    hold lifted: it was compared."""
    slips = {c.claim for c in comparisons if c.reason == FINAL_SLIP and c.status in _FLAGS}
    if not slips:
        return claims
    out = list(claims)
    for i in slips:
        claim = out[i]
        if claim.hold in _SIZE_HOLDS and claim.region_code is None and claim.race_region:
            out[i] = replace(claim, region_code=claim.race_region,
                             region_name=claim.race_region_name, hold=None)
    return tuple(out)
