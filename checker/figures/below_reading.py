"""A count far below what its pair already had in a nearly complete Sirekap count, beside the
page's other counts at that reading (issue 10, errors caught). Pure.

Where only Sirekap is loaded, compare leaves a plenary count (or one of unstated basis)
`progress_differs`: a plenary may differ from Sirekap, and a count of unstated basis may be of
an earlier moment. But a count only grows as forms come in: once Sirekap holds nearly every
TPS (95 % or more), the final count of a pair cannot end far below that reading. The page shows
which moment it speaks of when every other pair of the race there has one count on it that
agrees with the reading (no lower, and no higher than the TPS still out could carry): it
speaks of the whole area at the end, not of an earlier moment or a smaller place. A pair's
count under half of its reading there is then a wrong figure ("hanya meraih 25.662 suara"
where Sirekap at 99,6 % of the TPS already counts 135.936), graded `discrepant` against the
reading. A count a little below it may be a plenary's corrections: never flagged here.
A quick count, a rounded count, a hoax a fact-check quotes and a pair given two counts on
the page are left alone. Runs after compare; a figure already graded keeps its grade.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.compare import claim_race
from checker.figures.copied_reading import with_pairs
from checker.figures.moment import COMPLETE
from checker.models import Claim, Comparison

__all__ = ["counts_by_area", "held_below_reading"]

_SHORT = 2  # a count under 1/_SHORT of its pair's reading cannot be that pair's final count
_SLACK = Decimal("0.01")  # how far below the reading an agreeing count may be (corrections)
_OPEN = {"progress_differs", "plenary_not_loaded", "another_moment"}


def _usable(claim: Claim) -> bool:
    return claim.kind == "votes" and claim.hold is None and not claim.approximate and \
        not claim.quoted and bool(claim.candidate_id) and claim.claim_type != "quick_count"


def _agrees(count: int, reading, candidate: str) -> bool:
    """No lower than the reading (beyond corrections), no higher than the TPS still out
    could carry at the same rate."""
    official = reading.votes.get(candidate)
    if not official:
        return False
    ceiling = Decimal(official) * 100 / reading.progress
    return Decimal(official) * (1 - _SLACK) <= count <= ceiling * (1 + _SLACK)


def counts_by_area(claims: list[Claim], record, usable) -> dict[tuple, dict[str, list[int]]]:
    """(race, area) -> pair -> the indices of the `usable` counts the page gives there."""
    places: dict[tuple, dict[str, list[int]]] = {}
    for index, claim in enumerate(claims):
        race = claim_race(claim, record) if usable(claim) else None
        if race is not None:
            key = (race, race.area_of(claim.region_code))
            places.setdefault(key, {}).setdefault(claim.candidate_id, []).append(index)
    return places


def held_below_reading(claims, comparisons: tuple[Comparison, ...], record) -> tuple:
    """The comparisons, each count this proves wrong graded `discrepant` against the reading."""
    if record is None:
        return comparisons
    claims = with_pairs(list(claims), record)
    places = counts_by_area(claims, record, _usable)
    out = list(comparisons)
    for (race, area), by_pair in places.items():
        if any(len({claims[i].value for i in found}) > 1 for found in by_pair.values()):
            continue  # one pair given two counts: two moments or sources
        roster = {c.id for c in record.candidates_of(race)}
        if len(roster) < 2 or set(by_pair) != roster:
            continue
        reading = next((r for r in record.results_for(race, area) if r.tier == "sirekap" and
                        r.progress is not None and r.progress >= COMPLETE), None)
        if reading is None:
            continue
        for pair, found in by_pair.items():
            count = int(claims[found[0]].value)
            official = reading.votes.get(pair)
            if not official or count * _SHORT >= official:
                continue
            if not all(_agrees(int(claims[i[0]].value), reading, other)
                       for other, i in by_pair.items() if other != pair):
                continue
            for index in found:
                if out[index].reason in _OPEN:
                    out[index] = Comparison(
                        index, "discrepant", official, count - official, reading.tier,
                        reading.as_of, reading.progress.quantize(Decimal("0.01")),
                        reading.source, official_page=out[index].official_page)
    return tuple(out)
