"""A table of readings, one row a moment: each row's shares are of the progress its own row
states, not of the count's end (blind hunts 43 and 47). Pure.

"Waktu | Data masuk | Ridwan Kamil-Suswono | Dharma-Kun | Pramono-Rano" over rows such as
"Rabu 27/11 pukul 20.00 WIB | 61 persen | 40,5 persen | 10,3 persen | 49,2 persen": a page that
follows Sirekap through the night, hour by hour. The page states several progresses, so
compare.py knows no one moment of the page (_one_progress) and grades every row against the
race's best figure, the decree: the row of 61 % was flagged (40,5 discrepant and 49,2 minor
against 39,40 and 50,07) for a reading true at its hour. The row says its moment in its own
progress cell: a share of that row graded against a figure of another moment (the decree, or a
Sirekap reading more than two points of progress away) is held `another_moment`, its official
figure and gap still shown, as compare.py holds a prose share of a stated moment no reading is
of. Not a row of a (nearly) complete count (its progress at COMPLETE or more: the decree is its
yardstick), nor a share further off than a count moves from that moment on (past half the TPS,
DRIFT: "34,94 persen" for Anies-Muhaimin at 60 % is wrong at any hour; before half, compare.py's
_FAR), nor a quick count's row (its "data masuk" is its sample).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE, DRIFT
from checker.models import Claim, Comparison

__all__ = ["hold_row_readings"]

_SAME = Decimal(2)  # points of progress within which a reading is of the row's moment
_FAR = Decimal(10)  # compare.py's: a share this far off is wrong at any moment
_HALF = Decimal(50)  # past half the TPS a share moves less than DRIFT to the end
_GRADED = ("consistent", "minor", "discrepant")


def _row_progress(claims: list[Claim], races: list) -> dict[tuple, set[Decimal]]:
    """{(row, race, area): the progress values that table row states}"""
    found: dict[tuple, set[Decimal]] = {}
    for claim, race in zip(claims, races):
        if claim.kind == "progress" and claim.origin == "table" and race is not None and \
                claim.claim_type != "quick_count" and not claim.quoted:
            key = (claim.excerpt, race, race.area_of(claim.region_code))
            found.setdefault(key, set()).add(Decimal(claim.value))
    return found


def hold_row_readings(claims: list[Claim], races: list,
                      comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    """The comparisons, each table share graded against a figure of another moment than its
    row's own progress (see above) held."""
    rows = None
    out = list(comparisons)
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if claim.origin != "table" or claim.kind != "share" or race is None or \
                comparison.status not in _GRADED or claim.claim_type == "quick_count" or \
                comparison.difference is None or abs(comparison.difference) > _FAR:
            continue
        if rows is None:
            rows = _row_progress(claims, races)
            if not rows:
                return comparisons
        values = rows.get((claim.excerpt, race, race.area_of(claim.region_code)))
        if not values or len(values) != 1 or (progress := next(iter(values))) >= COMPLETE:
            continue
        if comparison.progress is not None and abs(comparison.progress - progress) <= _SAME:
            continue  # graded against the reading of the row's own moment
        if abs(comparison.difference) > (DRIFT if progress >= _HALF else _FAR):
            continue
        out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
