"""Wordings that change what a figure in running text is (issue 10, precision first): the old
value of a correction, a headline's "Data 78%", places listed together, a count with no unit
after a label. Patterns and small pure tests; checker/figures/from_text.py applies them."""

from __future__ import annotations

import re

__all__ = ["COUNT_BEFORE", "LABEL_BEFORE", "PAIR_JOIN", "YEAR", "data_label", "listed",
           "superseded"]

LABEL_BEFORE = re.compile(r"[^\W\d_)]\s*:\s*$")
COUNT_BEFORE = re.compile(r"\b(?:yakni|yaitu|sebanyak|sejumlah|total)\s*:?\s*$", re.IGNORECASE)
PAIR_JOIN = re.compile(r"\w\s*[-\u2013\u2014/&+]\s*\w|\s(?:dan|and)\s", re.IGNORECASE)
# Running text writes counts of a thousand or more with a separator ("2.024 suara"); four bare
# digits from 1900 to 2099 before "suara" are a year (a masthead: "\u00a9 2024 Suara Banten").
YEAR = re.compile(r"(?:19|20)\d\d")

# "berubah dari 329.551 suara menjadi 308.293 suara", "naik dari X menjadi Y", "semula X":
# the first is the value the page says was replaced.
_FROM = re.compile(r"(?:\b(?:dari|semula)\s+(?:angka\s+|sebanyak\s+)?)$", re.IGNORECASE)
_TO = re.compile(r"[^.;\n]{0,40}?\b(?:menjadi|jadi|kini)\b", re.IGNORECASE)
# "Data 78%", "data: 78,10%": the share of data in, not any pair's share.
_DATA = re.compile(r"\bdata\s*:?\s*$", re.IGNORECASE)
# Between two places of a list: "Aceh dan Sumatera Barat", "Bali, NTT".
_LIST_JOIN = re.compile(r"\s*(?:,|dan|serta|&)\s*(?:dan\s+)?", re.IGNORECASE)


def superseded(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] the old value of a stated change?"""
    return bool(_FROM.search(text, max(0, start - 20), start)) and \
        bool(_TO.match(text, end))


def data_label(text: str, start: int) -> bool:
    return bool(_DATA.search(text, max(0, start - 8), start))


def listed(text: str, before_end: int, start: int) -> bool:
    """Is a place that starts at `start` the next item of a list whose previous place ends at
    `before_end` ("Aceh dan Sumatera Barat")?"""
    return 0 <= start - before_end <= 12 and \
        _LIST_JOIN.fullmatch(text, before_end, start) is not None
