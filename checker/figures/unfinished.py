"""A figure of a count that was not finished when the page gave it, graded as if it were its end
(hunt on unseen news pages, tests/corpus/findings/hunt.md). Pure.

A plenary figure (or one of unstated basis) for a whole race, on a page whose day is before the
day of that race's decree: the decree did not exist yet, so the figure is the tally as it stood,
a few provinces or regencies still to come ("77.524.176 suara" for Prabowo-Gibran on 18 Mar
2024, 34 provinces in; the national decree of 20 Mar gave 96.214.691). An area inside the race
(a province of the Pilpres, a regency of a governor race) had its own plenary earlier than the
race's decree, so only the race's own region is held; and not where another of the page's counts
there equals the decree to the vote: the tally then was already the final one (the sum of every
regency's plenary, days before the province adopted it: "50,7 persen" beside counts equal to the
decree is a slip for 50,07).

It is held `another_moment`, its official figure and gap still shown. Not a share further than
moment.FAR from every reading the record holds of the race there, the decree's and each of
Sirekap's: no count under way moves a province's share that far, so whatever moment the page
meant, the share is none of the count's ("76,19 persen" for Andi Sudirman-Fatmawati on 27 Nov
2024, a lead's slip beside Indikator's quick count: Sirekap's 65,31 at 99,4 % of the TPS the
next day, the decree's 65,32).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.count_slips import pair_id
from checker.figures.decree_day import dated_before
from checker.figures.moment import COMPLETE, FAR, after_complete
from checker.models import Claim, Comparison

__all__ = ["hold_unfinished"]


def _decreed(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...]) -> set[tuple]:
    """(race, area) where one of the page's counts equals the decree to the vote."""
    return {(race, race.area_of(claim.region_code))
            for claim, race, c in zip(claims, races, comparisons)
            if race is not None and claim.kind == "votes" and c.tier == "rekap" and
            c.difference == 0}


def _near_a_moment(claim: Claim, race, results: list, record) -> bool:
    """Is the claim (a count, or a share within FAR of one of the record's readings of its
    pair there) one a count under way could have given?"""
    if claim.kind != "share":
        return True
    pair = pair_id(claim, race, record)
    shares = [r.share(pair) for r in results] if pair is not None else []
    return any(share is None or abs(Decimal(claim.value) - share) <= FAR for share in shares) \
        or not shares


def _tally_then(claim: Claim, race, results: list, record) -> bool:
    """Is the count at least the pair's count in a (nearly) complete Sirekap reading, scaled
    down to COMPLETE of the TPS: one Sirekap showed once it was that far in?"""
    pair = pair_id(claim, race, record)
    floors = [Decimal(r.votes[pair]) * COMPLETE / r.progress for r in results
              if r.tier == "sirekap" and r.progress is not None and r.progress >= COMPLETE and
              pair in r.votes]
    return bool(floors) and int(claim.value) >= min(floors)


def _before_decree(claim: Claim, race, comparison: Comparison, decreed: set[tuple],
                   record) -> bool:
    if claim.claim_type not in (None, "plenary") or comparison.tier != "rekap" or \
            comparison.as_of is None or race.area_of(claim.region_code) != race.region or \
            (race, race.region) in decreed:
        return False
    # A count Sirekap had (nearly) complete before the page's day was no longer coming in,
    # decree or not: a share stated then is graded (DKI, 99.93 % on 28 Nov 2024; a viral
    # "47,49 persen" on 2 Dec against 50.07, days before the province's decree).
    # Not a count below the decree, though: Sirekap's last forms still leave its counts short of
    # the decree's (Jateng's Andika-Hendi 7.841.476 at 99,75 % against 7.870.084), so a count
    # read off Sirekap that morning is the tally then ("7.829.995 suara" on 28 Nov, kumparan),
    # if it is no lower than Sirekap held at 95 % of the TPS (DKI's "1.500.000" for
    # Pramono-Rano on 28 Nov is: 2,18 million were in).
    results = record.results_for(race, race.region)
    below = claim.kind == "votes" and comparison.difference is not None and \
        comparison.difference < 0 and _tally_then(claim, race, results, record)
    return dated_before(claim, comparison.as_of) and (below or not after_complete(
        claim.page_time, results, COMPLETE)) and _near_a_moment(claim, race, results, record)


def hold_unfinished(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                    record) -> tuple[Comparison, ...]:
    """The comparisons with every graded figure of an unfinished count held `another_moment`."""
    out, decreed = list(comparisons), None
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status not in ("minor", "discrepant") or race is None or claim.quoted:
            continue
        if decreed is None:
            decreed = _decreed(claims, races, comparisons)
        if _before_decree(claim, race, comparison, decreed, record):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
