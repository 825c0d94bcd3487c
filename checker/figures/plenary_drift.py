"""A plenary figure set against Sirekap where the record holds no plenary for its area (issue
10, basis). Pure.

The plenary recounts the same C-hasil forms Sirekap tallies, correcting a few on the way: where
Sirekap is complete the two differ by a handful of votes (Pilgub DKI 2024, Kota Jakarta Barat: RIDO 386.880 in KPU DKI's plenary of 8 Dec, 386.881 in
Sirekap's complete tally of 28 Nov, the other two pairs equal to the vote; second blind run).
Of the corpus's 117 plenary counts of a kab/kota or kecamatan beside Sirekap's complete tally
of the area, 99 equal it, 4 are 3 or 4 votes off (Bitung, a Buleleng kecamatan) and the rest 36
to hundreds (Bandung's accurate plenary 102 to 184 votes off): a slip of the units digit and
that drift look the same.
A page's plenary figure that close to Sirekap is therefore no wrong figure the record can show,
however exactly the page's other counts equal Sirekap's (same_reading, copied_reading hold a
copied reading to the vote): it is `plenary_not_loaded`, Sirekap's count and the difference
shown, as compare says of a plenary share off Sirekap. Beyond that drift (a digit slip,
368.881 for 386.881) the grade stands. Where the record holds the decree, the decree is the
yardstick and nothing here applies. Shares keep their grade: a share off Sirekap's beside the
page's own counts equal to Sirekap's is a slip of the share, not drift ("51,680 persen" for
31.480 votes, 51.69; "74,48 persen" for 410.421 votes, 74.45: dev pages).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.compare import claim_race
from checker.models import Claim, Comparison

__all__ = ["held_plenary_drift"]

# A count within one in ten thousand of Sirekap's, or nine votes (a slip of the units digit
# cannot be told from that drift).
_COUNT_PART, _COUNT_VOTES = Decimal("0.0001"), 9


def _within_drift(claim: Claim, c: Comparison) -> bool:
    if claim.kind != "votes" or c.difference is None or c.official_value is None:
        return False
    gap = abs(Decimal(c.difference))
    return gap <= _COUNT_VOTES or gap <= _COUNT_PART * Decimal(c.official_value)


def _no_plenary(claim: Claim, record) -> bool:
    race = claim_race(claim, record)
    return race is not None and \
        record.best(race, race.area_of(claim.region_code), tier="rekap") is None


def held_plenary_drift(claims, comparisons: tuple[Comparison, ...],
                       record) -> tuple[Comparison, ...]:
    """The comparisons, each plenary count flagged against Sirekap within that drift held."""
    if record is None:
        return comparisons
    return tuple(replace(c, status="unverifiable", reason="plenary_not_loaded")
                 if c.status in ("minor", "discrepant") and c.tier == "sirekap" and
                 claims[c.claim].claim_type == "plenary" and not claims[c.claim].quoted and
                 _within_drift(claims[c.claim], c) and _no_plenary(claims[c.claim], record)
                 else c for c in comparisons)
