"""A share the page gives as the race's final result, naming no plenary (issue 10, basis;
blind measurement 17). Pure.

"X dipastikan menjadi pemenang Pilkada Sumbar 2024 dengan perolehan suara 77,12 persen,
mengungguli Y yang meraih 22,88 persen": the decree's shares, though the sentence names no
plenary, so the figure carried no basis and was graded against Sirekap's 77.15 with half a
point's leeway (the misquotes 77,40 and 76,80 passed). A share of no stated basis after a word
of the final result (rules/figures.yaml `final_words`) in its own sentence, where the record
holds only Sirekap there, is held `plenary_not_loaded` as a share the page calls the plenary's
is (compare.py): graded only when equal to Sirekap's to its last digit. Only shares graded
against Sirekap are looked up in the text, on a page that has such a word at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.compare import claim_race
from checker.figures.numbers import find_numbers, last_unit
from checker.figures.projected import around, word_cue
from checker.models import Claim, Comparison

__all__ = ["held_final_results"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")  # as projected.py splits around()

_GRADED = ("consistent", "minor", "discrepant")


def _graded_on_sirekap(claim: Claim, comparison: Comparison) -> bool:
    """A share of no stated basis graded against Sirekap, not equal to it to its last digit?"""
    return claim.kind == "share" and claim.claim_type is None and not claim.quoted and \
        comparison.tier == "sirekap" and comparison.status in _GRADED and \
        comparison.difference is not None and (
            comparison.status != "consistent" or
            abs(Decimal(comparison.difference)) > last_unit(claim.value))


def _said_final(claim: Claim, prose: str, cue) -> bool:
    """Does a word of the final result stand before the figure in its own sentence?"""
    for piece in _SENTENCE_END.split(around(claim.excerpt, prose)):
        for found in cue.finditer(piece):
            if any(n.value == claim.value for n in find_numbers(piece[found.end():])):
                return True
    return False


def held_final_results(claims: list[Claim], comparisons: tuple[Comparison, ...], prose: str,
                       words: tuple[str, ...], record) -> tuple[Comparison, ...]:
    """The comparisons with each such share (see above) held."""
    found = [i for i, c in enumerate(comparisons) if _graded_on_sirekap(claims[c.claim], c)]
    cue = word_cue(words)
    if not found or cue is None or record is None or not cue.search(prose):
        return comparisons  # (most pages: no text looked at)
    out = list(comparisons)
    for i in found:
        claim = claims[out[i].claim]
        race = claim_race(claim, record)
        if race is None or record.best(race, race.area_of(claim.region_code),
                                       tier="rekap") is not None:
            continue  # the record holds the decree: compare.py set the closer tier
        if _said_final(claim, prose, cue):
            out[i] = replace(out[i], status="unverifiable", reason="plenary_not_loaded")
    return tuple(out)
