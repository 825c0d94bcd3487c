"""A pair's short name written first, its members' names after it in brackets.

"AKUR (Agas Andreas dan Tarsisius Syukur): 51.212 suara" (corpus-bd, NTT Update, Manggarai
Timur: a campaign's list of the four pairs by their acronyms, then the headline "Raup 35,62
Persen Suara ..., Paket AKUR Menang Telak"): the page spells the acronym out as the pair, the
other way round from "Agas Andreas dan Tarsisius Syukur (AKUR)". Only an acronym in capitals
and a bracket holding two members joined by a dash or "dan" are read; an expansion that is no
pair's names ("HARUM (Hadir Untuk Masyarakat)") names nobody (page_roster resolves each full
name against the record and keeps only those that name a pair). A tagline of two capitalised
parts joined by a hyphen ("Ar-Rahman (Andi Rosman-Baso Rahmanuddin)", Wajo) is read too.
Patterns only.
"""

from __future__ import annotations

import re

__all__ = ["short_first"]

_MEMBER = r"[A-Z][\w.'\u2019]*(?:[ \t]+[A-Z][\w.'\u2019]*){0,3}"
# "Pasangan Ar-Rahman (Andi Rosman-Baso Rahmanuddin)" (corpus-bd, Wajo): a tagline of two
# capitalised parts joined by a hyphen is one too; "ARRAHMAN" was read, "Ar-Rahman" named nobody.
# (Its capital first, then the look-behind: "(?<![\w-])[A-Z]..." as "[A-Z](?<![\w-][A-Z])...",
# the same matches, lets the engine skip in C to the next capital; with the look-behind first it
# was tried at each of a page's characters, 0.5 ms of a 20 KB news page.)
_SHORT = (r"[A-Z](?<![\w-][A-Z])"
          r"(?:[A-Z0-9]{2,14}(?:-[A-Z][A-Z0-9]{1,14})?|[a-z]{1,12}-[A-Z][a-z]{2,14})")
_SHORT_FIRST = re.compile(r"(" + _SHORT + r")[ \t]*\((" +
                          _MEMBER + r"[ \t]*(?:[-\u2013\u2014][ \t]*|[ \t]+dan[ \t]+)" + _MEMBER +
                          r")\)")
_MAX = 20


def short_first(text: str):
    """(short name, full name) for each "ACRONYM (Member One dan Member Two)" of the page."""
    for _, match in zip(range(_MAX), _SHORT_FIRST.finditer(text)):
        yield match.group(1), match.group(2)
