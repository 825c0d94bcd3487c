"""A headline's presidential shares that the body gives again in a paragraph proven the
country's (issue 10, scope evidence). Pure.

scope_gate holds a presidential figure placed in the country (`national_unproven`) unless the
page proves it the country's. A headline's share ("Prabowo-Gibran Raup 68,69% Suara") is, when
the body writes the same figure beside the same pair's count in a paragraph whose counts no
province reaches (`restated`): it is the body's figure, read once more.

A headline that lists every pair's share in one sentence ("Hasil Real Count KPU Pukul 13.00
WIB: Anies 24,49 Persen, Prabowo 58,83 Persen, Ganjar 16,68 Persen") gives one tally. Where
each other pair's share there is restated so, the list is the country's, and so is the one
share the body does not give again: a headline typo ("Prabowo 60,83 Persen" over a body's
58,83) is that tally's figure, compared, not held (`listed_with_restated`; caught-s42's planted
misses). Only a list of the same count type, one share a pair, the roster whole.

    restated(claim, text, sized, votes) -> bool
    listed_with_restated(claim, claims, text, sized, votes, record) -> bool
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.gate_text import GateText
from checker.models import Claim

__all__ = ["listed_with_restated", "restated"]

_BASES = ("real_count", "plenary")


def restated(claim: Claim, text: GateText, sized: set[int], votes: list[Claim]) -> bool:
    """A headline's presidential share that the body writes again beside the same pair's count
    in a paragraph proven the country's: the same figure (the body's is read once, as the
    headline's)."""
    if claim.kind != "share" or not sized or claim.candidate_id is None or \
            claim.claim_type not in _BASES:
        return False
    written = format(Decimal(claim.value), "f")
    figure = re.compile(r"(?<![\d.,])" + re.escape(written).replace(r"\.", "[.,]") +
                        r"\s*(?:%|persen)", re.IGNORECASE)
    return any(figure.search(text.lines[i]) for vote in votes
               if vote.candidate_id == claim.candidate_id and vote.region_code == ""
               for i in text.touched(vote.excerpt) & sized)


def _sentence(claim: Claim, text: GateText) -> tuple[int, str] | None:
    where = text.places(claim.excerpt)[:1]
    return (where[0][0], where[0][1]) if where else None


def listed_with_restated(claim: Claim, claims: list[Claim], text: GateText, sized: set[int],
                         votes: list[Claim], record) -> bool:
    """Is the share one of a sentence's list of every pair's share, each other one restated?"""
    if record is None or claim.kind != "share" or claim.race_kind != "president" or \
            claim.region_code != "" or claim.candidate_id is None or claim.approximate or \
            claim.quoted or claim.claim_type not in _BASES or not sized:
        return False
    place = _sentence(claim, text)
    race = record.race_for(claim.election or "", "president", "")
    if place is None or race is None:
        return False
    others = [c for c in claims if c is not claim and c.kind == "share" and c.hold is None and
              c.race_kind == "president" and c.region_code == "" and
              c.election == claim.election and c.claim_type == claim.claim_type and
              c.candidate_id and _sentence(c, text) == place]
    pairs = [c.candidate_id for c in others]
    roster = {c.id for c in record.candidates_of(race)}
    if claim.candidate_id in pairs or len(pairs) != len(set(pairs)) or \
            set(pairs) != roster - {claim.candidate_id} or len(pairs) < 2:
        return False
    return all(restated(c, text, sized, votes) for c in others)
