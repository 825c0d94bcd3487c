"""Errors caught (caught-s33): real errors the page's own figures prove, with the record saying
which figure is the wrong one. Short pages in our own words holding the real figures of the dev
pages named; each shape with its negative control (the accurate figure of the same shape stays
consistent or held, never flagged).

1. Two shares of one count that add to no hundred closer than a point, where no rounding
   reaches (share_sum.py, fine): "60,75%" beside "39,27%" (100,02); and a share the page's own
   shares prove wrong keeps that grade through the interim hold ("Hasil Sementara": the figure
   is wrong at any moment of the count, pipeline._own_total).
"""

from __future__ import annotations

from decimal import Decimal

from builders import check_article, every_claim

D = Decimal
FLAGS = ("minor", "discrepant")

# news-euforia-pilgub-papua-sirekap-kabupaten: the Papua governor race by regency from Sirekap's
# reading of 28 Nov 2024 (BTM-YB, nomor 1; Mari-Yo, nomor 2). The record's shares there:
# Jayapura 59,00/41,00, Kepulauan Yapen 60,73/39,27, Biak Numfor 45,67/54,33, Sarmi 52,90/47,10,
# Keerom 40,57/59,43, Waropen 48,70/51,30.
PAPUA = ("<p>JAYAPURA - Perolehan suara dua pasangan calon gubernur Papua, Benhur Tomi Mano - "
         "Yeremias Bisai (BTM-YB) dan Matius Derek Fakhiri - Aryoko Rumaropen (Mari-Yo), masih "
         "bersaing ketat menurut Sirekap KPU, Kamis (28/11/2024).</p>"
         "<p>Rincian per daerah: Kabupaten Jayapura BTM-YB 59,00%, Mari-Yo 41,00%, "
         "{lines}.</p><p>Angka ini belum hasil akhir; rekapitulasi berjenjang KPU menyusul.</p>")
TITLE = "Hasil Sementara Pilgub Papua: BTM-YB dan Mari-Yo Masih Beda Tipis"


def _found(lines: str, ctx, title: str = TITLE) -> dict:
    report = check_article(title, PAPUA.format(lines=lines), ctx=ctx)
    return {claim.value: comp for claim, comp in every_claim(report) if comp is not None}


def _flagged(found: dict) -> set:
    return {v for v, c in found.items() if c.status in FLAGS}


def test_two_shares_a_hair_over_a_hundred_blame_the_one_the_reading_does_not_hold(
        shipped_context):
    found = _found("Kabupaten Kepulauan Yapen BTM-YB 60,75%, Mari-Yo 39,27%", shipped_context)
    assert found[D("60.75")].status == "minor"
    assert found[D("60.75")].official_value == D("60.73")
    assert _flagged(found) == {D("60.75")}


def test_the_same_shape_in_another_regency_and_the_other_pair(shipped_context):
    found = _found("Kabupaten Keerom BTM-YB 40,57%, Mari-Yo 59,45%, Kabupaten Waropen BTM-YB "
                   "48,70%, Mari-Yo 51,30%", shipped_context)
    assert found[D("59.45")].status == "minor" and found[D("59.45")].official_value == D("59.43")
    assert _flagged(found) == {D("59.45")}


def test_shares_far_from_a_hundred_keep_their_grade_through_the_interim_hold(shipped_context):
    # Sarmi's "41,10%" beside 52,90: the page's own shares leave 47,10 at any moment.
    found = _found("Kabupaten Sarmi BTM-YB 52,90%, Mari-Yo 41,10%", shipped_context)
    assert found[D("41.10")].status == "discrepant"
    assert found[D("41.10")].official_value == D("47.10")
    assert _flagged(found) == {D("41.10")}


def test_accurate_shares_of_the_same_shape_stay_consistent(shipped_context):
    found = _found("Kabupaten Kepulauan Yapen BTM-YB 60,73%, Mari-Yo 39,27%, Kabupaten Biak "
                   "Numfor BTM-YB 45,67%, Mari-Yo 54,33%", shipped_context)
    assert found[D("60.73")].status == "consistent"
    assert not _flagged(found)


def test_a_sum_within_the_shares_rounding_is_no_proof(shipped_context):
    # 60,74 + 39,27 = 100,01: two shares each cut or rounded may reach it; never flagged by the
    # page's own sum (the record's 60,73 is within the consistent band anyway).
    found = _found("Kabupaten Kepulauan Yapen BTM-YB 60,74%, Mari-Yo 39,27%", shipped_context)
    assert D("60.74") in found and not _flagged(found)


def test_one_decimal_shares_rounded_are_no_proof(shipped_context):
    # 60,7 + 39,3 = 100,0 and 52,9 + 47,1: the record's shares rounded to one decimal.
    found = _found("Kabupaten Kepulauan Yapen BTM-YB 60,7%, Mari-Yo 39,3%, Kabupaten Sarmi "
                   "BTM-YB 52,9%, Mari-Yo 47,1%", shipped_context)
    assert D("60.7") in found and not _flagged(found)


def test_when_neither_share_is_the_readings_nothing_is_blamed(shipped_context):
    # 60,80 + 39,22 = 100,02 but both are off the reading: the record cannot say which is the
    # slip (another moment may hold both); no share is singled out by the sum.
    found = _found("Kabupaten Kepulauan Yapen BTM-YB 60,80%, Mari-Yo 39,22%", shipped_context)
    assert D("60.80") in found and D("39.22") in found
    assert not [c for v, c in found.items() if c.reason == "own_sum"]


def test_a_quick_counts_shares_a_hair_over_a_hundred_are_not_blamed(shipped_context):
    found = _found("Kabupaten Kepulauan Yapen BTM-YB 60,75%, Mari-Yo 39,27% menurut hitung "
                   "cepat lembaga survei", shipped_context,
                   title="Quick Count Pilgub Papua: BTM-YB dan Mari-Yo Beda Tipis")
    assert D("60.75") in found
    assert not [c for v, c in found.items() if c.reason == "own_sum"]
