"""A province's or the nation's count or share the page dates in the first days after the vote,
graded against the plenary decree (blind run 13). Pure.

A province's plenary adds up its kab/kota plenaries, which add up the kecamatan's: in 2024 none
closed within five days of the vote (the provinces' Pilpres plenaries came in March; after the
Pilkada of 27 November the kab/kota plenaries alone took the first days of December). A figure
of a province or of the country dated in those days is a count still coming in, whatever word
the page lends it: "rekapitulasi" from a sentence on the voter roll before it ("Berdasarkan
rekapitulasi KPU, total pemilih ..."), or none. "Hingga Sabtu (17/2/2024), Anies-Muhaimin unggul
di Aceh dengan raihan 1.184.310 suara" is Sirekap at about two thirds of the TPS; flagged
against the decree's 2.369.534 it was a false flag, and early shares that lay within the limit
of the decree's were graded consistent by luck ("25,05 persen" on 16 Feb against 24,95).

Such a figure graded against the decree is held `another_moment`, its official figure and gap
still shown, where a count under way explains the gap: a count short of the pair's final one (a
count only grows), a share within ten points of the decree's (compare.py's bound; further off is
a slip). It keeps its grade where the record holds a reading of that day there (the yardstick of
that moment), where a reading of a (nearly) complete count came on or before that day (the count
stood: DKI's 99,93 % on the morning after the vote), and on the polling day itself (a page names
the vote's own day before the decree's figures). A kab/kota's plenary may close within days: its
figures are left to the other rules, as are quoted figures (a hoax's) and camps' counts.

Later, up to the record's first Sirekap reading there (Pilpres: 7 March), one pair's count of a
province or of the country that the page gives on no basis at all ("Hingga Minggu (25/2/2024),
Anies-Muhaimin unggul di Aceh dengan raihan 1.700.310 suara") is held the same way when it is no
larger than that reading's count of the pair: the record cannot tell it from what Sirekap
showed that day. Other pairs' counts beside it decide instead (early_count.py: all short, a
count under way; the others equal to their final ones, a slip), as does any basis the page
states (a plenary's figure is that plenary's), or a count larger than the later reading's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from checker.figures.moment import COMPLETE, WIB, after_complete, same_day, stated_day
from checker.models import Claim, Comparison
from checker.official.facts import ELECTIONS

__all__ = ["hold_before_plenary"]

_DAYS = timedelta(days=6)  # no province's plenary closed within five days of the vote
_MOVES = Decimal(10)  # points a share moves while the count goes on (compare.py's bound)
_GRADED = ("consistent", "minor", "discrepant")


def _polling_day(election: str | None) -> date | None:
    held = ELECTIONS.get(election or "")
    return date.fromisoformat(held.held_on) if held is not None else None


def _early(claim: Claim, race, record) -> bool:
    """Is `claim` a province's or the nation's figure dated after the polling day, before any
    province's plenary, with no reading of that day and no complete count by then?"""
    area = race.area_of(claim.region_code)
    polling, day = _polling_day(claim.election), stated_day(claim.page_time)
    if len(area) > 2 or polling is None or day is None or not polling < day < polling + _DAYS:
        return False
    readings = [r for r in record.results_for(race, area) if r.tier == "sirekap"]
    return not any(same_day(day, r.as_of) for r in readings) and \
        not after_complete(claim.page_time, readings, COMPLETE)


def _under_way(claim: Claim, comparison: Comparison) -> bool:
    """Does a count still coming in explain the gap to the decree?"""
    gap = Decimal(comparison.difference)
    return gap < 0 if claim.kind == "votes" else abs(gap) <= _MOVES


def _alone(claims: list[Claim], races: list, i: int) -> bool:
    """Is claims[i] the only pair's count of its race and area on the page?"""
    claim, race = claims[i], races[i]
    area = race.area_of(claim.region_code)
    return not any(j != i and other.kind == "votes" and races[j] == race and
                   other.candidate_id != claim.candidate_id and
                   race.area_of(other.region_code) == area
                   for j, other in enumerate(claims))


def _lone_short(claims: list[Claim], races: list, i: int, comparison: Comparison,
                record) -> bool:
    """One pair's count of a province or the nation, no basis stated, dated after the vote and
    before the record's first reading there (else its decree), no larger than that reading's
    count of the pair: what the count showed then, as far as the record can tell."""
    claim, race = claims[i], races[i]
    area = race.area_of(claim.region_code)
    polling, day = _polling_day(claim.election), stated_day(claim.page_time)
    if claim.kind != "votes" or claim.claim_type is not None or len(area) > 2 or \
            polling is None or day is None or day <= polling:
        return False
    readings = sorted((r for r in record.results_for(race, area) if r.tier == "sirekap"),
                      key=lambda r: r.as_of)
    first = readings[0] if readings else None
    until = (first or comparison).as_of
    if until is None or day >= until.astimezone(WIB).date() or \
            first is not None and int(claim.value) > first.votes.get(claim.candidate_id, 0):
        return False
    return _alone(claims, races, i)


def hold_before_plenary(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                        record) -> tuple[Comparison, ...]:
    """The comparisons with each such figure graded against the decree held (see above)."""
    out = list(comparisons)
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status in _GRADED and comparison.tier == "rekap" and race is not None and \
                comparison.difference is not None and claim.kind in ("votes", "share") and \
                claim.claim_type in (None, "plenary") and not claim.quoted and \
                _under_way(claim, comparison) and (_early(claim, race, record) or
                                                   _lone_short(claims, races, i, comparison,
                                                               record)):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
