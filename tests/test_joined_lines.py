"""region_words.joined_lines: the words of "\\n".join(parts), put together from each part's
scan, are exactly the scan of the joined text (words, offsets, folded forms), on random lines
of words, apostrophes, full stops, accents and long parts (the cached path)."""

from __future__ import annotations

import random

from checker.figures import region_words
from checker.figures.region_words import joined_lines, scan_words


def test_joined_lines_scans_as_the_whole_text():
    rng = random.Random(3)
    pieces = ["Kota", " ", "S.IP.", "MAS'UD", "\u2019", "Jawa", "\u00c9ric", "\u03a3A", "50,07%",
              ".", "-", "  ", "\t", "di", "x" * 50]
    for _ in range(200):
        parts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, rng.choice((5, 600)))))
                 for _ in range(rng.randint(1, 5))]
        text = joined_lines(parts)
        assert text == "\n".join(parts)
        words, folded = scan_words(text)
        want_words, want_folded = region_words._scan(text)
        assert (words.raw, words.offsets, folded) == \
            (want_words.raw, want_words.offsets, want_folded)
