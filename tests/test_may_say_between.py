"""wording.may_say_between: the page lowered once and each word's places found once give,
for every window, what may_say gives for the window's own text (odd letters included)."""

from __future__ import annotations

import random

from checker.figures.wording import may_say, may_say_between

WORDS = (("provinsi", "kab", "kota", "kecamatan"), ("di", "lebih", "at"),
         ("selisih", "terpaut"), ("unggul", "kalah", "margin"))
PAGE = ("Di Kabupaten Bogor, Prabowo unggul 57,9 persen; selisih di atas 10 persen. "
        "KOTA Depok: kalah tipis, terpaut lebih dari 2.000 suara di 34 provinsi.\n") * 12


def _same(text: str, seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(4000):
        start = rnd.randrange(0, len(text))
        end = max(0, start + rnd.randrange(-5, 320))
        words = rnd.choice(WORDS)
        assert may_say_between(text, start, end, *words) == \
            may_say(text[start:end], *words), (start, end, words)


def test_windows_of_a_page():
    _same(PAGE, 1)
    _same(PAGE.upper(), 2)


def test_a_page_with_odd_letters():
    _same(PAGE + "\u0130stanbul \u017felisih", 3)  # dotted capital I, long s: the plain way


def test_a_short_text():
    _same("unggul di Bali, selisih 5 persen", 4)


def test_longest_words_hold_every_match():
    from checker.figures.wording import longest_words
    assert longest_words(["lebih dari", "sekurang-kurangnya", "di atas"]) == \
        ("lebih", "kurangnya", "atas")
    assert longest_words(["lebih dari", "\u00fcber"]) is None  # not ASCII: ask the regex
    assert longest_words(["..."]) is None


def test_a_bound_with_and_without_its_words_nearby():
    # Cues.is_bound looks for its words' longest before its regex: the same answers, on a
    # long page (the page-wide index) in any case, and where the word is cut by the window.
    from checker.figures.cues import Cues
    from checker.ruleset.load import load_rules
    from checker.paths import rules_dir
    cues = Cues(load_rules(rules_dir()).figures, ())
    text = "Ini teks pengisi tanpa batas apa pun. " * 20 + \
        "Pramono MEMPEROLEH LEBIH DARI 50 persen, Ridwan meraih 39,4 persen suara."
    at = text.index("50 persen")
    assert cues.is_bound(text, at)
    assert not cues.is_bound(text, text.index("39,4"))
    assert not cues.is_bound(text, text.index("LEBIH DARI") + 8)  # "lebih da|": cut, no bound
