"""A sub-area named only as the exception to a win does not take the next paragraph below the
page's own area (issue 10, region; audit2a, sumsel.tribunnews on KPU Kota Palembang's plenary):

    "... Ratu Dewa-Prima Salam unggul dengan perolehan 352.696 suara atau 46,52 persen, dengan
    meraih kemenangan di 17 dari 18 Kecamatan se Palembang, kecuali Kecamatan Kertapati."
    "Sementara 2 pasangan lainnya, ... Fitrianti-Nandriani memperoleh 175.495 suara atau 23,14
    persen."                                                                   (the city's)

Layout._unclear holds a paragraph that names no place when the last place named before it is a
kecamatan, desa or TPS. A kecamatan written right after "kecuali" is the one place the pair did
not win, named after the count of the whole: the paragraph's figures were the whole's, and the
next one goes on with the whole's other pairs. Only when that exception closes the paragraph
right before, and the figure's sentence does not point back to it ("di sana", "kecamatan
itu"): "..., kecuali Kecamatan Kertapati. Di sana Yudha-Bahar unggul 19.830 suara" stays held.
Pure; asked by ranked_aside (for Layout._unclear)."""

from __future__ import annotations

import re

__all__ = ["excepted_aside"]

_EXCEPT = re.compile(r"\bkecuali\s+(?:di\s+)?$", re.IGNORECASE)
_BACK = re.compile(r"\b(?:di\s+sana|di\s+situ|(?:wilayah|kecamatan|daerah|kawasan|distrik|desa)\s+"
                   r"(?:itu|tersebut|ini))\b", re.IGNORECASE)
_CLOSE = re.compile(r"[^\S\n]*\w+(?:[^\S\n]+\w+){0,3}[^\S\n]*[.!]?[^\S\n]*$")


def excepted_aside(layout, level, paragraph: int, end: int) -> bool:
    """Is `level`, the last level mark before the figure's `paragraph` (up to `end`, its
    sentence's end), a sub-area named as the exception that closes the paragraph before?"""
    text = layout.text
    rest = text.find("\n", level.end, paragraph)
    if rest < 0 or text[rest:paragraph].strip():
        return False  # the exception's paragraph is not the one right before
    if not _EXCEPT.search(text, max(0, level.start - 20), level.start):
        return False
    if not _CLOSE.fullmatch(text, level.end, rest):
        return False  # the sentence goes on past the name (its figures may be the place's)
    return _BACK.search(text, paragraph, end) is None
