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

import re
from bisect import bisect_left
from dataclasses import replace

from checker.figures.collect import RECORDED
from checker.figures.past_pairs import roster_for
from checker.figures.revote import is_revote
from checker.figures.teasers import teaser_lines
from checker.figures.wording import ANAPHORA, ANAPHORA_OPENS, search_between

__all__ = ["record_pair_election", "record_pair_figure"]


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


def record_pair_figure(layout, scope, number, kind):
    """A pair's count or share dated by the page to an earlier election (its headline "...
    Kalahkan Jokowi-Ma'ruf di Tahun 2019", a paragraph's "Pilpres 2019" sentences before) while
    the pair written member by member right before it stood in the record's election only:
    "Di Boyolali, Ganjar-Mahfud mendapat 353.937 suara" on a page comparing 2019 with 2024 is
    the 2024 count (blind hunt 55): no 2019 pair was Ganjar-Mahfud. The scope moves to that
    pair's race, as record_pair_election moves a progress. Only for an election before the
    record's (a Pilpres 2029 scenario's "Prabowo-Gibran 45-50%" is no 2024 figure), with no
    election named in the figure's sentence before it, and only when the nearest pair-like
    run before the figure is that pair (a figure after "Prabowo-Sandi" keeps its year); in a
    sentence naming no pair, "mereka" and its kin point at the sentence before's pair
    (_referent_runs).
    A Pilpres pair only, whichever earlier election dated the page ("Anies menang Pilkada DKI
    2017 ... Di Pilpres, Anies-Muhaimin meraih 41,07 persen di DKI Jakarta"): the earlier
    Pilpres rosters are whole (two pairs each, none of 2024's), while a Pilkada pair often stood
    again in 2024 ("Muchtar Ali Yusuf - Andi Edy Manaf", Bulukumba 2020 and 2024, on ERA.id's
    undated page of 2020, corpus-g) where the roster lists no race."""
    earlier = scope.election
    if kind in (None, "total", "progress") or earlier is None or earlier in RECORDED or \
            is_revote(earlier) or layout.out.record is None or not earlier[-4:].isdigit() or \
            int(earlier[-4:]) >= 2024:
        return scope
    sentence = layout._start_of(layout.sentences, number.start)
    first = bisect_left(layout.election_starts, sentence)
    if first < len(layout.elections) and layout.elections[first].start < number.start:
        return scope  # "... di Pilpres 2019 ...": the sentence names its election
    open_scope = replace(scope, election=None)
    runs = [r for r in layout.runs(sentence, number.start)
            if "-" in layout.text[r[0]:r[1]].strip("-")]
    for a, b in reversed(runs or _referent_runs(layout, sentence, number)):
        who = layout.name_of(a, b, open_scope)
        written = who[2] or ""
        roster = roster_for(layout.out.figures) if layout.out.figures.past_races else None
        if who[0] is None or who[0].race.kind != "president" or \
                not _member_by_member(who[0].name, written) or \
                roster is not None and roster.in_election(earlier, written) is not None:
            return scope
        return replace(scope, election=who[0].race.election, kind=who[0].race.kind)
    return scope


_REACH_BACK = 400  # characters the sentence before may span for a pronoun's pair


def _referent_runs(layout, sentence: int, number) -> list[tuple[int, int]]:
    """The pair-like runs of the sentence before, when the figure's sentence names no pair and
    points back with a pronoun before the figure: "Di Jawa Barat, Prabowo-Gibran menang telak
    dengan 16.805.854 suara. | Di Papua Barat Daya, mereka kembali unggul dengan 209.403 suara"
    (Tribunnews under a headline naming Pilpres 2019, corpus-bi). The sentence before may close
    the paragraph before; never across a heading, never a related article's line."""
    if sentence <= 0 or not search_between(ANAPHORA, layout.text, sentence, number.start,
                                           ANAPHORA_OPENS):
        return []
    before = layout._start_of(layout.sentences, sentence - 1)
    if sentence - before > _REACH_BACK or \
            any(before < h <= sentence for h in layout.heading_starts) or \
            any(a < sentence and before < b for a, b in teaser_lines(layout)):
        return []  # (a "Baca juga" line's pair is another article's: blind stress, corpus-bi)
    return [r for r in layout.runs(before, sentence) if "-" in layout.text[r[0]:r[1]].strip("-")]


def _member_by_member(name: str, written: str) -> bool:
    """Does `written` name both members of the record's pair `name` ("PRABOWO SUBIANTO -
    GIBRAN RAKABUMING RAKA"), one on each side of its hyphen: "Prabowo-Gibran", "Anies-Imin",
    "Ganjar Pranowo-Mahfud MD"? "Prabowo-Subianto" (one man's name hyphenated, katadata on the
    2019 count of DIY) names one member only."""
    members = [set(m.split()) for m in name.upper().split(" - ")]
    first, _, second = written.upper().partition("-")
    before, after = re.findall(r"[A-Z]+", first)[-1:], re.findall(r"[A-Z]+", second)
    if len(members) != 2 or not before or not after:
        return False

    def of(word: str, member: set[str]) -> bool:
        return word in member or len(word) >= 4 and any(word in w for w in member)
    return any(of(before[0], one) and any(of(w, other) for w in after)
               for one, other in (members, members[::-1]))
