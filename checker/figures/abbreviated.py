"""Short names a page gives a pair in words (corpus-z, Gesuri): "... mengalahkan paslon Junaedi
Malik-Chusnun Amin. Paslon yang disingkat Jamin itu meraih 34.913 atau 46,54 persen", "Ika
Puspitasari-Rachman Sidharta Arisandi, disingkat Ning Ita": the page says outright that the
word is the pair's abbreviation, so one capital is enough (as for a short name in brackets).
So does "akronim": "... pasangan nomor urut 4, Gusnar Ismail - Idah Syahidah Rusli Habibie."
then "pasangan dengan akronim GAS ini" (corpus-ae): the pair written last before it.
page_roster.defined_names takes these beside its bracketed forms. Patterns only."""

from __future__ import annotations

import re

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
# before, in the paragraph or the one before it (a pair's members on both sides of a dash).
_ACRONYM = re.compile(r"akronim[ \t]+([A-Z][\w'\u2019-]{1,20})(?![\w-])")
_PAIR_ANY = re.compile(_NAMES + r"[ \t]*[-\u2013\u2014][ \t]*[A-Z][\w'\u2019]*"
                       r"(?:[ \t]+[A-Z][\w'\u2019]*){0,3}")
_ACRONYM_REACH = 300


def abbreviations(text: str):
    """(short name, full name) for each pair the page says it abbreviates ("disingkat")."""
    at, seen = text.find("disingkat"), 0
    while at >= 0 and seen < _MAX:
        seen += 1
        short = _ABBREVIATED.match(text, at)
        full = _PAIR_BEFORE.search(text, max(0, at - 160), at) if short is not None else None
        if full is not None:
            yield short.group(1), full.group(1)
        at = text.find("disingkat", at + 9)
    at, seen = text.find("akronim"), 0
    while at >= 0 and seen < _MAX:
        seen += 1
        short = _ACRONYM.match(text, at)
        before = list(_PAIR_ANY.finditer(text, max(0, at - _ACRONYM_REACH), at)) \
            if short is not None else []
        if before:
            yield short.group(1), before[-1].group()
        at = text.find("akronim", at + 7)
