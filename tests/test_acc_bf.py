"""corpus-bf (English reports, Papua Barat, Maluku, Jambi, Kalimantan Selatan, counts made by
neither KPU nor a campaign): the shapes its dev pages lost, each a short page in our own words
with real figures of KPU's record, with variants and the near shapes that must keep their
reading (tests/corpus/findings/corpus-bf.md)."""

from __future__ import annotations

import pytest

from builders import flags, found


def areas(claims: list, value: float) -> list:
    """(status, reason, region, ballot number) of the figures of `value`."""
    return [(f[3], f[4], f[2], f[5]) for f in claims if f[1] == value]


# ---- 1. Another article's headline naming a result in another province.
# ANTARA on KPU RI's validation of Jambi's Pilpres tally (news-antara-pilpres-jambi-pleno):
# "Baca juga: KPU RI sahkan perolehan suara Prabowo-Gibran unggul di Papua Selatan" between
# the lead (Jambi) and the paragraph of Jambi's three counts left them with no area
# (region_unclear): the related headline's province was taken for the paragraph's. A teaser of
# another province was skipped as a place only when it named a race word (Pilkada, Pilpres
# ...); naming the result ("perolehan suara", "unggul", "menang") says as plainly that it is
# another article's count (checker/figures/far_teaser.py).
JAMBI_TITLE = "Sah, Prabowo-Gibran Unggul Perolehan Suara di Jambi"
JAMBI_LEAD = ("Jakarta - Komisi Pemilihan Umum RI mengesahkan keunggulan pasangan calon presiden "
              "dan wakil presiden Prabowo Subianto-Gibran Rakabuming Raka di Provinsi Jambi dalam "
              "rapat pleno rekapitulasi nasional di Kantor KPU RI, Jumat.")
JAMBI_COUNTS = ("Ketua KPU Provinsi Jambi memaparkan bahwa pasangan Anies-Muhaimin meraih "
                "532.605 suara, pasangan Prabowo-Gibran 1.438.952 suara, dan pasangan "
                "Ganjar-Mahfud 234.251 suara.")


@pytest.mark.parametrize("teaser", [
    "Baca juga: KPU RI sahkan perolehan suara Prabowo-Gibran unggul di Papua Selatan",
    "Baca juga: Prabowo-Gibran menang telak di Nusa Tenggara Barat",
    "Baca Juga: Hasil rekapitulasi suara di Kalimantan Barat disahkan",
])
def test_1_a_teaser_of_another_province_s_result_is_not_the_paragraph_s_area(
        shipped_context, teaser):
    claims = found(shipped_context, JAMBI_TITLE, JAMBI_LEAD, teaser, JAMBI_COUNTS)
    # the record's rekap for Jambi: 532.605 / 1.438.952 / 234.251
    assert ("consistent", None, "15", 1) in areas(claims, 532605), claims
    assert ("consistent", None, "15", 2) in areas(claims, 1438952), claims
    assert ("consistent", None, "15", 3) in areas(claims, 234251), claims


def test_1_control_a_wrong_count_after_such_a_teaser_is_caught(shipped_context):
    claims = found(shipped_context, JAMBI_TITLE, JAMBI_LEAD,
                   "Baca juga: KPU RI sahkan perolehan suara Prabowo-Gibran unggul di Papua "
                   "Selatan", JAMBI_COUNTS.replace("234.251", "243.251"))
    assert [a[:3] for a in areas(claims, 243251)] == [("discrepant", None, "15")], claims


def test_1_control_the_page_s_own_sentence_on_another_province_keeps_the_area_open(
        shipped_context):
    # Not a teaser: the article itself turns to Papua Selatan; its next counts are not
    # surely Jambi's, and are not graded as such.
    claims = found(shipped_context, JAMBI_TITLE, JAMBI_LEAD,
                   "Sebelumnya KPU RI juga mengesahkan perolehan suara di Papua Selatan.",
                   "Pasangan Anies-Muhaimin meraih 532.605 suara.")
    assert not any(a[2] == "15" for a in areas(claims, 532605)), claims
    assert not flags(claims), claims


def test_1_control_a_teaser_in_the_page_s_own_province_still_gives_no_area(shipped_context):
    # A related headline on a regency of Jambi may be this story's own: unchanged
    # (far_teaser: only places outside the page's province are skipped).
    claims = found(shipped_context, JAMBI_TITLE, JAMBI_LEAD,
                   "Baca juga: Prabowo-Gibran unggul perolehan suara di Kota Jambi",
                   "Pasangan Anies-Muhaimin meraih 532.605 suara.")
    assert not flags(claims), claims


