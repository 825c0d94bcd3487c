"""A real-count share the page dates to a moment partway through the count, which the decree
would confirm (corpus-aa). Pure.

"laman pemilu2024.kpu.go.id pada 22 Februari 2024 ... 75,26 persen. Menurut data KPU itu,
Prabowo-Gibran memperoleh ... 58,89 persen": Sirekap's running count at three quarters of the
TPS. compare.py holds such a share when it differs from the plenary (a count moves), but one
that happens to lie within the limit of the decree was graded consistent: the decree is another
moment and another basis, no more a confirmation than a flag. Where the page states one
progress of that race and area's real count, short of a complete count, a real-count share
graded against the plenary is held `another_moment`, its official figure and gap still shown,
unless the record holds a Sirekap reading of that moment (its day, or its progress within two
points, as compare.py tells the same moment): "78,11 %" on 7 Mar 2024 is such a reading, and a
share agreeing with the decree there is graded as before.

The same holds where the closer of the two tiers was a Sirekap reading of another moment
(blind measurement 17: "A meraih N suara atau 24,35 persen" beside "70,61 persen" of the TPS,
graded consistent against the reading at 78,11 % while the counts of the same sentence were
held another_moment): a share is of its sentence's moment, and is graded only against a
reading of that moment (its day, or its progress within two points).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE, same_day, stated_day
from checker.models import Claim, Comparison

__all__ = ["hold_mid_count_shares"]

_SAME = 2  # points of progress within which a reading is of the page's moment (compare.py)


# A progress held only because nothing proves it the country's is still the moment the page
# states: delik.tv's "suara yang masuk sudah sebanyak 547.383 TPS atau 66.49%" beside "Anies-Imin
# meraup 20.926.893 suara atau 24,48%", graded consistent against the decree's 24,95 (blind
# hunt 35). Its key is the area it was read in; a share of the same race and area is of it.
_STATED_HOLDS = (None, "national_unproven")


def _stated(claims: list[Claim], races: list) -> dict[tuple, set[Decimal]]:
    """{(race, area): the real-count progress values the page states there}"""
    found: dict[tuple, set[Decimal]] = {}
    for claim, race in zip(claims, races):
        if race is not None and claim.kind == "progress" and claim.claim_type == "real_count" \
                and not claim.quoted and claim.hold in _STATED_HOLDS:
            key = (race, race.area_of(claim.region_code))
            found.setdefault(key, set()).add(Decimal(claim.value))
    return found


def _read_then(claim: Claim, race, progress: Decimal, record) -> bool:
    """Does the record hold a Sirekap reading of the moment the page states?"""
    day = stated_day(claim.page_time)
    return any(r.tier == "sirekap" and (
        day is not None and same_day(day, r.as_of) or
        r.progress is not None and abs(r.progress - progress) <= _SAME)
        for r in record.results_for(race, race.area_of(claim.region_code)))


def _of_moment(claim: Claim, comparison: Comparison, progress: Decimal) -> bool:
    """Is the Sirekap reading `comparison` graded against of the moment the page states?"""
    day = stated_day(claim.page_time)
    return day is not None and comparison.as_of is not None and \
        same_day(day, comparison.as_of) or \
        comparison.progress is not None and abs(comparison.progress - progress) <= _SAME


def hold_mid_count_shares(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                          record) -> tuple[Comparison, ...]:
    """The comparisons with each real-count share graded consistent against the plenary, or
    against a Sirekap reading of another moment, where the page states the count partway (see
    above) held."""
    out, stated = list(comparisons), None
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status != "consistent" or comparison.tier not in ("rekap", "sirekap") or \
                race is None or claim.kind != "share" or claim.claim_type != "real_count" or \
                claim.quoted:
            continue
        if stated is None:
            stated = _stated(claims, races)
        values = stated.get((race, race.area_of(claim.region_code)))
        if values and len(values) == 1 and max(values) < COMPLETE and not (  # (one moment)
                _read_then(claim, race, max(values), record) if comparison.tier == "rekap"
                else _of_moment(claim, comparison, max(values))):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
