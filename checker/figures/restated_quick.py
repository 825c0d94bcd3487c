"""A figure of unstated basis that restates a quick count the page gives elsewhere (hunt on
unseen news pages, tests/corpus/findings/hunt.md). A lead or a headline sums the article up
("Andalan Hati unggul telak 76,19 persen") before the body names whose count that is
(Indikator's quick count at 70,25 % of its sample); the same pair's same figure in the same race,
stated again as a quick count, says what the lead's was. It is held `quick_count_estimate`, as
the quick count's own figure is, never graded against KPU's count. A camp's declaration of
victory does the same (blind hunt 40, Langkat: the pair "mendeklarasikan kemenangan ... sebesar
55,4 persen", then the candidate: "dari Quick Count menunjukkan bahwa kita diangka 55,4
persen"): read as the camp's own count (`internal_count`), the lead's figure is the quick
count's estimate the camp stands on, and is held the same way. A figure the page gives as a
real count or a plenary result is left to be graded: the page said what it was. Pure."""

from __future__ import annotations

from dataclasses import replace

from checker.models import Claim, Comparison

__all__ = ["hold_restated_quick_counts"]


# The bases a restated quick count may have been read as: none stated, or the camp's own (a
# camp declaring the quick count's share as its win).
_RESTATED = (None, "internal_count")


def _key(claim: Claim, race) -> tuple:
    return (race, race.area_of(claim.region_code), claim.kind, claim.candidate_id,
            claim.nomor_urut, claim.value)


def hold_restated_quick_counts(claims: list[Claim], races: list,
                               comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    graded = [i for i, c in enumerate(comparisons)
              if c.status in ("minor", "discrepant") and claims[i].claim_type in _RESTATED and
              races[i] is not None and claims[i].kind in ("share", "votes")]
    if not graded:
        return comparisons
    quick = {_key(claim, race) for claim, race in zip(claims, races)
             if claim.claim_type == "quick_count" and race is not None}
    out = list(comparisons)
    for i in graded:
        if _key(claims[i], races[i]) in quick:
            out[i] = replace(out[i], status="unverifiable", reason="quick_count_estimate")
    return tuple(out)
