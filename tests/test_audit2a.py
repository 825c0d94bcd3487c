"""Audit of every claim's owner on 50 older blind pages (session 42, findings/audit2a.md).

1. A city KPU that has "finished the process of" its recapitulation: the lead reads "KPU kota
   Palembang telah merampungkan proses rekapitulasi perolehan suara Pemilihan Wali Kota ... serta
   Gubernur", and own_tier read the verb only when the plenary or recapitulation followed it at
   once. The governor figures of the city's plenary, in a sentence that names the race by its
   province ("Pemilihan Gubernur dan Wakil Gubernur Sumsel"), went to the province, held
   `region_unclear` (the cause audit-s42 fixed for other verbs, back with one more word). Real
   figures: KPU Kota Palembang's plenary (4-5 Dec 2024) gave Eddy Santana-Riezky 338.576, Herman
   Deru-Cik Ujang 233.044 and Mawardi-Anita 178.208 votes in the city (rmolsumsel.id).
"""

from __future__ import annotations

from builders import one_status, status_claims

KOTA_PALEMBANG = "1671"
PALEMBANG_TITLE = "Hasil Rekapitulasi Suara Pilkada Palembang, Ratu Dewa-Prima Salam Menang"
PALEMBANG_GOV = ("Untuk Pemilihan Gubernur dan Wakil Gubernur Sumsel, pasangan nomor urut 2 Eddy "
                 "Santana Putra-Riezky Aprilia unggul dengan 338.576 suara, disusul Herman "
                 "Deru-Cik Ujang 233.044 suara dan Mawardi Yahya-Anita Noeringhati 178.208 suara.")


def _palembang(lead: str) -> list:
    return status_claims(PALEMBANG_TITLE, lead, PALEMBANG_GOV)


def test_a_city_kpu_that_finished_the_process_of_its_recapitulation():
    got = _palembang("Komisi Pemilihan Umum (KPU) kota Palembang telah merampungkan proses "
                     "rekapitulasi perolehan suara Pemilihan Wali Kota dan Wakil Wali Kota "
                     "Palembang serta Gubernur dan Wakil Gubernur, Rabu malam.")
    for value in ("338576", "233044", "178208"):
        claim, status = one_status(got, value)
        assert claim.region_code == KOTA_PALEMBANG, value
        assert status not in ("discrepant", "minor"), value


def test_the_province_s_kpu_finishing_the_process_moves_nothing():
    # The province's KPU with the same words: its own plenary, not the city's.
    got = _palembang("KPU Provinsi Sumatera Selatan telah merampungkan proses rekapitulasi "
                     "perolehan suara Pemilihan Gubernur dan Wakil Gubernur, Rabu malam.")
    assert one_status(got, "338576")[0].region_code != KOTA_PALEMBANG
