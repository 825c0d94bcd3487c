"""Counts that are an area's totals, not a pair's votes (issue 10: "what is not a pair's votes").

    "jumlah suara yang dihitung 32.720, suara sah 31.819, suara tidak sah 901"
    "dengan total suara sah 5.591.353", "Jumlah suara sah tercatat 533.970"
    "terdiri dari 568.302 suara sah dan 28.135 suara tidak sah"
    "58,72 persen dari 99.193.846 suara yang telah masuk", "153 suara dari total 216 suara"
    "59,1 persen dari total 201.590 suara sah", "dari jumlah 211.159 suara sah"
    a list's line "Total suara: 2.927.814" (its label alone before the figure: corpus-j)

A pair's own count may carry the same words ("meraih 484.262 suara sah atau 83,32%",
"perolehan suara sah Pramono-Rano 2.183.239"): a label counts only when nothing but filler
words stands between it and the figure, and "N suara sah" after a figure only when the
invalid ballots follow it as the other half of the whole ("N suara sah dan M suara tidak sah").
Pure; checker/figures/from_text.py asks `is_total` before reading a count as votes.
"""

from __future__ import annotations

import re

from checker.figures.wording import GAINS, may_hold

__all__ = ["is_total"]

# The words that may stand between a total's label and its figure.
# (And the race's name: "Total suara sah Pilgub sebanyak 164.432", klikpositif's Kabupaten
# Solok, read as Epyardi-Ekos's votes; blind hunt 56.)
_FILLER = (r"(?:sah|tidak|yang|di|dihitung|terhitung|masuk|tercatat|sebanyak|mencapai|"
           r"berjumlah|sebesar|adalah|yakni|yaitu|dan|surat|seluruhnya|keseluruhan|total|"
           r"lembar|hanya|ada|sekitar|sejumlah|nasional|pil(?:gub|bup|walkot|wali|wako|kada|"
           r"pres)\w*)")
_GAP = r"(?:\s+" + _FILLER + r")*\s*:?\s*$"
# The ballots not yet in: "suara yang belum masuk hingga kini sebanyak 10.981 suara atau 9,19
# persen" (corpus-bj, Nokenlive: a campaign's count of Nabire, the roll less the ballots counted,
# damaged and unused ones among them), read as the leading pair's votes. Not a pair's: no pair
# has votes that are not yet in. The words may say until when before the amount.
_NOT_YET = (r"\b(?:surat\s+)?suara\s+yang\s+belum\s+(?:masuk|dihitung|terhitung|direkap\w*)"
            r"(?:\s+(?:hingga|sampai)\s+(?:kini|sekarang|saat\s+ini))?")
