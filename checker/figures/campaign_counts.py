"""A campaign team's own count ("real count internal", "tabulasi internal"), graded against
KPU's (hunt on unseen news pages, tests/corpus/findings/hunt.md). It is a count of the C1
forms the team gathered, a basis of its own, so it is graded only where it stands for the
whole count and only beyond what its writing allows. Pure.

- From part of the TPS ("60,41 persen ... dari 51.940 TPS atau setara 85,5 persen dari seluruh
  TPS"; "83,60 persen" from 42,32 % of the TPS): the team's count under way, held
  `another_moment`.
- Its progress ("100 persen TPS"): the forms the team gathered, never flagged against Sirekap's.
- A share written to the whole per cent ("di Kabupaten Solok ... 75%"): the team rounded its
  own count, which may differ from KPU's by a little, so the gap is taken net of half a unit of
  the written figure (74.47 in the record: "75" is within it). "65%" for 67.78 stays flagged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE
from checker.figures.numbers import last_unit
from checker.models import Claim, Comparison

__all__ = ["grade_campaign_counts"]

# "85,5 persen dari seluruh TPS", "85.5% TPS", "setara 85,5 persen dari total TPS"
_TPS_SHARE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen)\s+(?:dari\s+)?(?:seluruh\s+|"
                        r"total\s+|jumlah\s+)?(?:TPS|tempat\s+pemungutan\s+suara)\b",
                        re.IGNORECASE)


def _under_way(claims: list[Claim], races: list) -> set[tuple]:
    """(race, area) where the page states a counting progress short of complete (a quick
    count's sample apart)."""
    return {(race, race.area_of(claim.region_code)) for claim, race in zip(claims, races)
            if claim.kind == "progress" and race is not None and
            claim.claim_type != "quick_count" and Decimal(claim.value) < COMPLETE}


def _part_of_tps(claim: Claim, race, under_way: set[tuple]) -> bool:
    if (race, race.area_of(claim.region_code)) in under_way:
        return True
    shares = [Decimal(m.group(1).replace(",", ".")) for m in _TPS_SHARE.finditer(claim.excerpt)]
    return any(share < COMPLETE for share in shares)


def _within_rounding(claim: Claim, comparison: Comparison, consistent: Decimal) -> bool:
    unit = last_unit(claim.value)
    return claim.kind == "share" and unit >= 1 and comparison.difference is not None and \
        abs(Decimal(comparison.difference)) - unit / 2 <= consistent


def grade_campaign_counts(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                          consistent: Decimal) -> tuple[Comparison, ...]:
    """The comparisons with a campaign's graded figures held or regraded as above;
    `consistent` is the share limit of rules/figure-rules.yaml."""
    out, under_way = list(comparisons), None
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        if comparison.status not in ("minor", "discrepant") or race is None or claim.quoted or \
                claim.claim_type != "internal_count":
            continue
        if claim.kind == "progress":
            # The share of TPS whose forms the team gathered, not Sirekap's progress: "100
            # persen TPS" in a candidate's words at 99,93 % on Sirekap (corpus-z).
            out[i] = replace(comparison, status="unverifiable", reason="campaign_progress")
            continue
        if under_way is None:
            under_way = _under_way(claims, races)
        if _part_of_tps(claim, race, under_way):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
        elif _within_rounding(claim, comparison, consistent):
            out[i] = replace(comparison, status="consistent")
    return tuple(out)
