"""A flag on another article's headline is never this page's (blind hunt 39, merdeka's AMP page
on Sumatera Barat): a related-story line under the lead, "Real Count KPU Suara Masuk 35% di
Bali: Prabowo Unggul 52,89%, Anies 44,38%, Ganjar 35,87%", states its moment (a counting
progress), so teasers.teaser_hold lets it be compared, and its 44,38 was graded discrepant
against Bali's decree: a verdict on a story the reader did not open, written with this page's
name on it. A teaser's figure that agrees with the record keeps its grade (the linked story's
reading is confirmed, as corpus pages hold it); one the record flags is held `teaser`: the
linked article may say otherwise, and the record does not hold the reading at the moment the
line gives. Read after the comparison, from the page's prose (teasers.teaser_spans over its
lines and its article links). Pure."""

from __future__ import annotations

from dataclasses import replace

from checker.figures.projected import where
from checker.figures.teasers import teaser_spans
from checker.models import Comparison

__all__ = ["held_teaser_flags"]

HELD = "teaser"
_FLAGS = ("minor", "discrepant")


def held_teaser_flags(claims, comparisons: tuple[Comparison, ...], page) -> tuple[Comparison, ...]:
    """`comparisons` with each flag on a prose figure inside another article's headline (a line
    of `page.prose` teasers.teaser_spans finds) held `teaser`."""
    flagged = [i for i, c in enumerate(comparisons)
               if c.status in _FLAGS and 0 <= c.claim < len(claims) and
               claims[c.claim].origin == "text" and not claims[c.claim].quoted]
    if not flagged:
        return comparisons
    prose = page.prose
    starts = [0, *(i + 1 for i, ch in enumerate(prose) if ch == "\n")]
    spans = teaser_spans(prose, starts, page.links)
    if not spans:
        return comparisons
    held = set()
    for i in flagged:
        # the excerpt opens in the figure's sentence, and a teaser line is a sentence of its
        # own (teasers.teaser_sentences): it opens in the line exactly when the figure is in it
        at = where(claims[comparisons[i].claim].excerpt, prose)
        if at >= 0 and any(a <= at < b for a, b in spans):
            held.add(i)
    return tuple(replace(c, status="unverifiable", reason=HELD) if i in held else c
                 for i, c in enumerate(comparisons)) if held else comparisons
