"""Issue 10, precision first: the shapes of Indonesian election prose that misattributed dev
figures (tests/corpus/pages, named beside each case). Each page is short, in our own words, with
the real figures; a figure the page does not pin down stays unverifiable."""

from __future__ import annotations

from decimal import Decimal

from builders import check_article
from checker import Context

FLAGS = ("minor", "discrepant")


def claims(ctx: Context, url: str, title: str, body: str) -> dict:
    """{value: (claim, comparison)} of the page's claims."""
    rep = check_article(title, body, url, ctx)
    graded = {c.claim: c for c in rep.comparisons}
    return {c.value: (c, graded.get(i)) for i, c in enumerate(rep.claims)}


def where(found: dict, value) -> tuple:
    claim = found[value][0]
    return claim.race_region, claim.region_code, claim.nomor_urut


# ---- A title-case headline's "Kecamatan Rampung" (the kecamatan level is done) is no place:
# the article's counts are the province's (pilkada-republika-dki-rekap-kecamatan-rampung).
DKI = ("<p>JAKARTA -- KPU Provinsi Jakarta menuntaskan rekapitulasi suara tingkat kecamatan "
       "pada Selasa (3/12/2024).</p><p>Kabupaten Kepulauan Seribu sudah selesai lebih dulu, "
       "sedangkan Jakarta Timur dan Jakarta Utara masih berjalan.</p><p>Menurut rekapitulasi "
       "di 44 kecamatan, paslon nomor urut 3 menang di hampir semua kecamatan kecuali "
       "Cilincing dan Pasar Rebo.</p>"
       "<p>Fahmi menyebut Pramono-Rano meraih 2.183.239 suara atau 50,07 persen, sedangkan paslon "
       "nomor urut 1 Ridwan Kamil-Suswono mendapat 1.718.160 suara atau 39,40 persen.</p>")


def test_a_headline_kecamatan_the_story_never_names_holds_nothing_below(shipped_context):
    found = claims(shipped_context, "https://news.republika.co.id/berita/rekap-dki",
                   "Rekapitulasi di Kecamatan Rampung, Pramono-Rano Yakin Menang Satu Putaran",
                   DKI)
    assert where(found, 2183239) == ("31", "31", 3)
    assert where(found, 1718160) == ("31", "31", 1)
    assert found[2183239][1].status == "consistent"


def test_a_headline_kecamatan_the_story_names_again_is_still_that_kecamatan(shipped_context):
    # the same story headlined on a kecamatan it then reports: its counts stay held below
    found = claims(shipped_context, "https://news.republika.co.id/berita/rekap-dki-2",
                   "Rekapitulasi di Kecamatan Cilincing, Pramono-Rano Kalah",
                   DKI.replace("kecuali Cilincing", "kecuali Kecamatan Cilincing"))
    assert found[2183239][0].region_code is None
    assert found[2183239][1].status == "unverifiable"


def test_a_headline_demonstrative_is_no_kecamatan(shipped_context):
    # "Kecuali di Kecamatan Ini" (pilkada-lintassumbar-mahyeldi-178-kecamatan-internal)
    found = claims(shipped_context, "https://lintassumbar.co.id/2024/11/mahyeldi-vasko-unggul.html",
                   "Mahyeldi-Vasko Unggul Telak di Semua Kecamatan di Sumbar, Kecuali di "
                   "Kecamatan Ini",
                   "<p>Padang - Pasangan nomor urut 1, Mahyeldi-Vasko, menang di Pilkada Gubernur "
                   "Sumatera Barat 2024 menurut penghitungan internal tim.</p><p>Menurut tabulasi "
                   "internal tim, Mahyeldi-Vasko meraih 77,15% suara.</p>")
    assert where(found, Decimal("77.15")) == ("13", "13", 1)


# ---- A count after "dari" that is the valid votes is the race's total, no pair's
# (pilpres-hot10-tempo-salinan-ntb-jambi-aceh: Papua Selatan's plenary).
def test_the_valid_votes_a_pairs_count_is_taken_of_are_no_pairs_count(shipped_context):
    found = claims(shipped_context, "https://hot10.tempo.co/read/rekap-papua-selatan",
                   "Rekapitulasi Pilpres 2024 di Papua Selatan",
                   "<p>Di Papua Selatan, Prabowo-Gibran unggul dengan 162.852 suara dari 314.761 "
                   "suara sah. Ganjar-Mahfud di posisi kedua.</p>")
    assert where(found, 162852) == ("", "93", 2)
    assert 314761 not in found


