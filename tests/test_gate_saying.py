"""GateText.saying(word): the paragraphs that wording.may_say(line, word) holds for, found over
the joined text at once (scope_gate._partial_lines asks it), the same as asking line by line,
also with the characters may_say takes for ASCII letters (dotless i, long s, dotted I)."""

from __future__ import annotations

import random

from checker.figures.gate_text import GateText
from checker.figures.wording import may_say


class _Page:
    def __init__(self, prose: str) -> None:
        self.prose = prose


def test_saying_is_may_say_asked_line_by_line():
    rng = random.Random(5)
    pieces = ["provinsi", "PROVINSI", "Provinsi", "prov", "insi", " ", "x", "di 3 ",
              "\u0131", "\u017f", "\u0130", "\u00e9"]
    for _ in range(3000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
                 for _ in range(rng.randint(0, 6))]
        text = GateText(_Page("\n".join(lines)))
        assert text.saying("provinsi") == [i for i, line in enumerate(text.lines)
                                           if may_say(line, "provinsi")], lines
