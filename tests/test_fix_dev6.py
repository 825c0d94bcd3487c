"""General shapes behind the dev pages' remaining wrong and missed figures, each a short page in
our own words with the real figures of the dev pages named beside it.

1. A pair's kecamatan list that drops the word "Kecamatan" once under way ("... di Kecamatan
   Pujut 39.368 suara, lalu Kecamatan Praya dengan 34.765 suara, Praya Barat 25.411 suara"):
   news-koranmandalika-pilgub-ntb-lombok-tengah-kecamatan, news-noteindonesia-pilgub-ntb-
   lombok-barat-kecamatan (corpus-ag cause 1); the Buleleng kecamatan of
   blog-pdiperjuanganbali-pilgub-buleleng-kecamatan for the variants in another province."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> list:
    """[(claim, comparison or None)] of the page's claims, in the page's order."""
    return every_claim(check_article(title, body, url, ctx))


def placed(found: list, value) -> list:
    return [(c.region_code, c.nomor_urut) for c, _ in found if c.value == value]


def unflagged(found: list) -> bool:
    return all(cmp is None or cmp.status not in FLAGS for _, cmp in found)


# ---- 1. Kecamatan runs
NTB_TITLE = "Iqbal-Dinda Menang Telak di Lombok Tengah"
NTB_LEAD = ("<p>Praya - Pasangan calon gubernur NTB nomor urut 3, Lalu Muhamad Iqbal-Indah "
            "Dhamayanti Putri (Iqbal-Dinda), unggul di Kabupaten Lombok Tengah pada Pilgub NTB "
            "2024.</p>")
LOTENG = ((39368, "520204"), (34765, "520201"), (25411, "520205"), (21964, "520210"),
          (23863, "520202"), (18798, "520206"), (12410, "520212"))


@pytest.mark.parametrize("run", [
    # the dev page's shape: "Kecamatan" on the first items, then bare names, into a quote
    "Menurut tim, kemenangan terbesar Iqbal-Dinda ada di Kecamatan Pujut 39.368 suara, lalu "
    "Kecamatan Praya dengan 34.765 suara, Praya Barat 25.411 suara. \"Praya Tengah 21.964, "
    "Jonggat 23.863, Praya Timur 18.798 dan Batukliang Utara 12.410,\" katanya.",
    # the quote in a paragraph of its own, opening at the next item
    "Menurut tim, kemenangan terbesar Iqbal-Dinda ada di Kecamatan Pujut 39.368 suara, lalu "
    "Kecamatan Praya dengan 34.765 suara, Praya Barat 25.411 suara.</p><p>\"Praya Tengah "
    "21.964, Jonggat 23.863, Praya Timur 18.798 dan Batukliang Utara 12.410,\" katanya.",
    # another outlet: a colon per item and semicolons between them
    "Perolehan Iqbal-Dinda per kecamatan: Kecamatan Pujut: 39.368 suara; Praya: 34.765 suara; "
    "Praya Barat: 25.411 suara; Praya Tengah: 21.964 suara; Jonggat: 23.863 suara; Praya Timur: "
    "18.798 suara; dan Batukliang Utara: 12.410 suara.",
    # "sebanyak" per item, "disusul" and "kemudian" between
    "Iqbal-Dinda meraih suara terbanyak di Kecamatan Pujut sebanyak 39.368 suara, disusul Praya "
    "sebanyak 34.765 suara, Praya Barat sebanyak 25.411 suara, kemudian Praya Tengah 21.964 "
    "suara, Jonggat 23.863 suara, Praya Timur 18.798 suara, dan Batukliang Utara 12.410 suara.",
])
def test_a_kecamatan_run_gives_each_bare_name_its_kecamatan(shipped_context, run):
    found = read(shipped_context, NTB_TITLE, NTB_LEAD + f"<p>{run}</p>")
    for value, code in LOTENG:
        assert placed(found, value) == [(code, 3)], (value, found)
    assert unflagged(found), found


def test_a_run_whose_first_item_has_its_kecamatan_after_the_figure(shipped_context):
    # news-noteindonesia-pilgub-ntb-lombok-barat-kecamatan: "24.806 di Gunungsari", then the
    # other kecamatan before their figures
    body = ("<p>Mataram - Pasangan nomor urut 3 Pilgub NTB, Lalu Muhamad Iqbal-Indah Dhamayanti "
            "Putri (Iqbal-Dinda), menang di Kabupaten Lombok Barat.</p><p>Dari pleno kecamatan, "
            "Iqbal-Dinda mendapat suara 24.806 di Gunungsari, Labuapi 15.926, Kuripan 12.402, "
            "Narmada 26.365, Gerung 21.836, Kediri 16.426 suara.</p>")
    found = read(shipped_context, "Iqbal-Dinda Unggul di Lombok Barat", body)
    for value, code in ((24806, "520109"), (15926, "520108"), (12402, "520115"),
                        (26365, "520103"), (21836, "520101"), (16426, "520102")):
        assert placed(found, value) == [(code, 3)], (value, found)
    assert unflagged(found), found


BALI_TITLE = "Koster-Giri Menang di Buleleng"
BALI_LEAD = ("<p>Singaraja - Pasangan nomor urut 2 Pilgub Bali, Wayan Koster-Nyoman Giri Prasta "
             "(Koster-Giri), dan pasangan nomor urut 1, Made Muliawan Arya-Putu Agus Suradnyana "
             "(Mulia-PAS), bersaing di Kabupaten Buleleng.</p>")


@pytest.mark.parametrize("run, nomor, expected", [
    # another province, another pair: bare names after the first
    ("Koster-Giri unggul di Kecamatan Kubutambahan 18.321 suara, Tejakula 24.980 suara, Banjar "
     "23.139 suara dan Gerokgak 28.569 suara.", 2,
     ((18321, "510808"), (24980, "510809"), (23139, "510804"), (28569, "510801"))),
    # the other pair, the first item opening the sentence
    ("Di Kecamatan Banjar, Mulia-PAS meraih 19.180 suara, Gerokgak 19.487 suara, Sawan 14.254 "
     "suara, Seririt 18.832 suara.", 1,
     ((19180, "510804"), (19487, "510801"), (14254, "510807"), (18832, "510802"))),
])
def test_the_same_run_in_another_province(shipped_context, run, nomor, expected):
    found = read(shipped_context, BALI_TITLE, BALI_LEAD + f"<p>{run}</p>")
    for value, code in expected:
        assert placed(found, value) == [(code, nomor)], (value, found)
    assert unflagged(found), found


def test_a_name_no_kecamatan_of_the_kab_is_no_item(shipped_context):
    # negative control: a name the record holds no kecamatan of in that kab/kota is never
    # placed at a kecamatan (the items before it keep theirs)
    run = ("Iqbal-Dinda unggul di Kecamatan Pujut 39.368 suara, Jonggat 23.863 suara, Sukamulya "
           "4.210.")
    found = read(shipped_context, NTB_TITLE, NTB_LEAD + f"<p>{run}</p>")
    assert placed(found, 39368) == [("520204", 3)], found
    assert placed(found, 23863) == [("520202", 3)], found
    assert all(code is None or len(code) != 6 for code, _ in placed(found, 4210)), found
    assert unflagged(found), found


def test_a_kabkota_after_the_kecamatan_items_is_never_one_of_them(shipped_context):
    # negative control: another kab/kota's count closing the run keeps no kecamatan's code
    run = ("Iqbal-Dinda unggul di Kecamatan Pujut 39.368 suara, Jonggat 23.863 suara, dan Lombok "
           "Timur 50.112 suara.")
    found = read(shipped_context, NTB_TITLE, NTB_LEAD + f"<p>{run}</p>")
    assert all(code is None or len(code) != 6 for code, _ in placed(found, 50112)), found
    assert unflagged(found), found


def test_a_tps_before_the_kecamatan_keeps_the_count_below(shipped_context):
    # negative control: a polling station's count written before its kecamatan is no
    # kecamatan's count
    run = "Di TPS 05 Desa Kuta Kecamatan Pujut 312 suara untuk Iqbal-Dinda."
    found = read(shipped_context, NTB_TITLE, NTB_LEAD + f"<p>{run}</p>")
    assert all(code is None for code, _ in placed(found, 312)), found
    assert unflagged(found), found


def test_a_count_too_large_for_the_kecamatan_is_not_placed_there(shipped_context):
    # negative control: a run's item larger than the kecamatan's whole valid votes
    run = "Iqbal-Dinda unggul di Kecamatan Pujut 39.368 suara, Jonggat 238.630 suara."
    found = read(shipped_context, NTB_TITLE, NTB_LEAD + f"<p>{run}</p>")
    assert all(code != "520202" for code, _ in placed(found, 238630)), found
    assert unflagged(found), found


def test_a_negative_control_a_paragraph_two_away_is_no_item(shipped_context):
    # the run ends where a paragraph that gives no item stands between
    body = (NTB_LEAD + "<p>Iqbal-Dinda unggul di Kecamatan Pujut 39.368 suara.</p>"
            "<p>Tim relawan bekerja sejak pagi di semua kecamatan.</p><p>Jonggat 23.863 suara "
            "tercatat sebagai jumlah pemilih tambahan.</p>")
    found = read(shipped_context, NTB_TITLE, body)
    assert all(code != "520202" for code, _ in placed(found, 23863)), found
    assert unflagged(found), found


# ---- 2. A block per kecamatan: its name on a line, then one line per pair ("Pair : N"); the
# last pair's line is followed by the next block's "Kecamatan Y" line, which is no unit of its
# count (news-serambinews-pilgub-aceh-selatan-kecamatan: the second pair's count of every
# block but the last was lost).
ACEH_TITLE = "Hasil Pilgub Aceh di Aceh Selatan per Kecamatan"
ACEH_LEAD = ("<p>Tapaktuan - Berikut perolehan suara pasangan calon gubernur Aceh, Bustami "
             "Hamzah-M. Fadhil Rahmi (nomor urut 1) dan Muzakir Manaf-Fadhlullah (nomor urut 2), "
             "di Kabupaten Aceh Selatan.</p>")
ACEH = ((5460, "110105", 1), (7242, "110105", 2), (6500, "110106", 1), (3934, "110106", 2),
        (4242, "110104", 1), (3623, "110104", 2))


@pytest.mark.parametrize("blocks", [
    # the dev page's shape: one paragraph per line
    "<p>Kecamatan Meukek</p><p>Bustami Hamzah - M. Fadhil Rahmi : 5.460</p>"
    "<p>Muzakir Manaf - Fadhlullah : 7.242</p><p>Kecamatan Samadua</p>"
    "<p>Bustami Hamzah - M. Fadhil Rahmi : 6.500</p><p>Muzakir Manaf - Fadhlullah : 3.934</p>"
    "<p>Kecamatan Labuhanhaji</p><p>Bustami Hamzah - M. Fadhil Rahmi : 4.242</p>"
    "<p>Muzakir Manaf - Fadhlullah : 3.623</p>",
    # another outlet: line breaks in one paragraph, the pairs by their ballot numbers
    "<p>Kecamatan Meukek<br>Paslon 01: 5.460<br>Paslon 02: 7.242<br>"
    "Kecamatan Samadua<br>Paslon 01: 6.500<br>Paslon 02: 3.934<br>"
    "Kecamatan Labuhanhaji<br>Paslon 01: 4.242<br>Paslon 02: 3.623</p>",
    # the pairs' full names, line breaks
    "<p>Kecamatan Meukek<br>Bustami Hamzah - M. Fadhil Rahmi: 5.460<br>Muzakir Manaf - "
    "Fadhlullah: 7.242<br>Kecamatan Samadua<br>Bustami Hamzah - M. Fadhil Rahmi: 6.500<br>"
    "Muzakir Manaf - Fadhlullah: 3.934<br>Kecamatan Labuhanhaji<br>Bustami Hamzah - M. Fadhil "
    "Rahmi: 4.242<br>Muzakir Manaf - Fadhlullah: 3.623</p>",
])
def test_every_pair_line_of_a_kecamatan_block_is_read(shipped_context, blocks):
    found = read(shipped_context, ACEH_TITLE, ACEH_LEAD + blocks)
    for value, code, nomor in ACEH:
        assert placed(found, value) == [(code, nomor)], (value, found)
    assert unflagged(found), found


def test_a_count_of_tps_before_a_kecamatan_line_stays_no_pair_s(shipped_context):
    # negative control: a line's count with no pair named, before the next block's heading,
    # is no pair's votes; a count whose unit word follows on its line keeps that unit
    blocks = ("<p>Jumlah TPS di Aceh Selatan: 1.025</p><p>Kecamatan Meukek</p>"
              "<p>Bustami Hamzah - M. Fadhil Rahmi : 5.460</p><p>Tercatat 1.204 kecamatan dan "
              "desa ikut melapor.</p>")
    found = read(shipped_context, ACEH_TITLE, ACEH_LEAD + blocks)
    assert not placed(found, 1025) and not placed(found, 1204), found
    assert placed(found, 5460) == [("110105", 1)], found


# ---- 3. A kecamatan the page writes as one word where the record spells two ("Batulayar" for
# BATU LAYAR, "Labuhanhaji Barat" for LABUHAN HAJI BARAT, "Karyapenggawa" for KARYA PENGGAWA):
# news-noteindonesia-pilgub-ntb-lombok-barat-kecamatan, news-serambinews-pilgub-aceh-selatan-
# kecamatan, news-radarlambar-pilpres-pesisir-barat-kecamatan.
def test_a_one_word_spelling_of_a_two_word_kecamatan_is_that_kecamatan(shipped_context):
    body = ("<p>Mataram - Pasangan nomor urut 3 Pilgub NTB, Lalu Muhamad Iqbal-Indah Dhamayanti "
            "Putri (Iqbal-Dinda), menang di Kabupaten Lombok Barat.</p><p>Dari pleno kecamatan, "
            "Iqbal-Dinda mendapat suara 24.806 di Gunungsari, Batulayar 14.980, Labuapi 15.926."
            "</p>")
    found = read(shipped_context, "Iqbal-Dinda Unggul di Lombok Barat", body)
    assert placed(found, 14980) == [("520114", 3)], found
    assert placed(found, 15926) == [("520108", 3)], found
    assert unflagged(found), found


def test_a_block_headed_by_a_one_word_spelling(shipped_context):
    blocks = ("<p>Kecamatan Labuhanhaji Barat</p><p>Bustami Hamzah - M. Fadhil Rahmi : 4.415</p>"
              "<p>Muzakir Manaf - Fadhlullah : 5.624</p><p>Kecamatan Labuhanhaji Timur</p>"
              "<p>Bustami Hamzah - M. Fadhil Rahmi : 2.830</p><p>Muzakir Manaf - Fadhlullah : "
              "3.035</p>")
    found = read(shipped_context, ACEH_TITLE, ACEH_LEAD + blocks)
    for value, code, nomor in ((4415, "110112", 1), (5624, "110112", 2), (2830, "110111", 1),
                               (3035, "110111", 2)):
        assert placed(found, value) == [(code, nomor)], (value, found)
    assert unflagged(found), found


def test_a_part_of_a_two_word_kecamatan_is_not_it(shipped_context):
    # negative control: "Batu" is no spelling of BATU LAYAR (nor "Layar")
    body = ("<p>Mataram - Pasangan nomor urut 3 Pilgub NTB, Lalu Muhamad Iqbal-Indah Dhamayanti "
            "Putri (Iqbal-Dinda), menang di Kabupaten Lombok Barat.</p><p>Dari pleno kecamatan, "
            "Iqbal-Dinda mendapat suara 24.806 di Gunungsari, Batu 14.980, Layar 15.926.</p>")
    found = read(shipped_context, "Iqbal-Dinda Unggul di Lombok Barat", body)
    for value in (14980, 15926):
        assert all(code is None or len(code) != 6 for code, _ in placed(found, value)), found
    assert unflagged(found), found


@pytest.mark.parametrize("kab, written, official, same", [
    ("5201", "Batulayar", "BATU LAYAR", True),
    ("1101", "Labuhanhaji Barat", "LABUHAN HAJI BARAT", True),
    ("1771", "Muara Bangkahulu", "MUARA BANGKA HULU", True),
    # a city's name run on with a compass word: only as the record writes it (test_fix_kec)
    ("2172", "Tanjung Pinang Timur", "TANJUNG PINANG TIMUR", True),
    ("2172", "Tanjungpinang Timur", "TANJUNG PINANG TIMUR", False),
    # other letters are no spelling of it
    ("5201", "Batu", "BATU LAYAR", False),
    ("5201", "Batulayar Utara", "BATU LAYAR", False),
])
def test_which_spellings_name_a_kecamatan(shipped_record, kab, written, official, same):
    from checker.figures.joined_names import names_kecamatan
    from checker.figures.region_words import fold
    assert names_kecamatan(shipped_record, kab, official, fold(written)) is same
