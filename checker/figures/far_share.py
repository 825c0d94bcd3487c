"""A share far below anything its own count could give (issue 10, errors caught). Pure.

own_shares.py and stated_base.py hold a share to its pairs' counts only where the page pins
the base (another share that follows, or the valid votes it states), because a share may be
of another base than the valid votes: every ballot cast, invalid ones too, or even the roll.
None of those bases is ten times the valid votes: invalid ballots are never nine in ten, and
no turnout is a tenth of the roll. So where the page gives a whole race's counts for one place
in a run (every pair of the record's roster once, one after another, as a TPS's or a
kecamatan's result is written) and one pair's share written straight after its own count
("149 suara atau 5 persen"), a share under a tenth of that count over the run's sum follows
from no base at all: a digit dropped ("5" for 75: Prabowo-Gibran's 149 of a Surabaya TPS's
195 valid votes, a re-vote the record holds no figure of).

Guards: the share written right after its own count ("N suara atau S persen", "N suara (S%)"),
with no base or comparison after it ("... persen dari ...": a share of a larger area's total
or of the pair's own total is a base this cannot weigh; "... persen lebih banyak": a gain); no quick count; every run of the roster
that holds the count (the runs before and after a place's list may straddle two places) puts
the share under a tenth; only figures the record did not grade. Graded against the count over
the largest such run's sum, the nearest share it could be (tier "page", reason "own_far").

    far_blamed(claims, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.numbers import last_unit
from checker.figures.own_total import race_of
from checker.figures.stated_base import graded, grouped
from checker.models import Claim, Comparison

__all__ = ["far_blamed"]

_HUNDRED = Decimal(100)
# No base a share can have is this many times the valid votes (see above).
_FACTOR = Decimal(10)
_QUICK = "quick_count"
# A base or a comparison after the share: "5 persen dari ..." (a larger area's or the pair's
# own total), "5 persen lebih banyak / di atas / dibanding ..." (a gain or a margin).
_BASE_AFTER = r"\s*(?:suara\s+)?(?:dari|atas|lebih|di\s+atas|dibanding|ketimbang)\b"


def _key(claim: Claim) -> tuple:
    return (claim.election, claim.race_kind, claim.race_region, claim.region_code,
            claim.claim_type)


def _usable(claim: Claim, kind: str) -> bool:
    return claim.kind == kind and not claim.quoted and not claim.approximate and \
        bool(claim.candidate_id) and bool(claim.election) and bool(claim.race_kind) and \
        claim.claim_type != _QUICK


def _written_after(share: Claim, count: int) -> bool:
    """Is the share written straight after its own count, with no base after it?"""
    if grouped(count) not in (share.excerpt or ""):
        return False  # (most counts of a table's pair: no regex built for them)
    digits = re.escape(format(Decimal(share.value), "f")).replace(r"\.", "[.,]")
    pattern = (r"(?<![\d.,])" + re.escape(grouped(count)) + r"\s+suara\s*(?:atau\s+|\(\s*)"
               + digits + r"\s*(?:%|persen)(?!" + _BASE_AFTER + ")")
    return re.search(pattern, share.excerpt or "", re.IGNORECASE) is not None


def _run_sums(claims: list[Claim], counts: list[int], at: int, roster: set) -> list[int]:
    """The sums of every run of `counts` (indexes of one race's vote counts, in page order)
    that holds position `at` and gives each pair of the roster exactly once."""
    size, sums = len(roster), []
    for start in range(max(0, at - size + 1), min(at, len(counts) - size) + 1):
        run = [claims[i] for i in counts[start:start + size]]
        if {c.candidate_id for c in run} == roster:
            sums.append(sum(int(c.value) for c in run))
    return sums


def far_blamed(claims, record, limits: dict[str, Decimal]) -> dict[int, Comparison]:
    if record is None:
        return {}
    claims: list[Claim] = list(claims)
    shares = [i for i, c in enumerate(claims) if _usable(c, "share")]
    if not shares:
        return {}
    by_key: dict[tuple, list[int]] = {}
    for j, claim in enumerate(claims):
        if _usable(claim, "votes"):
            by_key.setdefault(_key(claim), []).append(j)
    out: dict[int, Comparison] = {}
    for i in shares:
        share = claims[i]
        counts = by_key.get(_key(share), [])
        race = race_of(record, _key(share)) if counts else None
        if race is None:
            continue
        roster = {c.id for c in record.candidates_of(race)}
        value = Decimal(share.value)
        for at, j in enumerate(counts):
            count = int(claims[j].value)
            if claims[j].candidate_id != share.candidate_id or count <= 0 or \
                    not _written_after(share, count):
                continue
            sums = _run_sums(claims, counts, at, roster)
            lowest = [Decimal(count) * _HUNDRED / total for total in sums]
            if lowest and all(value + last_unit(value) < low / _FACTOR for low in lowest):
                out[i] = graded(i, value, min(lowest), limits, "own_far")  # (the nearest run's)
            break
    return out

