"""The size of a vote count as evidence of what it can be (issue 10, attribution). Pure: the
official record is read, nothing else.

- A pair's count as large as all the valid votes of its race in that area is no pair's count
  there (a total, or another area's figure): "20.743.592" beside Jawa Timur's governor race,
  whose valid votes are 20.732.592.
- A pair's count a twentieth or less of that pair's own count in the area is no count of
  that area (a TPS's, a village's, a regency's read as the province's), whatever its size,
  where the page names the area's parts: far_below.
- A presidential count larger than any province's valid votes cannot be a province's: tens of
  millions of Pilpres votes are the country's. This only ever allows the national reading
  where the page's other words agree; it never grades a figure held for another reason.
- A presidential pair's count equal, digit for digit, to that pair's count in the record's
  national plenary decree is the country's final count: no province's count and no other
  moment gives that number (Bisnis: "paslon 2 ... mendapat 96.214.691 suara
  sah", no basis word in its paragraph). A count that differs proves nothing: final_national.
"""

from __future__ import annotations

from checker.figures.kept import kept
from checker.figures.moment import COMPLETE
from checker.models import Claim

__all__ = ["below_area", "beyond_provinces", "beyond_total", "far_below", "final_national",
           "national_size", "own_counts"]

_PROVINCE_MAX: dict[int, tuple[object, int | None]] = {}


def _totals(record, election: str, kind: str, race_region: str, area: str,
            complete: bool = False) -> list[int]:
    """The valid votes of the race in `area`, every reading; `complete`: only of a count
    (nearly) all in (Papua Selatan's Sirekap at 30 % of TPS holds 94.982 votes, its plenary
    270.227: a pair's 139.580 is beyond the first and is still the pair's)."""
    race = record.race_for(election, kind, race_region)
    if race is None:
        return []
    return [r.total for r in record.results_for(race, area) if len(r.votes) >= 2 and
            not (complete and r.progress is not None and r.progress < COMPLETE)]


def beyond_total(claim: Claim, record) -> bool:
    """Is a pair's vote count at least the valid votes of its whole race in its area?"""
    if record is None or claim.kind != "votes" or claim.election is None or \
            claim.race_kind is None or claim.region_code is None:
        return False
    race_region = "" if claim.race_kind == "president" else claim.race_region
    if race_region is None:
        return False
    totals = _totals(record, claim.election, claim.race_kind, race_region, claim.region_code,
                     complete=True)
    return bool(totals) and int(claim.value) >= max(totals)


def below_area(claim: Claim, record) -> bool:
    """Is a pair's vote count a twentieth or less of that pair's own count in the area (and
    under a thousand)? Then it is a TPS's or a village's count written near the area's name
    ("136 suara" at TPS 901 of Lapas Singaraja beside Bali's governor race, issue 10,
    corpus-f), not the area's."""
    return claim.kind == "votes" and int(claim.value) < 1000 and far_below(claim, record)


def own_counts(claim: Claim, record) -> list[int]:
    """The pair's own vote counts in the claim's area, one per reading the record holds."""
    if record is None or claim.kind != "votes" or claim.candidate_id is None or \
            claim.election is None or claim.race_kind is None or claim.region_code is None:
        return []
    race_region = "" if claim.race_kind == "president" else claim.race_region
    race = record.race_for(claim.election, claim.race_kind, race_region) \
        if race_region is not None else None
    if race is None:
        return []
    own = [r.votes.get(claim.candidate_id) for r in record.results_for(race, claim.region_code)]
    return [v for v in own if v]


def far_below(claim: Claim, record) -> bool:
    """Is a pair's vote count a twentieth or less of that pair's own count in the area, in
    every reading the record holds (an early Sirekap reading may be that small)?"""
    own = own_counts(claim, record)
    return bool(own) and int(claim.value) * 20 <= min(own)


def _province_max(record) -> int | None:
    """The largest valid-vote total of any province in the presidential race (any tier)."""
    def build() -> int | None:
        found = [total for code, region in list(record.regions.items())
                 if region.level == 1 for total in _totals(record, "pemilu2024", "president", "",
                                                             code)]
        return max(found) if found else None
    return kept(_PROVINCE_MAX, id(record), record, build)


def beyond_provinces(claim: Claim, record) -> bool:
    """Is a presidential vote count, of any election and pair named or not, larger than any
    province's valid votes? Then the province named beside it ("meraih 40.494.840 suara dan
    unggul di dua provinsi, Aceh dan Sumatera Barat") is not where it was counted."""
    if record is None or claim.kind != "votes" or claim.race_kind != "president" or \
            not claim.region_code:
        return False
    largest = _province_max(record)
    return largest is not None and int(claim.value) > largest


def above_provinces(value: int, record) -> bool:
    """Is a presidential vote count larger than any province's valid votes (only the country's
    can be)?"""
    largest = _province_max(record) if record is not None else None
    return largest is not None and value > largest


def national_size(claim: Claim, record) -> bool:
    """Is a presidential pair's vote count larger than any province's valid votes?"""
    if record is None or claim.kind != "votes" or claim.race_kind != "president" or \
            claim.nomor_urut is None:
        return False
    largest = _province_max(record)
    return largest is not None and int(claim.value) > largest


def final_national(claim: Claim, record) -> bool:
    """Is a presidential pair's count, placed in the country, the very count the record's
    national plenary gives that pair (not written rounded: "96,2 juta" proves nothing)?"""
    if record is None or claim.kind != "votes" or claim.race_kind != "president" or \
            claim.region_code != "" or claim.candidate_id is None or claim.approximate:
        return False
    race = record.race_for(claim.election or "", "president", "")
    decree = record.best(race, "", tier="rekap") if race is not None else None
    return decree is not None and decree.votes.get(claim.candidate_id) == int(claim.value)
