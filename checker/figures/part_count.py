"""A share the page gives with a count of part of the race's TPS, graded against the final result
(blind run 11). Pure.

"Dari 300 TPS di Kota Yogyakarta, pasangan Hasto Wardoyo-Wawan Harmawan memperoleh 40.100 suara
atau 46,1 persen": the count is of 300 of the city's 651 TPS, a moment the record does not hold,
and compare.py already holds the sentence's vote counts (`progress_differs`). The share beside
them is of that same moment, but was graded against Sirekap's complete count (44,44): a correct
figure flagged. Such a share is held `another_moment`, its official figure and gap still shown,
where

- the same pair's count there, in the share's own sentence, is held as a count of another moment,
  the page pins no moment (no progress stated, no count equal to a reading), and the share is
  flagged within what a share moves between the two counts (the rest of the votes, at most ten
  points as compare.py and interim.py bound it): "... 40.100 suara atau 46,1 persen" against
  87.485 and 44,44, "kolom kosong dipilih oleh 40.316 atau 54,9 persen" after "Dari 300 TPS
  ..."; "49.400 suara atau 46,1 persen" for 50.443 and 42,75 keeps its flag; or
- its own sentence says the figures are "dari N TPS" / "berdasarkan data (dari) N TPS" where N is
  not the number of TPS the record gives for the race's area, nor that of one of its Sirekap
  readings (whatever its grade: a share of part of the count agreeing with the final one agrees
  by chance; "real count dari 2.646 TPS (99,85 persen)" is a reading the record holds). A ratio
  ("300 dari 645 TPS") is a stated progress that compare.py lines up already.

A share whose count equals the record's (it is then graded, not held), or one stated "dari 455
TPS" where 455 is every TPS of the race, keeps its grade; so does a share stated with no count and
no TPS, a figure graded against the page's own figures, a quick count's, a plenary's and a
fact-check's quote. Only pages with such a share are looked at: no pass per figure otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.analyse.opening_words import first_opening
from checker.figures.compare import claim_race
from checker.figures.interim import figure_end, pinned_moments
from checker.figures.numbers import find_numbers
from checker.figures.projected import where
from checker.models import Claim, Comparison

__all__ = ["held_part_counts"]

_FLAGS = ("minor", "discrepant")
_GRADED = ("consistent", *_FLAGS)
_BASES = (None, "real_count")
_HELD = frozenset({"progress_differs", "another_moment"})
_MOVES = Decimal(10)  # points a share moves while a count comes in (compare.py's bound)
# "dari 300 TPS", "berdasarkan data dari 300 TPS", "dari data 300 TPS", "dari total 300 TPS"
_OF_TPS = re.compile(r"\b(?:dari|berdasarkan)(?:\s+(?:data|hasil|total|dari|sebanyak))*"
                     r"\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+TPS\b", re.IGNORECASE)
_RATIO = re.compile(r"\d\s*$")  # "300 dari 645 TPS": done of total, a progress
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_REACH = 600  # characters looked at before the excerpt for its sentence's start


def _sentence(claim: Claim, prose: str) -> str:
    """The figure's own sentence, from its start to its end ("" when it is not found)."""
    start = where(claim.excerpt, prose)
    if start < 0:
        return ""
    ends = list(_SENTENCE_END.finditer(prose, max(0, start - _REACH), start))
    head = ends[-1].end() if ends else max(0, start - _REACH)
    return prose[head:figure_end(claim, prose, start)]


def _part_of_tps(sentence: str, known: set[int]) -> bool:
    """Does the sentence give its figures as those of N TPS, N not a number of TPS the record
    has read the area at (`known`: its every TPS, and those of each Sirekap reading)?"""
    for found in _OF_TPS.finditer(sentence):
        if _RATIO.search(sentence[max(0, found.start() - 12):found.start()]):
            continue
        if int(found.group(1).replace(".", "")) not in known:
            return True
    return False


def _held_counts(claims: list[Claim], comparisons, record) -> dict[tuple, set[int]]:
    """{(race, area, pair): the counts held as another moment there}, where the page does not
    pin its moment (a progress stated, a count equal to a reading: compare.py and mid_count.py
    line the moments up there)."""
    held: dict[tuple, set[int]] = {}
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind == "votes" and c.reason in _HELD and claim.candidate_id and \
                claim.claim_type in _BASES and not claim.quoted:
            race = claim_race(claim, record)
            if race is not None:
                key = (race, race.area_of(claim.region_code), claim.candidate_id)
                held.setdefault(key, set()).add(int(claim.value))
    if not held:
        return held
    pinned = pinned_moments(claims, comparisons, record)
    return {key: counts for key, counts in held.items() if key[:2] not in pinned}


def _moved(claim: Claim, c: Comparison, counts, race, area: str, record) -> bool:
    """Is the share off the record's reading by no more than it moves between that reading and
    the page's count? A count at a part p of the reading's (or the reading at a part p of the
    page's count) leaves the rest, (1 - p) of the votes, to move the share: "40.100 suara" for
    87.485 moves it up to ten points (compare.py's bound), a count 2 % short two points."""
    if c.status not in _FLAGS or c.difference is None:
        return False
    reading = record.best(race, area, tier=c.tier)
    official = reading.votes.get(claim.candidate_id) if reading is not None else None
    if not official:
        return False
    part = max(min(v, official) / max(v, official) for v in counts)
    return abs(Decimal(c.difference)) <= min(_MOVES, (1 - Decimal(part)) * 100)


def _known_tps(race, area: str, record) -> set[int]:
    """The area's number of TPS, and the TPS in at each Sirekap reading the record holds: a
    share "dari 2.646 TPS" of a reading at 2.646 of 2.650 is a moment the record speaks for."""
    return {n for r in record.results_for(race, area) if r.tier == "sirekap"
            for n in (r.progress_total, r.progress_done) if n}


def held_part_counts(claims: list[Claim], comparisons: tuple[Comparison, ...], prose: str,
                     record) -> tuple[Comparison, ...]:
    """The comparisons, each share of a part of the count (see above) held."""
    if record is None:
        return comparisons
    held = _held_counts(claims, comparisons, record)
    # (tried only where its opening words stand, not at each character of the prose)
    phrased = first_opening(_OF_TPS, prose, ("dari", "berdasarkan")) is not None
    if not held and not phrased:
        return comparisons  # (most pages: no sentence looked for)
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if c.status in _GRADED and claim.kind == "share" and claim.claim_type in _BASES and \
                not claim.quoted and c.tier in ("sirekap", "rekap"):
            race = claim_race(claim, record)
            area = race.area_of(claim.region_code) if race is not None else None
            counts = held.get((race, area, claim.candidate_id), ()) if race else ()
            moved = bool(counts) and _moved(claim, c, counts, race, area, record)
            if race is not None and ((counts and moved) or phrased):
                sentence = _sentence(claim, prose)
                if counts and moved and any(
                        re.sub(r"\D", "", n.text) in {str(v) for v in counts}
                        for n in find_numbers(sentence)) or \
                        phrased and _part_of_tps(sentence, _known_tps(race, area, record)):
                    c = replace(c, status="unverifiable", reason="another_moment")
        out.append(c)
    return tuple(out)
