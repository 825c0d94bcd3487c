"""perf-s32: patterns tried only where a match can open or end, never with another answer.

Each cut of this branch skips a regex search when a C-speed look says it cannot match: the
campaign speaker's and the tally result's patterns are tried only at their opening words
(wording.search_between), the hope words and "dari N TPS" found in the prose from their
opening words (opening_words.first_opening), the data's and the recap's progress and the
compared figure looked for only when the window ends in (or holds) their words. The tests
set every shortcut against the plain search on texts built to hit their edges: every
alternative of each pattern in several cases, words glued to others, odd case letters
(dotless i, long s, dotted capital I, the Kelvin sign), windows cut inside words, long runs of
space before the figure; then the readings the shortcuts serve, and the near shapes that must
still read otherwise.
"""

from __future__ import annotations

import random

import pytest

from checker.analyse.opening_words import first_opening, lowered_alike
from checker.figures import camp_speaker as speaker_mod
from checker.figures import data_so_far as so_far
from checker.figures import figure_kind as kind_mod
from checker.figures import own_tally as tally_mod
from checker.figures import part_count, projected
from checker.figures.camp_speaker import camp_speaker
from checker.figures.own_tally import own_tally
from checker.figures.wording import may_end_with, may_hold, search_between

# Words and pieces the texts are built of: every opening word of the patterns, other words,
# digits, punctuation, and the letters str.lower() and a case-blind regex do not agree on.
_PIECES = [
    "calon", "Cagub", "CAWAGUB", "cabup", "cawabup", "cawalkot", "capres", "cawapres", "paslon",
    "kandidat", "tim", "Tim  Pemenangan", "tim\nsukses", "timses", "juru bicara", "jubir",
    "saksi", "relawan", "relawan demokrasi", "koalisi", "DPC", "dpw", "dpp", "calonnya",
    "hasilnya", "Hasil", "dari", "berdasarkan", "menurut", "hitungan", "perhitungan", "itu",
    "tersebut", "ini", "real count", "rekapitulasi", "DATA", "data", "yang", "masuk", "sudah",
    "telah", "baru", "mencapai", "sebesar", "sedangkan", "KPU", "dibandingkan", "ketimbang",
    "daripada", "=", "persen", "%", "suara", "TPS", "12", "1.250", "45,5", "2024", ",", ".",
    ";", ":", "\n", "  ", "\t", "optimistis", "target", "akan meraih", "bakal menang",
    "\u0131", "\u017f", "\u0130", "\u212a", "ſaksi", "Kalon", "da\u0131", "ta\u0130", "-",
]


_ODD = ("\u0131", "\u017f", "\u0130")  # a text with one of these is searched the plain way
_PLAIN = [p for p in _PIECES if not any(odd in p for odd in _ODD)]


def _text(rng: random.Random, words: int) -> str:
    pieces = _PIECES if rng.random() < 0.3 else _PLAIN  # (most: the shortcuts' own way)
    out = []
    for _ in range(words):
        out.append(rng.choice(pieces))
        out.append(rng.choice((" ", " ", " ", "", "\n", "   ")))
    return "".join(out)


def _windows(rng: random.Random, text: str, n: int, widest: int):
    for _ in range(n):
        end = rng.randrange(0, len(text) + 1)
        yield max(0, end - rng.randrange(0, widest)), end


def _span(match):
    return match.span() if match else None


@pytest.mark.parametrize("seed", range(8))
def test_opening_word_searches_find_what_the_plain_search_finds(seed):
    rng = random.Random(seed)
    text = _text(rng, 900)  # long: search_between finds the page's places after 16 asks
    cases = [(speaker_mod.CAMPAIGN, speaker_mod._CAMPAIGN_OPENS, 300),
             (tally_mod._RESULT, tally_mod._RESULT_OPENS, 400)]
    for pattern, opens, widest in cases:
        for start, end in _windows(rng, text, 300, widest):
            assert _span(search_between(pattern, text, start, end, opens)) == \
                _span(pattern.search(text, start, end)), (pattern.pattern, text[start:end])


@pytest.mark.parametrize("seed", range(8))
def test_first_openings_of_the_prose_are_the_plain_search(seed):
    rng = random.Random(100 + seed)
    hopes = ("optimistis", "yakin", "target", "akan meraih", "bakal menang", "sudah")
    hope = projected.word_cue(hopes)
    for size in (3, 40, 400, 3000):  # (a short prose too: no kept lowering)
        text = _text(rng, size)
        assert _span(first_opening(hope, text, projected._openings(hopes))) == \
            _span(hope.search(text))
        assert _span(first_opening(part_count._OF_TPS, text, ("dari", "berdasarkan"))) == \
            _span(part_count._OF_TPS.search(text))
    assert projected._openings(("yakin", "ſaja")) is None  # not ASCII: the plain search


@pytest.mark.parametrize("seed", range(8))
def test_end_word_looks_never_skip_a_match(seed):
    rng = random.Random(200 + seed)
    text = _text(rng, 1500)
    for start, end in _windows(rng, text, 1500, 200):
        versus = max(0, end - rng.randrange(0, 200))
        assert so_far.data_reached(text, start, end) == \
            (so_far._REACHED.search(text, start, end) is not None)
        assert _span(so_far.recap_reached(text, start, end)) == \
            _span(so_far._RECAP_REACHED.search(text, start, end))
        assert _span(so_far.data_so_far(text, start, versus, end)) == _span(
            so_far._DATA_IS.search(text, start, end) or
            so_far._DATA_VERSUS.search(text, versus, end))
        if kind_mod._COMPARED.search(text, start, end):  # what figure_kind looks for first
            assert may_hold(text, start, end, kind_mod._COMPARED_WORDS) or \
                may_end_with(text, start, end, ("=",))


