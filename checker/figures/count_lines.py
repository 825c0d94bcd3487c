"""A pair's count behind a label on the line under the pair (issue 10, recall):

    Kabupaten Asahan: Taufik Zainal Abidin - Rianto
    Raihan suara: 122.437

The count's line is a votes label, a colon and the count, nothing else; the line above names
the pair, alone or after its area and a colon (the pair is looked up in that area's race).
Only a pair the record knows takes the count; a label of an area's total ("Suara sah", "DPT")
never reaches here (figure_kind reads it as no pair's figure)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

__all__ = ["labelled_owner"]

# "Raihan suara: 122.437", "Perolehan Suara : 20.904", "Suara: 49.918 suara", "Perolehan:
# 98.020" (a pair's own word; "Jumlah:" or "Total:" alone may be an area's total)
_COUNT_LINE = re.compile(r"(?:(?:(?:raihan|perolehan|jumlah|total)\s+)?suara|raihan|perolehan)"
                         r"\s*:\s*\d[\d.,]*(?:\s*suara)?\s*", re.IGNORECASE)

_LETTER = re.compile(r"[^\W\d_]")


def labelled_owner(reader, number, scope):
    """(candidate, ballot number, name) of the pair named on the line above a labelled
    count's line, else None."""
    text, lines = reader.text, reader.paragraphs
    index = bisect_right(lines, number.start) - 1
    if index < 1:
        return None
    start, end = lines[index], text.find("\n", number.start)
    end = len(text) if end < 0 else end
    if not _COUNT_LINE.fullmatch(text, start, end):
        return None
    above, above_end = lines[index - 1], start - 1  # (the line before ends at its "\n")
    colon = text.rfind(":", above, above_end)
    name_from = colon + 1 if colon >= 0 else above
    runs, last = reader.runs(name_from, above_end), name_from
    for a, b in runs:  # ("Ya'atulo Gulo - Aorta Lase": the runs part at the apostrophe)
        if _LETTER.search(text, last, a):
            return None  # words beside the name: not a pair line
        last = b
    if not runs or _LETTER.search(text, last, above_end):
        return None
    if colon >= 0:  # "Kabupaten Nias: Ya'atulo Gulo - Aorta Lase": the pair of that race
        area = reader.out.matcher.region(text[above:colon].strip())
        if area is not None and area.code and area.level == 2:
            scope = replace(scope, region=area)
    who = reader.name_of(name_from, above_end, scope)
    return who if who[0] is not None else None
