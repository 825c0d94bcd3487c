"""A share written to fewer places than the record's, and the record's value cut short to them
(issue 10, precision): "raih 91 persen" in a headline whose body gives 91,61, against the
record's 91.62. A writer who drops the decimals says the same figure, not another one, so
the figure is `consistent` where the share thresholds (0.5 points) would call it `minor`.
Only the record's own grading is revisited (no other reason given); a figure below the
record's whole unit ("90 persen" for 91.62) is graded as before. Pure."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.numbers import last_unit
from checker.models import Comparison

__all__ = ["cut_short"]


def cut_short(claims, comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind == "share" and c.status in ("minor", "discrepant") and \
                c.reason is None and c.official_value is not None and \
                c.tier in ("sirekap", "rekap"):
            value, official = Decimal(claim.value), Decimal(c.official_value)
            if value <= official < value + last_unit(claim.value):
                c = replace(c, status="consistent")
        out.append(c)
    return tuple(out)
