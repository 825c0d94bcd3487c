"""People counted who chose a pair are that pair's votes (issue 10, corpus-i): "Sebanyak 3.018
WNI di Kamboja memilih Jokowi - Ma'ruf, sedangkan yang memilih Prabowo - Sandi hanya 202
orang" (JPNN, PPLN Phnom Penh 2019); so are those who backed it ("didukung 12.096.454
pemilih") and its share told as voters ("77,15% suara, setara 1.754.310 pemilih"). Only when
the clause says they chose a pair: "WNI yang memilih melalui PPLN Riyadh mencapai 8.861
orang" is the turnout, "tidak memilih X" nobody's count. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.referents import named_after
from checker.figures.wording import GAINS, may_say_between

__all__ = ["chose_after", "chose_pair", "may_choose", "pair_like"]

_PEOPLE = r"(?:wni|orang|pemilih|warga(?:[^\S\n]+negara(?:[^\S\n]+indonesia)?)?|penduduk)"
# "3.018 WNI di Kamboja memilih ...": ends where "memilih" starts.
_CHOSE_AFTER = re.compile(r"[^\S\n]+" + _PEOPLE + r"\b(?:[^,.;:\n\d]{0,40}?[^\S\n])?"
                          r"(?<!tidak\s)(?<!belum\s)(?=memilih[^\S\n]+[\w'\u2019])",
                          re.IGNORECASE)
# "... yang memilih Prabowo - Sandi hanya 202 orang": the name between, a count of people.
_CHOSE_BEFORE = re.compile(r"\byang[^\S\n]+memilih[^\S\n]+(?:(?:pasangan|paslon)[^\S\n]+)?"
                           r"([^,.;:\n\d]{3,60}?)[^\S\n]+(?:(?:hanya|sebanyak|mencapai|ada|"
                           r"sekitar|berjumlah|sejumlah|yakni|yaitu)[^\S\n]+)?$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"[^\S\n]+" + _PEOPLE + r"\b", re.IGNORECASE)
# "Prabowo-Gibran didukung 12.096.454 pemilih", "Mahyeldi-Vasko meraih 77,15% suara, setara
# 1.754.310 pemilih": the voters who backed the pair, or its share as so many voters.
_BACKED_BEFORE = re.compile(
    r"([^,.;:\n\d]{3,60}?)[^\S\n]+(?:didukung(?:[^\S\n]+oleh)?(?:[^\S\n]+(?:sebanyak|sekitar))?|"
    r"(?:" + GAINS + r"|pada|dengan)[^\S\n]+"
    r"\d{1,2}(?:[.,]\d{1,2})?[^\S\n]*(?:%|persen)(?:[^\S\n]+suara)?,?[^\S\n]+(?:atau[^\S\n]+)?"
    r"setara(?:[^\S\n]+dengan)?)"
    r"[^\S\n]+$", re.IGNORECASE)


def pair_like(who) -> bool:
    """A pair: the record's (not the empty box), a ballot number, or a written "X-Y"."""
    if who is None:
        return False
    if who[0] is not None:
        return not who[0].is_empty_box
    return who[1] is not None or bool(who[2]) and who[2].count("-") == 1


def may_choose(text: str, end: int) -> bool:
    """Can chose_pair hold for the count ending at `end`? Only with people counted after it
    (both its ways need them): a cheap, pure look before it reads names and scopes."""
    return _PEOPLE_AFTER.match(text, end) is not None


def chose_after(text: str, end: int) -> int | None:
    """Where "memilih" starts after a count of people ("3.018 WNI di Kamboja memilih"), or
    None."""
    found = _CHOSE_AFTER.match(text, end)
    return found.end() if found else None


def chose_pair(reader, number, clause: int) -> bool:
    """Whether a count of people is of those who chose a pair, named after or before it."""
    at = chose_after(reader.text, number.end)
    if at is not None:
        return pair_like(named_after(reader, replace(number, end=at), reader.scope(number.start)))
    if not _PEOPLE_AFTER.match(reader.text, number.end):
        return False
    # Every match of _CHOSE_BEFORE holds "memilih", every one of _BACKED_BEFORE "didukung" or
    # "setara": looked for at C speed first (wording.may_say_between); the latter's lazy
    # opening was tried at each of 160 positions, a third of a millisecond a count.
    text, chose_from = reader.text, max(0, clause - 20, number.start - 100)
    before = _CHOSE_BEFORE.search(text, chose_from, number.start) if may_say_between(
        text, chose_from, number.start, "memilih") else None
    if before is None and may_say_between(text, max(0, number.start - 160), number.start,
                                          "didukung", "setara"):
        before = _BACKED_BEFORE.search(text, max(0, number.start - 160), number.start)
    return before is not None and pair_like(reader.name_of(
        before.start(1), before.end(1), reader.scope(number.start)))
