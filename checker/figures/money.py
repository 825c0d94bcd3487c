"""A count that is money, never a pair's votes (from_text asks figure_kind, figure_kind asks this
first). News on the Pilkada reports the pairs' campaign funds beside their votes: "Dana kampanye
paslon X mencapai 2.809.393", "anggaran Pilkada Rp 2.809.393.000", "X: dana kampanye
1.500.000". A count right after "Rp" or before "rupiah", or in the clause after one of rules
`money_words` with no word of votes between, is the money's; "dana" in another clause ("...,
sedangkan X meraih 2.809.393 suara") takes nothing from a count, and a list after a colon takes
the word of its head ("Dana kampanye para paslon: X 1.500.000, Y 2.000.000"). A capitalised
money word inside a name ("I Gede Dana", a Karangasem candidate; "Dana-Swadi") is no money.
Pure."""

from __future__ import annotations

import re

from checker.figures.numbers import MONEY_AFTER, MONEY_BEFORE, Number
from checker.figures.wording import CLAUSE, longest_words, may_say_between, word_pattern

__all__ = ["is_money"]

_WINDOW = 200  # characters of the clause looked at before the count
# Words of votes that give the count to a pair again after a money word ("meski dana kampanye
# minim Pramono-Rano meraih 2.183.239"), beside rules `result_words`.
_VOTE_WORDS = ("suara", "raih", "dipilih", "votes", "vote")
# Capitalised words before a capitalised money word that keep it a money word ("Laporan Dana
# Kampanye", "Total Anggaran"): any other capitalised word makes it part of a name.
_HEADS = ("laporan", "total", "jumlah", "besaran", "realisasi", "rincian", "nilai")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019]*)[^\S\n]+$")
_JOINED_AFTER = re.compile(r"[^\S\n]*[-\u2013\u2014/&][^\S\n]*[A-Z]")


def is_money(figures, text: str, number: Number, sentence: int) -> bool:
    """Is the count `number` an amount of money (`figures`: the rules' FigureRules; `sentence`:
    where the count's sentence begins)?"""
    if MONEY_BEFORE.search(text, max(0, number.start - 6), number.start) or \
            MONEY_AFTER.match(text, number.end):
        return True
    if number.unit == "votes" or not figures.money_words:
        return False  # "... 2.809.393 suara": votes, whatever the clause spent
    start = max(sentence, number.start - _WINDOW)
    keys = longest_words(figures.money_words)
    if keys is not None and not may_say_between(text, start, number.start, *keys):
        return False  # (no money word near: one C-speed look)
    clause = start
    for clause_end in CLAUSE.finditer(text, start, number.start):
        clause = clause_end.end()
    if _money_in(figures, text, clause, number.start, number.start):
        return True
    colon = text.find(":", start, clause)  # the head of a list after a colon
    return colon >= 0 and _money_in(figures, text, start, colon, number.start)


def _money_in(figures, text: str, start: int, end: int, number_start: int) -> bool:
    """Does text[start:end] hold a money word (not in a name) with no word of votes between it
    and the count at `number_start`?"""
    last = None
    for match in word_pattern(figures.money_words).finditer(text, start, end):
        if not _in_name(text, match):
            last = match
    if last is None:
        return False
    votes = word_pattern(tuple(figures.result_words) + _VOTE_WORDS)
    return votes.search(text, last.end(), number_start) is None


def _in_name(text: str, match: re.Match) -> bool:
    """Is the capitalised money word at `match` part of a person's name ("I Gede Dana",
    "Dana-Swadi")?"""
    if not match.group()[:1].isupper():
        return False
    if _JOINED_AFTER.match(text, match.end()):
        return True
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    return before is not None and before.group(1)[:1].isupper() and \
        before.group(1).lower() not in _HEADS
