"""A year opening a list line names that line's election (corpus-aa). Pure.

KawalPemilu's coverage of three Pilpres, one a line: "2014: 99,76% TPS / 2019: 98,7% TPS /
2024: 82,27% TPS". Each figure is of its own line's year, not of the election the page is
about: the 2014 and 2019 coverage are no 2024 progress. A year both kinds of election were
held in (2024) is told by the race word before it ("pilpres"); with none, the list is left as
it was (a line of its own year may be either).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.cues import Mark, election_key

__all__ = ["year_lines"]

# "2019: 98,7% TPS" at a line's start, a figure following on the line
_YEAR_LINE = re.compile(r"^[^\S\n]*((?:19|20)\d\d)[^\S\n]*:(?=[^\S\n]*[^\n]{0,40}?\d)",
                        re.MULTILINE)
_BOTH = frozenset({2024})  # the years of both a Pemilu and a Pilkada
_LIMIT = 200


def year_lines(text: str, marks: list[Mark], kinds: list[Mark]) -> list[Mark]:
    """The election marks (cues.elections, in order) with one for each year that opens a list
    line; `kinds`: the race words of the text, in order."""
    starts = [k.start for k in kinds]
    found = []
    for _, line in zip(range(_LIMIT), _YEAR_LINE.finditer(text)):
        year = int(line.group(1))
        if year in _BOTH:
            index = bisect_right(starts, line.start()) - 1
            if index < 0:
                return marks  # (see above)
            key = election_key(None, year, kinds[index].value)
        else:
            key = election_key(None, year)
        found.append(Mark(line.start(1), line.end(1), key))
    if not found:
        return marks
    return sorted([*marks, *found], key=lambda m: m.start)
