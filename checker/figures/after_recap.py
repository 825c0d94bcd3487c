"""A share the page gives as the plenary's, said or not (issue 10, basis; blind measurement 17).
Pure.

A page dated after its election's recapitulation closed (checker/official/facts.py
`recap_closed`: every plenary had set its result by then) that gives a pair's share on no stated
basis gives the plenary's share: "X dipastikan menjadi pemenang ... dengan perolehan suara
77,12 persen", on Sumbar's pair a month after the province's plenary, is the decree's figure,
not a Sirekap reading. Where the record holds only Sirekap it is held as a share the page calls
the plenary's is (compare.py: graded only when equal to Sirekap's to its last digit,
`to_last_digit`): half a point's leeway passed the misquotes 77,40 and 76,80 as consistent
against Sirekap's 77.15, and a unit's leeway passed "64,6" against Sirekap's 64.52 (blind 36). A
share the page gives another basis (Sirekap, a quick count, a camp's count) keeps it, and so
does one of no basis dated before the close, which may be a reading of the count under way.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from checker.figures.moment import stated_day
from checker.figures.numbers import last_unit
from checker.models import Claim
from checker.official.facts import ELECTIONS

__all__ = ["plenary_basis", "to_last_digit"]

_HUNDREDTH = Decimal("0.01")


def plenary_basis(claim: Claim) -> bool:
    """Does the page give `claim` as the plenary's figure, in words or by its date?"""
    if claim.claim_type is not None or claim.quoted:
        return claim.claim_type == "plenary"
    held = ELECTIONS.get(claim.election or "")
    day = stated_day(claim.page_time)
    return held is not None and day is not None and day > date.fromisoformat(held.recap_closed)


def to_last_digit(value, sirekap: Decimal, approximate: bool = False) -> bool:
    """Is Sirekap's share `sirekap` the page's share `value` to the page's last digit? Rounded
    or cut to the page's digits (newsrooms do both) it is the page's figure: "64,5" or "64,6"
    is not both of 64.52, whose plenary share is 64,47 (blind 36). In hundredths a hundredth's
    drift is kept: Sirekap short of the full count is that far from the decree (Jombang's 74,88
    against 74.87 at 99,79 % of TPS). A share the page hedges ("hampir 16 persen", "sekitar")
    does not claim its last digit: a unit's leeway."""
    unit, written = last_unit(value), Decimal(value)
    sirekap = sirekap.quantize(_HUNDREDTH, ROUND_HALF_UP)  # the hundredths Sirekap shows
    if unit <= _HUNDREDTH or approximate:
        return abs(written - sirekap) <= unit
    return written in (sirekap.quantize(unit, ROUND_HALF_UP), sirekap.quantize(unit, ROUND_DOWN))
