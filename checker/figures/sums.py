"""A count the page works out by adding others up (corpus-az, Gresik): "suara kotak kosong
244.539 + 327.500 (golput), totalnya 572.039 suara", "... + 1.000 = 575.030". The sum is of the
figures before it (here the empty box's votes and the voters who stayed home), no pair's count
and no total the record holds: read as the pair named before it, the box got 572.039 votes.
Only a plus sign between two numbers of the same clause, then a word that names the result
("totalnya", "jumlahnya", "total", "jumlah", "hasilnya") or "=", right before the count. Pure."""

from __future__ import annotations

import re

__all__ = ["worked_sum"]

# "A + B (golput), totalnya", "A + B = ": no sentence end, no other sign between
_SUM_BEFORE = re.compile(
    r"\d[^\S\n]*\+[^\S\n]*\d[\d.,]*[^\n.;:+=]{0,40}?(?:\b(?:totalnya|jumlahnya|total|jumlah|"
    r"hasilnya)\b(?:[^\S\n]+(?:sebanyak|sebesar|mencapai|menjadi|adalah|yaitu|yakni|ada))?"
    r"[^\S\n]*:?|=)[^\S\n]*$", re.IGNORECASE)


def worked_sum(text: str, start: int) -> bool:
    """Is the count at `start` the result of a sum the page writes out right before it?"""
    window = text[max(0, start - 90):start]
    return "+" in window and _SUM_BEFORE.search(window) is not None
