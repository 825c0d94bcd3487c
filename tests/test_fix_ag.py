"""Corpus-ag's dev pages (results by area): the shapes of Indonesian election prose behind
their wrong or missed figures, each a short page in our own words with the real figures of the
dev page named beside it (tests/corpus/findings/corpus-ag.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> list:
    """[(claim, comparison or None)] of the page's claims, in the page's order."""
    return every_claim(check_article(title, body, url, ctx))


def one(found: list, value):
    hits = [pair for pair in found if pair[0].value == value]
    assert len(hits) == 1, (value, found)
    return hits[0]


def unflagged(comparison) -> bool:
    return comparison is None or comparison.status not in FLAGS


# ---- 1. A running list written "N suara di X": each figure is the area's named right after it,
# never the one before it (blog-suarakita-pilgub-bali-kabkota-tempo: Bangli's count went to
# Klungkung, Karangasem's to Bangli, Buleleng's to Karangasem).
BALI_TITLE = "KPU Bali Tetapkan Hasil Rekapitulasi Pilgub Bali 2024"
BALI_LEAD = ("<p>Denpasar - KPU Provinsi Bali menetapkan hasil rekapitulasi Pilgub Bali 2024. "
             "Pasangan nomor urut 1, Made Muliawan Arya-Putu Agus Suradnyana (Mulia-PAS), "
             "dan pasangan nomor urut 2, Wayan Koster-Nyoman Giri Prasta (Koster-Giri).</p>")
MULIA = ((73468, "5101"), (48841, "5105"), (37298, "5106"), (125986, "5107"),
         (153444, "5108"))


@pytest.mark.parametrize("run", [
    "Dari hasil itu, pasangan Mulia-PAS meraih 73.468 suara di Jembrana, 100.350 di Tabanan, "
    "111.062 di Badung, 90.362 di Gianyar, 48.841 suara di Klungkung, 37.298 suara di Bangli, "
    "125.986 suara di Karangasem, 153.444 suara di Buleleng.",
    "Mulia-PAS mengantongi 73.468 suara di Kabupaten Jembrana, 48.841 suara di Kabupaten "
    "Klungkung, 37.298 suara di Kabupaten Bangli, 125.986 suara di Kabupaten Karangasem dan "
    "153.444 suara di Kabupaten Buleleng.",
    "Adapun Mulia-PAS memperoleh 73.468 suara di Jembrana; 48.841 suara di Klungkung; 37.298 "
    "suara di Bangli; 125.986 suara di Karangasem; serta 153.444 suara di Buleleng.",
])
def test_a_list_written_figure_then_area_gives_each_figure_the_area_after_it(
        shipped_context, run):
    found = read(shipped_context, BALI_TITLE, BALI_LEAD + f"<p>{run}</p>")
    for value, code in MULIA:
        claim, comparison = one(found, value)
        assert (claim.region_code, claim.nomor_urut) == (code, 1), (value, claim)
        assert unflagged(comparison), (value, comparison)


def test_the_run_s_items_without_suara_are_read_after_one_with_it(shipped_context):
    run = ("Pasangan Koster-Giri meraih 97.402 suara di Jembrana, 204.031 di Tabanan, 204.186 di "
           "Badung, 223.469 di Gianyar, 71.044 suara di Klungkung.")
    found = read(shipped_context, BALI_TITLE, BALI_LEAD + f"<p>{run}</p>")
    for value, code in ((97402, "5101"), (204031, "5102"), (204186, "5103"), (223469, "5104"),
                        (71044, "5105")):
        claim, comparison = one(found, value)
        assert (claim.region_code, claim.nomor_urut) == (code, 2), (value, claim)
        assert unflagged(comparison), (value, comparison)


def test_a_run_without_suara_anywhere_is_not_read_as_votes(shipped_context):
    # no item says its figures are votes: a run of bare numbers stays unread
    run = "Jumlah pemilih tercatat 245.110 di Jembrana, 361.120 di Tabanan dan 450.231 di Badung."
    found = read(shipped_context, BALI_TITLE, BALI_LEAD + f"<p>{run}</p>")
    assert not [c for c, _ in found if c.value in (361120, 450231) and c.kind == "votes"], found


@pytest.mark.parametrize("run", [
    # the other orientation keeps its reading: each figure is the area's before it
    "Suara Mulia-PAS tersebar di Kabupaten Jembrana 73.468 suara, Klungkung 48.841 suara, "
    "Bangli 37.298 suara, Karangasem 125.986 suara dan Buleleng 153.444 suara.",
    "Suara Mulia-PAS tersebar di Jembrana 73.468 suara, di Klungkung 48.841 suara, di Bangli "
    "37.298 suara, di Karangasem 125.986 suara, dan di Buleleng 153.444 suara.",
    "Mulia-PAS meraih suara di Jembrana: 73.468 suara, Klungkung: 48.841 suara, Bangli: 37.298 "
    "suara, Karangasem: 125.986 suara, dan Buleleng: 153.444 suara.",
])
def test_a_list_written_area_then_figure_keeps_the_area_before(shipped_context, run):
    found = read(shipped_context, BALI_TITLE, BALI_LEAD + f"<p>{run}</p>")
    read_here = 0
    for value, code in MULIA:
        for claim, comparison in (pair for pair in found if pair[0].value == value):
            assert claim.region_code in (code, None), (value, claim)
            assert unflagged(comparison), (value, comparison)
            read_here += claim.region_code == code
    assert read_here >= 2, found  # (a run without "suara" per item is not read yet: corpus-ag 1)


# ---- 2. "2.809.393 juta suara": a count written to the last vote with thousands points and a
# stray magnitude word is read as written, never 2.8 trillion votes (pilpres-antara-2019-sulsel-
# kabupaten-daftar, whose two pairs' counts sum to its valid total 4.926.984).
@pytest.mark.parametrize("text, value, approximate", [
    ("Prabowo-Sandi memperoleh 2.809.393 juta suara", 2809393, False),
    ("Jokowi-Amin meraih 2.117.591 juta suara", 2117591, False),
    ("total 4.926.984 ribu suara sah", 4926984, False),
    # negative controls: a rounded count, a rupiah amount in millions, a count the word may
    # really multiply, are read as before
    ("Prabowo-Sandi memperoleh 2,8 juta suara", 2800000, True),
    ("dana kampanye Rp 2.809.393 juta", 2809393000000, True),
    ("sekitar 120.345 ribu suara", 120345000, True),
])
def test_a_count_written_in_full_is_not_multiplied_by_a_stray_magnitude_word(
        text, value, approximate):
    from checker.figures.numbers import find_numbers

    (number,) = find_numbers(text)
    assert (number.value, number.approximate) == (value, approximate)


def test_the_stray_magnitude_word_page_gives_the_count_as_written(shipped_context):
    body = ("<p>Makassar - KPU Sulawesi Selatan menetapkan hasil rekapitulasi Pilpres 2019. "
            "Pasangan Prabowo-Sandi memperoleh 2.809.393 juta suara, sedangkan Jokowi-Ma'ruf "
            "meraih 2.117.591 suara.</p>")
    found = read(shipped_context, "Prabowo-Sandi Unggul di Sulsel", body)
    assert [c for c, _ in found if c.value == 2809393]
    assert not [c for c, _ in found if c.value > 10 ** 9], found


# ---- 3. A governor pair's public name on a page that also names the regency's own race is the
# governor race's pair (news-noteindonesia-pilgub-ntb-lombok-barat-kecamatan: "Iqbal-Dinda"
# read as a pair of Pilbup Lobar, no ballot number). Lalu Muhamad Iqbal-Indah Dhamayanti Putri
# is "Iqbal-Dinda" across the NTB press (rules/candidates.yaml).
LOBAR_LEAD = ("<p>Lombok Barat - Dalam pleno rekapitulasi tingkat kabupaten untuk pemilihan "
              "Gubernur dan Wakil Gubernur NTB, pasangan Lalu Muhamad Iqbal-Indah Dhamayanti "
              "menang di semua kecamatan di Lombok Barat (Lobar).</p>")


@pytest.mark.parametrize("said", [
    "<p>\"Kami mencatat Iqbal-Dinda memperoleh suara 179.602 atau 47,9 persen suara,\" kata "
    "ketua tim pemenangan.</p><p>KPU Lobar sudah menuntaskan pleno Pilgub NTB dan Pilbup Lobar "
    "di 10 kecamatan.</p>",
    "<p>KPU Lobar menuntaskan pleno Pilbup Lobar dan Pilgub NTB.</p><p>Iqbal-Dinda meraih "
    "179.602 suara atau 47,9 persen.</p>",
])
def test_a_governor_pair_s_public_name_stays_in_the_governor_race(shipped_context, said):
    found = read(shipped_context, "Iqbal-Dinda Menang di Lobar", LOBAR_LEAD + said)
    for value in (179602,):
        claim, comparison = one(found, value)
        assert (claim.race_kind, claim.race_region, claim.nomor_urut) == ("governor", "52", 3), \
            claim
        assert unflagged(comparison), (value, comparison)


def test_a_regent_pair_keeps_its_race_beside_the_governor_pair(shipped_context):
    # negative control: the regent race's pair named by its ballot number stays the regent's
    said = ("<p>Di Pilbup Lobar, pasangan calon bupati nomor urut 2 meraih 150.000 suara.</p>")
    found = read(shipped_context, "Pleno Pilbup Lobar", LOBAR_LEAD + said)
    claim, _ = one(found, 150000)
    assert claim.race_kind != "governor", claim


# ---- 4. A regency's own governor-race counts, on a page about that regency whose lead opens
# "Di Kabupaten X, pasangan ... peraih suara terbanyak pada Pilgub ...", are that regency's part
# of the race, not the province's (news-serambinews-pilgub-aceh-selatan-kecamatan: 71.779 and
# 67.374 given Aceh, 11; truth Aceh Selatan, 1101). Still held: no sentence says where.
ACEH_TITLE = "Hasil Pilgub Aceh 2024 di Aceh Selatan, Mualem-Dek Fad Unggul di 13 Kecamatan"
ACEH_LEAD = ("<p>TAPAKTUAN - Di Kabupaten Aceh Selatan, pasangan calon gubernur nomor urut 2, "
             "Muzakir Manaf (Mualem) dan Fadhlullah (Dek Fad), keluar sebagai peraih suara "
             "terbanyak pada Pilgub Aceh 2024.</p>")
ACEH_FIGURES = ("<p>Muzakir Manaf - Fadhlullah mengumpulkan 71.779 suara atau 51,58 persen.</p>"
                "<p>Adapun pasangan nomor urut 01, Bustami Hamzah - M. Fadhil Rahmi, mendapat "
                "67.374 suara atau 48,42 persen.</p>")


def test_a_regency_page_s_own_counts_are_the_regency_s_part(shipped_context):
    found = read(shipped_context, ACEH_TITLE, ACEH_LEAD + ACEH_FIGURES)
    for value, nomor in ((71779, 2), (67374, 1)):
        claim, comparison = one(found, value)
        assert (claim.race_region, claim.region_code, claim.nomor_urut) == ("11", "1101", nomor)
        assert unflagged(comparison), (value, comparison)


def test_a_province_s_count_on_a_regency_page_stays_the_province_s(shipped_context):
    # negative control: the pair's whole-province count (Mualem-Dek Fad, 1.492.846) is far above
    # its count in any regency: never that regency's part
    figures = "<p>Di tingkat provinsi, Muzakir Manaf - Fadhlullah mengumpulkan 1.492.846 suara.</p>"
    found = read(shipped_context, ACEH_TITLE, ACEH_LEAD + figures)
    claim, comparison = one(found, 1492846)
    assert claim.region_code != "1101", claim
    assert unflagged(comparison), comparison


# ---- 5. The kab/kota where a province's recapitulation sat is no area of its figures
# (blog-suarakita-pilgub-bali-kabkota-tempo: Koster-Giri's 61,46 percent of Bali given Badung,
# 5103, after "rekapitulasi tingkat provinsi di Kabupaten Badung").
SEAT_TITLE = "KPU Tetapkan Koster-Giri Unggul dalam Pilgub Bali 2024"
SEAT_RESULT = ("Ketua KPU Bali mengumumkan hasil akhir: pasangan nomor urut 2, Wayan Koster-Nyoman "
               "Giri Prasta, unggul 61,46 persen atas pasangan nomor urut 1, Made Muliawan "
               "Arya-Putu Agus Suradnyana (Mulia-PAS).")


@pytest.mark.parametrize("seat", [
    "KPU Bali menetapkan hasil Pilgub Bali 2024 sesudah rekapitulasi tingkat provinsi di "
    "Kabupaten Badung pada Ahad, 8 Desember 2024.",
    "Rapat pleno rekapitulasi suara tingkat provinsi yang digelar di Badung menetapkan hasil "
    "Pilgub Bali 2024.",
])
def test_the_seat_of_a_province_s_recapitulation_is_no_area_of_its_figures(
        shipped_context, seat):
    found = read(shipped_context, SEAT_TITLE, f"<p>Jakarta - {seat} {SEAT_RESULT}</p>")
    claim, comparison = one(found, Decimal("61.46"))
    assert (claim.race_region, claim.region_code, claim.nomor_urut) == ("51", "51", 2), claim
    assert unflagged(comparison), comparison


def test_a_regency_s_own_recapitulation_keeps_its_area(shipped_context):
    # negative control: a regency-level stage in Badung is Badung's count
    seat = ("KPU Badung menetapkan hasil Pilgub Bali 2024 di Badung dalam rekapitulasi tingkat "
            "kabupaten di Kabupaten Badung.")
    found = read(shipped_context, SEAT_TITLE, f"<p>Mangupura - {seat} {SEAT_RESULT}</p>")
    claim, comparison = one(found, Decimal("61.46"))
    assert claim.region_code == "5103", claim
    assert unflagged(comparison), comparison
