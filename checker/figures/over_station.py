"""A pair's count at one polling station larger than any station's roll (issue 10, errors
caught). Pure.

A polling station (TPS) counts the ballots of its own roll, and KPU caps the roll: at most 300
voters a station at the 2024 general election, 600 at the 2024 Pilkada (a few more with the
voters who moved in). No pair gets a thousand votes at one TPS, at any moment. Where a sentence
gives a pair's count at one station it names ("di TPS 006 Kelurahan Kota Dalam itu capres nomor
urut 1 memperoleh 3.514.615 suara": a form Sirekap misread, which the page reports) and the
count is a thousand or more, the count is wrong; it is graded `discrepant` against the largest
roll (tier "page", reason `over_station`, worded in reports/strings.yaml).

Only a figure the record could not place (held for its level or its place: the record holds no
station), read from the prose (own_corrections.figures_at), of a pair, an exact count of KPU's
kind (no quick count's, campaign's or volunteers' tally, nothing rounded). The station is named
in the count's own sentence before it, close by ("TPS 12", "TPS 006", "TPS yang sama"), once;
a sentence that speaks of many stations ("di 12 TPS", "seluruh TPS"), of a wider count ("secara
nasional", "tingkat kabupaten", "total") or turns to another place ("sedangkan", "sementara
itu") between the station and the count is left alone: its count may be that wider one's.

    over_station(claims, comparisons, text) -> comparisons
"""

from __future__ import annotations

import re

from checker.figures.own_corrections import figures_at, sentence_start
from checker.models import Comparison

__all__ = ["over_station"]

# The most names a station's roll holds (Pilkada 2024; 300 at the general election), and the
# count from which no station could have given it even with voters moved in.
ROLL = 600
_BEYOND = 1000
_HELD = frozenset({"lower_level", "region_unknown", "region_unclear"})
_COUNTED = (None, "plenary", "real_count")
_REACH = 160  # characters from the station's name to its count
# One station: "TPS 12", "TPS 006", "TPS-3", "TPS yang sama", "TPS itu/tersebut"; not "TPS 12
# dan TPS 13" (counted below), nor "12 TPS" (many).
_STATION = re.compile(r"\bTPS\s*[-.]?\s*0*\d{1,3}\b(?![.,]\d)|\bTPS\s+(?:yang\s+sama|itu|"
                      r"tersebut)\b", re.IGNORECASE)
# Words that make the sentence's count a wider one than the station's, or another place's.
_WIDER = re.compile(r"\d\s*TPS\b|\b(?:seluruh|semua|sejumlah|beberapa|ribuan|ratusan|puluhan|"
                    r"total|jumlah)\s+TPS\b|\bTPS-TPS\b|\bse-?(?:kecamatan|kabupaten|kota|"
                    r"provinsi|nasional|indonesia)\b|\btingkat\b|\bnasional\b|\btotal\b|"
                    r"\bkeseluruhan\b|\bakumulasi\b|\bkumulatif\b|\brekapitulasi\b|"
                    r"\bsedangkan\b|\bsementara\s+itu\b|\badapun\b|\bnamun\b|\bsecara\b",
                    re.IGNORECASE)


def over_station(claims: tuple, comparisons: tuple[Comparison, ...],
                 text: str) -> tuple[Comparison, ...]:
    if not text or "TPS" not in text:
        return comparisons
    out = list(comparisons)
    for i, (start, _, _) in figures_at(claims, comparisons, text, kinds=("votes",)).items():
        comparison = comparisons[i]
        claim = claims[comparison.claim]
        if comparison.reason not in _HELD or claim.approximate or \
                claim.claim_type not in _COUNTED or not isinstance(claim.value, int) or \
                claim.value < _BEYOND:
            continue
        if _at_one_station(text, start):
            out[i] = Comparison(comparison.claim, "discrepant", ROLL, claim.value - ROLL, "page",
                                reason="over_station", official_page=comparison.official_page)
    return tuple(out)


def _at_one_station(text: str, at: int) -> bool:
    """Does the sentence before the count at `at` name one station, close before it, with
    nothing between that widens the count or turns to another place?"""
    start = sentence_start(text, at)
    stations = list(_STATION.finditer(text, start, at))
    if len(stations) != 1 or at - stations[0].end() > _REACH:
        return False
    return _WIDER.search(text, start, at) is None
