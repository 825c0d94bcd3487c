"""A page that follows Sirekap hour by hour: each reading's shares are of the progress stated
with them, not of the count's end (blind hunts 43 and 47). Pure.

A table, one row a moment: "Waktu | Data masuk | Ridwan Kamil-Suswono | Dharma-Kun |
Pramono-Rano" over rows such as "Rabu 27/11 pukul 20.00 WIB | 61 persen | 40,5 persen | 10,3
persen | 49,2 persen". A live blog, one update a moment: "Update Rabu pukul 20.00 WIB: data masuk
61 persen. Pramono-Rano 49,2 persen, Ridwan Kamil-Suswono 40,5 persen", then Thursday's update.
The page states several progresses, so compare.py knows no one moment of the page
(_one_progress) and grades every reading against the race's best figure, the decree: the
reading of 61 % was flagged (40,5 discrepant and 49,2 minor against 39,40 and 50,07) for
figures true at their hour. The reading says its moment where its shares stand: the table row's
own progress cell, or the progress written under the same time as the update's shares (the
claims' page_time, "pukul 20.00 WIB"). A share graded against a figure of another moment (the
decree, or a Sirekap reading more than two points of progress away) is held `another_moment`,
its official figure and gap still shown, as compare.py holds a share of a page's one stated
moment no reading is of. Not a reading of a (nearly) complete count (its progress at COMPLETE or
more: the decree is its yardstick), nor a share further off than a count moves from that moment
on (past half the TPS, DRIFT: "34,94 persen" for Anies-Muhaimin at 60 % is wrong at any hour;
before half, compare.py's _FAR), nor a quick count's (its "data masuk" is its sample). A prose
share graded consistent keeps its grade (the corpus's live pages give right figures of another
moment within the decree's band, as compare.py leaves them); a table row's is held with its row.
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
# A real count's, or a share of no stated basis (a table row under a caption naming the plenary
# is retyped by from_tables where the row states TPS progress).
_TYPES = (None, "real_count")


def _moment_key(claim: Claim, race) -> tuple | None:
    """Where a figure's moment is written: a table's row (its excerpt is the row), a prose
    figure's own time as the page writes it ("pukul 20.00 WIB" over one update); None for a
    prose figure dated by nothing nearer than the page."""
    if claim.origin == "table":
        return ("row", claim.excerpt, race, race.area_of(claim.region_code))
    if claim.origin == "text" and claim.page_time:
        return ("time", claim.page_time, race, race.area_of(claim.region_code))
    return None


def _stated(claims: list[Claim], races: list) -> dict[tuple, set[Decimal]]:
    """{moment key: the progress values stated there}"""
    found: dict[tuple, set[Decimal]] = {}
    for claim, race in zip(claims, races):
        if claim.kind == "progress" and race is not None and claim.claim_type != "quick_count" \
                and not claim.quoted and (key := _moment_key(claim, race)) is not None:
            found.setdefault(key, set()).add(Decimal(claim.value))
    return found


def hold_row_readings(claims: list[Claim], races: list,
                      comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    """The comparisons, each share graded against a figure of another moment than the one
    progress its table row or its update states (see above) held."""
    rows = None
    out = list(comparisons)
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if claim.kind != "share" or race is None or comparison.status not in _GRADED or \
                claim.origin != "table" and comparison.status == "consistent" or \
                claim.claim_type not in _TYPES or claim.quoted or \
                comparison.difference is None or abs(comparison.difference) > _FAR:
            continue
        if rows is None:
            rows = _stated(claims, races)
            if not rows:
                return comparisons
        values = rows.get(_moment_key(claim, race))
        if not values or len(values) != 1 or (progress := next(iter(values))) >= COMPLETE:
            continue
        if comparison.progress is not None and abs(comparison.progress - progress) <= _SAME:
            continue  # graded against the reading of the row's own moment
        if abs(comparison.difference) > (DRIFT if progress >= _HALF else _FAR):
            continue
        out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
