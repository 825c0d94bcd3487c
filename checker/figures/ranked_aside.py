"""A sub-area named as an aside in a paragraph that ranks the pairs of the page's own area does
not take the next paragraph below that area (issue 10, region; blind hunt 4, niaga.asia on the
Pilwalkot Balikpapan):

    "... pasangan nomor 3 ... berada di posisi kedua dengan 25,47 persen suara. Mereka
    menunjukkan perlawanan kuat di Balikpapan Selatan, wilayah di mana mereka meraih 30,96
    persen suara."
    "Pasangan nomor 2 ... berada di posisi ketiga dengan 15,27 persen suara."   (the city's)

Layout._unclear holds a paragraph that names no place when the last place named before it is
a kecamatan, desa or TPS. A sub-area sub_areas marked (a kecamatan written without
"Kecamatan") is no such place for the next paragraph when the ranking goes on past it: its
paragraph ranked a pair before naming it (at the level the page was at), ranked none after
it, and the next paragraph ranks the next pair ("posisi ketiga", "disusul") without pointing
back to it ("di sana", "wilayah itu"). A breakdown ("Di Klojen, ... 50,37 persen." then "Abah
Anton-Dimyati 30 persen.") keeps being held, and so does a "Kecamatan X" the page wrote out,
unless it was named only as the exception to a win (excepted_area).
Pure; asked by Layout._unclear."""

from __future__ import annotations

import re

from checker.figures.cues import mark_before
from checker.figures.excepted_area import excepted_aside
from checker.figures.ranks import ranked

__all__ = ["ranked_aside"]

_BACK = re.compile(r"\b(?:di\s+sana|(?:wilayah|kecamatan|daerah|kawasan|distrik)\s+"
                   r"(?:itu|tersebut|ini))\b", re.IGNORECASE)


def ranked_aside(layout, level, paragraph: int, end: int) -> bool:
    """Is `level`, the last level mark before the figure's `paragraph` (up to `end`, its
    sentence's end), a sub-area named as an aside of the ranking the paragraph goes on with?"""
    if excepted_aside(layout, level, paragraph, end):  # "..., kecuali Kecamatan Kertapati."
        return True
    if level.extra is None:  # (a level word of the page's, not a sub-area sub_areas marked)
        return False
    text = layout.text
    rest = text.find("\n", level.end, paragraph)
    if rest < 0 or text[rest:paragraph].strip():
        return False  # the aside's paragraph is not the one right before
    own = layout._start_of(layout.paragraphs, level.start)
    return ranked(text, own, level.start) and not ranked(text, level.end, rest) and \
        mark_before(layout.levels, layout.level_starts, level.start, own) is None and \
        ranked(text, paragraph, end) and _BACK.search(text, paragraph, end) is None
