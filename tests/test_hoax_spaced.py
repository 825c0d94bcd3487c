"""hoax_figures.Spaced finds an excerpt (its spaces standing for any run of white space) the
way the pattern it replaced did, re.search(r"\\s+".join(map(re.escape, words)), text): same
first match, same start and end, over seeded random texts with line breaks, Unicode spaces,
separators and pattern characters."""

from __future__ import annotations

import random
import re

from checker.figures.hoax_figures import Spaced

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
        assert Spaced(text).find(words) == (None if found is None else found.span()), \
            (text, words)


def test_an_excerpt_across_a_line_break_is_found_at_its_place_in_the_text():
    text = "Berikut info hoaks yang beredar itu.\nMalaysia\n01 :  25,6 persen\n02 : 74,4 persen"
    start, end = Spaced(text).find("01 : 25,6 persen 02".split())
    assert text[start:end] == "01 :  25,6 persen\n02"


def test_prose_written_with_single_spaces_maps_to_itself():
    # A page's prose (one space or one line break between words) takes the quick way: the
    # same answers as the whitespace-tolerant search, with no offsets to map back.
    rng = random.Random(11)
    for _ in range(3000):
        words = ["".join(rng.choice("ab.()\u00e9") for _ in range(rng.randint(1, 3)))
                 for _ in range(rng.randint(1, 12))]
        text = words[0] + "".join(rng.choice(" \n") + w for w in words[1:])
        spaced = Spaced(text)
        assert spaced.identity
        wanted = "".join(rng.choice("ab.()\u00e9 ") for _ in range(rng.randint(1, 8))).split()
        if not wanted:
            continue
        found = re.search(r"\s+".join(map(re.escape, wanted)), text)
        assert spaced.find(wanted) == (None if found is None else found.span()), (text, wanted)
