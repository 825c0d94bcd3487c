"""A count beyond its own share of every vote its race there could have (issue 10, basis). Pure.

"11,02 persen suara atau sekitar 29 ribu suara" (Pilbup Indragiri Hulu, where Sirekap at 97.54 %
of the TPS counts 183 thousand valid votes): whatever the moment the page speaks of, a pair's
count is its share of the valid votes counted so far, and those never exceed the race's whole
there: the record's largest nearly complete reading scaled to every TPS, with room for a
plenary's corrections and for shares of all ballots (`_ROOM`). A count above its share of that,
even at the ends the page's rounding allows, cannot go with that share: one of the two is
wrong, at any moment, so no hold for the count's moment applies.

The count is the one blamed only where the share is borne out twice: the page gives every pair
of the record's roster one share there and they add to a hundred within their last units (the
share is what the others leave, not a slip of its own), and it is within a count's drift of
the record's share. And the page's counts must be of that race's size: another pair's count
with its share in the same count gives a valid-vote total within the bound (a list of a larger
area, read into a smaller one, breaks it for every pair alike). Graded against that total times
the share (tier "page", reason "beyond_share").

    beyond_share_blamed(claims, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.moment import DRIFT
from checker.figures.numbers import last_unit, rounding_unit
from checker.figures.own_total import against_record, race_of
from checker.figures.count_slips import slip_status
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["beyond_share_blamed", "most_reachable"]

_COUNTED = (None, "plenary", "real_count")  # not a quick count's, a campaign's or a survey's
_NEARLY = Decimal(90)      # a reading of this share of the TPS or more scales to the whole
_ROOM = Decimal("1.15")    # plenary corrections, and shares of all ballots, above that whole
_WITNESSES = Decimal("0.01")  # other pairs' totals agree within 1 %
_LOOSE = Decimal("0.01")   # "sekitar": at least this much either way, beyond its rounding


def _groups(claims: list[Claim]) -> dict[tuple, dict[str, dict[str, list[int]]]]:
    """Shares and counts by (election, race, race region, area, count type), then by kind and
    pair; approximate counts included ("sekitar 29 ribu"), approximate shares not."""
    groups: dict[tuple, dict[str, dict[str, list[int]]]] = {}
    for index, claim in enumerate(claims):
        if claim.kind not in ("share", "votes") or claim.hold is not None or claim.quoted or \
                claim.claim_type not in _COUNTED or not claim.candidate_id or \
                not claim.election or not claim.race_kind or claim.region_code is None or \
                (claim.approximate and claim.kind == "share"):
            continue
        key = (claim.election, claim.race_kind, claim.race_region, claim.region_code,
               claim.claim_type)
        by_kind = groups.setdefault(key, {"share": {}, "votes": {}})
        by_kind[claim.kind].setdefault(claim.candidate_id, []).append(index)
    return groups


def most_reachable(record: MemoryRecord, race, area: str, of=lambda r: r.total):
    """The most a figure of the race there (`of` a reading: its valid votes, or a pair's
    count) could be at any moment: its largest nearly complete reading scaled to every TPS (a
    plenary as it stands), with `_ROOM` above it; and that reading (None, None: no such)."""
    scaled = [(Decimal(of(r)) * (100 / r.progress if r.tier == "sirekap" else 1), r)
              for r in record.results_for(race, area) if of(r) and
              (r.tier == "rekap" or r.progress is not None and r.progress >= _NEARLY)]
    if not scaled:
        return None, None
    most, reading = max(scaled, key=lambda pair: pair[0])
    return most * _ROOM, reading


def _whole(record: MemoryRecord, race, area: str) -> Decimal | None:
    """The most valid votes the race there could have (most_reachable)."""
    return most_reachable(record, race, area)[0]


def _one(claims: list[Claim], indexes: list[int] | None) -> Claim | None:
    values = {claims[i].value for i in indexes or ()}
    return claims[indexes[0]] if len(values) == 1 else None


@against_record
def beyond_share_blamed(claims: list[Claim], record: MemoryRecord,
                        limits: dict[str, Decimal]) -> dict[int, Comparison]:
    out: dict[int, Comparison] = {}
    for key, by_kind in _groups(claims).items():
        shares, counts = by_kind["share"], by_kind["votes"]
        if len(counts) < 2:
            continue  # no other pair's count to show the counts are of this race's size
        race, area = race_of(record, key), key[3]
        if race is None:
            continue
        roster = {c.id for c in record.candidates_of(race)}
        stated = {cid: _one(claims, shares.get(cid)) for cid in roster}
        if any(c is None for c in stated.values()):
            continue
        values = {cid: Decimal(c.value) for cid, c in stated.items()}
        if abs(sum(values.values()) - 100) >= sum(last_unit(v) for v in values.values()):
            continue  # the shares contradict each other: share_sum.py's case, not this one
        area_code = race.area_of(area)
        whole, best = _whole(record, race, area_code), record.best(race, area_code)
        if whole is None or best is None:
            continue
        for cid, indexes in counts.items():
            count = _one(claims, indexes)
            if count is None or values[cid] <= 0:
                continue
            graded = _graded(claims, counts, values, cid, count, indexes[0], whole, best,
                             limits)
            if graded is not None:
                out[indexes[0]] = graded
    return out


def _graded(claims, counts, values, cid: str, count: Claim, index: int, whole: Decimal, best,
            limits) -> Comparison | None:
    share = values[cid]
    value = int(count.value)
    slack = max(rounding_unit(value), int(value * _LOOSE)) if count.approximate else 0
    if Decimal(value - slack) * 100 <= (share + last_unit(share)) * whole:
        return None
    official = best.share(cid)
    if official is None or abs(share - official) > DRIFT:
        return None
    totals = []
    for other, indexes in counts.items():
        witness = _one(claims, indexes)
        if other == cid or witness is None or witness.approximate or values[other] <= 0:
            continue
        totals.append(Decimal(int(witness.value)) * 100 / values[other])
    if not totals or max(totals) > whole or max(totals) - min(totals) > _WITNESSES * max(totals):
        return None
    expected = int((sum(totals) / len(totals) * share / 100).to_integral_value())
    difference = value - expected
    return Comparison(index, slip_status(difference, expected, limits), expected, difference, "page", reason="beyond_share")
