"""Whose is the first count of a list's next area, head to head (blind16): "Prabowo-Gibran
unggul di Maluku dengan 665.371 suara berbanding 228.557 suara milik Anies-Muhaimin, Papua
Barat Daya 209.403 suara berbanding 48.405 suara". Each area repeats the first clause's order,
the leader's count before "berbanding"; the last pair named (the rival, behind its own count)
is not the next area's leader. The page does not name the pair again: the count is nobody's
(left unread) rather than the rival's. Pure."""

from __future__ import annotations

import re

__all__ = ["rival_leads"]

# "N suara berbanding M", "N vs M", "N lawan M": the count opens a head-to-head of two counts.
_VERSUS_NEXT = re.compile(r"[^\S\n]*(?:suara[^\S\n]+)?(?:berbanding|dibanding(?:kan)?"
                          r"(?:[^\S\n]+dengan)?|(?:me)?lawan|vs\.?)[^\S\n]+\d", re.IGNORECASE)


def _same_pair(one, other) -> bool:
    if one[0] is not None or other[0] is not None:
        return one[0] is not None and other[0] is not None and one[0].id == other[0].id
    return one[2] is not None and one[2] == other[2]


def rival_leads(layout, number, previous, sentence: int, scope, who) -> bool:
    """Would `who`, the previous figure's pair, lead a new area's head-to-head it does not
    lead? True when the count opens "N suara berbanding M", an area is named between the
    previous figure and it, and that previous figure was the rival's: the sentence named
    another pair before it (the leader of the first clause)."""
    if who is None or previous is None or previous[0] != sentence or \
            not _same_pair(who, previous[2]) or not _VERSUS_NEXT.match(layout.text, number.end):
        return False
    region = scope.region
    if region is None or not previous[1] <= region.start < number.start:
        return False
    return any(not _same_pair(named, previous[2])
               for a, b in layout.runs(sentence, previous[1])
               if (named := layout.name_of(a, b, scope))[0] is not None or named[2] is not None)
