"""Shares against the base the page itself states (issue 10, errors caught). Pure.

own_shares.py holds a share to its count's pairs' votes only where another share of that
count follows them: with every share off, all may be of another base (every ballot cast),
so none is blamed. The page may close that door itself: where it states the valid votes
("suara sah tercatat 307.441") and its pairs' counts add up to them to the vote, the counts
and the valid total bear each other out, and every base a share of that count can have runs
from the valid votes up to the ballots cast, valid and invalid ("suara tidak sah 19.671",
stated on the same page). A share above its count over the valid votes (a larger base only
lowers it), or below its count over the valid and invalid votes together, follows from no
base at all: it is wrong whatever the page meant ("121.471 suara atau 36,998 persen", a
kecamatan's count written as a share, where 121.471 of 307.441 is 39,51 and of 327.112 is
37,13: Pilwalkot Solo).

Guards: the share is written with its own count before it in the same excerpt ("N suara atau
S persen": tied to that count, not a share read into the wrong pair); the count type is no
quick count; the share's sentence names no base of voters (ballot_basis.voters_base); and the
shares of the count do not all follow one base (one base explaining every share is a reading
in which none is wrong, whatever the page says that base is). Graded against the count over
the valid votes (tier "page", reason "own_base"). Only shares the record did not grade.

    base_blamed(claims, prose, totals, record, limits) -> {claim index: Comparison}

(`totals`: the valid votes the page states, own_total.page_totals, read once a page.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.figures.ballot_basis import voters_base
from checker.figures.numbers import last_unit, written_from
from checker.figures.own_total import full_rosters, vote_groups
from checker.models import Claim, Comparison

__all__ = ["base_blamed", "base_span", "graded", "grouped", "stated_invalid"]

_HUNDRED, _HUNDREDTH = Decimal(100), Decimal("0.01")
_NUMBER = r"(\d{1,3}(?:[.,]\d{3})+|\d{1,3})(?![.,]?\d)"
# "suara tidak sah (tercatat|sebanyak ...) 19.671", "19.671 suara (dinyatakan) tidak sah"; not
# "suara sah dan tidak sah ..." (all ballots), whose "tidak sah" follows no "suara".
_INVALID = re.compile(r"suara\s+tidak\s+sah\b[^.!?\d]{0,40}?" + _NUMBER + r"|(?<![\d.,])"
                      + _NUMBER + r"\s+(?:surat\s+)?suara\s+(?:dinyatakan\s+|yang\s+)?tidak\s+sah\b",
                      re.IGNORECASE)
# (both alternatives hold it, with the same flags: no match of _INVALID without one of it)
_HINT = re.compile(r"tidak\s+sah\b", re.IGNORECASE)
_MAX_INVALID = 20
_QUICK = "quick_count"
_OTHER_BASIS = frozenset({"other_basis"})


def stated_invalid(text: str) -> tuple[int, ...]:
    """The invalid-vote counts the text states, in order, each once."""
    found: list[int] = []
    if _HINT.search(text) is None:  # every match holds it; this search runs at C speed
        return ()
    for match in _INVALID.finditer(text):
        value = int(re.sub(r"[.,]", "", match.group(1) or match.group(2)))
        if value not in found:
            found.append(value)
        if len(found) >= _MAX_INVALID:
            break
    return tuple(found)


def grouped(count: int) -> str:
    """A count as an Indonesian page writes it: "121.471"."""
    return f"{count:,}".replace(",", ".")


def _tied(share: Claim, count: int) -> bool:
    """Is the share written after its own count in its excerpt ("121.471 suara atau 36,998")?"""
    text = share.excerpt or ""
    digits = format(Decimal(share.value), "f").replace(".", ",")
    at = text.find(grouped(count))
    return at >= 0 and text.find(digits, at) > at


def base_span(votes: dict[str, int], shares: dict[str, Decimal],
              floor: int = 0) -> tuple[Decimal, Decimal | None] | None:
    """The bases, no smaller than `floor`, over which every pair's votes give its share within
    one unit of its last decimal: (lowest, highest or None: no upper bound), or None if no one
    base does."""
    low, high = Decimal(floor), None
    for pair, share in shares.items():
        unit = last_unit(share)
        low = max(low, Decimal(votes[pair]) * _HUNDRED / (share + unit))
        if share > unit:
            top = Decimal(votes[pair]) * _HUNDRED / (share - unit)
            high = top if high is None else min(high, top)
    return (low, high) if high is None or low <= high else None


def _one_base(votes: dict[str, int], shares: dict[str, Decimal], floor: int) -> bool:
    """Does one base, no smaller than the valid votes, give every share within its unit?"""
    return base_span(votes, shares, floor) is not None


def base_blamed(claims, prose: str, totals: tuple[int, ...], record,
                limits: dict[str, Decimal]) -> dict[int, Comparison]:
    if record is None or not totals:
        return {}
    claims: list[Claim] = list(claims)
    invalid = None  # read only where a share is weighed (a regex over the whole prose)
    # A share held as one of every ballot (scope_gate's "other_basis") is one of the count's
    # shares too: the one base it gives is weighed with the others'.
    shares = vote_groups(claims, "share", _OTHER_BASIS)
    out: dict[int, Comparison] = {}
    for key, _, _, votes in full_rosters(claims, record):
        valid = sum(votes.values())
        stated = shares.get(key)
        if key[4] == _QUICK or not stated or valid not in totals:
            continue
        given = {}
        for pair, indexes in stated.items():
            values = {Decimal(claims[i].value) for i in indexes}
            if pair in votes and len(values) == 1:
                given[pair] = (indexes, values.pop())
        if not given or _one_base(votes, {p: v for p, (_, v) in given.items()}, valid):
            continue
        if invalid is None:
            invalid = stated_invalid(prose)
        # No invalid votes stated: the widest base is unknown, and no share is too low.
        widest = valid + max((n for n in invalid if n < valid), default=valid * 100)
        for pair, (indexes, value) in given.items():
            implied = Decimal(votes[pair]) * _HUNDRED / valid
            unit = last_unit(value)
            lowest = Decimal(votes[pair]) * _HUNDRED / widest
            if written_from(value, implied) or lowest - unit <= value <= implied + unit:
                continue
            for i in indexes:
                if claims[i].hold is None and _tied(claims[i], votes[pair]) and not voters_base(claims[i], claims[i].excerpt or ""):
                    out[i] = graded(i, value, implied, limits)
    return out


def graded(index: int, value: Decimal, implied: Decimal, limits,
           reason: str = "own_base") -> Comparison:
    """The share at `index` set against the share the page's own figures imply (tier
    "page"): minor within the thresholds' share_minor, else discrepant."""
    difference = (value - implied).quantize(_HUNDREDTH)
    status = "discrepant" if abs(difference) > limits["share_minor"] else "minor"
    return Comparison(index, status, implied.quantize(_HUNDREDTH), difference, "page",
                      reason=reason)
