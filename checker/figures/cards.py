"""A pair's figures on a card whose heading is the pair (issue 10, recall):

    Nomor urut 1
    DANDAN RIZA - ARIF WIJAYA
    83.498 suara
    7.13%

A figure alone on its line, below nothing but other figures alone on theirs, belongs to the
pair named by the whole line above them; only a pair the record knows (a heading that names a
place or a topic gives its figures to nobody). Anything else is left to the reader."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.count_lines import labelled_owner

__all__ = ["card_owner"]

# A line that is one figure and its unit only: "83.498 suara", "7.13%", "(39,40 persen)".
_FIGURE_LINE = re.compile(r"\(?\d[\d.,]*\s*(?:%|persen|suara)?\)?", re.IGNORECASE)
_LINES_UP = 4  # how many figure lines a card may hold above the one being read


def _line(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def card_owner(reader, number, scope):
    """(candidate, ballot number, name) for a figure on a card under its pair's name, else
    None."""
    text, lines = reader.text, reader.paragraphs
    index = bisect_right(lines, number.start) - 1
    start, end = _line(text, lines[index])
    if not _FIGURE_LINE.fullmatch(text[start:end].strip()):
        # "Raihan suara: 122.437" under the pair's line; other words beside the figure are
        # the sentence reader's case, not a card's
        return labelled_owner(reader, number, scope)
    for _ in range(_LINES_UP + 1):
        index -= 1
        if index < 0:
            return None
        start, end = _line(text, lines[index])
        line = text[start:end].strip()
        if not line:
            continue
        if _FIGURE_LINE.fullmatch(line):
            continue  # the card's figure before this one
        runs = reader.runs(start, end)
        if len(runs) != 1 or text[runs[0][0]:runs[0][1]].strip() != line:
            return None  # a line of words that is not a name alone
        who = reader.name_of(start, end, scope)
        return who if who[0] is not None else None
    return None
