"""The pair a figure is given to by its ballot number written after it (blind hunt 25):
"X hanya 33,70 persen, dibandingkan 66,30 persen untuk pasangan nomor 2", "... sedangkan N
suara untuk paslon nomor urut 4 Dedi-Erwan". A name must stand right after "untuk" for
referents.named_after, so a pair's noun and number there left the figure to the pair named
before it: the rival, whose share it is not. The number (and a name right after it, which wins
when it names a pair) says whose it is. Pure; asked by owners.owner_after."""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["numbered_after"]

# Between the number and a name written after it: "nomor urut 2 Abdusy ...", "nomor 4, yakni X".
_NAME_GAP = re.compile(r"[^\S\n]*(?:[,:][^\S\n]*)?(?:(?:yaitu|yakni)[^\S\n]+)?")
_NAME_REACH = 80


def numbered_after(layout, start: int, scope):
    """(candidate, nomor, written) of the pair whose ballot number opens the words at `start`
    (right after "untuk", "milik", "diraih" ...), else None."""
    at = bisect_left(layout.ballot_starts, start)
    if at >= len(layout.ballots) or layout.ballots[at].start != start:
        return None
    text, stop = layout.text, layout.ballots[at].end
    gap = _NAME_GAP.match(text, stop).end()
    runs = layout.runs(gap, min(len(text), gap + _NAME_REACH), first=True)
    if runs and runs[0][0] == gap:
        stop = runs[0][1]
    who = layout.name_of(start, stop, scope)
    return who if who[0] is not None or who[1] is not None else None
