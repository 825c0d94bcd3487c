"""A change between two readings, written right before its figure: "Anies-Muhaimin Turun 3
Juta" (a headline on the Sirekap count moving), "suara Golkar naik sekitar 2 persen", "meningkat
sebesar 136.489 suara". The figure is the change, no pair's count or share (fix-known2: the
headline's "Turun 3 Juta" was read as 3.000.000 votes). Its words are rules `change_words`
("naik", "turun", "bertambah", "berkurang", ...); only a few fillers may stand between, never
"menjadi", "ke", "hingga" or "mencapai": "naik menjadi 182 suara" and "turun ke 24,49 persen"
give the new figure itself. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.figures.cues import alternation
from checker.figures.wording import edge_words, may_end_with

__all__ = ["is_change"]

# Words that may stand between the change word and its figure ("naik sekitar 3 juta").
_FILLERS = r"(?:sekitar|sekira|sebanyak|sebesar|hampir|lebih\s+dari|kurang\s+lebih|suara)"
_FILLER_WORDS = ("sekitar", "sekira", "sebanyak", "sebesar", "hampir", "lebih dari",
                 "kurang lebih", "suara")


@lru_cache(maxsize=4)
def _change_re(words: tuple[str, ...]) -> tuple[re.Pattern, tuple[str, ...] | None] | None:
    """The pattern, and the words its matches end in (then only space): wording.edge_words."""
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?:\s+" + _FILLERS + r")?\s*$",
                      re.IGNORECASE), edge_words(words + _FILLER_WORDS)


def is_change(words: tuple[str, ...], text: str, position: int) -> bool:
    """Does a change word (`words`, rules change_words) end the text right before `position`?
    (A window that does not end in one, or a filler, is not searched: the pattern was tried
    at each of its 40 positions, for every figure.)"""
    found = _change_re(words)
    if found is None:
        return False
    pattern, ends = found
    start = max(0, position - 40)
    return (ends is None or may_end_with(text, start, position, ends)) and \
        pattern.search(text, start, position) is not None
