"""The election a figure in running text is of, as its words date it: the election named
nearest before it in its paragraph, else the first after it in its sentence (Layout._near).
Two elections named so are not the figure's:
- one named in a relative or comparing clause of another sentence ("provinsi yang pada
  Pilpres 2014 dimenangi Jokowi. Di Bengkulu, ..."; cues.relative): that clause's year;
- one named after the figure as what it is compared with, the base of a change: "PKB meraup
  4.517.228 suara, bertambah 136.489 suara dari Pemilu 2019" (KabarBaik, DPRD Jatim), "...
  naik dibanding Pilpres 2019", "... turun dari Pilkada 2020" give the page's own election's
  count. rules/figures.yaml's `comparison_words` right before the election say so alone; "dari"
  ("from", also where a count comes from: "4.380.739 suara dari Pemilu 2019") only with one of
  its `change_words` between the figure and the election.
On a re-vote's page, the round it re-runs named only in another sentence dates no figure.
An earlier election named before the figure dates it no longer once the record's year is
named between them: "Pada Pilpres 2019 Prabowo meraih 44,50 persen, sedangkan pada 2024
Prabowo-Gibran meraih 58,59 persen" gives the 58,59 to the page's own election (a bare "pada
2024" is no election mark: cues keeps only earlier bare years)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from checker.figures.collect import RECORDED
from checker.figures.cues import Mark, alternation
from checker.figures.revote import dated_event, is_revote, rerun, round_date, stated_between

__all__ = ["election_and_kind", "election_mark"]

# "dibanding pada Pemilu 2019", "ketimbang saat Pilpres 2019": a time word may stand between.
_WHEN = r"(?:(?:pada|di|dalam|saat|ketika)\s+)?$"
_FROM = re.compile(r"(?<!\w)dari\s+" + _WHEN, re.IGNORECASE)
_REACH = 40  # characters before the election its comparing word may stand
# The record's year named as a time ("pada 2024", "di Pemilu 2024", "tahun ini" is not: the
# page's date may be another year), not a date's year ("27/2/2024") or a term ("2024-2029").
_WHICH = re.compile(r"\byang\b", re.IGNORECASE)  # a relative clause: an aside on its subject
_RECORD_YEAR = re.compile(r"\b(?:pada|tahun|di|dalam|saat|ketika)\s+(?:(?:pemilu|pilpres|"
                          r"pilkada|pemilihan)\s+)?2024\b(?![-\u2013/.,]\d)", re.IGNORECASE)


def election_mark(layout, position: int, where: tuple[int, int, int, int], intro: int):
    """The election mark dating the figure at `position` (where = layout._where(position),
    intro: where its paragraph's or list's intro starts), or None; with none in its paragraph,
    the one its section's heading names (_section_election)."""
    election = layout._near(layout.elections, bisect_right(layout.election_starts, position),
                            layout._election_floor(where[2], intro), where, anywhere=False)
    if election is not None and election.start in layout.relative and \
            not where[0] <= election.start < where[1]:
        # "... provinsi yang pada Pilpres 2014 dimenangi Jokowi. Di Bengkulu, ...": that
        # clause's year, not the next sentence's (cues.relative)
        election = layout._near(layout.scoping, bisect_right(
            [m.start for m in layout.scoping], position), intro, where, anywhere=False)
    if election is None:
        election = _section_election(layout, position)
    dated = round_date(layout.text, where[0], position, layout.out.scope.election)
    if dated is not None and (election is None or election.start < dated.start or
                              election.start > position):
        return dated  # "pada 5 Desember 2024 lalu, KPU Siak menetapkan ...": the round's
    if election is not None and election.start < position and \
            election.value == rerun(page := layout.out.scope.election) and \
            stated_between(layout.text, max(election.end, where[0]), position, page):
        return None  # "... 27 November 2024 dibatalkan MK. Dalam PSU, X meraih N": the re-vote's
    if election is not None and election.start < where[0] and \
            is_revote(page := layout.out.scope.election) and election.value == rerun(page) \
            and (_background(layout, election.start) or _dated_event(layout, election.start)):
        # On a re-vote's page the round it re-runs, named in another sentence of a paragraph
        # with no count, is background: "PSU ... tindak lanjut putusan MK atas sengketa Pilgub
        # Papua 2024. | Adapun hasil terkini dalam pleno ..., BTM-CK ... 31.889 suara" is the
        # re-vote's count (blind hunt 22, Biak Numfor). A paragraph giving the round's counts
        # ("pada Pilkada ... 27 November 2024, ... Mereka meraih 51.828 suara") dates the next;
        # a sentence that only says when the round was held ("Pilkada Serang digelar 27
        # November 2024.") dates none of the next sentences' figures.
        return None
    if election is not None and election.start < position and election.value not in RECORDED \
            and _record_year_clause(layout.text, election.end, position):
        return None  # "Pada Pilpres 2019 ..., sedangkan pada 2024 X meraih ...": 2024's
    return None if _compared(layout, position, election) else election


