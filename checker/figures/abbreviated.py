"""Short names a page gives a pair in words (corpus-z, Gesuri): "... mengalahkan paslon Junaedi
Malik-Chusnun Amin. Paslon yang disingkat Jamin itu meraih 34.913 atau 46,54 persen", "Ika
Puspitasari-Rachman Sidharta Arisandi, disingkat Ning Ita": the page says outright that the
word is the pair's abbreviation, so one capital is enough (as for a short name in brackets).
So does "akronim": "... pasangan nomor urut 4, Gusnar Ismail - Idah Syahidah Rusli Habibie."
then "pasangan dengan akronim GAS ini" (corpus-ae): the pair written last before it; and so
does "Pasangan yang disingkat Doamu itu" opening a sentence, its pair named before (corpus-ao).
page_roster.defined_names takes these beside its bracketed forms. Patterns only."""

from __future__ import annotations

import re

from checker.figures.wording import found_at

__all__ = ["abbreviations"]

_ABBREVIATED = re.compile(r"\bdisingkat(?:[ \t]+(?:menjadi|dengan|sebagai))?[ \t]+"
                          r"([A-Z][\w'\u2019-]{2,20}(?:[ \t]+[A-Z][\w'\u2019-]{1,20})?)(?![\w-])")
# The pair written right before: its members' capitalised words on both sides of a dash or
# "dan", then at most a comma or a full stop and "(paslon|pasangan) yang" before the verb.
_NAMES = r"[A-Z][\w.'\u2019]*(?:[ \t]+[A-Z][\w.'\u2019]*){0,3}"
_PAIR_BEFORE = re.compile(r"(" + _NAMES + r"[ \t]*(?:[-\u2013\u2014][ \t]*|[ \t]+dan[ \t]+)" +
                          r"[A-Z][\w'\u2019]*(?:[ \t]+[A-Z][\w'\u2019]*){0,3})[ \t]*[,.]?" +
                          r"(?:[ \t]+(?:(?:[Pp]aslon|[Pp]asangan)[ \t]+)?yang)?[ \t]*\Z")
_MAX = 20
# "(pasangan) dengan akronim GAS (ini)", "berakronim GAS": the pair is the one written last
# before, in the paragraph or the one before it (a pair's members on both sides of a dash). A
# tagline word says the same: "Pasangan berjargon LOSARI itu meraih ... 50.255 suara" after
# "... pasangan calon nomor urut 2 Septinus Lobat-Anshar Karim ditetapkan sebagai pemenang"
# (corpus-bd, TribunSorong: no claim at all).
# (Found with str.find, not a pattern whose first letters, "a" above all, stand everywhere in
# Indonesian: 0.16 ms of a news page. No two of them can overlap, so the places found, in order,
# are the matches of the alternation.)
_ACRONYM_WORDS = ("akronim", "jargon", "tagline")
_ACRONYM = re.compile(r"(?:" + "|".join(_ACRONYM_WORDS) + r")[ \t]+([A-Z][\w'\u2019-]{1,20})(?![\w-])")
_PAIR_ANY = re.compile(_NAMES + r"[ \t]*[-\u2013\u2014][ \t]*[A-Z][\w'\u2019]*"
                       r"(?:[ \t]+[A-Z][\w'\u2019]*){0,3}")
_ACRONYM_REACH = 300
# "Pasangan yang disingkat Doamu itu ..." at a sentence's start, its pair named in an earlier
# sentence (corpus-ao, Linkpapua: "Dominggus Mandacan – Mohammad Lakotani hampir pasti
# memenangi ... . Pasangan yang disingkat Doamu itu mengantongi 92,79%").
_BACK = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[Pp]aslon|[Pp]asangan)(?:\s+calon)?\s+yang\s+\Z")


_PAIR_AT = re.compile(r"(?=(" + _PAIR_ANY.pattern + r"))")


def _last_pair(text: str, start: int, end: int) -> str | None:
    """The pair written last in text[start:end], from its first name: every place a pair may
    start is tried, so a dateline's dash does not swallow it ("Bukittinggi - Pasangan Ramlan
    Nurmatias-Ibnu Asis": Ramlan Nurmatias-Ibnu Asis, not "Bukittinggi - Pasangan Ramlan")."""
    best = None
    for match in _PAIR_AT.finditer(text, start, end):
        found = match.group(1)
        if match.start() + len(found) <= end and (
                best is None or match.start() + len(found) > best[0] + len(best[1])):
            best = (match.start(), found)
    return best[1] if best else None


def abbreviations(text: str):
    """(short name, full name) for each pair the page says it abbreviates ("disingkat")."""
    at, seen = text.find("disingkat"), 0
    while at >= 0 and seen < _MAX:
        seen += 1
        short = _ABBREVIATED.match(text, at)
        full = _PAIR_BEFORE.search(text, max(0, at - 160), at) if short is not None else None
        if full is not None:
            yield short.group(1), full.group(1)
        elif short is not None and _BACK.search(text, max(0, at - 30), at):
            # "Pasangan yang disingkat Doamu itu" opening its sentence: the pair written last
            # before it, as for "akronim"
            before = _last_pair(text, max(0, at - _ACRONYM_REACH), at)
            if before:
                yield short.group(1), before
        at = text.find("disingkat", at + 9)
    for _, at in zip(range(_MAX), acronym_words(text)):
        short = _ACRONYM.match(text, at)
        before = _last_pair(text, max(0, at - _ACRONYM_REACH), at) if short is not None else None
        if before:
            yield short.group(1), before


def acronym_words(text: str) -> list[int]:
    """Where "akronim", "jargon" or "tagline" stands in `text` (inside a word too), in order."""
    return sorted(at for word in _ACRONYM_WORDS for at in found_at(text, word))
