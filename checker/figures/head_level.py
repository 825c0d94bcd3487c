"""Is a page's headline about a TPS, desa or kecamatan? (issue 10, region; Republika on the DKI
recapitulation: "Rekapitulasi di Kecamatan Rampung, Pramono-Rano Yakin Menang Satu Putaran";
Lintas Sumbar: "Mahyeldi-Vasko Unggul Telak di Semua Kecamatan di Sumbar, Kecuali di Kecamatan
Ini").

In running text a capital after "Kecamatan" or "Desa" starts a name and a lower-case word is the
process ("tingkat kecamatan"): cues.py reads it so. A headline capitalises every word, so there
"Kecamatan Rampung" (the kecamatan level is done) and "Kecamatan Ini" (this kecamatan) look like
names. Such a headline would hold every figure of the page below the record's level. A named
kecamatan or desa in the headline therefore counts only when the article names it so too,
outside its headings ("Kecamatan Moa", "Desa Bojong Koneng" come back in the story; "Rampung"
and "Ini" never follow "Kecamatan" there). A TPS ("TPS 09", "di TPS") is no name: it counts as
before, unless the headline goes back up after it ("... Tingkat Provinsi"). Pure.
"""

from __future__ import annotations

import re

__all__ = ["head_lower"]

# The level word and the first word of the name after it, as cues.py's lower marks start.
_LEVEL = r"(?i:kecamatan|kec\.|desa|kelurahan|kel\.|dusun|banjar|gampong|nagari|kapanewon|" \
    r"kemantren|distrik)[^\S\n]+"
_NAMED = re.compile(_LEVEL + r"([A-Z][\w'-]*)")


def head_lower(marks, top: str, prose: str, headings) -> bool:
    """Does one of `marks` (cues.levels over the headline `top`) put the page below the
    record's level: a TPS, or a kecamatan/desa the article's prose names too?"""
    body = None
    for i, mark in enumerate(marks):
        if mark.value != "lower" or _back_up(marks[i + 1:], top, mark.end):
            continue
        named = _NAMED.match(top, mark.start)
        if named is None:
            return True  # a TPS
        if body is None:
            body = _without_headings(prose, headings)
        if re.search(_LEVEL + re.escape(named.group(1)) + r"\b", body):
            return True
    return False


def _back_up(after, top: str, end: int) -> bool:
    """Does the headline go back up to a province or kab/kota level later in the same line
    ("Usai Buka C Plano TPS 7 Aimas, Berikut Rekap ... Kabupaten Sorong Tingkat Provinsi",
    Sorong News, corpus-bi): the station was where something happened, the recap is above it."""
    line_end = top.find("\n", end)
    return any(m.value == "upper" and (line_end < 0 or m.start < line_end) for m in after)


def _without_headings(prose: str, headings) -> str:
    """The prose less its lines that are the page's headings (the headline is one: in the
    prose as written, in `headings` folded to lower case and single spaces)."""
    heads = {" ".join(h.split()) for h in headings if h}
    return "\n".join(line for line in prose[:20000].split("\n")
                     if " ".join(line.lower().split()) not in heads)
