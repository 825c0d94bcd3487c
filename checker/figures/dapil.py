"""A legislative race's electoral district (dapil) is no region of the record (issue 10,
corpus-p): "Jatim XI", "Dapil Jawa Tengah V", "daerah pemilihan (dapil) DKI Jakarta II" name
a DPR or DPRD district, which has no BPS code; a province a DPR candidate stands in
("Hillary Brigitta Lasut, Demokrat, Sulawesi Utara, nomor urut 1: 310.780 suara", a
one-dapil province: rules/regions.yaml `one_dapil`) is that candidate's dapil, not a count of
the province. Patterns only; from_text.py applies them. The record holds no legislative race:
such figures are never compared, their area is left unknown rather than named wrong."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.wording import word_pattern

__all__ = ["dapil_named", "dpr_province", "in_numbered_dapil"]

# "Dapil Jawa Tengah V", "daerah pemilihan (dapil) DKI Jakarta II", "dapil Jabar 3"
_BEFORE = re.compile(r"\b(?:dapil|daerah\s+pemilihan)(?:\s*\(dapil\))?[^\S\n]+$", re.IGNORECASE)
# "Jatim XI", "Sumatera Utara I": a Roman numeral right after the province's name (in
# capitals, then no word, digit or decimal mark).
_NUMERAL_AFTER = re.compile(r"[^\S\n]+[IVX]{1,5}(?![\w.\-/]|[.,]\d)")
# "Dewan Perwakilan Rakyat" (the DPR), not "... Rakyat Daerah" (a DPRD) nor "... Daerah".
_PEOPLES = re.compile(r"\s+Rakyat\b(?!\s+Daerah)", re.IGNORECASE)
_DPR = re.compile(r"\bDPR\b")
# A numbered dapil: "Dapil III", "dapil 2", "Dapil I, II dan IV", "Dapil Jawa Tengah V",
# "daerah pemilihan (dapil) Sumsel I". Only a legislature has numbered electoral districts;
# "128 dapil luar negeri" (the PPLN, where the Pilpres is counted too) has no number after it.
_NUMBERED = re.compile(r"\b(?i:dapil|daerah\s+pemilihan)(?:\s*\((?i:dapil)\))?"
                       r"(?:[^\S\n]+[A-Z][\w.]*){0,3}[^\S\n]+(?:[IVX]{1,5}|\d{1,2})(?![\w.,]\d|\w)")
# A pair or a pair's race named after the dapil, before the figure: "Di Dapil Jatim I, pasangan
# Prabowo-Gibran meraih ..." counts a pair, not a legislature's seat.
_PAIR_NAMED = word_pattern(("pasangan", "paslon", "capres", "cawapres", "cagub", "cabup", "pilkada",
                            "pilgub", "pilbup", "pilwalkot", "pilwali", "pilpres"))


def dapil_named(text: str, region) -> bool:
    """Is the region, as written, a dapil's number ("Jatim XI", "Jawa Tengah V")? ("Dapil
    Jawa Tengah" alone may be said of the province's voters: only a legislative figure's,
    dpr_province.)"""
    return bool(region.level in (1, 2) and _NUMERAL_AFTER.match(text, region.end))


def dpr_province(layout, region, position: int, sentence: int) -> bool:
    """Is the place named in the legislative figure's own sentence a dapil: written so
    ("Dapil Jawa Tengah"), or a province where the house the page names nearest before the
    figure, or in its title, is the DPR (not a DPRD or the DPD)?"""
    if region is None or region.level not in (1, 2) or region.start < sentence or \
            region.start > position:
        return False
    if _BEFORE.search(layout.text, max(0, region.start - 30), region.start):
        # "Puan yang maju di Dapil Jawa Tengah ...": one of the province's dapils; "tiga kursi
        # DPR-RI dari dapil Malut": the province's one (its count is the province's; the
        # provinces that are one dapil whole are rules/regions.yaml's `one_dapil`)
        return region.code not in layout.out.figures.region_one_dapil
    if region.level != 1:
        return False
    index = bisect_right(layout.house_starts, position)
    for house in reversed(layout.houses[max(0, index - 6):index]):
        word = layout.text[house.start:house.end]
        if word.lower() in ("caleg", "pileg"):
            continue  # (either house's candidates and election)
        return word == "DPR" or word.lower().startswith("dewan") and bool(
            _PEOPLES.match(layout.text, house.end))
    title = layout.out.page.title or ""
    return bool(_DPR.search(title)) and "DPRD" not in title


def in_numbered_dapil(text: str, position: int, sentence: int) -> bool:
    """Does the figure's own sentence, before it, name a numbered dapil with no pair after it?
    "Di Dapil III Gerindra mengumpulkan 15.166 suara, dan di Dapil V mendapat 13.298 suara"
    (Sumatera Ekspres, corpus-aq: Muara Enim's DPRD votes read as its Pilkada regent race's):
    the second count is a party's too, though no party stands right before it."""
    window = text[max(sentence, position - 200):position]
    if "apil" not in window and "emilihan" not in window:
        return False  # (asked for every figure)
    last = None
    for last in _NUMBERED.finditer(window):
        pass
    return last is not None and _PAIR_NAMED.search(window, last.end()) is None
