"""A real-count share the page dates two weeks or more before any reading the record holds,
the count not complete, graded consistent against a later reading (blind hunt 5). Pure.

"Menurut data terbaru dari KPU pada 19 Februari 2024 ... Amin 40,92 persen" is Sirekap as it
stood on 19 Feb (DKI at 66,64 % of TPS); the record's nearest are a reading of 7 Mar and the
decree of 20 Mar. Within half a point of either, it was graded consistent, by luck: a count
under way moves by more than that, and the record cannot say what Sirekap showed that day.
compare.py holds such a share when it differs (`another_moment`); one that agrees is held the
same way, its official figure and gap still shown. A plenary's figure, a share the page dates
on or after a (nearly) complete reading, or within two weeks before one the record holds,
keeps its grade.
"""

from __future__ import annotations

from datetime import timedelta

from checker.figures.moment import COMPLETE, WIB, after_complete, stated_day
from checker.models import Claim, Comparison, replace

__all__ = ["hold_dated_interim"]

# How long before the record's first Sirekap reading after it a day must be for the count to
# have moved past what a reading tells: two weeks (DKI went from 66,64 % of TPS on 19 Feb 2024
# to 72,14 % on 7 Mar). Closer days are left to compare.py's moment test (a share off the
# record there is held; one that agrees is taken as the count had settled).
_APART = timedelta(days=14)


def hold_dated_interim(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                       record) -> tuple[Comparison, ...]:
    """The comparisons with each such consistent share held `another_moment`."""
    out = list(comparisons)
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        day = stated_day(claim.page_time)
        if comparison.status != "consistent" or comparison.as_of is None or race is None or \
                day is None or claim.kind != "share" or claim.quoted or \
                claim.claim_type not in (None, "real_count") or \
                day >= comparison.as_of.astimezone(WIB).date():
            continue
        readings = [r for r in record.results_for(race, race.area_of(claim.region_code))
                    if r.tier == "sirekap"]
        if readings and not any(r.as_of.astimezone(WIB).date() - day < _APART
                                for r in readings) and \
                not after_complete(claim.page_time, readings, COMPLETE):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
