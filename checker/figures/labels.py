"""Counts written without "suara" that are still a pair's votes (issue 10, recall): the reader
keeps them only when a pair of the record is named for them (from_text's "votes_named").

    "Pramono-Rano: 2.183.239"                      a label and a colon
    "Mulia-PAS : 111.062"                          the colon spaced
    "<li>Anies-Muhaimin 496.280</li>"              a line that is only the name and the count
    "Kabupaten Badung: Koster-Giri 204.186, Mulia-PAS 111.062"   an area's labelled list
    "Perolehan suara Koster-Giri per kabupaten/kota: Badung 204.186, Tabanan 204.031"
                                                   a pair's list of areas after a colon
    "meraih suara terendah, yakni 459.230"         "yakni/yaitu/sebanyak" in a sentence about votes
    "mengumpulkan 96.214.691, atau 58,59 persen"   a bare count its share follows
    "Anies 1.398.761 (40,79 persen)"               ... or follows in brackets
    "17,95 persen atau 7.040.897"                  a bare count after the pair's share
    "Paslon no 1. 4.636, Paslon no 2. 9.424"       a line of counts after ballot numbers
    "<li>Deny-Qubais = 5.495</li>"                 a label and "=" as a colon
    "suara sah untuk pasangan X berjumlah 96.214.691"  a count verb, the pair named between

and a share written without its sign, in brackets right after the pair's votes:
"11.390.191 suara (59,14)" (`bare_share`), or after the next pair's name in a sentence that
gave the first pair's share with its sign: "Anies-Muhaimin 75,99 persen suara, diikuti
Prabowo-Gibran 21,55 dan Ganjar-Mahfud 2,45" (`listed_share`).
"""

from __future__ import annotations

import re

from checker.figures.wording import capitalised

__all__ = ["CONTRAST", "ballot_items", "bare_share", "labelled_count", "listed_share",
           "small_count_line"]

# "X disebut meraih 24,24 persen, padahal siaran asli mencatat 58,82 persen": after "padahal"
# (whereas in fact) a figure with no other pair named is the same pair's true one.
CONTRAST = re.compile(r"\bpadahal\b", re.IGNORECASE)

# "Koster-Giri: 204.186"; a ballot number's label too, "Paslon 01: 111.062" (no TPS's "TPS 01:");
# "Deny-Qubais = 5.495", a kecamatan's list of the pairs' counts (Cermat, corpus-at): a name
# and "=" label the count as a colon does (after a digit, "=" ends a sum: "2.927 - 2.308 = 619").
_LABEL_BEFORE = re.compile(r"(?:[^\W\d_)]|\b(?:paslon|nomor\s+urut)\s+0?\d)\s*[:=]\s*$",
                           re.IGNORECASE)
_LABEL_SIGNS = (":", "=")
_COUNT_BEFORE = re.compile(r"\b(?:yakni|yaitu|sebanyak|sejumlah|total|berjumlah|sebesar)\s*:?\s*$",
                           re.IGNORECASE)
# "paling sedikit mendapat suara di Jateng, yaitu hanya 2.866.373" or "..., hanya 2.866.373":
# the pair's count, its "suara" said before it in the sentence (ArahKata, corpus-aq); never
# after a word of a gap ("kalah suara dari X, hanya 4.269.119" is the margin).
_ONLY_BEFORE = re.compile(r"\b(?:(?:yakni|yaitu)\s+)?hanya\s*:?\s*$", re.IGNORECASE)
_GAP_WORD = re.compile(r"\b(?:selisih|kalah|unggul|terpaut|tertinggal|beda|berbeda|jarak|"
                       r"margin|menang)\w*", re.IGNORECASE)
# "suara sah kedua pasangan berjumlah 19.260.275": the valid total, whoever the sentence names
_VALID_TOTAL = re.compile(r"\bsuara\s+sah\s+(?:\w+\s+){0,3}(?:berjumlah|sebesar|sebanyak|total)"
                          r"\s*:?\s*$", re.IGNORECASE)
