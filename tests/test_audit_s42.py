"""Audit of every claim's owner on 61 blind pages (session 42, findings/audit-s42.md).

1. A kab/kota KPU's plenary that reports the governor race's count in that kab/kota: the lead
   says whose plenary it is in words own_tier did not read, so the governor figures, in a
   sentence that names the race by its province ("pemilihan Gubernur dan Wakil Gubernur
   Sumbar"), went to the province, held `region_unclear`. Real figures: KPU Kota Padang's
   plenary (5-6 Dec 2024) gave Mahyeldi-Vasko 266.781 votes (83,8 %) and Epyardi-Ekos 51.599
   (16,2 %) in the city; KPU Kabupaten Garut's (5 Dec 2024) gave the four Jabar pairs 205.363 /
   120.166 / 181.436 / 854.948 in the regency.
"""

from __future__ import annotations

from builders import one_status, status_claims

KOTA_PADANG, GARUT = "1371", "3205"
PADANG_TITLE = "Rekapitulasi KPU Padang: Fadly-Maigus Menang di Pilwako"
PADANG_GOV = ("Untuk pemilihan Gubernur dan Wakil Gubernur Sumbar, pasangan Mahyeldi-Vasko "
              "memperoleh 266.781 suara atau 83,8 persen, sedangkan Epyardi Asda-Ekos Albar "
              "51.599 suara atau 16,2 persen.")


def _padang(lead: str) -> list:
    return status_claims(PADANG_TITLE, lead, PADANG_GOV)


def test_a_plenary_said_in_the_passive_names_the_city_s_kpu():
    got = _padang("Menurut hasil rekapitulasi yang dilakukan KPU Padang, Fadly Amran-Maigus "
                  "Nasir menjadi peraih suara terbanyak pemilihan wali kota.")
    for value in ("266781", "83.8", "51599", "16.2"):
        claim, status = one_status(got, value)
        assert claim.region_code == KOTA_PADANG, value
        assert status not in ("discrepant", "minor"), value


def test_the_city_s_kpu_announcing_the_governor_count():
    got = _padang("Usai menetapkan hasil pemilihan wali kota, KPU Kota Padang juga mengumumkan "
                  "hasil perolehan suara Pemilihan Gubernur Sumatera Barat di kota itu.")
    assert one_status(got, "266781")[0].region_code == KOTA_PADANG


def test_a_province_s_kpu_in_the_passive_leaves_the_race_unclear():
    # The same words with the province's KPU: not the city's plenary, nothing is moved.
    got = _padang("Menurut hasil rekapitulasi yang dilakukan KPU Sumatera Barat, Mahyeldi-Vasko "
                  "unggul di Kota Padang.")
    assert one_status(got, "266781")[0].region_code != KOTA_PADANG or \
        one_status(got, "266781")[0].hold is not None


GARUT_TITLE = "KPU Garut Tetapkan Hasil Pemilihan Bupati dan Wakil Bupati 2024"
GARUT_GOV = ("Pada rekapitulasi pemilihan Gubernur dan Wakil Gubernur Jawa Barat, pasangan "
             "nomor urut 01 mendapat 205.363 suara, nomor urut 02 mendapat 120.166 suara, nomor "
             "urut 3 mendapat 181.436 suara dan nomor urut 4 unggul dengan 854.948 suara.")


def test_a_regency_kpu_setting_the_result_with_adverbs_before_the_verb():
    lead = ("Komisi Pemilihan Umum (KPU) Kabupaten Garut secara resmi telah menetapkan hasil "
            "Pemilihan Bupati dan Wakil Bupati Garut tahun 2024 dalam rapat pleno Kamis malam.")
    got = status_claims(GARUT_TITLE, lead, GARUT_GOV)
    for value in ("205363", "120166", "181436", "854948"):
        claim, status = one_status(got, value)
        assert claim.region_code == GARUT, value
        assert status not in ("discrepant", "minor"), value


