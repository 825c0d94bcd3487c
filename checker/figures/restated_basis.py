"""A figure of unstated basis that restates one the page gives on a basis of its own takes that
basis (the last hold of the pipeline, after every other has ruled). Pure.

A headline sums the article up before the body says whose count it is: "Lis-Raja Unggul
Sementara 69 Persen" over a body that gives 69,74 as "hasil hitung cepat sementara pukul 17.30
WIB" (blind hunt 7, ulasan.co: graded consistent against Sirekap's 68.92 by luck); "PDIP Pastikan
Kemenangan Berdasarkan Data 82 Persen" over the party's own data entry of 564 of 685 TPS
(terasnias.com: graded discrepant against Sirekap's 62.63). The same race, area, kind and pair
(or none, for a progress), and the same value, or the body's written to fewer decimals (rounded
or cut: "69" and "70" for 69,74): it is that figure, held for the reason the body's is (a quick
count's estimate, a camp's progress or count). A figure the page gives as KPU's count or a
plenary result keeps its grade (the page said what it was), and so does one the body does not
give ("75 Persen" over 69,74). A bare "rekapitulasi" or "rekap" names nobody's count: a figure
typed a plenary result by it alone, no KPU, plenary meeting or decree in its words, is no
stated basis ("Rekapitulasi, ROMER Raih 52,07% Suara" over the team's "rekapitulasi formulir C1
yang dihimpun tim pemenangan ... 52,07%", blind hunt 60: graded discrepant against Bengkulu's
decree)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from checker.models import Claim, Comparison

__all__ = ["hold_restated_bases"]

_GRADED = ("consistent", "minor", "discrepant")
_OWN_BASIS = ("quick_count", "internal_count", "civic_count", "survey")
# Why a figure on a basis of its own is not graded: what it is, or the moment of its count
_BASIS_HOLDS = frozenset({"quick_count_estimate", "quick_count_sample", "campaign_progress",
                          "campaign_quoted", "another_moment", "rival_claims", "civic_count",
                          "own_count", "progress_differs"})
_RECAP = re.compile(r"\brekap", re.I)
# Words that make a recapitulation the election body's: its name, its meeting, its decree
_OFFICIAL = re.compile(r"\b(kpu\w*|kip|ppk|pleno|penetapan|ditetapkan|menetapkan|resmi|"
                       r"keputusan|berita acara)\b", re.I)


def _key(claim: Claim) -> tuple:
    return (claim.election, claim.race_kind, claim.race_region, claim.region_code, claim.kind,
            claim.candidate_id or claim.nomor_urut)


def _restates(short: Decimal | int, full: Decimal | int) -> bool:
    """Is `short` `full`, or `full` written to fewer decimals?"""
    short, full = Decimal(short), Decimal(full)
    if short == full:
        return True
    places = short.as_tuple().exponent
    if not isinstance(places, int) or places <= full.as_tuple().exponent:
        return False
    unit = Decimal(1).scaleb(places)
    return short in (full.quantize(unit, ROUND_HALF_UP), full.quantize(unit, ROUND_DOWN))


def _unstated(claim: Claim) -> bool:
    """Does `claim` state no basis of its own: none at all, or a bare recapitulation word?"""
    if claim.claim_type is None:
        return True
    return claim.claim_type == "plenary" and bool(_RECAP.search(claim.excerpt)) and \
        not _OFFICIAL.search(claim.excerpt)


def hold_restated_bases(claims, comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    """`comparisons` (each naming its claim's index in `claims`) with each graded figure of
    unstated basis that restates a held figure of a stated one held for the same reason."""
    pairs = [(claims[c.claim], c) for c in comparisons]  # (index i of pairs is of comparisons)
    based: dict[tuple, list[tuple[Decimal | int, str]]] = {}
    for claim, comparison in pairs:
        if claim.claim_type in _OWN_BASIS and comparison.status == "unverifiable" and \
                comparison.reason in _BASIS_HOLDS and claim.region_code:
            based.setdefault(_key(claim), []).append((claim.value, comparison.reason))
    if not based:
        return comparisons
    out = list(comparisons)
    for i, (claim, comparison) in enumerate(pairs):
        if not _unstated(claim) or comparison.status not in _GRADED or claim.quoted:
            continue
        reason = next((r for value, r in based.get(_key(claim), ())
                       if _restates(claim.value, value)), None)
        if reason is not None:
            out[i] = replace(comparison, status="unverifiable", reason=reason)
    return tuple(out)