# (and "356.052 atau sekitar 39,37 persen", "atau sebesar 52,58 persen": the same share)
_SHARE_AFTER = re.compile(r"\s*(?:,?\s*(?:atau|or)\s+(?:sekitar\s+|sebesar\s+)?|\(\s*)"
                          r"\d{1,3}(?:[.,]\d+)?\s*(?:persen|%)", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\d(?:persen|%|\s+persen)\s+atau\s+$", re.IGNORECASE)
_VOTES_THEN_BRACKET = re.compile(r"\d[\d.,]*\s+suara\s*\(\s*$", re.IGNORECASE)
_BRACKET_CLOSE = re.compile(r"\s*\)")
# The line before the count is a name only: letters, spaces, joiners ("Anies-Muhaimin",
# "RIDWAN KAMIL - SUSWONO", "Mulia PAS"), ending in a letter or a closing stop of a title.
_NAME_LINE = re.compile(r"[^\W\d_][^\W\d]*(?:[ \t.'\u2019&/+\-\u2013\u2014]+[^\W\d_][^\W\d]*)*"
                        r"\.?[ \t]*[:\-\u2013\u2014]?[ \t]*")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_COUNTED = re.compile(r"\d[\d.]*\d\s+suara\b", re.IGNORECASE)
# "perolehan suara(nya)", "raihan suara": the sentence gives the pairs' votes, each item's bare.
_VOTES_OPENED = re.compile(r"\b(?:perolehan|raihan)\s+suara", re.IGNORECASE)
# "(Ngurah Ambara-Adi Susanto) 75.963": a name in brackets, letters, spaces and joiners only.
_BRACKETED_NAME = re.compile(r"\([^\W\d_][^\W\d]*(?:[ .'\u2019\-\u2013]+[^\W\d_][^\W\d]*)*\.?\)\s+$")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n")
_LIST_REACH = 160
_MAX_NAME = 80


def labelled_count(text: str, start: int, end: int, clause: int, span: int) -> bool:
    """Is the count at text[start:end] labelled as a pair's votes by how it is written?"""
    # (every _LABEL_BEFORE match ends in a colon or "=" and spaces: the regex only where the 20
    # characters before end so, not tried at each of them for every bare count)
    if text[max(0, start - 20):start].rstrip().endswith(_LABEL_SIGNS) and \
            _LABEL_BEFORE.search(text, max(0, start - 20), start) or _SHARE_AFTER.match(text, end) \
            or _SHARE_BEFORE.search(text, max(0, start - 16), start):
        return True
    before = text[max(clause, start - 30):start]
    if _COUNT_BEFORE.search(before) and "suara" in text[span:start].lower():
        return not _VALID_TOTAL.search(text, max(span, start - 60), start)
    if _ONLY_BEFORE.search(before) and "suara" in text[span:start].lower():
        return not _GAP_WORD.search(text, span, start) and \
            not _VALID_TOTAL.search(text, max(span, start - 60), start)
    if _ITEM_END.match(text, end) and (_NAME_RIGHT_BEFORE.search(text, max(0, start - 3), start)
                                       or _BRACKETED_NAME.search(text, max(0, start - 60), start)):
        # "Yulianto-M Hipan, meraih 59.551 suara, nomor urut 02, Dalius K-Heri Miheldi 57.121,
        # nomor urut 03, ...": the next item of a list whose first count said "suara"; or of a
        # list its sentence opened as the pairs' votes ("perolehan suaranya untuk paslon 1
        # (Ngurah Ambara-Adi Susanto) 75.963 dan paslon 2 (...) 217.568", KPU Denpasar).
        window = text[max(0, start - _LIST_REACH):start]
        window = window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0):]
        if _COUNTED.search(window) or _VOTES_OPENED.search(window):
            return True
    return name_line(text, start, end) or area_items(text, start, end) or \
        ballot_items(text, start, end)


