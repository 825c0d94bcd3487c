"""A pair's figures on a card whose heading is the pair (issue 10, recall):

    Nomor urut 1
    DANDAN RIZA - ARIF WIJAYA
    83.498 suara
    7.13%

A figure alone on its line, below nothing but other figures alone on theirs, belongs to the
pair named by the whole line above them; only a pair the record knows (a heading that names a
place or a topic gives its figures to nobody). A list item may put its area before the pair and
label its count as the pair's (issue 10, Tribun Manado's regents elected in Sumatera Utara):

    Kabupaten Karo: Antonius Ginting - Komando Tarigan
    Raihan suara: 98.020

Anything else is left to the reader."""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["card_owner"]

# A line that is one figure and its unit only: "83.498 suara", "7.13%", "(39,40 persen)".
# A pair's own label may open it ("Raihan suara: 98.020", "Perolehan: 98.020"); an area's total's
# ("Suara sah:") may not.
_FIGURE_LINE = re.compile(r"(?:(?:raihan|perolehan)(?:\s+suara)?\s*:\s*)?"
                          r"\(?\d[\d.,]*\s*(?:%|persen|suara)?\)?", re.IGNORECASE)
# "Kabupaten Karo: ": the item's area before its pair.
_AREA_FIRST = re.compile(r"(?:Kabupaten|Kota|Kab\.)\s+[^:\n]{2,40}?\s*:\s*")
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
        return None  # words beside the figure: the sentence reader's case, not a card's
    for _ in range(_LINES_UP + 1):
        index -= 1
        if index < 0:
            return None
        start, end = _line(text, lines[index])
        line = text[start:end].strip()
        if not line:
            continue
        area = _AREA_FIRST.match(text, start)
        if area is not None and reader.out.matcher.region(text[start:area.end()].strip(
                " :")) is not None:
            start, line = area.end(), text[area.end():end].strip()
        if _FIGURE_LINE.fullmatch(line):
            continue  # the card's figure before this one
        runs = reader.runs(start, end)
        if len(runs) != 1 or text[runs[0][0]:runs[0][1]].strip() != line:
            return None  # a line of words that is not a name alone
        who = reader.name_of(start, end, scope)
        return who if who[0] is not None else None
    return None