# ---- 2. A writer's own sum of the forms, "menjumlahkan sendiri".
# A Kompasiana reader's post (blog-kompasiana-pilbup-muarojambi-chasil; blind hunt 10's page):
# "saya menjumlahkan sendiri dokumen C.Hasil ... Sesudah satu setengah hari berhitung,
# hasilnya pasangan ... unggul dengan 30,57% suara" was typed KPU's real count (the forms'
# source, "laman resmi KPU") and graded discrepant against Sirekap's 31,81 (his share was of
# every ballot he counted). own_tally knew "menghitung sendiri", "saya menghitung", "hitungan
# saya", not the verb of adding up (checker/figures/own_tally.py).
MUARO_TITLE = "BBS-Jun Unggul di Pilkada Muaro Jambi 2024 Menurut C.Hasil di Laman KPU"
BLOG = "https://www.kompasiana.example/penulis/bbs-jun-unggul"


def blog(*paragraphs: str) -> list:
    from builders import check_article, compared
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(float(c.value), cmp.status, cmp.reason, c.claim_type)
            for c, cmp in compared(check_article(MUARO_TITLE, body, url=BLOG))]


@pytest.mark.parametrize("tally", [
    "Sekadar iseng, saya menjumlahkan sendiri dokumen C.Hasil yang salinannya dipajang di laman "
    "resmi KPU. Sesudah satu setengah hari berhitung, hasilnya pasangan Bambang Bayu Suseno - "
    "Junaidi Mahir unggul dengan 30,57% suara.",
    "Saya menjumlahkan seluruh C.Hasil dari 804 TPS di laman KPU, dan pasangan Bambang Bayu "
    "Suseno - Junaidi Mahir unggul dengan 30,57% suara.",
    "Berdasarkan penjumlahan saya atas C.Hasil 804 TPS, pasangan Bambang Bayu Suseno - Junaidi "
    "Mahir unggul dengan 30,57% suara.",
])
def test_2_a_writer_s_own_sum_of_the_forms_is_held_not_graded(shipped_context, tally):
    got = blog(tally)
    hits = [g for g in got if g[0] == 30.57]
    assert hits and all(g[1] not in ("minor", "discrepant") for g in hits), got


@pytest.mark.parametrize("reading", [
    "Sekadar iseng, saya membaca dokumen C.Hasil yang salinannya dipajang di laman resmi KPU. "
    "Hasilnya pasangan Bambang Bayu Suseno - Junaidi Mahir unggul dengan 30,57% suara.",
    "Data Sirekap KPU menunjukkan pasangan Bambang Bayu Suseno - Junaidi Mahir unggul dengan "
    "30,57% suara.",
])
def test_2_control_a_writer_who_reads_kpu_s_figure_is_still_graded(shipped_context, reading):
    # reading the forms or Sirekap is quoting KPU's figure, not a sum of one's own: graded
    # (Sirekap at 100 %: 31,81)
    got = blog(reading)
    assert [g[1] for g in got if g[0] == 30.57] == ["discrepant"], got


# ---- 3. English: "the N votes won by X".
# The Jakarta Post (eng-jakartapost-pilgub-jateng-kim): "... ahead of the 7.87 million votes won
# by his only rival, former military commander Andika Perkasa and Hendrar Prihadi" gave the
# rival's count to Luthfi-Yasin, named before it. Indonesian pages hand a count to the name
# after it with "untuk", "milik", "diraih" (wording.OWNER_AFTER); English with "won by",
# "secured by", "garnered by", "received by" (the passive of a verb of obtaining).
JATENG = "KPU confirms KIM victory in Central Java gubernatorial election"


@pytest.mark.parametrize("verb", ["won", "secured", "garnered", "received"])
def test_3_an_english_count_given_by_the_passive_is_the_pair_s_after(shipped_context, verb):
    # Sirekap at 99,75 % of TPS, Jawa Tengah: Andika-Hendi 7.841.476, Luthfi-Yasin 11.350.609
    claims = found(shipped_context, JATENG,
                   "In Central Java, Ahmad Luthfi, who ran with Taj Yasin, took 11,350,609 "
                   f"votes, well ahead of the 7,841,476 votes {verb} by his only rival, former "
                   "military commander Andika Perkasa and Hendrar Prihadi.")
    assert [a[3] for a in areas(claims, 7841476)] == [1], claims
    assert [a[3] for a in areas(claims, 11350609)] == [2], claims
    assert not flags(claims), claims


def test_3_control_a_count_of_the_subject_before_by_keeps_its_reading(shipped_context):
    # "won by N votes" is a margin's wording, and "by" after a count that is no passive
    # names nobody: the count stays the subject's.
    claims = found(shipped_context, JATENG,
                   "Ahmad Luthfi and Taj Yasin took 11,350,609 votes by the end of the count, "
                   "beating Andika Perkasa and Hendrar Prihadi.")
    assert [a[3] for a in areas(claims, 11350609)] == [2], claims
