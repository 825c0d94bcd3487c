"""Which count a figure is of, when the words before it name one and a pollster is named as its
source (second hunt, tests/test_fix_hunt2.py; tests/test_fix_unknown.py). The count-type word
before the figure decides, else one later in its own sentence ("50,07 persen menurut quick count
Litbang Kompas"). But a pollster named as the source after that word, in the figure's
paragraph ("Kini, menurut SMRC, keduanya unggul dengan 51,03 persen"; "Menurut hasil akhir
Charta Politika, pasangan nomor 1 ... 39,25 persen. Pasangan nomor 2 ... 10,60 persen"), makes
the figure that pollster's quick count, whatever count the paragraph opened with (there, a
campaign team's real count, or the pollsters' "hasil resmi"). And a count word whose owner is
a pollster ("hasil resmi kedua lembaga itu", "hasil resmi Lembaga Survei Indonesia") names a
quick count, not KPU's: a pollster calls its final tally its official result. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.cues import Mark, mark_before
from checker.figures.wording import QUICK_COUNT

__all__ = ["with_named_pollster"]

# "hasil akhir", "hasil resmi", "data final": a pollster's words for its own complete tally;
# "Data dari Charta Politika Indonesia menunjukkan ..." names it as the source too (blind hunt 64)
_RESULT = r"(?:(?:hasil|data)\s+(?:(?:akhir|resmi|final|terakhir)\s+)?(?:dari\s+)?)"
# "menurut SMRC", "versi Charta Politika", "hasil hitung cepat LSI", "menurut hasil akhir
# Charta Politika", "Adapun hasil akhir Indikator": the pollster as a source
_SOURCE = re.compile(rf"\b(?:(?:menurut|versi|berdasarkan|{QUICK_COUNT})\s+{_RESULT}?|{_RESULT})"
                     r"(?:lembaga\s+)?$", re.IGNORECASE)
# After KPU's count words, the pollsters that own them: "hasil resmi kedua lembaga itu",
# "hasil resmi lembaga survei tersebut" (a named pollster is checked on its marks)
_POLLSTERS_OWN = re.compile(r"\s+(?:(?:kedua|ketiga|keempat|para|sejumlah|beberapa|dua|tiga|"
                            r"empat|lima)\s+)?lembaga(?:\s+survei|\s+itu|\s+tersebut)\b",
                            re.IGNORECASE)
_NEAR = 3  # characters between a count word and the pollster named as its owner


def with_named_pollster(reader, mark: Mark | None, after: Mark | None, position: int,
                        paragraph: int) -> Mark | None:
    """`mark`: the count-type mark before the figure; `after`: one after it in its sentence (or
    None); `reader`: from_text's _Text (its text and pollster marks); count_basis asks it."""
    if after is not None and (mark is None or mark.start < paragraph):
        mark = after
    if mark is not None and mark.value in ("plenary", "real_count"):
        mark = _owned(reader, mark)
    named = mark_before(reader.pollsters, reader.pollster_starts, position, paragraph)
    if named is None or mark is not None and (mark.value == "quick_count" or
                                              named.start < mark.start):
        return mark
    if not _SOURCE.search(reader.text, max(paragraph, named.start - 40), named.start):
        return mark
    return Mark(named.start, named.end, "quick_count", named.value)


def _owned(reader, mark: Mark) -> Mark:
    """`mark` (KPU's count words), or a quick count's when a pollster owns them."""
    if _POLLSTERS_OWN.match(reader.text, mark.end):
        return Mark(mark.start, mark.end, "quick_count")
    following = bisect_left(reader.pollster_starts, mark.end)
    if following < len(reader.pollsters) and \
            reader.pollster_starts[following] <= mark.end + _NEAR:
        return Mark(mark.start, mark.end, "quick_count", reader.pollsters[following].value)
    return mark
