"""A standing set before polling day, in the figure's own sentence (blind hunt 46,
tests/test_blind46.py): "Sebelum pencoblosan, Litbang Kompas menempatkan Andika-Hendi di 28,8
persen" (a survey of October 2024, quoted by a debunk of a "stolen votes" post), "sebulan sebelum
pencoblosan Andika-Hendi masih unggul 47,2 persen" (the post's own claim). No vote had been
counted then: such a figure is a poll's, whoever gives it. The pollster's verb typed the first a
quick count, and a debunk's quoted quick count more than 3 points off is graded: both were
graded discrepant against Jateng's count, as if the post had misstated the result.

Only the figure's sentence before it, and only where no count is named between the moment and
the figure ("Sebelum pencoblosan ..., rekapitulasi ..."), nor a re-vote ("sebelum pemungutan
suara ulang", "jelang PSU": the count before it is a count). Pure."""

from __future__ import annotations

import re

__all__ = ["before_the_vote"]

# "(se)bulan/pekan/minggu/hari sebelum", "jelang", "menjelang", then the vote itself.
_BEFORE = re.compile(r"\b(?:sebelum|jelang|menjelang)[^\S\n]+(?:hari[^\S\n]+)?(?:pencoblosan|"
                     r"coblosan|pemungutan[^\S\n]+suara|hari[^\S\n-]*h)\b(?![^\S\n]+ulang)",
                     re.IGNORECASE)
# A count named after the moment and before the figure: its figure is that count's.
_COUNTED = re.compile(r"\b(?:rekapitulasi|rekap|real[^\S\n]+count|hitung[^\S\n]+(?:cepat|nyata)|"
                      r"quick[^\S\n]+count|sirekap|pleno|ditetapkan|menetapkan)\b|\bPSU\b",
                      re.IGNORECASE)
_REACH = 200  # characters before the figure looked at


def before_the_vote(text: str, sentence: int, position: int) -> bool:
    """Does the sentence starting at `sentence` set the figure at `position` before polling
    day, with no count named between that moment and the figure?"""
    start = max(sentence, position - _REACH)
    if "sebelum" not in text[start:position].lower() and \
            "jelang" not in text[start:position].lower():
        return False  # (a C-speed look first: most sentences say neither)
    last = None
    for last in _BEFORE.finditer(text, start, position):
        pass
    return last is not None and _COUNTED.search(text, last.end(), position) is None
