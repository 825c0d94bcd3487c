"""The words of a page's text that may be part of a name (wording.NAME_WORD), found once.

The prose reader looks for the names written before every figure (from_text's runs(): the 300
characters before it, word by word), and the windows of one sentence's figures overlap: a
regex pass over each window found the same words again. Here the page's words are matched
once; a window's words are a slice of them, found by bisection, and only a word the window's
edge cuts is matched again, so the spans are exactly those of NAME_WORD.finditer(text,
start, end)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from checker.figures.wording import NAME_WORD

__all__ = ["NameWords"]


class NameWords:
    __slots__ = ("text", "spans_", "starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans_ = [m.span() for m in NAME_WORD.finditer(text)]
        self.starts = [a for a, _ in self.spans_]

    def spans(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans of NAME_WORD.finditer(text, start, end), in order."""
        spans, text = self.spans_, self.text
        index = bisect_left(self.starts, start)
        if index and spans[index - 1][1] > start:
            # `start` inside a word: finditer matches from the first letter at or after
            # `start` to the word's end (one match at most: a match opens with a letter and
            # runs to the end of the word's letters), then goes on from the word's end, as
            # the pass over the page did.
            cut = NAME_WORD.search(text, start, min(end, spans[index - 1][1]))
            if cut is not None:
                yield cut.span()
        for a, b in spans[index:]:
            if b <= end:
                yield a, b
            else:
                if a < end:  # a word cut by `end`: what finditer matches there, up to `end`
                    yield NAME_WORD.match(text, a, end).span()
                return