# Before the figure: "jumlah/total (surat) suara ...", "suara (tidak) sah ...", and the ballots
# cast told as turnout: "dengan total partisipasi pemilih 105.891 suara", "jumlah pengguna hak
# pilih 56.359" (corpus-ao, Tarakan: read as the empty column's votes).
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:jumlah|total)\s+(?:surat\s+suara|suara\s+(?:yang\s+)?(?:sah|tidak\s+sah|dihitung|"
    r"terhitung|masuk|keseluruhan)|partisipasi(?:\s+pemilih)?|pengguna\s+hak\s+pilih)|"
    r"\bsuara\s+(?:tidak\s+)?sah|\bdari\s+(?:total|jumlah)|" + _NOT_YET + ")"
    + _GAP + r"|(?<![^\n])[^\S\n]*(?:jumlah|total)\s+(?:surat\s+)?suara[^\S\n]*:[^\S\n]*$",
    re.IGNORECASE)
# After the figure: "... suara tidak sah", "... suara yang telah masuk". The figure's text may
# end with its unit ("28.135 suara"), so the unit is optional here.
_UNIT = r"\s*(?:(?:suara|surat\s+suara|lembar)\s+)?"
# "152 suara dinyatakan tidak sah": declared invalid, the words between allowed
_INVALID_AFTER = re.compile(_UNIT + r"(?:(?:dinyatakan|dianggap|yang)\s+)?tidak\s+sah\b",
                            re.IGNORECASE)
_IN_AFTER = re.compile(_UNIT + r"yang\s+(?:telah\s+|sudah\s+)?masuk\b", re.IGNORECASE)
# "N suara sah dan M suara tidak sah": the valid half of a stated whole.
_VALID_THEN_INVALID = re.compile(
    _UNIT + r"sah\s*(?:,|dan|serta)\s*(?:dan\s+)?(?:sebanyak\s+)?\d[\d.]*\s*"
    r"(?:(?:suara|surat\s+suara|lembar)\s+)?tidak\s+sah\b", re.IGNORECASE)
# "meraih suara sah sebanyak 2.183.239", "dengan perolehan suara sah 2.183.239": the pair's own
# valid votes (a pair has no invalid ones, and "total"/"jumlah" name the whole).
_OWN_VALID = re.compile(r"\b(?:" + GAINS + r"|perolehan|raihan|dengan|mengumpulkan)\s+suara"
                        r"\s+sah\b", re.IGNORECASE)
# "50,07 persen dari total suara sah, yakni 2.183.239": the label is the share's base; the
# count after it is the pair's.
_SHARE_BASE = re.compile(r"(?:%|\bpersen)\s*(?:dari\s+)?$", re.IGNORECASE)
# Unless that share restates the pair's count given right before it: "mengantongi 96.214.691
# suara atau setara 58,6% dari total suara sah nasional yaitu 164.227.472 suara" (blind hunt
# 30: the whole was read as Prabowo-Gibran's votes and flagged): the count after the label is
# then the whole the share is of.
_COUNT_THEN_SHARE = re.compile(
    r"\d[\d.]*\s+suara\s*(?:sah\s*)?(?:atau|\(|,)\s*(?:(?:setara|sama|sekitar|sebesar|dengan)\s+)*"
    r"\d+(?:[.,]\d+)?\s*(?:%|persen)\s*(?:dari\s+)?$", re.IGNORECASE)
# "59,1 persen dari total 201.590 suara sah": the bare words "dari total"/"dari jumlah" right
# before a count of votes make the count itself the base (corpus-ax, PSU Parigi Moutong: read
# as the pair's 201.590 votes).
_BARE_BASE = re.compile(r"\bdari\s+(?:total|jumlah)\s*$", re.IGNORECASE)
# "50,07% dari total suara sah sebanyak 4.360.629" (blind hunt 34, haijakarta: read as
# Pramono-Rano's count): a word of amount right after the label gives the whole's own size,
# whatever the share before it ("yakni"/"yaitu" may still name the pair's count, test_acc_ax).
_AMOUNT = re.compile(r"\b(?:sebanyak|sejumlah|berjumlah)\s*:?\s*$", re.IGNORECASE)
_VOTES_UNIT = re.compile(r"\s*(?:surat\s+)?suara\b", re.IGNORECASE)
# "... dari 314.761 suara sah": the valid votes a count is taken of (not "naik dari 100 suara sah
# menjadi 120": a count before and after a correction).
_VALID_AFTER = re.compile(_UNIT + r"sah\b(?!\s+(?:menjadi|ke)\b)", re.IGNORECASE)
_DARI_BEFORE = re.compile(r"\bdari\s*$", re.IGNORECASE)
_LABEL_WORDS = ("jumlah", "total", "sah", "belum")


def is_total(text: str, start: int, end: int, since: int) -> bool:
    """Is the count at text[start:end] labelled as the area's total (valid, invalid, counted
    or received ballots) rather than a pair's votes? `since`: where the figure's own words
    begin (its sentence, or the figure before it): "total suara sah dan tidak sah 567.557"
    reads across the "dan" that would end a clause."""
    # (each match of _LABEL_BEFORE holds "jumlah", "total", "sah" or "belum": a window with none of
    # them, most, is not searched; wording.may_hold)
    near = max(since, start - 60)
    label = _LABEL_BEFORE.search(text, near, start) if may_hold(text, near, start, _LABEL_WORDS) \
        else None
    if label and not _OWN_VALID.search(text, max(0, label.start() - 30), label.end()) and (
            not _SHARE_BASE.search(text, max(0, label.start() - 20), label.start()) or
            _COUNT_THEN_SHARE.search(text, max(0, label.start() - 60), label.start()) or
            _AMOUNT.search(text, label.start(), start) or
            _BARE_BASE.search(text, label.start(), start) and (
                "suara" in text[start:end].lower() or _VOTES_UNIT.match(text, end))):
        return True
    if _INVALID_AFTER.match(text, end) or _VALID_THEN_INVALID.match(text, end):
        return True
    # "dari 99.193.846 suara yang telah masuk", "unggul dengan 162.852 suara dari 314.761 suara
    # sah": the count the shares or a pair's count are taken of
    return bool(_IN_AFTER.match(text, end) or _VALID_AFTER.match(text, end)) and \
        bool(_DARI_BEFORE.search(text, max(0, start - 8), start))
