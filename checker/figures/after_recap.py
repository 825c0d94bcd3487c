"""A share the page gives as the plenary's, said or not (issue 10, basis; blind measurement 17).
Pure.

A page dated after its election's recapitulation closed (checker/official/facts.py
`recap_closed`: every plenary had set its result by then) that gives a pair's share on no stated
basis gives the plenary's share: "X dipastikan menjadi pemenang ... dengan perolehan suara
77,12 persen", on Sumbar's pair a month after the province's plenary, is the decree's figure,
not a Sirekap reading. Where the record holds only Sirekap it is held as a share the page calls
the plenary's is (compare.py: graded only when equal to Sirekap's to its last digit): half a
point's leeway passed the misquotes 77,40 and 76,80 as consistent against Sirekap's 77.15. A
share the page gives another basis (Sirekap, a quick count, a camp's count) keeps it, and so
does one of no basis dated before the close, which may be a reading of the count under way.
"""

from __future__ import annotations

from datetime import date

from checker.figures.moment import stated_day
from checker.models import Claim
from checker.official.facts import ELECTIONS

__all__ = ["plenary_basis"]


def plenary_basis(claim: Claim) -> bool:
    """Does the page give `claim` as the plenary's figure, in words or by its date?"""
    if claim.claim_type is not None or claim.quoted:
        return claim.claim_type == "plenary"
    held = ELECTIONS.get(claim.election or "")
    day = stated_day(claim.page_time)
    return held is not None and day is not None and day > date.fromisoformat(held.recap_closed)
