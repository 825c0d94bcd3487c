"""What the page itself says of a share graded below the decree, where no other pair's share
there is the decree's (issue 10, basis; rekap3). Pure.

A share of every ballot cast (invalid ones too) is lower than the share of the valid votes the
decree gives, for every pair by the same factor, and never lower than the valid votes over the
most ballots a race casts (other_base.MOST: a factor of 0,87). Against the decree such a share
looks a point or more too low, and a lone share does not say which it is, a slip or another
base. Two things on the page say "another base":

- every share it gives there is below the decree's (shares of the valid votes cannot all be
  low: they add up to a hundred; "47,14" and "18,77 persen" for Sultra's 52,39 and 20,84, a
  tenth of the ballots invalid; Sumut's 61,23 and 33,75 of its 5.953.676 ballots, against
  64,47 and 35,53);
- its own counts of every pair there are the decree's to the vote, and the share below what
  they give: the page had the valid votes before it, so the share is of its count over more
  ("295.983 suara atau 42,10 persen" beside Gorontalo's four decree counts, which give 43,40;
  Sumut's 3.645.611 and 2.009.311 with "61,23 persen", the first over its 5.953.676 ballots).
  One count alone does not say so (test_blind36's "12.192.165 suara atau 56,81 persen" stays
  caught); a share lower than any base of all ballots allows is caught beside every count.

    base_signs(claims, races, comparisons, index, record) -> (all_low, count_right, any_base)
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.count_slips import pair_id
from checker.figures.numbers import last_unit
from checker.figures.other_base import MOST
from checker.models import Claim, Comparison

__all__ = ["base_signs"]


def _low(claim: Claim, c: Comparison) -> bool:
    """Is the share below its decree figure beyond its own rounding?"""
    return c.tier == "rekap" and c.difference is not None and \
        -c.difference > last_unit(claim.value) / 2


def base_signs(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
               index: int, record) -> tuple[bool, bool, bool]:
    """For the share at `index`, graded below the decree: (every share the page gives there is
    low, two pairs' or more; every pair's count there is the decree's; the share is within
    what a base of every ballot cast allows)."""
    race, claim, c = races[index], claims[index], comparisons[index]
    area = race.area_of(claim.region_code)
    pair = pair_id(claim, race, record)
    shares, counts = [], {}
    for j, other in enumerate(claims):
        if races[j] is not race or race.area_of(other.region_code) != area or \
                other.claim_type == "quick_count" or comparisons[j].tier != "rekap":
            continue
        if other.kind == "share" and comparisons[j].status != "unverifiable":
            shares.append(j)
        elif other.kind == "votes":
            counts.setdefault(pair_id(other, race, record), set()).add(comparisons[j].difference)
    pairs = {pair_id(claims[j], race, record) for j in shares}
    all_low = len(pairs) >= 2 and all(_low(claims[j], comparisons[j]) for j in shares)
    roster = {p.id for p in record.candidates_of(race)}
    count_right = pair in counts and set(counts) >= roster and \
        all(found == {0} for found in counts.values())
    value = Decimal(claim.value) + last_unit(claim.value) / 2
    any_base = value * MOST >= Decimal(c.official_value)
    return all_low, count_right, any_base
