"""A progress in the sentence of a pair the record holds, on a page whose headline names an
earlier election, is the record's election (issue 10, election; Podcastnews under "Suara
Prabowo Lampaui Perolehan Pilpres 2019": "Suara Prabowo-Gibran masih bisa bertambah, sebab
real count KPU baru mencapai 77,57 Persen" is the 2024 count, not 2019's).

A pair's own figure takes its election from the pair; a progress has no pair and took the
page's. Only a pair written member by member ("Prabowo-Gibran", never "Prabowo" alone, who
stood in 2014 and 2019 too), before the progress in its sentence, that the record resolves and
the earlier election's roster does not know by that name ("Khofifah-Emil" stood in 2018 as in
2024), with no election named in the sentence. Pure.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from checker.figures.collect import RECORDED
from checker.figures.past_pairs import roster_for
from checker.figures.revote import is_revote

__all__ = ["record_pair_election"]


def record_pair_election(layout, scope, number):
    """The scope at the race of the record's pair named before `number` in its sentence when
    the scope's election is an earlier one the record does not hold; else `scope`."""
    earlier = scope.election
    if earlier is None or earlier in RECORDED or is_revote(earlier) or layout.out.record is None:
        return scope
    sentence = layout._start_of(layout.sentences, number.start)
    first = bisect_left(layout.election_starts, sentence)
    if first < len(layout.elections) and layout.elections[first].start < number.start:
        return scope  # "... di Pilpres 2019 ...": the sentence names its election
    roster = roster_for(layout.out.figures) if layout.out.figures.past_races else None
    open_scope = replace(scope, election=None)
    races = set()
    for a, b in layout.runs(sentence, number.start):
        who = layout.name_of(a, b, open_scope)
        written = who[2] or ""
        if who[0] is None or "-" not in written.strip("-") or \
                roster is not None and roster.in_election(earlier, written) is not None:
            continue
        races.add(who[0].race)
    if len(races) != 1:
        return scope
    race = races.pop()
    return replace(scope, election=race.election, kind=race.kind)
