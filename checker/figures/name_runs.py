"""Runs of name-like words in a page's prose ("Ridwan Kamil-Suswono", "RIDWAN KAMIL - H.
SUSWONO", "pramono-rano"): where the prose reader (checker/figures/from_text.py) looks for the
pair a figure belongs to. Pure; every word's facts worked out once per page."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from checker.figures.lower_shorts import lower_short_starts
from checker.figures.official_names import official_names
from checker.figures.regions import fold
from checker.figures.wording import JOINERS, NAME_WORD, PAIR_JOIN

__all__ = ["NameRuns", "shared_words"]

_JOINED = frozenset(JOINERS)  # one hash per word, not seven comparisons
_DASHES = frozenset(("-", "\u2013", "\u2014", "--"))
# The empty box's short form, a name however it is written ("sedangkan koko 9.526 suara"):
# the record's empty boxes answer to it (checker/figures/matching.py).
_LOWER_NAMES = frozenset({"koko"})
# "suara kosong" is how some pages name the empty box too ("ada 25.756 suara kosong atau 5,92
# persen", corpus-ax's Ngawi): its one lower-case word "kosong" is then a name. (In a race
# without an empty box it names nobody: the matcher finds no pair of the race with that word.)
_EMPTY_VOTES = re.compile(r"(?<![\w-])suara\s+$", re.IGNORECASE)
# A degree after a member's comma ("Henri Melki Simu, A.Md : 38,16%", "Achmad Puaddi, FT.S.E
# -Legewarman", "Seran, MPH – ..."): dotted inside ("Ali." is a name that ends a sentence), or a
# title of the rules, and then the name goes on (a join), or its words end (a colon, a bracket,
# a figure, a lower-case word). Its words are the run's (the matcher drops what follows a
# member's comma), never a name of their own: "Md" read as a pair (blind run 10).
_DEGREE = re.compile(r"((?:[A-Z][A-Za-z]{0,3}\.){1,3}[A-Z][A-Za-z]{0,3}\.?|[A-Z][A-Za-z]{1,3}\.?)"
                     r"(?=\s*(?:[-\u2013\u2014/&+]|[,:;)]|\s[a-z]|\s*\d|$))")
# A word's facts depend only on the matcher and the rules, not on the page: kept across the
# pages read with both (a news site's pages share most of their words: "suara", "persen",
# the pairs' names), for the latest pair of them, and cleared past a bound.
_SHARED: list[tuple[object, object, dict]] = []
_MOST_WORDS = 50_000


def shared_words(matcher, figures) -> dict:
    """The dict of word facts (NameRuns._word_facts) for pages read with `matcher` and the
    figure rules `figures`, to be set as a reader's `_words`."""
    entry = _SHARED[0] if _SHARED else None
    if entry is None or entry[0] is not matcher or entry[1] is not figures:
        entry = (matcher, figures, {})
        _SHARED[:] = [entry]
    elif len(entry[2]) > _MOST_WORDS:
        entry[2].clear()
    return entry[2]


def _dateline_dash(text: str, run: list, word: re.Match, matcher) -> bool:
    """Is `run` a line's opening words, not yet joined, in capitals or a kab/kota's name
    without its prefix, and `word` after its spaced dash in title case? "SURABAYA -
    Khofifah-Emil meraih ...", "Surabaya - Khofifah-Emil ...", "Bandung - Farhan-Erwin ...":
    a city's dateline, which the record knows only with "Kota" (places.dateline reads a bare
    kab/kota name as no place); a pair in capitals goes on in capitals ("RIDWAN KAMIL - H.
    SUSWONO"), and a pair whose first member is no kab/kota's name stays joined ("Eri -
    Armuji")."""
    if run[3] or not (run[0] == 0 or text[run[0] - 1] == "\n") or \
            text[run[1]:word.start()].strip() not in _DASHES or word.group().isupper():
        return False
    opening = text[run[0]:run[1]]
    return opening.isupper() or bool(matcher is not None and matcher.bare_codes(opening))


