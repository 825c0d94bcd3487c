"""Two pairs' shares given the wrong way round by ballot number (issue 10, basis). Pure.

"Paslon 01 meraup 83,9 persen ... Paslon 02 ... 16,1 persen", where the same page gives
paslon 01 101.562 votes and paslon 02 528.942 (16,11 and 83,89 of their 630.504): each share
is the other pair's. own_shares.py singles out one share off while another follows, and
leaves two off together alone, as shares of another base (every ballot cast) may be; but
another base lowers every share by one factor, it never exchanges two. So where every pair of
the race there has one count on the page, and two shares, each written after its own ballot
number ("paslon 01", "nomor urut 2"), are each, to their last decimal, the other pair's share
of those counts and not their own, both are wrong. The counts must agree with the record's
(nearly) complete reading's shares (they are that area's, under those numbers), and a share
read by a name is never taken for this shape: a tool's reading of whose figure a clause gives
("unggul dari pasangan lainnya yang memperoleh 44,61%") fails the same way. Graded against
the share the page's counts give (tier "page", reason "own_votes").

    swapped_blamed(claims, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.numbers import last_unit
from checker.figures.own_total import against_record, full_rosters, vote_groups
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["swapped_blamed"]

_HUNDREDTH = Decimal("0.01")
_AGREE = Decimal(1)       # the counts' share within this of the reading's (settled.py)
_COMPLETE = Decimal(95)   # a nearly complete Sirekap reading (settled.py)
# The ballot number a figure is written after: "paslon 01", "nomor urut 2", "no. 02"
_NUMBER = re.compile(r"\b(?:paslon|pasangan(?:\s+calon)?|nomor(?:\s+urut)?|no\.?(?:\s*urut)?)"
                     r"\s*(?:nomor\s*(?:urut\s*)?)?:?\s*0?(\d)\b", re.IGNORECASE)
_BEFORE = 80  # how far before the figure its ballot number may stand


def _written_after_number(claim: Claim) -> bool:
    """Is the share written after its own ballot number, no other number nearer?"""
    text = claim.excerpt or ""
    value = format(Decimal(claim.value), "f")
    at = max(text.find(value.replace(".", ",")), text.find(value))
    if at < 0:
        return False
    numbers = list(_NUMBER.finditer(text, max(0, at - _BEFORE), at))
    return bool(numbers) and int(numbers[-1].group(1)) == claim.nomor_urut


def _agrees(record: MemoryRecord, race, area: str, votes: dict[str, int]) -> bool:
    reading = record.best(race, area)
    if reading is None or reading.tier != "rekap" and (
            reading.progress is None or reading.progress < _COMPLETE):
        return False
    total = sum(votes.values())
    return all(reading.share(p) is not None and
               abs(Decimal(v) * 100 / total - reading.share(p)) <= _AGREE
               for p, v in votes.items())


@against_record
def swapped_blamed(claims: list[Claim], record: MemoryRecord,
                   limits: dict[str, Decimal]) -> dict[int, Comparison]:
    shares = vote_groups(claims, "share")
    out: dict[int, Comparison] = {}
    for key, race, _, votes in full_rosters(claims, record):
        stated = shares.get(key)
        total = sum(votes.values())
        if not stated or not total or not _agrees(record, race, key[3], votes):
            continue
        implied = {p: Decimal(v) * 100 / total for p, v in votes.items()}
        given = {p: idx[0] for p, idx in stated.items() if p in implied and len(
            {claims[i].value for i in idx}) == 1 and claims[idx[0]].nomor_urut is not None}

        def fits(i: int, pair: str) -> bool:
            value = Decimal(claims[i].value)
            return abs(value - implied[pair]) <= last_unit(value)

        swaps = [(p, q) for p in sorted(given) for q in sorted(given) if p < q and
                 fits(given[p], q) and fits(given[q], p) and not fits(given[p], p) and
                 not fits(given[q], q)]
        if len(swaps) != 1 or not all(_written_after_number(claims[given[p]])
                                      for p in swaps[0]):
            continue
        for p in swaps[0]:
            i = given[p]
            difference = (Decimal(claims[i].value) - implied[p]).quantize(_HUNDREDTH)
            status = "discrepant" if abs(difference) > limits["share_minor"] else "minor"
            out[i] = Comparison(i, status, implied[p].quantize(_HUNDREDTH), difference, "page",
                                reason="own_votes")
    return out
