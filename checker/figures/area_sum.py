"""A pair's counts listed kecamatan by kecamatan against the pair's count for the whole kab/kota
the same page states (issue 10, corpus-o: Jambisatu's list for Tanjung Jabung Barat adds up
to 58.157 for Romi-Sudirman, who "meraih 58.207 suara" there; Tungkal Ilir's 14.630 is the
record's 14680 less 50).

When the page gives the pair's count in every kecamatan the record holds for the kab/kota, and
its count for the kab/kota itself, the list must add up to it. Where it does not (within one
percent: a typo, not another area's figure), the one item that is wrong is decided only when
the record singles it out: the kab/kota count is the record's, every other item is the
record's count of its kecamatan to the vote, and this item plus the gap is too. Only then is
that item graded, against the value the page's own figures imply (tier "page", at least
`minor`: the page contradicts itself). Anything else is left as it was. Pure: no I/O.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.count_slips import slip_status
from checker.figures.own_total import against_record
from checker.models import Claim, Comparison

__all__ = ["area_sum_blamed"]

_NEAR = Decimal("0.01")


def _groups(claims: list[Claim]) -> dict[tuple, list[int]]:
    """Vote counts of one pair, one race and one count type: their indexes."""
    groups: dict[tuple, list[int]] = {}
    for index, claim in enumerate(claims):
        if claim.kind != "votes" or claim.hold is not None or claim.quoted or \
                claim.approximate or not claim.candidate_id or not claim.election or \
                not claim.race_kind or claim.race_kind == "president" or \
                claim.region_code is None or len(claim.region_code) not in (4, 6):
            continue
        key = (claim.election, claim.race_kind, claim.race_region, claim.candidate_id,
               claim.claim_type)
        groups.setdefault(key, []).append(index)
    return groups


@against_record
def area_sum_blamed(claims: list[Claim], record,
                    limits: dict[str, Decimal]) -> dict[int, Comparison]:
    """{claim index: Comparison} for the one kecamatan count each broken list singles out."""
    out: dict[int, Comparison] = {}
    for (election, kind, own, candidate, _), indexes in _groups(claims).items():
        whole = {claims[i].region_code: i for i in indexes if len(claims[i].region_code) == 4}
        for kab, at in whole.items():
            race = record.race_for(election, kind, own if own else kab)
            if race is None:
                continue
            items = {claims[i].region_code: i for i in indexes
                     if claims[i].region_code[:4] == kab and len(claims[i].region_code) == 6}
            kecamatan = {r.code for r in record.children(kab)}
            values = [int(claims[i].value) for i in indexes if claims[i].region_code in items]
            if not kecamatan or set(items) != kecamatan or len(values) != len(items):
                continue  # not every kecamatan, or one given twice
            index = _culprit(claims, record, race, candidate, kab, at, items)
            if index is None:
                continue
            total = int(claims[at].value)
            stated = int(claims[index].value)
            implied = total - (sum(values) - stated)
            difference = stated - implied
            out[index] = Comparison(index, slip_status(difference, implied, limits), implied, difference, "page",
                                    reason="own_area_sum")
    return out


def _culprit(claims, record, race, candidate: str, kab: str, at: int, items: dict):
    total = int(claims[at].value)
    listed = sum(int(claims[i].value) for i in items.values())
    gap = total - listed
    if gap == 0 or abs(gap) > _NEAR * total or _official(record, race, kab, candidate) != total:
        return None
    culprit = None
    for code, index in items.items():
        official = _official(record, race, code, candidate)
        stated = int(claims[index].value)
        if official == stated:
            continue
        if culprit is not None or official != stated + gap:
            return None  # two items off, or this one not by the gap: no one to blame
        culprit = index
    return culprit


def _official(record, race, area: str, candidate: str) -> int | None:
    best = record.best(race, area)
    return best.votes.get(candidate) if best is not None else None
