"""A pattern's matches in a page's text, tried only where a word that can open one starts.

The prose reader's cue patterns (claim types, race words, ballots, times, levels, ...) open
with a look-behind or a word boundary, so Python's engine tries them at every character of
the page: a dozen passes of 2-7 ms each over a 20 KB news text (issue 12). Every one of them
can only start where a word (a run of \\w) starts, and only at some words: "real count" at
"real", "TPS 09" at a word beginning "tps". The page's words are split and folded once, at C
speed (region_words._scan, which the region scan needs anyway); a pattern is then tried with
`match` at the words its keys name, which gives exactly the matches of `finditer`, in order
(a match found at s is the one the search would find at s; the positions skipped cannot
start one). A word that is not plain ASCII, or holds an apostrophe, is tried at every word
start inside it: its folded form may differ from the text the pattern sees ("ſ" matches "s"
case-blind; "rekapitulasi's" folds to one word). A text with too many of those (a page in
another script) is searched the ordinary way: never worse than before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import chain

from checker.figures.regions import scan_words

__all__ = ["Keys", "find_at_words", "phrase_keys"]

_RUN_START = re.compile(r"(?<!\w)\w")
# A character of a word that is not plain ASCII, or an apostrophe (inside a word of _scan):
# one of _MAYBE_ODD (any character but plain ASCII other than "'": a simple range class, 3x
# faster over a page than the \w test in the pattern) that is "'", "\u2019" or \w (re's \w
# is str.isalnum() or "_", and "_" is ASCII).
_MAYBE_ODD = re.compile(r"[^\x00-\x26\x28-\x7f]")
_MOST_ODD = 2000  # more words to try letter by letter than this: search the plain way
_FIRST_RUN = re.compile(r"\w+")
# A title or a short heading: one plain search costs less than splitting its words. Longer
# (a heading, a small page's prose), the words cost less than one plain pass of a long
# case-blind alternation (the claim types': 0.7 us a character). Issue 12 §5, cachegrind,
# instructions a check, this limit at 400 -> 80: a 0.3 KB hostile page 13.4M -> 12.25M, a
# 20 KB news page 392.9M -> 393.3M (at 0: 12.25M and 394.6M).
_SHORT = 80
# A prefix's words cost about as much to find by bisection as this many keys' by look-up.
_PREFIX_COST = 4


class Keys:
    """The words a pattern's match can open with, folded (lower case, no "'" or final
    "."): whole words, and beginnings of words ("tps" for "TPS09")."""

    __slots__ = ("exact", "prefixes")

    def __init__(self, exact: Iterable[str] = (), prefixes: Iterable[str] = ()) -> None:
        self.exact = frozenset(exact)
        self.prefixes = tuple(prefixes)


def phrase_keys(phrases: Iterable[str]) -> Keys | None:
    """Keys for `(?<!\\w)(?:phrase|...)` built from phrases (rules words): the first run of
    \\w of each, lower case. None (search the plain way) when a phrase opens with anything
    else, or is not ASCII (a case-blind "s" also matches "ſ": no folded key says so)."""
    exact = set()
    for phrase in phrases:
        first = _FIRST_RUN.match(phrase)
        if first is None or not phrase.isascii():
            return None
        exact.add(first.group(0).lower())
    return Keys(exact)


class _PageWords:
    __slots__ = ("text", "sorted_words", "index", "odd")

    def __init__(self, text: str) -> None:
        self.text = text
        words, folded = scan_words(text)
        offsets = words.offsets
        word_starts = offsets[0::2]
        # Where each folded form stands, and the distinct forms in order: a key's words are one
        # look-up, a prefix's a slice found by bisection (no Python step per word of the page
        # per pattern). Sorting the distinct forms (a third of the words), not every word,
        # halves the cost of this index.
        index: dict[str, list[int]] = {}
        for word, start in zip(folded, word_starts):
            known = index.get(word)
            if known is None:
                index[word] = [start]
            else:
                known.append(start)
        self.index = index
        self.sorted_words = sorted(index)
        # Words whose folded form may not be what a pattern sees: every run start in them.
        # (Found with one charset search, not by looking at every word in Python.)
        odd: list[int] = []
        seen: set[int] = set()
        for hit in _MAYBE_ODD.finditer(text):
            if not (hit.group() in "'\u2019" or hit.group().isalnum()):
                continue
            index = bisect_right(word_starts, hit.start()) - 1
            if index < 0 or index in seen or offsets[2 * index + 1] <= hit.start():
                continue  # a quote mark between words
            seen.add(index)
            raw, start = words.raw[index], word_starts[index]
            odd += [start + m.start() for m in _RUN_START.finditer(raw)]
            if len(odd) > _MOST_ODD:
                self.odd = None
                return
        self.odd: list[int] | None = odd

    def starts(self, keys: Keys) -> list[int] | None:
        if self.odd is None:
            return None
        words, index = self.sorted_words, self.index
        found: list[int] = list(self.odd)
        exact, prefixes = keys.exact, keys.prefixes
        if len(words) < len(exact) + _PREFIX_COST * len(prefixes):
            # A small text (a hostile page's few lines, a heading): fewer distinct words than
            # look-ups to make, so each word is asked instead. The same starts (a word that
            # two prefixes open is in once, not twice: _matches tries a start once either way).
            for word in words:
                if word in exact or prefixes and word.startswith(prefixes):
                    found += index[word]
            found.sort()
            return found
        for key in exact:
            found += index.get(key, ())
        for prefix in prefixes:
            low = bisect_left(words, prefix)
            high = bisect_left(words, prefix + "\U0010ffff", low)
            # (a prefix that is also a key: its words are already in)
            if prefix in keys.exact:
                low = bisect_right(words, prefix, low)
            found += chain.from_iterable(map(index.__getitem__, words[low:high]))
        found.sort()
        return found


# The last few texts read (compared by identity, then by value: a slice of the prose is a new
# string each time), newest last: a page's head and prose are asked in turn
# (region_words.scan_words keeps as many, for the same reason). Five, not four: with this
# stop's checks a news page asks four other short texts (headings, excerpts, captions) between
# two askings of its prose, and the prose's index (about 1.5 ms on 20 KB) was built twice.
_LAST: list[_PageWords] = []
_KEEP = 5


def _page_words(text: str) -> _PageWords:
    for words in reversed(_LAST[:]):  # (a copy: another thread may replace it)
        if words.text is text or words.text == text:
            return words
    words = _PageWords(text)
    _LAST[:] = _LAST[-(_KEEP - 1):] + [words]
    return words


def find_at_words(pattern: re.Pattern, text: str, keys: Keys | None,
                  also: list[int] | tuple[int, ...] = ()) -> Iterator[re.Match]:
    """pattern.finditer(text), trying `pattern` only at the words `keys` names and at the
    positions `also` (a pattern's wordings that open with no word: "(01)")."""
    if keys is None or len(text) < _SHORT:
        return pattern.finditer(text)
    starts = _page_words(text).starts(keys)
    if starts is None:
        return pattern.finditer(text)
    if also:
        starts = sorted({*starts, *also})
    return _matches(pattern, text, starts)


def _matches(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the match before (finditer goes on from its end)
        match = pattern.match(text, start)
        if match is not None:
            end = max(match.end(), start + 1)
            yield match
