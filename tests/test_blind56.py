"""Blind hunt 56 (a governor race's or the Pilpres's figures below the province: a KPU
kabupaten's or kota's plenary, a city's mayor race beside the governor race, a kecamatan's, a
desa's or a TPS's count; tests/corpus/findings/hunt.md, "Blind hunt 56"): no flag, two wrong
attributions, both held and both a flag waiting for a record that holds that level's plenary.

A. A count that ends its line took the next line's first word as its unit: "Suara sah:
   417.472" then "Suara tidak sah: 38.077" (a city's rows under its pairs' counts) read as
   "417.472 Suara", and the invalid ballots, their label eaten, went to the last pair named.
B. A paragraph of ballot numbers alone ("Dengan perolehan tersebut pasangan nomor urut 01
   mendapatkan suara 205.363, ...") after a paragraph that names the governor race, on a
   regency's page about its regent race: the regent pairs' counts, not the governor pairs'.

Short pages in our own words with the real figures of KPU Kota Bogor's and KPU Garut's
plenaries (republika, garutintannews) and KPU DKI's of Kota Jakarta Pusat (monitorindonesia)."""

from __future__ import annotations

import pytest

from builders import FLAGS, page_claims
from checker.figures.numbers import find_numbers

JAKPUS = ("<p>Berikut hasil rapat pleno rekapitulasi Pilgub Jakarta 2024 tingkat kota:</p>"
          "<p>Kota Jakarta Pusat</p>"
          "<p>1. Ridwan Kamil-Suswono (152.235 suara)</p>"
          "<p>2. Dharma Pongrekun-Kun Wardana (44.865 suara)</p>"
          "<p>3. Pramono Anung-Rano Karno (220.372 suara)</p>"
          "<p>Suara sah: 417.472</p><p>Suara tidak sah: 38.077</p><p>Total: 455.549</p>")


def _governor_pairs(claims, race: str) -> list:
    return [(claim.value, claim.nomor_urut, claim.race_kind) for claim, _ in claims
            if claim.kind == "votes" and claim.race_kind == race]


def test_a_count_ending_its_line_takes_no_unit_from_the_next_line():
    text = "Suara sah: 417.472\nSuara tidak sah: 38.077"
    first = find_numbers(text)[0]
    assert (first.text, first.unit) == ("417.472", None)
    # control: the unit on the same line is the count's
    same = find_numbers("Suara sah 417.472 suara")[0]
    assert same.unit == "votes"


def test_the_invalid_ballots_under_a_citys_list_are_no_pairs_count(shipped_context):
    claims = page_claims(shipped_context, "Rekapitulasi Pilgub Jakarta per kota", JAKPUS)
    assert not [c for c, _ in claims if int(c.value) == 38077], claims
    # the pairs' own counts stay theirs, and right
    graded = {int(c.value): (cmp.status if cmp else None) for c, cmp in claims}
    assert graded[152235] == graded[44865] == graded[220372] == "consistent", graded
    assert not [cmp for _, cmp in claims if cmp is not None and cmp.status in FLAGS]


BOGOR = ("<p>KPU Kota Bogor mengumumkan hasil rekapitulasi Pilkada 2024: pemilihan Gubernur "
         "Jawa Barat dan pemilihan Wali Kota Bogor.</p>"
         "<p>Untuk Wali Kota Bogor, paslon nomor urut 1 Sendi Fardiansyah-Melli Darsa meraih "
         "48.175 suara, paslon nomor urut 3 Dedie Rachim-Jenal Mutaqin 183.500 suara.</p>"
         "<p>{said}</p>"
         "<p>Dengan perolehan tersebut, paslon nomor urut 1 memperoleh 35.888 suara, paslon "
         "nomor urut 2 memperoleh 37.145 suara, paslon nomor urut 3 memperoleh 147.155 suara, "
         "dan paslon nomor urut 4 memperoleh 278.039 suara.</p>")
