"""A poll of voters told by its respondents (blind hunt 23, tests/test_blind23.py). A pollster's
survey before the vote ("pasangan nomor urut dua ... dipilih sebanyak 42,8%. ... Sebanyak 2,3%
responden tidak memberikan pilihan", Kubu Raya) names no count at all: no quick count, no real
count, no plenary; "survei" came only in the next paragraph. Its figures had no count type and
were graded against Sirekap as counts of unstated basis: three false flags. A count of votes
has no respondents; a figure whose paragraph counts respondents, and names no count of votes
there, is the survey's answers: held `survey` (collect.py), never graded. An exit poll names
itself ("exit poll": a quick count) in its paragraph and keeps that type. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.cues import Mark
from checker.figures.wording import may_hold

__all__ = ["poll_answers"]

# "responden" (and the plural some pages write): who answered a survey's questions
_RESPONDENTS = re.compile(r"\bresponden(?:-responden)?\b", re.IGNORECASE)
_WORDS = ("responden",)


def poll_answers(layout, position: int, paragraph: int, end: int) -> Mark | None:
    """A survey mark for the figure at `position` when its paragraph ([`paragraph`, `end`) of
    from_text's layout) counts respondents and holds no count-type word; else None."""
    text = layout.text
    end = min(end, len(text))
    # (every match holds "responden": a C-speed look spares a pass tried at each position of
    # the paragraph, figure after figure of it)
    if not may_hold(text, paragraph, end, _WORDS) or \
            _RESPONDENTS.search(text, paragraph, end) is None:
        return None
    starts = layout.type_starts
    first = bisect_left(starts, paragraph)
    if first < len(starts) and starts[first] < end:
        return None  # the paragraph names its count ("exit poll", "quick count", "real count")
    return Mark(position, position, "survey")
