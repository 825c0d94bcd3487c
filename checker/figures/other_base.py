"""Shares the page states on another base than its own counts (fix-known7; blind hunt 29's
Muratara page). Pure.

A page gives every pair's count of one race, each with its share ("58.433 suara atau 51,2
persen", "43.524 suara atau 38,1 persen", "9.039 suara atau 7,9 persen"), and the shares do not
follow from the counts' sum (58.433 of 110.996 is 52,64) but all follow from one larger base
(about 114.100: every ballot cast, invalid ones too, or the voters who came; the shares add to
97,2). The page's shares are then of that base, not of the valid votes the record's shares are
of: a record grade that flags them says only that the bases differ, so each flagged share is
held "other_basis" instead (the reason scope_gate gives a share of all ballots).

Guards, so that a wrong share stays flagged: every pair's count of the race is on the page
(own_total.full_rosters), two shares or more of that count are given, each written right after
its own count in the prose; one base gives every share within its last digit
(stated_base.base_span), and no base as small as the counts' sum does (else the shares follow
from the page's own counts, and the record's grade stands); that base is at most MOST times the
counts' sum (invalid ballots beyond an eighth of those cast are rare: a larger base is likelier
a mistyped count) and is no valid total of the record's readings there (then a count is off).
A share that follows neither base (7,9 written 9,9 beside the same counts) leaves every share
of its count as the record graded it.
No count of the race is flagged (Pangkalpinang's edited 47.685 beside 56,1 of 85.000
ballots, test_fix_known4: the share of a wrong count is wrong on every base). Only the
record's grades are changed (a grade the page's own figures gave, tier "page", stays);
quick counts are left alone (their shares are estimates of their own).

    held_other_base(claims, comparisons, prose, record) -> comparisons
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.own_total import full_rosters, vote_groups
from checker.figures.stated_base import base_span
from checker.models import Claim, Comparison

__all__ = ["MOST", "held_other_base"]

_FLAGS = ("minor", "discrepant")
_OTHER_BASIS = frozenset({"other_basis"})
# Ballots cast over valid votes, at most: invalid ballots beyond an eighth of those cast are rare
# (a larger base is likelier a mistyped count). larger_base.py bounds a share of them so.
MOST = Decimal("1.15")
_NEAR = (Decimal("0.99"), Decimal("1.01"))
# Between a count and its share: its unit and a joining word or bracket ("suara atau",
# "suara (", "votes or"), no digit and no sentence end.
_BETWEEN = r"[^\d.!?]{0,30}?"


def _tied(prose: str, count: int, share: Decimal) -> bool:
    """Is `share` written right after `count` somewhere in the prose ("58.433 suara atau 51,2
    persen")?"""
    grouped = f"{count:,}".replace(",", "[.,]")
    digits = re.escape(format(share, "f")).replace(r"\.", "[.,]")
    return re.search(r"(?<![\d.,])" + grouped + r"(?![\d]|[.,]\d)" + _BETWEEN + r"(?<![\d.,])"
                     + digits + r"(?![\d]|[.,]\d)", prose) is not None


def _given(claims: list[Claim], stated: dict, votes: dict, prose: str) -> dict:
    """{pair: (indexes, share)} of the count's pairs whose one stated share follows its count."""
    given = {}
    for pair, indexes in stated.items():
        values = {Decimal(claims[i].value) for i in indexes}
        if pair in votes and votes[pair] > 0 and len(values) == 1:
            value = values.pop()
            if value > 0 and _tied(prose, votes[pair], value):
                given[pair] = (indexes, value)
    return given


def _a_reading_total(record, race, area: str, span: tuple) -> bool:
    """Is the base the shares follow the valid votes of one of the record's readings there? The
    shares are then of the valid votes, and a count beside them is off (Balikpapan's 32.847
    beside 10,98 %: 177.290, 45.668 and 32.847 with 59,27 / 15,27 / 10,98 all follow about
    299.100 votes, the plenary's valid total, 0,3 % above Sirekap's 298.335 at 99,9 % of TPS: a
    reading within 1 % of the base is that base; the third count is the slip)."""
    low, high = span
    return any(low * _NEAR[0] <= result.total and
               (high is None or result.total <= high * _NEAR[1])
               for result in record.results_for(race, area))


def held_other_base(claims, comparisons: tuple[Comparison, ...], prose: str,
                    record) -> tuple[Comparison, ...]:
    claims = list(claims)
    flagged = {c.claim for c in comparisons if c.status in _FLAGS and c.tier != "page"
               and claims[c.claim].kind == "share"}
    if not flagged or record is None:
        return comparisons
    shares = vote_groups(claims, "share", _OTHER_BASIS)
    held: set[int] = set()
    wrong = {c.claim for c in comparisons if c.status in _FLAGS and claims[c.claim].kind == "votes"}
    for key, race, counts, votes in full_rosters(claims, record):
        stated = shares.get(key)
        if key[4] == "quick_count" or not stated or \
                not any(i in flagged for indexes in stated.values() for i in indexes) or \
                any(i in wrong for indexes in counts.values() for i in indexes):
            continue  # (a count flagged itself: its share, on any base, is as wrong)
        given = _given(claims, stated, votes, prose)
        if len(given) < 2:
            continue
        valid = sum(votes.values())
        span = base_span({p: votes[p] for p in given}, {p: v for p, (_, v) in given.items()})
        if span is None or span[0] <= valid or span[0] > MOST * valid or \
                _a_reading_total(record, race, key[3], span):
            continue
        held.update(i for indexes, _ in given.values() for i in indexes)
    if not held:
        return comparisons
    return tuple(replace(c, status="unverifiable", reason="other_basis", difference=None)
                 if c.claim in held and c.claim in flagged else c for c in comparisons)
