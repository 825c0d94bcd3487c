"""Which count a figure is of, when the words before it name one and its own sentence names a
pollster (second hunt, tests/test_fix_hunt2.py). The count-type word before the figure decides,
else one later in its own sentence ("50,07 persen menurut quick count Litbang Kompas"). But a
pollster named in the figure's own sentence after that word, as its source ("Kini, menurut
SMRC, keduanya unggul dengan 51,03 persen"), makes the figure that pollster's quick count,
whatever count the paragraph opened with (there, a campaign team's real count, then the
pollsters' figures it was set beside). Pure."""

from __future__ import annotations

import re

from checker.figures.cues import Mark, mark_before

__all__ = ["with_named_pollster"]

# "menurut SMRC", "versi Charta Politika", "hasil hitung cepat LSI": the pollster as a source
_SOURCE = re.compile(r"\b(?:menurut|versi|(?:peng|per)?hitung(?:an)?\s+cepat|quick\s+count)"
                     r"\s+(?:lembaga\s+)?$",
                     re.IGNORECASE)


def with_named_pollster(reader, mark: Mark | None, after: Mark | None, position: int,
                        paragraph: int, sentence: int) -> Mark | None:
    """`mark`: the count-type mark before the figure; `after`: one after it in its sentence (or
    None); `reader`: from_text's _Text (its text and pollster marks); count_basis asks it."""
    if after is not None and (mark is None or mark.start < paragraph):
        mark = after
    named = mark_before(reader.pollsters, reader.pollster_starts, position, sentence)
    if named is None or mark is not None and (mark.value == "quick_count" or
                                              sentence <= mark.start and named.start < mark.start):
        return mark
    if not _SOURCE.search(reader.text, max(sentence, named.start - 30), named.start):
        return mark
    return Mark(named.start, named.end, "quick_count", named.value)
