"""A Pilpres pair's count in the paragraph right after the one saying the pair won a province,
with no figure there (issue 10, recall; tests/test_recall_s40.py):

    "Prabowo-Gibran juga menang di Jawa Tengah, yang selama ini dikenal lumbung suara PDIP."
    "Pasangan itu unggul dengan 4.345.894 suara atau 56,05 persen."

A round-up of provinces writes the place in one sentence and its count in the next paragraph;
the count named no place and was held as the country's (`national_unproven`). It goes on with
the province when the paragraph right before says a pair won, led or lost there ("menang di",
"unggul di", "kalah di") and gives no figure of its own, the place is that paragraph's only one
(carried_area._span rules out a list, the whole, some provinces, a place below), and the count
fits in the province: no larger than all its valid votes in the record (a national count, or a
tally of several provinces, is larger). A share goes on only as that count's restatement ("...
suara atau 56,05 persen"): a share alone may be the country's. Pure; asked by carried_area."""

from __future__ import annotations

import re

from checker.figures.collect import ELECTION_OF
from checker.figures.numbers import find_numbers

__all__ = ["won_before"]

# "menang di", "unggul tipis di", "juga unggul di", "kalah di": the place the pair won or lost
_WON_AT = re.compile(r"\b(?:menang|unggul|kalah|memimpin)(?:[^\S\n]+(?:telak|tipis|jauh))?"
                     r"[^\S\n]+di[^\S\n]+(?:provinsi[^\S\n]+)?$", re.IGNORECASE)
_FIGURE = re.compile(r"\d[\d.,]*\d[^\S\n]*(?:suara|persen|%)", re.IGNORECASE)
# A share right after the count it restates ("4.345.894 suara atau 56,05 persen")
_COUNT_BEFORE = re.compile(r"(\d{1,3}(?:[.,]\d{3})+)[^\S\n]+suara[^\S\n]*(?:atau|\()[^\S\n]*$")


def won_before(layout, region, home: int, paragraph: int, position: int) -> bool:
    """Does the Pilpres figure at `position` (its paragraph starting at `paragraph`) go on with
    the province `region` the paragraph before (starting at `home`) says a pair won?"""
    text = layout.text
    if region.level != 1 or not region.code or \
            _WON_AT.search(text, max(home, region.start - 40), region.start) is None or \
            _FIGURE.search(text, home, paragraph):
        return False
    number = find_numbers(text[position:position + 40], layout.style, limit=1)
    if not number or number[0].start:
        return False
    value = number[0].value
    if number[0].unit == "percent":
        before = _COUNT_BEFORE.search(text, max(paragraph, position - 40), position)
        if before is None:
            return False
        value = int(before.group(1).replace(".", "").replace(",", ""))
    return _fits(layout, region.code, value)


def _fits(layout, province: str, value) -> bool:
    """Is the count no larger than all the province's valid votes in the Pilpres the record
    holds (the page's election, else the record's own)? Unknown: not carried."""
    record = layout.out.record
    if record is None:
        return False
    race = record.race_for(layout.out.scope.election or ELECTION_OF["president"], "president", "")
    best = record.best(race, province) if race is not None else None
    return best is not None and bool(best.total) and isinstance(value, int) and \
        value <= best.total
