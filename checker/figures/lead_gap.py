"""A percentage right after a word of leading ("unggul", "menang"; rules/figures.yaml
`lead_words`, one of `margin_fillers` between) is the pair's share ("Andra Soni-Dimyati unggul
55,86 persen") or its lead over the rest ("pasangan Amin unggul 1,7 persen", blind hunt 27;
"Airin-Ade unggul tipis 1,9 persen" in one city was flagged against her 41,77 there). The words
do not tell them apart; the race does: a pair that leads holds more than 100 divided by the
race's options (its pairs, and the empty box of a single pair's race), so a figure under half of
that is the lead, no share of the pair's (a headline's "Anies-Muhaimin Unggul 32,61 Persen",
just under a third, may say "unggul" loosely of a share: left as read). A count after such a word is a margin already (cues.is_margin);
a percentage with no pair of the record resolved, or with another percentage in its sentence
(a list of shares), is left as read (held or graded as before).
from_text asks `lead_gap` for each pair's percentage. Pure."""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.cues import alternation
from checker.figures.kept import kept

__all__ = ["lead_gap"]

_PATTERNS: dict = {}
# Another percentage in the sentence: a list of shares ("paslon 01 unggul 40,82 persen, paslon 02
# 59,18 persen"), where "unggul" is loosely said of a share; only a lone figure is a lead.
_PERCENT = re.compile(r"(?<![\d.,])\d[\d.,]*\s*(?:%|persen)", re.IGNORECASE)


def _pattern(figures) -> re.Pattern | None:
    def build():
        if not figures.lead_words:
            return None
        fillers = alternation(figures.margin_fillers) if figures.margin_fillers else "(?!)"
        return re.compile(r"(?<!\w)(?:" + alternation(figures.lead_words) + r")(?:\s+(?:"
                          + fillers + r"))?\s+$", re.IGNORECASE)
    return kept(_PATTERNS, id(figures), figures, build)


def lead_gap(reader, number, who) -> bool:
    """Is `number` (a percentage `who`'s pair of the record was found for) a lead, far too
    small to be the share of a pair that leads its race? `reader`: from_text's _Text."""
    if number.unit != "percent" or who is None or who[0] is None or \
            Decimal(number.value) >= 25:  # (two options at least: 25 is half of 50)
        return False
    record = reader.out.record
    pattern = _pattern(reader.out.figures)
    if record is None or pattern is None or \
            not pattern.search(reader.text, max(0, number.start - 40), number.start):
        return False
    options = max(2, len(record.candidates_of(who[0].race)))
    if Decimal(number.value) * options * 2 >= 100:
        return False  # (near the bound, "unggul" may be said loosely of a runner-up's share)
    sentence, end = reader._where(number.start)[:2]
    return not any(m.start() != number.start for m in _PERCENT.finditer(reader.text, sentence, end))
