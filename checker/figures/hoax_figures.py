"""The figures a debunk quotes as the hoax's, where the record has nothing to set them against
(issue 10, quoted claims). A fact-check of a 2019 post that passed the 2014 result off as KPU's
count, or of a flyer of "results" in Malaysia posted before any overseas count, quotes figures
of an election or an area the record does not hold: no comparison can say they are wrong, but
the page does, and a report that only says "another election" leaves the reader to find that
out. Such a figure keeps its `unverifiable` status (the record did not grade it) with the
reason `hoax_refuted`: quoted from the hoax this page debunks.

A quoted figure is the hoax's when the page is a debunk (its title or first heading says so,
Page.debunk), its sentence, up to the figure, gives it as the post's (rules/vocabulary.yaml
`hoax_attributions`: "dalam unggahan itu", "grafik dalam foto itu") and no correction word
comes before it there (`hoax_corrections`: "Faktanya, unggahan itu memakai hasil 2014 ..." is
the page's own figure). The other shares of the same count follow the first: consecutive
quoted shares of one race and area, one per pair, adding up to 100 ("83,3 ... Posisi kedua
... 9,3 ... Berikutnya ... 7,2"). A figure naming no pair is nobody's count and is left as it
is. Only comparisons without an official figure change: what the record grades stays graded.
Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from checker.analyse.phrases import normalise
from checker.models import Claim, Comparison

__all__ = ["hoax_s", "mark_refuted"]

# The excerpt of a figure read from prose runs to 40 characters past it (figures/from_text).
_AFTER = 40
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"\u201c(])")
# "rata-rata 70-80%": a range's second number is no figure of its own (scope_gate holds it as
# `range` where it reads the sentence; a figure held earlier, abroad, never got there).
_RANGE = re.compile(r"\d\s*%?\s*(?:-|\u2013|\u2014|hingga|sampai)\s*(\d{1,3}(?:[.,]\d+)?)\s*"
                    r"(?:%|persen)", re.IGNORECASE)


@lru_cache(maxsize=16)
def _words(phrases: tuple[str, ...]) -> re.Pattern | None:
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(normalise(p)) for p in phrases)
                      + r")(?!\w)")


def _sentence(claim: Claim) -> str:
    """The figure's sentence, as far as its excerpt holds it: a headline, which ends in no
    full stop, runs on into the text after it ("Anies 41 Persen, Voxpol Pastikan Hoaks")."""
    text = claim.excerpt
    at = len(text) - _AFTER if claim.origin == "text" and len(text) > _AFTER else len(text)
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.start() >= at:
            return normalise(text[start:end.start()])
        start = end.end()
    return normalise(text[start:])


def _in_range(claim: Claim) -> bool:
    return any(Decimal(m.group(1).replace(",", ".")) == Decimal(claim.value)
               for m in _RANGE.finditer(claim.excerpt))


def _attributed(claim: Claim, hoax: re.Pattern, corrections: re.Pattern | None) -> bool:
    if _in_range(claim):
        return False
    sentence = _sentence(claim)
    found = hoax.search(sentence)
    return found is not None and not (corrections and corrections.search(sentence))


def _pair(claim: Claim):
    return claim.candidate_id or claim.nomor_urut


def _counts(claims: list[Claim]) -> list[list[int]]:
    """Runs of consecutive quoted shares of one race and area, one per pair, adding up to 100
    within a point (each share rounded)."""
    runs: list[list[int]] = []
    current: list[int] = []
    key = None
    for i, claim in enumerate(claims):
        here = (claim.election, claim.race_kind, claim.region_code)
        if claim.kind != "share" or not claim.quoted or _pair(claim) is None:
            runs.append(current)
            current, key = [], None
            continue
        if here != key or any(_pair(claims[j]) == _pair(claim) for j in current):
            runs.append(current)
            current, key = [], here
        current.append(i)
    runs.append(current)
    return [run for run in runs if len(run) >= 2 and
            abs(sum(Decimal(claims[i].value) for i in run) - 100) <= 1]


def hoax_s(claims: list[Claim], attributions: tuple[str, ...],
           corrections: tuple[str, ...] = ()) -> set[int]:
    """The indexes of the quoted figures the page gives as the hoax's (see the module)."""
    hoax = _words(tuple(attributions))
    if hoax is None:
        return set()
    fixes = _words(tuple(corrections))
    theirs = {i for i, c in enumerate(claims)
              if c.quoted and c.kind in ("share", "votes") and _pair(c) is not None
              and _attributed(c, hoax, fixes)}
    for run in _counts(claims):
        if theirs.intersection(run):
            theirs.update(run)
    return theirs


def mark_refuted(claims, comparisons: tuple[Comparison, ...], debunk: bool,
                 attributions: tuple[str, ...],
                 corrections: tuple[str, ...] = ()) -> tuple[Comparison, ...]:
    """`comparisons` with the hoax's ungraded figures given the reason `hoax_refuted`."""
    if not debunk:
        return comparisons
    theirs = hoax_s(list(claims), attributions, corrections)
    return tuple(replace(c, reason="hoax_refuted")
                 if c.claim in theirs and c.status == "unverifiable" and c.official_value is None
                 else c for c in comparisons)
