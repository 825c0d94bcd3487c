"""Wrong answers met on corpus-q's dev pages (tests/corpus/findings/corpus-q.md), each the
wording or layout behind it, in our own words with the real figures of those pages."""

from __future__ import annotations

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot
from test_precision import run, statuses

_URL = "https://berita.example/2025/01/16/bupati-terpilih"


# -- a labelled count on the line under its pair, inside an area heading (cause 2) ------------

# North Sumatra's regents elect (Tribun Manado, 16 Jan 2025): one item per regency, the area
# and the pair on one line, "Raihan suara: N" (no unit after the count) on the next.
_ELECTED = (
    "<h1>Bupati terpilih di Sumatera Utara</h1>"
    "<p>Inilah bupati terpilih Pilkada 2024 di Sumatera Utara menurut rekapitulasi KPU "
    "kabupaten.</p><ol>"
    "<li>Kabupaten Batubara: Baharuddin Siagian - Syafrizal<br>Raihan suara: 81.358</li>"
    "<li>Kabupaten Dairi: Vickner Sinaga - Wahyu Daniel Sagala<br>Raihan suara: 49.918</li>"
    "<li>Kabupaten Nias Barat: Eliyunus Waruwu - Sozishkhi Hia<br>Perolehan suara: 20.904</li>"
    "</ol>")


def _votes(body: str, url: str = _URL) -> dict:
    return {c.value: (c.race_region, c.region_code, c.nomor_urut)
            for c in run(body, url) if c.kind == "votes"}


def test_a_labelled_count_under_a_pair_line_is_that_pair_s_in_the_heading_s_area():
    assert _votes(_ELECTED) == {81358: ("1219", "1219", 2), 49918: ("1211", "1211", 5),
                                20904: ("1225", "1225", 1)}


def test_the_heading_s_area_finds_a_pair_spelt_apart_from_the_record():
    # "Aorta Lase" where the record writes AROTA LASE: the pair of Kabupaten Nias's race by its
    # first member (the province alone would not single it out).
    body = _ELECTED.replace("</ol>", "<li>Kabupaten Nias: Ya'atulo Gulo - Aorta Lase<br>"
                                     "Raihan suara: 45.561</li></ol>")
    assert _votes(body)[45561] == ("1204", "1204", 1)


def test_the_pair_line_may_name_the_pair_alone():
    body = ("<h1>Hasil Pilbup Dairi 2024</h1><p>Hasil rekapitulasi KPU Kabupaten Dairi:</p>"
            "<p>Vickner Sinaga - Wahyu Daniel Sagala<br>Raihan suara: 49.918</p>")
    assert _votes(body) == {49918: ("1211", "1211", 5)}


def test_a_label_that_is_not_a_pair_s_count_gives_no_claim():
    # The valid votes of the regency, or its voters: no pair's figure, whatever the line above.
    for label in ("Suara sah", "Jumlah DPT", "Partisipasi pemilih"):
        body = _ELECTED.replace("Raihan suara: 81.358", f"{label}: 81.358")
        assert 81358 not in _votes(body), label


def test_a_count_line_under_words_that_name_no_pair_gives_no_claim():
    body = _ELECTED.replace("Kabupaten Batubara: Baharuddin Siagian - Syafrizal",
                            "Kabupaten Batubara: hasil rekapitulasi kabupaten")
    assert 81358 not in _votes(body)


# -- a regency whose name ends in "Kota", as a list heading (cause 4) -------------------------

# Sumbarkita's C1 tally of six West Sumatra regencies: one heading line per regency, then one
# line per pair. The heading "Limapuluh Kota" (the record's LIMA PULUH KOTA) ends in "Kota".
_SUMBAR = (
    "<h1>Enam bupati petahana di Sumbar diperkirakan kalah pada Pilkada 2024</h1>"
    "<p>Berikut hasil hitung cepat Form C1 yang dihimpun dari beberapa sumber:</p>"
    "<p>Pesisir Selatan<br>Rusma Yul Anwar-Nasta 39,59%<br>Hendrajoni-Risnaldi 60,41%<br>"
    "{heading}<br>Deni Asra-Riko Febrianto 28,19%<br>Safaruddin-Darman Sahladi 28,19%<br>"
    "Safni Sikumbang \u2013 Ahlud Badrito 34,38%<br>"
    "Rizki Kurniawan Nakasri-Ferizal Ridwan 9,23%</p>")


def _shares(body: str) -> list:
    return sorted((str(c.value), c.region_code, c.nomor_urut) for c in run(body, _URL)
                  if c.kind == "share" and c.race_region == "1307")


def test_a_heading_ending_in_kota_is_the_regency_not_a_city_of_the_next_line():
    # "Kota" then a line break then "Deni": no "Kota Deni" (a place the record does not know)
    for heading in ("Limapuluh Kota", "Lima Puluh Kota", "Kabupaten Limapuluh Kota"):
        assert _shares(_SUMBAR.format(heading=heading)) == [
            ("28.19", "1307", 1), ("28.19", "1307", 2), ("34.38", "1307", 3),
            ("9.23", "1307", 4)], heading


