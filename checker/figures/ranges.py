"""A range of percentages ("rata-rata 70-80%", "70 hingga 80 persen") is no single figure
(issue 10, precision). The prose reader reads it as its first number (the corpus annotates a
range by its lower end: tests/corpus/README.md), and scope_gate holds every number of a range
as `range`, so neither end is ever compared with the record as one exact share. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.numbers import Number

__all__ = ["RANGE", "low_ends", "range_values"]

# "70-80%", "70%-80%", "70 hingga 80 persen": a range, not one figure.
RANGE = r"\d{1,3}(?:[.,]\d+)?\s*(?:%|persen)?\s*(?:-|\u2013|\u2014|hingga|sampai|s\.?d\.?)\s*"
# Where a range ends and its second number starts ("70-|80%", "70 hingga |80 persen"): its
# first number as RANGE opens it, not inside a number. Written digit first (the same as
# "(?<![\d.,])\d{1,3}"), so the search skips to digits in C instead of trying the look-behind
# at every character.
_RANGE_END = re.compile(r"\d(?<![\d.,]\d)\d{0,2}" + RANGE[len(r"\d{1,3}"):] + r"(?=\d)",
                        re.IGNORECASE)
# The second number and its percent sign, the first number: whole digits, decimal digits.
_RANGE_VALUE = re.compile(r"(\d+)(?:[.,](\d+))?\s*(?:%|persen)", re.IGNORECASE)
_FIRST_VALUE = re.compile(r"(\d+)(?:[.,](\d+))?")
# The first number of a range right before a percentage, itself with no percent sign ("70-",
# "70 hingga "): "70%-80%" writes two figures, each read on its own.
_LOW = re.compile(r"(?<![\d.,])(\d{1,3})(?:[.,](\d{1,2}))?[^\S\n]*(?:-|\u2013|\u2014|hingga|"
                  r"sampai|s\.?d\.?)[^\S\n]*$", re.IGNORECASE)


def low_ends(text: str, numbers: list[Number]) -> list[Number]:
    """`numbers` with a range's second percentage valued at the range's first number."""
    out = []
    for number in numbers:
        if number.unit == "percent":
            low = _LOW.search(text, max(0, number.start - 16), number.start)
            if low is not None:
                value = Decimal(low.group(1) + ("." + low.group(2) if low.group(2) else ""))
                if value < number.value:
                    number = replace(number, value=value)
        out.append(number)
    return out


def range_values(sentence: str) -> frozenset[tuple[str, str]]:
    """The numbers of the sentence's ranges, as written: (whole digits, decimal digits or "";
    a decimal part of zeros also as ""). Once per sentence: a pattern per claim searched over
    the sentence made a hostile page's one sentence of 400 figures take seconds."""
    found = set()
    for match in _RANGE_END.finditer(sentence):
        second = _RANGE_VALUE.match(sentence, match.end())
        if second is None:
            continue
        for value in (second, _FIRST_VALUE.match(sentence, match.start())):
            whole, fraction = value.group(1), value.group(2) or ""
            found.add((whole, fraction))
            if not fraction.strip("0"):
                found.add((whole, ""))
    return frozenset(found)
