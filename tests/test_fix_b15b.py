"""Blind measurement 15, second fixer (Pilkada 2024 in Java, Sumatra, Bali and Nusa Tenggara).

- Turnout compared with another election or worked out as a formula is no pair's share:
  "partisipasi ... 79,84 persen, dibandingkan Pileg 2024 sebesar 80 persen" (Kerinci),
  "Partisipasi kehadiran = ... = 170.144 : 247.858 = 68,65%" (Manggarai): the not-share word
  is in the sentence, not in the figure's own clause.
- A regency's governor figure keeps the regency: "Andra-Dimyati 475.441 atau 52,58 persen" at
  KPU Kabupaten Serang's plenary; the count was placed on SERANG, its share on BANTEN.
- "356.052 atau sekitar 39,37 persen": the bare count before "atau sekitar" is a pair's count.
- "terpaut selisih suara 40.774 atau mengumpulkan 65.345 suara" (Jembrana): the margin has
  its own figure, so the count obtained after it is the pair's.
- Nicknames with a public source (rules/candidates.yaml): HARUM and AQUR (Kota Mataram),
  Gus Par-Guru Pandu (Karangasem).

Real figures: Sirekap Kerinci (Monadi-Murison 72.130 / 47,07 %, Darmadi-Darifus 27.658 / 18,05
%), Jembrana (Bang Ipat 106.119 / 61,89 %, Tamba-Dana 65.345 / 38,11 %), Kota Mataram (HARUM
112.946), Karangasem (Gus Par 52,87 %), Kabupaten Serang's plenary of Pilgub Banten."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim


def claims(title: str, body: str) -> list:
    return [(claim, comp) for claim, comp in every_claim(check_article(title, body))]


def with_value(found: list, value) -> list:
    return [(claim, comp) for claim, comp in found if claim.value == value]


KERINCI = ("<p>Ketua KPU Kerinci mengumumkan hasil pleno: paslon nomor urut 03 Monadi-Murison "
           "meraih 72.130 suara atau 47,07 persen. {turnout}</p>")


@pytest.mark.parametrize("turnout", [
    "Untuk partisipasi pemilih Pilkada Kerinci 2024 ini sebesar 79,84 persen untuk pemilihan "
    "Bupati dan Wakil Bupati, dibandingkan Pileg 2024 sebesar 80 persen memang sedikit menurun.",
    "Tingkat partisipasi pemilih 79,84 persen, lebih rendah dibandingkan Pileg 2024 yang "
    "mencapai 80 persen.",
    "Angka partisipasi 79,84 persen, lebih rendah daripada Pileg 2024 yang 80 persen.",
    "Tingkat kehadiran pemilih 79,84 persen, turun ketimbang Pileg 2024 sebesar 80 persen.",
    "Pemilih yang menggunakan hak pilih 79,84 persen, dibanding Pemilu 2024 yang 80 persen.",
])
def test_turnout_set_against_another_election_is_no_pairs_share(turnout):
    found = claims("Hasil Pleno KPU Kerinci", KERINCI.format(turnout=turnout))
    assert not [c for c, _ in found if c.kind == "share" and c.value in (80, Decimal("79.84"))]
    (claim, comp), = with_value(found, Decimal("47.07"))
    assert claim.nomor_urut == 3 and comp.status == "consistent"


@pytest.mark.parametrize("formula", [
    "“Partisipasi kehadiran = Pemilih (DPT + Daftar pemilih pindahan + Daftar pemilih tambahan "
    "dibagi DPT + Daftar pemilih tambahan = 150.000 + 479 + 1096 : 186.000+1096 = 151.575 : "
    "187.096 = 81,02%,” kata Husni.",
    "Tingkat kehadiran (pemilih hadir dibagi DPT) = 151.575 : 187.096 = 81,02 persen.",
])
def test_a_turnout_formula_is_no_pairs_share(formula):
    found = claims("Partisipasi Pilkada Kerinci", KERINCI.format(turnout=formula))
    assert not [c for c, _ in found if c.kind == "share" and c.value == Decimal("81.02")]


def test_a_list_of_name_equals_share_below_a_turnout_line_keeps_its_shares():
    # negative control: "Name = N persen" lines after a not-share line (a quick count's
    # "Margin of error = 1 persen" above the next pollster's list, corpus dev page)
    found = claims("Hasil Pleno KPU Kerinci",
                   "<p>Rincian hasil pleno KPU Kerinci:</p><p>Partisipasi pemilih = 79,84 "
                   "persen<br>Monadi-Murison = 47,07 persen<br>Darmadi-Darifus = 18,05 "
                   "persen</p>")
    for share, nomor in ((Decimal("47.07"), 3), (Decimal("18.05"), 1)):
        (claim, comp), = with_value(found, share)
        assert claim.nomor_urut == nomor and comp.status == "consistent"


def test_a_pairs_share_after_dibandingkan_stays_a_share():
    # negative control: no not-share word in the sentence
    found = claims("Hasil Pleno KPU Kerinci", KERINCI.format(
        turnout="Monadi-Murison unggul 47,07 persen, dibandingkan Darmadi-Darifus sebesar 18 "
                "persen."))
    (claim, comp), = with_value(found, 18)
    assert claim.nomor_urut == 1 and comp.status == "consistent"


def test_a_pairs_share_as_a_formula_stays_a_share():
    found = claims("Hasil Pleno KPU Kerinci",
                   "<p>Ketua KPU Kerinci mengumumkan hasil pleno. Perolehan Darmadi-Darifus = "
                   "27.658 : 153.244 = 18,05%.</p>")
    (claim, comp), = with_value(found, Decimal("18.05"))
    assert claim.nomor_urut == 1 and comp.status == "consistent"


def test_a_pair_that_obtains_after_dibandingkan_keeps_its_share():
    # the participation sentence goes on to a pair that obtains a figure: not turnout
    found = claims("Hasil Pleno KPU Kerinci", KERINCI.format(
        turnout="Partisipasi pemilih naik, dibandingkan itu Darmadi-Darifus meraih 18,05 "
                "persen."))
    (claim, comp), = with_value(found, Decimal("18.05"))
    assert claim.nomor_urut == 1 and comp.status == "consistent"


SERANG = ("<p>Ketua KPU Kabupaten Serang mengatakan pasangan Calon Gubernur dan Wakil Gubernur "
          "Banten nomor urut 2 Andra Soni-Achmad Dimyati Natakusuma unggul atas Airin Rachmi "
          "Diany-Ade Sumardi. “Untuk pemilihan gubernur, pasangan nomor urut 1 Airin-Ade "
          "356.052 {about}39,37 persen. Kemudian nomor urut 2 Andra-Dimyati 475.441 {about}"
          "52,58 persen,” katanya.</p>")


@pytest.mark.parametrize("about", ["atau ", "atau sekitar ", "atau sebesar "])
def test_a_regencys_governor_share_keeps_the_regency_of_its_count(about):
    found = claims("Rekapitulasi Tingkat Kabupaten Serang Selesai", SERANG.format(about=about))
    for count, share in ((356052, Decimal("39.37")), (475441, Decimal("52.58"))):
        (votes, _), = with_value(found, count)
        (claim, comp), = with_value(found, share)
        assert votes.region_code == "3604" and votes.race_kind == "governor"
        assert claim.region_code == "3604" and claim.nomor_urut == votes.nomor_urut
        assert claim.hold is not None and comp.status == "unverifiable"


def test_a_provinces_share_after_its_count_stays_on_the_province():
    # negative control: the province's own count and share (Sirekap Banten) are not moved
    found = claims("Andra-Dimyati Menang Pilgub Banten",
                   "<p>KPU Provinsi Banten menetapkan hasil rekapitulasi Pilgub Banten: Airin-Ade "
                   "meraih 2.451.383 suara atau 42,52 persen.</p>")
    for claim, _ in found:
        assert claim.region_code == "36", claim


JEMBRANA = ("<p>KPU Jembrana menetapkan hasil Pilkada Jembrana. Pasangan nomor urut 02 I Made "
            "Kembang Hartawan-I Gede Ngurah Patriana Krisna (Bang Ipat) menang dengan meraup "
            "106.119 suara (61,89 persen). Sementara paslon 01, I Nengah Tamba-I Made Suardana "
            "(Tamba-Dana) {margin} 65.345 suara (38,11 persen).</p>")


@pytest.mark.parametrize("margin", [
    "terpaut selisih suara 40.774 atau mengumpulkan",
    "terpaut selisih suara sebanyak 40.774, mengumpulkan",
    "tertinggal 40.774 suara dan memperoleh",
])
def test_the_count_obtained_after_a_margin_with_its_own_figure_is_the_pairs(margin):
    found = claims("Bang Ipat Unggul di Jembrana", JEMBRANA.format(margin=margin))
    (claim, comp), = with_value(found, 65345)
    assert claim.nomor_urut == 1 and comp.status == "consistent"
    assert not with_value(found, 40774)


def test_a_margin_with_no_figure_of_its_own_keeps_the_sentence_unread():
    # negative control: "Selisih suara antara X yang meraih ... adalah N" (shared_unit)
    found = claims("Bang Ipat Unggul di Jembrana",
                   "<p>KPU Jembrana menetapkan hasil Pilkada Jembrana. Selisih suara antara "
                   "Bang Ipat yang meraih 106.119 dan Tamba-Dana yang mengumpulkan 65.345 "
                   "adalah 40.774 suara.</p>")
    assert not with_value(found, 40774)


def test_the_mataram_acronyms():
    found = claims("Rekapitulasi KPU Tuntas, HARUM Menang Pilkada Mataram",
                   "<p>KPU Kota Mataram menuntaskan rekapitulasi Pilkada Kota Mataram. Pasangan "
                   "HARUM mendapatkan perolehan suara secara keseluruhan 112.946 suara. "
                   "Sementara pasangan AQUR mendapatkan 86.432 suara.</p>")
    (harum, _), = with_value(found, 112946)
    (aqur, _), = with_value(found, 86432)
    assert (harum.nomor_urut, harum.region_code) == (2, "5271")
    assert (aqur.nomor_urut, aqur.region_code) == (1, "5271")


def test_gus_par_guru_pandu():
    found = claims("Pilkada Karangasem",
                   "<p>KPU Karangasem menuntaskan rekapitulasi. Gus Par-Guru Pandu meraih "
                   "145.344 suara (52,87 persen).</p>")
    (claim, comp), = with_value(found, Decimal("52.87"))
    assert (claim.nomor_urut, claim.region_code) == (3, "5107")
    assert comp.status == "consistent"