# "Kecamatan Maulafa Paslon no 1. 4.636, Paslon no 2. 9.424, ... dan Paslon no 5. 17.461."
# (Zonaline News, corpus-at): each count right after its pair's ballot number, in a line of two
# or more such items; the count ends its item (not "Paslon no 4. 1.633 3.671", nor "Paslon no
# 2. 1.500 relawan"). A lone "Paslon 2 ..." before a number is no list.
_BALLOT_NUMBER = (r"\b(?:paslon|pasangan(?:[^\S\n]+calon)?)[^\S\n]+(?:(?:nomor|no\.?)[^\S\n]*"
                  r"(?:urut[^\S\n]*)?)?0?[1-9][^\S\n]*[.:]?[^\S\n]*")
_BALLOT_LABEL = re.compile(_BALLOT_NUMBER + r"$", re.IGNORECASE)
_BALLOT_ITEMS = re.compile(_BALLOT_NUMBER + r"\d{1,3}(?:\.\d{3})+(?=[^\S\n]*(?:[,;.]|dan\b|$))",
                           re.IGNORECASE)
_BALLOT_REACH = 200


def ballot_items(text: str, start: int, end: int) -> bool:
    """Is the count at text[start:end] one item of a line of the pairs' counts, each after its
    ballot number ("Paslon no 1. 4.636, Paslon no 2. 9.424")?"""
    if not _ITEM_END.match(text, end) or not _BALLOT_LABEL.search(text, max(0, start - 40), start):
        return False
    reach = max(0, start - _BALLOT_REACH)
    first = text.rfind("\n", reach, start) + 1 or reach
    last = text.find("\n", end, end + _BALLOT_REACH)
    window = text[first:last if last >= 0 else end + _BALLOT_REACH]
    return sum(1 for _ in _BALLOT_ITEMS.finditer(window)) >= 2


# "Kabupaten Badung: Koster-Giri 204.186, Mulia-PAS 111.062" (a line, a list item or a
# sentence of its own): an area's label and a colon, then each pair's name and count.
_AREA_ITEMS = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<![\s\S]))(?:(?:Kabupaten|Kab\.|Kota|"
                         r"Kecamatan|Kec\.)[^\S\n]+)?" + capitalised(4) +
                         r"[^\S\n]*:[^\S\n]*(?:[^\d\n:;.]{2,60}?[^\S\n]\d{1,3}(?:\.\d{3})+"
                         r"[^\S\n]*(?:,|dan\b)[^\S\n]*)*[^\d\n:;.]{2,60}?[^\S\n]+$")
# "Perolehan suara Koster-Giri per kabupaten/kota: Badung 204.186, Tabanan 204.031": the
# pair's votes named before the colon, then each area's name and count.
_AREA_NAME = r"(?-i:" + capitalised(4) + ")"  # capitalised, as written
_PAIR_AREAS = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<![\s\S]))(?:perolehan|raihan|rincian|"
                         r"sebaran)(?:[^\S\n]+(?:perolehan|raihan))?[^\S\n]+suara[^\d\n:;.]{2,80}:"
                         r"[^\S\n]*(?:" + _AREA_NAME + r"[^\S\n]\d{1,3}(?:\.\d{3})+[^\S\n]*,"
                         r"[^\S\n]*)*(?:dan[^\S\n]+)?" + _AREA_NAME + r"[^\S\n]+$", re.IGNORECASE)
_AREA_REACH = 240


def area_items(text: str, start: int, end: int) -> bool:
    """Is the count at text[start:end] one item of an area's labelled list of pairs' counts,
    or of a pair's list of areas' counts, the name right before it and the item ending after
    it? Not where a later item of the same list gives its number another unit ("Dhito-Dewi
    1.200 TPS"): the list is not of votes. (Both lists hold a colon: a window without one is
    not searched, the patterns open with look-behinds tried at each of 240 positions.)"""
    if _NAME_RIGHT_BEFORE.search(text, max(0, start - 3), start) is None or \
            _ITEM_END.match(text, end) is None or \
            ":" not in text[max(0, start - _AREA_REACH):start] or \
            (_AREA_ITEMS.search(text, max(0, start - _AREA_REACH), start) is None and
             _PAIR_AREAS.search(text, max(0, start - _AREA_REACH), start) is None):
        return False
    stop = _LIST_STOP.search(text, end, end + _AREA_REACH)
    return _OTHER_UNIT.search(text, end, stop.start() if stop else end + _AREA_REACH) is None


