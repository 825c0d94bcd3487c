"""A real count stated for an early moment, shown small by the page's own counts (issue 10,
time). Pure.

A real-count share is Sirekap at one moment. When the page states a day the record holds no
reading of, and its own counts of that race and area add up to less than half of what the
same pairs got in the complete count, the page itself shows how little of the count was in:
in a province where a day's forms are a few thousand votes of hundreds of thousands, a share
moves far beyond the ten points compare.py otherwise allows ("62,87 %" of 39.147 votes in
Papua Barat on 15 Feb 2024, 52.26 in the plenary of 330.989). Such a share is held
`another_moment` whatever the gap: the record cannot say what Sirekap showed then. The page's
own figures still judge it (own_shares.py: a share that does not follow from its counts). A
page that states a time but no day ("hingga pukul 20.15 Wita") is judged the same way: its own
counts show how little was in (hunt on unseen news pages: "44,3 %" of 2.260 votes counted in six
TPS of one kelurahan, graded against the regency's complete count). The counts themselves are
held when the day the page states comes before the final count's and every pair's count there
falls short of its final one: Sirekap on 16 Feb 2024 gave Anies-Muhaimin 881.994 votes in Aceh,
a third of the plenary's 2.369.534, and the page had not misquoted the decree (third hunt). A
count the size of the final one, one pair short beside others equal to theirs (a slip), or a
count dated after the final one is still graded. A pair's count the page also writes round
("dengan raihan 15,1 juta suara" beside 15.123.329 in Jawa Barat's plenary of 14 Mar 2024, two
regencies still to come) is that same count: held with it when the exact count, cut or rounded
to the written unit, gives it (blind hunt 58); a round count it does not give keeps its grade.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE, WIB, stated_day
from checker.figures.numbers import rounded_reading
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord, Race

__all__ = ["hold_early_counts"]

_SMALL = 2  # the page's counts are under 1/_SMALL of the same pairs' final votes
# One pair's counts alone (the other's name not read) say as much only when even the largest is
# far smaller: 1.001 votes (and the 2.260 valid votes read as the pair's) of six TPS in one
# kelurahan, where the pair ended with tens of thousands in the regency.
_TINY = 10
# Every pair's count at most nine tenths of its final one: a count under way (Sirekap in
# Bengkulu on 16 Feb 2024 had each pair near 55 % of its plenary count).
_SHORT_OF, _SHORT_BY = 10, 9
_MOVES = Decimal(10)  # points a share moves while the count goes on (compare.py's bound)


def _real(claim: Claim, types: tuple = (None, "real_count")) -> bool:
    return claim.claim_type in types and not claim.quoted and \
        claim.hold is None and not claim.approximate and bool(claim.page_time)


# A count every pair falls short in is under way whatever the page calls it: "rekapitulasi" in
# a Sirekap report of 17 Feb 2024 (Jawa Barat's 7.443.082 of a final 16.805.854) counts too.
_DATED = (None, "real_count", "plenary")


def _final(record: MemoryRecord, race: Race, area: str):
    """The plenary there, else a Sirekap reading of a (nearly) complete count."""
    for result in record.results_for(race, area):
        if result.tier == "rekap" or (result.progress is not None and
                                      result.progress >= COMPLETE):
            return result
    return None


def _read_that_day(record: MemoryRecord, race: Race, area: str, day) -> bool:
    """Does the record hold a Sirekap reading of that day there? Then it is the yardstick."""
    return any(r.tier == "sirekap" and r.as_of.astimezone(WIB).date() == day
               for r in record.results_for(race, area))


def _page_counts(claims: list[Claim], races: list,
                 types: tuple) -> dict[tuple, dict[str, set[int]]]:
    """{(race, area, stated day): {pair: its votes on the page of a count of `types`}}."""
    counts: dict[tuple, dict[str, set[int]]] = {}
    for claim, race in zip(claims, races):
        if race is not None and claim.kind == "votes" and claim.candidate_id and \
                _real(claim, types):
            key = (race, race.area_of(claim.region_code), stated_day(claim.page_time))
            counts.setdefault(key, {}).setdefault(claim.candidate_id, set()).add(int(claim.value))
    return counts


def _early_areas(counts: dict, record: MemoryRecord) -> set[tuple]:
    """(race, area, stated day) whose real-count votes on the page, two pairs or more with one
    count each, are under half of those pairs' final votes (one pair's: under a tenth), on a
    day no Sirekap reading the record holds is of, or on no day the page names."""
    early = set()
    for (race, area, day), by_pair in counts.items():
        if len(by_pair) >= 2 and any(len(v) != 1 for v in by_pair.values()):
            continue
        if day is not None and _read_that_day(record, race, area, day):
            continue  # the record holds that day's count: graded against it as before
        final = _final(record, race, area)
        if final is None or any(final.votes.get(cid) is None for cid in by_pair):
            continue
        stated = sum(max(v) for v in by_pair.values())  # one pair: its largest count there
        if stated * (_SMALL if len(by_pair) >= 2 else _TINY) < sum(final.votes[cid]
                                                                  for cid in by_pair):
            early.add((race, area, day))
    return early


def _short_areas(counts: dict, record: MemoryRecord) -> set[tuple]:
    """(race, area, stated day) whose counts, two pairs or more with one count each, are every
    one short of that pair's final count, on a day before the final count's that no Sirekap
    reading the record holds is of: a count under way falls short for every pair, a slip for
    one."""
    short = set()
    for (race, area, day), by_pair in counts.items():
        if len(by_pair) < 2 or any(len(v) != 1 for v in by_pair.values()):
            continue
        final = _final(record, race, area)
        if day is None or final is None or day >= final.as_of.astimezone(WIB).date() or \
                _read_that_day(record, race, area, day):
            continue
        if all(final.votes.get(cid) and max(v) * _SHORT_OF < final.votes[cid] * _SHORT_BY
               for cid, v in by_pair.items()):
            short.add((race, area, day))
    return short


def _restated(claim: Claim, race: Race | None, short: set[tuple], exact: dict) -> bool:
    """Is `claim` a round count of a pair whose exact count on the page, in an area and on a day
    every pair falls short in, gives it cut or rounded (`exact`: _page_counts of _DATED)?"""
    if race is None or claim.kind != "votes" or not claim.approximate or claim.quoted or \
            claim.hold is not None or claim.claim_type not in _DATED or not claim.candidate_id:
        return False
    key = (race, race.area_of(claim.region_code), stated_day(claim.page_time))
    value = int(claim.value)
    return key in short and any(rounded_reading(value, value - count) == "consistent"
                                for count in exact.get(key, {}).get(claim.candidate_id, ()))


def _moves(claim: Claim, comparison: Comparison) -> bool:
    """A count moves every figure as it goes on, but a share no further than compare.py's ten
    points: "85,82 %" beside a reading near 58 is a slip, not a moment."""
    return claim.kind == "votes" or (comparison.difference is not None and
                                     abs(Decimal(comparison.difference)) <= _MOVES)


def hold_early_counts(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                      record: MemoryRecord) -> tuple[Comparison, ...]:
    """The comparisons with each graded real-count share of an early area, and each count and
    share of one every pair falls short in before the final count, held `another_moment`, its
    official figure and gap still shown. A share graded against the page's own counts (tier
    "page": it does not follow from them) keeps its grade."""
    flagged = [i for i, c in enumerate(comparisons)
               if c.status in ("minor", "discrepant") and claims[i].kind in ("share", "votes") and
               races[i] is not None]
    graded = [i for i in flagged if _real(claims[i], _DATED)]
    rounded = [i for i in flagged if claims[i].approximate]
    if not graded and not rounded:
        return comparisons
    early = _early_areas(_page_counts(claims, races, (None, "real_count")), record)
    exact = _page_counts(claims, races, _DATED)
    short = _short_areas(exact, record)
    out = list(comparisons)
    for i in graded:
        claim, race = claims[i], races[i]
        key = (race, race.area_of(claim.region_code), stated_day(claim.page_time))
        if (key in short and out[i].tier != "page" and _moves(claim, out[i])) or \
                (key in early and claim.kind == "share" and _real(claim)):
            out[i] = replace(out[i], status="unverifiable", reason="another_moment")
    for i in rounded:  # a round count of a pair's exact count under way is that count
        if out[i].tier != "page" and _restated(claims[i], races[i], short, exact):
            out[i] = replace(out[i], status="unverifiable", reason="another_moment")
    return tuple(out)
