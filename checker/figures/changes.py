"""A change between two readings, written right before its figure: "Anies-Muhaimin Turun 3
Juta" (a headline on the Sirekap count moving), "suara Golkar naik sekitar 2 persen", "meningkat
sebesar 136.489 suara". The figure is the change, no pair's count or share (fix-known2: the
headline's "Turun 3 Juta" was read as 3.000.000 votes). Its words are rules `change_words`
("naik", "turun", "bertambah", "berkurang", ...); only a few fillers may stand between, never
"menjadi", "ke", "hingga" or "mencapai": "naik menjadi 182 suara" and "turun ke 24,49 persen"
give the new figure itself. A change verb whose object is the count, its amount after
"sebanyak"/"sebesar", is one too: "KPU mengurangi perolehan suara capres nomor urut 1 sebanyak
3.514.580" (rules `change_verbs`; corpus-be, a fact-check explaining a Sirekap correction). The
object is a clause of plain words naming "suara": a comma, "menjadi" or a verb of obtaining
between ends it ("menambah suara pasangan 1, yang memperoleh 40.971.906 suara" is the count).
Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.figures.cues import alternation
from checker.figures.wording import GAINS, edge_words, may_end_with

__all__ = ["changed", "is_change"]

# Words that may stand between the change word and its figure ("naik sekitar 3 juta").
_FILLERS = r"(?:sekitar|sekira|sebanyak|sebesar|hampir|lebih\s+dari|kurang\s+lebih|suara)"
_FILLER_WORDS = ("sekitar", "sekira", "sebanyak", "sebesar", "hampir", "lebih dari",
                 "kurang lebih", "suara")


# The count as the verb's object ("perolehan suara capres-cawapres nomor urut 1"), then the
# amount's word: no clause break, no word that gives the new count or another verb's figure.
_OBJECT = (r"\s+(?:(?!menjadi\b|jadi\b|yang\b|dengan\b|" + GAINS + r")[^\s,.;:!?()]+\s+){0,8}?")
_AMOUNT_WORDS = ("sebanyak", "sebesar")
_AMOUNT = re.compile(r"(?:" + "|".join(_AMOUNT_WORDS) + r")\s*$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _verb_re(verbs: tuple[str, ...]) -> re.Pattern | None:
    if not verbs:
        return None
    return re.compile(r"(?<!\w)(?:" + alternation(verbs) + r")" + _OBJECT + _AMOUNT.pattern,
                      re.IGNORECASE)


def _verb_object(verbs: tuple[str, ...], text: str, position: int) -> bool:
    """"mengurangi perolehan suara X sebanyak N": a change verb, its object naming "suara",
    the amount's word right before `position`."""
    pattern = _verb_re(verbs)
    start = max(0, position - 90)
    if pattern is None or not may_end_with(text, start, position, _AMOUNT_WORDS) or \
            not _AMOUNT.search(text, start, position):
        return False  # (a window not ending in an amount's word is not searched: the pattern
        # was tried at each of its 90 positions, for every figure)
    found = pattern.search(text, start, position)
    return found is not None and "suara" in found.group(0).lower()


@lru_cache(maxsize=4)
def _change_re(words: tuple[str, ...]) -> tuple[re.Pattern, tuple[str, ...] | None] | None:
    """The pattern, and the words its matches end in (then only space): wording.edge_words."""
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?:\s+" + _FILLERS + r")?\s*$",
                      re.IGNORECASE), edge_words(words + _FILLER_WORDS)


def changed(rules, text: str, position: int) -> bool:
    """Is the figure at `position` a change: a change word right before it (`rules`
    change_words, is_change) or a change verb and its object (`rules` change_verbs)?"""
    return _verb_object(rules.change_verbs, text, position) or \
        is_change(rules.change_words, text, position)


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
