"""A plenary count beyond anything its pair could reach there (issue 10, time). Pure.

A plenary count the record holds only as Sirekap is held (`progress_differs`): the plenary
corrects forms, and the page may give it before the record's reading. But a plenary counts
every TPS, so a pair's count there is never far above the pair's largest nearly complete
Sirekap reading scaled to every TPS, with a plenary's room for corrections
(share_bound.most_reachable, the bound share_bound uses for the valid votes). A count above
that is wrong at any moment ("Paslon no 4. 60.093" at KPU Kota Kupang's plenary, where
Sirekap at 96,6 % of the TPS gives the pair 47.862: 57 thousand at the most, beside the four
other pairs' counts each a little above their reading).

Only a count the page gives as the plenary's: a real count's moment may carry Sirekap's
misreadings (a TPS read as 136.188 votes, a country abroad read high before it was set
right), which the later readings no longer hold. The page's list must be of that area's size:
two other pairs' counts in the same list lie between nine tenths of their own reading and
their bound, and no other pair's count is beyond its bound (a list of a larger area, read into
a smaller one, breaks every pair alike). Graded against the reading the bound comes from
(reason `beyond_reach`).

    beyond_reach_blamed(claims, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.count_slips import slip_status
from checker.figures.own_total import against_record, race_of, vote_groups
from checker.figures.share_bound import most_reachable
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["beyond_reach_blamed"]

_PLENARY = "plenary"
_WITNESS_LOW = Decimal("0.9")   # a witness count is at least this part of its reading's count
# Two other pairs in line place the list in that area under those ballot numbers, as
# count_ratios.py asks: a list read into the wrong area, or its numbers crossed, agrees with
# nothing (one pair alone may match by chance: Kukar's "259.489" beside a crossed "74.448").
_WITNESSES = 2
_HUNDREDTH = Decimal("0.01")


def _one(claims: list[Claim], indexes: list[int]) -> int | None:
    values = {int(claims[i].value) for i in indexes}
    return values.pop() if len(values) == 1 else None


@against_record
def beyond_reach_blamed(claims: list[Claim], record: MemoryRecord,
                        limits: dict[str, Decimal]) -> dict[int, Comparison]:
    out: dict[int, Comparison] = {}
    for key, by_pair in vote_groups(claims).items():
        if key[4] != _PLENARY or len(by_pair) < 2:
            continue
        race = race_of(record, key)
        if race is None:
            continue
        area = race.area_of(key[3])
        beyond, witnesses = [], 0
        for cid, indexes in by_pair.items():
            value = _one(claims, indexes)
            bound, reading = most_reachable(record, race, area, lambda r: r.votes.get(cid))
            if value is None or bound is None:
                continue
            if value > bound:
                beyond.append((cid, indexes, value, reading))
            elif value >= reading.votes[cid] * _WITNESS_LOW:
                witnesses += 1
        if len(beyond) != 1 or witnesses < _WITNESSES:
            continue
        cid, indexes, value, reading = beyond[0]
        official = reading.votes[cid]
        difference = value - official
        status = slip_status(difference, official, limits)
        progress = None if reading.progress is None else reading.progress.quantize(_HUNDREDTH)
        for index in indexes:
            out[index] = Comparison(index, status, official, difference, reading.tier,
                                    reading.as_of, progress, reading.source,
                                    reason="beyond_reach")
    return out
