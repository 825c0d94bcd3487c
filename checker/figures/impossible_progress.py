"""A progress no count can reach is no progress of the count (blind hunt 21's Bangka page). Pure.

"Pilkada Bangka 2024" over a paragraph opening "Dari 455 TPS di Kabupaten Bangka, ..." was read
as "2024 dari 455 TPS" (a heading's year over the next block's TPS), a progress of 444,84 % and
flagged. The reading across a block's break is cut where fractions are found (numbers.py); any
other progress over 100 % of the TPS, or counted from more TPS done than there are, cannot be a
share of the TPS counted: it is a misreading (or the page's slip, which no grade can weigh),
held `progress_beyond_whole`, never graded.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.models import Claim

__all__ = ["hold_impossible_progress"]

_WHOLE = Decimal(100)


def impossible(claim: Claim) -> bool:
    """Is `claim` a progress that cannot be a share of the TPS counted?"""
    if claim.kind != "progress":
        return False
    done, total = claim.progress_done, claim.progress_total
    return Decimal(claim.value) > _WHOLE or bool(done and total and done > total)


def hold_impossible_progress(claims) -> list[Claim]:
    """`claims` with each impossible progress (not already held) held `progress_beyond_whole`."""
    return [replace(c, hold="progress_beyond_whole") if c.hold is None and impossible(c) else c
            for c in claims]
