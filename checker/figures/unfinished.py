"""Figures of a count that was not finished when the page gave them, graded as if they were its
end (hunt on unseen news pages, tests/corpus/findings/hunt.md). Pure.

- A plenary figure (or one of unstated basis) for a whole race, on a page whose day is before
  the day of that race's decree: the decree did not exist yet, so the figure is the tally as it
  stood, a few provinces or regencies still to come ("77.524.176 suara" for Prabowo-Gibran on
  18 Mar 2024, 34 provinces in; the national decree of 20 Mar gave 96.214.691). An area inside
  the race (a province of the Pilpres, a regency of a governor race) had its own plenary
  earlier than the race's decree, so only the race's own region is held; and not where another
  of the page's counts there equals the decree to the vote: the tally then was already the
  final one (the sum of every regency's plenary, days before the province adopted it: "50,7
  persen" beside counts equal to the decree is a slip for 50,07).
- A campaign team's own count from part of the TPS ("60,41 persen ... dari 51.940 TPS atau
  setara 85,5 persen dari seluruh TPS"): the team's count under way, not the plenary's.

Either is held `another_moment`, its official figure and gap still shown.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import WIB, stated_day
from checker.models import Claim, Comparison

__all__ = ["hold_unfinished"]

# "85,5 persen dari seluruh TPS", "85.5% TPS", "setara 85,5 persen dari total TPS"
_TPS_SHARE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen)\s+(?:dari\s+)?(?:seluruh\s+|total\s+|"
                        r"jumlah\s+)?(?:TPS|tempat\s+pemungutan\s+suara)\b", re.IGNORECASE)
_COMPLETE = Decimal(95)  # per cent of TPS: from here a count stands for the whole


def _decreed(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...]) -> set[tuple]:
    """(race, area) where one of the page's counts equals the decree to the vote."""
    return {(race, race.area_of(claim.region_code))
            for claim, race, c in zip(claims, races, comparisons)
            if race is not None and claim.kind == "votes" and c.tier == "rekap" and
            c.difference == 0}


def _before_decree(claim: Claim, race, comparison: Comparison, decreed: set[tuple]) -> bool:
    if claim.claim_type not in (None, "plenary") or comparison.tier != "rekap" or \
            comparison.as_of is None or race.area_of(claim.region_code) != race.region or \
            (race, race.region) in decreed:
        return False
    day = stated_day(claim.page_time)
    return day is not None and day < comparison.as_of.astimezone(WIB).date()


def _under_way(claims: list[Claim], races: list) -> set[tuple]:
    """(race, area) where the page states a counting progress short of complete (a quick
    count's sample apart)."""
    return {(race, race.area_of(claim.region_code)) for claim, race in zip(claims, races)
            if claim.kind == "progress" and race is not None and
            claim.claim_type != "quick_count" and Decimal(claim.value) < _COMPLETE}


def _part_of_tps(claim: Claim, race, under_way: set[tuple]) -> bool:
    if claim.claim_type != "internal_count":
        return False
    if (race, race.area_of(claim.region_code)) in under_way:
        return True
    shares = [Decimal(m.group(1).replace(",", ".")) for m in _TPS_SHARE.finditer(claim.excerpt)]
    return any(share < _COMPLETE for share in shares)


def hold_unfinished(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...]
                    ) -> tuple[Comparison, ...]:
    """The comparisons with every graded figure of an unfinished count held `another_moment`."""
    out, under_way, decreed = list(comparisons), None, set()
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status not in ("minor", "discrepant") or race is None or claim.quoted:
            continue
        if under_way is None:
            under_way, decreed = _under_way(claims, races), _decreed(claims, races, comparisons)
        if _before_decree(claim, race, comparison, decreed) or \
                _part_of_tps(claim, race, under_way):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
    return tuple(out)
