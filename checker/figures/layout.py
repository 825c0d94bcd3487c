"""Positions in a page's text: the sentence and paragraph a figure is in, the nearest mark
(region, race word, election, level) that scopes it. The base of the prose reader
(checker/figures/from_text.py); pure, every lookup a bisection (linear in page size)."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.cues import mark_before

__all__ = ["Layout"]

# "54.008 suara di Kabupaten Aceh Tenggara, 32.274 di Kabupaten Aceh Singkil": the place
# written right after a figure is its place, whatever region the sentence named before.
_PLACE_AFTER = re.compile(r"[\d.,]+\s*(?:suara|persen|%)?\s*(?:di|untuk)\s+"
                          r"(?:(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.)\s+)?", re.IGNORECASE)


class Layout:
    """Needs, from its subclass: sentences, paragraphs (start offsets), regions and
    region_starts, levels and level_starts, and out.scope (the page's own scope)."""

    def _region_for(self, position: int, paragraph: int, sentence: int):
        """The region named right after the figure at `position` ("32.274 suara di
        Kabupaten Aceh Singkil"), else the nearest one (_nearest)."""
        index = bisect_right(self.region_starts, position)
        if index < len(self.regions):
            hit = self.regions[index]
            if 0 < hit.start - position <= 60 and \
                    _PLACE_AFTER.fullmatch(self.text, position, hit.start):
                return hit
        return self._nearest(self.regions, self.region_starts, position, paragraph, sentence)

    def _start_of(self, starts: list[int], position: int) -> int:
        return starts[bisect_right(starts, position) - 1]

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
