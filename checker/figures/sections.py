"""The lines and sections of a page's prose, for the prose reader (checker/figures/layout.py):
the line that introduces a list ("... sebagai berikut:") and the section headings ("Hasil
Rekapitulasi Kota Palembang") a figure stands under. Pure; each worked out once per page."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from checker.figures.revote import PSU

__all__ = ["Sections"]

# A paragraph that goes on with the one before: "Sementara itu, pasangan petahana Sabar AS-
# Sukardi berada di posisi ketiga dengan 42.689 suara" ranks the next pair of the count the
# paragraph before gave ("pada Pilkada yang digelar 27 November 2024, ... 51.828 suara"), on a
# page about Pasaman's 2025 re-vote (blind run 12).
_GOES_ON = re.compile(r"\s*(?:sementara\s+itu|sedangkan|adapun|disusul|diikuti|kemudian|"
                      r"selanjutnya|berikutnya)\b", re.IGNORECASE)
# ... unless it says when itself: a year, or a re-vote ("Sementara itu, pada PSU 19 April 2025")
_OWN_TIME = re.compile(PSU.pattern + r"|\b(?:19|20)\d\d\b", re.IGNORECASE)


class Sections:
    """Needs, from its subclass: text, sentences and paragraphs (their starts), regions and
    region_starts, and out.page (its headings)."""

    @cached_property
    def heading_starts(self) -> list[int]:
        """Where the page's section headings stand in the text (a heading is a line of its
        own; the first, the headline, is the page's scope and not a section)."""
        headings = self.out.page.headings  # (normalised: lower case)
        heads = {" ".join(h.lower().split()) for h in headings[1:200]}
        heads.discard(" ".join(headings[0].lower().split()) if headings else "")
        if not heads:
            return []
        found = []
        for index, start in enumerate(self.paragraphs):
            end = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else len(self.text)
            if end - start <= 200 and " ".join(self.text[start:end].lower().split()) in heads:
                found.append(start)
        return found

    def _headed(self, region, position: int) -> bool:
        """Does the section the figure stands in have a heading that names `region` and no
        other place ("Hasil Rekapitulasi Kota Palembang")? Then the region named again in it
        is the section's, however many paragraphs before the figure."""
        if region is None or region.code is None or not self.heading_starts:
            return False
        index = bisect_right(self.heading_starts, position) - 1
        if index < 0 or region.start < self.heading_starts[index]:
            return False
        start = self.heading_starts[index]
        end = self.text.find("\n", start)
        first = bisect_left(self.region_starts, start)
        named = {r.code for r in self.regions[first:first + 4] if r.start < end}
        return named == {region.code}

    def _intro_place(self, region, intro: int, paragraph: int) -> bool:
        """Is `region` the place the line introducing the figure's list names ("Perolehan suara
        ... Gubernur Papua Tengah di Kabupaten Mimika sebagai berikut:"), with no other
        place but those it lies in (the race's province)? Then the list's items are that
        place's, though each stands in a paragraph of its own. `intro`: _intro(paragraph)."""
        if region is None or region.code is None or not intro <= region.start < paragraph:
            return False  # (most figures: no list, or a place in the figure's own line)
        end = self.text.find("\n", intro) % (len(self.text) + 1)  # (-1: the text's end)
        # The sentence that ends with the colon, not one before it in its paragraph
        # ("Pengesahan dimulai dari Aceh Tenggara ... . Sesudah itu KIP Aceh mengumumkan ...
        # sebagai berikut:" lists the province's count).
        opens = self.sentences[bisect_right(self.sentences, end - 1) - 1]
        if not max(intro, opens) <= region.start < end:
            return False  # (or named in a line of the list, not in its introduction)
        first = bisect_left(self.region_starts, max(intro, opens))
        named = {r.code for r in self.regions[first:first + 8] if r.start < end}
        return all(code is not None and region.code.startswith(code) for code in named)

    def _intro(self, paragraph: int) -> int:
        """Where the lines of a list begin to be read: the line that introduces it with a
        colon ("... hasil resmi KPU RI adalah sebagai berikut:"), when `paragraph` is one of
        its items (lines after it that end in no full stop); else `paragraph` itself. Once
        per paragraph: every figure of a list's line asked it again (40 lines back each)."""
        known = self.__dict__.setdefault("_intros", {})
        found = known.get(paragraph)
        if found is None:
            found = known[paragraph] = self._find_intro(paragraph)
        return found

    def _election_floor(self, paragraph: int, intro: int) -> int:
        """Where an election named before a figure still scopes it: its list's intro or its
        paragraph (`intro`), or the paragraph before when its own goes on with that one
        (_GOES_ON) rather than a list's line and says no time of its own (_OWN_TIME). An
        election its own paragraph names still wins: the latest mark before the figure is
        taken."""
        if intro != paragraph or not _GOES_ON.match(self.text, paragraph):
            return intro
        index = bisect_right(self.paragraphs, paragraph) - 1
        end = self.paragraphs[index + 1] if index + 1 < len(self.paragraphs) else len(self.text)
        if index < 1 or _OWN_TIME.search(self.text, paragraph, end):
            return intro
        return self.paragraphs[index - 1]

    def same_or_next_paragraph(self, earlier: int, position: int) -> bool:
        """Is `earlier` in the paragraph of `position` or in the one just before it?"""
        index = bisect_right(self.paragraphs, position) - 1
        return index >= 0 and self.paragraphs[max(0, index - 1)] <= earlier

    def _find_intro(self, paragraph: int) -> int:
        # The line that ends the walk back, within 40 lines: a teaser list's headlines end in
        # no full stop, so each walked 40 lines again (_decisive: once a page).
        index = bisect_right(self.paragraphs, paragraph) - 1
        back = self._decisive(index - 1)
        if back is not None and back >= index - 40 and self._line_end(back) == ":":
            return self.paragraphs[back]
        return paragraph

    def _line_end(self, index: int) -> str:
        """How line `index` ends: ":", "." (empty or a full stop, ! or ?), or "" (neither)."""
        line = self.text[self.paragraphs[index]:self.paragraphs[index + 1]].rstrip()
        if line.endswith(":"):
            return ":"
        return "." if not line or line.endswith((".", "!", "?")) else ""

    def _decisive(self, index: int) -> int | None:
        """The last line at or before `index` that ends in a colon or ends the walk back."""
        known = self.__dict__.setdefault("_decisive_lines", {})
        walked, found = [], None
        while index >= 0:
            if index in known:
                found = known[index]
                break
            walked.append(index)
            if self._line_end(index):
                found = index
                break
            index -= 1
        for line in walked:
            known[line] = found
        return found
