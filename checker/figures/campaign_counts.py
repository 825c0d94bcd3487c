"""A campaign team's own count ("real count internal", "tabulasi internal"), graded against
KPU's (hunt on unseen news pages, tests/corpus/findings/hunt.md). It is a count of the C1
forms the team gathered, a basis of its own, so it is graded only where it stands for the
whole count and only beyond what its writing allows. Pure.

- From part of the TPS ("60,41 persen ... dari 51.940 TPS atau setara 85,5 persen dari seluruh
  TPS"; "83,60 persen" from 42,32 % of the TPS): the team's count under way, held
  `another_moment`.
- An estimate the team says is one: from a sample of TPS ("quick count internal", "sampel
  250 TPS") or provisional ("real count sementara"): held `another_moment`, with every figure
  of the team's count in that race and area, where the page says it once ("menurut hitung
  cepat tim ... 48,62 persen. Sementara dua paslon lainnya ... 32,45 persen"; blind run 9).
- Its progress ("100 persen TPS"): the forms the team gathered, never graded against Sirekap's.
- With no coverage said (no team's progress of 95 % or more of its own count in the race),
  against a reading of KPU's own count under way (Sirekap at 68 % of the TPS, Pilgub Papua on
  28 Nov, the plenary not in the record): two counts of parts of the TPS, neither standing for
  the whole, held `another_moment` too (second hunt: the Mari-Yo team's "53 persen" against
  50.49). A team that says its count is complete is held to KPU's reading even so (Mentawai's
  "65%" at 99,1 % of the TPS against 67.78 at 87.74 %).
- A count of votes from short of every TPS ("2.163.111 suara", data from 99,60 % of the TPS):
  below the final by the TPS it lacks, held; a share from 95 % of the TPS on stands for the
  whole (second hunt). Votes below the final with no coverage said at all: held too.
- From part of the votes: "dari suara yang sudah masuk, sebanyak lebih dari 2,2 juta suara"
  where KPU's complete count of the race there has 2.802.221 valid votes (Pilgub Aceh): short
  of 95 % of them, held `another_moment` (second hunt).
- From 95 % of the TPS on but short of every TPS ("hasil real count kami telah mencapai 95
  persen": 57,2 against 55.86 in Pilbup Bandung): held when the TPS the team lacks could move
  its share that far (a share s from p % of the TPS ends between s(p/100) and s(p/100) +
  (100 - p)); "65" from 95 % against 55.86 stays flagged (hunt A).
- Rival camps' claims ("saling klaim": Mualem's camp 62 per cent, Bustami's 52, Pilgub Aceh):
  two pairs each given over half of one race and area by campaigns are no one count; each is a
  camp's claim of what part of the forms nobody says, held `rival_claims` (hunt A). One camp's
  set with one winner stays graded, a slip in it too ("60,91" for 55,91 beside 44,09).
- A share written to the whole per cent ("di Kabupaten Solok ... 75%"): the team rounded its
  own count, which may differ from KPU's by a little, so the gap is taken net of half a unit of
  the written figure (74.47 in the record: "75" is within it). "65%" for 67.78 stays flagged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.moment import COMPLETE
from checker.figures.numbers import find_numbers, last_unit
from checker.figures.wording import QUICK_COUNT, STATIONS
from checker.models import Claim, Comparison

__all__ = ["grade_campaign_counts"]

# "85,5 persen dari seluruh TPS", "85.5% TPS", "setara 85,5 persen dari total TPS"
_TPS_SHARE = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen)\s+(?:dari\s+)?(?:seluruh\s+|"
                        r"total\s+|jumlah\s+)?" + STATIONS + r"\b", re.IGNORECASE)
# "suara yang sudah masuk, sebanyak lebih dari 2,2 juta suara": the votes the team has counted
_VOTES_IN = re.compile(r"\b(?:suara|data)\s+yang\s+(?:sudah\s+|telah\s+)?masuk\b[^.;%\d]{0,40}"
                       r"(\d{1,3}(?:[.,]\d{1,3})*)[^\S\n]*(juta|ribu)?[^\S\n]+suara\b",
                       re.IGNORECASE)
# "dari total suara yang dihimpun", "dari data yang dikumpulkan tim": a part of what the team
# gathered, not of the TPS
_OWN_DATA = re.compile(r"\bdari\s+(?:total\s+|seluruh\s+|jumlah\s+)?(?:suara|data)\s+yang\s+"
                       r"(?:sudah\s+|telah\s+)?(?:dihimpun|dikumpulkan|terkumpul|terhimpun)\b",
                       re.IGNORECASE)
# the same words after the figure: "97,65 persen dari total suara yang dihimpun"
_OWN_DATA_AFTER = re.compile(r"(?:%|\bpersen)(?:\s+suara)?\s+" + _OWN_DATA.pattern[2:],
                             re.IGNORECASE)
_NAMES_TPS = re.compile(r"\b" + STATIONS + r"\b", re.IGNORECASE)
# A team's estimate, not its count of every form: from a sample of TPS ("quick count internal
# ... sampel 250 TPS", Surabaya's 85,70 against 81.38), or a count it calls provisional ("real
# count sementara tim internal", Sulteng's 41,81 against 38.60): held, like any count of part
# of the TPS (blind run, tests/test_fix_camp.py).
# ("penghitungan cepat" and "hitungan cepat" are "hitung cepat": rules/figures.yaml word_roots)
_ESTIMATE = re.compile(r"\b(?:" + QUICK_COUNT + r"|sampel\w*|"
                       r"margin\s+of\s+error|"
                       r"(?:count|hitungan|perhitungan|penghitungan|data|hasil|rekap\w*)"
                       r"\s+sementara)\b", re.IGNORECASE)


def _of_own_data(excerpt: str) -> bool:
    """Is a team's progress a part of the data it gathered rather than of the TPS? Always
    where the words follow the figure ("97,65 persen dari total suara yang dihimpun oleh tim",
    Deli Serdang). Where they lead the sentence ("Dari data yang telah terkumpul, penghitungan
    telah mencapai 99,6 persen, dengan 45 TPS yang masih dalam tahap pengumpulan data",
    Pramono-Rano's tally on haluan.co; blind hunt 39) and the sentence counts TPS, they say
    where the team's count of the TPS stands: its coverage."""
    return bool(_OWN_DATA_AFTER.search(excerpt)) or \
        bool(_OWN_DATA.search(excerpt)) and not _NAMES_TPS.search(excerpt)


def _under_way(claims: list[Claim], races: list) -> dict:
    """(race, area): the lowest counting progress the page states there short of every TPS;
    under ("estimate", race, area), that a figure of a team's count there is given as an
    estimate; under ("said", race, area), or a team's name (the claimant, lower case) where
    the page places it in no race, that a team says its own count covers 95 % of the TPS there
    or more.
    A quick count's sample apart, and a part of the votes the team itself gathered ("97,65
    persen dari total suara yang dihimpun oleh tim, saksi, dan relawan", Pilbup Deli Serdang:
    of its own forms, whatever part of the TPS they are; blind hunt 3)."""
    found: dict = {}
    for claim, race in zip(claims, races):
        if race is not None and claim.claim_type == "internal_count" and \
                _ESTIMATE.search(claim.excerpt):
            found[("estimate", race, race.area_of(claim.region_code))] = True
        if claim.kind != "progress" or claim.claim_type == "quick_count" or \
                _of_own_data(claim.excerpt):
            continue
        value = Decimal(claim.value)
        if value >= COMPLETE and claim.claim_type == "internal_count" and (
                race is not None or claim.claimed_by):
            # a team says its count is complete: of this race and area (a province's "99,1 %"
            # says nothing of one regency's TPS: Mentawai's "65%" beside Sirekap at 87.74 %,
            # Pilgub Sumbar; blind hunt 3), or under its own name
            found[("said", race, race.area_of(claim.region_code)) if race is not None
                  else claim.claimed_by.lower()] = True
        if race is not None and value < 100:
            key = (race, race.area_of(claim.region_code))
            found[key] = min(found.get(key, Decimal(100)), value)
    return found


def _part_of_tps(claim: Claim, race, under_way: dict, comparison: Comparison) -> bool:
    """Is the team's count of part of the TPS (a share: short of 95 %; a count of votes: of any
    TPS missing), or of no coverage said and graded against a reading of KPU's count under
    way?"""
    shares = [Decimal(m.group(1).replace(",", ".")) for m in _TPS_SHARE.finditer(claim.excerpt)]
    stated = under_way.get((race, race.area_of(claim.region_code)))
    lowest = min(shares + ([stated] if stated is not None else []), default=Decimal(100))
    if lowest < (100 if claim.kind == "votes" else COMPLETE) or \
            _within_missing(claim, comparison, lowest):
        return True
    said = bool(shares) or ("said", race, race.area_of(claim.region_code)) in under_way or \
        (claim.claimed_by or "").lower() in under_way
    if not said and claim.kind == "votes" and comparison.difference is not None and \
            Decimal(comparison.difference) < 0:
        # Votes short of the final with no coverage said: the forms the team had gathered so
        # far ("saat ini telah mendapatkan 2.163.011 suara", some TPS "belum masuk" in words,
        # against the decree's 2.183.239; blind hunt, okezone DKI). A team that says its count
        # is complete is still held to the final.
        return True
    return not said and comparison.tier == "sirekap" and comparison.progress is not None and \
        comparison.progress < COMPLETE


def _within_missing(claim: Claim, comparison: Comparison, progress: Decimal) -> bool:
    """Could the TPS a share's count lacks (100 - progress per cent of them) move it to the
    reading? A share s ends between s * p / 100 and s * p / 100 + (100 - p)."""
    if claim.kind != "share" or progress >= 100 or comparison.official_value is None:
        return False
    share, lacking = Decimal(claim.value), 100 - progress
    low = share * progress / 100
    return low <= Decimal(comparison.official_value) <= low + lacking


def _rival_claims(claims: list[Claim], races: list) -> set:
    """(race, area) where campaigns give two pairs each over half the votes: rival camps each
    claiming the win, not one count. A share of 95 or more is left out: no camp claims that
    in a contested race; it is a count's coverage read as a share ("real count internal tim
    mereka yang telah mencapai 99,99 persen", Pilgub DKI)."""
    winners: dict = {}
    for claim, race in zip(claims, races):
        if claim.kind != "share" or claim.claim_type != "internal_count" or race is None or \
                claim.quoted or claim.candidate_id is None or \
                not 50 < Decimal(claim.value) < COMPLETE:
            continue
        winners.setdefault((race, race.area_of(claim.region_code)), set()).add(claim.candidate_id)
    return {key for key, pairs in winners.items() if len(pairs) > 1}


def _part_of_votes(claim: Claim, race, record) -> bool:
    """Does the figure's own text give the votes counted, short of 95 % of the valid votes
    KPU's complete count of the race there has (a plenary, or Sirekap from 95 % of the TPS)?"""
    found = _VOTES_IN.search(claim.excerpt)
    if found is None or record is None:
        return False
    numbers = find_numbers(found.group(0))  # the one count in it ("2,2 juta", "2.163.111")
    if not numbers:
        return False
    counted = numbers[-1].value
    totals = [r.total for r in record.results_for(race, race.area_of(claim.region_code))
              if r.total and (r.tier == "rekap" or r.progress is not None and
                              r.progress >= COMPLETE)]
    return bool(totals) and counted * 100 < max(totals) * COMPLETE


def _within_rounding(claim: Claim, comparison: Comparison, consistent: Decimal) -> bool:
    unit = last_unit(claim.value)
    return claim.kind == "share" and unit >= 1 and comparison.difference is not None and \
        abs(Decimal(comparison.difference)) - unit / 2 <= consistent


def grade_campaign_counts(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                          consistent: Decimal, record=None) -> tuple[Comparison, ...]:
    """The comparisons with a campaign's graded figures held or regraded as above;
    `consistent` is the share limit of rules/figure-rules.yaml."""
    out, under_way, rivals = list(comparisons), None, None
    for i, comparison in enumerate(comparisons):
        claim, race = claims[i], races[i]
        # A graded figure, agreeing or not: the team's basis decides, never the value (a rival's
        # 32,45 of the team's count at 56,31 % of the data lay near Sirekap's 32,35 by chance;
        # the next rival's 18,93 beside it was held; blind run 9, tests/test_fix_blind9.py).
        if comparison.status not in ("consistent", "minor", "discrepant") or race is None or \
                claim.quoted or claim.claim_type != "internal_count":
            continue
        if claim.kind == "progress":
            # The share of TPS whose forms the team gathered, not Sirekap's progress: "100
            # persen TPS" in a candidate's words at 99,93 % on Sirekap (corpus-z).
            out[i] = replace(comparison, status="unverifiable", reason="campaign_progress")
            continue
        if under_way is None:
            under_way, rivals = _under_way(claims, races), _rival_claims(claims, races)
        if ("estimate", race, race.area_of(claim.region_code)) in under_way or \
                _part_of_tps(claim, race, under_way, comparison) or \
                _part_of_votes(claim, race, record):
            out[i] = replace(comparison, status="unverifiable", reason="another_moment")
        elif claim.kind == "share" and (race, race.area_of(claim.region_code)) in rivals:
            out[i] = replace(comparison, status="unverifiable", reason="rival_claims")
        elif comparison.status != "consistent" and \
                _within_rounding(claim, comparison, consistent):
            out[i] = replace(comparison, status="consistent")
    return tuple(out)
