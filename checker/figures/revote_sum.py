"""A pair's count before a re-vote and its total after the re-vote's votes are added: "bila pada
perolehan sebelumnya paslon Nanik-Suyatni sudah mengantongi 136.444 suara lalu ditambah suara
PSU 904, hasil akhir calon petahana itu menjadi 137.345 suara" (ANTARA Sumbar on Magetan's
re-vote at four TPS, corpus-ab), or over two sentences: "Sebelum PSU, perolehan kedua pasangan
tercatat Gogo-Helo 41.818 suara ... Setelah suara dari dua TPS itu ditambahkan, jumlah suara
Gogo-Helo menjadi 42.239 suara" (voxkalteng on Barito Utara's re-vote at two TPS, corpus-af).

A re-vote at a few TPS adds its votes to the count of the first vote elsewhere: the count said
before the re-vote ("sebelum PSU", "sebelum pemungutan suara ulang digelar"; "sebelumnya",
"semula", "hasil awal" where the votes added follow in its sentence or the next) is the first
vote's (the round the re-vote re-runs), over the race's area without the re-voted TPS, so no
area total of the record: held `partial_tally`, never graded against the regency's count. The
total after the addition ("ditambah(kan)", "digabung" beside the PSU or its TPS, then "menjadi",
"total", "hasil akhir"; "setelah PSU ... menjadi") is the re-vote round's, over the race's whole
area. Both are the race's area, not the TPS the sentences around named; a count the sentence
itself places at a TPS, desa or kecamatan keeps its place. Pure: the sentences' words only.

    summed_round(layout, number, scope) -> Scope   the figure's scope, told apart
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.revote import PSU, is_revote, rerun

__all__ = ["summed_round"]

_PSU = PSU.pattern.removeprefix("(?i)")  # its words, to build on
# The re-vote's votes added to the count before: "ditambah suara PSU 904", "suara dari dua TPS
# itu ditambahkan", "digabung dengan suara PSU", "plus hasil PSU".
_ADDED = re.compile(r"\b(?:ditambah(?:kan)?|tambahan|plus|digabung(?:kan)?|dijumlah(?:kan)?)\b",
                    re.IGNORECASE)
_ADDED_WHAT = re.compile(_PSU + r"|\bTPS\b", re.IGNORECASE)
_ADDED_REACH = 40  # the PSU or its TPS this close to the adding word is what was added
# After the re-vote: "setelah PSU", "usai pemungutan suara ulang", "pasca-PSU".
_SINCE = re.compile(r"(?i)\b(?:setelah|sesudah|usai|pasca)[\s-]+(?:\w+\s+)?(?:" + _PSU + ")")
# Before it: "sebelum PSU (di dua TPS)", "sebelum digelarnya pemungutan suara ulang".
_BEFORE = re.compile(r"(?i)\bsebelum\s+(?:\w+\s+)?(?:" + _PSU + r")"
                     r"(?:\s+(?:di|pada)\s+(?:\w+\s+){0,2}TPS\b)?")
# An earlier count that needs the addition beside it: "sebelumnya", "semula", "hasil awal".
_EARLIER = re.compile(r"\b(?:sebelumnya|semula|(?:perolehan|hasil)\s+awal)\b", re.IGNORECASE)
# The total after it: "hasil akhir ... menjadi 137.345 suara", "jumlah suara ... menjadi",
# "sehingga totalnya"; after "setelah PSU" only a change of state ("menjadi", "akhirnya").
_RESULT = re.compile(r"\b(?:hasil\s+akhir(?:nya)?|menjadi|total(?:nya)?|sehingga|"
                     r"(?:perolehan|suara)\s+akhir(?:nya)?|akhirnya)\b", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:hasil\s+akhir(?:nya)?|menjadi|(?:perolehan|suara)\s+akhir(?:nya)?|"
                      r"akhirnya)\b", re.IGNORECASE)
# A place below the race's area the sentence gives the count ("di empat TPS itu", "di Kecamatan
# Teweh Tengah"): the count is that place's, whichever round.
_BELOW = re.compile(r"(?i)\b(?:di|pada|dari)\s+(?:\w+\s+){0,2}(?:TPS|desa|kelurahan|kecamatan)\b")
_AROUND = 30  # characters after the count where its place may still stand


def _added(text: str, start: int, end: int):
    """The adding word of text[start:end] whose neighbours name the re-vote or its TPS."""
    for m in _ADDED.finditer(text, start, end):
        if _ADDED_WHAT.search(text, max(start, m.start() - _ADDED_REACH),
                              min(end, m.end() + _ADDED_REACH)):
            return m
    return None


def _before(layout, number, sentence: int, end: int) -> bool:
    """The count is dated before the re-vote by the words before it in its sentence."""
    text = layout.text
    said = _BEFORE.search(text, sentence, number.start)
    if said is not None:
        return not _BELOW.search(text, said.end(), number.start)
    if _EARLIER.search(text, sentence, number.start) is None or \
            PSU.search(text, sentence, number.start) or _BELOW.search(text, sentence, number.start):
        return False
    # A bare "sebelumnya" is any earlier time: the addition after it (its sentence or the next)
    # says it is the count the re-vote's votes were added to.
    after = min(end, len(text))
    follows = layout._where(after)[1] if after < len(text) else after
    return _added(text, number.end, min(follows, len(text))) is not None


def _after(text: str, number, sentence: int, end: int) -> bool:
    """The count is the total after the re-vote's votes were added (or after the re-vote)."""
    added = _added(text, sentence, number.start)
    result = None
    if added is not None:
        result = _RESULT.search(text, added.end(), number.start)
    elif (since := _SINCE.search(text, sentence, number.start)) is not None:
        result = _CHANGED.search(text, since.end(), number.start)
    return result is not None and not _BELOW.search(
        text, result.start(), min(end, len(text), number.end + _AROUND))


def summed_round(layout, number, scope):
    """The scope of a count beside a re-vote's votes added to an earlier count: before the
    addition, the first vote's partial count; after it, the re-vote's total; both over the
    race's area. Else `scope` as it was."""
    if not is_revote(scope.election):
        return scope
    sentence, end, _, _ = layout._where(number.start)
    whole = replace(scope, unclear=False, lower=False)
    if _before(layout, number, sentence, end):
        return replace(whole, election=rerun(scope.election), partial=True)
    if _after(layout.text, number, sentence, end):
        return whole
    return scope
