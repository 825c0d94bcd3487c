"""Corpus-ai's dev pages (one page, several areas or several races): the shapes of Indonesian
election prose behind their wrong or missed figures, each a short page in our own words with
the real figures of the dev page named beside it (tests/corpus/findings/corpus-ai.md), then
another outlet's wording, another area or race, and the neighbouring shape that must keep its
reading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> list:
    """[(claim, comparison or None)] of the page's claims, in the page's order."""
    return every_claim(check_article(title, body, url, ctx))


def one(found: list, value, kind: str | None = None):
    hits = [pair for pair in found if pair[0].value == value and kind in (None, pair[0].kind)]
    assert len(hits) == 1, (value, found)
    return hits[0]


# ---- 1. An appositive naming the larger area of the city or regency just named ("Di Ambon,
# ibu kota Provinsi Maluku, ...") describes that city: the figure is the city's, never the
# province's (news-rakyatmaluku-pilpres-maluku-kabupaten: Ambon's 36.00 % for Anies-Muhaimin
# was read as Maluku's; with KPU's count the same shape was graded against the province and
# flagged discrepant).
@pytest.mark.parametrize("title, body, value, area", [
    # the page's own shape, on KPU's count
    ("Hasil Pilpres 2024 di Maluku",
     "<p>Menurut real count KPU, di Ambon, ibu kota Provinsi Maluku, pasangan Anies-Muhaimin "
     "memperoleh 36,00 persen.</p>", Decimal("36.00"), "8171"),
    # another city and province, "ibukota" in one word, no "Provinsi"
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Kendari, ibukota Sulawesi Tenggara, Prabowo-Gibran meraih 40,12 persen suara "
     "menurut real count KPU.</p>", Decimal("40.12"), "7471"),
    # "yang merupakan ibu kota"
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Kota Kendari yang merupakan ibu kota Provinsi Sulawesi Tenggara, Prabowo-Gibran "
     "meraih 40,12 persen suara menurut real count KPU.</p>", Decimal("40.12"), "7471"),
    # a regency: "salah satu kabupaten di", "yang berada di Provinsi"
    ("Hasil Pilpres 2024 di Sumut",
     "<p>Di Langkat, salah satu kabupaten di Sumatera Utara, Prabowo-Gibran meraih 61,20 persen "
     "suara menurut Sirekap KPU.</p>", Decimal("61.20"), "1205"),
    ("Hasil Pilpres 2024 di Sumut",
     "<p>Di Kabupaten Langkat yang berada di Provinsi Sumatera Utara, Prabowo-Gibran meraih "
     "61,20 persen suara menurut Sirekap KPU.</p>", Decimal("61.20"), "1205"),
    # the appositive before the name
    ("Hasil Pilpres 2024 di Maluku",
     "<p>Menurut real count KPU, di ibu kota Provinsi Maluku, Ambon, pasangan Anies-Muhaimin "
     "memperoleh 36,00 persen.</p>", Decimal("36.00"), "8171"),
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di ibukota Sulawesi Tenggara, Kendari, Prabowo-Gibran meraih 40,12 persen suara "
     "menurut real count KPU.</p>", Decimal("40.12"), "7471"),
])
def test_a_figure_after_a_city_and_its_province_as_appositive_is_the_city_s(
        shipped_context, title, body, value, area):
    claim, comparison = one(read(shipped_context, title, body), value, "share")
    assert claim.region_code == area, claim
    assert comparison.status not in FLAGS, comparison


# Another race: the governor pair's share in Ambon on Sirekap (59.11 % at 10:15 on 28 Nov 2024)
# is graded against Ambon's, not Maluku's.
@pytest.mark.parametrize("place", [
    "di Ambon, ibu kota Provinsi Maluku,",
    "di Kota Ambon yang menjadi ibu kota Maluku,",
    "di ibu kota Maluku, Ambon,",
    "di ibu kota Provinsi Maluku, Kota Ambon,",
])
def test_another_race_s_city_figure_is_graded_against_the_city(shipped_context, place):
    body = (f"<p>Menurut Sirekap KPU, {place} pasangan nomor urut 3 Hendrik Lewerissa-Abdullah "
            "Vanath memperoleh 59,11 persen.</p>")
    claim, comparison = one(read(shipped_context, "Hasil Pilgub Maluku 2024", body),
                            Decimal("59.11"), "share")
    assert (claim.race_kind, claim.region_code) == ("governor", "8171"), claim
    assert comparison.status == "consistent", comparison


# The mirror: a province described by its capital ("Provinsi Maluku, yang beribu kota di
# Ambon, ...") keeps the province's figure; and the neighbouring shapes keep theirs: the city
# alone, the province alone, and a list of two areas.
@pytest.mark.parametrize("title, body, value, area", [
    ("Hasil Pilpres 2024 di Maluku",
     "<p>Menurut real count KPU, di Provinsi Maluku, yang beribu kota di Ambon, pasangan "
     "Prabowo-Gibran memperoleh 45,55 persen.</p>", Decimal("45.55"), "81"),
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Kota Kendari, Prabowo-Gibran meraih 40,12 persen suara menurut real count KPU.</p>",
     Decimal("40.12"), "7471"),
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Provinsi Sulawesi Tenggara, Prabowo-Gibran meraih 40,12 persen suara menurut real "
     "count KPU.</p>", Decimal("40.12"), "74"),
])
def test_the_neighbouring_shapes_keep_their_area(shipped_context, title, body, value, area):
    claim, _ = one(read(shipped_context, title, body), value, "share")
    assert claim.region_code == area, claim


# ---- 2. A running list of area-figure items after the pair is named once: every item is the
# pair's, at its own area; the unit and the area level of the first item hold for the bare
# items after it (news-antarasumut-pilpres-langkat-kecamatan: Prabowo-Gibran's counts in
# Langkat's kecamatan on KPU's real count, only Stabat's read; news-rakyatmaluku-pilpres-
# maluku-kabupaten: Prabowo-Gibran's shares in nine regencies of Maluku, none read).
LANGKAT_TITLE = "Kabupaten Langkat Sumbang Suara Terbanyak untuk Prabowo-Gibran"
LANGKAT_OPENING = ("<p>Menurut real count KPU, Kabupaten Langkat, Sumatera Utara, menjadi "
                   "penyumbang suara terbanyak bagi Prabowo-Gibran di provinsi ini.</p>")


@pytest.mark.parametrize("body", [
    # the page's shape: the unit on the first and last items only
    "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, Selesai "
    "24.595, Secanggang 24.041, dan Padang Tualang 18.623 suara.</p>",
    # another outlet's: "di Kecamatan X sebanyak N suara", then bare items
    "<p>Prabowo-Gibran meraih suara terbanyak di Kecamatan Stabat sebanyak 28.974 suara, disusul "
    "Selesai 24.595, Secanggang 24.041 dan Padang Tualang 18.623.</p>",
])
def test_a_running_kecamatan_list_s_bare_items_are_the_pair_s(shipped_context, body):
    found = read(shipped_context, LANGKAT_TITLE, LANGKAT_OPENING + body)
    for value, code in ((28974, "120507"), (24595, "120506"), (24041, "120509"),
                        (18623, "120512")):
        claim, comparison = one(found, value, "votes")
        assert (claim.nomor_urut, claim.region_code) == (2, code), claim
        assert comparison.status == "consistent", comparison


def test_the_next_sentence_s_list_goes_on(shipped_context):
    body = ("<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, "
            "Selesai 24.595 dan Padang Tualang 18.623 suara.</p><p>Berikutnya Kecamatan Wampu "
            "16.943, Binjai 16.282, Bahorok 15.453 dan kecamatan lain di bawah angka tersebut."
            "</p>")
    found = read(shipped_context, LANGKAT_TITLE, LANGKAT_OPENING + body)
    for value, code in ((16943, "120508"), (15453, "120501")):
        claim, comparison = one(found, value)
        assert (claim.kind, claim.nomor_urut, claim.region_code) == ("votes", 2, code), claim
        assert comparison.status == "consistent", comparison


@pytest.mark.parametrize("body", [
    # parties' votes after the pair's first item: no kecamatan of Langkat, nothing read
    "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, Golkar "
    "9.393, NasDem 1.928 dan Gerindra 7.120.</p>",
    # counts of another kind after the item
    "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, DPT "
    "61.200, TPS 230.</p>",
    # a city's name (Binjai is a kecamatan of Langkat and a city): no item guessed
    "<p>Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, Binjai "
    "16.282.</p>",
])
def test_numbers_after_a_kecamatan_count_that_are_no_items_are_not_read(shipped_context, body):
    found = read(shipped_context, LANGKAT_TITLE, LANGKAT_OPENING + body)
    others = [(claim, comparison) for claim, comparison in found if claim.value != 28974]
    assert all(claim.region_code is None and comparison.status == "unverifiable"
               for claim, comparison in others), others


# The pair named once in the sentence that announces the list ("... unggul di sembilan
# kabupaten/kota. Yakni, Ambon 54.84%, Buru 61,75%, ..."): every item is its share there, the
# regency's acronym in brackets or not (Kawal Pemilu's count on the page: held, not graded).
MALUKU_TITLE = "Prabowo-Gibran Unggul di Maluku"
MALUKU_INTRO = ("<p>Menurut hitungan Kawal Pemilu, pasangan Prabowo-Gibran unggul di sembilan "
                "kabupaten/kota di Provinsi Maluku.</p>")


@pytest.mark.parametrize("items", [
    "<p>Yakni, Ambon 54.84%, Buru 61,75%, Maluku Tengah (Malteng) 53.16%, Seram Bagian Barat "
    "(SBB) 52.07% dan Seram Bagian Timur (SBT) 50.76%.</p>",
    "<p>Yaitu di Kota Ambon 54,84 persen, Kabupaten Buru 61,75 persen, Maluku Tengah 53,16 "
    "persen, Seram Bagian Barat 52,07 persen dan Seram Bagian Timur 50,76 persen.</p>",
])
def test_a_list_announced_by_its_pair_s_sentence_is_that_pair_s(shipped_context, items):
    found = read(shipped_context, MALUKU_TITLE, MALUKU_INTRO + items)
    for value, code in (("54.84", "8171"), ("61.75", "8104"), ("53.16", "8101"),
                        ("52.07", "8106"), ("50.76", "8105")):
        claim, comparison = one(found, Decimal(value), "share")
        assert (claim.nomor_urut, claim.region_code) == (2, code), claim
        assert comparison.status not in FLAGS, comparison


def test_a_list_after_a_sentence_naming_two_pairs_is_no_one_s(shipped_context):
    intro = ("<p>Menurut hitungan Kawal Pemilu, Prabowo-Gibran dan Anies-Muhaimin sama-sama "
             "unggul di sejumlah kabupaten/kota di Provinsi Maluku.</p>")
    items = "<p>Yakni, Ambon 54.84%, Buru 61,75% dan Maluku Tengah (Malteng) 53.16%.</p>"
    for claim, _ in read(shipped_context, MALUKU_TITLE, intro + items):
        assert claim.nomor_urut is None or claim.region_code in (None, "81"), claim


# ---- 3. "X mengungguli A dan B di Provinsi P dengan N suara": the figure after the area is the
# leader's, as it is with no area between (news-antarasumut-pilpres-langkat-kecamatan:
# Prabowo-Gibran's 2.951.272 votes and 58.74 % in Sumatera Utara were nobody's; with one rival
# named, the figure went to the rival and was flagged).
SUMUT_TITLE = "Hasil Pilpres 2024 di Sumut"


@pytest.mark.parametrize("rivals, area", [
    ("pasangan Anies Baswedan-Muhaimin Iskandar dan Ganjar Pranowo-Mahfud",
     "di Provinsi Sumatra Utara"),
    ("Anies-Muhaimin", "di Provinsi Sumatra Utara"),
    ("Anies-Muhaimin dan Ganjar-Mahfud", "di Sumut"),
    ("dua pesaingnya", "di Sumatera Utara,"),
])
def test_the_figure_after_the_rivals_and_the_area_is_the_leader_s(shipped_context, rivals, area):
    body = (f"<p>Menurut real count KPU, Prabowo-Gibran mengungguli {rivals} {area} dengan "
            "2.951.272 suara atau 58,74 persen.</p>")
    found = read(shipped_context, SUMUT_TITLE, body)
    for value in (2951272, Decimal("58.74")):
        claim, comparison = one(found, value)
        assert (claim.nomor_urut, claim.region_code) == (2, "12"), claim
        assert comparison.status not in FLAGS, comparison


def test_a_rival_s_own_figure_after_the_area_stays_the_rival_s(shipped_context):
    body = ("<p>Menurut real count KPU, Prabowo-Gibran mengungguli Anies-Muhaimin di Provinsi "
            "Sumatra Utara yang memperoleh 1.457.079 suara.</p>")
    claim, _ = one(read(shipped_context, SUMUT_TITLE, body), 1457079)
    assert claim.nomor_urut != 2, claim


# "dari 28.186 dari 45.875 atau 61,44 persen tempat pemungutan suara": the share is of the TPS
# counted, and the 45.875 TPS are no pair's votes (the same page: both were read as
# Ganjar-Mahfud's, and the share graded discrepant on a short page).
@pytest.mark.parametrize("stations", ["tempat pemungutan suara", "TPS"])
def test_a_share_of_the_tps_after_their_fraction_is_no_pair_s(shipped_context, stations):
    body = ("<p>Menurut real count KPU, di Provinsi Sumatra Utara Anies-Muhaimin memperoleh "
            "1.457.079 suara dan Ganjar-Mahfud 615.762 suara, dari 28.186 dari 45.875 atau "
            f"61,44 persen {stations}.</p>")
    found = read(shipped_context, SUMUT_TITLE, body)
    assert not [c for c, _ in found if c.value == 45875], found
    assert all(claim.kind == "progress" and comparison.status not in FLAGS
               for claim, comparison in found if claim.value == Decimal("61.44")), found
    claim, _ = one(found, 615762)
    assert (claim.nomor_urut, claim.region_code) == (3, "12"), claim


def test_a_share_of_the_tps_a_progress_word_names_stays_the_progress(shipped_context):
    body = ("<p>Menurut real count KPU, Prabowo-Gibran unggul di 22 dari 23 kecamatan di "
            "Kabupaten Langkat, dengan progres 2.969 dari 3.123 atau 94,95 persen tempat "
            "pemungutan suara.</p>")
    claim, comparison = one(read(shipped_context, LANGKAT_TITLE, body), Decimal("94.95"))
    assert claim.kind == "progress", claim
    assert comparison.status not in FLAGS, comparison


# ---- 6. A headline's "Quick Count" over a body that says its data come from KPU's site: the
# figures are KPU's count (news-euforia-pilgub-papua-sirekap-kabupaten: a site scraping
# pilkada2024.kpu.go.id; Sirekap at 10:15 on 28 Nov 2024: Mari-Yo 50.49 %, BTM-YB 49.51 %).
PAPUA_TITLE = "Hasil Sementara Quick Count Pilkada Papua, BTM-YB dan Mari-Yo Beda Tipis"
PAPUA_SHARES = ("<p>Menurut data itu, Matius Derek Fakhiri-Aryoko Rumaropen (Mari-Yo) unggul "
                "dengan 50,49%. Adapun Benhur Tomi Mano-Yeremias Bisai (BTM-YB) memperoleh "
                "49,51%.</p>")


@pytest.mark.parametrize("source", [
    "<p>Sampai Kamis (28/11/2024), menurut sebuah situs hitung yang mengambil "
    "(scraping) datanya dari situs KPU, data yang masuk terus bertambah.</p>",
    "<p>Hingga Kamis (28/11/2024), angka berikut diambil dari laman KPU "
    "pilkada2024.kpu.go.id.</p>",
])
def test_data_from_kpu_s_site_are_kpu_s_count_whatever_the_headline(shipped_context, source):
    found = read(shipped_context, PAPUA_TITLE, source + PAPUA_SHARES)
    for value in ("50.49", "49.51"):
        claim, comparison = one(found, Decimal(value), "share")
        assert claim.claim_type == "real_count", claim
        assert comparison.status == "consistent", comparison


def test_a_quick_count_that_sends_readers_to_kpu_s_site_stays_a_quick_count(shipped_context):
    body = ("<p>Menurut hitung cepat sebuah lembaga survei, Matius Derek Fakhiri-Aryoko "
            "Rumaropen unggul dengan 50,49%, dan Benhur Tomi Mano-Yeremias Bisai memperoleh "
            "49,51%.</p><p>Hasil resmi tetap menunggu KPU; "
            "masyarakat dapat memantau hitungan KPU di situs KPU.</p>")
    for value in ("50.49", "49.51"):
        claim, comparison = one(read(shipped_context, PAPUA_TITLE, body), Decimal(value), "share")
        assert claim.claim_type == "quick_count", claim
        assert comparison.status not in FLAGS, comparison


# Another race, another province: the Jatim governor race's kecamatan counts of Khofifah-Emil in
# Kota Malang (the record's Kedungkandang 49.187, Sukun 47.528, Blimbing 42.652, Lowokwaru
# 36.919), the unit on the first and last items only.
def test_another_race_s_running_kecamatan_list(shipped_context):
    body = ("<p>Menurut Sirekap KPU, Khofifah-Emil unggul di Kota Malang.</p><p>Suara "
            "terbanyak pasangan itu diraih di Kecamatan Kedungkandang 49.187 suara, Sukun "
            "47.528, Blimbing 42.652 dan Lowokwaru 36.919 suara.</p>")
    found = read(shipped_context, "Khofifah-Emil Unggul di Kota Malang", body)
    for value, code in ((47528, "357304"), (42652, "357301"), (36919, "357305")):
        claim, comparison = one(found, value, "votes")
        assert (claim.race_kind, claim.nomor_urut, claim.region_code) == \
            ("governor", 2, code), claim
        assert comparison.status not in FLAGS, comparison
