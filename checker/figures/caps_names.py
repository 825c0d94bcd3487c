"""A region's name as one word of a two-word name in capitals is no place (blind hunt 5). Pure.

"Paslon 3, ANTI BALI, meraih 6.832 suara" (a Pilbup Banggai pair's nickname) put Banggai's
figures in Bali; a masthead "KABAR LUWUK - ..." is the outlet's name. Pages write a pair's
nickname, a masthead or a team's name in capitals: a region written in capitals right after a
capitalised word that opens the run and is no prefix or body ("PROVINSI", "KOTA", "KPU", "DI",
"PILGUB"), with no capitalised word after it, is that name's word. A headline in capitals (a
longer run) and "KPU BALI", "KOTA KENDARI", "DI BALI" keep their place. Pattern only;
places.in_lower_name applies it.
"""

from __future__ import annotations

import re

__all__ = ["in_caps_name"]

# The words before a place that keep it a place: its prefix, the body or race it names, a
# preposition.
_KEEPS = frozenset({
    "PROVINSI", "PROV", "KABUPATEN", "KAB", "KOTA", "KOTAMADYA", "KECAMATAN", "KEC", "DESA",
    "KELURAHAN", "WILAYAH", "DAERAH", "DAPIL", "SE", "DI", "KE", "DARI", "UNTUK", "DAN", "ATAU",
    "KPU", "KPUD", "KIP", "BAWASLU", "DPRD", "DPR", "DPD", "PEMPROV", "PEMKAB", "PEMKOT",
    "PILKADA", "PILGUB", "PILBUP", "PILWALKOT", "PILWAKO", "PILWALI", "PILBUB", "PEMILU",
    "PILPRES", "HASIL", "GUBERNUR", "BUPATI", "WALIKOTA", "WALI", "UTARA", "SELATAN", "BARAT",
    "TIMUR", "TENGAH", "TENGGARA", "RAYA"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(\"\u201c]))([^\s]+)[^\S\n]+([^\s]+)[^\S\n]+$")
_NEXT = re.compile(r"[^\w\n]*([^\W\d_]+)")


def _caps(word: str) -> bool:
    return bool(_WORD.fullmatch(word)) and word.isupper()


def in_caps_name(text: str, region) -> bool:
    """Is the region at `region.start`-`region.end` the second word of a two-word name written
    in capitals (see above)?"""
    written = text[region.start:region.end]
    if not written.isupper() or " " in written.strip():
        return False
    before = _BEFORE.search(text[max(0, region.start - 60):region.start])
    first, opener = (before.group(2), before.group(1)) if before else (None, None)
    if first is None:
        line = text.rfind("\n", 0, region.start) + 1
        first = text[line:region.start].strip()
    if not _caps(first) or first in _KEEPS or opener is not None and \
            _caps(opener.strip(",;:.")):
        return False
    after = _NEXT.match(text, region.end)
    return after is None or not _caps(after.group(1))
