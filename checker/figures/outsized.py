"""A pair's count three times or more every vote cast in its race's own area: a typo (a digit
too many), graded against the pair's count there (issue 10, errors caught). Pure.

Such a count is held `beyond_total` when it is read (magnitude.beyond_total): as large as all
the valid votes of the race there, it is no pair's count there, and most often it is a total, or
another area's figure set beside the pair. Both have a bound. A total of the area (valid votes,
votes cast, registered voters) is at most about twice the most votes any race counted there
(turnout at a Pilkada is rarely under half); so a count at least three times the most votes
cast in the area in any race the record holds there (each reading scaled up to all its TPS) is
none of them: Mandailing Natal's winners' "948.429" beside 186.766 valid votes at 97 % of the
TPS, and 264 thousand at most in the Pilpres (tests/corpus:
pilbup-tribunmanado-sumut-bupati-terpilih). Another area's figure is ruled out by the area: only
a count of the race's own whole area (a regency's regent race, a province's governor race, the
country's Pilpres) is graded, where no larger area of the same race exists for the figure to
be counted in; a governor pair's count set beside one of its cities stays held (it may be the
province's). And only a pair's own count the record can speak for: no quick count, campaign or
volunteers' tally, no quoted hoax figure, no rounded count ("1,4 juta"), and only where the
race's own reading there is the plenary's or Sirekap's nearly complete one."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE
from checker.models import Claim, Comparison

__all__ = ["grade_outsized"]

_HELD = "beyond_total"
_COUNTED = (None, "plenary", "real_count")   # the count types KPU's record speaks for
_TIMES = 3                                    # over the most votes cast in the area
_HUNDREDTH = Decimal("0.01")


def _cast(record, area: str) -> int:
    """The most votes any race the record holds counted in `area`, each reading scaled up to
    all its TPS (a Pilpres reading of half the TPS counts for twice its votes)."""
    most = 0
    for race in record.races():
        if race.region and not area.startswith(race.region):
            continue
        for reading in record.results_for(race, area):
            if len(reading.votes) < 2 or reading.total <= 0:
                continue
            scale = reading.progress if reading.progress else Decimal(100)
            most = max(most, int(reading.total * 100 / max(scale, Decimal(1))))
    return most


def _pair(claim: Claim, race, record) -> str | None:
    for candidate in record.candidates_of(race):
        if candidate.id == claim.candidate_id or (
                claim.candidate_id is None and claim.nomor_urut is not None and
                candidate.nomor_urut == claim.nomor_urut):
            return candidate.id
    return None


def grade_outsized(claims: list[Claim], races: list, results: tuple[Comparison, ...],
                   record) -> tuple[Comparison, ...]:
    """`results` (one Comparison per claim) with every outsized count graded discrepant."""
    if not any(c.reason == _HELD for c in results):
        return results
    out = list(results)
    for i, (claim, race, c) in enumerate(zip(claims, races, results)):
        if c.reason != _HELD or race is None or claim.kind != "votes" or claim.quoted or \
                claim.approximate or claim.claim_type not in _COUNTED or \
                race.area_of(claim.region_code) != race.region:
            continue
        pair = _pair(claim, race, record)
        reading = record.best(race, race.region)
        if pair is None or reading is None or pair not in reading.votes or (
                reading.progress is not None and reading.progress < COMPLETE):
            continue
        value = int(claim.value)
        if value < _TIMES * _cast(record, race.region):
            continue
        official = reading.votes[pair]
        out[i] = replace(c, status="discrepant", reason="outsized", official_value=official,
                         difference=value - official, tier=reading.tier, as_of=reading.as_of,
                         progress=None if reading.progress is None else
                         reading.progress.quantize(_HUNDREDTH), source=reading.source)
    return tuple(out)
