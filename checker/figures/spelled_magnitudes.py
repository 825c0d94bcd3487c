"""A count written out by its magnitudes (blind hunt 29, a CNN Indonesia copy on Pilgub DKI):

    "Pramono-Rano memperoleh 2 juta 183 ribu 239 suara atau 50,07 persen suara sah."
    "pemilih tetap (DPT) ... sebanyak 3 juta 489 ribu 614 orang."

is one number, 2.183.239: read as three ("2 juta", "183 ribu", "239 suara"), the decree's
count was graded consistent as a rounded 2.000.000 and its two tails were flagged as
Pramono-Rano's 183.000 and 239 votes. find_numbers hands its figures here: "N juta" directly
followed by "N ribu", and by a bare number of at most three digits when there is one, become
one count, exact when its units are written ("2 juta 183 ribu 239"), rounded to the thousand
when they are not ("2 juta 183 ribu suara"). Each part has at most three digits and no
decimals ("2,1 juta 300 ribu" is no such writing). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["joined_magnitudes"]

_MILLIONS = re.compile(r"(\d{1,3})\s*juta", re.IGNORECASE)
_THOUSANDS = re.compile(r"(\d{1,3})\s*ribu(?:\s*(suara|votes?)\b)?", re.IGNORECASE)
_UNITS = re.compile(r"(\d{1,3})(?:\s*(suara|votes?)\b)?", re.IGNORECASE)
_GAP = re.compile(r"[^\S\n]+")


def joined_magnitudes(text: str, found: list) -> list:
    """found (Numbers in text order) with each "N juta N ribu [N]" run made one Number."""
    if len(found) < 2 or "juta" not in text.lower():
        return found
    out = []
    index = 0
    while index < len(found):
        first = found[index]
        millions = _MILLIONS.fullmatch(first.text)
        second = found[index + 1] if index + 1 < len(found) else None
        thousands = second is not None and _THOUSANDS.fullmatch(second.text)
        if not (millions and thousands and _GAP.fullmatch(text, first.end, second.start)):
            out.append(first)
            index += 1
            continue
        value = int(millions.group(1)) * 10 ** 6 + int(thousands.group(1)) * 10 ** 3
        last, voted, rounded = second, thousands.group(2), True
        third = found[index + 2] if index + 2 < len(found) else None
        units = third is not None and not voted and _UNITS.fullmatch(third.text)
        if units and _GAP.fullmatch(text, second.end, third.start):
            value += int(units.group(1))
            last, voted, rounded = third, units.group(2), False
        unit = "votes" if voted else first.unit if first.unit == "votes" else None
        out.append(replace(first, value=value, unit=unit, end=last.end,
                           text=text[first.start:last.end], approximate=rounded))
        index += 3 if last is third else 2
    return out