_LIST_STOP = re.compile(r"[\n;]|[.!?](?:\s|$)")
_OTHER_UNIT = re.compile(r"\d[\d.,]*[^\S\n]*(?:%|persen\b|tps\b|pemilih\b|kursi\b|desa\b|"
                         r"kelurahan\b|kecamatan\b|orang\b|jiwa\b)", re.IGNORECASE)


def name_line(text: str, start: int, end: int) -> bool:
    """Is the count at text[start:end] the end of a line that is only a name and it
    ("Anies-Muhaimin: 80")?"""
    line = text.rfind("\n", max(0, start - _MAX_NAME), start)
    return line >= 0 and _NAME_LINE.fullmatch(text, line + 1, start) is not None and \
        _LINE_END.match(text, end) is not None


# "Nomor urut: 2", "TPS: 5", "Paslon 2": a label of a number that is no count.
_NUMBER_LABEL = re.compile(r"\b(?:nomor|no|urut|urutan|paslon|tps|rt|rw|ke)\b", re.IGNORECASE)


# "- Paslon 1: 98", "Nomor urut 3: 52": a line that is only a pair's ballot number, a colon
# and its count (Flipflu's six PPLN, corpus-aq); the number after the colon is the count.
_BALLOT_ITEM = re.compile(r"[^\S\n]*(?:[-\u2022*\u00b7][^\S\n]*)?(?:paslon|pasangan(?:[^\S\n]+calon)?|"
                          r"nomor[^\S\n]+urut|no\.?[^\S\n]*urut)[^\S\n]*0?[1-9][^\S\n]*:[^\S\n]*",
                          re.IGNORECASE)


def small_count_line(text: str, start: int, end: int) -> bool:
    """A count under a thousand read without "suara" only as "Name: 80" on a line of its own
    (a PPLN's list), the label no ballot number's or polling station's, or as a ballot
    number's own item ("Paslon 1: 98")."""
    line = text.rfind("\n", max(0, start - _MAX_NAME), start)
    if line >= 0 and _BALLOT_ITEM.fullmatch(text, line + 1, start) and \
            _LINE_END.match(text, end):
        return True
    return name_line(text, start, end) and \
        _LABEL_BEFORE.search(text, max(0, start - 4), start) is not None and \
        _NUMBER_LABEL.search(text, line + 1, start) is None


def bare_share(text: str, start: int, end: int) -> bool:
    """"11.390.191 suara (59,14)": a number in brackets right after a vote count is that
    pair's share, its sign left out."""
    return _VOTES_THEN_BRACKET.search(text, max(0, start - 40), start) is not None and \
        _BRACKET_CLOSE.match(text, end) is not None


# "Prabowo-Gibran 21,55": a decimal with one or two places right after a name...
_DECIMAL = re.compile(r"\d{1,2}[.,]\d{1,2}")
_NAME_RIGHT_BEFORE = re.compile(r"[^\W\d_]\s+$")
# ...that ends its list item: a comma, "dan", the sentence's end; never a unit ("21,55 juta").
_ITEM_END = re.compile(r"\s*(?:[,;.)]|(?:dan|serta|sedangkan|sementara)\b|$)", re.IGNORECASE)
_SIGNED_SHARE = re.compile(r"\d\s*(?:%|persen\b)", re.IGNORECASE)


def listed_share(text: str, sentence: int, start: int, end: int, written: str) -> bool:
    """Is the bare number at text[start:end] the next item of the sentence's list of shares:
    right after a name, ending its item, after a share written with its sign?"""
    return _DECIMAL.fullmatch(written) is not None and \
        _NAME_RIGHT_BEFORE.search(text, max(sentence, start - 3), start) is not None and \
        _ITEM_END.match(text, end) is not None and \
        _SIGNED_SHARE.search(text, sentence, start) is not None
