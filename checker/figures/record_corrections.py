"""A misreading the page itself sets right with the record's own figure (blind hunt 41, the
Sirekap misreads at polling stations): "Di TPS 001 Desa Keude Bakongan, ..., Sirekap sempat
menampilkan suara Prabowo-Gibran 91 suara. Padahal, hasil di formulir C hanya 19 suara". The
record holds that TPS (Sirekap, 19 after its correction), so the 91 was graded, and flagged:
own_corrections refutes only figures the record did not grade, and the 19 was read as no claim
of its own. The page reports the 91 as the error and gives the record's value as the truth:
the page is right, the 91 is no figure it asserts. A flagged figure (discrepant or minor, a
pair's votes or share read from the prose) is given `hoax_refuted` (held) when a correction
word ("padahal", "seharusnya", "sebenarnya", "yang benar", "melainkan"; not "bukan": "91
suara, bukan 19" asserts the 91) follows it in its sentence or opens the next sentence or
paragraph, and the first figure after that word in that sentence is exactly the value the
record graded it against. A correction to any other value (the page's
"truth" is not the record's) or no correction word leaves the flag. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.numbers import parse_number
from checker.figures.own_corrections import figures_at, sentence_end
from checker.models import Comparison

__all__ = ["refute_by_record"]

_FLAGS = ("discrepant", "minor")
# Not "bukan" after the figure: "91 suara, bukan 19" says the 91 is the right one.
_WORDS = ("padahal", "seharusnya", "sebenarnya", "benar", "melainkan")
_CUE = re.compile(r"\b(?:padahal|seharusnya|sebenarnya|yang\s+benar|melainkan)\b", re.IGNORECASE)
# The first figure after the cue: digits with thousands points or a decimal comma.
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]\d)|(?<![\d.,])\d+"
                     r"(?:,\d+)?(?![\d.,]\d)")


def refute_by_record(claims: tuple, comparisons: tuple[Comparison, ...],
                     text: str) -> tuple[Comparison, ...]:
    """`comparisons` with each flagged figure the page's own correction sets right with the
    record's value held as `hoax_refuted` (see the module); `text`, the page's prose."""
    if not text or not any(c.status in _FLAGS for c in comparisons) or \
            not any(word in text.lower() for word in _WORDS):
        return comparisons
    out = list(comparisons)
    for i, (start, _, _) in figures_at(claims, comparisons, text, graded=True).items():
        official = comparisons[i].official_value
        if official is not None and _corrected_to(text, start, Decimal(official)):
            out[i] = replace(out[i], status="unverifiable", reason="hoax_refuted")
    return tuple(out)


def _corrected_to(text: str, start: int, official: Decimal) -> bool:
    """Does a correction word after the figure at `start` (in its sentence, or opening the
    next) give `official` as the first figure after it, in the cue's sentence?"""
    end = sentence_end(text, start)
    cue = _CUE.search(text, start, end)
    if cue is None:
        # the next sentence, in the figure's paragraph or opening the next one
        following = end + len(text[end:end + 5]) - len(text[end:end + 5].lstrip())
        if following >= len(text):
            return False
        end = sentence_end(text, following)
        cue = _CUE.search(text, following, min(end, following + 30))
        if cue is None or text[following:cue.start()].strip(" \t\"'(,:-"):
            return False
    figure = _FIGURE.search(text, cue.end(), end)
    if figure is None:
        return False
    value = parse_number(figure.group())
    return value is not None and Decimal(value) == official
