"""A hoax's figures read together (issue 10, quoted claims): the shares a fact-check quotes
from one fake count ("Anies 58,77 persen, Prabowo 24,24 persen, Ganjar 16,99 persen") are one
claim about one count. Once the record shows that count is not KPU's (a share of it is
`discrepant`), a share of it within the drift allowed for a count under way is no longer
given that benefit, nor the leeway for a reading of another moment: off by more than its own
last decimal, it is `minor` (the fake's "16,99" beside Sirekap's 16.68), or `discrepant` past
the share thresholds' `minor` ("19,31" beside 16.68). A share equal to the record stays `consistent` (a fake that copies
two right figures and changes one, "39,04" for 39.40, keeps the two right ones right). Nor is
a share the page's own account of the real count leaves that pair (an edited broadcast's
"Ganjar 17,61" beside the original's "Anies 24,52, Prabowo 57,88, Ganjar 17,61"): the fake
kept that figure from the real count of its moment.

Quoted figures never make the fact-check page itself discrepant (compare.figures_status
leaves them out); this only says which of the hoax's figures are wrong. Pure."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.numbers import last_unit
from checker.models import Claim, Comparison

__all__ = ["hold_quoted_sets"]


def _runs(claims: list[Claim]) -> list[list[int]]:
    """Consecutive quoted shares of one race and area, one per pair, adding up to 100: what
    a hoax graphic or a quoted sentence gives as one count."""
    runs: list[list[int]] = []
    current: list[int] = []
    key = pairs = None
    for i, claim in enumerate(claims):
        pair = claim.candidate_id or claim.nomor_urut
        here = (claim.election, claim.race_kind, claim.region_code)
        if claim.kind != "share" or not claim.quoted or pair is None or claim.hold is not None:
            runs.append(current)
            current, key, pairs = [], None, None
            continue
        if here != key or pair in pairs:
            runs.append(current)
            current, key, pairs = [], here, set()
        current.append(i)
        pairs.add(pair)
    runs.append(current)
    # One count's shares add up to 100: a hoax's figure followed by the fact-check's own for
    # another pair ("Anies 38,89 persen ... faktanya Prabowo 58,62 persen") is no one count.
    return [run for run in runs if len(run) >= 2 and
            abs(sum(Decimal(claims[i].value) for i in run) - 100) <= 1]


def _left_by_the_real_count(claims: list[Claim], out: list[Comparison], run: list[int],
                            i: int) -> bool:
    """Is the run's share `i` what the page's other set of the race (the real count it gives,
    none of it discrepant) leaves that pair: 100 less the other pairs' one share each, to
    the rounding of three shares? A fake that kept one pair's real share ("Ganjar 17,61" in
    both, the second read once) copied that figure; it is no figure of the fake's own."""
    claim = claims[i]
    pair = claim.candidate_id or claim.nomor_urut
    others: dict = {}
    for j, other in enumerate(claims):
        key = other.candidate_id or other.nomor_urut
        if j in run or other.kind != "share" or key is None or key == pair or \
                (other.election, other.race_kind) != (claim.election, claim.race_kind) or \
                other.region_code not in (claim.region_code, None) or \
                out[j].status == "discrepant":
            continue
        others.setdefault(key, set()).add(Decimal(other.value))
    rest = {claims[j].candidate_id or claims[j].nomor_urut for j in run} - {pair}
    if set(others) != rest or any(len(values) != 1 for values in others.values()):
        return False
    left = 100 - sum(next(iter(values)) for values in others.values())
    return abs(Decimal(claim.value) - left) <= 2 * last_unit(claim.value)


def hold_quoted_sets(claims: list[Claim], comparisons: tuple[Comparison, ...],
                     minor: Decimal) -> tuple[Comparison, ...]:
    """`minor`: the share gap (points) beyond which a figure is discrepant (RuleSet
    thresholds `share_minor`)."""
    out = list(comparisons)
    for run in _runs(claims):
        if not any(out[i].status == "discrepant" for i in run):
            continue
        for i in run:
            c, value = out[i], Decimal(claims[i].value)
            if _left_by_the_real_count(claims, out, run, i):
                continue  # the real count's own figure, which the fake kept
            # "another moment" gave the figure the drift a count under way allows: a count the
            # record shows is not KPU's gets none (the fake's "19,31" beside its "38,89").
            if c.difference is None or not (c.status == "consistent" or
                                            c.reason == "another_moment"):
                continue
            # The nearer of the two tiers shown (the plenary, and Sirekap beside it): a fake
            # may have copied either.
            gaps = [abs(Decimal(c.difference))]
            if c.sirekap_value is not None:
                gaps.append(abs(value - Decimal(c.sirekap_value)))
            if min(gaps) > last_unit(value):
                status = "discrepant" if min(gaps) > minor else "minor"
                out[i] = replace(c, status=status, reason="quoted_set")
    return tuple(out)
