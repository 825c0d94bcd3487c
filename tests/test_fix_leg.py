"""Legislative figures of Pemilu 2024 (DPR, DPRD, DPD): a party's or a caleg's votes, seats and
count progress. The record holds none of these races, so they are never graded; but they must
be attributed right (election pemilu2024, no pair's race, the area the page gives, the party or
caleg as the name), and a Pilpres pair's figures beside them keep their race and grade. Short
pages in our own words with the real figures of the dev pages named beside each case."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import one, page_claims as read

FLAGS = ("minor", "discrepant")


def legislative(pair, region: str | None, name: str | None = None) -> None:
    """A legislative figure: Pemilu 2024's, no pair's race or number, the area given, never
    graded."""
    claim, comparison = pair
    assert (claim.election, claim.race_kind, claim.nomor_urut) == ("pemilu2024", None, None), claim
    assert claim.region_code == region, claim
    assert comparison is None or comparison.status == "unverifiable", comparison
    if name is not None:
        assert claim.candidate_name == name, claim


# ---- 1. A kab/kota's Sirekap count: the DPR party votes after the Pilpres pairs' are the
# kab/kota's, as the pairs' are, though a kecamatan was named paragraphs before and the
# masthead names the province (pilpres-antarajateng-cilacap-sirekap-87-51).
CILACAP = ("<p>ANTARA Jateng</p><p>Ketua KPU Kabupaten Cilacap mengatakan tinggal Kecamatan "
           "Sampang yang belum memulai rekapitulasi.</p>"
           "<p>Data Sirekap pukul 14.00 WIB berasal dari 5.219 TPS atau 87,51 persen dari 5.964 "
           "TPS.</p><p>Untuk pilpres, paslon nomor urut 2 Prabowo Subianto-Gibran Rakabuming Raka "
           "meraih 539.482 suara atau 54,72 persen.</p>")


@pytest.mark.parametrize("dpr", [
    "<p>Untuk DPR RI, data pukul 14.06 WIB dari 4.804 TPS (80,55 persen) menunjukkan PKB "
    "106.881 suara, Gerindra 129.264 suara, PDIP 166.798 suara.</p>",
    "<p>Perolehan sementara Pileg DPR RI dari 4.804 TPS: PKB mendapat 106.881 suara, Gerindra "
    "129.264 suara dan PDIP 166.798 suara.</p>",
])
def test_party_votes_of_a_kabkota_count_are_the_kabkota_and_the_party(shipped_context, dpr):
    found = read(shipped_context, "KPU Cilacap: Satu Kecamatan Belum Rekapitulasi", CILACAP + dpr)
    for value, party in ((106881, "PKB"), (129264, "Gerindra"), (166798, "PDIP")):
        legislative(one(found, value), "3301", party)
    pair, _ = one(found, 539482)  # the Pilpres pair keeps its race and area
    assert (pair.race_kind, pair.region_code, pair.nomor_urut) == ("president", "3301", 2)


def test_the_dpr_count_progress_is_no_pilpres_progress(shipped_context):
    found = read(shipped_context, "KPU Cilacap: Satu Kecamatan Belum Rekapitulasi", CILACAP +
                 "<p>Untuk DPR RI, data dari 4.804 TPS (80,55 persen) menunjukkan PKB 106.881 "
                 "suara.</p>")
    legislative(one(found, Decimal("80.55")), "3301")
    assert one(found, Decimal("87.51"))[0].race_kind == "president"


# ---- 2. Another province, a party named with "Partai" and its verb in words (Takalar, Sulsel:
# pilpres-rakyatsulsel-sidrap-takalar-rekap), and a caleg list after it.
def test_a_regency_party_list_names_each_party(shipped_context):
    found = read(shipped_context, "KPU Sulsel Rampungkan Rekapitulasi 14 Daerah",
                 "<p>Di Kabupaten Takalar, Partai Golkar ditetapkan sebagai peraih suara "
                 "terbanyak dengan 35.892 suara, diikuti NasDem 30.739 suara dan PKS 23.459 "
                 "suara. Selanjutnya PAN 16.559 suara dan PKB 10.115 suara.</p>"
                 "<p>Untuk suara caleg DPR RI, Hamka B Kady dari Golkar meraih suara terbanyak "
                 "dengan 27.404 suara.</p>")
    for value, party in ((35892, "Partai Golkar"), (30739, "NasDem"), (23459, "PKS"),
                         (16559, "PAN"), (10115, "PKB")):
        legislative(one(found, value), "7305", party)
    legislative(one(found, 27404), "7305", "Hamka B Kady")  # the caleg, not his party


# ---- 3. A national quick count of the Pileg: the parties' shares are the country's, and the
# count's progress is the Pileg's, not the Pilpres' named paragraphs before
# (qc-detikinet-pilpres-pileg-poltracking).
def test_national_pileg_quick_count_shares_are_the_parties(shipped_context):
    found = read(shipped_context, "Hasil Quick Count Pilpres dan Pileg 15 Februari 2024",
                 "<p>Menurut Quick Count Poltracking, Prabowo - Gibran memimpin dengan 59,34% "
                 "suara dari 95,83% data yang masuk.</p>"
                 "<p>Di Pileg, PDIP masih unggul menurut quick count beberapa lembaga.</p>"
                 "<p>Menurut Quick Count Charta Politika tingkat nasional dengan 92,3% data "
                 "masuk, PDIP berada di urutan pertama dengan 15,85%. Golkar menyusul di posisi "
                 "kedua dengan 13,65% dan Gerindra dengan 13,57%.</p>")
    for value, party in ((Decimal("15.85"), "PDIP"), (Decimal("13.65"), "Golkar"),
                         (Decimal("13.57"), "Gerindra")):
        legislative(one(found, value), "", party)
    assert one(found, Decimal("92.3"))[0].race_kind is None
    pair, _ = one(found, Decimal("59.34"))
    assert (pair.race_kind, pair.nomor_urut) == ("president", 2)


# ---- 4. DPD vs DPR on one regency's plenary: a senator's votes counted in the regency, the
# DPD race the province's (pilpres-serayunews-cilacap-rekap-dpd-dpr).
def test_dpd_votes_in_a_regency_keep_the_province_race(shipped_context):
    found = read(shipped_context, "Hasil Rekapitulasi Tingkat Kabupaten Cilacap",
                 "<p>KPU Kabupaten Cilacap menuntaskan rekapitulasi Pemilu 2024.</p>"
                 "<p>Untuk DPD, empat perolehan tertinggi adalah Abdul Kholik 223.317 suara dan "
                 "Casytha A Khatmandu 163.091 suara.</p>")
    for value in (223317, 163091):
        claim, _ = one(found, value)
        legislative((claim, None), "3301")
        assert claim.race_region == "33", claim


# ---- 5. Negative control: the Pilpres pairs' plenary in a province's legislative article keeps
# its grade (news-portalmetrotv-malut-pilpres-dpd), and the DPR figures beside it are
# never compared.
def test_pilpres_pairs_beside_dpr_figures_keep_their_grade(shipped_context):
    found = read(shipped_context, "KPU Umumkan Empat Anggota DPD RI Terpilih dari Maluku Utara",
                 "<p>Adapun tiga kursi DPR-RI dari dapil Malut jatuh ke PDIP dengan total 146.937 "
                 "suara, lalu Partai Golkar dengan 128.475 suara.</p>"
                 "<p>Pada Pemilihan Presiden dan Wakil Presiden di Maluku Utara, pasangan nomor 2 "
                 "Prabowo Subianto-Gibran Raka Bumi Raka unggul dengan 60.9 persen, dan "
                 "Ganjar-Mahfud dengan 91.293 suara (12.2 persen).</p>")
    claim, comparison = one(found, 91293)
    assert (claim.race_kind, claim.region_code, claim.nomor_urut) == ("president", "82", 3)
    assert comparison.status == "consistent", comparison
    for value in (146937, 128475):  # Malut is one DPR dapil: its count is the province's
        legislative(one(found, value), "82")
    claim, _ = one(found, Decimal("60.9"))
    assert (claim.race_kind, claim.nomor_urut) == ("president", 2), claim


# ---- 6. "dapil X": a province that is one DPR dapil whole is the area counted; a province of
# several dapils is none of them (the candidate's dapil is one part of it).
def test_a_dapil_named_by_a_province_of_several_dapils_has_no_area(shipped_context):
    found = read(shipped_context, "Hasil Rekapitulasi Tingkat Kabupaten Cilacap",
                 "<p>KPU Kabupaten Cilacap menuntaskan rekapitulasi Pemilu 2024.</p>"
                 "<p>Untuk DPR RI, caleg Gerindra Novita Wijayanti dari dapil Jawa Tengah "
                 "meraih 99.314 suara.</p>")
    legislative(one(found, 99314), None)


# ---- 7. A list of parties, some written "Partai X": an earlier "Partai Garuda" is no backer of
# the next party (news-vivamalang-dprd-kota-malang-kursi-2019), and a count restated as a share
# is the party's too (factcheck-republika-penelusuran-suara-psi-sirekap).
def test_each_party_of_a_dprd_list_owns_its_votes(shipped_context):
    found = read(shipped_context, "Hasil Pemilu 2024: PDI Masih Raja di Kota Malang",
                 "<p>Hasil rekapitulasi KPU Kota Malang untuk DPRD Kota Malang sudah keluar.</p>"
                 "<p>Di urutan bawah ada Partai Gelora dengan 1.480 suara, kemudian PBB 1.040 "
                 "suara, Partai Garuda 946 suara, Partai Hanura 914 suara, dan PKN 904 suara.</p>")
    for value, party in ((1480, "Partai Gelora"), (1040, "PBB"), (946, "Partai Garuda"),
                         (914, "Partai Hanura"), (904, "PKN")):
        legislative(one(found, value), "3573", party)


def test_a_party_count_restated_as_a_share_is_the_party(shipped_context):
    found = read(shipped_context, "Raihan Suara PSI di Sirekap Melonjak",
                 "<p>Republika membandingkan hasil real count Sirekap Pileg DPR RI dari waktu ke "
                 "waktu.</p><p>Pada Senin (26/2/2024) pukul 06.00 WIB, PSI tercatat memperoleh "
                 "2.001.493 suara atau 2,68 persen.</p>")
    for value in (2001493, Decimal("2.68")):
        claim, comparison = one(found, value)
        # (the country's DPR count, as the page's truth has it: a party's count placed nowhere
        # is the country's since acc-ar, houses.house_area)
        legislative((claim, comparison), "", "PSI")
