"""A pattern's matches in a long text, tried only where one of the words it opens with starts.

A pattern that opens with a look-behind or a word boundary ("(?<!\\w)baca juga", "\\bselisih")
is tried by Python's engine at every position of the text: most of a millisecond over a 20 KB
news page. When every match opens with one of a few words (any case), those are found with
str.find in the lower case text, at C speed, and the pattern is tried with `match` there only,
leftmost first and from the end of the last match, which gives exactly finditer's matches in
order (a match cannot start anywhere else). A text with a letter that str.lower() lengthens, or
that a case-blind pattern takes for an ASCII letter without lowering to it (dotless i, long s,
dotted capital I, as checker/figures/wording.py knows them), is searched the plain way. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["ODD_CASES", "first_opening", "lowered_alike", "opening_at"]

# Letters a case-blind pattern takes for an ASCII letter without lowering to it: dotless i,
# long s, dotted capital I.
ODD_CASES = ("\u0131", "\u017f", "\u0130")


# The last long text lowered and its lowering: the page scope's headings test and the pair
# chooser's windows (checker/figures/wording.py) ask for the same prose in turn, and lowering
# a 20 KB prose that is not plain ASCII costs about 0.1 ms.
_LAST: list = []
_KEEP = 2000  # characters: shorter texts are not kept


def lowered_alike(text: str) -> str | None:
    """text.lower(), where its places are text's and a found word is what a case-blind
    pattern finds there; None for a text with an odd case or a letter that lowers to two."""
    if len(text) >= _KEEP:
        last = _LAST[:]  # (a copy: another thread may replace it)
        if last and last[0] is text:
            return last[1]
    if any(odd in text for odd in ODD_CASES):
        lowered = None
    else:
        lowered = text.lower()
        lowered = lowered if len(lowered) == len(text) else None
    if len(text) >= _KEEP:
        _LAST[:] = [text, lowered]
    return lowered


def opening_at(pattern: re.Pattern, text: str, words: tuple[str, ...]) -> Iterator[re.Match]:
    """pattern.finditer(text), `pattern` tried only where one of `words` (lower case, ASCII)
    starts: every match of `pattern` must open with one of them, in any case."""
    lowered = lowered_alike(text)
    if lowered is None:
        yield from pattern.finditer(text)
        return
    starts = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            starts.append(at)
            at = lowered.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start < end:
            continue  # inside the match before (finditer goes on from its end)
        match = pattern.match(text, start)  # (a look-behind still sees the text before)
        if match is not None:
            end = max(match.end(), start + 1)
            yield match


def first_opening(pattern: re.Pattern, text: str, words: tuple[str, ...]) -> re.Match | None:
    """pattern.search(text), `pattern` tried only where one of `words` starts (as opening_at),
    place after place from the left, stopping at the first match: a page whose first words
    already match costs a few str.find, not the places of every word."""
    lowered = lowered_alike(text)
    if lowered is None:
        return pattern.search(text)
    spots = {word: lowered.find(word) for word in words}
    while True:
        at = min((spot for spot in spots.values() if spot >= 0), default=-1)
        if at < 0:
            return None
        match = pattern.match(text, at)
        if match is not None:
            return match
        for word, spot in spots.items():
            if spot == at:
                spots[word] = lowered.find(word, at + 1)