GOVERNOR_SAID = ["Sementara untuk pemilihan Gubernur dan Wakil Gubernur Jawa Barat di Kota "
                 "Bogor, rekapitulasi dilanjutkan di tingkat provinsi.",
                 "Adapun hasil Pilgub Jabar di Kota Bogor sebagai berikut."]


@pytest.mark.parametrize("said", GOVERNOR_SAID)
def test_ballot_numbers_after_the_governor_race_named_are_its_pairs(shipped_context, said):
    claims = page_claims(shipped_context, "KPU Tetapkan Dedie-Jenal Pemenang Pilwalkot Bogor",
                         BOGOR.format(said=said))
    governor = _governor_pairs(claims, "governor")
    assert [int(v) for v, _, _ in governor] == [35888, 37145, 147155, 278039], claims
    # the mayor race keeps its own named pairs' counts, and none of the governor's
    mayor = [int(v) for v, _, _ in _governor_pairs(claims, "regent_mayor")]
    assert mayor == [48175, 183500], claims
    assert not [cmp for _, cmp in claims if cmp is not None and cmp.status in FLAGS]


@pytest.mark.parametrize("said", [
    # an office, not the race: the mayor who thanked the voters names no race of the numbers
    "Wali Kota Bogor berterima kasih kepada warga yang datang ke TPS.",
    # both races named: the paragraph does not say which the numbers are of
    "Rekapitulasi Pilgub dan Pilwalkot berjalan lancar."])
def test_an_office_or_two_races_named_before_leave_the_numbers_as_they_were(shipped_context,
                                                                             said):
    claims = page_claims(shipped_context, "KPU Tetapkan Dedie-Jenal Pemenang Pilwalkot Bogor",
                         BOGOR.format(said=said))
    assert not _governor_pairs(claims, "governor"), claims


def test_a_ballot_number_the_named_race_lacks_stays_the_pages_race(shipped_context):
    # Jawa Barat's governor race had four pairs; "paslon nomor urut 5" after it is Bogor's
    # mayor pair 5 (Raendi Rayendra-Eka Maulana, 71.736 at KPU Kota Bogor's plenary)
    body = BOGOR.format(said=GOVERNOR_SAID[0]).replace(
        "dan paslon nomor urut 4 memperoleh 278.039 suara", "dan paslon nomor urut 5 memperoleh "
        "71.736 suara")
    claims = page_claims(shipped_context, "KPU Tetapkan Dedie-Jenal Pemenang Pilwalkot Bogor",
                         body)
    fifth = [c for c, _ in claims if int(c.value) == 71736]
    assert [c.race_kind for c in fifth] != ["governor"], claims


def test_a_regencys_plenary_of_the_governor_race_by_ballot_numbers(shipped_context):
    # KPU Garut, 5 Dec 2024: the regent race (Syakur-Putri 915.780, Helmi-Yudi 465.365), then
    # the governor race in Garut by ballot numbers alone; never Helmi-Yudi's 205.363
    body = ("<p>KPU Kabupaten Garut menetapkan hasil Pemilihan Bupati Garut: pasangan nomor "
            "urut 2 Abdusy Syakur Amin-Putri Karlina meraih 915.780 suara, pasangan nomor urut 1 "
            "Helmi Budiman-Yudi Nugraha Lasminingrat 465.365 suara.</p>"
            "<p>Sementara hasil rekapitulasi pemilihan Gubernur dan Wakil Gubernur tahun 2024 "
            "di Garut mencatat 1.361.913 suara sah.</p>"
            "<p>Dengan perolehan tersebut pasangan nomor urut 01 mendapatkan suara 205.363, "
            "pasangan nomor urut 02 mendapatkan suara 120.166, pasangan nomor urut 3 "
            "mendapatkan suara 181.436, sedangkan pasangan nomor urut 4 unggul dengan suara "
            "854.948.</p>")
    claims = page_claims(shipped_context, "KPU Garut Tetapkan Hasil Pemilihan Bupati 2024", body)
    by_value = {int(c.value): c for c, _ in claims}
    assert by_value[205363].race_kind == by_value[854948].race_kind == "governor", claims
    assert by_value[465365].race_kind == "regent_mayor", claims
    assert not [cmp for _, cmp in claims if cmp is not None and cmp.status in FLAGS]


