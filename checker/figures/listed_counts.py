"""A sentence that lists a race's pairs, each with "sebesar N" and the unit said once, before
the first count or not at all (corpus-ak, ANTARA's plenary reports):

    "diperoleh total suara pemilihan Bupati: pasangan calon nomor urut 1, Burhanudin dan Ali
     Reza, sebesar 23.301, dan pasangan nomor urut 2, Kamarudin Muten dan Khairil Anwar,
     sebesar 44.949."

The first count is read from the "suara" before it; the later ones had only "sebesar" and the
next pair's name, and were left unread. A later count is the same kind as the first when it
is written the same way: the same count word right before it, the same sentence, the item
between the two counts naming a pair (a pair word or a capitalised name) and nothing a count
of another thing would name ("DPT sebesar 98.000", "anggaran sebesar 35.000"). It is kept
only for a pair of the record ("votes_named"). Pure."""

from __future__ import annotations

import re

from checker.figures.wording import word_pattern

__all__ = ["next_listed_count"]

# The word of amount both counts come after (group 1: which), a colon perhaps.
_AMOUNT = r"\b(sebesar|sebanyak)[^\S\n]*:?[^\S\n]*"
_WORD_BEFORE = re.compile(_AMOUNT + "$", re.IGNORECASE)
# The count before, ending where it was read ("sebesar 23.301", "sebesar 23.301 suara").
_EARLIER = re.compile(_AMOUNT + r"\d[\d.]*(?:[^\S\n]+suara)?$", re.IGNORECASE)
# The item between the two counts: a list word may open it, no clause stop inside it.
_ITEM = re.compile(r"[^\S\n]*(?:suara[^\S\n]*)?[,;]?[^\S\n]*(?:(?:dan|sedangkan|sementara|serta|"
                   r"lalu|kemudian|disusul|diikuti(?:[^\S\n]+oleh)?)\b)?[^.!?\n]{3,120}$",
                   re.IGNORECASE)
_PAIR_WORD = re.compile(r"\b(?:pasangan|paslon|calon|nomor[^\S\n]+urut)\b|"
                        r"(?-i:[A-Z][a-z]+)(?:[^\S\n]*[-\u2013][^\S\n]*|[^\S\n]+dan[^\S\n]+)"
                        r"(?-i:[A-Z][a-z]+)", re.IGNORECASE)
# What a count of another thing names: then the later figure is not a pair's.
_OTHER_THING = word_pattern((
    "dpt", "dptb", "dpk", "pemilih", "anggaran", "dana", "biaya", "rp", "tps", "surat", "sah",
    "partisipasi", "golput", "abstain", "kotak", "penduduk", "jiwa", "orang", "kursi", "selisih",
    "terpaut", "unggul"))


def next_listed_count(reader, number, previous) -> bool:
    """Is the unit-less count `number` (after "sebesar"/"sebanyak") the next item of a list
    whose item before, in the same sentence, was a pair's count of votes after the same word?
    `previous` is from_text's (sentence, end, who) of the figure read before."""
    claims = reader.out.claims
    if previous is None or previous[2][0] is None or not claims:
        return False
    last = claims[-1]
    if last.origin != "text" or last.kind != "votes" or last.candidate_id != previous[2][0].id:
        return False
    text = reader.text
    word = _WORD_BEFORE.search(text, max(0, number.start - 20), number.start)
    if word is None or previous[1] >= word.start():
        return False
    earlier = _EARLIER.search(text, max(0, previous[1] - 50), previous[1])
    if earlier is None or earlier.group(1).lower() != word.group(1).lower():
        return False
    between = text[previous[1]:word.start()]
    return _ITEM.fullmatch(between) is not None and _PAIR_WORD.search(between) is not None \
        and _OTHER_THING.search(between) is None
