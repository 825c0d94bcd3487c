"""Issue 10 §2, labels: a page that shows results the claim readers leave aside is no
`no_claims` page. Parties' and legislators' tallies in a list or table (a DPRD dapil's
plenary: the record holds no DPRD race) and an election infobox's `key = value` cells (a wiki
diff of a governor race) are result claims for PAG001; counts of voters, members, ballot
numbers and schedules stay no result. Figures are ours, in our own words (the real Padang
DPRD dapil 1 and Jambi governor figures)."""

from __future__ import annotations

import pytest

from builders import article, check_article, label

URL = "https://kabar-daerah-contoh.com/x"


def _codes(report):
    return {f.code for f in report.findings}


def _items(*lines):
    return "".join(f"<ul><li>{line}</li></ul>" for line in lines)


@pytest.mark.parametrize("title, body", [
    # A city plenary's party tallies of one dapil, then the seat winners with their party.
    ("Peraih Kursi DPRD Padang Dapil 1",
     "<p>KPU Kota Padang menetapkan hasil Pemilu DPRD 2024. Suara sah partai di dapil 1:</p>"
     + _items("PKS: 21.088", "Partai Gerindra: 16.467", "Partai NasDem: 11.184", "PKB; 5.416")),
    ("Caleg Terpilih DPRD Padang Dapil 1",
     "<p>Caleg yang meraih kursi DPRD dari dapil 1 pada Pemilu 2024:</p>"
     + _items("Muharlion (PKS): 7.306", "Manufer Putra Firdaus (Gerindra): 6.305",
              "Rustam Efendi (PAN): 3.003")),
    # Another outlet's wording: ballot numbers, "suara", shares in brackets, a DPR race.
    ("Perolehan Suara Partai Dapil Jatim I",
     "<p>Hasil rekapitulasi Pemilu DPR 2024 di dapil Jawa Timur I:</p>"
     + _items("1. PKB 412.330 suara", "2. Gerindra 398.105 suara (18,2%)",
              "3. PDIP 377.004 suara")),
    # The same tallies as a table without a header row.
    ("Suara Partai DPRD Provinsi",
     "<p>Rekapitulasi Pemilu DPRD provinsi 2024:</p><table><tr><td>PKS</td><td>21.088</td></tr>"
     "<tr><td>Golkar</td><td>8.742</td></tr><tr><td>PPP</td><td>5.118</td></tr></table>"),
])
def test_party_and_legislator_tallies_show_results(title, body):
    report = check_article(title, body, url=URL)
    assert "PAG001" in _codes(report)
    assert report.label == "unofficial"


def test_an_infobox_of_a_governor_race_shows_results():
    # A wiki page's diff keeps the infobox's source: the pairs in key cells, then each pair's
    # count and share (the Jambi 2024 plenary's 698.265 / 38,99 % and 1.092.823 / 61,01 %).
    body = ("<table><tr><td>election_name = Pemilihan umum Gubernur Jambi 2024</td></tr>"
            "<tr><td>candidate1 = Romi Hariyanto</td><td>popular_vote1 = 698.265</td>"
            "<td>percentage1 = 38,99%</td></tr><tr><td>candidate2 = Al Haris</td>"
            "<td>popular_vote2 = 1.092.823</td><td>percentage2 = 61,01%</td></tr></table>"
            "<p>Pemilihan gubernur Jambi digelar 27 November 2024.</p>")
    page = article("Pemilihan umum Gubernur Jambi 2024: Perbedaan antara revisi", body)
    assert label("https://wiki-cermin-contoh.org/w/index.php?diff=cur", page) == "unofficial"


