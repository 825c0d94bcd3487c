"""The places a pair won or lost, listed as such: "memperoleh 1.309.375 suara atau 46,73 persen
dan menang di delapan kabupaten/kota, yaitu Aceh Besar, Banda Aceh, ..." (Penanews, corpus-ad),
"unggul di 36 provinsi, antara lain Jawa Barat, ...", "kalah di 15 kabupaten/kota, di antaranya
...", "menguasai delapan daerah: ...". The list names the areas of the victory (or the defeat),
never the area of a figure outside it: the count before is the whole race's, and so is a total
the sentences after give. A place a pair won with its own figure ("menang di Aceh Besar dengan
61,66 persen") is no such list: only a list word (yaitu, antara lain, ...) or a number of areas
won opens one, and a figure inside the list keeps its item's place (area_lists)."""

from __future__ import annotations

import re

from checker.figures.wording import may_say_between, next_item

__all__ = ["not_its_place", "won_list_item"]

# The verb of winning or losing an area, then "di" and a number of areas, then a list word (or a
# colon, or a bracket after a number of areas): the list of places won opens at its end.
_VERB = (r"(?:menang|memenangi|memenangkan|unggul|kalah|keok|tumbang|menguasai|mendominasi|"
         r"merajai|berjaya|menyapu[^\S\n]+bersih|(?:menjadi[^\S\n]+)?(?:pemenang|juara|jawara))")
# A word every _VERB holds ("menang" in "memenangkan", "pemenang"): a window without one opens
# no list (wording.may_say_between, from the page's places of them: _OPENS, a case-blind
# alternation after a word boundary, was tried at each of 400 positions).
_VERB_WORDS = ("menang", "unggul", "kalah", "keok", "tumbang", "menguasai", "mendominasi",
               "merajai", "berjaya", "menyapu", "juara", "jawara")
# A few lowercase words may come between ("telak", "perolehan suara"): the list word decides.
_ADVERB = r"(?:[^\S\n]+(?-i:[a-z]+)){0,3}?"
_NUMBER = (r"(?:\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
           r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)[^\S\n]+(?:belas|puluh)"
           r"(?:[^\S\n]+\w+)?|belasan|puluhan|sejumlah|beberapa|mayoritas|seluruh|semua|"
           r"(?:hampir|nyaris)[^\S\n]+(?:seluruh|semua)|sebagian[^\S\n]+besar)")
_AREAS = (r"(?:kabupaten[^\S\n]*/[^\S\n]*kota|kabupaten[^\S\n]+kota|kab[^\S\n]*/[^\S\n]*kota|"
          r"kabupaten|kota|provinsi|kecamatan|daerah|wilayah|dapil|desa|kelurahan|negara)")
# ("kecuali": the places excepted from the win, no more the figure's area than the others)
_LIST_WORD = (r"(?:yaitu|yakni|ialah|antara[^\S\n]+lain|di[^\S\n]*antaranya|seperti|meliputi|"
              r"termasuk|mulai[^\S\n]+dari|kecuali)")
_OPENS = re.compile(
    r"\b" + _VERB + _ADVERB + r"(?:[^\S\n]+di)?"
    r"(?:[^\S\n]+(?P<count>" + _NUMBER + r"[^\S\n]+" + _AREAS + r"))?"
    r"(?(count)[^\S\n]*(?:,[^\S\n]*)?(?:" + _LIST_WORD + r"|:|\()|[^\S\n]*,?[^\S\n]*"
    + _LIST_WORD + r")(?:[^\S\n]+di)?[^\S\n]*", re.IGNORECASE)
# What a list's items may hold: names, commas, joins, abbreviated prefixes ("Kab."); never a
# sentence's end, a clause's next item or a figure of its own (an item's figure is its own).
_ITEMS = re.compile(r"(?:[^\d.;!?\n]|\b(?:Kab|Kep|Prov|Kec|Kel)\.)*", re.IGNORECASE)
_NEXT = re.compile(r"\b(?:sedangkan|sementara|adapun|namun|tetapi|dengan|meraih|memperoleh)\b",
                   re.IGNORECASE)
_JOIN = re.compile(r",|\b(?:dan|serta|hingga|sampai)\b|&", re.IGNORECASE)
_REACH = 400


def _opening(text: str, start: int, place: int):
    """The list-opening words whose list runs on, through names only, to the place at
    `place`, searched from `start`; the last such before it."""
    found, first = None, max(start, place - _REACH)
    if not may_say_between(text, first, place + 1, *_VERB_WORDS):
        return None
    for m in _OPENS.finditer(text, first, place + 1):
        if m.end() > place:
            break
        items = _ITEMS.match(text, m.end(), place)
        if items is not None and items.end() == place and \
                not _NEXT.search(text, m.end(), place):
            found = m
    return found


def not_its_place(text: str, figure: int, place: int) -> bool:
    """Is the place at `place`, after the figure at `figure` in its sentence, another item's
    (wording.next_item) or one of a list of places won or lost that opens after the figure?"""
    return next_item(text, figure, place) or _opening(text, figure, place) is not None


def won_list_item(text: str, place: int) -> bool:
    """Is the place at `place` an item of such a list of two places or more: no area of the
    figures in the sentences after it ("yaitu Aceh Besar dan Sabang. Secara keseluruhan ...")?
    One place alone ("termasuk Jawa Barat. Di provinsi ini ...") may be what the next
    sentence goes on about."""
    opening = _opening(text, 0, place)
    if opening is None:
        return False
    items = _ITEMS.match(text, place, place + _REACH)
    return _JOIN.search(text, opening.end(), items.end()) is not None
