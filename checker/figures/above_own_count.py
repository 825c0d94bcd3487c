"""A plenary share above anything its own count allows (issue 10, basis; caught-s41's planted
misses). Pure.

Where the record holds only Sirekap, a share the page gives as the plenary's is held beyond the
page's last digit (compare.py: `plenary_not_loaded`), and settled.py grades it only 3 points
off a complete reading, and then only where the page's other shares agree with the record (a
far-off share is as often another pair's or another area's). A share written beside the pair's
own count, side by side, needs neither: the count says whose share it is and how large
("pasangan nomor urut 1 Helmi Hasan dan Mian ... 616.469 suara atau 55,09 persen", KPU
Bengkulu's plenary; Sirekap at 99,94 % of the TPS gives the pair 616.328 of 1.118.797 valid
votes, 55,09 %).

The plenary corrects a few forms, so its count and valid votes are each within a hair of a
complete Sirekap's (plenary_drift.py). Where the page's count is within a percent of the
reading's, the pair's share of the valid votes is at most the count over the reading's valid
votes less a percent; a share of any larger base (every ballot, the roll) is lower still. A
share above that, with half a point for the page's rounding, and more than the rules' minor
band above the reading's share, is wrong: "58,09 persen" beside 616.469 votes. A share below
it may be of a larger base and is left held; so is one near another pair's share there (a
ballot number crossed), an approximate one ("sekitar 65 persen"), and any share where the
reading covers less than 99 % of the TPS.

    grade_above_count(claims, races, results, record, limits) -> results
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.models import Claim, Comparison

__all__ = ["grade_above_count"]

_HELD = "plenary_not_loaded"
_PROGRESS = Decimal(99)      # the reading covers this much of the TPS at least
_DRIFT = Decimal("0.01")     # the plenary's count and valid votes, within this part of Sirekap's
_ROUNDING = Decimal("0.5")   # the page's own rounding of the share, in points
_CROSSED = Decimal(1)        # a share this near another pair's may be that pair's


def _written(value) -> tuple[str, ...]:
    """How a page writes a count or a share ("616.469", "616,469"; "58,09", "58.09")."""
    if isinstance(value, int):
        grouped = f"{value:,}"
        return grouped.replace(",", "."), grouped
    return str(value).replace(".", ","), str(value)


def _beside(share: Claim, count: Claim) -> bool:
    """Are the two written side by side: each in the other's excerpt (a window of a few dozen
    characters around the figure)?"""
    return any(w in share.excerpt for w in _written(int(count.value))) and \
        any(w in count.excerpt for w in _written(Decimal(share.value)))


def _own_count(claims: list[Claim], races: list, index: int) -> int | None:
    """The pair's one count beside the share (same race, area, count type)."""
    share = claims[index]
    values = {int(c.value) for j, c in enumerate(claims)
              if c.kind == "votes" and races[j] is races[index] and c.hold is None and
              not c.quoted and not c.approximate and _beside(share, c) and
              c.region_code == share.region_code and c.claim_type == share.claim_type and
              (c.candidate_id or c.nomor_urut) == (share.candidate_id or share.nomor_urut)}
    return values.pop() if len(values) == 1 else None


def _above(claim: Claim, count: int, reading, pair: str, minor: Decimal) -> bool:
    official = reading.votes.get(pair)
    if not official or not reading.total or abs(count - official) > _DRIFT * official:
        return False
    most = Decimal(count * 100) / (Decimal(reading.total) * (1 - _DRIFT))
    value = Decimal(claim.value)
    own = reading.share(pair)
    return own is not None and value > most + _ROUNDING and value - own > minor and \
        not any(abs(value - reading.share(p)) <= _CROSSED for p in reading.votes if p != pair)


def grade_above_count(claims: list[Claim], races: list, results: tuple[Comparison, ...],
                      record, limits) -> tuple[Comparison, ...]:
    """`results` (one per claim), each held plenary share above its own count's reach graded."""
    out = list(results)
    for i, c in enumerate(results):
        claim = claims[i]
        if c.reason != _HELD or claim.kind != "share" or claim.approximate or claim.quoted or \
                c.tier != "sirekap" or c.progress is None or c.progress < _PROGRESS or \
                races[i] is None or c.difference is None or c.difference <= 0:
            continue
        race = races[i]
        reading = record.best(race, race.area_of(claim.region_code), tier="sirekap")
        pair = claim.candidate_id or next((k.id for k in record.candidates_of(race)
                                           if k.nomor_urut == claim.nomor_urut), None)
        count = _own_count(claims, races, i)
        if reading is None or pair is None or count is None or \
                not _above(claim, count, reading, pair, limits["share_minor"]):
            continue
        out[i] = replace(c, status="discrepant", reason=None)
    return tuple(out)
