"""A pair's count with a stray magnitude word, which the page's own shares prove (caught-s39,
from corpus-bd). Pure.

Metro Merauke on KPU Nduga's plenary: "Dinar Kelnea-Yoas Beon ... 51.815 atau 52,88 persen
suara. ... Namia Gwijangge-Obed Gwijangge (NAMED), memperoleh 46.167 ribu suara atau 47,12
persen". As written, 46.167 ribu is 46 million votes in a regency of 97.982 voters; the record
has no reading there (Sirekap at 0 %), so the count was held `progress_differs`, and the
page's own checks never saw it: a count rounded by "ribu"/"juta" is no exact count to add up.

The page itself says which figure is wrong: read without its magnitude word (46.167), the
count and the other pairs' exact counts give every share the page states for the race, each
within its rounding; as written, they give none. The count is then graded against that
reading (tier "page", reason "own_magnitude"). Only where every pair of the record's roster
has one exact count (but this one) and one share on the page, all of one count (election,
race, area, count type), and only a count written as a whole number of thousands or millions
of at least a thousand units ("46.167 ribu", never "46 ribu" nor "14,1 juta": those are the
writer's rounding, and the shares would bear them out as written).

    magnitude_blamed(claims, record, limits) -> {claim index: Comparison}
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.numbers import written_from
from checker.figures.own_total import against_record, race_of, vote_groups
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord

__all__ = ["magnitude_blamed"]

_MAGNITUDES = (10 ** 3,)   # "ribu" ("12.345 juta" is read as written: numbers._stray_magnitude)
_GROUPED = 1000                      # the written number had a thousands point: "46.167"


@against_record
def magnitude_blamed(claims: list[Claim], record: MemoryRecord,
                     limits: dict[str, Decimal]) -> dict[int, Comparison]:
    out: dict[int, Comparison] = {}
    exact = vote_groups(claims)
    shares = vote_groups(claims, "share")
    for index, claim in enumerate(claims):
        if claim.kind != "votes" or not claim.approximate or claim.quoted or \
                claim.hold is not None or not claim.candidate_id or not claim.election or \
                not claim.race_kind or claim.region_code is None:
            continue
        key = (claim.election, claim.race_kind, claim.race_region, claim.region_code,
               claim.claim_type)
        race = race_of(record, key)
        if race is None:
            continue
        counts = _one_each(claims, exact.get(key, {}), int)
        given = _one_each(claims, shares.get(key, {}), Decimal)
        roster = {c.id for c in record.candidates_of(race)}
        if claim.candidate_id in counts or set(counts) | {claim.candidate_id} != roster or \
                set(given) != roster:
            continue
        for magnitude in _MAGNITUDES:
            written = int(claim.value) // magnitude
            if int(claim.value) % magnitude or written < _GROUPED:
                continue
            if _follow({**counts, claim.candidate_id: written}, given) and \
                    not _follow({**counts, claim.candidate_id: int(claim.value)}, given):
                out[index] = Comparison(index, "discrepant", written,
                                        int(claim.value) - written, "page",
                                        reason="own_magnitude")
                break
    return out


def _one_each(claims: list[Claim], by_pair: dict[str, list[int]], read) -> dict:
    """Each pair's one value (a pair given two values is left out)."""
    out = {}
    for cid, indexes in by_pair.items():
        values = {read(claims[i].value) for i in indexes}
        if len(values) == 1:
            out[cid] = values.pop()
    return out


def _follow(counts: dict[str, int], given: dict[str, Decimal]) -> bool:
    """Does every stated share follow from these counts, within its rounding?"""
    total = sum(counts.values())
    return bool(total) and all(
        written_from(share, Decimal(counts[cid]) * 100 / Decimal(total))
        for cid, share in given.items())
