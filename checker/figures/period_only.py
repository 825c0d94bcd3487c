"""A real count on a page whose only days are a period's (hunt.md cause H, the rest of it). "...
52,9 persen ... real count KPU" on a page whose one date is the recapitulation's schedule, "dari
Rabu (27/11/24) hingga Senin (16/12/2024)": the period's days are no moment (moment.without_
periods), and a real count that states no moment was graded against the complete reading (a
count "as it stands"). But a page that gives the recapitulation's days is written while the
count comes in: the reading is of some moment the page does not say, and the record's complete
reading (53,45 for Ika-Rachman in Kota Mojokerto) is no yardstick for it. Held
`another_moment`, its official figure and gap still shown, as interim.py holds a count the page
calls provisional.

Only a flagged figure the page gives as a real count (Sirekap's), of no moment at all (no day
on it), within what a count under way moves (ten points of a share; a count short of the
record's), whose race the page does not pin to a reading (a progress, or a count equal to a
reading: interim.pinned_moments). A plenary's figure, or one of unstated basis, keeps its grade.
Only pages with a flagged figure are looked at. Pure."""

from __future__ import annotations

from dataclasses import replace

from checker.figures.compare import claim_race
from checker.figures.cues import time_marks
from checker.figures.interim import moved_while_counting, pinned_moments
from checker.figures.moment import without_periods
from checker.models import Claim, Comparison

__all__ = ["held_period_only"]

_FLAGS = ("minor", "discrepant")


def _candidate(claim: Claim, c: Comparison) -> bool:
    return c.status in _FLAGS and claim.kind in ("share", "votes") and \
        claim.claim_type == "real_count" and not claim.quoted and claim.page_time is None and \
        c.tier in ("sirekap", "rekap") and moved_while_counting(claim, c)


def states_period(prose: str) -> bool:
    """Does the page give the two days of a period ("dari Rabu (27/11/24) hingga Senin
    (16/12/2024)")?"""
    marks = time_marks(prose)
    return len(without_periods(prose, marks)) < len(marks)


def held_period_only(claims: list[Claim], comparisons: tuple[Comparison, ...], prose: str,
                     record) -> tuple[Comparison, ...]:
    """The comparisons, each such real count (see above) held `another_moment`."""
    if record is None or not any(_candidate(claims[c.claim], c) for c in comparisons) or \
            not states_period(prose):
        return comparisons
    pinned = pinned_moments(claims, comparisons, record)
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if _candidate(claim, c):
            race = claim_race(claim, record)
            if race is not None and (race, race.area_of(claim.region_code)) not in pinned:
                c = replace(c, status="unverifiable", reason="another_moment")
        out.append(c)
    return tuple(out)
