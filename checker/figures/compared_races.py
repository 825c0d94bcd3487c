"""Race words that name only the base a figure is compared with, not a race the page is about.

"Partisipasi pemilih pada pilwalkot Solo sebesar 73,8 persen. Angka itu turun dibanding
partisipasi pada Pilpres 2024 yang mencapai 86 persen" (SuaraSurakarta, corpus-av): the Pilpres
is the yardstick of the mayor race's turnout. Counted among the page's races it made a page
whose title names none about two (mayor and president), and every bare "Paslon 01" count was
left with no race (corpus-ax part 2). A comparing word of rules/figures.yaml's
`comparison_words` ("dibanding", "ketimbang", "daripada") in the same clause, at most a few
words before the race word ("dibanding partisipasi pada Pilpres 2024", "ketimbang angka
partisipasi saat Pemilu 2024"), makes it such a base. A race told in its own sentence ("Pada
Pilpres 2024 partisipasi ... 86 persen") stays one of the page's races. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.figures.cues import alternation

__all__ = ["not_compared"]


@lru_cache(maxsize=8)
def _base_before(comparing: tuple[str, ...]) -> re.Pattern | None:
    # the comparing word, then up to three words of what is measured ("partisipasi", "angka
    # partisipasi", "perolehan suara") and a time word, right before the race word; not any
    # words ("unggul dibanding pasangan lain pada Pilwalkot Solo": the page's own race)
    if not comparing:
        return None
    return re.compile(rf"(?<!\w)(?:{alternation(comparing)})(?:\s+{_MEASURES}){{0,3}}"
                      r"(?:\s+(?:pada|di|dalam|saat|ketika))?\s+$", re.IGNORECASE)


_MEASURES = (r"(?:angka|tingkat|jumlah|partisipasi|kehadiran|pemilih|perolehan|raihan|hasil|"
             r"suara|persentase)")


def not_compared(marks: list, text: str, comparing: tuple[str, ...]) -> list:
    """`marks` (race words with .start into `text`) less those naming a comparison's base."""
    base = _base_before(comparing)
    if base is None or not marks:
        return marks
    return [m for m in marks if not base.search(text, max(0, m.start - 60), m.start)]
