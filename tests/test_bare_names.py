"""A bare kab/kota name ("Bukittinggi", no "Kota") before a figure in its sentence: the
figure's area is unclear, never the province's (a false discrepant otherwise: 89,46 persen in
Bukittinggi compared with Sumatera Barat's 77,15). Real shape: a Pilgub Sumbar 2024 report."""

from __future__ import annotations

from decimal import Decimal as D

from test_precision import statuses

SUMBAR = ("<html><head><title>Hasil Pilgub Sumbar 2024: Mahyeldi-Vasko Unggul di Semua Daerah"
          "</title></head><body><article><h1>Hasil Pilgub Sumbar 2024: Mahyeldi-Vasko Unggul"
          "</h1><p>PADANG - Berdasarkan rekapitulasi KPU Sumatera Barat, pasangan "
          "Mahyeldi-Vasko meraih 77,15% suara pada Pilgub Sumbar 2024.</p><p>{sentence}</p>"
          "</article></body></html>")
BARE = ("Menurut Sirekap, Ketua KPU juga menyebut Bukittinggi sebagai daerah dengan suara "
        "tertinggi bagi Mahyeldi-Vasko, yaitu 89,46%.")


def test_a_share_after_a_bare_city_name_is_not_the_province_s():
    found = statuses(SUMBAR.format(sentence=BARE))
    assert found[D("89.46")] == ("unverifiable", "region_unclear")
    assert found[D("77.15")][0] == "consistent"


def test_without_the_name_the_province_s_share_is_still_compared():
    found = statuses(SUMBAR.format(sentence=BARE.replace("menyebut Bukittinggi sebagai",
                                                         "menyebut Sumatera Barat sebagai")))
    assert found[D("89.46")][0] == "discrepant"


def test_the_province_named_after_the_bare_name_keeps_the_province_s_share():
    found = statuses(SUMBAR.format(sentence=BARE.replace(
        "bagi Mahyeldi-Vasko", "di Sumatera Barat bagi Mahyeldi-Vasko")))
    assert found[D("89.46")][0] == "discrepant"
