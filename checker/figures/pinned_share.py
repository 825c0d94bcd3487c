"""A share beside its pair's count that equals a Sirekap reading to the vote is that reading's
share, not the decree's (issue 10, basis; session 41's stressed run). Pure.

compare holds a share the page gives as the plenary's (said, or lent by the paragraph: a
regency's plenary "Senin (9/12/2024)" tells another province's race in passing) to the decree
exactly. But where the page gives the same pair, in the same place, a count that equals one
Sirekap reading to the vote, the count pins what the page copied: that reading, not the
decree ("Suhardi-Salim meraih 332.106 suara atau 46,01 persen": Sirekap's reading of Pilgub
Sulbar on 28 Nov; the decree of 7 Dec gives 46,18). The share is then graded against that
reading at its own last digit (cut or rounded, as after_recap.to_last_digit reads it); a share
that is not the reading's keeps the decree's grade (a slipped digit beside a copied count).

A share with no count beside it pins itself when it is precise enough to: one that equals a
Sirekap reading's share to the hundredth, where the decree's differs, is that reading's (blind
hunt 62: "hasil rekapitulasi KPU ... 55,86 persen" and "44,14 persen" for Banten, Sirekap's 28
Nov reading, printed after the decree's 55,88 / 44,12; Sumbar's "77,15 persen" alone, the
decree 77,12). A tenth names no reading (too many figures round to it) and keeps its grade.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.after_recap import to_last_digit
from checker.figures.compare import claim_race
from checker.figures.count_slips import pair_id
from checker.models import Claim, Comparison, replace

__all__ = ["held_to_pinned"]

_FLAGS = ("minor", "discrepant")
_CENT = Decimal("0.01")


def _pair(claim: Claim) -> tuple:
    return (claim.election, claim.race_kind, claim.race_region, claim.region_code,
            claim.candidate_id or claim.nomor_urut, claim.quoted)


def held_to_pinned(claims, comparisons: tuple[Comparison, ...], record) -> tuple[Comparison, ...]:
    if record is None or not any(c.tier == "rekap" and c.status in _FLAGS for c in comparisons):
        return comparisons
    # a pair's count graded equal to a Sirekap reading: the moment it pins, by (place, pair)
    pinned = {}
    for c in comparisons:
        claim = claims[c.claim]
        if claim.kind == "votes" and c.tier == "sirekap" and c.difference == 0 and \
                not claim.approximate:
            pinned.setdefault(_pair(claim), set()).add(c.as_of)
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        moments = pinned.get(_pair(claim)) if claim.kind == "share" else None
        if c.tier == "rekap" and c.status in _FLAGS and moments and len(moments) == 1:
            c = _at_reading(c, claim, record, next(iter(moments))) or c
        elif c.tier == "rekap" and c.status in _FLAGS and claim.kind == "share" and \
                _hundredths(claim):
            c = _at_reading(c, claim, record, None) or c
        out.append(c)
    return tuple(out)


def _hundredths(claim: Claim) -> bool:
    """A share written to two decimals or more, not hedged: precise enough to name a reading."""
    return not claim.approximate and -Decimal(claim.value).normalize().as_tuple().exponent >= 2


def _at_reading(c: Comparison, claim: Claim, record, moment) -> Comparison | None:
    race = claim_race(claim, record)
    if race is None:
        return None
    area = race.area_of(claim.region_code)
    pair = pair_id(claim, race, record)
    if pair is None:
        return None
    for reading in record.results_for(race, area):
        if reading.tier != "sirekap" or moment is not None and reading.as_of != moment:
            continue
        share = reading.share(pair)
        if moment is None and (share is None or share.quantize(_CENT) != Decimal(claim.value)):
            continue  # unpinned: only a reading whose share it is, to the hundredth
        if share is None or not to_last_digit(claim.value, share, claim.approximate):
            return None
        progress = reading.progress.quantize(_CENT) if reading.progress is not None else None
        return replace(c, status="consistent", official_value=share.quantize(_CENT),
                       difference=(Decimal(claim.value) - share).quantize(_CENT),
                       tier="sirekap", as_of=reading.as_of, progress=progress,
                       source=reading.source, sirekap_value=None, sirekap_as_of=None,
                       sirekap_progress=None)
    return None

