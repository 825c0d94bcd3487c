"""A pair leading "in the vote count": "Prabowo-Gibran Unggul dalam Perhitungan Suara di Luar
Negeri dengan 59,83%" names the count the pair leads in, not how far it has come; the figure
after it is the pair's share (blind hunt 26: read as the progress abroad and flagged against
Sirekap's 53,84). Asked by figure_kind of a progress word found before a percentage. Pure."""

from __future__ import annotations

import re

__all__ = ["led_in_count"]

# A lead verb, then "dalam/pada (hasil) penghitungan|perhitungan (suara)" ending where the progress
# word found ends.
_LED_IN = re.compile(r"\b(?:unggul|menang|memimpin|teratas|terdepan|berjaya)\s+(?:sementara\s+)?"
                     r"(?:dalam|pada)\s+(?:hasil\s+)?(?:peng|per)hitungan(?:\s+suara)?\s*$",
                     re.IGNORECASE)


def led_in_count(text: str, word_end: int, start: int) -> bool:
    """Does the progress word ending at `word_end` name the count a pair leads in ("unggul
    dalam perhitungan suara"), looked for from `start`?"""
    return _LED_IN.search(text, max(start, word_end - 80), word_end) is not None
