"""A presidential count "di 38 provinsi" is the sum of the provinces, the votes abroad left out
(corpus-z, iteNTB: "Pasangan Prabowo-Gibran meraih 95.876.820 suara di 38 provinsi
tersebut"; the decree's 96.214.691 less the 427.871 of the 128 PPLN is 95.786.820). The
national result, abroad included, is no yardstick for it: the country less abroad is, where the
record holds both at the same tier; where it does not, the figure is held, never flagged.
Only a figure flagged against the national result is looked at (one that equals it was
written loosely). Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Mapping

from checker.figures.abroad import ABROAD_AREA
from checker.figures.decree_day import states_decree
from checker.figures.numbers import last_unit
from checker.figures.partial_tally import written
from checker.models import Claim, Comparison

__all__ = ["grade_provinces_only"]

# "di 38 provinsi (tersebut)", "dari 38 provinsi": not "38 provinsi dan luar negeri", "... dan
# 128 PPLN", "... termasuk luar negeri", "... dan pemilu luar negeri".
_PROVINCES = re.compile(r"\b(?:di|dari|pada)\s+(?:seluruh\s+|ke-?)?38\s+provinsi\b(?!\s*(?:itu\s+|"
                        r"tersebut\s+)?(?:dan|serta|plus|\+|termasuk|ditambah)\s+"
                        r"(?:(?:pemilu|pemilihan)\s+(?:di\s+)?)?(?:\d+\s+)?"
                        r"(?:wilayah\s+)?(?:luar\s+negeri|ppln|perwakilan))", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_HUNDREDTH = Decimal("0.01")


def _says_provinces(claim: Claim) -> bool:
    """Does the figure's own sentence (as its excerpt holds it) give it for the 38 provinces?"""
    if "38" not in claim.excerpt:
        return False
    found = written(claim).search(claim.excerpt)
    if found is None:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(claim.excerpt, 0, found.start())]
    after = _SENTENCE_END.search(claim.excerpt, found.end())
    sentence = claim.excerpt[ends[-1] if ends else 0:after.start() if after else None]
    return _PROVINCES.search(sentence) is not None


def _grade(claim: Claim, comparison: Comparison, yardstick: Decimal | int, result,
           bounds: Mapping[str, Decimal]) -> Comparison:
    value = Decimal(claim.value)
    if claim.kind == "votes":
        difference = int(claim.value) - int(yardstick)
        size = abs(Decimal(difference)) * 100 / Decimal(yardstick) if yardstick else Decimal(100)
        limits = bounds["votes_consistent"], bounds["votes_minor"]
        exact = difference == 0
    else:
        difference = (value - Decimal(yardstick)).quantize(_HUNDREDTH)
        size, limits = abs(difference), (bounds["share_consistent"], bounds["share_minor"])
        exact = abs(difference) <= last_unit(claim.value)
    status = "consistent" if size <= limits[0] else "minor" if size <= limits[1] else "discrepant"
    if status == "consistent" and not exact and states_decree(claim, result):
        status = "minor"  # the decree is exact (compare._held_to_decree)
    return replace(comparison, status=status, official_value=yardstick, difference=difference)


def grade_provinces_only(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                         record, bounds: Mapping[str, Decimal]) -> tuple[Comparison, ...]:
    """The comparisons with each flagged national figure of the 38 provinces graded against
    the country less abroad, or held `provinces_only`."""
    out = list(comparisons)
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status not in ("minor", "discrepant") or race is None or \
                claim.race_kind != "president" or claim.region_code != "" or \
                claim.kind not in ("votes", "share") or not _says_provinces(claim):
            continue
        whole = record.best(race, "", tier=comparison.tier) if comparison.tier else None
        abroad = record.best(race, ABROAD_AREA, tier=comparison.tier) if whole else None
        cid = claim.candidate_id
        if abroad is None or abroad.as_of != whole.as_of or cid not in whole.votes or \
                cid not in abroad.votes:
            out[i] = replace(comparison, status="unverifiable", reason="provinces_only")
            continue
        votes = whole.votes[cid] - abroad.votes[cid]
        total = whole.total - abroad.total
        yardstick = votes if claim.kind == "votes" else \
            (Decimal(votes) * 100 / Decimal(total)).quantize(_HUNDREDTH) if total else None
        out[i] = replace(comparison, status="unverifiable", reason="provinces_only") \
            if yardstick is None else _grade(claim, comparison, yardstick, whole, bounds)
    return tuple(out)
