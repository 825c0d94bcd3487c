"""A figure whose sentence points back to a kab/kota ("data suara yang masuk dari kabupaten
itu baru 70 persen", after "... soal Karangasem."): its area is that kab/kota, not the
province the page is about. When the reader's area for it is a province or the country, the
figure's area is unclear (issue 10, region): the kab/kota pointed to is often named bare, which
the reader does not take as a place, and its race (regent or governor) is not said."""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["points_to_kabkota"]

# "dari kabupaten itu", "di kota tersebut": one kab/kota named before (not "di 15 kabupaten/kota
# itu", "kabupaten/kota tersebut": the province's all).
_BACK = re.compile(r"\b(?i:di|dari|untuk|bagi|pada)[^\S\n]+(?i:kabupaten|kota|kab\.)[^\S\n]+"
                   r"(?:itu|tersebut|ini)\b")
_REACH = 200  # characters before the figure looked at, within its sentence
# The words every match of _BACK holds (same case-blindness): where a page has them, found in
# one pass; a figure with none in reach (most) is not searched. They never overlap, so the
# pass finds each one _BACK could use.
_AREA_WORD = re.compile(r"(?i:kabupaten|kota|kab\.)")
_SEEN: list[tuple[str, list[int]]] = []  # the last texts looked at (by identity), newest last
_KEEP = 2


def points_to_kabkota(text: str, area, position: int, sentence: int) -> bool:
    """Does the figure's sentence refer back to a kab/kota before the figure, while `area`
    (its area so far) is wider than a kab/kota?"""
    if area is None or area.code is None or len(area.code) > 2:
        return False
    start = max(sentence, position - _REACH)
    words = _area_words(text)
    index = bisect_left(words, start)
    return index < len(words) and words[index] < position and \
        _BACK.search(text, start, position) is not None


def _area_words(text: str) -> list[int]:
    for seen, words in reversed(_SEEN[:]):  # (a copy: another thread may replace it)
        if seen is text:
            return words
    words = [m.start() for m in _AREA_WORD.finditer(text)]
    _SEEN[:] = _SEEN[-(_KEEP - 1):] + [(text, words)]
    return words
