"""A figure whose sentence points back to a kab/kota ("data suara yang masuk dari kabupaten
itu baru 70 persen", after "... soal Karangasem."): its area is that kab/kota, not the
province the page is about. When the reader's area for it is a province or the country, the
figure's area is unclear (issue 10, region): the kab/kota pointed to is often named bare, which
the reader does not take as a place, and its race (regent or governor) is not said."""

from __future__ import annotations

import re

__all__ = ["points_to_kabkota"]

# "dari kabupaten itu", "di kota tersebut": one kab/kota named before (not "di 15 kabupaten/kota
# itu", "kabupaten/kota tersebut": the province's all).
_BACK = re.compile(r"\b(?i:di|dari|untuk|bagi|pada)[^\S\n]+(?i:kabupaten|kota|kab\.)[^\S\n]+"
                   r"(?:itu|tersebut|ini)\b")
_REACH = 200  # characters before the figure looked at, within its sentence


def points_to_kabkota(text: str, area, position: int, sentence: int) -> bool:
    """Does the figure's sentence refer back to a kab/kota before the figure, while `area`
    (its area so far) is wider than a kab/kota?"""
    if area is None or area.code is None or len(area.code) > 2:
        return False
    return _BACK.search(text, max(sentence, position - _REACH), position) is not None