# ---- "50 persen plus satu" is the rule a first round must pass, nobody's share
# (old-liputan6-pilgub-dki-2017-putaran1-rekap).
def test_fifty_percent_plus_one_is_the_rule_not_a_share(shipped_context):
    found = claims(shipped_context, "https://www.liputan6.com/news/read/pilgub-dki-putaran-dua",
                   "Pilgub DKI 2017 Lanjut Putaran Kedua",
                   "<p>Ketua KPU DKI Jakarta menjelaskan tidak ada pasangan yang mencapai 50 "
                   "persen plus satu, sehingga digelar putaran kedua. Syarat menang satu "
                   "putaran adalah 50%+1 suara sah.</p>")
    assert 50 not in found and Decimal(50) not in found


# ---- "di lima kecamatan" where the kab/kota has exactly five: every kecamatan, so the pair's
# total is the kab/kota's (pilwalkot-malangdata-malang-pleno-kecamatan: Kota Malang has five).
def malang_sum(areas: str) -> dict:
    return ("<p>KPU Kota Malang menggelar rapat pleno rekapitulasi tingkat kota.</p>"
            "<p>Di Kecamatan Blimbing, Wahyu-Ali meraih 42.932 suara. Di Kecamatan Klojen, "
            "Wahyu-Ali meraih 24.233 suara.</p>"
            f"<p>Bila suara di {areas} dijumlahkan, Wahyu-Ali berada di puncak dengan total "
            "203.257 suara.</p>")


def test_a_total_over_every_kecamatan_counted_is_the_kabkota(shipped_context):
    found = claims(shipped_context, "https://malangdata.com/2024/12/pleno-kota.html",
                   "Pleno Pilwalkot Malang 2024, Wahyu-Ali Unggul", malang_sum("lima kecamatan"))
    assert where(found, 203257)[:2] == ("3573", "3573")


def test_a_total_over_some_kecamatan_stays_unclear(shipped_context):
    found = claims(shipped_context, "https://malangdata.com/2024/12/pleno-kota-2.html",
                   "Pleno Pilwalkot Malang 2024, Wahyu-Ali Unggul", malang_sum("tiga kecamatan"))
    assert found[203257][0].region_code is None
    assert found[203257][1].status == "unverifiable"


# ---- A quick count's progress before the pairs' shares, on a page told from a TPS that names
# no area for it: the pairs' race's whole area, as their shares are
# (pilkada-sindonews-sumut-tps-edy-65-suara).
def test_a_progress_before_one_races_pairs_with_no_area_is_that_races(shipped_context):
    found = claims(shipped_context, "https://daerah.sindonews.com/read/tps-edy-rahmayadi",
                   "Bobby-Surya Kalah Telak di TPS Edy Rahmayadi, Hanya Raih 65 Suara",
                   "<p>MEDAN - Paslon gubernur Sumatra Utara nomor urut 1, Bobby Nasution-Surya, "
                   "kalah di TPS tempat Edy Rahmayadi mencoblos: 65 suara sah lawan 146.</p>"
                   "<p>Sebaliknya, hitung cepat sejumlah lembaga survei menempatkan Bobby-Surya "
                   "jauh di depan.</p><p>Menurut Litbang Kompas pukul 15.37 WIB dengan data masuk "
                   "50 persen, Bobby-Surya unggul 61,18 persen, sedangkan Edy-Hasan 36,82 "
                   "persen.</p>")
    assert where(found, 50)[:2] == ("12", "12")
    assert where(found, Decimal("61.18")) == ("12", "12", 1)


# ---- A progress in the sentence of a 2024 pair, under a headline naming Pilpres 2019, is the
# 2024 count's (pilpres-podcastnews-sirekap-lampaui-2019); a sentence naming 2019 keeps it.
LAMPAUI = ("<p>Menurut real count sementara KPU, Prabowo Subianto-Gibran Rakabuming Raka sudah "
           "mengumpulkan 75.033.960 suara, melewati perolehan Prabowo-Sandi di Pilpres 2019.</p>"
           "<p>{sentence}</p>")


