"""A share or count the page itself gives as the count so far, at a moment it does not state
(issue 10, time; blind hunt 4). Pure.

"Ika Puspitasari-Rachman Sidharta Arisandi unggul (52,9 persen) hasil sementara real count KPU"
(Pilwalkot Mojokerto, a page of 28 Nov 2024, no progress, no time): Sirekap at some moment of a
count still coming in. The record's reading is at 99.48 % of TPS, read at 23:45 on polling day;
the page may have read it hours before, when the shares stood elsewhere. Nothing shows the page
misreported what it read, so a flagged figure the page calls interim (rules/figures.yaml
`interim_words`, in its sentence or the one before, or in the page's title or headline: "Hasil
Sementara Real Count ..."; a headline's figure, in the lead that explains it) is held `interim_unstated`, its official figure and gap still shown,
unless the page pins its moment to one the record can speak for:

- it states a progress of that race and area's count, or a time of day with its date: today's
  comparison (compare.py) lines the two moments up;
- its day comes after a day on which the count already stood (a reading of at least 95 % of
  TPS, or the plenary): pages print the evening's reading the next morning, but a figure "so
  far" two days after a complete count is that count (DKI's 99.93 % of 28 Nov; "47,49 persen"
  on 2 Dec is wrong);
- another of its counts there equals a reading the record holds to the vote: that reading is
  its moment.

Held only where a reading still coming in explains the gap: a share within ten points of the
record's (compare.py's bound), a count short of it (a count only grows). A figure the page gives
as the plenary result, one graded against the page's own figures, and a fact-check's quote of
a hoax keep their grade. Only flagged figures are looked up in the text: no pass per figure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from checker.figures.compare import claim_race
from checker.figures.moment import COMPLETE, WIB, stated_day, stated_moment
from checker.figures.numbers import find_numbers
from checker.figures.projected import around, where, word_cue
from checker.models import Claim, Comparison

__all__ = ["figure_end", "held_interim", "moved_while_counting", "pinned_moments"]

_FLAGS = ("minor", "discrepant")
_MOVES = Decimal(10)  # points a share moves while a count comes in (compare.py's bound)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_TAIL = 300  # characters after the figure where its sentence's end is looked for


def _window(claim: Claim, prose: str) -> str:
    """The sentence before the figure's and its own, to its end: past the excerpt (the words
    may follow the figure: "unggul (52,9 persen) hasil sementara real count KPU"), not into the
    next sentence, whose words are not the figure's."""
    head, start = around(claim.excerpt, prose), where(claim.excerpt, prose)
    if start < 0:
        return head
    shown = prose[start:start + len(claim.excerpt)]  # what `head` ends with
    return head[:len(head) - len(shown)] + prose[start:figure_end(claim, prose, start)]


def figure_end(claim: Claim, prose: str, start: int) -> int:
    """Where the sentence of the figure whose excerpt stands at `start` in `prose` ends: the
    first sentence end past the figure itself, at most _TAIL characters on."""
    shown = prose[start:start + len(claim.excerpt)]
    number = next((n for n in find_numbers(shown) if n.value == claim.value), None)
    at = start + (number.end if number is not None else len(shown))
    stop = _SENTENCE_END.search(prose, at, at + _TAIL)
    return stop.start() if stop else at + _TAIL


def _lead(prose: str, head: str) -> str:
    """The first real paragraph that repeats no headline: it explains the headline's figure
    ("Ika-Rachman Unggul 52,9 Persen" over "... berdasarkan hasil sementara real count KPU")."""
    return next((line for line in prose[:3000].split("\n")
                 if len(line) >= 80 and line.strip() not in head), "")


def _stood(claim: Claim, results) -> bool:
    """Had the count there stood since before the day before the page's day?"""
    day = stated_day(claim.page_time)
    return day is not None and any(
        (r.tier == "rekap" or r.progress is not None and r.progress >= COMPLETE) and
        r.as_of.astimezone(WIB).date() < day - timedelta(days=1) for r in results)


def pinned_moments(claims: list[Claim], comparisons, record) -> set[tuple]:
    """(race, area) whose moment the page states by a progress, or by counts equal to a
    reading the record holds."""
    pinned = set()
    for c in comparisons:
        claim = claims[c.claim]
        progress = claim.kind == "progress" and claim.claim_type != "quick_count"
        exact = claim.kind == "votes" and c.tier == "sirekap" and c.difference == 0
        if progress or exact:
            race = claim_race(claim, record)
            if race is not None:
                pinned.add((race, race.area_of(claim.region_code)))
    return pinned


def moved_while_counting(claim: Claim, c: Comparison) -> bool:
    """Could a reading of a count still coming in be this far off the record's?"""
    if c.difference is None:
        return False
    if claim.kind == "share":
        return abs(Decimal(c.difference)) <= _MOVES
    return Decimal(c.difference) < 0


def held_interim(claims: list[Claim], comparisons: tuple[Comparison, ...], prose: str,
                 head: str, words: tuple[str, ...], record) -> tuple[Comparison, ...]:
    """The comparisons, each flagged figure the page gives as the count so far at no moment it
    pins held (see above). `head`: the title and headline, whose "Hasil Sementara Real Count
    Pilwalkot Mojokerto" speaks for every figure of the page."""
    if record is None or not words or not any(c.status in _FLAGS for c in comparisons):
        return comparisons  # (most pages: no pattern built, no text looked at)
    cue, pinned, out = word_cue(words), None, []
    headline = cue.search(head) is not None
    for c in comparisons:
        claim = claims[c.claim]
        if c.status in _FLAGS and claim.kind in ("share", "votes") and \
                claim.claim_type in (None, "real_count") and not claim.quoted and \
                c.tier in ("sirekap", "rekap") and moved_while_counting(claim, c) and \
                stated_moment(claim.page_time) is None:
            race = claim_race(claim, record)
            if pinned is None:
                pinned = pinned_moments(claims, comparisons, record)
            if race is not None and (race, race.area_of(claim.region_code)) not in pinned and \
                    not _stood(claim, record.results_for(race, race.area_of(claim.region_code))) \
                    and (headline or cue.search(_window(claim, prose)) or
                         where(claim.excerpt, head) >= 0 and cue.search(_lead(prose, head))):
                c = replace(c, status="unverifiable", reason="interim_unstated")
        out.append(c)
    return tuple(out)