def test_a_regency_kpus_decree_of_the_governor_race_is_its_part(shipped_context):
    # KPU Tanah Datar, 5 Dec 2024 (relasipublik): a headline too long for the lead, an opening
    # where the regency's KPU "menetapkan hasil" (no "pleno" word), then the governor race
    # named with its province: Tanah Datar's counts, held, never Sumatera Barat's
    title = ("KPU Tetapkan Eka-Fadly Pemenang Pilkada, Saksi Richi-Donny Tidak Tanda Tangani "
             "Berita Acara")
    body = ("<p>Komisi Pemilihan Umum (KPU) Kabupaten Tanah Datar menetapkan hasil perolehan "
            "suara Pasangan Calon Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati Tanah "
            "Datar pada Pilkada 2024.</p>"
            "<p>Hasil pemilihan Gubernur dan Wakil Gubernur Sumatera Barat tahun 2024 untuk "
            "paslon nomor urut 1 Mahyeldi-Vasco sebanyak 122.214 suara dan paslon nomor urut 2 "
            "Epyardi-Ekos sebanyak 39.594 suara.</p>")
    claims = page_claims(shipped_context, title, body)
    governor = [c for c, _ in claims if c.race_kind == "governor"]
    assert sorted(int(c.value) for c in governor) == [39594, 122214], claims
    assert all(c.region_code == "1304" and c.hold for c in governor), claims


def test_a_total_with_the_races_name_is_no_pairs_count(shipped_context):
    # KPU Kabupaten Solok (klikpositif): "Epyardi Asda-Ekos Albar hanya meraih 41.982 suara atau
    # 25,53% Total suara sah Pilgub sebanyak 164.432" (no full stop before "Total")
    body = ("<p>KPU Kabupaten Solok menggelar rapat pleno rekapitulasi.</p><p>Pada pemilihan "
            "Gubernur dan Wakil Gubernur Sumbar, pasangan calon nomor urut 02 Epyardi Asda-Ekos "
            "Albar hanya meraih 41.982 suara atau 25,53% Total suara sah Pilgub sebanyak "
            "164.432.</p>")
    claims = page_claims(shipped_context, "KPU Kabupaten Solok Tetapkan Perolehan Suara", body)
    assert not [c for c, _ in claims if int(c.value) == 164432], claims
    assert [int(c.value) for c, _ in claims if c.kind == "votes"] == [41982], claims


def test_a_race_named_in_another_articles_headline_is_not_the_one_named(shipped_context):
    # KPU Sulteng's plenary (deadlinews, a dev page) with a "Baca Juga:" headline set inside
    # the paragraph before the ballot numbers (the stressed benchmark's inline_baca): the
    # headline's race is another article's, the numbers stay the governor race's
    body = ("<p>Rapat pleno rekapitulasi Pilgub Sulawesi Tengah 2024 digelar di aula KPU "
            "Sulteng.</p>"
            "<p>Di Kabupaten Parigi Moutong, paslon nomor urut 1, Ahmad Ali - Abdul Karim "
            "Aljufri, memperoleh 86.906 suara. <strong>Baca Juga: <a href=\"/berita/9\">Hasil "
            "Pilbup Banggai Laut 2024: Paslon Nomor Urut 1 Menang</a></strong> Paslon nomor urut "
            "2, Anwar Hafid - Reny Lamadjido, unggul dengan 110.983 suara.</p>"
            "<p>Untuk Kabupaten Banggai Laut, rekapitulasi mencatat paslon nomor urut 1 meraih "
            "17.716 suara, paslon nomor urut 2 memperoleh 19.809 suara.</p>")
    claims = page_claims(shipped_context, "Rekapitulasi Pilgub Sulteng 2024", body)
    banggai = [c for c, _ in claims if int(c.value) in (17716, 19809)]
    assert [c.race_kind for c in banggai] == ["governor", "governor"], claims
