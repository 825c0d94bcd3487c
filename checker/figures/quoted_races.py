"""A fact-check quotes the figures of what it debunks, and a quoted quick count far from the
result is graded as the hoax's (a fabricated "exit poll": checker/figures/compare.py). A
pollster's quick count of another election than the one the page is about is no figure of the
hoax: the fact-checker mentions it ("Hasil hitung cepat sebuah lembaga survei sebelumnya
menempatkan Prabowo-Gibran di angka 59,61 persen di Banten" on a Pilkada Kebumen exit-poll
fact-check, corpus-bc's context stress: graded discrepant against the Pilpres result). It is a
quick count as on any page: an estimate, held, never graded. Only an election the record
holds is concerned (no other is graded at all): the fact-checks of 2017 and 2019 quick-count
hoaxes keep every figure quoted, whatever election their words name besides. Pure."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from checker.models import Claim

__all__ = ["unquote_other_elections"]


def unquote_other_elections(claims: tuple[Claim, ...], quoted: bool, election: str | None,
                            holds: Callable[[str], bool]) -> tuple[Claim, ...]:
    """The claims, a quoted quick count of an election other than the page's (the one election
    its words name, `election`) that the record holds (`holds`) no longer quoted. Nothing
    changes where the page names no one election or is no fact-check."""
    if not quoted or election is None:
        return claims
    return tuple(replace(c, quoted=False) if c.quoted and c.claim_type == "quick_count" and
                 c.election is not None and c.election != election and holds(c.election)
                 else c for c in claims)
