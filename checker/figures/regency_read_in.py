"""A governor pair's count that is its count in one of the province's kab/kota, read into the
province, flagged against the province's decree (blind hunt 62, Banten's decree). Pure.

Pages on a regency's plenary tell the governor race too ("KPU Kota Padang ... pasangan
cagub-cawagub Mahyeldi-Vasko mendapatkan 83% suara"; a list of the eight kab/kota of Banten
with each pair's count), and a place the reader did not tie to the figure leaves it with the
province. While the record held only Sirekap for the province such a figure was held (a count
because Sirekap was not complete, a share because the plenary was not loaded); loading the
decree made it `discrepant`: an accurate regency figure called wrong.

A count under half the decree's that is the same pair's count in one of the province's
kab/kota, as Sirekap read it there, within a plenary's corrections (`_DRIFT`), is that
regency's, not a slip of the decree's: held `lower_level`, the decree's figure and the gap
still shown. A count far off every regency's keeps its grade. A share alone is left alone: a
province's winner takes 67 to 85 % in Sumbar's nineteen kab/kota, so a wrong share of the
province sits near some regency's as often as not (holding them lost three dev catches).
A share written beside the pair's count ("566.912 suara atau 65,96 persen") is pinned by it
(blind hunt 63, probed on a Tribun page whose city, Kota Semarang, is named a paragraph before):
where that count is the pair's in one kab/kota and the share is the pair's share there, both
are the regency's, and the share is held as the count would be, whichever tier flagged it.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.compare import claim_race
from checker.figures.count_slips import pair_id
from checker.models import Claim, Comparison, replace

__all__ = ["held_regency_read_in"]

_FLAGS = ("minor", "discrepant")
_DRIFT = Decimal("0.02")  # a regency's plenary against Sirekap's reading there (plenary_drift)
_SHARE_GAP = Decimal("0.5")  # the share the regency's plenary gives against Sirekap's there


def held_regency_read_in(claims: list[Claim], comparisons: tuple[Comparison, ...], record) \
        -> tuple[Comparison, ...]:
    if record is None or not any(c.status in _FLAGS for c in comparisons):
        return comparisons
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        if c.tier == "rekap" and c.status in _FLAGS and claim.kind == "votes" and \
                not claim.quoted and _a_regency_s(claim, c, record):
            c = replace(c, status="unverifiable", reason="lower_level")
        elif c.status in _FLAGS and claim.kind == "share" and not claim.quoted and \
                _pinned_to_a_regency(claims, c.claim, record):
            c = replace(c, status="unverifiable", reason="lower_level")
        out.append(c)
    return tuple(out)


def _pinned_to_a_regency(claims: list[Claim], index: int, record) -> bool:
    """Is the share at `index` the pair's share in the kab/kota whose count the page writes
    right before it, in the same words ("566.912 suara atau 65,96 persen")?"""
    share = claims[index]
    race = claim_race(share, record)
    if race is None or race.kind != "governor" or \
            race.area_of(share.region_code) != race.region:
        return False
    pair = pair_id(share, race, record)
    count = next((c for c in reversed(claims[max(0, index - 2):index]) if c.kind == "votes"), None)
    if pair is None or count is None or count.approximate or pair_id(count, race, record) != pair \
            or f"{int(count.value):,}".replace(",", ".") not in share.excerpt:
        return False
    for regency in record.children(race.region):
        for reading in record.results_for(race, regency.code):
            votes = reading.votes.get(pair) if reading.tier == "sirekap" else None
            total = sum(reading.votes.values()) if votes else 0
            if votes and abs(count.value - votes) <= _DRIFT * votes and \
                    abs(Decimal(share.value) - Decimal(100 * votes) / total) <= _SHARE_GAP:
                return True
    return False


def _a_regency_s(claim: Claim, c: Comparison, record) -> bool:
    race = claim_race(claim, record)
    if race is None or race.kind != "governor" or race.area_of(claim.region_code) != race.region:
        return False
    pair = pair_id(claim, race, record)
    if pair is None:
        return False
    value = Decimal(claim.value)
    if claim.approximate or c.official_value is None or value * 2 >= c.official_value:
        return False
    for regency in record.children(race.region):
        for reading in record.results_for(race, regency.code):
            votes = reading.votes.get(pair) if reading.tier == "sirekap" else None
            if votes and abs(value - votes) <= _DRIFT * votes:
                return True
    return False
