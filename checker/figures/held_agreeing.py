"""A plenary share held against Sirekap that still agrees with it (issue 10, basis). Pure.

compare.py grades a share the page gives as the plenary result, where the record holds only
Sirekap, only when it equals Sirekap's to its own last digit; a share off by less than the
consistent leeway is held `plenary_not_loaded` (the decree may differ from a late reading by
a tenth of a point). As evidence that the page's figures are of that area and those pairs, such
a share says what a `consistent` one said: the rules that lean on the page's right shares
(settled, count_slips) take it as one."""

from __future__ import annotations

from decimal import Decimal

from checker.models import Comparison

__all__ = ["agrees"]


def agrees(c: Comparison, leeway: Decimal) -> bool:
    """Is `c` consistent, or a plenary share held against Sirekap within `leeway` of it?"""
    return c.status == "consistent" or c.reason == "plenary_not_loaded" and \
        c.difference is not None and abs(Decimal(c.difference)) <= leeway
