"""The shortcuts of branch perf-prose5 (issue 12 §5): each gives what the plain call gave. The
word patterns of the interim and projection holds are built once per rule set; sub_areas keeps
each kab/kota's kecamatan names and the bare-name pattern with the matcher (not per page), and
that pattern opens with a look-ahead naming the letters its place words open with."""

from __future__ import annotations

import re

import pytest

from builders import context
from checker.figures import projected, sub_areas
from checker.figures.matching import matcher_for


@pytest.fixture(scope="module")
def matcher(shipped_record):
    """The matcher of the rules and the record the package ships (its kecamatan too)."""
    return matcher_for(shipped_record, context().rules.figures)


def test_word_patterns_built_once_are_the_ones_built_each_time():
    figures = context().rules.figures
    for cue, words in ((projected.word_cue, figures.interim_words),
                       (projected.word_cue, figures.projection_words),
                       (projected.word_cue, figures.hope_words)):
        assert words
        assert cue(words) is cue(words)
        assert cue(words).pattern == cue.__wrapped__(words).pattern
        assert cue(words).flags == cue.__wrapped__(words).flags
    assert projected.word_cue(()) is None


def _plain(names: tuple[str, ...]) -> re.Pattern:
    """sub_areas' bare-name pattern as it was written before the look-ahead."""
    alternation = "|".join(r"[^\S\n]+".join(map(re.escape, n.split())) for n in names)
    return re.compile(r"\b(?:[Dd]i|[Ww]ilayah|[Kk]awasan|[Dd]aerah)[^\S\n]+((?i:" +
                      alternation + r"))\b(?![^\S\n]+[A-Z])")


_PLACES = [
    "Di Klojen, Wahyu-Ali mengantongi 50,37 persen. di klojen juga; adi Klojen; Di  Sukun",
    "unggul di wilayah Bandung Kulon dengan 48 persen, kawasan\nSukun, Daerah Blimbing Raya",
    "Wilayah Lowokwaru (12.000 suara), diKlojen, Kdi Sukun, \u212aawasan Sukun, DI KLOJEN",
    "rumah pemenangan mereka di Mojolaban; Daerah Kedungkandang. di Blimbing\nKota",
]


def test_the_look_ahead_pattern_finds_what_the_plain_one_found():
    names = ("bandung kulon", "kedungkandang", "lowokwaru", "blimbing", "mojolaban",
             "klojen", "sukun")
    mine, plain = sub_areas._place_pattern(names), _plain(names)
    found = 0
    for text in [*_PLACES, " ".join(_PLACES) * 3]:
        for start in range(0, len(text), 5):
            spans = [(m.span(), m.span(1)) for m in mine.finditer(text, start)]
            assert spans == [(m.span(), m.span(1)) for m in plain.finditer(text, start)]
            found += len(spans)
    assert found > 50


def test_names_kept_with_the_matcher_are_the_ones_worked_out_per_page(matcher):
    record = matcher.record
    areas = tuple(sorted(r.code for r in record.regions.values()
                         if r.level == 2 and any(k.level == 3 for k in record.children(r.code))
                         ))[:6]
    assert len(areas) >= 2
    kept = sub_areas._kept(matcher)
    assert sub_areas._kept(matcher) is kept
    for group in (areas[:1], areas[:4], areas[2:6], areas[:1]):
        fresh: dict = {}
        assert sub_areas._pattern(record, group, matcher, kept) is \
            sub_areas._pattern(record, group, matcher, fresh)
        for area in group:
            assert sub_areas._kecamatan_names(record, area, kept) == \
                sub_areas._kecamatan_names(record, area, fresh)


# ---- wording.search_between counts a page's asks by the pattern's id
def test_search_between_gives_the_plain_search_before_and_after_its_places():
    from checker.figures.referents import ANAPHORA, ANAPHORA_OPENS
    from checker.figures.wording import search_between
    text = ("Pasangan itu meraih 51,2 persen. Angka tersebut naik; jumlah itu 12.000 suara. "
            "TERSEBUT 40 persen, hal ini dan Angka Itu 3 persen. ") * 12
    found = 0
    for _ in range(3):  # the first asks the plain way, the later ones at the words' places
        for start in range(0, len(text) - 40, 13):
            end = start + 90
            plain = ANAPHORA.search(text, start, end)
            mine = search_between(ANAPHORA, text, start, end, ANAPHORA_OPENS)
            assert (mine and mine.span()) == (plain and plain.span())
            found += plain is not None
    assert found > 30


# ---- figure_kind: the lead, area and TPS patterns asked only of a window ending in their words
_BEFORE = [
    "Paslon 1 unggul dari Paslon 2 sebesar ", "unggul tipis atas rivalnya hingga  ",
    "MENGALAHKAN petahana SEBANYAK\n", "unggul dari X dengan perolehan sebesar ",
    "menang atas lawannya sekitar", "terpaut jauh dari pemenang sejauh \u00a0",
    "tercatat 27 kabupaten/kota atau ", "sudah 12 dari 38 provinsi, (", "4 kecamatan ( ",
    "Foto warga ada di 271.240 TPS = ", "tersedia di 653.179 TPS atau ", "ada 5 TPS,",
    "Kab/Kota ATAU ", "tiga kota atau", "unggul dari Paslon 2 sebeſar ", "\u212aota 5 kota atau ",
    "kalah dari rivalnya sebanyak 12 orang dan ", "sebesar", "",
]


def test_a_window_not_ending_in_their_words_matches_none_of_them():
    from checker.figures import figure_kind as fk
    from checker.figures.wording import may_end_with
    found = 0
    for before in _BEFORE:
        for lead in ("", "Di Jawa Barat, ", "x" * 130 + " "):
            text = lead + before + "41 persen"
            end = len(lead + before)
            for start in range(0, end + 1, 3):
                for pattern, ends in ((fk._LEAD_OVER, fk._LEAD_OVER_ENDS),
                                      (fk._AREAS_BEFORE, fk._AREAS_ENDS),
                                      (fk._TPS_WITH_BEFORE, fk._AREAS_ENDS)):
                    plain = pattern.search(text, start, end)
                    if plain is not None:
                        found += 1
                        assert may_end_with(text, start, end, ends), (before, start)
    assert found > 40
