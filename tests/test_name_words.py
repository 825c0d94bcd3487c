"""checker/figures/name_words.py: a window's words, taken from the page's words found once,
are exactly what NAME_WORD.finditer finds in that window, whatever word its edges cut."""

from __future__ import annotations

import random

from checker.figures.name_words import NameWords
from checker.figures.wording import NAME_WORD

TEXTS = (
    "Pramono-Rano memperoleh 2.181.939 suara atau 50,07 persen. RIDWAN KAMIL - H. SUSWONO, "
    "d'Arc a1b Ir. x_y \u017fam \u0130stanbul 12ab ab12. \u2019tis O\u2019Neil co. 3a. _a __ "
    "a.b.c. Dharma-Kun 10,49%\nPaslon nomor urut 4 ... 62,22 persen" * 5,
)


def _same(text: str, rnd: random.Random, tries: int) -> None:
    words = NameWords(text)
    for _ in range(tries):
        start = rnd.randrange(0, len(text) + 5)
        end = start + rnd.randrange(-3, 400)
        expected = [m.span() for m in NAME_WORD.finditer(text, start, end)]
        assert list(words.spans(start, end)) == expected, (start, end)


def test_windows_of_real_wordings():
    rnd = random.Random(12)
    for text in TEXTS:
        _same(text, rnd, 5000)


def test_windows_of_random_text():
    rnd = random.Random(5)
    text = "".join(rnd.choice("ab. 1_'\u2019\nX\u0130-") for _ in range(3000))
    _same(text, rnd, 5000)
