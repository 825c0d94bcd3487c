"""The words that rank a pair after the first in a list of results: "di posisi kedua",
"urutan terakhir", "di tempat ketiga", "disusul", "menyusul", "paling bawah", "AHM-Rivai
ketiga dengan 7.484 suara", "Raudatul Jannah tertinggal jauh dengan hanya 28.335 suara" (not
"daerah tertinggal", an underdeveloped region: the count must follow). A count so ranked goes
on with the list the counts before it opened, and so with its place (carried_area: a province or regency named before; abroad: the
votes "di 128 wilayah PPLN"). Pure."""

from __future__ import annotations

import re

from checker.figures.wording import may_hold

__all__ = ["RANK", "ranked"]

# A bare ordinal only before its count ("kedua pasangan" is both pairs, not the second).
_LATER = ("kedua", "ketiga", "keempat", "terakhir")  # a place after the first
_GETS = r"meraih|memperoleh|mendapat|mengantongi"  # then the count it got
RANK = re.compile(
    r"\b(?:(?:posisi|urutan|peringkat|tempat)\s+(?:" + "|".join(_LATER) + r"|akhir|buncit|"
    r"berikutnya|selanjutnya|ke-?\s*[234])|"
    r"terbanyak\s+(?:kedua|ketiga)|di\s+bawahnya|disusul|diikuti|menyusul|"
    r"paling\s+(?:bawah|buncit)|terbawah|"
    r"(?:" + "|".join(_LATER) + rf"),?\s+(?:dengan|{_GETS})|"
    rf"tertinggal(?:\s+jauh)?,?\s+(?:dengan|hanya|{_GETS}))\b", re.IGNORECASE)
# Every match of RANK holds one of these words: a window with none of them cannot match. The
# pattern opens with \b, so Python's engine tries it at every position: carried_area asks it
# from a paragraph to its sentence's end, which on a page of headlines is the rest of the text
# (a tenth of a millisecond a figure).
_WORDS = ("posisi", "urutan", "peringkat", "tempat", "terbanyak", "bawahnya", "disusul",
          "diikuti", "menyusul", "paling", "terbawah", *_LATER, "tertinggal")


def ranked(text: str, start: int, end: int) -> bool:
    """RANK.search(text, start, end) is not None, the regex asked only where it may match."""
    return may_hold(text, start, end, _WORDS) and RANK.search(text, start, end) is not None
