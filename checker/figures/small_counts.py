"""A pair's count far too small for the area it was read as (issue 10, precision first): on a
page that names parts of that area, it is one of theirs, written under a heading or after a
name the reader did not take as a place ("Pulau Seribu", then "Ridwan Kamil-Suswono: 6.578
suara / 44,78 persen" read as DKI Jakarta's, whose plenary gives the pair 1.718.160). Held
`region_unclear`, never graded; so is the same pair's share in that sentence, the same tally
(and in the sentence of a count under a thousand held so before: magnitude.below_area).
A page that names no part of the area keeps the grade: its wrong count is an error to catch.
Pure; asked once by scope_gate.gate, after every other hold."""

from __future__ import annotations

from dataclasses import replace

from checker.figures.gate_text import GateText
from checker.figures.magnitude import far_below
from checker.models import Claim

__all__ = ["hold_small_counts"]

_HOLD = "region_unclear"


def _sentence(claim: Claim, text: GateText):
    found = text.places(claim.excerpt)[:1] if claim.origin == "text" else []
    return (found[0][0], found[0][1]) if found else None


def hold_small_counts(claims: list[Claim], text: GateText, record,
                      named: set[str]) -> list[Claim]:
    """`named`: the regions the page's lead names; the claims' own areas are added."""
    areas = named | {c.region_code for c in claims if c.region_code}
    small = {i for i, c in enumerate(claims) if c.hold is None and c.kind == "votes" and
             c.region_code is not None and c.origin != "json" and
             any(len(a) > len(c.region_code) and a.startswith(c.region_code) for a in areas)
             and far_below(c, record)}
    # (a count under a thousand was held the same way before: magnitude.below_area)
    held = small | {i for i, c in enumerate(claims) if c.hold == "below_area"}
    if not held:
        return claims
    tallies = {(claims[i].candidate_id, where) for i in held
               if (where := _sentence(claims[i], text)) is not None}
    out = []
    for i, claim in enumerate(claims):
        if i in small or claim.hold is None and claim.kind == "share" and \
                claim.candidate_id is not None and \
                (claim.candidate_id, _sentence(claim, text)) in tallies:
            claim = replace(claim, hold=_HOLD, region_code=None, region_name=None)
        out.append(claim)
    return out
