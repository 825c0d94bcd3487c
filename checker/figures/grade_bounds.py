"""The rules' grading thresholds as Decimals, as the comparison and the page's own-figure
checks compare them: worked out once per thresholds mapping, not at each of the five asks
of every check (5 us each; issue 12 §5, the fixed cost of a small page). Pure."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

__all__ = ["decimal_bounds"]

# The last mapping asked (by identity: the rule set's own, or the dict this gave) and its
# Decimals. A caller only reads them (no grader writes to its bounds).
_LAST: list[tuple[Mapping, dict[str, Decimal]]] = []


def decimal_bounds(limits: Mapping) -> dict[str, Decimal]:
    """{name: Decimal(str(value))} of `limits` (a float 0.5 is Decimal("0.5"), not its
    binary expansion)."""
    for known, bounds in _LAST[:]:  # (a copy: another thread may replace it)
        if known is limits or bounds is limits:
            return bounds
    bounds = {k: Decimal(str(v)) for k, v in limits.items()}
    _LAST[:] = [(limits, bounds)]
    return bounds