def test_progress_words_said_before_a_figure_are_found_across_space():
    # (a long run of space, a newline, between the words and the figure)
    for gap in (" ", "   \n  ", "\t" * 30):
        text = f"Data KPU yang masuk hingga pukul 20.00 WIB sudah mencapai{gap}97,71%"
        end = text.index("97")
        assert so_far.data_reached(text, 0, end)
        text = f"Data kawalpemilu.org kan baru{gap}40 persen"
        assert so_far.data_so_far(text, 0, 0, text.index("40")).group().startswith("Data")
        text = f"Rekapitulasi Pilgub telah mencapai{gap}98,72 persen"
        assert so_far.recap_reached(text, 0, text.index("98"))
    # near shapes: the words elsewhere in the window, or another verb, are no progress
    text = "sudah mencapai target, data masuk 40 persen"
    assert not so_far.data_reached(text, 0, text.index("40"))
    assert so_far.data_so_far(text, 0, 0, text.index("40")) is None
    text = "Rekapitulasi Pilgub telah selesai: 98,72 persen"
    assert so_far.recap_reached(text, 0, text.index("98")) is None


_FILLER = "Warga datang ke TPS sejak pagi untuk memberikan suara mereka dengan tertib. " * 8


@pytest.mark.parametrize("name,team", [
    ("Dedi Mulyadi", "Ketua Tim Pemenangan"), ("Bobby Nasution", "Juru Bicara"),
    ("Andika Perkasa", "Koordinator Relawan"), ("Rico Waas", "Ketua DPC"),
])
def test_a_campaign_speakers_figure_is_still_the_campaigns_on_a_long_page(name, team):
    # (long: the page's places are found once and windows bisected; 20 figures ask first)
    text = _FILLER + "".join(
        f"Menurut {team} {name}, pasangan itu meraih {40 + k},5 persen suara. "
        for k in range(20))
    for k in range(20):
        position = text.index(f"{40 + k},5")
        sentence = text.rindex("Menurut", 0, position)
        assert camp_speaker(text, position, sentence) == f"{team} {name}"


def test_an_election_bodys_or_an_observers_figure_is_no_campaigns():
    text = _FILLER + "".join(
        f"Menurut Ketua KPU, data relawan mencatat {40 + k},5 persen. "
        f"Menurut pengamat politik, hasilnya {50 + k},5 persen. " for k in range(20))
    for k in range(20):
        for figure in (f"{40 + k},5", f"{50 + k},5"):
            position = text.index(figure)
            sentence = text.rindex("Menurut", 0, position)
            assert camp_speaker(text, position, sentence) is None


def test_a_tallys_result_in_the_next_sentence_is_still_the_tallys():
    text = _FILLER + "".join(
        f"Tim pemenangan menghitung sendiri formulir C1. Hasilnya, pasangan nomor {k} "
        f"meraih {30 + k},25 persen. " for k in range(1, 21))
    for k in range(1, 21):
        position = text.index(f"{30 + k},25")
        sentence = text.rindex("Hasilnya", 0, position)
        assert own_tally(text, position, sentence) is not None
    # a sentence that gives no result of the tally before it: KPU's figure
    text = _FILLER + "".join(
        f"Tim pemenangan menghitung sendiri formulir C1. Sementara itu pasangan nomor {k} "
        f"meraih {30 + k},25 persen menurut KPU. " for k in range(1, 21))
    for k in range(1, 21):
        position = text.index(f"{30 + k},25")
        sentence = text.rindex("Sementara", 0, position)
        assert own_tally(text, position, sentence) is None


def test_the_fuzz_takes_the_shortcuts_own_way():
    # (most texts hold no odd case letter, so the places are found and windows bisected)
    texts = [_text(random.Random(seed), 900) for seed in range(8)]  # the first test's texts
    assert sum(lowered_alike(t) is not None for t in texts) >= 4


_SHARE_PIECES = ["partisipasi", "Partisipasi Pemilih", "margin of error", "margin  of\nerror",
                 "lembaga survei", "lembaga-lembaga survei", "survei", "SURVEI", "golput",
                 "tidak sah", "suara sah", "elektabilitas", "selisihnya", "responden", "moe",
                 "lembaga", "meraih", "persen", "45,5", "%", "Andika-Hendi", ",", ".", "\n"]


@pytest.mark.parametrize("seed", range(6))
def test_not_share_words_are_looked_for_before_the_pattern(seed):
    from types import SimpleNamespace

    from checker import load_rules
    from checker.figures.cues import cues_for
    from checker.paths import rules_dir

    rules = load_rules(rules_dir())
    figures = rules.figures
    cues = cues_for(figures, ())  # (no negations: is_not_share does not read them)
    rng = random.Random(300 + seed)
    pieces = _SHARE_PIECES + (_PLAIN if seed % 2 else _PIECES)
    text = " ".join(rng.choice(pieces) for _ in range(1200))
    reader = SimpleNamespace(text=text, out=SimpleNamespace(figures=figures, cues=cues))
    for start, end in _windows(rng, text, 400, 300):
        assert kind_mod._not_share(reader, start, end) == cues.is_not_share(text, start, end)