# 2. A place named before a tally's whole, in the figure's own sentence: the province that the
# regencies are counted in was the nearest place, and the regency's shares went to it. Real
# figures: CPI LSI Denny JA's count for Pilgub Bengkulu 2024 gave Rohidin Mersyah-Meriani
# 55,02 % and Helmi Hasan-Mian 44,98 % in Kabupaten Bengkulu Selatan, the one regency of ten
# Rohidin won (jambiekspres.disway.id).
BENGKULU_SELATAN, BENGKULU = "1701", "17"
BENGKULU_TITLE = "Helmi-Mian Unggul di Pilgub Bengkulu"
ONLY_THERE = ("Hanya di Kabupaten Bengkulu Selatan dari 10 kabupaten kota yang ada di Provinsi "
              "Bengkulu, pasangan nomor urut 2 Rohidin Mersyah-Meriani unggul dengan perolehan "
              "55,02 persen, sementara Helmi Hasan-Mian memperoleh 44,98 persen.")


def test_the_place_before_a_tally_s_whole_owns_the_figures_after_it():
    got = status_claims(BENGKULU_TITLE, ONLY_THERE)
    for value in ("55.02", "44.98"):
        claim, status = one_status(got, value)
        assert claim.region_code == BENGKULU_SELATAN, value
        assert status not in ("discrepant", "minor"), value


def test_a_tally_with_no_place_before_it_keeps_the_whole():
    # "menang di 9 dari 10 kabupaten kota yang ada di Provinsi Bengkulu": no part named, the
    # province stays the nearest place (whatever is done with it, never a regency).
    got = status_claims(BENGKULU_TITLE, "Helmi Hasan-Mian menang di 9 dari 10 kabupaten kota "
                        "yang ada di Provinsi Bengkulu dengan perolehan 55,09 persen.")
    assert one_status(got, "55.09")[0].region_code in (BENGKULU, None)


# 3. A re-vote (PSU) the page only announces: ordered by the MK and given a day, not yet held.
# The page's counts are the round the court ruled on, not the re-vote's, yet every one of them
# was held as the 2025 re-vote's (`other_election`). Real figures: Pilbup Magetan 2024, KPU's
# plenary: Sujatno-Ida Yuhana Ulfa 136.083, Hergunadi-Basuki Babussalam 131.264; the MK ordered
# a PSU at four TPS on 22 March 2025 (jatim.idntimes.com, two pages before that day).
MAGETAN_TITLE = "KPU Magetan Siapkan Pemungutan Suara Ulang di Empat TPS"
MAGETAN_PLAN = ("KPU Kabupaten Magetan menyebut Pemungutan Suara Ulang (PSU) di empat TPS yang "
                "akan digelar pada 22 Maret 2025 dilakukan sesuai putusan Mahkamah Konstitusi.")
MAGETAN_SUIT = ("Gugatan itu diajukan pasangan nomor urut 3, Sujatno-Ida Yuhana Ulfa, yang "
                "memperoleh 136.083 suara, sedangkan pasangan nomor urut 2, Hergunadi-Basuki "
                "Babussalam, memperoleh 131.264 suara.")


def test_an_announced_re_vote_leaves_the_round_s_counts_to_the_round():
    got = status_claims(MAGETAN_TITLE, MAGETAN_PLAN, MAGETAN_SUIT)
    for value in ("136083", "131264"):
        claim, status = one_status(got, value)
        assert claim.election == "pilkada2024", value
        assert status not in ("discrepant", "minor"), value


def test_a_page_that_gives_a_held_re_vote_s_result_keeps_the_re_vote():
    # The same page once the re-vote is held and counted: its counts may be the re-vote's.
    held = "Usai PSU, KPU Magetan menggelar rekapitulasi di tingkat kabupaten."
    got = status_claims(MAGETAN_TITLE, MAGETAN_PLAN, held, MAGETAN_SUIT)
    assert one_status(got, "136083")[0].election == "pilkada2024-psu"
