"""Ballot numbers written zero-padded and alone, as regional news lists pairs once they have
been introduced: "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01
dengan 1.178 suara", "04 mendapat 6.242 suara, 03 meraih 5.220 suara" (ANTARA Sumbar, corpus-n).
Without them each count took the "Paslon 04" that opened the sentence. Pure.

Only where nothing else reads "03" so: the number opens a clause (after a comma, a colon, the
line's start or a list word: "diikuti", "lalu", "dan" ...) and is followed by what a pair does
("dengan", "meraih", "mendapat" ...) or by the pair's capitalised name ("03 Erman-Heldo"). A
time ("pukul 09.00"), a date ("(03/12)"), a TPS, RT or RW number ("TPS 03", "RT 02") or a
count of things ("dengan 03 orang") or a day ("Selasa, 03 Desember") is none of these."""

from __future__ import annotations

import re

__all__ = ["bare_ballots"]

_MONTH = r"(?i:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)"
_BARE = re.compile(
    r"(?:^|[\n,:;(]|\b(?:diikuti|disusul|lalu|kemudian|dan|sedangkan|sementara|serta))"
    r"[^\S\n]*(0[1-9])(?![\d.,/:-])(?![^\S\n]+" + _MONTH + r")(?=[^\S\n]+(?:dengan|meraih|"
    r"mendapat|memperoleh|mengantongi|meraup|mengumpulkan|hanya|unggul|menang|kalah|sebanyak|"
    r"sebesar|[A-Z][a-z]+(?:[-\u2013][A-Z]|[^\S\n]+[A-Z])))", re.MULTILINE)


def bare_ballots(text: str, limit: int = 2000) -> list[tuple[int, int, str]]:
    """(start, end, ballot number) of each zero-padded number standing alone for a pair."""
    if " 0" not in text and "\n0" not in text and not text.startswith("0"):
        return []
    found = []
    for match in _BARE.finditer(text):
        found.append((match.start(1), match.end(1), str(int(match.group(1)))))
        if len(found) >= limit:
            break
    return found
