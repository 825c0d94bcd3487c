"""Positions in a page's text: the sentence and paragraph a figure is in, the nearest mark
(region, race word, election, level) that scopes it. The base of the prose reader
(checker/figures/from_text.py); pure, every lookup a bisection (linear in page size)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import accumulate

from checker.figures.area_lists import listed_below
from checker.figures.asides import scope_before
from checker.figures.back_area import points_to_kabkota
from checker.figures.bare_names import bare_before
from checker.figures.collect import RECORDED
from checker.figures.here_back import points_past
from checker.figures.cues import mark_before
from checker.figures.included import included_later
from checker.figures.joined_areas import among_several
from checker.figures.numbers import detect_style
from checker.figures.office_since import kecamatan_last
from checker.figures.places import partial_at
from checker.figures.race_before import race_before, race_said_before
from checker.figures.ranked_aside import ranked_aside
from checker.figures.related import before_teasers
from checker.figures.sections import Sections
from checker.figures.whole_list import whole_of_list
from checker.figures.wording import ends_list, won_before
from checker.figures.won_part import part_before_tally, won_part
from checker.figures.won_places import not_its_place, won_list_item

__all__ = ["Layout"]
# "32.274 di Kabupaten Aceh Singkil", "dari Garut", "56,29 persen (Sumatera Barat)", "72 persen
# suara di Surabaya" (blind 38): the place written right after a figure is its place, whatever
# region its sentence named first. (A figure's last digits and unit: where the three below start.)
_FIGURE_UNIT = r"(?:\d[\d.,]*\d|\d)[^\S\n]*(?:suara|(?:persen|%)(?:[^\S\n]+suara)?)?[^\S\n]*"
_PLACE_AFTER = re.compile(_FIGURE_UNIT + r"(?:\(|(?:di|untuk|dari)[^\S\n]+)[^\S\n]*"
                          r"(?:(?:Kabupaten|Kab\.|Kota|Provinsi|Prov\.)[^\S\n]+)?", re.IGNORECASE)
# "9.694 suara untuk Wali Kota", "57,18 persen di Pilwalkot dan 65,96 persen di Pilgub" (blind
# hunt 33): the race written right after a figure is its race, whatever race word came before.
_RACE_AFTER = re.compile(_FIGURE_UNIT + r"(?:untuk|bagi|di|pada|dalam)[^\S\n]+(?:(?:pemilihan|"
                         r"pilkada|calon|ajang)[^\S\n]+)?", re.IGNORECASE)
_LEVEL_AFTER = re.compile(_FIGURE_UNIT + r"(?:di|dari)[^\S\n]+", re.IGNORECASE)
# "539.482 suara", "dari 5.964 TPS": a count with its unit (see Layout._beyond_lower).
_BIG_COUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![\d,]|\.\d)[^\S\n]*(suara|TPS)\b",
                        re.IGNORECASE)
# A list item that opens with its place: "Morowali: 60.491 suara", "- Poso (PS): 42.805".
_LABEL = re.compile(r"(?: ?\([A-Za-z.]{1,10}\))?[^\S\n]*:[^\S\n]*\S")
_LINE_LEAD = re.compile(r"[^\S\n]*(?:(?:\d{1,2}[.)]|[-\u2013\u2022*])[^\S\n]*)?")
# Where places.PARTIAL ("di 34 provinsi") may match in a window, from the space before the
# count (no \b or look-ahead, which a window's end could cut): none of these, no partial tally.
_PARTIAL_SPOT = re.compile(r"\s\d{1,3}\s+(?i:provinsi|kabupaten|kota|kab/kota|kecamatan)")
# A pair's best kecamatan named as an aside ("Suara tertingginya datang dari Kapanewon
# Pengasih", "Sumbangan terbesar ... dari Kecamatan X"): the race's level after it (corpus-p).
_BEST_OF = re.compile(r"\b(?:tertinggi|terbesar|terbanyak)(?:nya)?\b[^.\n]*\b(?:datang|"
                      r"berasal|disumbang\w*)\s+(?:dari|oleh)\s+$", re.IGNORECASE)
_FAR = 1 << 62  # the end of the last sentence or paragraph


class Layout(Sections):
    """Needs, from its subclass: text, runs(start, end), sentences, stops (their ends) and
    paragraphs (starts), regions, levels, elections (+ starts), out.scope; _index() sets marks."""

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
    def style(self) -> str | None:
        """How the page writes numbers (numbers.detect_style): the reader's and carried_area's."""
        return detect_style(self.text)

    @cached_property
    def region_starts(self) -> list[int]:
        return [r.start for r in self.regions]

    def _region_for(self, position: int, where: tuple[int, int, int, int]):
        """The region named right after the figure at `position` ("32.274 suara di
        Kabupaten Aceh Singkil"), else the nearest one (_near), never one of the sentence's
        next item or of a list of places won after it (won_places). `where`: _where(position)."""
        sentence, sentence_end, paragraph = where[0], where[1], where[2]
        index = bisect_right(self.region_starts, position)  # the first region after it
        hit = self.regions[index] if index < len(self.regions) else None
        if hit is not None and 0 < hit.start - position <= 60 and \
                _PLACE_AFTER.fullmatch(self.text, position, hit.start):
            return hit  # (_right_after)
        nearest = self._near(self.regions, index, paragraph, where)
        if nearest is not None and nearest.start < paragraph:  # (a teaser is its own line)
            nearest = before_teasers(self, self.regions, index, position)
        if nearest is not None and nearest.start > position and \
                not_its_place(self.text, position, nearest.start):
            nearest = self.regions[index - 1] if index > 0 else None
        if nearest is not None and nearest.start < paragraph and not nearest.line and \
                self._region_fact(nearest, "label"):
            # "Morowali: 60.491 suara", a list's item: its own line's place, not the next one's
            return None
        if nearest is not None and nearest.start < sentence and index < len(self.regions):
            # "Di Jakarta, ... 57,95 persen secara nasional": its own sentence says the country's
            after = self.regions[index]
            if after.code == "" and after.start > position and after.start < sentence_end:
                return after  # (in the figure's sentence)
        if nearest is not None and nearest.code and nearest.start < sentence and \
                (self._region_fact(nearest, "list") or
                 included_later(self, nearest, position, where[3])):
            # "menguasai Jawa dan Bali, ..., hingga Papua.": a list's last, sentences before, is
            # no area of the figures after it; nor a place won before, nor one it includes.
            return None
        if won_part(self, nearest, position, where) == "whole":
            return None  # "X hanya unggul di Kabupaten A. Secara keseluruhan, ...": the race's
        nearest = part_before_tally(self, nearest, where) or nearest  # ("A dari 10 kab/kota di B")
        if nearest is not None and index >= 2 and nearest is self.regions[index - 1]:
            return whole_of_list(self, index - 1, position) or nearest  # all kab/kota summed
        return nearest

    def _region_fact(self, region, fact: str) -> bool:
        """Is the region a list line's label ("Morowali: 60.491 suara"), or the last of a list
        ("..., Nusa Tenggara, hingga Papua") or a place won before? Once per region and page:
        the figures after a region ask it of the same one again (ends_list: 7 us a call)."""
        known = self.__dict__.setdefault("_region_facts", {})
        key = (region.start, region.end, fact)
        found = known.get(key)
        if found is None:
            text = self.text
            found = known[key] = bool(
                _LABEL.match(text, region.end) and _LINE_LEAD.fullmatch(
                    text, text.rfind("\n", 0, region.start) + 1, region.start)
                if fact == "label" else ends_list(text, region.start) or
                won_before(text, region.start) or won_list_item(text, region.start))
        return found

    def _race_after(self, position: int):
        """The race word right after the figure ("9.694 suara untuk Wali Kota"), if any."""
        return self._right_after(self.kinds, self.kind_starts, position, 40, _RACE_AFTER)

    def _right_after(self, marks, starts: list[int], position: int, reach: int, gap):
        """The first mark after `position`, when it starts within `reach` characters and only
        `gap` (a pattern: "suara di", "suara untuk") stands between."""
        index = bisect_right(starts, position)
        hit = marks[index] if index < len(marks) else None
        if hit is not None and 0 < hit.start - position <= reach and \
                gap.fullmatch(self.text, position, hit.start):
            return hit
        return None

    def _kind_for(self, position: int, where: tuple[int, int, int, int]):
        """The race word right after the figure (_race_after), else the nearest in its
        paragraph or sentence (_near)."""
        index = bisect_right(self.kind_starts, position)
        hit = self.kinds[index] if index < len(self.kinds) else None
        if hit is not None and 0 < hit.start - position <= 40 and \
                _RACE_AFTER.fullmatch(self.text, position, hit.start):
            return hit
        return self._near(self.kinds, index, where[2], where, anywhere=False)

    def _kind_of_before(self, kind: str | None, position: int, number=None) -> str | None:
        """The race of a pair named by its ballot number alone, in a paragraph that names no
        race: the race named by its words, else of the pair the page named, just before (in
        this paragraph or the one before), not the headline's race. detikBali: "Mulia-PAS ...
        261 suara" (governor), then "Paslon nomor urut satu 261 suara" (a mayor's TPS)."""
        previous, where = self.__dict__.get("previous"), self._where(position)
        race = race_before(self, previous)  # (or the race of a ballot number it lacks)
        if self._kind_for(position, where) is not None:
            return kind  # the paragraph names its race
        before = scope_before(self, where[2])  # asides between skipped ("Baca juga")
        said = race_said_before(self, previous, where[2], before, number)  # since, in words
        if said is not None or race is None or race == kind:
            return said or kind
        return race if previous[1] >= (where[2] if before is None else before) else kind

    def _in_race_after(self, carried, position: int, scope):
        """A pair carried from the figure before, in the race written right after this figure:
        "Paslon 04 meraih 20.748 suara untuk Gubernur dan 9.694 suara untuk Wali Kota" is
        ballot 4 of the mayor race, not the governor pair again (Pasundan News, Kota Banjar);
        nobody when that race has no such ballot number."""
        after = self._race_after(position)
        cand, nomor = carried[0], carried[1]
        if after is None or cand is None or cand.race.kind == after.value:
            return carried
        area = scope.region.code if scope.region is not None else None
        found = self.out.candidate(area, after.value, nomor, None) if nomor is not None else None
        return (found, nomor, None) if found is not None else None

    def _race_wide(self, mark, kind: str | None, position: int, paragraph: int,
                   sentence: int) -> bool:
        """Is the figure a pollster's quick count of a Pilkada race, with no TPS, desa or
        kecamatan named in its own paragraph? A quick count estimates the whole race: never
        the TPS or the city a story named before it (SINDOnews, 27 Nov 2024: the TPS where a
        candidate voted, then Litbang Kompas's quick count of Sumut)."""
        if mark is None or mark.value != "quick_count" or kind not in ("governor",
                                                                       "regent_mayor"):
            return False
        own = mark_before(self.levels, self.level_starts, position, paragraph)
        if own is not None and own.value == "lower":
            return False
        following = bisect_right(self.level_starts, position)
        return not (following < len(self.levels) and self.levels[following].value == "lower"
                    and self._start_of(self.sentences, self.levels[following].start) == sentence)

    @staticmethod
    def _loose(word: str) -> bool:
        """A title-case word ("Petahana", "Tetapkan", "Raih"): in a headline or before an
        epithet it may be no part of the pair beside it (matching.inner_pairs tries without).
        Never a word in capitals: a card's lines in capitals run together."""
        return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()

    def _where(self, position: int) -> tuple[int, int, int, int]:
        """(sentence, its end, paragraph, its end) of `position`: a mark after it is in its
        sentence when it starts before that end, a comparison, not a bisection per mark."""
        sentences, paragraphs, stops = self.sentences, self.paragraphs, self.stops
        s, p, e = (bisect_right(starts, position) for starts in (sentences, paragraphs, stops))
        return (sentences[s - 1], stops[e] if e < len(stops) else _FAR,
                paragraphs[p - 1], paragraphs[p] if p < len(paragraphs) else _FAR)

    def _near(self, marks, index: int, floor: int, where: tuple[int, int, int, int],
              anywhere: bool = True):
        """_nearest, given index = bisect_right(starts, position) and where = _where(position):
        the mark before in its paragraph (from `floor`: the paragraph or the list's intro),
        else the first after it in its sentence and paragraph, else (anywhere) any before."""
        before = marks[index - 1] if index >= 1 else None
        if before is not None and before.start >= floor:
            return before
        if index < len(marks) and marks[index].start < where[1] and floor == where[2] and \
                marks[index].start < where[3]:
            return marks[index]  # (an intro's line before the paragraph is not its paragraph)
        return before if anywhere else None

    def _partial(self, start: int, end: int) -> bool:
        """places.partial_at(text, start, end), asked only where a count of provinces or
        kab/kota could be: most figures have none near (7 of a scope's 50 us)."""
        spots = self.__dict__.get("_partial_spots")
        if spots is None:
            spots = self.__dict__["_partial_spots"] = [
                m.start() for m in _PARTIAL_SPOT.finditer(self.text)]
        index = bisect_left(spots, start)
        return index < len(spots) and spots[index] < end and partial_at(self.text, start, end)

    def _start_of(self, starts: list[int], position: int) -> int:
        return starts[bisect_right(starts, position) - 1]

    def _abroad(self, position: int, sentence: int, paragraph: int):
        """Votes abroad named right after the figure in its sentence ("421.605 suara di 127
        wilayah PPLN"), or before it in its paragraph ("... di 127 wilayah PPLN. Di urutan
        kedua Anies-Muhaimin dengan 120.085 suara"): the votes abroad, not a region's."""
        if not self.abroad_named:
            return None  # most pages: no need to look around every figure
        following = bisect_right(self.place_starts, position)
        if following < len(self.places) and self.places[following].value == "abroad" and \
                self.places[following].start - position <= 60 and \
                self._start_of(self.sentences, self.places[following].start) == sentence:
            return self.places[following]
        # (Also in the paragraph right before: a news site's one sentence a paragraph; not from
        # further back, past a heading: "di Malaysia", "Video Pertama", corpus-ad. It only holds.)
        before = mark_before(self.places, self.place_starts, position, max(min(
            paragraph, position - 300), self._start_of(self.paragraphs, max(0, paragraph - 1))))
        if before is None or before.value != "abroad":
            return None
        # Unless its own paragraph tallies provinces ("hasil Pilpres di 32 provinsi: ..."):
        # the country's count, not the votes abroad.
        return before if before.start >= paragraph or not self._partial(paragraph, position) \
            else None

    @cached_property
    def abroad_named(self) -> bool:
        return any(m.value == "abroad" for m in self.places)

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

    def _lower(self, position: int, where: tuple[int, int, int, int]) -> bool:
        """At a TPS, desa or kecamatan? An item of a list introduced as such; the latest level
        word before it in its paragraph, unless a province or kab/kota is named after it (not
        as the TPS's address: "TPS 09 Desa Sumerta Kaja, Denpasar"); a level word after it in its
        sentence ("295 suara di TPS itu"); else the title."""
        paragraph = where[2]
        after = self._right_after(self.levels, self.level_starts, position, 40, _LEVEL_AFTER)
        if listed_below(self, paragraph, position) or after is not None and \
                after.value == "lower":
            return True  # (or "63,43% di Kecamatan Batu": the place written right after it)
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
            if after.value == "lower" and after.start < where[1] and after.start < where[3]:
                return True  # (in the figure's sentence and paragraph)
        return self.out.scope.lower

    def _unclear(self, region, position: int, where: tuple[int, int, int, int],
                 wide: bool = False, lower: bool = False) -> bool:
        """No one area for the figure: the place before it is one of a list ("unggul di Aceh
        dan Sumatera Barat") or "di sini" points past it, or its paragraph names none and the
        last place named before it is a kecamatan, desa or TPS (issue 10: a region far away is
        no evidence), unless (`wide`: a pair's or progress figure) its counts are too large."""
        paragraph = where[2]
        if among_several(self, region, position, paragraph) or points_past(
                self.text, self.regions, self.region_starts, region, where):
            return True
        # "... menyebut Bukittinggi sebagai ..., yaitu 89,46%" (bare_names): only where the
        # figure would otherwise take an area (the region named or the page's); a TPS's or a
        # kecamatan's figure is held as such, and with no area at all a pair's race decides.
        page_area = self.out.scope.region
        if included_later(self, region or page_area, position, where[3]):
            return True  # "..., termasuk di Papua": a whole's count, not the title's place's
        if not lower and (region or page_area) is not None and bare_before(
                self.text, self.out.matcher, region, region or page_area, page_area, position,
                where[0]) or points_to_kabkota(self.text, region or page_area, position,
                                               where[0]):  # "dari kabupaten itu" (back_area)
            return True
        if region is not None and (region.start >= paragraph or region.line):
            return False
        own = mark_before(self.levels, self.level_starts, position, paragraph)
        if own is not None and own.value == "lower":
            return False  # "Kecamatan Buayan: ...": this paragraph's own place (_lower)
        level = mark_before(self.levels, self.level_starts, paragraph)
        if level is not None and level.value == "lower" and (_BEST_OF.search(
                self.text, max(self._start_of(self.sentences, level.start), level.start - 80),
                level.start) or ranked_aside(self, level, paragraph, where[1])):
            return False  # "Suara tertingginya datang dari Kapanewon Pengasih": an aside
        return level is not None and level.value == "lower" and kecamatan_last(self.text, region, (
            level.start, where[0], position)) and not (wide and self._beyond_lower(paragraph))

    def _beyond_lower(self, paragraph: int) -> bool:
        """Does the paragraph give a count no kecamatan, desa or TPS reaches: a pair's half
        million votes, or thousands of TPS ("5.219 TPS atau 87,51 persen dari 5.964 TPS")?
        Then a kecamatan named paragraphs before is not where it was counted (ANTARA Jateng,
        KPU Cilacap: the one kecamatan that had not begun its recapitulation)."""
        known = self.__dict__.setdefault("_beyond", {})
        if paragraph not in known:
            index = bisect_right(self.paragraphs, paragraph)
            end = self.paragraphs[index] if index < len(self.paragraphs) else len(self.text)
            line = self.text[paragraph:min(end, paragraph + 2000)]
            known[paragraph] = any(
                int(m.group(1).replace(".", "")) >= (3000 if m.group(2).lower() == "tps"
                                                     else 500_000)
                for m in _BIG_COUNT.finditer(line))
        return known[paragraph]

    def _fraction(self, fractions, used: set[int], sentence: int, number):
        for index, fraction in enumerate(fractions):
            if index not in used and self._start_of(self.sentences, fraction.start) == sentence \
                    and abs(fraction.start - number.end) <= 120:
                used.add(index)
                return fraction
        return None

    def _past(self, position: int) -> bool:
        """Does the sentence at `position` name an election the record does not hold?"""
        sentence = self._start_of(self.sentences, position)
        known = self.__dict__.setdefault("_past_sentences", {})  # once a sentence
        if sentence not in known:
            known[sentence] = False
            first = bisect_left(self.election_starts, sentence)
            for mark in self.elections[first:first + 8]:
                if self._start_of(self.sentences, mark.start) != sentence:
                    break
                if mark.value not in RECORDED:
                    known[sentence] = True
                    break
        return known[sentence]