class NameRuns:
    """Needs, from its subclass: text, stop and titles (folded_words), is_name_word,
    regions (layout.Layout: sorted by start), datelines, name_of and out.matcher (from_text); may
    set `_words` (shared_words)."""

    def pairs_named(self, start: int, end: int, scope, least: int = 0) -> dict:
        """{candidate id: (candidate, ballot number, name as written)} of the record's pairs
        named in [start, end), each as written last (a list's one pair, or none or several).
        `least`: a caller that needs that many pairs gets {} from fewer runs of names, none of
        them looked up (each run names one pair at most; a lookup, 30-60 us, is the cost)."""
        found = {}
        runs = self.runs(start, end)
        if len(runs) < least:
            return found
        for a, b in runs:
            who = self.name_of(a, b, scope)
            if who[0] is not None:
                found[who[0].id] = who
        return found

    def runs(self, start: int, end: int, first: bool = False) -> list[tuple[int, int]]:
        """Spans of name-like words in [start, end) ("Ridwan Kamil-Suswono"); `first`: only
        the first (page_roster, figure_kind, referents ask whether there is one)."""
        text, runs = self.text, []
        current: list | None = None  # [start, end, has a capital, joined words]

        def close(run) -> None:
            # A run of lower-case words only counts as a name when it has several words
            # ("pramono-rano", "kotak kosong"): one lower-case word that happens to be in some
            # candidate's name is an ordinary word ("melalui akun resmi KPU": YANSEN AKUN
            # EFFENDY is a regent candidate in Sanggau; golden
            # unofficial_quick_count_with_disclaimer).
            if run is not None and (run[2] or run[3] or _empty_votes(text, run)):
                runs.append((run[0], run[1]))

        # A word's facts by its text, once per page (_word_facts): the figures of one sentence
        # look at the same words again, and words repeat ("suara", "persen": 3.6 ms of a 20 KB
        # page's 100 when they were kept by span); only a name-like word is asked whether it
        # stands inside a region's name, and the gap before a word only when it could join.
        known = self.__dict__.setdefault("_words", {})
        shorts = self._lower_shorts()
        blocked = None  # (_no_name_spans, at the first name-like word)
        for match in NAME_WORD.finditer(text, start, end):
            if current and match.start() < current[1]:
                continue  # a word of the degree the run took in
            word = match.group()
            folded, title, upper, name_like = known.get(word) or self._word_facts(word)
            if not upper and match.start() in shorts:  # "paslon someah": the page's "(Someah)"
                upper = name_like = True
            if current and text[current[1]:match.start()].strip() == ",":
                degree = _DEGREE.match(text, match.start())
                if degree is not None and (
                        "." in degree.group(1).rstrip(".") or folded in self.titles):
                    current[1] = degree.end(1)  # "Henri Melki Simu, A.Md : 38,16%"
                    continue
            if name_like:  # not inside a region's name, a dateline or an official's title
                if blocked is None:
                    blocked = self._no_name_spans()
                index = bisect_right(blocked[0], match.start()) - 1
                name_like = index < 0 or blocked[1][index] <= match.start()
            if title or (current and folded in ("dan", "and")):
                if current and text[current[1]:match.start()].strip() in _JOINED:
                    current[1] = match.end()  # "RIDWAN KAMIL - H. SUSWONO", "Ridwan dan Suswono"
                continue
            if name_like and current and text[current[1]:match.start()].strip() in _JOINED \
                    and not _dateline_dash(text, current, match, self.out.matcher):
                current[1] = match.end()
                current[2] = current[2] or upper
                current[3] = True
            elif name_like:
                close(current)
                current = [match.start(), match.end(), upper, False]
            elif current:
                close(current)
                current = None
            if first and runs:
                return runs
        close(current)
        return runs

    def _lower_shorts(self) -> frozenset[int]:
        """Where the page writes a short name it defined in lower case after a pair's noun
        (lower_shorts), once per page; none for a reader without the page's short names."""
        found = self.__dict__.get("_lower_short_starts")
        if found is None:
            short_names = getattr(getattr(self, "out", None), "short_names", None)
            found = lower_short_starts(self.text, short_names) if short_names is not None \
                else frozenset()
            self.__dict__["_lower_short_starts"] = found
        return found

    def _no_name_spans(self) -> tuple[list[int], list[int]]:
        """(starts, furthest end so far) of the spans where no word is a name, sorted by start:
        region names (layout's regions), datelines and officials' titles ("JAKARTA - Pramono-Rano
        meraih ...": the reporter's city and its dash, which also joins a pair's members;
        "Ketua PPK Gedong Tataan, Supriyanto": official_names). Once per page: runs() asks it of
        every name-like word near every figure with one bisection (it asked the regions by
        bisection, then each dateline and title in turn)."""
        found = self.__dict__.get("_no_names")
        if found is None:
            spans = sorted([*((r.start, r.end) for r in self.regions), *self.datelines,
                            *official_names(self.text)])
            found = self.__dict__["_no_names"] = (
                [start for start, _ in spans], list(accumulate((end for _, end in spans), max)))
        return found

    def _word_facts(self, word: str) -> tuple[str, bool, bool, bool]:
        """(folded, a title or a letter, capitalised, name-like) for a word of runs(), worked
        out once per page and word. Name-like is the word's own: whether it stands inside a
        region's name depends on where, and runs() asks that."""
        folded = fold(word)
        upper = word[:1].isupper() or folded in _LOWER_NAMES
        name_like = (upper or self.is_name_word(folded)) and folded not in self.stop
        facts = self.__dict__.setdefault("_words", {})[word] = (
            folded, folded in self.titles or len(folded) <= 1, upper, name_like)
        return facts

    def _pair_like(self, name: str, start: int, resolve: bool) -> bool:
        """Is an unmatched run a name worth keeping as written? With the record, only a written
        pair ("Dandan-Arif", "X dan Y"): two capitalised words naming nobody are a fragment
        ("Hingga Kamis", issue 10). Without, several words; one word not opening a sentence.
        (The reader's Layout gives the sentence and paragraph starts.)"""
        if PAIR_JOIN.search(name):
            return True
        if resolve:
            return False
        if len(name.split()) >= 2:
            return True
        return self._start_of(self.sentences, start) != start \
            and self._start_of(self.paragraphs, start) != start


def _empty_votes(text: str, run: list) -> bool:
    """Is the lower-case run the word "kosong" right after "suara" (the empty box's votes)?"""
    return text[run[0]:run[1]].lower() == "kosong" and \
        _EMPTY_VOTES.search(text, max(0, run[0] - 8), run[0]) is not None
