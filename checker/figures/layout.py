"""Positions in a page's text: the sentence and paragraph a figure is in, the nearest mark
(region, race word, election, level) that scopes it. The base of the prose reader
(checker/figures/from_text.py); pure, every lookup a bisection (linear in page size)."""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property
from itertools import accumulate

from checker.figures.cues import mark_before

__all__ = ["Layout"]


class Layout:
    """Needs, from its subclass: sentences, paragraphs (start offsets), regions, levels and
    level_starts, and out.scope (the page's own scope); `_index()` sets all but the first two."""

    def __getattr__(self, name: str):
        """The indexes of a page's prose (regions, cue marks: a dozen passes over the text)
        are built on first use, when a figure is found: a page whose numbers are none of
        them a figure never pays for them (issue 12)."""
        if name.startswith("__") or self.__dict__.get("_indexed"):
            raise AttributeError(name)
        self.__dict__["_indexed"] = True
        self._index()
        return getattr(self, name)

    @cached_property
    def region_starts(self) -> list[int]:
        return [r.start for r in self.regions]

    def _start_of(self, starts: list[int], position: int) -> int:
        return starts[bisect_right(starts, position) - 1]

    @cached_property
    def region_reach(self) -> list[int]:
        """The furthest end among regions[:i + 1], for every i (regions overlap at most where
        the country is named inside a region's name)."""
        return list(accumulate((r.end for r in self.regions), max))

    def _in_region(self, position: int) -> bool:
        """Is `position` inside a region's name? One bisection: runs() asks it for every
        word near every figure (it used to list the regions in reach on every call)."""
        index = bisect_right(self.region_starts, position) - 1
        return index >= 0 and self.region_reach[index] > position

    def _nearest(self, marks, starts: list[int], position: int, paragraph: int,
                 sentence: int, anywhere: bool = True):
        """The mark before `position` in its paragraph, else the first after it in its
        sentence ("... 1.440.904 suara di Pilgub Aceh"), else (anywhere) any mark before."""
        index = bisect_right(starts, position) - 1
        before = marks[index] if index >= 0 else None
        if before is not None and before.start >= paragraph:
            return before
        if index + 1 < len(marks):
            after = marks[index + 1]
            if self._start_of(self.sentences, after.start) == sentence and \
                    self._start_of(self.paragraphs, after.start) == paragraph:
                return after
        return before if anywhere else None

    def _lower(self, position: int, paragraph: int, sentence: int) -> bool:
        """Is the figure counted at a TPS, desa or kecamatan? The latest level word before it
        in its paragraph says so, unless a province or kab/kota is named after that word (and
        not as the TPS's address: "TPS 09 Desa Sumerta Kaja, Denpasar"); else a level word
        after it in its sentence ("295 suara di TPS itu"); else the page's title."""
        level = mark_before(self.levels, self.level_starts, position, paragraph)
        index = bisect_right(self.region_starts, position) - 1
        region = self.regions[index] if index >= 0 and \
            self.regions[index].start >= paragraph else None
        if region is not None and (level is None or region.start > level.start):
            own = self._start_of(self.sentences, region.start)
            address = mark_before(self.levels, self.level_starts, region.start, own)
            if address is None or address.value != "lower":
                return False
            level = address
        if level is not None:
            return level.value == "lower"
        following = bisect_right(self.level_starts, position)
        if following < len(self.levels):
            after = self.levels[following]
            if after.value == "lower" and \
                    self._start_of(self.sentences, after.start) == sentence and \
                    self._start_of(self.paragraphs, after.start) == paragraph:
                return True
        return self.out.scope.lower
