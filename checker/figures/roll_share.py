"""A pair's count given as a share of the voter roll or of all who came, not of the valid
votes (blind hunt 38, probed from the Jakarta golput pages): "Dari 8.214.007 DPT, Pramono
Anung-Rano Karno hanya dipilih 2.183.239 orang atau 26,58 persen", "Jika dihitung dari total
DPT, Pramono-Rano hanya didukung 26,58 persen pemilih", "Dari 4.724.393 pemilih yang datang,
... 2.183.239 orang atau 46,21 persen", "Jika suara tidak sah ikut dihitung, ... hanya meraih
46,21 persen". Read as the pair's share, each was graded `discrepant` against 50,07. The
sentence says its base: in words ("dihitung dari DPT", "jika suara tidak sah ikut dihitung"),
or in numbers (the percentage is the count right before it over the base the sentence gives,
to its written precision). "Dari DPT 1.174.448, Anom-Nurkholes meraih 278.043 suara atau
44,51%" stays the pair's share: 278.043 is 23,67 % of the roll, 44,51 % of the votes. Pure."""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["share_of_roll"]

_ROLL_WORDS = r"(?:dpt\b|daftar\s+pemilih(?:\s+tetap)?\b|pemilih\s+terdaftar\b)"
# All who came, invalid ballots included: "4.724.393 pemilih yang datang", "pengguna hak pilih
# sebanyak 4.724.393", "surat suara terpakai 4.724.393"
_CAME_WORDS = (r"(?:pemilih\s+yang\s+(?:datang|hadir|menggunakan\s+hak\s+pilih)\b|pengguna\s+hak"
               r"\s+pilih\b|surat\s+suara\s+(?:terpakai|yang\s+(?:di|ter)pakai|yang\s+"
               r"digunakan)\b)")
_BASES = r"(?:" + _ROLL_WORDS + r"|" + _CAME_WORDS + r")"
_GROUPED = r"\d{1,3}(?:[.,]\d{3})+"
# "dihitung dari total DPT", "jika dihitung berdasarkan jumlah pemilih terdaftar"
# or "jika suara tidak sah ikut dihitung": the share worked out on another base, in words
_COUNTED_FROM = re.compile(r"\b(?:di)?hitung\w*\s+(?:dari|berdasarkan|terhadap)\s+(?:(?:total|"
                           r"jumlah|seluruh)\s+)?" + _BASES + r"|\b(?:jika|kalau|apabila|bila|"
                           r"seandainya)\s+(?:[\w-]+\s+){0,3}?(?:suara\s+tidak\s+sah|golput|dpt)\s+"
                           r"(?:juga\s+)?(?:ikut\s+)?(?:di)?hitung", re.IGNORECASE)
# The roll in numbers: "8.214.007 DPT", "DPT sebanyak 8.214.007", "daftar pemilih tetap (DPT)
# 8.214.007"
_ROLL = re.compile(r"(" + _GROUPED + r")\s+(?:orang\s+)?" + _BASES + r"|" + _BASES +
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