def test_a_progress_beside_a_pair_of_the_record_is_the_records_election(shipped_context):
    found = claims(shipped_context, "https://podcastnews.id/2024/02/27/suara-prabowo-lampaui",
                   "Suara Prabowo Lampaui Perolehan Pilpres 2019", LAMPAUI.format(
                       sentence="Suara Prabowo-Gibran masih bisa bertambah, sebab real count "
                                "KPU baru mencapai 77,57 Persen."))
    assert found[Decimal("77.57")][0].election == "pemilu2024"


def test_a_progress_beside_a_past_pair_stays_in_its_election(shipped_context):
    found = claims(shipped_context, "https://podcastnews.id/2024/02/27/suara-prabowo-lampaui-2",
                   "Suara Prabowo Lampaui Perolehan Pilpres 2019", LAMPAUI.format(
                       sentence="Saat itu suara Prabowo-Sandi terus bertambah, sebab Situng "
                                "KPU baru mencapai 77,57 Persen."))
    assert found[Decimal("77.57")][0].election != "pemilu2024"


# ---- A list item headed by its kecamatan and a colon: every figure of the item is that
# kecamatan's (pilwalkot-malangdata-malang-pleno-kecamatan, KPU Kota Malang's plenary).
MALANG = ("<p>KPU Kota Malang menggelar rapat pleno rekapitulasi tingkat Kota Malang. Paslon "
          "nomor urut 1, Wahyu-Ali, unggul di kelima kecamatan.</p>"
          "<p>Perolehan suara per kecamatan sebagai berikut:</p><ul>"
          "<li>Kecamatan Blimbing: Wahyu-Ali meraih 42.932 suara, Paslon 2 16.328 suara, dan "
          "Paslon 3 28.132 suara.</li>"
          "<li>Kecamatan Klojen: Wahyu-Ali meraih 24.233 suara, Paslon 2 8.142 suara, dan "
          "Paslon 3 15.722 suara.</li></ul>")


def test_a_list_item_headed_kecamatan_and_colon_gives_each_figure_that_kecamatan(shipped_context):
    found = claims(shipped_context, "https://malangdata.com/2024/12/pleno-kota-malang.html",
                   "Wahyu-Ali Unggul di Lima Kecamatan Kota Malang", MALANG)
    blimbing = found[42932][0].region_code
    klojen = found[24233][0].region_code
    assert blimbing and blimbing.startswith("3573") and len(blimbing) == 6
    assert klojen and klojen.startswith("3573") and len(klojen) == 6 and klojen != blimbing
    assert where(found, 16328) == ("3573", blimbing, 2)
    assert where(found, 28132) == ("3573", blimbing, 3)
    assert where(found, 15722) == ("3573", klojen, 3)
    assert not any(c is not None and c.status in FLAGS for _, c in found.values())


def test_a_colon_after_a_word_that_names_no_kecamatan_places_nothing(shipped_context):
    # "Kecamatan Terbanyak:" is no kecamatan of Kota Malang: the figure keeps no kecamatan
    found = claims(shipped_context, "https://malangdata.com/2024/12/pleno-kota-malang-2.html",
                   "Wahyu-Ali Unggul di Lima Kecamatan Kota Malang",
                   "<p>KPU Kota Malang menggelar rapat pleno tingkat kecamatan.</p><ul>"
                   "<li>Kecamatan Terbanyak: Wahyu-Ali meraih 53.681 suara.</li></ul>")
    assert found[53681][0].region_code in (None, "3573")


def test_a_colon_heading_does_not_reach_past_its_sentence(shipped_context):
    # the item's next sentence says where its figure is: not the heading's kecamatan
    found = claims(shipped_context, "https://malangdata.com/2024/12/pleno-kota-malang-3.html",
                   "Wahyu-Ali Unggul di Lima Kecamatan Kota Malang",
                   "<p>KPU Kota Malang menggelar rapat pleno tingkat kecamatan.</p><ul>"
                   "<li>Kecamatan Blimbing: Wahyu-Ali unggul. Di tingkat kota, Wahyu-Ali meraih "
                   "203.257 suara.</li></ul>")
    assert len(found[203257][0].region_code or "") != 6
