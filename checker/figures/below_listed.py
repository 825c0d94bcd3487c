"""A count far below its pair's nearly complete Sirekap reading, in a list of counts the page
gives as final: one pair's count in each of several areas (the elected regents of a province
with their counts, a pair's count in each kab/kota it won). Issue 10, errors caught. Pure.

below_reading.py pins the moment of a count by the other pairs' counts in its own area; a list
of one pair per area has none. There the page's other counts pin it: once Sirekap holds nearly
every TPS (95 % or more), a count of an earlier moment or of part of the area is below its
reading. Where every other count the page gives (at least `_PINS` of them, each in another
area of the election, each with such a reading) stands at or above its reading (corrections
aside), the list speaks of the end of the count, and a count there under three quarters of its
pair's reading is a wrong figure ("Raihan suara: 122.437" for a regent whom Sirekap at 97 % of
the TPS already counts at 174.179), graded `discrepant` against the reading. A list whose
counts all fall short of their readings (a tally with kecamatan still out) shows nothing; a
count a fifth below its reading may be a late correction or a part of the area: left alone.
Left as they were: a number read for two areas (it names no one area); a count in an area the
page also gives figures inside, or on a page with figures held below an area or a count of the
race in a place not found (a kecamatan's count may have fallen to the area); a count that is
another pair's there (a ballot number misread); a quick count, a campaign's count, a rounded
count, a hoax a fact-check quotes. Runs after below_reading; a figure already graded keeps its
grade.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.below_reading import counts_by_area
from checker.figures.copied_reading import with_pairs
from checker.figures.moment import COMPLETE
from checker.models import Claim, Comparison

__all__ = ["held_below_listed"]

_SHORT = Decimal("0.75")  # a final count under this part of its pair's reading is wrong
_SLACK = Decimal("0.99")  # a final count stands at least this part of its reading (corrections)
_PINS = 3                 # the other areas' counts that must stand to pin the page's moment
_OPEN = {"progress_differs", "plenary_not_loaded", "another_moment"}
_COUNTED = (None, "plenary", "real_count")  # the count types KPU's record speaks for
# The reasons a figure below its race's areas is held (scope_gate, collect, magnitude): a page
# that has them gives counts of places it does not tell apart, and one may fall to an area.
_BELOW = frozenset({"lower_level", "page_region_below", "below_area", "partial_tally"})


def _usable(claim: Claim) -> bool:
    return claim.kind == "votes" and claim.hold is None and not claim.approximate and \
        not claim.quoted and bool(claim.candidate_id) and claim.claim_type in _COUNTED


def _race_of(claim: Claim) -> tuple:
    return claim.election, claim.race_kind, claim.race_region


def _reading(record, race, area):
    return next((r for r in record.results_for(race, area) if r.tier == "sirekap" and
                 r.progress is not None and r.progress >= COMPLETE), None)


def _doubtful(claim: Claim, key: tuple, pair: str, reading, areas_of, codes, unplaced) -> bool:
    """Is the low count read for two areas, in an area the page also splits or on a page with
    its race's counts in places not found, or another pair's count there?"""
    value = int(claim.value)
    return len(areas_of[claim.value]) > 1 or _race_of(claim) in unplaced or \
        any(code != key[1] and code.startswith(key[1]) for code in codes) or \
        any(abs(value - votes) <= (1 - _SLACK) * votes
            for other, votes in reading.votes.items() if other != pair)


def held_below_listed(claims, comparisons: tuple[Comparison, ...], record) -> tuple:
    """The comparisons, each listed count this proves wrong graded `discrepant` against the
    reading."""
    if record is None or any(c.hold in _BELOW for c in claims):
        return comparisons
    claims = with_pairs(list(claims), record)
    codes = {c.region_code for c in claims if c.region_code}
    unplaced = {_race_of(c) for c in claims if c.hold == "region_unknown"}
    # (race, area) -> pair -> indices; a page's counts in areas with a nearly complete reading
    places = counts_by_area(claims, record, _usable)
    readings = {key: _reading(record, *key) for key in places}
    ratios: dict[tuple, dict[str, Decimal]] = {}
    for key, by_pair in places.items():
        reading = readings[key]
        if reading is None:
            continue
        for pair, found in by_pair.items():
            official = reading.votes.get(pair)
            if official and len({claims[i].value for i in found}) == 1:
                ratios.setdefault(key, {})[pair] = Decimal(claims[found[0]].value) / official
    areas_of: dict = {}  # a value read for two areas names no one area
    for key, by_pair in places.items():
        for found in by_pair.values():
            for i in found:
                areas_of.setdefault(claims[i].value, set()).add(key)
    out = list(comparisons)
    for key, pairs in ratios.items():
        low = [pair for pair, ratio in pairs.items() if ratio < _SHORT]
        if len(low) != 1 or any(r < _SLACK for p, r in pairs.items() if p != low[0]):
            continue
        others = [k for k in ratios if k != key and k[0].election == key[0].election]
        if len(others) < _PINS or any(r < _SLACK for k in others for r in ratios[k].values()):
            continue
        found, reading = places[key][low[0]], readings[key]
        if _doubtful(claims[found[0]], key, low[0], reading, areas_of, codes, unplaced):
            continue
        official = reading.votes[low[0]]
        for index in found:
            if out[index].reason in _OPEN:
                out[index] = Comparison(
                    index, "discrepant", official, int(claims[index].value) - official,
                    reading.tier, reading.as_of, reading.progress.quantize(Decimal("0.01")),
                    reading.source, official_page=out[index].official_page)
    return tuple(out)
