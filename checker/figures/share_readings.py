"""Which of a count's shares are wrong whichever way the page's figures are read (issue 10,
errors caught). Pure arithmetic on the page's own figures.

Where every pair's votes and share of one count are on the page and two or more shares do not
follow from the votes' sum, each share may still be right under another reading: the shares
may all be of another base (every ballot cast, invalid ones too: a base no smaller than the
valid votes), or one count may be mistyped (the shares then follow from the true total, which
that count spoils). Every reading is weighed by how many of the page's figures it makes
wrong; a share is wrong for certain only when one wrong figure explains the page and every
reading that does so makes it that share. Bontang's "26,61 persen" beside 41.081, 25.393,
22.099 and 5.985 votes and the shares 43,4, 23,33 and 6,33 (a Kaltim plenary round-up): those
three follow from one base of about 94.690 ballots, 26,61 from none, and no single mistyped
count makes all four follow; the same page with 26,81 is one base's shares and nothing is
wrong.

    certain_wrong(votes, shares) -> set of pairs
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.numbers import last_unit

__all__ = ["certain_wrong"]

_HUNDRED = Decimal(100)


def _span(count: int, share: Decimal) -> tuple[Decimal, Decimal | None]:
    """The bases over which `count` gives `share` within one unit of its last decimal (the
    page's own rounding, as own_shares allows); None: no upper bound."""
    unit = last_unit(share)
    low = Decimal(count) * _HUNDRED / (share + unit)
    return low, (Decimal(count) * _HUNDRED / (share - unit) if share > unit else None)


def _inside(base: Decimal, span: tuple[Decimal, Decimal | None]) -> bool:
    return span[0] <= base and (span[1] is None or base <= span[1])


def _typo_span(rest: int, share: Decimal) -> tuple[Decimal, Decimal | None]:
    """The true totals over which a pair whose count is mistyped has `share`, the other pairs
    holding `rest` votes: (B - rest) / B within one unit of the share."""
    unit = last_unit(share)
    top = share + unit
    low = Decimal(rest) * _HUNDRED / (_HUNDRED - (share - unit)) if share > unit else \
        Decimal(rest)
    return low, (Decimal(rest) * _HUNDRED / (_HUNDRED - top) if top < _HUNDRED else None)


def certain_wrong(votes: dict, shares: dict) -> set:
    """`votes`, `shares`: {pair: count}, {pair: share as written}, the same pairs. The shares
    wrong in every reading that makes the fewest of the page's figures wrong."""
    if set(votes) != set(shares) or len(votes) < 2 or any(v <= 0 for v in votes.values()):
        return set()
    total = sum(votes.values())
    spans = {p: _span(votes[p], shares[p]) for p in votes}
    # The wrong figures of a reading change only where a span starts or ends: those bases (and
    # the page's own sum) are all the readings there are to weigh.
    edges = {Decimal(total)} | {e for s in spans.values() for e in s if e is not None}
    readings: list[tuple[int, frozenset]] = []
    for base in edges:
        if base >= total:  # another base holds at least every valid vote
            wrong = frozenset(p for p in votes if not _inside(base, spans[p]))
            readings.append((len(wrong), wrong))
    for typo in votes:  # one count mistyped: the shares follow from the true total
        own = _typo_span(total - votes[typo], shares[typo])
        others = {e for p, s in spans.items() if p != typo for e in s if e is not None}
        for base in others | {e for e in own if e is not None}:
            if base <= total - votes[typo]:
                continue
            wrong = frozenset(p for p in votes if p != typo and not _inside(base, spans[p]))
            if not _inside(base, own):
                wrong |= {typo}
            readings.append((len(wrong) + 1, wrong))  # (+1: the mistyped count)
    fewest = min(n for n, _ in readings)
    if fewest != 1:
        # Two slips or more (or none): with several figures wrong, the reading with the
        # fewest wrong may blame a right share for a mistyped count beside another slip
        # (Malut's 76.605 typed 76.105 next to its own wrong 50,69 and 12,88).
        return set()
    return set(frozenset.intersection(*[wrong for n, wrong in readings if n == fewest]))
