"""Counts held to the very reading the page copied (issue 10, planted errors). Votes are
graded with a limit (rules/figure-rules.yaml `votes_consistent`, 0.5 %) because a count may
be of another moment or basis than the yardstick the record has. But when another pair's
count in the same race and area equals that yardstick to the vote, the page copied that
reading (or that decree): its other counts there are of it too, so any difference is a
wrong figure ("458.386" beside two counts equal to Sirekap's, for 458.886), a typo at least:
`minor`, as a plenary figure held to its decree is (compare._held_to_decree).

A page that gives one pair two counts in that race and area (Sirekap's and a party's) reports
more than one count: nothing is held there. A count the writer rounded ("14,1 juta") is not
held. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from checker.models import Claim, Comparison

__all__ = ["held_to_reading"]


def _pair(claim: Claim):
    return claim.candidate_id or claim.nomor_urut


def _place(claim: Claim) -> tuple:
    return (claim.election, claim.race_kind, claim.race_region, claim.region_code)


def held_to_reading(claims, comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    claims = list(claims)
    counts: dict[tuple, set[int]] = {}
    for claim in claims:
        if claim.kind == "votes" and claim.hold is None and _pair(claim) is not None:
            counts.setdefault(_place(claim) + (_pair(claim),), set()).add(int(claim.value))
    several = {key[:4] for key, values in counts.items() if len(values) > 1}
    exact: dict[tuple, set] = {}
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind == "votes" and c.status == "consistent" and c.difference == 0 and \
                _pair(claim) is not None and not claim.approximate:
            exact.setdefault(_place(claim) + (c.tier, c.as_of), set()).add(_pair(claim))
    if not exact:
        return comparisons
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind == "votes" and c.status == "consistent" and c.difference and \
                not claim.approximate and _place(claim) not in several and \
                exact.get(_place(claim) + (c.tier, c.as_of), set()) - {_pair(claim)}:
            c = replace(c, status="minor")
        out.append(c)
    return tuple(out)