@pytest.mark.parametrize("title, body", [
    # The register's counts: an infobox with only the voters and the turnout.
    ("Pemilihan umum Bupati Contoh 2024",
     "<table><tr><td>registered = 2.695.348</td><td>turnout = 1.967.070 (72,98%)</td></tr></table>"
     "<p>Pilbup digelar 27 November 2024.</p>"),
    # Parties' ballot numbers and their members counted at verification: no votes.
    ("Nomor Urut Partai Pemilu 2024",
     "<p>KPU mengundi nomor urut partai peserta Pemilu 2024:</p>"
     + _items("PKB: 1", "Partai Gerindra: 2", "PKS: 8")),
    ("Verifikasi Anggota Partai Pemilu 2024",
     "<p>KPU memverifikasi keanggotaan partai calon peserta Pemilu 2024:</p>"
     + _items("Partai Gerindra: 1.234.567 anggota", "PKS: 456.789 anggota")),
    # A page of DPT counts per kecamatan, and a schedule.
    ("DPT Pilkada Kota Contoh 2024",
     "<p>KPU menetapkan DPT Pilkada 2024:</p>"
     + _items("Kecamatan Koto Tangah: 123.456", "Kecamatan Kuranji: 98.765")),
    ("Jadwal Pleno Pemilu DPRD 2024",
     "<p>Jadwal rekapitulasi suara Pemilu DPRD 2024:</p>"
     + _items("PPK: 15 Februari 2024", "KPU kota: 3 Maret 2024")),
    # One party's figure in a sentence is no list.
    ("Kampanye Pemilu DPRD 2024",
     "<p>Dalam kampanye Pemilu DPRD 2024 itu hadir pengurus partai.</p>"
     + _items("PKS: 21.088")),
])
def test_counts_that_are_no_tallies_keep_no_claims(title, body):
    report = check_article(title, body, url=URL)
    assert "PAG001" not in _codes(report)
    assert report.label == "no_claims"


def test_tallies_on_a_page_about_no_election_are_no_result():
    # A sports club's members by party-like initials is not an election page.
    body = _items("PKS: 21.088", "PAN: 8.079")
    assert check_article("Donasi Bulan Ini", body, url=URL).label == "no_claims"


@pytest.mark.parametrize("url", [
    "https://www.sonora.id/read/1/x",              # Kompas Gramedia's radio network
    "https://bangka.sonora.id/amp/2/x",            # one of its stations
    "https://nusantaratv.com/news/x",              # Nusantara TV's own news site
    "http://www.antarakalteng.com/berita/3/x",     # an ANTARA bureau's former address
])
def test_network_outlets_with_a_source_are_independent(url):
    assert label(url) == "independent"


@pytest.mark.parametrize("url", [
    "https://sonora.id.berita-contoh.xyz/x",       # a listed name as a subdomain elsewhere
    "https://sonora-id.pages.dev/x",
    "https://wahananews.co/x",                     # no third party says it is established
])
def test_lookalikes_and_unsourced_networks_stay_unofficial(url):
    assert label(url) == "unofficial"


@pytest.mark.parametrize("title", [
    # A report that the plenary is being held names the result it is held on, and gives none
    # (dev page noresult-satuarahnews-kpu-basel-pleno-kabupaten, in our words).
    "KPU Basel Gelar Rapat Pleno Terbuka Hasil Pilkada 2024 Tingkat Kabupaten",
    "KPU Kendal Menggelar Pleno Penetapan Hasil Pilkada 2024",
])
def test_a_plenary_being_held_is_no_result(title):
    body = "<p>Rapat digelar Senin (2/12/2024) di aula KPU dan dihadiri saksi pasangan calon.</p>"
    report = check_article(title, body, url=URL)
    assert "PAG001" not in _codes(report)
    assert report.label == "no_claims"


@pytest.mark.parametrize("title, body", [
    # The plenary's outcome in the headline, no figure: a result.
    ("Pleno Hasil Pilkada Kendal: Dico-Ali Ditetapkan Pemenang",
     "<p>KPU Kendal menetapkan pasangan Dico-Ali sebagai peraih suara terbanyak.</p>"),
    # The meeting, then its figures: a result.
    ("KPU Kendal Gelar Rapat Pleno Hasil Pilkada 2024",
     "<p>Dalam pleno itu paslon 01 meraih 61,2 persen suara dan paslon 02 38,8 persen.</p>"),
])
def test_a_plenary_with_its_outcome_shows_results(title, body):
    report = check_article(title, body, url=URL)
    assert "PAG001" in _codes(report)
    assert report.label == "unofficial"
