"""How far a count's data or recap has come, said right before a percentage ("data yang masuk
sudah mencapai 97,71%", "Data kawalpemilu.org kan baru 40 persen", "rekapitulasi ... telah
mencapai 98,72 persen"): a progress, no pair's share (checker/figures/figure_kind.py). Pure.

Each pattern ends in its last words, then only space, at the figure: a window that does not
end so cannot match (wording.may_end_with, at C speed), so the patterns are tried only then,
not at each of the 60 to 200 characters before every share of the page.
"""

from __future__ import annotations

import re

from checker.figures.wording import may_end_with

__all__ = ["COUNT_SOURCE", "data_reached", "data_so_far", "recap_reached"]

# "data terakhir yang terkumpul hingga Rabu (27/11/2024) pukul 23.00 WIB sudah mencapai
# 97,71%": the data gathered by a time (its date and hour between) reached it (corpus-j).
_REACHED = re.compile(r"\bdata\b[^.;:\n%]{0,40}?\byang\s+(?:sudah\s+|telah\s+)?(?:terkumpul|"
                      r"masuk|terhimpun|terhitung)\b[^;:\n%]{0,80}?\b(?:sudah|telah)\s+"
                      r"(?:mencapai|sebesar)\s*$", re.IGNORECASE)
# "Data kawalpemilu.org kan baru 40 persen": how far the data is, in speech (corpus-aa); and
# the source set against it in the same sentence, "..., sedangkan KPU kalau tidak salah sudah
# 70 persen". (A comma, a full stop or a figure in between ends the data's clause, a site's
# name does not; a pair named between makes the figure the pair's.)
_DATA_SO_FAR = r"\bdata\b(?:[^.;:,\n%\d]|\.(?=\w)){0,40}?\b(?:baru|sudah|telah)\s*"
_DATA_IS = re.compile(_DATA_SO_FAR + "$", re.IGNORECASE)
_DATA_VERSUS = re.compile(_DATA_SO_FAR + r"\d{1,3}(?:[.,]\d+)?\s*(?:persen|%)\s*,?\s*(?:sedangkan|"
                          r"sementara)\b[^.;:\n%\d]{0,50}?\b(?:baru|sudah|telah)\s*$",
                          re.IGNORECASE)
# The data's clause names a count as its source: "data pemilih sudah 100 persen" (the voter
# roll) is no count's progress.
COUNT_SOURCE = re.compile(r"\b(?:kpu\w*|sirekap|kawal\s?pemilu|c1|c\.?\s?hasil|real\s+count|"
                          r"hitung\w*|tps|kami)\b|\w\.(?:org|id|com)\b", re.IGNORECASE)
# "rekapitulasi pilkada 2024 untuk pemilihan gubernur telah mencapai 98,72 persen": the recap
# itself reached it, a share of the kecamatan or regencies whose recap is done (Tempo on KPU
# RI's briefing, corpus-u): neither a pair's share nor the share of TPS counted.
_RECAP_REACHED = re.compile(r"\brekap(?:itulasi)?\b[^.;:\n%]{0,80}?\b(?:sudah|telah)\s+"
                            r"(?:mencapai|sebesar)\s*$", re.IGNORECASE)
_REACHED_ENDS = ("mencapai", "sebesar")  # the last words of _REACHED and _RECAP_REACHED
_SO_FAR_ENDS = ("baru", "sudah", "telah")  # of _DATA_IS and _DATA_VERSUS


def data_reached(text: str, start: int, end: int) -> bool:
    """The data gathered so far "sudah mencapai" the figure at `end` (text[start:end])."""
    return may_end_with(text, start, end, _REACHED_ENDS) and \
        _REACHED.search(text, start, end) is not None


def data_so_far(text: str, start: int, versus: int, end: int) -> re.Match | None:
    """How far the data is ("Data ... baru" in text[start:end]), or the source set against it
    ("..., sedangkan KPU ... sudah" in text[versus:end]), right before the figure at `end`."""
    if not may_end_with(text, min(start, versus), end, _SO_FAR_ENDS):
        return None
    return _DATA_IS.search(text, start, end) or _DATA_VERSUS.search(text, versus, end)


def recap_reached(text: str, start: int, end: int) -> re.Match | None:
    """The recap itself "telah mencapai" the figure at `end` (text[start:end])."""
    if not may_end_with(text, start, end, _REACHED_ENDS):
        return None
    return _RECAP_REACHED.search(text, start, end)
