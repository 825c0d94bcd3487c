""""Di lima kecamatan" where the race's area has exactly five: every kecamatan, i.e. the whole
area (issue 10, region; Malangdata on KPU Kota Malang's plenary: "Bila suara di lima kecamatan
dijumlahkan, Wahyu-Ali berada di puncak dengan total 293.257"; Kota Malang has five).

race_totals.py reads a pair's total after a list of kecamatan as the race's whole area, but
not when the sentence counts the areas ("di tiga kecamatan itu, total ..."): some of them, a
partial tally. A count that is every kecamatan the record holds for the area is no part of it.
Only with the record, only for the kab/kota or province named last before the figure (else the
page's), and only when the number is exact. Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.places import PARTIAL, won_in

__all__ = ["all_of_area", "every_kecamatan"]

_COUNT = re.compile(r"(?:ke)?(\d{1,3}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
                    r"[^\S\n]+(?:kecamatan|distrik)\b", re.IGNORECASE)
_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9, "sepuluh": 10}
_MAX_KABKOTA = 60  # more than any province has (Jawa Timur's 38): a bound, not a guess


def every_kecamatan(layout, written: str, position: int) -> bool:
    """Is `written` ("lima kecamatan", "44 kecamatan") the number of kecamatan the record
    holds for the area the figure at `position` is of: the kab/kota or province named last
    before it, else the page's?"""
    found = _COUNT.fullmatch(written.strip())
    record = layout.out.record
    if found is None or record is None:
        return False
    index = bisect_right(layout.region_starts, position) - 1
    while index >= 0 and layout.regions[index].level not in (1, 2):
        index -= 1
    area = layout.regions[index] if index >= 0 else layout.out.scope.region
    if area is None or not area.code or area.level not in (1, 2):
        return False
    word = found.group(1).lower()
    number = int(word) if word.isdigit() else _WORDS[word]
    kabkota = [area.code] if area.level == 2 else \
        [r.code for r in record.children(area.code) if r.level == 2][:_MAX_KABKOTA]
    return number == sum(1 for code in kabkota for r in record.children(code) if r.level == 3)


_PREPOSITION = re.compile(r"^\S+\s+")


def all_of_area(layout, start: int, end: int, position: int) -> bool:
    """Is every tally of some areas in the text from `start` to `end` (places.PARTIAL: "Dari 19
    kecamatan, paslon ... mengumpulkan 306.443 suara") a count of every kecamatan of the area
    the figure at `position` is of (Kabupaten Pekalongan has 19)? Then the figure is the whole
    area's count, no partial tally (rasikapekalongan, KPU Kabupaten Pekalongan's plenary)."""
    text = layout.text
    found = [m for _, m in zip(range(20), PARTIAL.finditer(text, start, end))
             if not won_in(text, m.start())]
    return bool(found) and all(every_kecamatan(layout, _PREPOSITION.sub("", m.group(0)),
                                               position) for m in found)
