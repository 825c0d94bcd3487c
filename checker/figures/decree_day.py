"""Whether a figure the page gives as the plenary result can be the record's plenary decree
(issue 10, basis). Pure.

A page on one regency's plenary ("rapat pleno terbuka rekapitulasi ..., Selasa, 3 Desember
2024") lends that basis to every figure in its paragraph, another province's governor race
told in passing too ("Adapun di Pilgub Maluku Utara, Sherly-Sarbin meraih ... 51,89 persen":
Sirekap's of 28 November). When the day the page states is before the record's decree there
(Maluku Utara's came on 8 December), the decree was not out: the plenary the page reports is
another's, and the figure is no more the decree's than one of unstated basis is: set against
the closer of the two tiers, and not held to the decree's exact count.
"""

from __future__ import annotations

from checker.figures.moment import WIB, stated_day
from checker.models import Claim
from checker.official.model import Result

__all__ = ["dated_before", "states_decree"]


def states_decree(claim: Claim, result: Result) -> bool:
    """The page gives `claim` as the plenary result and `result` is the record's plenary
    decree there, not dated after the day the page states: the decree is then its yardstick,
    exact to the vote (compare._held_to_decree)."""
    return claim.claim_type == "plenary" and result.tier == "rekap" and \
        not dated_before(claim, result.as_of)


def dated_before(claim: Claim, as_of) -> bool:
    """Does the page state a day for `claim` before the day (WIB) of `as_of`, a decree's
    moment? (No stated day: not before. unfinished.py asks it of a whole race's figure too.)"""
    day = stated_day(claim.page_time)
    return day is not None and day < as_of.astimezone(WIB).date()
