"""A page of the Pilpres that never says "Pilpres": its title or lead names a presidential pair
("Anies-Muhaimin Unggul di Sumatera Barat", "Pasangan Anies Baswedan-Muhaimin Iskandar unggul
di Sumatera Barat menurut hasil sementara KPU"), then gives a share by ballot number alone
("Pasangan nomor urut 1 meraih 56,53 persen suara"). The province alone was taken for the
governor race (collect.py: a province with no race word is the Pilgub's on a page not of the
Pilpres), so the share went to Sumatera Barat's governor pair no. 1 and a mid-count reading of
19 Feb 2024 was flagged against that Pilgub's count. The page names exactly one race, by its
pairs: the share is that race's. Only when every pair written in the page's opening resolves to
a Pilpres pair, one at least does, and the page writes no word of another race (a Pilgub,
Pilbup or Pilkada word, "gubernur", "bupati"): a Pilkada page recalling Prabowo-Gibran's
coalition names the Pilkada too. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from checker.figures.cues import alternation
from checker.figures.written_pairs import NAME

__all__ = ["names_pilpres_pairs"]

# A written pair at every capital that may open one, overlapping: a dateline's dash ("Padang -
# Pasangan Anies Baswedan-Muhaimin Iskandar") would take the pair's first member for its own.
_PAIR = re.compile(rf"(?<![\w'.])(?=(({NAME})\s*+[-\u2013\u2014/]\s*+{NAME}))")
_OPENING = 2000  # characters: the title, the headings and the lead
_MOST = 12  # written pairs looked up at most (each a name search in the record)


@lru_cache(maxsize=8)
def _other_race(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:pilkada|" + alternation(list(words)) + r")(?!\w)",
                      re.IGNORECASE)


def names_pilpres_pairs(out, opening: str, text: str) -> bool:
    """Does `opening` (the page's title, headings and lead) write presidential pairs only (one
    at least, every one the record resolves being of the Pilpres) while `text` (the page's)
    writes no word of another race? `out`: the Collector (its matcher and figure rules)."""
    if out.record is None or "-" not in opening and "/" not in opening and \
            "\u2013" not in opening and "\u2014" not in opening:
        return False
    words = tuple(sorted(w for kind, listed in out.figures.race_words.items()
                         if kind != "president" for w in listed))
    if _other_race(words).search(text):
        return False
    found, tried, known = False, 0, set()  # known: the joins of the pairs resolved
    for match in _PAIR.finditer(opening, 0, _OPENING):
        if match.end(2) in known:
            continue  # ("Anies Baswedan-Muhaimin", once "Pasangan Anies Baswedan-..." was read)
        if tried >= _MOST:
            break
        tried += 1
        cand = out.matcher.candidate(match.group(1), None, None)
        if cand is None:
            continue
        if cand.race.kind != "president":
            return False
        found = True
        known.add(match.end(2))
    return found
