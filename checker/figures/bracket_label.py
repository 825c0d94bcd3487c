"""A figure followed by a bracket that holds nothing but a pair's ballot label: "Paser: 58%
(Paslon 02) vs 42% (Paslon 01)" (blind hunt 27, a Kaltim campaign's count regency by regency).
The bracket names the figure's pair; the label written before the figure is the previous
item's ("(Paslon 02) vs 42%" made 42 the 02's, flagged against the 02's 57,99). Pure; asked
first by owners.owner_after.

The other way round, a label then its figure ("Hasil rekap 82,27% TPS: paslon 01 (25,05%),
paslon 02 (58,44%)", KawalPemilu's tally on viva.co.id): a percentage right after a ballot label
(a bracket, a colon or nothing between) is that pair's share, never the count's progress the
words before the label spoke of (figure_kind asks label_before)."""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["bracket_owner", "label_before"]

# the figure's unit (when the number ends before it), then the opening bracket
_OPENS = re.compile(r"[^\S\n]*(?:%|persen\b)?[^\S\n]*\([^\S\n]*", re.IGNORECASE)
_CLOSES = re.compile(r"[^\S\n]*\)")
# between a ballot label and its figure: "paslon 01 (25,05%)", "paslon 02: 58,44%"
_BETWEEN = re.compile(r"[^\S\n]*[(:]?[^\S\n]*")


def bracket_owner(layout, number, scope):
    """(candidate, nomor, written) of the ballot label bracketed right after `number`, when the
    bracket holds that label only; else None."""
    opened = _OPENS.match(layout.text, number.end)
    if opened is None:
        return None
    at = bisect_left(layout.ballot_starts, opened.end())
    if at >= len(layout.ballots) or layout.ballots[at].start != opened.end():
        return None
    label = layout.ballots[at]
    if not _CLOSES.match(layout.text, label.end):
        return None
    who = layout.name_of(label.start, label.end, scope)
    return who if who[1] is not None else None


def label_before(layout, number) -> bool:
    """Is a ballot label written right before `number` (nothing but a bracket or a colon
    between)?"""
    at = bisect_left(layout.ballot_starts, number.start) - 1
    while at >= 0 and layout.ballots[at].end > number.start:
        at -= 1
    if at < 0:
        return False
    gap = _BETWEEN.match(layout.text, layout.ballots[at].end)
    return gap is not None and gap.end() == number.start
