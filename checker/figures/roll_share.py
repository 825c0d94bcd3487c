"""A pair's count given as a share of the voter roll, not of the valid votes (blind hunt 38,
probed from the Jakarta golput pages): "Dari 8.214.007 DPT, Pramono Anung-Rano Karno hanya
dipilih 2.183.239 orang atau 26,58 persen", "Jika dihitung dari total DPT, Pramono-Rano hanya
didukung 26,58 persen pemilih". Read as the pair's share, 26,58 was graded `discrepant` against
50,07. The sentence says its base is the roll: in words ("dihitung dari DPT"), or in numbers
(the percentage is the count right before it over the roll the sentence gives, to its written
precision). "Dari DPT 1.174.448, Anom-Nurkholes meraih 278.043 suara atau 44,51%" stays the
pair's share: 278.043 is 23,67 % of the roll, 44,51 % of the votes (roll_base). Pure."""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["share_of_roll"]

_ROLL_WORDS = r"(?:dpt\b|daftar\s+pemilih(?:\s+tetap)?\b|pemilih\s+terdaftar\b)"
_GROUPED = r"\d{1,3}(?:[.,]\d{3})+"
# "dihitung dari total DPT", "jika dihitung berdasarkan jumlah pemilih terdaftar"
_COUNTED_FROM = re.compile(r"\b(?:di)?hitung\w*\s+(?:dari|berdasarkan|terhadap)\s+(?:(?:total|"
                           r"jumlah|seluruh)\s+)?" + _ROLL_WORDS, re.IGNORECASE)
# The roll in numbers: "8.214.007 DPT", "DPT sebanyak 8.214.007", "daftar pemilih tetap (DPT)
# 8.214.007"
_ROLL = re.compile(r"(" + _GROUPED + r")\s+(?:orang\s+)?" + _ROLL_WORDS + r"|" + _ROLL_WORDS +
                   r"(?:\s*\(\s*dpt\s*\))?[^\d\n.;]{0,24}?(" + _GROUPED + r")", re.IGNORECASE)
# The count the percentage restates: "2.183.239 orang atau ", "2.183.239 suara ("
_COUNT_THEN = re.compile(r"(" + _GROUPED + r")\s*(?:orang|pemilih|jiwa|suara)?\s*(?:atau|\()\s*$",
                         re.IGNORECASE)
_PERCENT = re.compile(r"\d{1,3}(?:[.,]\d{1,3})?")
_REACH = 240  # how far back in its sentence the roll may be


def _whole(written: str) -> int:
    return int(re.sub(r"\D", "", written))


def share_of_roll(text: str, sentence: int, start: int) -> bool:
    """Is the percentage at `start` a count's share of the roll its sentence names?"""
    begin = max(sentence, start - _REACH)
    if _COUNTED_FROM.search(text, begin, start):
        return True
    count = _COUNT_THEN.search(text, max(begin, start - 40), start)
    written = _PERCENT.match(text, start)
    if count is None or written is None:
        return False
    rolls = [_whole(m.group(1) or m.group(2)) for m in _ROLL.finditer(text, begin, count.start())]
    if not rolls:
        return False
    percent = Decimal(written.group().replace(",", "."))
    half = Decimal(1).scaleb(percent.as_tuple().exponent) / 2
    votes = _whole(count.group(1))
    return any(roll > votes and
               abs(Decimal(votes * 100) / roll - percent) <= half + Decimal("0.005")
               for roll in rolls)