def test_a_city_prefix_and_an_unknown_name_on_one_line_are_still_a_place():
    # "Kota Deni" written on one line is a place the record does not know: no area is guessed.
    body = _SUMBAR.format(heading="Kota Deni").replace("Deni Asra-", "Asra-")
    assert not [c for c in run(body, _URL) if c.kind == "share" and c.region_code == "1307"]


# -- a figure of "that regency" on a page about a province (cause 6) -------------------------

# Tempo on PDI-P's internal count in Bali's regencies (27 Nov 2024): Karangasem is named bare,
# then its count's progress is given for "kabupaten itu".
_BALI = (
    "<h1>Koster klaim kader PDIP unggul sementara di 8 wilayah Bali</h1>"
    "<p>Wayan Koster menyebut dirinya unggul sementara di Pilgub Bali.</p>"
    "<p>Koster tidak mau berkecil hati soal Karangasem. Sampai Rabu, data suara yang masuk "
    "dari {words} baru 70 persen.</p>")


def test_the_progress_of_that_regency_is_not_the_province_s():
    found = statuses(_BALI.format(words="kabupaten itu"), _URL)
    assert found[70] == ("unverifiable", "region_unclear")


def test_the_progress_of_the_province_is_still_the_province_s():
    claims = [c for c in run(_BALI.format(words="provinsi itu"), _URL) if c.kind == "progress"]
    assert [(c.race_region, c.hold) for c in claims] == [("51", None)]


def test_all_the_regencies_pointed_back_to_are_the_province():
    # "dari kabupaten/kota tersebut": every kab/kota of the province, whose count is the
    # province's
    for words in ("kabupaten/kota tersebut", "kabupaten/kota itu"):
        claims = [c for c in run(_BALI.format(words=words), _URL) if c.kind == "progress"]
        assert [(c.race_region, c.hold) for c in claims] == [("51", None)], words


# -- an earlier Pilkada's progress in a province (cause 7) -----------------------------------

# Pelitanews on Sirekap in NTB's seven regency and city races of Pilkada 2020 (15 Dec 2020):
# the province named with no race word is no governor race (NTB held none in 2020; the record,
# of 2024, cannot say which races an earlier Pilkada held).
_NTB = (
    "<h1>Ini 7 pemenang Pilkada serentak 2020 di NTB versi Sirekap KPU</h1>"
    "<p>Di Sirekap KPU per Selasa, 15 Desember 2020, foto Salinan C Hasil KWK seluruh Pilkada "
    "di NTB sudah masuk 100 persen.</p>")


def test_an_earlier_pilkada_s_progress_in_a_province_takes_no_governor_race():
    claims = [c for c in run(_NTB, "https://berita.example/2020/12/15/a") if c.kind == "progress"]
    assert [(c.election, c.race_kind) for c in claims] == [("pilkada2020", None)]
    later = _NTB.replace("Pilkada serentak 2020", "Pilkada serentak 2024").replace(
        "Desember 2020", "Desember 2024")
    claims = [c for c in run(later, "https://berita.example/2024/12/15/a") if c.kind == "progress"]
    assert [(c.election, c.race_kind) for c in claims] == [("pilkada2024", "governor")]


# -- a headline's share cut to whole percent (a dev flag) -------------------------------------

# Tribun Medan on Serdang Bedagai's single pair (28 Nov 2024): the headline's "91 persen" is the
# body's 91,61 (Sirekap: 91.62) with its decimals dropped.
_SERGAI = ("<h1>Hasil Pilkada paslon tunggal di Sumut, Darma Wijaya-Adlin raih {share} persen"
           "</h1><p>Di Kabupaten Serdang Bedagai, pasangan calon tunggal Darma Wijaya-Adlin "
           "unggul atas kotak kosong.</p>")
_SERGAI_URL = "https://berita.example/2024/11/28/sergai"


def _checked(body: str, url: str) -> dict:
    """value -> status, as the whole check grades the page (same_reading included)."""
    rep = check_snapshot(snapshot(url, body.encode()), context())
    return {rep.claims[c.claim].value: c.status for c in rep.comparisons}


def _share_status(share: str) -> str:
    found = _checked(_SERGAI.format(share=share), _SERGAI_URL)
    return found[next(v for v in found if str(v) == share.replace(",", "."))]


def test_a_share_with_its_decimals_dropped_is_the_same_figure():
    assert _share_status("91") == "consistent"


def test_a_whole_share_below_the_record_s_whole_unit_is_still_graded():
    assert _share_status("90") in ("minor", "discrepant")
    assert _share_status("89") in ("minor", "discrepant")


def test_a_name_ending_in_kota_then_a_pair_on_one_line_is_still_the_regency():
    # (no comma after the place: "Kota Deni" would again read as an unknown city)
    body = ("<h1>Hasil hitung cepat C1 Pilkada 2024 di Sumbar</h1><p>Di Limapuluh Kota Deni "
            "Asra-Riko Febrianto meraih 28,19 persen.</p>")
    assert _shares(body) == [("28.19", "1307", 1)]
