"""A survey named right after the figure it gives: "Pramono-Rano meraih 28,4 persen dalam
survei LSI", "... 51,8 persen menurut hasil survei Lembaga Survei Indonesia". The figure is the
poll's (voters' intentions, never a count), whatever result words stood before; it was read as
the race's result and graded `discrepant` against KPU's (found on corpus-be, a fact-check of a
post that passed LSI's September survey figure off as a collapse of Pramono-Rano). The count
words after a figure were read only when they named a count (count_basis._ATTACHED); "survei"
is no count word, since a quick count's poster is called a survey too: "survei hitung cepat",
"survei quick count" stay the quick count's. Pure."""

from __future__ import annotations

import re

__all__ = ["survey_attached"]

_SURVEY_AFTER = re.compile(
    r"[\d.,]+[^\S\n]*(?:%|persen)?[^\S\n]*(?:suara[^\S\n]*)?,?[^\S\n]*(?:\([^\S\n]*)?"
    r"(?:dalam|menurut|versi|berdasarkan|berdasar|pada)[^\S\n]+(?:hasil[^\S\n]+)?"
    r"(?:survei|survey|sigi|jajak[^\S\n]+pendapat)\b"
    r"(?![^\S\n]+(?:hitung|quick|exit|real|cepat))", re.IGNORECASE)


def survey_attached(text: str, position: int) -> bool:
    """Is the figure starting at `position` followed in its clause by a survey that gives it
    ("28,4 persen dalam survei LSI")?"""
    return _SURVEY_AFTER.match(text, position) is not None
