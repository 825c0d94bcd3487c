"""perf-s36: the cuts in stop 36's figure modules give the same answers as the code they
replaced (benchmarks/HISTORY.md, perf-s36). Each page-level shortcut is checked against the
per-figure reading it stands for, on texts written to hit its edges."""

from __future__ import annotations

import random
import re

from checker.figures import at_words, forecast, in_dapil, stated_base

_WORDS = ["survei", "Survey", "SIGI", "jajak", "simulasimulasi", "prediksi", "memprediksi",
          "suara", "tidak", "sah", "Tidak  Sah", "19.671", "307.441", "di", "dapil", "Dapil",
          "daerah", "pemilihan", "KPU", "\u0130", "\u0131", "\u017f", ".", ",", "\n", "lembaga"]


def _texts(n: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 40)))


def _window_holds(text: str, start: int, end: int) -> bool:  # the per-figure reading
    window = text[start:end].lower()
    return any(word in window for word in ("surve", "sigi", "jajak", "simulasi", "prediksi"))


def test_survey_words_found_once_per_page_answer_as_each_window_did():
    for text in _texts(400, 36):
        text = str(text)  # (a new object: the page cache is by identity)
        for start in range(0, len(text), 7):
            for end in (start + 5, start + 30, len(text)):
                assert forecast._hinted(text, start, end) == _window_holds(text, start, end), \
                    (text, start, end)


def test_overlapping_survey_words_are_each_found():
    text = "x simulasimulasi y"
    assert forecast._hinted(text, 8, 16)  # the second "simulasi", overlapping the first
    assert not forecast._hinted(text, 9, 16)


def test_invalid_votes_the_same_with_the_look_first():
    for text in [*_texts(300, 7), "Suara tidak sah tercatat 19.671, dan 2.030 suara tidak sah",
                 "suara sah dan tidak sah 327.112", "tidak sah"]:
        reference: list[int] = []
        for match in stated_base._INVALID.finditer(text):
            value = int(re.sub(r"[.,]", "", match.group(1) or match.group(2)))
            if value not in reference:
                reference.append(value)
        assert stated_base.stated_invalid(text) == tuple(reference[:20]), text
    assert stated_base.stated_invalid("Suara tidak sah tercatat 19.671.") == (19671,)
    assert stated_base.stated_invalid("suara sah 307.441") == ()


def test_a_page_without_di_dapil_has_no_sentence_placed_in_one():
    for text in _texts(400, 29):
        if any(in_dapil._AT_DAPIL.search(text, a, b) for a in range(len(text))
               for b in (a + 25, len(text))):
            assert in_dapil._says(text), text
    assert in_dapil._says("Di dapil ini, pasangan itu meraup 131.492 suara")
    assert in_dapil._says("di daerah  pemilihan terbesar")
    assert in_dapil._says("D\u0130 dapil V")  # (not ASCII: the case-blind pattern)
    assert not in_dapil._says("relawan dari dapil V, Komisi Pemilihan Umum")


def test_five_texts_asked_in_turn_keep_their_word_indexes():
    texts = [f"kata{n} " * 400 + str(n) for n in range(5)]
    for text in texts:
        at_words._page_words(text)
    built = [at_words._page_words(text) for text in texts]
    assert [at_words._page_words(text) for text in texts] == built
    assert all(w.text is t for w, t in zip(built, texts))
