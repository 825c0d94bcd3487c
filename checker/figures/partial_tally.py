"""A tally of some provinces (issue 10, attribution): "KPU telah mengesahkan hasil Pilpres di
32 provinsi: Prabowo-Gibran 76.250.286 suara" is the country's count at a moment, annotated
as the country's ("") and held `partial_tally` (never graded against the final result); "Di
dua provinsi paling timur itu ... 67.592 suara" is the sum of a few provinces, no region of
the record (None). So is the count after the provinces a pair won, counted and listed ("unggul
di dua provinsi, Aceh dan Sumatera Barat, dan ... mengantongi 24.189.032 suara"): not theirs,
the country's. Pure: patterns and the one decision; scope_gate asks it.

    partial(text) -> bool
    tally_area(claim, lines, placed) -> Claim
    written(claim) -> re.Pattern
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from checker.figures.abroad import ABROAD_AREA
from checker.figures.places import won_in
from checker.figures.wording import may_say
from checker.models import Claim

__all__ = ["partial", "tally_area", "written"]

# A tally over some provinces only: "di 33 provinsi", "dari dua provinsi", "di dua provinsi
# paling timur itu", and without a preposition where the count of provinces is what was
# recapitulated: "merampungkan rekapitulasi 33 provinsi", "Rekapitulasi 33 dari 38 provinsi",
# "Sebanyak 33 provinsi sudah disahkan", "33 provinsi telah direkapitulasi". 38 provinces is
# the whole country (2024); provinces won or lost are counted, not tallied (won_in).
_WORD_NUMBERS = ("satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|"
                 "puluhan|beberapa|sejumlah")
# The few provinces a count may still wait for, in words (the count so far: 38 less them).
_WORDS_TO_GO = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                "delapan": 8, "sembilan": 9, "sepuluh": 10}
_TO_GO = "|".join(_WORDS_TO_GO)
_PARTIAL = re.compile(r"\b(?:(?:di|dari|pada|untuk)\s+|(?:rekapitulasi|rekap|merekap|direkap|"
                      r"merekapitulasi|sebanyak|baru|sudah|telah)\s+)(\d{1,2}|" + _WORD_NUMBERS +
                      r")\s+provinsi\b(?!\s+(?:se-?indonesia|di\s+seluruh))(?!\s+di\s+indonesia)"
                      r"|\b(\d{1,2}|" + _WORD_NUMBERS + r")\s+(?:dari\s+38\s+)?provinsi\s+"
                      r"(?:yang\s+)?(?:telah|sudah|baru|selesai|rampung)\b"
                      # The provinces still to go: "Rekapitulasi Nasional Tersisa 4 Provinsi"
                      # (Bisnis, corpus-bc: its 58,51 % of 34 provinces graded against 58.59).
                      r"|\b(?:tersisa|tinggal|sisa)\s+(\d{1,2}|" + _TO_GO + r")\s+provinsi\b"
                      # The count as it stood before the last provinces were added: "Sebelum
                      # keempat provinsi itu disahkan KPU, Prabowo-Gibran sudah mengantongi
                      # 76.882.902 suara" (Tribunnews, corpus-bi: graded against 96.214.691).
                      r"|\bsebelum\s+(?:hasil\s+)?(?:ke)?(\d{1,2}|" + _TO_GO + r")\s+provinsi\b"
                      r"[^.;]{0,40}?\b(?:disahkan|direkapitulasi|direkap|ditetapkan)\b",
                      re.IGNORECASE)
# The provinces a pair won or lost, counted, then named: "unggul di dua provinsi, Aceh dan
# Sumatera Barat, ...", "menang di 36 provinsi: ...".
_WON_LISTED = re.compile(r"\b(?:kalah|menang|unggul|memenangi|memenangkan|mendominasi)\s+di\s+"
                         r"(?:\d{1,2}|" + _WORD_NUMBERS + r")\s+provinsi\s*(?:[,:(]|yaitu|yakni)",
                         re.IGNORECASE)
# From this many provinces on, a running tally is the country's count so far (KPU's national
# plenary adopted province after province: 19, 32, 33, 36 of 38); fewer are those provinces'
# sum ("dua provinsi", "5 provinsi di Sumatera"), which no area of the record holds.
_COUNTRYS = 10


def _tallies(text: str) -> list[re.Match]:
    if not may_say(text, "provinsi"):
        return []
    return [m for m in _PARTIAL.finditer(text)
            if _count(m) != "38" and not won_in(text, m.start())]


def _count(match: re.Match) -> str:
    """The number of provinces a _PARTIAL match tallies, as written; for the provinces still
    to go (or those added after the count), the 38 less them."""
    if match.group(3) is not None or match.group(4) is not None:
        to_go = (match.group(3) or match.group(4)).lower()
        return str(38 - (int(to_go) if to_go.isdigit() else _WORDS_TO_GO[to_go]))
    return match.group(1) or match.group(2)


def partial(text: str) -> bool:
    """Does `text` tally some provinces, not all 38 (provinces won or lost apart)?"""
    return bool(_tallies(text))


def _countrys(text: str) -> bool | None:
    """True when the text tallies enough provinces to be the country's count so far, False
    when it tallies only a few, None when it tallies none."""
    counts = [int(_count(m)) if _count(m).isdigit() else 0 for m in _tallies(text)]
    return None if not counts else max(counts) >= _COUNTRYS


def written(claim: Claim) -> re.Pattern:
    """The claim's figure as pages write it: "94.569.530" (any thousands mark), "58,51%",
    "58.51 percent"."""
    # (kept per value as written: the scope gate and its holds ask it of each claim again)
    return _written(claim.kind == "votes", type(claim.value), str(claim.value))


@lru_cache(maxsize=1024)
def _written(votes: bool, kind: type, value: str) -> re.Pattern:
    if votes:
        digits = re.escape(f"{int(kind(value)):,}").replace(",", "[.,]")
        return re.compile(r"(?<![\d.,])" + digits + r"(?![.,]?\d)")
    text = re.escape(format(Decimal(kind(value)), "f")).replace(r"\.", "[.,]")
    # (English pages write "22.71 percent", "24.1 per cent": blind hunt 45)
    return re.compile(r"(?<![\d.,])" + text + r"\s*(?:%|persen|per\s?cent)", re.IGNORECASE)


def _after_won_list(claim: Claim, sentence: str) -> bool:
    """Is the figure written after a list of the provinces a pair won in its sentence?"""
    won = _WON_LISTED.search(sentence) if may_say(sentence, "provinsi") else None
    return won is not None and written(claim).search(sentence, won.end()) is not None


def tally_area(claim: Claim, lines: list[str], placed) -> Claim:
    """A presidential claim held `partial_tally`, with the area the nearest of `lines` (its
    sentence, its paragraph, the paragraph before) says: the country's when many provinces
    are tallied and the sentence does not place it in the claim's province (`placed(sentence)`,
    "di Jawa Timur"); none when only a few are. One held `region_unclear` for the provinces
    listed before it, where they are those its pair won: the country's, still held. The votes
    abroad ("427.871 suara di 128 wilayah PPLN") stay theirs, whatever provinces the paragraph
    before tallied: no province's count, nor the country's."""
    if claim.region_code is not None and claim.region_code.startswith(ABROAD_AREA):
        return claim
    if claim.hold == "region_unclear":
        if claim.region_code is None and claim.kind in ("votes", "share") and \
                _after_won_list(claim, lines[0]):
            return replace(claim, region_code="", region_name=None)
        return claim
    for line in lines:
        countrys = _countrys(line)
        if countrys is None:
            continue
        if not countrys:
            return replace(claim, region_code=None, region_name=None)
        if claim.region_code and placed(lines[0]):
            return claim
        return replace(claim, region_code="", region_name=None)
    return claim
