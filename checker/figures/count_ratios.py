"""A plenary count far out of line with the page's other counts, against a Sirekap count that
is nearly complete (issue 10, basis). Pure.

Where the record holds only Sirekap for a race, a vote count the page gives as the plenary
result is not graded (compare.py: `progress_differs`): the plenary counts the TPS Sirekap had
not read yet, and corrects its readings. It does so for every pair alike, though: the page's
plenary counts of one race and area, each set beside the same pair's count in a Sirekap
reading of nine tenths of the TPS or more, stand in one ratio (Kutai Kartanegara: 259.489
against 241.507 and 83.153 against 77.887, 1.07 each, at 92.5 %). A count whose ratio is half
as large again as that, and which is over it by more than a small share of the area's votes
(what a few misread forms could make up), is a wrong figure: Kukar's "74.448" for a pair
Sirekap holds at 31.882 (tests/corpus: pilkada-tribunkaltim-10-kabkota-rekap). A count below
the others' ratio is not graded: Sirekap may have over-read that pair's forms (Bontang's plenary
"5.985" is 0.83 of Sirekap's 7.231, the other pairs' counts 1.04), and a count of part of the
area (a tally still under way) is lower too.

Only where the page gives one count for every pair of the race there and at least two pairs
besides the one in question agree: the others' agreement is what places the counts in that
area and under those ballot numbers (a list read into the wrong area or with the pairs' numbers
crossed agrees with nothing), and a pair given two counts is left alone.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.models import Claim, Comparison

__all__ = ["grade_outlying_counts"]

_IN = Decimal(90)           # per cent of the TPS in the Sirekap reading
_AGREE = Decimal("1.03")    # the other pairs' ratios within 3 % of each other
_PLENARY = (Decimal("0.98"), Decimal("1.25"))  # a plenary's count over such a reading
_OUT = Decimal("1.5")       # the outlier's ratio over theirs
_SHARE = Decimal("0.02")    # and its excess over the area's votes in that reading
_HELD = "progress_differs"


def _pair(claim: Claim, candidates) -> str | None:
    for candidate in candidates:
        if candidate.id == claim.candidate_id or (
                claim.candidate_id is None and candidate.nomor_urut == claim.nomor_urut):
            return candidate.id
    return None


def _sets(claims: list[Claim], races: list, comparisons) -> dict[tuple, dict[str, list[int]]]:
    """The page's held plenary counts by (race, area), then by pair: claim indexes."""
    found: dict[tuple, dict[str, list[int]]] = {}
    for i, (claim, race, c) in enumerate(zip(claims, races, comparisons)):
        if c.reason != _HELD or claim.kind != "votes" or claim.claim_type != "plenary" or \
                race is None:
            continue
        found.setdefault((race, race.area_of(claim.region_code)), {}).setdefault(
            claim.candidate_id or str(claim.nomor_urut), []).append(i)
    return found


def _counts(claims: list[Claim], by_key: dict[str, list[int]], reading, candidates):
    """{pair id: (count, claim indexes)} when the page gives one count for every pair of the
    reading, else None."""
    counts: dict[str, tuple[int, list[int]]] = {}
    for indexes in by_key.values():
        pair = _pair(claims[indexes[0]], candidates)
        values = {int(claims[i].value) for i in indexes}
        if pair is None or pair in counts or len(values) > 1 or not reading.votes.get(pair):
            return None
        counts[pair] = (values.pop(), indexes)
    return counts if len(counts) >= 3 and set(counts) == set(reading.votes) else None


def grade_outlying_counts(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                          record) -> tuple[Comparison, ...]:
    """`races`: each claim's Race (compare.claim_race) or None; the comparisons in claim order."""
    out = list(comparisons)
    for (race, area), by_key in _sets(claims, races, comparisons).items():
        reading = record.best(race, area, tier="sirekap")
        if reading is None or reading.progress is None or reading.progress < _IN:
            continue
        counts = _counts(claims, by_key, reading, record.candidates_of(race))
        if counts is None:
            continue
        ratios = {p: Decimal(v) / reading.votes[p] for p, (v, _) in counts.items()}
        for pair, (value, indexes) in counts.items():
            others = sorted(r for p, r in ratios.items() if p != pair)
            middle = others[len(others) // 2]
            if others[-1] > others[0] * _AGREE or not \
                    _PLENARY[0] <= others[0] <= others[-1] <= _PLENARY[1]:
                continue
            if ratios[pair] <= middle * _OUT or \
                    value - reading.votes[pair] * middle <= reading.total * _SHARE:
                continue
            official = reading.votes[pair]
            for i in indexes:
                out[i] = replace(out[i], status="discrepant", reason=None,
                                 official_value=official, difference=value - official,
                                 tier=reading.tier, as_of=reading.as_of,
                                 progress=reading.progress.quantize(Decimal("0.01")),
                                 source=reading.source)
    return tuple(out)
