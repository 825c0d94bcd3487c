"""Figures held to the very reading the page copied (issue 10, planted errors). Votes and
shares are graded with limits (rules/figure-rules.yaml: 0.5 % of a count, 0.5 points of a
share = "consistent") because a figure may be of another moment or basis than the yardstick
the record has. But when the page's other pairs in the same race and area equal that
yardstick exactly, the page copied that reading (or that decree): its other figures there
are of it too, so a difference beyond rounding is a wrong figure, a typo at least: `minor`,
as a plenary figure held to its decree is (compare._held_to_decree).

- a count: another pair's count equal to the reading to the vote ("458.386" beside two
  counts equal to Sirekap's, for 458.886); any difference is wrong;
- a share: two other pairs' shares equal to the reading's at their precision, or the one
  other pair of a race of two (its shares add to 100: "61,44" beside 38,54 for 61.46); off
  by more than one unit of its own last decimal (a unit is rounding: 10,54 for 10.53).
  One pair equal in a race of three proves no reading: shares of a nearby moment differ by
  hundredths and one may coincide.

A page that gives one pair two figures of a kind in that race and area (Sirekap's and a
party's) reports more than one count: nothing of that kind is held there. A figure the writer
rounded ("14,1 juta") is not held. Two more things prove no copy (second hunt,
tests/corpus/findings/hunt.md):

- a share written to the whole per cent: it equals any reading within half a point ("sekitar
  37 persen" of a campaign's count beside Sirekap's 37.48);
- a share the page's own counts give: over their sum where it gives one count for every pair
  there, else over the total another pair's count and share imply (Bandung Barat's plenary
  "137.567 suara (15,08 persen)" of 912.373, beside three shares that happen to equal
  Sirekap's 99.69 % reading, which gives that pair 15.10): a share that is its own counts'
  arithmetic is of their reading, not a slip for another's.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.compare import claim_race
from checker.figures.numbers import last_unit
from checker.models import Claim, Comparison

__all__ = ["held_to_reading"]


def _pair(claim: Claim):
    return claim.candidate_id or claim.nomor_urut


def _place(claim: Claim) -> tuple:
    return (claim.kind, claim.election, claim.race_kind, claim.race_region, claim.region_code)


def _exact(claim: Claim, c: Comparison) -> bool:
    if c.status != "consistent" or c.difference is None or claim.approximate:
        return False
    if claim.kind == "votes":
        return c.difference == 0
    unit = last_unit(claim.value)
    return unit < 1 and abs(Decimal(c.difference)) * 2 <= unit


def _of_own_counts(claim: Claim, claims: list[Claim], record) -> bool:
    """Is the share what the page's own count there gives its pair: over the sum of its counts
    of every pair of the race (within half the share's last unit), or, some pair's count not
    given, over the total another pair's count and share to the hundredth imply (within one
    unit)?"""
    place = _place(claim)[1:]
    counts: dict = {}
    shares: dict = {}
    for other in claims:
        if other.kind in ("votes", "share") and other.hold is None and \
                _place(other)[1:] == place and _pair(other) is not None:
            found = counts if other.kind == "votes" else shares
            found.setdefault(_pair(other), set()).add(Decimal(other.value))
    pair = _pair(claim)
    if pair not in counts or any(len(v) > 1 for v in (*counts.values(), *shares.values())):
        return False
    if len(counts) == _roster(claim, record):
        total, room = sum(min(v) for v in counts.values()), last_unit(claim.value) / 2
    else:
        known = [(min(shares[p]), min(counts[p])) for p in counts
                 if p != pair and p in shares and last_unit(min(shares[p])) <= Decimal("0.01")]
        if not known:
            return False
        share, count = max(known)
        total, room = count * 100 / share, last_unit(claim.value)
    own = min(counts[pair]) * 100 / total if total else None
    return own is not None and abs(own - Decimal(claim.value)) <= room


def _off(claim: Claim, c: Comparison) -> bool:
    if c.status != "consistent" or not c.difference or claim.approximate:
        return False
    return claim.kind == "votes" or abs(Decimal(c.difference)) > last_unit(claim.value)


def _roster(claim: Claim, record) -> int | None:
    race = claim_race(claim, record) if record is not None else None
    return len(record.candidates_of(race)) if race is not None else None


def held_to_reading(claims, comparisons: tuple[Comparison, ...],
                    record=None) -> tuple[Comparison, ...]:
    claims = list(claims)
    given: dict[tuple, set] = {}
    for claim in claims:
        if claim.kind in ("votes", "share") and claim.hold is None and _pair(claim) is not None:
            given.setdefault(_place(claim) + (_pair(claim),), set()).add(claim.value)
    several = {key[:-1] for key, values in given.items() if len(values) > 1}
    exact: dict[tuple, set] = {}
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind in ("votes", "share") and _pair(claim) is not None and _exact(claim, c):
            exact.setdefault(_place(claim) + (c.tier, c.as_of), set()).add(_pair(claim))
    if not exact:
        return comparisons
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind in ("votes", "share") and _place(claim) not in several and _off(claim, c):
            others = exact.get(_place(claim) + (c.tier, c.as_of), set()) - {_pair(claim)}
            if others and (claim.kind == "votes" or len(others) >= 2 or
                           _roster(claim, record) == 2) and \
                    not (claim.kind == "share" and _of_own_counts(claim, claims, record)):
                c = replace(c, status="minor")
        out.append(c)
    return tuple(out)
