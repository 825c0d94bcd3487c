"""An official's title before a name makes the name no pair's (fix-s39b, blind hunt 41): in
"Sekretaris Desa Jeruk, Supriyanto membenarkan ... 100 persen" the village secretary was read as
the candidate "Supriyanto", and "Ketua PPK Gedong Tataan, Supriyanto, menyebut perolehan 97.625
suara" gave the count to Pesawaran's pair 1, whose running mate is a SUPRIYANTO. A village or
kecamatan official, or a polling officer (Sekretaris Desa, Kepala Desa, Ketua PPK/PPS/KPPS,
Camat, Lurah), runs in no Pilkada or Pilpres while in that office: his name, and the place the
title names, are read by no name run (name_runs). A written pair ("Kepala Desa Jeruk, Prabowo-
Gibran menang ...": a hyphen or "dan") or a name a vote verb follows ("..., Supriyanto meraih
...") stays a name. Pure."""

from __future__ import annotations

import re

from checker.figures.at_words import Keys, find_at_words

__all__ = ["official_names"]

_TITLE = re.compile(r"\b(?:(?:Sekretaris|Kepala|Sekdes|Kades|Pj\.?[^\S\n]+Kepala)[^\S\n]+"
                    r"(?:Desa|Kelurahan|Kampung|Nagari|Gampong)|Sekdes|Kades|Camat|Lurah|"
                    r"(?:Ketua|Anggota|Sekretaris)[^\S\n]+(?:PPK|PPS|KPPS|Panwascam|PKD))\b",
                    re.IGNORECASE)
# Every _TITLE match opens at one of these words (a whole word, any case): the case-blind
# alternation is tried only there (at_words), not at each of a page's 17,000 characters (1 %
# of a 20 KB news page's check).
TITLE_KEYS = Keys(("sekretaris", "kepala", "sekdes", "kades", "pj", "camat", "lurah", "ketua",
                   "anggota"))
_WORD = r"(?:H\.|Hj\.|[A-Z][A-Za-z'\u2019]*|\d{1,3})"
# The place (perhaps), a comma (perhaps), the person's capitalised words, to the clause's end.
_AFTER = re.compile(r"(?:[^\S\n]+" + _WORD + r")+(?:,(?:[^\S\n]+" + _WORD + r")+)?")
_JOINED = re.compile(r"[^\S\n]*(?:[-\u2013/&]|dan\b)")  # "Aries-Supriyanto", "X dan Y"
_VOTE_VERB = re.compile(r",?[^\S\n]+(?:meraih|memperoleh|mendapat|mengantongi|meraup|unggul|"
                        r"menang|mengumpulkan|sebanyak|dengan)\b")


def official_names(text: str, limit: int = 200) -> list[tuple[int, int]]:
    """Spans of the words (place and name) an official's title is followed by."""
    spans = []
    for title in find_at_words(_TITLE, text, TITLE_KEYS):
        words = _AFTER.match(text, title.end())
        if words is None:
            continue
        if _JOINED.match(text, words.end()) or _VOTE_VERB.match(text, words.end()):
            continue
        spans.append((title.end(), words.end()))
        if len(spans) >= limit:
            break
    return spans
