"""A percentage that restates a count of the voter roll (corpus-an, news-inidesa-pilbup-
pemalang-pleno): "dari total Daftar Pemilih Tetap (DPT) 1.174.448, suara yang masuk ...
sebanyak 624.704 atau 58,48%". The clause names the DPT as the base the count is taken from,
so the percentage is a turnout, not a pair's share and not the share of TPS counted (its
"yang masuk" is the ballots cast, not the data in). A pair named between the roll and the
figure keeps the figure its share ("dari DPT 1.174.448, Anom-Nurkholes meraih 278.043 suara
atau 44,51%"). Not a pair's share either: a percentage said of its sentence's turnout subject
(turnout_subject), a count's share of the roll its sentence gives (roll_share), or a percentage
a poll's measure follows ("60 persen kepuasan publik", poll_measure)."""

from __future__ import annotations

import re

from checker.figures.poll_measure import measured_after
from checker.figures.roll_share import share_of_roll
from checker.figures.turnout_subject import said_of_turnout

__all__ = ["of_the_roll"]

# "dari total DPT 1.174.448", "dari jumlah Daftar Pemilih Tetap (DPT) sebanyak 1.174.448"
_ROLL_BASE = re.compile(r"\bdari\s+(?:(?:total|jumlah|seluruh)\s+)?(?:dpt\b|daftar\s+pemilih"
                        r"\s+tetap\b)(?:\s*\(\s*dpt\s*\))?[^\d\n.;]{0,24}\d+(?:[.,]\s?\d{3})*",
                        re.IGNORECASE)
# "... 624.704 atau 58,48%", "624, 704 (53,19 persen)": the percentage restates the count
# right before it.
_COUNT_THEN = re.compile(r"\d+(?:[.,]\s?\d{3})*\s*(?:orang|pemilih|jiwa|suara)?\s*(?:atau|\()"
                         r"\s*$", re.IGNORECASE)
_REACH = 200  # how far before the figure the roll may be named in its sentence


def of_the_roll(reader, sentence: int, start: int) -> bool:
    """Is the percentage at `start` the restated share of a count taken from the DPT, the
    turnout its sentence opens with, a count's share of the roll (roll_share), or a poll's
    measure (poll_measure)?"""
    text = reader.text
    if said_of_turnout(text, sentence, start) or share_of_roll(text, sentence, start) or \
            measured_after(text, start):
        return True
    base = None
    for base in _ROLL_BASE.finditer(text, max(sentence, start - _REACH), start):
        pass
    if base is None or not _COUNT_THEN.search(text, max(base.end(), start - 30), start):
        return False
    return not reader.runs(base.end(), start, first=True)
