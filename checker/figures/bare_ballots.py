"""Ballot numbers written zero-padded and alone, as regional news lists pairs once they have
been introduced: "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01
dengan 1.178 suara", "04 mendapat 6.242 suara, 03 meraih 5.220 suara" (ANTARA Sumbar, corpus-n),
"nomor urut 01 mencapai 24 persen kemudian 02 mencapai 75 persen" (Serang PSU, blind run 10).
Without them each count took the "Paslon 04" that opened the sentence. Pure.

Only where nothing else reads "03" so: the number opens a clause (after a comma, a colon, the
line's start or a list word: "diikuti", "lalu", "dan" ...) and is followed by what a pair does
("dengan", "meraih", "mendapat" ...) or by the pair's capitalised name ("03 Erman-Heldo"). A
time ("pukul 09.00"), a date ("(03/12)"), a TPS, RT or RW number ("TPS 03", "RT 02") or a
count of things ("dengan 03 orang") or a day ("Selasa, 03 Desember") is none of these."""

from __future__ import annotations

import re

from checker.figures.months import MONTH

__all__ = ["bare_ballots"]

_MONTH = "(?i:" + MONTH + ")"
# What opens the clause: the line's start, a comma, colon, semicolon or bracket, or a list word.
# "sedangkan untuk suara 03 sebanyak 159 suara", "suara untuk 01 sebanyak ...": the votes of
# the pair numbered so (blind hunt 30, a PSU's TPS in Siak: the count took the "Paslon 02"
# before it; on a decree's figures, Pilgub DKI's 1.718.160 was flagged as Pramono-Rano's).
_OPENERS = (r"(?:^|[\n,:;(]|\b(?:diikuti|disusul|lalu|kemudian|dan|sedangkan|sementara|serta)|"
            r"\bsuara(?:[^\S\n]+(?:untuk|bagi))?)")
# The number and what follows it: what a pair does, or the pair's capitalised name.
_NUMBER = (r"(0[1-9])(?![\d.,/:-])(?![^\S\n]+" + _MONTH + r")(?=[^\S\n]+(?:dengan|meraih|"
           r"mendapat|memperoleh|mengantongi|meraup|mengumpulkan|mencapai|mendulang|mengoleksi|"
           r"menembus|hanya|unggul|menang|kalah|"
           # "02 sebanyak 124 dan 03 ada 9 suara" (a KPPS chair read out, blind hunt 41): the
           # 9 took pair 2 while "03 ada" was no pair's number.
           r"sebanyak|sebesar|sejumlah|berjumlah|ada\b|memiliki|"
           r"[A-Z][a-z]+(?:[-\u2013][A-Z]|[^\S\n]+[A-Z])))")
# The matches of _OPENERS + r"[^\S\n]*" + _NUMBER, found from their numbers: that pattern
# opens with no fixed text, so its search tried it at every character of the page (0.8 ms of
# a 20 KB news page); the number opens with a "0", found in C, the opening looked for before.
_AT = re.compile(_NUMBER)
_OPENS = re.compile(_OPENERS + r"\Z", re.MULTILINE)
_WORDS_BEFORE = 12  # the longest opener ("suara untuk"; the list words "sedangkan", "sementara")


def bare_ballots(text: str, limit: int = 2000) -> list[tuple[int, int, str]]:
    """(start, end, ballot number) of each zero-padded number standing alone for a pair."""
    if " 0" not in text and "\n0" not in text and not text.startswith("0"):
        return []
    found = []
    for match in _AT.finditer(text):
        start = match.start()
        opener = start  # where the blanks before the number begin (never a line break)
        while opener > 0 and text[opener - 1] != "\n" and text[opener - 1].isspace():
            opener -= 1
        if _OPENS.search(text, max(0, opener - _WORDS_BEFORE), opener) is None:
            continue
        found.append((start, match.end(1), str(int(match.group(1)))))
        if len(found) >= limit:
            break
    return found
