"""Which figure of a self-contradicting progress is the slip (issue 10, precision first): "2.969
dari 3.123 atau 94,95 persen" contradicts itself, but 2.969 of 3.127 is 94,95 (Langkat's own
Sirekap reading), so one mistyped digit of the count of TPS explains it as well as a wrong
percentage does. The percentage is then not the figure to blame. A percentage no single digit
of the fraction accounts for ("63,37" for 604.002 of 823.236, 73,37) is the slip. Pure.

    fraction_slip(done, total, value) -> bool
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.numbers import last_unit

__all__ = ["fraction_slip", "one_digit_off"]


def one_digit_off(number: int):
    """Every positive number that differs from `number` in exactly one digit."""
    digits = str(number)
    for place, old in enumerate(digits):
        for new in "0123456789":
            if new != old and not (place == 0 and new == "0"):
                yield int(digits[:place] + new + digits[place + 1:])


def fraction_slip(done: int, total: int, value: Decimal) -> bool:
    """Does one digit changed in the count (`done`) or the total of TPS make the fraction give
    the page's percentage `value`, to its own last decimal?"""
    unit = last_unit(value)

    def gives(d: int, t: int) -> bool:
        return 0 < d <= t and abs(Decimal(d) * 100 / Decimal(t) - value) <= unit

    return any(gives(d, total) for d in one_digit_off(done)) or \
        any(gives(done, t) for t in one_digit_off(total))
