"""Shares of one race that do not add up (issue 10, basis): every pair of the record's roster
has one share on the page, and they add to 85,52 % (Balikpapan's mayoral plenary: 59,27 +
15,27 + 10,98). Rounding moves a sum by hundredths, not by points: one of them is wrong.

    share_sum_blamed(claims, record, limits) -> {claim index: Comparison}

Which one is decided only when the record singles it out (as own_total does for counts): its
result for the race, settled (a plenary, or Sirekap at 99 % of the TPS or more), or else a
Sirekap reading of the count under way, agrees with every other pair's share and not with
this one, and this one replaced by the record's makes the sum a hundred again. The share is then graded against what the page's own other shares
leave (100 minus theirs, tier "page", reason "own_sum"); the same pair's count, when the
other pairs' counts and shares give one valid-vote total, against that total times it. A
wrong total may be of another basis (all ballots): left alone unless the record agrees with
the others (precision first). Pure.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.numbers import last_unit
from checker.figures.own_total import against_record, full_rosters, vote_groups
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["share_sum_blamed"]

_OFF = Decimal(1)          # a sum further than this from 100 is no rounding
_AGREE = Decimal("0.2")    # the other pairs' shares within this of the record's (plenary vs Sirekap)
_APART = Decimal(1)        # the singled-out share at least this far from the record's
_SUMS = Decimal("0.5")     # the record's share in its place brings the sum this near 100
_TOTALS = Decimal("0.002")  # the other pairs' implied valid votes agree to 0.2 %
_MIN_PROGRESS = Decimal(99)
_HUNDREDTH = Decimal("0.01")
# The most of all ballots the invalid ones are taken to be (a few percent in the Pilkada 2024:
# Bangka's 1,5 %): shares of all ballots miss a hundred by that much at most.
_INVALID = Decimal(5)


@against_record
def share_sum_blamed(claims: list[Claim], record: MemoryRecord, limits: dict[str, Decimal],
                     fine: bool = False) -> dict[int, Comparison]:
    """Blamed shares, by claim; `fine`: those a sum off by less than a point blames too (asked
    after the record's own readings had their say: pipeline._sums_over_moments)."""
    counts = vote_groups(claims, "votes", quoted=True)
    out: dict[int, Comparison] = {}
    for key, race, by_pair, stated in full_rosters(claims, record, "share", Decimal,
                                                   quoted=True):
        roster, area = set(stated), key[3]
        if len(roster) < 2:
            continue
        total = sum(stated.values())
        units = sum(last_unit(v) for v in stated.values())
        close = abs(total - 100) <= _OFF
        if close and (not fine or abs(total - 100) < units or key[4] == "quick_count"):
            continue
        reading, culprit = next(((r, c) for r in _readings(record, race, area,
                                                           key[4] != "quick_count")
                                 if (c := (_fine_culprit(stated, r, roster, total, units)
                                           if close else _culprit(stated, r, roster, total)))
                                 is not None), (None, None))
        if culprit is None:
            continue
        implied = 100 - (total - stated[culprit])
        index = by_pair[culprit][0]
        difference = (stated[culprit] - implied).quantize(_HUNDREDTH)
        status = "discrepant" if abs(difference) > limits["share_minor"] else "minor"
        out[index] = Comparison(index, status, implied.quantize(_HUNDREDTH), difference, "page",
                                reason="own_sum")
        out.update(_count(claims, counts.get(key, {}), stated, culprit, implied, limits,
                          reading))
    return out


def _readings(record: MemoryRecord, race, area: str, under_way: bool) -> list:
    """The settled result first, then every Sirekap reading: shares that miss 100 by more than
    rounding contradict themselves at any moment, and a reading of a count still under way
    that every other share agrees with says which one does (KPU's 58,83 and 16,68 on 29 Feb
    2024 beside a "26,49": Sirekap's 58.82 and 16.68 of 7 Mar leave Anies-Muhaimin 24.49).
    Not for a quick count's shares: estimates of a sample agree with a count under way to a
    fifth of a point by chance."""
    best = record.best(race, area)
    if best is None:
        return []
    settled = best.tier == "rekap" or (best.progress is not None and
                                       best.progress >= _MIN_PROGRESS)
    # (A reading of a count under way is one of them even when it is the record's best: Papua's
    # one Sirekap reading of 68 % of TPS.)
    return ([best] if settled else []) + [r for r in record.results_for(race, area)
                                          if under_way and r.tier == "sirekap" and
                                          not (settled and r is best)]


def _culprit(stated: dict[str, Decimal], reading, roster: set, total: Decimal):
    official = {cid: reading.share(cid) for cid in roster}
    if any(v is None for v in official.values()):
        return None
    off = [c for c in stated if abs(stated[c] - official[c]) >= _APART]
    if len(off) != 1:
        return None
    culprit = off[0]
    if any(abs(stated[c] - official[c]) > _AGREE for c in stated if c != culprit):
        return None
    if abs(total - stated[culprit] + official[culprit] - 100) > _SUMS:
        return None
    return culprit


def _fine_culprit(stated: dict[str, Decimal], reading, roster: set, total: Decimal,
                  units: Decimal):
    """The one share beyond a unit of its last decimal from `reading`'s, every other within
    one, the reading's in its place making the sum a hundred within the shares' units."""
    official = {cid: reading.share(cid) for cid in roster}
    if any(v is None for v in official.values()):
        return None
    # Against the reading's share rounded as the page writes it, as compare grades: 59,13
    # beside 40,85 is a unit under Sirekap's 59,14 like its partner, and blames neither.
    off = [c for c in stated if abs(stated[c] - official[c].quantize(last_unit(stated[c])))
           > last_unit(stated[c])]
    if len(off) != 1:
        return None
    culprit = off[0]
    if abs(total - stated[culprit] + official[culprit] - 100) >= units:
        return None
    return culprit


def _count(claims: list[Claim], by_pair: dict[str, list[int]], stated: dict[str, Decimal],
           culprit: str, implied: Decimal, limits, reading) -> dict[int, Comparison]:
    """The culprit pair's count, against the valid votes the other pairs' counts and shares
    agree on, times the share the page's other shares leave it; or, when its count agrees
    with its own share of that same total, against the settled `reading` that singled it out
    (_of_all_ballots)."""
    votes = {cid: {int(claims[i].value) for i in idx} for cid, idx in by_pair.items()}
    if culprit not in votes or any(len(v) != 1 for v in votes.values()) or \
            set(votes) != set(stated):
        return {}
    totals = [Decimal(next(iter(votes[c]))) * 100 / stated[c] for c in votes
              if c != culprit and stated[c] > 0]
    if not totals or max(totals) - min(totals) > _TOTALS * max(totals):
        return {}
    valid = sum(totals) / len(totals)
    count = next(iter(votes[culprit]))
    if _of_all_ballots(votes, stated, culprit, count, valid):
        return _against_reading(by_pair[culprit][0], count, culprit, reading, limits)
    expected = int((valid * implied / 100).to_integral_value())
    difference = count - expected
    relative = abs(Decimal(difference) * 100 / Decimal(expected)) if expected else Decimal(0)
    if relative <= limits["votes_minor"]:
        return {}  # the expected count is itself rounded: only a count far off is graded
    index = by_pair[culprit][0]
    return {index: Comparison(index, "discrepant", expected, difference, "page",
                              reason="own_sum")}


def _of_all_ballots(votes: dict[str, set[int]], stated: dict[str, Decimal], culprit: str,
                    count: int, valid: Decimal) -> bool:
    """Do the culprit's count and share give the same total as every other pair's, while the
    counts add up to a few points less than it, as much as the invalid ballots may be? Then
    the shares may be of all ballots (the invalid ones what their sum misses), the count
    agrees with the page's own share of them, and what the other shares "leave" is no count
    the page's figures prove (Bangka, blind hunt 21: 50.944 / 42,8 % and 66.306 / 55,7 %, both
    of ~119.030, the counts 117.250, the shares 98,5 %: the other pair's share "left" 68.084,
    while KPU's complete count was 67.546). Counts that miss the total by more than any
    invalid ballots do are wrong with their shares (Balikpapan: 32.847 and 10,98 % of
    ~299.100, the counts 255.805: Sa'bani-Syukri's count is what the others' shares leave)."""
    if stated[culprit] <= 0:
        return False
    own = Decimal(count) * 100 / stated[culprit]
    counted = sum(next(iter(v)) for v in votes.values())
    return abs(own - valid) <= _TOTALS * valid and \
        valid * (1 - _INVALID / 100) <= counted < valid * (1 - _TOTALS)


def _against_reading(index: int, count: int, culprit: str, reading, limits) -> dict:
    """The culprit's count against the settled reading that singled its share out (a
    plenary, or Sirekap at 99 % of the TPS or more); nothing against a count under way."""
    official = reading.votes.get(culprit) if reading is not None else None
    settled = reading is not None and (reading.tier == "rekap" or (
        reading.progress is not None and reading.progress >= _MIN_PROGRESS))
    if official is None or not settled:
        return {}
    difference = count - official
    relative = abs(Decimal(difference) * 100 / Decimal(official)) if official else Decimal(100)
    if relative <= limits["votes_minor"]:
        return {}  # (near the record: the page's own arithmetic says nothing against it)
    return {index: Comparison(index, "discrepant", official, difference, reading.tier,
                              as_of=reading.as_of, progress=reading.progress,
                              source=reading.source, reason="own_sum_record")}
