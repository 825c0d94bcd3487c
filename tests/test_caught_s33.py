"""Errors caught (caught-s33): real errors the page's own figures prove, with the record saying
which figure is the wrong one. Short pages in our own words holding the real figures of the dev
pages named; each shape with its negative control (the accurate figure of the same shape stays
consistent or held, never flagged).

1. Two shares of one count that add to no hundred closer than a point, where no rounding
   reaches (share_sum.py, fine): "60,75%" beside "39,27%" (100,02); and a share the page's own
   shares prove wrong keeps that grade through the interim hold ("Hasil Sementara": the figure
   is wrong at any moment of the count, pipeline._sums_over_moments).
2. A count beyond its own share of every vote the race there could have (share_bound.py):
   "11,02 persen atau sekitar 29 ribu suara" where the record's nearly complete reading holds
   183 thousand valid votes and another pair's count and share on the page give 181 thousand.
3. A polling station's count written without "suara" right after the pair before's count with
   it ("Anies-Muhaimin 67 suara, Prabowo-Gibran 447, dan ..."): read, so the page's own
   correction ("147 suara, bukan 447") reports it refuted (shared_unit.small_after_unit).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

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


# news-riauantara-pilbup-rohil-inhu-sirekap: Sirekap's count of the regent races of Indragiri
# Hulu (the record's reading at 97.54 % of TPS: Raja Haryono-Elda Suhanura, nomor 1, 20.193 and
# 11,01 %; Ade Agus Hartanto-Hendrizal, nomor 2, 108.631 and 59,21 %; Rezita Meylani-Suhardi,
# nomor 3, 29,78 %) and Rokan Hilir (97.30 %: Afrizal Sintong-Setiawan, nomor 1, 42,33 %;
# Bistamam-Jhony Charles, nomor 2, 57,67 %).
INHU = ("<p>Penghitungan suara Pilkada Indragiri Hulu masih berjalan menurut Sirekap KPU, Rabu "
        "(27/11/2024).</p><p>Petahana Rezita Meylani-Suhardi tertinggal dengan {rezita} persen "
        "suara. Ade Agus Hartanto-Hendrizal memimpin dengan 59,20 persen suara atau {ade} suara."
        "</p><p>Raja Haryono-Elda Suhanura berada di urutan ketiga dengan 11,02 persen suara "
        "atau {raja} suara.</p>")
ROHIL = ("<p>Di Kabupaten Rokan Hilir, menurut Sirekap KPU, Bistamam-Jhony Charles meraih 57,69 "
         "persen atau 164.810 suara, sementara Afrizal Sintong-Setiawan meraih 42,31 persen atau "
         "{afrizal} suara.</p>")
SIREKAP_TITLE = "Dua Petahana di Riau Tertinggal Menurut Sirekap"


def _riau(body: str, ctx, title: str = SIREKAP_TITLE) -> dict:
    report = check_article(title, body, ctx=ctx)
    return {claim.value: comp for claim, comp in every_claim(report) if comp is not None}


def inhu(ctx, raja: str, ade: str = "107.237", rezita: str = "29,78", title=SIREKAP_TITLE):
    return _riau(INHU.format(raja=raja, ade=ade, rezita=rezita), ctx, title)


def test_a_rounded_count_far_beyond_its_share_of_the_whole_race_is_wrong(shipped_context):
    found = inhu(shipped_context, "sekitar 29 ribu")
    assert found[D("29000")].status == "discrepant"
    assert found[D("29000")].reason == "beyond_share"
    assert found[D("29000")].official_value == 19962  # 11,02 % of 107.237 / 59,20 %
    assert _flagged(found) == {D("29000")}


def test_an_exact_count_beyond_its_share_in_another_race(shipped_context):
    found = _riau(ROHIL.format(afrizal="220.854"), shipped_context)
    assert found[D("220854")].status == "discrepant"
    assert found[D("220854")].reason == "beyond_share"
    assert _flagged(found) == {D("220854")}


def test_the_accurate_counts_of_the_same_shape_are_not_blamed(shipped_context):
    for value, found in ((D("20000"), inhu(shipped_context, "sekitar 20 ribu")),
                         (D("19962"), inhu(shipped_context, "19.962")),
                         (D("120854"), _riau(ROHIL.format(afrizal="120.854"), shipped_context))):
        assert value in found
        assert not [c for c in found.values() if c.reason == "beyond_share"]
        assert not _flagged(found)


def test_a_count_off_but_within_the_races_whole_is_left_to_the_record(shipped_context):
    # 22 thousand for 19.962 is a tenth high, but 11,03 % of the most votes the race could
    # have (183.462 at 97.54 % of TPS, scaled, with room) is 23.900: no proof by the bound.
    found = inhu(shipped_context, "sekitar 22 ribu")
    assert D("22000") in found
    assert found[D("22000")].reason != "beyond_share"


def test_shares_that_do_not_add_up_leave_the_count_alone(shipped_context):
    # 25,78 for 29,78: the shares then give no proof the third pair's share is not the slip.
    found = inhu(shipped_context, "sekitar 29 ribu", rezita="25,78")
    assert D("29000") in found
    assert found[D("29000")].reason != "beyond_share"


def test_other_counts_of_a_larger_area_leave_the_count_alone(shipped_context):
    # 1.107.237 beside 59,20 %: the page's counts are not of this regency's size.
    found = inhu(shipped_context, "sekitar 290 ribu", ade="1.107.237")
    assert D("290000") in found
    assert not [c for c in found.values() if c.reason == "beyond_share"]


def test_a_quick_counts_figures_are_not_blamed(shipped_context):
    body = INHU.format(raja="sekitar 29 ribu", ade="107.237", rezita="29,78").replace(
        "menurut Sirekap KPU", "menurut hitung cepat lembaga survei")
    found = _riau(body, shipped_context, title="Quick Count Pilkada Indragiri Hulu")
    assert D("29000") in found
    assert not [c for c in found.values() if c.reason == "beyond_share"]


# news-alkhairaat-sirekap-sulteng-tps-rancu: Sirekap's misreadings at Sulteng polling stations,
# each set right by the page beside the scanned C1 form.
TPS = ("<p>PALU - Laman hitung suara KPU menampilkan angka janggal di beberapa TPS di Sulawesi "
       "Tengah pada Rabu sore.</p><p>Di TPS 4 Desa Ampibabo, Kecamatan Ampibabo: {line}. "
       "{fix}</p>")


def _tps(line: str, fix: str, ctx) -> dict:
    report = check_article("Angka Sirekap Pilpres di Sulteng Janggal", TPS.format(line=line,
                                                                                  fix=fix), ctx=ctx)
    return {claim.value: comp for claim, comp in every_claim(report)}


def _refuted(found: dict) -> set:
    return {v for v, c in found.items() if c is not None and c.reason == "hoax_refuted"}


@pytest.mark.parametrize("line, fix, wrong", [
    ("Anies-Muhaimin 67 suara, Prabowo-Gibran 447, dan Ganjar-Mahfud 4",
     "Yang benar, Prabowo-Gibran mendapat 147 suara, bukan 447.", 447),
    ("Prabowo-Gibran 120 suara, Anies-Muhaimin 631, dan Ganjar-Mahfud 9",
     "Padahal menurut C1 yang dipindai, Anies-Muhaimin sebenarnya mendapat 131 suara.", 631),
    ("Ganjar-Mahfud 12 suara, Prabowo-Gibran 805.",
     "Menurut formulir C1, Prabowo-Gibran mendapat 85 suara, bukan 805.", 805),
])
def test_a_stations_count_after_the_pair_befores_unit_is_read_and_refuted(line, fix, wrong,
                                                                          shipped_context):
    found = _tps(line, fix, shipped_context)
    assert wrong in found and _refuted(found) == {wrong}, found


@pytest.mark.parametrize("line", [
    "Paslon 1 mendapat 136 suara, paslon 2 106 suara",     # a ballot number, not a count
    "Anies-Muhaimin 67 suara, Prabowo-Gibran 02 tercatat paling tinggi",  # not the item's end
    "Anies-Muhaimin 67 suara; Prabowo-Gibran 447",         # no comma: another clause
])
def test_a_small_number_that_is_no_count_after_a_unit_is_not_read(line, shipped_context):
    found = _tps(line, "", shipped_context)
    assert not {2, 447} & set(found), found


def test_without_a_correction_the_read_count_is_not_flagged(shipped_context):
    # Read, the station's count is one the record does not hold: never graded.
    found = _tps("Anies-Muhaimin 67 suara, Prabowo-Gibran 147, dan Ganjar-Mahfud 4", "",
                 shipped_context)
    assert 147 in found
    assert found[147] is None or found[147].status not in FLAGS
    assert not _refuted(found)
