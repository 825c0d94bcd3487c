"""Shares against the page's own votes (issue 10, basis): where every pair's votes of one count
are on the page, each share the page gives for it must be that pair's votes over their sum,
within the page's own rounding (one unit of its last decimal, and in hundredths one unit off
the share rounded there: numbers.written_from).

    blamed_shares(claims, record, limits) -> {claim index: Comparison}

A share is singled out only when it is the one share of its count that does not follow while
at least one other does: the votes are then borne out by the page itself, and the share is
graded against what they give (tier "page", reason "own_votes"), unless it is only a hair off
(under a tenth of a point) while another share of its count follows only within the unit of
leeway, neither rounded nor cut from it, and every pair's share is given, adding to 100 or less
(a re-vote's 48,27 / 37,20 / 14,51 for 48,29 / 37,21 / 14,50, corpus-ap): the page's shares are
then a hair off together, worked out over a base a few votes larger, and no one of them is the
misquote to blame. Shares adding to more than 100 have no base (77,17 + 22,88, test_fix_unknown). Two or more shares off
together may all be of another base (all ballots cast, valid and invalid), or follow from the
true total a mistyped count spoils: only a share wrong in every such reading is graded
(share_readings.py); the rest are left to FIG003's finding. Pure.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.digit_slip import fraction_slip
from checker.figures.numbers import last_unit, rounded_from, written_from
from checker.figures.own_total import full_rosters, vote_groups
from checker.figures.share_readings import certain_wrong
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["blamed_shares"]

_HUNDREDTH = Decimal("0.01")
_OVER = Decimal(1)  # shares of one count adding to more than 101: no rounding, no base
# A share these readings blame is off its votes by more than this (percentage points): a hair
# off may be one figure's rounding meeting another's slip (a mistyped count beside a share of
# three decimals that is itself off).
_CLEAR = Decimal("0.1")
# Figures held as a part of the area the page reports on (scope_gate: a regency's governor
# count its headline places, "Koster-Giri Menang di Badung"): the record cannot grade them,
# but votes and shares given as one count there still answer to each other.
_ONE_AREA = frozenset({"page_region_below"})


def blamed_shares(claims, record: MemoryRecord | None,
                  limits: dict[str, Decimal]) -> dict[int, Comparison]:
    claims: list[Claim] = list(claims)
    out = _blamed(claims, vote_groups(claims, "share"),
                  ((k, v) for k, _, _, v in full_rosters(claims, record)
                   if not _slipped(v)) if record else (), limits)
    if record:
        # A count the gate held whole (no figure of it left unheld to check): its own shares.
        # Where unheld figures give the count, held ones there are another count's.
        plain = {k for k, _, _, _ in full_rosters(claims, record)}
        out.update(_blamed(claims, vote_groups(claims, "share", _ONE_AREA),
                           ((k, v) for k, _, _, v in full_rosters(claims, record, held=_ONE_AREA)
                            if k not in plain and not _slipped(v)), limits))
    # An election the record does not hold (Pilkada 2018) has no roster to check against: the
    # pairs the page numbers are its roster, when it gives each one count (old-sorotindonesia-
    # banjar-2018-rekap-typo: 52.784 of 110.804 is 47,64, printed 47,36 beside a 52,36 that
    # follows). One share that follows is the evidence the page's counts are the whole race.
    shares = _unrecorded(claims, "share")
    rosters = ((key, {p: next(iter(v)) for p, v in by_pair.items()})
               for key, by_pair in _unrecorded(claims, "votes", values=True).items()
               if len(by_pair) >= 2 and all(len(v) == 1 for v in by_pair.values()))
    return {**out, **_blamed(claims, shares, rosters, limits)}


def _slipped(votes: dict[str, int]) -> bool:
    """Does the roster give two pairs one count (Banyuwangi's Risma-Gus Hans "the same as
    Khofifah-Emil, 456.856 suara", blind hunt 25)? One of them is a copy, so the page's counts
    are no base for its shares: worked out from them, the accurate shares of the other pairs
    looked wrong (59,32 as 45,78). Left to the record, which singles out the copy. (A true tie
    gives equal shares, which follow from the counts: nothing to blame.)"""
    return len(set(votes.values())) < len(votes)


def _unrecorded(claims: list[Claim], kind: str, values: bool = False) -> dict:
    """Figures of `kind` of an election the record does not hold, by count (election, race
    kind, race region, area, count type), then by ballot number: indexes, or vote values."""
    groups: dict[tuple, dict] = {}
    for index, claim in enumerate(claims):
        if claim.kind != kind or claim.hold != "other_election" or claim.quoted or \
                claim.approximate or claim.nomor_urut is None or not claim.race_kind:
            continue
        key = (claim.election, claim.race_kind, claim.race_region, claim.region_code,
               claim.claim_type)
        pairs = groups.setdefault(key, {})
        if values:
            pairs.setdefault(claim.nomor_urut, set()).add(int(claim.value))
        else:
            pairs.setdefault(claim.nomor_urut, []).append(index)
    return groups


def _blamed(claims: list[Claim], shares: dict, rosters, limits) -> dict[int, Comparison]:
    out: dict[int, Comparison] = {}
    for key, votes in rosters:
        stated = shares.get(key)
        if not stated:
            continue  # no share for this count: nothing to hold to its votes
        total = sum(votes.values())
        if not total:
            continue
        off, follow, exact, given = [], 0, 0, {}
        for cid, indexes in stated.items():
            values = {Decimal(claims[i].value) for i in indexes}
            if cid not in votes or len(values) != 1:
                continue
            value = given[cid] = values.pop()
            implied = Decimal(votes[cid]) * 100 / Decimal(total)
            if written_from(value, implied):
                follow += 1
                exact += rounded_from(value, implied)
            else:
                off.append((indexes[0], value, implied, cid))
        if not off or len(off) == 1 and exact < follow and abs(off[0][1] - off[0][2]) <= _CLEAR \
                and set(given) == set(votes) and sum(given.values()) <= 100:
            continue  # (a hair off beside a share a unit off too: all of another base)
        if len(off) > 1 or not follow:
            # Several shares off together may be of another base (all ballots), whose shares
            # add to less than 100, never more: every pair's share given and a sum well over
            # 100 (Kukar's 66,17 + 18,99 + 21,3 = 106,46) is no base at all, so each share
            # that does not follow from the page's own counts is wrong (corpus-h). Under 100,
            # only the shares no reading of the page's figures bears out (share_readings).
            if set(given) != set(votes):
                continue
            if sum(given.values()) <= 100 + _OVER:
                wrong = certain_wrong(votes, given) if follow else set()
                off = [o for o in off if o[3] in wrong and abs(o[1] - o[2]) > _CLEAR]
        for index, value, implied, _ in off:
            difference = (value - implied).quantize(_HUNDREDTH)
            status = "discrepant" if abs(difference) > limits["share_minor"] else "minor"
            out[index] = Comparison(index, status, implied.quantize(_HUNDREDTH), difference,
                                    "page", reason="own_votes")
    return out


def progress_off_its_fraction(claims, comparisons: tuple[Comparison, ...],
                              limits: dict[str, Decimal]) -> tuple[Comparison, ...]:
    """A progress stated with its own fraction ("604.002 dari total 823.236 TPS atau 63,37
    persen") is held to that fraction first: beyond one unit of its last decimal the page
    contradicts itself (604.002 of 823.236 is 73,37 %), whatever moment it speaks of, so no
    reading the record holds needs to be of that moment. Graded against the fraction (tier
    "page", reason "own_fraction"), unless the record already flagged it, or one mistyped
    digit of the count or the total accounts for the gap (digit_slip: "2.969 dari 3.123 atau
    94,95 persen", 2.969 of 3.127 being 94,95): then the percentage is not the slip to blame."""
    out = list(comparisons)
    for i, claim in enumerate(claims):
        done, total = claim.progress_done, claim.progress_total
        if claim.kind != "progress" or not total or done is None or done > total or \
                out[i].status in ("discrepant", "minor"):
            continue
        value = Decimal(claim.value)
        implied = Decimal(done) * 100 / Decimal(total)
        difference = (value - implied).quantize(_HUNDREDTH)
        if abs(value - implied) <= last_unit(value) or fraction_slip(done, total, value):
            continue  # (one mistyped digit of the count or total: the slip may be there)
        status = "discrepant" if abs(difference) > limits["share_minor"] else "minor"
        out[i] = Comparison(i, status, implied.quantize(_HUNDREDTH), difference, "page",
                            reason="own_fraction", official_page=out[i].official_page)
    return tuple(out)
