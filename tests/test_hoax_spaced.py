"""hoax_figures._Spaced finds an excerpt (its spaces standing for any run of white space) the
way the pattern it replaced did, re.search(r"\\s+".join(map(re.escape, words)), text): same
first match, same start and end, over seeded random texts with line breaks, Unicode spaces,
separators and pattern characters."""

from __future__ import annotations

import random
import re

from checker.figures.hoax_figures import _Spaced

_ALPHABET = ["a", "b", "ab", " ", "  ", "\n", "\t", "\x1c", "\u00a0", "\u2003", ".", "(", ")",
             "+", "*", "?", "x", "\u00e9", "\\"]


def test_spaced_find_is_the_whitespace_tolerant_search():
    rng = random.Random(7)
    for _ in range(6000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40)))
        words = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 12))).split()
        if not words:
            continue
        found = re.search(r"\s+".join(map(re.escape, words)), text)
        assert _Spaced(text).find(words) == (None if found is None else found.span()), \
            (text, words)


def test_an_excerpt_across_a_line_break_is_found_at_its_place_in_the_text():
    text = "Berikut info hoaks yang beredar itu.\nMalaysia\n01 :  25,6 persen\n02 : 74,4 persen"
    start, end = _Spaced(text).find("01 : 25,6 persen 02".split())
    assert text[start:end] == "01 :  25,6 persen\n02"
