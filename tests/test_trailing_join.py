"""from_text.name_of asks wording.TRAILING_JOIN only of a run that ends in "dan"/"and": a run
ends in a word (wording.NAME_WORD), and a join ending in a letter can only be one of those.
This holds the premise: for names that end in a word, the regex changes nothing else."""

from __future__ import annotations

import random

from checker.figures.wording import NAME_WORD, TRAILING_JOIN

_PIECES = ["Ridwan", "Kamil", "-", " - ", " dan ", " DAN", "and", "Wardan", "Sudan", "\u2013",
           "/", " & ", "+", "H.", "Ma'ruf", "O\u2019Neil", " ", "\u212a", "\u017f", "\u0130",
           "Dan", "aND", "x"]


def test_no_join_unless_the_name_ends_in_dan_or_and():
    rnd = random.Random(7)
    for _ in range(20000):
        name = "".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 7)))
        last = list(NAME_WORD.finditer(name))
        if not last or last[-1].end() != len(name):
            continue  # a run always ends where a word does
        if name[-3:].lower() not in ("dan", "and"):
            assert TRAILING_JOIN.sub("", name) == name, name


def test_joins_still_cut():
    assert TRAILING_JOIN.sub("", "Ridwan Kamil dan").strip() == "Ridwan Kamil"
    assert TRAILING_JOIN.sub("", "Wardan").strip() == "Wardan"
