"""A list of a pair's counts in the areas of a kab/kota (or province) that adds up past the
pair's count for the whole the same page gives (issue 10, corpus-bg: a repost of NusaBali's
report on KPU Tabanan's plenary). Pure.

The page gives Sanjaya-Dirga 204.374 votes in Tabanan, within a fifth of a percent of the
record's Sirekap there (204.106 at 99,88 % of the TPS), then kecamatan by kecamatan 27.456
(Baturiti), 30.580 (Kediri), 29.100 (Penebel) and more. Six of its kecamatan already give the
pair 178.906; the four it leaves out hold 62.807 of the pair's votes in the record's complete
readings (Kecamatan Tabanan alone 35.905). However the plenary corrected Sirekap, the parts
cannot add up to their own whole: the list is wrong somewhere. compare.py held every one of
those counts (`progress_differs`: a plenary may differ from Sirekap) and settled.py each share
(`plenary_not_loaded`: it grades a far-off share only where the page's other figures there agree
with the record, and none of this list does).

Which items are wrong the record says: where it holds a complete reading of a kecamatan (every
TPS, or the plenary), an item of the broken list far from it, beyond any drift a plenary shows
against a complete Sirekap (plenary_drift.py: a handful of votes, at most a few hundred), is
graded against it (reason `parts_past_whole`): Baturiti's 27.456 against 22.047, its "77,55%"
against 64,04. Every pair's items of that race's list, since the list is one table of the
plenary the page misreports. An item near its reading stays held, as does one near any other
race's reading there (a governor race's count read into the regent's list).

Only when the proof holds on the page's own terms: the whole is the pair's one count for the
area, within a percent of a complete reading of it (the page's whole is that area's, of that
race); two or more of its parts are the page's; the parts it gives, with the record's readings
of the parts it leaves out, exceed the whole by more than two percent of it.

    parts_blamed(claims, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.count_slips import slip_status
from checker.figures.moment import COMPLETE
from checker.figures.own_total import against_record, race_of, vote_groups
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["parts_blamed"]

_NEAR_WHOLE = Decimal("0.01")  # the page's whole, this part of a complete reading of it
_PAST = Decimal("0.02")        # the parts' sum beyond the whole by more than this part of it
_FAR = Decimal("0.02")         # an item beyond this part of its complete reading is far
_FAR_SHARE = Decimal(1)        # percentage points (settled.py: a plenary moves a point or two)
_PARTS = 2                     # the page's own parts: a list, not one figure
_COMPLETE = Decimal(100)       # an item is judged only against a reading of every TPS
_HUNDREDTH = Decimal("0.01")


def _complete(result) -> bool:
    return result.tier == "rekap" or result.progress is not None and result.progress >= _COMPLETE


def _one(claims: list[Claim], indexes: list[int]) -> int | None:
    values = {int(claims[i].value) for i in indexes}
    return values.pop() if len(values) == 1 else None


def _whole_agrees(record, race, area: str, pair: str, whole: int) -> bool:
    """Is the page's whole within a percent of a (nearly) complete reading of the area?"""
    return any(abs(whole - r.votes[pair]) <= _NEAR_WHOLE * r.votes[pair]
               for r in record.results_for(race, area)
               if r.votes.get(pair) and (r.tier == "rekap" or
                                         r.progress is not None and r.progress >= COMPLETE))


def _broken_lists(claims: list[Claim], record: MemoryRecord):
    """(race, the whole's area, the parts' key without area, children codes) for each list
    whose parts add up past the whole for some pair."""
    groups = vote_groups(claims)
    for key, by_pair in groups.items():
        area = key[3]
        children = {r.code for r in record.children(area)}
        if not children:
            continue
        race = race_of(record, key)
        if race is None or race.area_of(area) != area:
            continue
        for pair, indexes in by_pair.items():
            whole = _one(claims, indexes)
            parts = {code: _one(claims, groups[key[:3] + (code,) + key[4:]][pair])
                     for code in children
                     if pair in groups.get(key[:3] + (code,) + key[4:], {})}
            if whole is None or None in parts.values() or len(parts) < _PARTS or \
                    not _whole_agrees(record, race, area, pair, whole):
                continue
            rest = [record.best(race, code) for code in children - set(parts)]
            total = sum(parts.values()) + sum(r.votes.get(pair, 0) for r in rest if r)
            if total - whole > _PAST * whole:
                yield race, key, children
                break


def _other_race_near(record, race, election: str, area: str, claim: Claim) -> bool:
    """Is the item near another race's complete reading there (read into the wrong race)?"""
    for other in record.races(election):
        if other == race or not area.startswith(other.region):
            continue
        for r in record.results_for(other, area):
            values = r.votes.values() if claim.kind == "votes" else \
                [r.share(pair) for pair in r.votes]
            if any(v is not None and _near(claim, Decimal(v)) for v in values):
                return True
    return False


def _near(claim: Claim, official: Decimal) -> bool:
    gap = abs(Decimal(claim.value) - official)
    return gap <= (_FAR * official if claim.kind == "votes" else _FAR_SHARE)


@against_record
def parts_blamed(claims: list[Claim], record: MemoryRecord,
                 limits: dict[str, Decimal]) -> dict[int, Comparison]:
    """{claim index: Comparison} for each far item of a list that adds up past its whole."""
    out: dict[int, Comparison] = {}
    for race, key, children in _broken_lists(claims, record):
        for index, claim in enumerate(claims):
            if claim.kind not in ("votes", "share") or claim.hold is not None or \
                    claim.quoted or claim.approximate or not claim.candidate_id or \
                    claim.region_code not in children or claim.claim_type != key[4] or \
                    (claim.election, claim.race_kind, claim.race_region) != key[:3]:
                continue
            reading = record.best(race, claim.region_code)
            if reading is None or not _complete(reading) or claim.candidate_id not in reading.votes:
                continue
            official = reading.votes[claim.candidate_id] if claim.kind == "votes" else \
                reading.share(claim.candidate_id)
            if official is None or _near(claim, Decimal(official)) or \
                    _other_race_near(record, race, claim.election, claim.region_code, claim):
                continue
            if claim.kind == "votes":
                difference = int(claim.value) - official
                status = slip_status(difference, official, limits)
            else:
                official = official.quantize(_HUNDREDTH)
                difference = (Decimal(claim.value) - official).quantize(_HUNDREDTH)
                status = "discrepant" if abs(difference) > limits["share_minor"] else "minor"
            progress = None if reading.progress is None else \
                reading.progress.quantize(_HUNDREDTH)
            out[index] = Comparison(index, status, official, difference, reading.tier,
                                    reading.as_of, progress, reading.source,
                                    reason="parts_past_whole")
    return out
