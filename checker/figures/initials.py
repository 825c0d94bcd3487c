"""A pair written by its members' initials or the start of a name, against the roster of the
figure's race (issue 10, ballot numbers): "PD-HB" for KPU's "PUTRI DAKKA, SH - DRS. H. HAIDIR
BASIR, MM", "FKJ-Nur" for "DR. H. FARID KASIM - DR. HJ. NURHAENIH" (Palopo 2024: Farid Kasim
Judas, whose family name KPU's record leaves out).

Asked only where the matcher and pair_members named nobody, only within the races of the
figure's area, and only for two members written as one word each, when:
- one member at least is written in capitals as its member's initials, in order (titles are
  none, but for the Haji's "H."/"Hj." KPU writes first: "HAR" for "H. ABDUL RAHMAN, S.E.",
  Jambi 2024), or those and one letter more (a family name the record leaves out);
- the other is such initials too, or a word of its member or its first three letters or more
  (a word the matcher found in the pair does not stop it: "HAR-Guntur" names that pair);
- the pair gives four letters at least, and no other pair of those races fits (never a guess).
Pure.
"""

from __future__ import annotations

import re

from checker.figures.matching import name_tokens
from checker.official.model import Candidate

__all__ = ["by_initials"]

_SPLIT = re.compile(r"\s*[-\u2013\u2014/&+]\s*|\s+(?:dan|and)\s+", re.IGNORECASE)
_OFFICIAL_SPLIT = re.compile(r"\s+-\s*|\s*-\s+")
_WORD = re.compile(r"[A-Za-z]+")
_PREFIX = 3  # the fewest letters of a name's start that may stand for it
# The Haji's title KPU writes before a name ("H. ABDUL RAHMAN", "HJ. NURHAENIH"): its letter
# opens the initials the press makes of the name, or not.
_HAJI = re.compile(r"^\s*(?:(?:dr|drs|dra|ir|prof)\.?\s+)*hj?\.\s*(?=[A-Za-z]{2})",
                   re.IGNORECASE)


def _initials(word: str, own: tuple[str, ...], haji: bool) -> bool:
    """"PD" for PUTRI DAKKA, "FKJ" for FARID KASIM (one letter more: a family name), "HAR"
    or "AR" for H. ABDUL RAHMAN."""
    initials = "".join(w[0] for w in own)
    folded = word.lower()
    if haji and folded == "h" + initials:
        return word.isupper() and len(initials) >= 2
    return word.isupper() and len(initials) >= 2 and \
        (folded == initials or len(folded) == len(initials) + 1 and folded.startswith(initials))


def _start(word: str, own: tuple[str, ...]) -> bool:
    """"Nur" for NURHAENIH: the start of one of the member's words, or the word itself."""
    folded = word.lower()
    return word[0].isupper() and len(folded) >= _PREFIX and any(w.startswith(folded) for w in own)


def _fits(written: list[str], official: list[tuple[tuple[str, ...], bool]]) -> bool:
    if len(official) != 2:
        return False
    by_initials = [_initials(w, o, haji) for w, (o, haji) in zip(written, official)]
    return any(by_initials) and all(
        i or _start(w, o) for i, w, (o, _) in zip(by_initials, written, official))


def _members(name: str, titles: frozenset[str]) -> list[tuple[tuple[str, ...], bool]]:
    """KPU's "DR. H. FARID KASIM - DR. HJ. NURHAENIH" -> [(("farid", "kasim"), True),
    (("nurhaenih",), True)]: each member's words in order, titles and degrees after the comma
    dropped, and whether a Haji's title opens it."""
    return [(name_tokens(m.split(",", 1)[0], titles), _HAJI.match(m) is not None)
            for m in _OFFICIAL_SPLIT.split(name)]


def by_initials(matcher, written: str, races) -> Candidate | None:
    """The one pair of `races` that `written` names by initials (see the module), or None."""
    parts = [p.strip().strip(".") for p in _SPLIT.split(written.strip())]
    if len(parts) != 2 or not all(_WORD.fullmatch(p) for p in parts) or \
            sum(len(p) for p in parts) < 4:
        return None
    found = {cand for race in races or () for cand in matcher._by_race.get(race, ())
             if not cand.is_empty_box and _fits(parts, _members(cand.name, matcher._titles))}
    return found.pop() if len(found) == 1 else None
