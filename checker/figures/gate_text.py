"""The page's prose as scope_gate reads it: paragraphs (one line per block), their sentences,
where a claim's excerpt stands, and answers worked out once per page (a page's figures share
their sentences and paragraphs; a hostile page's one endless paragraph must not be scanned
again for every claim). Pure."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.analyse.page import Page
from checker.figures.captions import caption_lines
from checker.figures.region_words import joined_lines
from checker.figures.teasers import OPENS, teaser_spans
from checker.figures.wording import may_say

__all__ = ["GateText", "split_sentences"]

_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)(?=[\"'\u201c(]?[A-Z0-9])")
_PLACES = 20  # the places of one excerpt looked at, at most


def split_sentences(line: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


class GateText:
    """The page's prose as paragraphs (one line per block) and sentences, and where a claim's
    excerpt stands in it."""

    def __init__(self, page: Page) -> None:
        self.lines = [" ".join(line.split()) for line in page.prose.split("\n")]
        self.lines = [line for line in self.lines if line]
        self.starts, position = [], 0
        for line in self.lines:
            self.starts.append(position)
            position += len(line) + 1
        self.joined = " ".join(self.lines)
        self._spans: dict[int, list[tuple[int, int]]] = {}
        # What one claim asks is asked again by the next: the same excerpt, sentence or
        # paragraph (a page's figures share them). Each answer is worked out once per page;
        # a hostile page's one endless paragraph was scanned again for every claim.
        self._found: dict[str, list[int]] = {}
        self._memo: dict[tuple, object] = {}

    def sentences(self, index: int) -> list[tuple[int, int]]:
        """Sentence spans of paragraph `index`, split once: a hostile page's one endless
        block must not be split again for every claim."""
        if index not in self._spans:
            self._spans[index] = split_sentences(self.lines[index])
        return self._spans[index]

    def places(self, excerpt: str) -> list[tuple[int, str, str]]:
        """(paragraph index, sentence, paragraph) for each place the excerpt stands. An
        excerpt may run across a block's end (it is a window around the figure): the block
        holding its middle, where the figure is, is the one."""
        found: list[tuple[int, str, str]] = []
        for at in self.occurrences(excerpt):
            middle = at + len(excerpt) // 2
            index = max(0, bisect_right(self.starts, middle) - 1)
            line, offset = self.lines[index], middle - self.starts[index]
            for start, end in self.sentences(index):
                if start <= offset < end or end == len(line):
                    found.append((index, line[start:end], line))
                    break
        return found

    def touched(self, excerpt: str) -> set[int]:
        """Every paragraph an excerpt runs over (a figure's window may start in the heading
        above its paragraph when no full stop ends the heading)."""
        found = self.occurrences(excerpt)
        if not found:
            return set()
        at = found[0]
        first = max(0, bisect_right(self.starts, at) - 1)
        last = max(0, bisect_right(self.starts, at + len(excerpt) - 1) - 1)
        return set(range(first, last + 1))

    def occurrences(self, excerpt: str) -> list[int]:
        """Where the excerpt stands in the joined text: its first _PLACES occurrences (they
        may overlap), in order, as `find` from each one on gives them; once per excerpt."""
        found = self._found.get(excerpt)
        if found is None:
            found = self._found[excerpt] = self._occurrences(excerpt) if excerpt else []
        return found

    def _occurrences(self, excerpt: str) -> list[int]:
        found = []
        at = self.joined.find(excerpt)
        while at >= 0 and len(found) < _PLACES:
            found.append(at)
            at = self.joined.find(excerpt, at + 1)
        return found

    def saying(self, word: str) -> list[int]:
        """The paragraphs that may_say(line, word) (a lower-case word with no space): found
        with one lowering and a str.find over the joined text, not a call per paragraph (a
        320 KB page's 2,000 of them). A character may_say takes for an ASCII letter, or one
        whose lower case is longer, anywhere: every paragraph is asked the plain way."""
        joined = self.joined
        lowered = joined.lower()
        if len(lowered) != len(joined) or may_say(joined):  # (no word: True only for those)
            return [i for i, line in enumerate(self.lines) if may_say(line, word)]
        found, at = [], lowered.find(word)
        while at >= 0:  # (a word without a space never runs across the " " between lines)
            index = bisect_right(self.starts, at) - 1
            if not found or found[-1] != index:
                found.append(index)
            at = lowered.find(word, at + 1)
        return found

    def once(self, function, *args):
        """function(*args), worked out once per page for each text (a sentence or a paragraph
        that several claims stand in)."""
        key = (function, args)
        if key not in self._memo:
            self._memo[key] = function(*args)
        return self._memo[key]

    def lead(self, page: Page) -> str:
        """The title, the first headings and the opening paragraph: what the article is about."""
        parts = [page.title, page.og_title, *page.headings[:2]]
        captions = caption_lines(self.lines[:11], page.captions)
        asides = self._asides(10)
        for index, line in enumerate(self.lines[:10]):
            if index in captions:
                continue  # a photo caption says where a picture was taken, not the story's scope
            if OPENS.match(line) or index in asides:
                continue  # "Baca juga: Hasil Pilkada Kota Denpasar ...": another article's place
            parts.append(line)
            if len(line) >= 80:  # the first real paragraph: later ones are the story
                break
        # (joined so that the region scan reads the long opening paragraph's words once)
        return joined_lines([p for p in parts if p])

    def _asides(self, count: int) -> set[int]:
        """The indexes, among the first `count` lines, of the lines teasers.teaser_spans reads
        as other articles' headlines: "Baca juga:" alone on its line heads the headline in the
        paragraph under it (stored copies of merahputih and suara.com; blind hunt 46: "Baca
        Juga: / Biaya Pengiriman Logistik Pemilu 2024 di Papua ..." was read as the lead's
        place, and a province's decree under a city's headline held as the city's)."""
        lines = self.lines[:count]
        starts, at = [], 0
        for line in lines:
            starts.append(at)
            at += len(line) + 1
        spans = teaser_spans("\n".join(lines), starts)
        return {starts.index(start) for start, _ in spans if start in starts}
