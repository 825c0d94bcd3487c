"""A plenary share no base allows beside its own count (issue 10, basis; caught-s41's planted
misses). Pure.

Where the record holds only Sirekap, a share the page gives as the plenary's is held beyond the
page's last digit (compare.py: `plenary_not_loaded`), and settled.py grades it only 3 points
off a complete reading, and then only where the page's other shares agree with the record (a
far-off share is as often another pair's or another area's). A share written beside the pair's
own count, side by side, needs neither: the count says whose share it is and how large (KPU
Bengkulu's plenary as calonkepaladaerah's round-up gives it: Helmi Hasan-Mian, ballot 1,
55,09 % and 616.469 votes; Sirekap at 99,94 % of the TPS gives the pair 616.328 of 1.118.797
valid votes, 55,09 %).

The plenary corrects a few forms, so its count and valid votes are each within a hair of a
complete Sirekap's (plenary_drift.py). Where the page's count is within a percent of the
reading's, the pair's share of the valid votes is at most the count over the reading's valid
votes less a percent; a share of any larger base (every ballot, the roll) is lower still. A
share above that, with half a point for the page's rounding, and more than the rules' minor
band above the reading's share, is wrong: "58,09 persen" beside 616.469 votes.

Below, a share may be of a larger base, lower by one factor for every pair. Where another
pair's share there agrees with its reading, that factor is bounded (settled.py's bound, with
both drifts): a share below the least its own count gives the valid votes, times that factor,
less half a point, is wrong too (Balikpapan's plenary, Tribun Kaltim's round-up: Rendi-Eddy
"45.668 suara 15,27 persen" beside Rahmad-Bagus's right "59,27 persen"; "12,57" there is no
base's). Without such a share, a share below is left held.

Left held as well: a share near another pair's share there (a ballot number crossed), an
approximate one ("sekitar 65 persen"), and any share where the reading covers less than 99 %
of the TPS.

    grade_beside_count(claims, races, results, record, limits) -> results
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.count_slips import pair_id
from checker.figures.held_agreeing import agrees
from checker.models import Claim, Comparison

__all__ = ["BESIDE_COUNT", "grade_beside_count"]

BESIDE_COUNT = "beside_count"  # the reason a report gives for such a grade
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


def _bounds(count: int, reading, pair: str) -> tuple[Decimal, Decimal] | None:
    """(the least, the most) share of the valid votes the pair's count allows, where the
    count is within the drift of the reading's."""
    official = reading.votes.get(pair)
    if not official or not reading.total or abs(count - official) > _DRIFT * official:
        return None
    total = Decimal(reading.total)
    return (Decimal(count * 100) / (total * (1 + _DRIFT)),
            Decimal(count * 100) / (total * (1 - _DRIFT)))


def _base_factor(claims: list[Claim], races: list, results, index: int, reading):
    """How much lower than a share of the valid votes the page's shares there may be: another
    pair's share that agrees with its reading, less half a point, over that reading's share
    with both drifts (settled.py's bound for a larger base: every pair is lowered alike);
    None where no other pair's share agrees."""
    claim, race = claims[index], races[index]
    factors = [(Decimal(other.value) - _ROUNDING) / (Decimal(results[j].official_value) *
                                                     (1 + 2 * _DRIFT))
               for j, other in enumerate(claims)
               if j != index and races[j] is race and other.kind == "share" and
               other.region_code == claim.region_code and not other.quoted and
               (other.candidate_id or other.nomor_urut) !=
               (claim.candidate_id or claim.nomor_urut) and
               results[j].official_value and agrees(results[j], _ROUNDING)]
    return max(factors, default=None)


def _off(claim: Claim, bounds, reading, pair: str, minor: Decimal, factor) -> bool:
    """Is the share above what its count allows, or below it where another pair's share shows
    the page's base, and beyond the rules' minor band from the reading's?"""
    value, own = Decimal(claim.value), reading.share(pair)
    if own is None or any(abs(value - reading.share(p)) <= _CROSSED
                          for p in reading.votes if p != pair):
        return False
    least, most = bounds
    return (value > most + _ROUNDING and value - own > minor) or \
        (factor is not None and value < least * factor - _ROUNDING and own - value > minor)


def grade_beside_count(claims: list[Claim], races: list, results: tuple[Comparison, ...],
                      record, limits) -> tuple[Comparison, ...]:
    """`results` (one per claim), each held plenary share its own count rules out graded."""
    out = list(results)
    for i, c in enumerate(results):
        claim = claims[i]
        if c.reason != _HELD or claim.kind != "share" or claim.approximate or claim.quoted or \
                c.tier != "sirekap" or c.progress is None or c.progress < _PROGRESS or \
                races[i] is None or c.difference is None:
            continue
        race = races[i]
        reading = record.best(race, race.area_of(claim.region_code), tier="sirekap")
        pair = pair_id(claim, race, record)
        count = _own_count(claims, races, i)
        bounds = None if reading is None or pair is None or count is None else \
            _bounds(count, reading, pair)
        if bounds is None or not _off(claim, bounds, reading, pair, limits["share_minor"],
                                      _base_factor(claims, races, results, i, reading)):
            continue
        out[i] = replace(c, status="discrepant", reason=BESIDE_COUNT)
    return tuple(out)