def election_and_kind(layout, position: int, where, intro: int, kind, region):
    """The figure's election mark (election_mark) and its race mark: a race word of another
    election named before the election the figure's words name is not its race. "Di Pilpres
    2024, paslon nomor urut 2 meraih 53,08 persen di Jawa Tengah. Di Pilkada Jateng 2024, paslon
    nomor urut 2 meraih 59,14 persen" is the governor race's pair 2 (Luthfi-Yasin), not
    Prabowo-Gibran again (blind hunt 33, probed: flagged against 53,08). The race is then the
    Pilkada race of the figure's area (Collector._race_there). Not the other way: "pasangan
    calon Bupati ... pada Pemilu 2024" names the Pilkada loosely (blind run 21, Jeneponto)."""
    election = election_mark(layout, position, where, intro)
    if kind is None or election is None or not kind.start < election.start < position or \
            kind.value != "president" or not election.value.startswith("pilkada"):
        return election, kind
    area = region or layout.out.scope.region
    race = layout.out._race_there(area) if area is not None else None
    return election, Mark(election.start, election.end, race) if race else None


_COUNT = re.compile(r"\d[\d.,]*\s*(?:suara|persen|%)", re.IGNORECASE)


def _record_year_clause(text: str, start: int, position: int) -> bool:
    """Is the record's year named between `start` and the figure at `position`, in the
    figure's own clause ("sedangkan pada 2024 Prabowo-Gibran meraih 58,59 persen"), not in a
    relative clause or an aside ("Pada Pilkada 2018, Khofifah-Emil, yang juga menang pada
    2024, meraih 53,55 persen" is 2018's count)?"""
    found = None
    for found in _RECORD_YEAR.finditer(text, start, position):
        pass
    if found is None:
        return False
    opening = max(text.rfind(",", start, found.start()) + 1, start)
    if _WHICH.search(text, opening, found.start()):
        return False
    return "," not in text[found.end():position].lstrip().removeprefix(",")


def _section_election(layout, position: int):
    """The election the heading of the figure's section names, when the figure's paragraph
    names none and nothing in the section before it names another: under "<h2>Suara Prabowo
    di Jateng Pilpres 2019</h2>", "Dalam persentase, Jokowi meraih 77,29 persen dan Prabowo
    22,71 persen." is 2019's, not the page's 2024 (Tribunnews, corpus-ay), however far the
    section's paragraphs run. A heading naming two elections, or a section naming another
    before the figure, dates nothing."""
    heads = layout.heading_starts
    index = bisect_right(heads, position) - 1
    if index < 0:
        return None
    start, starts = heads[index], layout.election_starts
    end = layout.text.find("\n", start)
    named = layout.elections[bisect_left(starts, start):bisect_right(starts, position)]
    in_head = [m for m in named if m.start < end]
    return in_head[-1] if in_head and {m.value for m in named} == {in_head[0].value} else None


def _dated_event(layout, start: int) -> bool:
    """Is the sentence naming the election at `start` a dated event with no count (revote)?"""
    where = layout._where(start)
    return dated_event(layout.text, where[0], min(where[1], where[3]), layout.out.scope.election)


def _background(layout, start: int) -> bool:
    """Does the paragraph naming the election at `start` give no count of its own?"""
    where = layout._where(start)
    return _COUNT.search(layout.text, where[2], where[3]) is None


@lru_cache(maxsize=8)
def _patterns(comparing: tuple[str, ...], changes: tuple[str, ...]):
    compared = re.compile(rf"(?<!\w)(?:{alternation(comparing)})\s+{_WHEN}",
                          re.IGNORECASE) if comparing else None
    change = re.compile(rf"(?<!\w)(?:{alternation(changes)})(?!\w)",
                        re.IGNORECASE) if changes else None
    return compared, change


def _compared(layout, position: int, election) -> bool:
    """Is `election` named after the figure as the base it is compared with?"""
    if election is None or election.start <= position:
        return False
    compared, change = _patterns(layout.out.figures.comparison_words,
                                 layout.out.figures.change_words)
    text, start = layout.text, max(position, election.start - _REACH)
    return compared is not None and compared.search(text, start, election.start) is not None \
        or change is not None and _FROM.search(text, start, election.start) is not None and \
        change.search(text, position, election.start) is not None
