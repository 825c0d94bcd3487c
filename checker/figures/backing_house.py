"""A legislature named in the clause that says who backs a pair is not the race of the pair's
figure after it (fix-s38b, blind hunt 37): "Khofifah-Emil yang didukung partai penguasa 85
persen kursi DPRD meraih 58,81 persen" held the governor pair's share `other_race`, the DPRD
being the last house named before the figure. When the house stands inside "yang didukung /
diusung ..." right after a pair written as a pair in the same sentence, and only a verb of
obtaining (and two words at most) lies between the house and the figure, the figure is the pair's.
Pure but for the layout's pair lookup (parties._pair_written)."""

from __future__ import annotations

import re

__all__ = ["backing_clause"]

# "yang didukung / diusung (oleh) ..." up to the house (no sentence break, no figure's verb)
_BACKED = re.compile(r"\byang\s+(?:di)?(?:dukung|usung|sokong)\w*\b(?:(?!\b(?:meraih|memperoleh|"
                     r"meraup|mengantongi)\b)[^.;:!?\n]){0,90}$", re.IGNORECASE)
# The house, then the pair's verb of obtaining, then the figure
_THEN_GOT = re.compile(r"(?:[^\S\n]+[\w-]+){0,2}?[^\S\n]+(?:meraih|memperoleh|mendapat(?:kan)?|"
                       r"meraup|mengantongi|mengumpulkan)\b"
                       r"(?:\s+(?:dukungan|suara|sebanyak|sebesar|hingga|sekitar))*\s*$", re.IGNORECASE)
# A figure of seats is the house's ("meraih 60 persen kursi")
_SEATS = re.compile(r"[\d.,]+\s*(?:persen|%)?\s+kursi\b", re.IGNORECASE)


def backing_clause(text: str, sentence: int, house, position: int) -> int | None:
    """Where the backing clause holding `house` begins, if the figure at `position` follows it
    with only a verb of obtaining between; the caller asks whether a pair is written before."""
    if _THEN_GOT.fullmatch(text, house.end, position) is None or _SEATS.match(text, position):
        return None
    clause = _BACKED.search(text, sentence, house.start)
    return clause.start() if clause is not None else None
