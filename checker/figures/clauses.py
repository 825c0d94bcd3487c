"""A sentence that walks through several kecamatan, one clause each, the clauses parted by
semicolons (corpus-ac, Prokaltim on KPU Balikpapan's plenary):

    "Lalu di Kecamatan Balikpapan Tengah Rahmad-Bagus memperoleh 26.404 suara, ...; di
     Kecamatan Balikpapan Barat Rahmad-Bagus 28.778 suara, ...; di Kecamatan Balikpapan
     Selatan Rahmad-Bagus 33.271 suara, ..."

"; di Kecamatan X" (or Distrik, Kapanewon, Kemantren; "; sedangkan di", "; dan yang terakhir
di") opens a new place inside the sentence: the counts after it, up to the next such clause,
are X's, as a sentence opening "Di Kecamatan X, ..." gives its counts to X
(kecamatan_said). A clause opening at a desa or kelurahan ("; di Kelurahan Y ...") is below
the record's level: its counts are not the kecamatan's the sentence opened with. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import capitalised

__all__ = ["clause_opening"]

_NAME = capitalised(3)
# Group 1: the kecamatan's name (None for a desa's or kelurahan's clause); group 2: the comma
# after it (without it the name's words may run into the pair's: kecamatan_said tries shorter).
_CLAUSE = re.compile(
    r";[^\S\n]*(?i:(?:(?:dan|serta|sedangkan|sementara(?:[^\S\n]+itu)?|lalu|kemudian|"
    r"selanjutnya)[^\S\n]+)?(?:(?:yang[^\S\n]+)?terakhir[^\S\n]+)?(?:di|untuk|pada|dari)"
    r"[^\S\n]+(?:wilayah[^\S\n]+)?)(?:(?i:kecamatan|kec\.|kapanewon|kemantren|distrik)"
    r"[^\S\n]+(" + _NAME + r")|(?i:desa|kelurahan|kel\.|kampung|nagari|gampong)[^\S\n]+"
    + _NAME + r")([^\S\n]*,)?")
_CLAUSES = 24  # semicolons looked back over at most (a hostile sentence may hold thousands)


def clause_opening(text: str, sentence: int, position: int) -> re.Match | None:
    """The semicolon clause of the sentence starting at `sentence` that opens at a place and
    holds `position` (the last such opening before it), else None."""
    at = position
    for _ in range(_CLAUSES):
        at = text.rfind(";", sentence, at)
        if at < 0:
            return None
        found = _CLAUSE.match(text, at)
        if found is not None and found.end() <= position:
            return found
    return None
