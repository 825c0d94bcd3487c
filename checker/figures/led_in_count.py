"""A pair leading "in the vote count": "Prabowo-Gibran Unggul dalam Perhitungan Suara di Luar
Negeri dengan 59,83%" names the count the pair leads in, not how far it has come; the figure
after it is the pair's share (blind hunt 26: read as the progress abroad and flagged against
Sirekap's 53,84). So is the pair's share in "Data yang masuk menunjukkan paslon 02 itu unggul
dengan 59,83%": a pair named by its ballot word between the progress word and "unggul dengan"
right before the figure (the same page's lead). Asked by figure_kind of a progress word found
before a percentage. Pure."""

from __future__ import annotations

import re

__all__ = ["leads_with", "led_in_count"]

# A lead verb, then "dalam/pada (hasil) penghitungan|perhitungan (suara)" ending where the progress
# word found ends.
_LED_IN = re.compile(r"\b(?:unggul|menang|memimpin|teratas|terdepan|berjaya)\s+(?:sementara\s+)?"
                     r"(?:dalam|pada)\s+(?:hasil\s+)?(?:peng|per)hitungan(?:\s+suara)?\s*$",
                     re.IGNORECASE)


def led_in_count(text: str, word_end: int, start: int) -> bool:
    """Does the progress word ending at `word_end` name the count a pair leads in ("unggul
    dalam perhitungan suara"), looked for from `start`?"""
    return _LED_IN.search(text, max(start, word_end - 80), word_end) is not None


# "... paslon 02 itu unggul dengan 59,83%": a pair by its ballot word, then its lead's verb.
_PAIR_WORD = re.compile(r"\b(?:paslon|pasangan|capres|cagub|cabup|cawalkot|nomor\s+urut)\b",
                        re.IGNORECASE)
_LEADS_WITH = re.compile(r"\bunggul\s+(?:sementara\s+)?dengan\s*$", re.IGNORECASE)


def leads_with(text: str, word_end: int, number_start: int) -> bool:
    """Between a progress word ending at `word_end` and the figure at `number_start`, a pair
    named by its ballot word that "unggul dengan" the figure?"""
    return _LEADS_WITH.search(text, max(word_end, number_start - 30), number_start) is not None \
        and _PAIR_WORD.search(text, word_end, number_start) is not None
