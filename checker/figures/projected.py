"""A share or count the page gives as a projection, not as KPU's count (issue 10, basis). Pure.

Before any plenary a page may list who "diprediksi akan kalah" or is "diperkirakan" to win,
with a pollster's quick-count shares that it does not name (lampung.viva.co.id, 28 Nov 2024:
Tanggamus 28,35 / 71,65, Rakata's quick count; Sirekap then 26.53 / 73.47; second blind run).
Such a figure is an estimate, as a quick count's is: set against the record it is never called
wrong. A flagged figure whose sentence, or the sentence before it (the page may give that one
a paragraph of its own), has a word of projection (rules/figures.yaml `projection_words`) is
held `quick_count_estimate`, when the page states a day before the record's plenary decree
there (or the record holds none). A figure the page gives as the plenary result, or a
fact-check's quote of a hoax, keeps its grade. Only flagged figures are looked up in the
text: no pass per figure.

A figure the page gives as a pair's hope or target (rules/figures.yaml `hope_words` before it in
its own sentence: "DoaMu optimistis meraih kemenangan melawan kotak kosong ... dengan perolehan
suara sebanyak 93 persen", Pilgub Papua Barat; blind hunt 3) is no count on any day: held
`hoped_share`, whoever the sentence names nearest the number (here the empty box).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from checker.figures.compare import claim_race
from checker.figures.decree_day import dated_before
from checker.figures.moment import stated_day
from checker.figures.numbers import find_numbers
from checker.models import Claim, Comparison

__all__ = ["around", "held_projections", "where", "word_cue"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_REACH = 600  # characters before the excerpt where the sentence before it is looked for
_BASES = (None, "real_count")


def where(excerpt: str, prose: str) -> int:
    """Where the excerpt starts in the prose (its first words, spaced as the prose has them)."""
    words = excerpt.split()[:8]
    if not words:
        return -1
    found = re.search(r"\s+".join(map(re.escape, words)), prose)
    return found.start() if found else -1


def around(excerpt: str, prose: str) -> str:
    """The excerpt, its sentence's start before it and the sentence before that one (in its own
    paragraph or the one before: a page may give the projection a paragraph of its own)."""
    start = where(excerpt, prose)
    if start < 0:
        return ""
    pieces = _SENTENCE_END.split(prose[max(0, start - _REACH):start])
    own = pieces.pop() if pieces and pieces[-1].strip() else ""
    before = [p for p in pieces if p.strip()][-1:]
    return " ".join(before + [own + prose[start:start + len(excerpt)]])


def _before_decree(claim: Claim, record) -> bool:
    if stated_day(claim.page_time) is None:
        return False
    race = claim_race(claim, record)
    if race is None:
        return False
    decree = record.best(race, race.area_of(claim.region_code), tier="rekap")
    return decree is None or dated_before(claim, decree.as_of)


@lru_cache(maxsize=8)
def word_cue(words: tuple[str, ...]):
    """Any of the words, whole, in any case (None if there are none); built once per rule
    set, not per page with a flagged figure."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(words, key=len,
                                                                     reverse=True))), re.I) \
        if words else None


def _hoped(claim: Claim, prose: str, hope) -> bool:
    """Does a word of hope stand before the figure in its own sentence ("DoaMu optimistis
    meraih kemenangan melawan kotak kosong ... sebanyak 93 persen")? A hope after the figure
    ("... 11,2 persen. Meski optimis dengan hasil ini") says nothing of it."""
    for piece in _SENTENCE_END.split(around(claim.excerpt, prose)):
        found = hope.search(piece)
        if found and any(n.value == claim.value for n in find_numbers(piece[found.end():])):
            return True
    return False


def held_projections(claims, comparisons: tuple[Comparison, ...], prose: str,
                     words: tuple[str, ...], record,
                     hopes: tuple[str, ...] = ()) -> tuple[Comparison, ...]:
    """The comparisons, each flagged figure the page gives as a projection held; one it gives
    as a pair's hope or target (`hopes`) is held whatever the day: it is no count at all."""
    if record is None or not words and not hopes or \
            not any(c.status in ("minor", "discrepant") for c in comparisons):
        return comparisons  # (most pages: no pattern built, no text looked at)
    cue, hope = word_cue(words), word_cue(hopes)
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if c.status not in ("minor", "discrepant") or claim.kind not in ("share", "votes") or \
                claim.claim_type not in _BASES or claim.quoted:
            pass
        elif hope is not None and _hoped(claim, prose, hope):
            c = replace(c, status="unverifiable", reason="hoped_share")
        elif cue is not None and _before_decree(claim, record) and \
                cue.search(around(claim.excerpt, prose)):
            c = replace(c, status="unverifiable", reason="quick_count_estimate")
        out.append(c)
    return tuple(out)
