"""A share of no stated basis and no stated moment, where the record's only yardstick for its
race and area is a Sirekap reading of a count still under way (corpus-ao). Pure.

"Kotak Kosong memperoleh 7,21% suara" (Papua Barat's governor race, a page of no date) was
graded minor against 7,79: Sirekap on 28 Nov 2024 at 66,5 % of the TPS, the record's one reading
of that race. A reading two thirds of the way through is the count of its moment, not of the
page's, which it does not state: the page may give the end of the count (its own count 269.682
is more than every valid vote of that reading), and the last third moves a share by points.
compare.py holds a real count of no moment against such a reading (`near`); a share of no stated
basis is the same figure. Held `another_moment`, its official figure and gap still shown,
unless further off than a count moves (DRIFT): "12,21%" is wrong at any moment. Not where the
page states a progress for that race and area (then the page's moment is known and compare.py
lines it up), and not where the record holds a reading of a (nearly) complete count.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE, DRIFT
from checker.models import Claim, Comparison

__all__ = ["hold_under_way_shares"]


def _with_progress(claims: list[Claim], races: list) -> set[tuple]:
    """(race, area) where the page states a progress of KPU's count."""
    return {(race, race.area_of(claim.region_code)) for claim, race in zip(claims, races)
            if race is not None and claim.kind == "progress" and claim.claim_type != "quick_count"}


def _only_under_way(race, area: str, record) -> bool:
    """Does the record hold readings of this race and area, every one short of complete?"""
    results = record.results_for(race, area)
    return bool(results) and all(r.tier == "sirekap" and r.progress is not None and
                                 r.progress < COMPLETE for r in results)


def hold_under_way_shares(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                          record) -> tuple[Comparison, ...]:
    """The comparisons with each such share (see above) held `another_moment`."""
    out, stated = list(comparisons), None
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status not in ("minor", "discrepant") or comparison.tier != "sirekap" or \
                race is None or claim.kind != "share" or claim.claim_type is not None or \
                claim.quoted or comparison.difference is None or \
                abs(Decimal(comparison.difference)) > DRIFT:
            continue
        if stated is None:
            stated = _with_progress(claims, races)
        area = race.area_of(claim.region_code)
        if (race, area) not in stated and _only_under_way(race, area, record):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
