"""Corpus-ac's dev pages (regent and mayor plenaries outside Java): the shapes of Indonesian
election prose behind their wrong figures, each a short page in our own words with the real
figures of the dev page named beside it (tests/corpus/findings/corpus-ac.md)."""

from __future__ import annotations

import pytest

from builders import one, page_claims as read

FLAGS = ("minor", "discrepant")


def no_flag(found: list) -> None:
    assert not [c for c, cmp in found if cmp is not None and cmp.status in FLAGS], found


# ---- 1. Another article's headline ("Baca juga: ...") between a pair's sentence and the
# pair's bare kecamatan list never lends the list its race or pair
# (news-tribuntrends-kendari-walkot-kecamatan: Kendari's counts of Siska-Sudirman, ballot 1,
# claimed for Lebong's Azhari-Bambang). Kecamatan Kendari 6.516, Kadia 5.558 and Puuwatu
# 8.607 equal the record's count at every TPS.
KENDARI = "Hasil Pleno Pilkada Kendari 2024, Siska-Sudirman Unggul"
KENDARI_LEAD = ("<p>KPU Kendari menetapkan hasil rekapitulasi Pilkada Kendari 2024. Pasangan "
                "Siska Karina Imran-Sudirman unggul dengan perolehan 61.831 suara.</p>"
                "<p>Paslon nomor urut satu ini menang di lima kecamatan dari 11 kecamatan "
                "se-Kota Kendari.</p>")
KENDARI_LIST = ("<p>Kecamatan Mandonga (7.758), Kecamatan Kendari (6.516), Kendari Barat "
                "(9.060), Kadia (5.558), serta Kecamatan Puuwatu (8.607).</p>")
ASIDES = [
    "Baca juga: Real Count Pilkada Lebong 2024, Azhari-Bambang Unggul, Raih 51,02 Persen",
    "Baca Juga: Azhari-Bambang Raih 51,02 Persen di Pilkada Lebong",
    "Simak juga: Real Count Pilkada Lebong, Azhari-Bambang 51,02 Persen",
    "Artikel terkait: Azhari-Bambang Unggul 51,02 Persen di Pilkada Lebong",
    "BACA: Azhari-Bambang Unggul 51,02 Persen di Pilkada Lebong",
]


@pytest.mark.parametrize("aside", ASIDES, ids=["baca-juga", "baca-juga-capital",
                                               "simak-juga", "artikel-terkait", "baca"])
def test_an_aside_never_lends_a_kecamatan_list_its_race(shipped_context, aside):
    found = read(shipped_context, KENDARI, KENDARI_LEAD + f"<p>{aside}</p>" + KENDARI_LIST)
    for value, code in ((7758, "747101"), (6516, "747102"), (5558, "747108"),
                        (8607, "747109")):
        claim, _ = one(found, value)
        assert (claim.race_region, claim.region_code, claim.nomor_urut) == \
            ("7471", code, 1), claim
    assert one(found, 6516)[1].status == "consistent"
    no_flag(found)


def test_the_list_right_after_its_pair_reads_as_before(shipped_context):
    # The same list with no aside (the page's second half, read right before the fix).
    found = read(shipped_context, KENDARI, KENDARI_LEAD + KENDARI_LIST)
    assert one(found, 5558)[0].region_code == "747108"
    no_flag(found)


def test_an_aside_naming_another_ballot_number_gives_the_list_nobody(shipped_context):
    # The intro names another pair by its number: the list is not the figure's pair's.
    body = KENDARI_LEAD.replace("Paslon nomor urut satu ini", "Paslon nomor urut 5") + \
        f"<p>{ASIDES[0]}</p>" + KENDARI_LIST
    found = read(shipped_context, KENDARI, body)
    assert not [c for c, _ in found if c.value == 5558 and c.nomor_urut == 1], found
    no_flag(found)


def test_the_aside_keeps_its_own_figure(shipped_context):
    found = read(shipped_context, KENDARI, KENDARI_LEAD + f"<p>{ASIDES[0]}</p>" + KENDARI_LIST)
    claim = next(c for c, _ in found if c.kind == "share")
    assert (claim.race_region, claim.nomor_urut, claim.hold) == ("1707", 2, "teaser")


# ---- 2. A sentence that walks through several kecamatan, each in a semicolon clause: every
# clause's counts are its own kecamatan's (news-prokaltim-balikpapan-walkot-kecamatan: Barat's
# and Selatan's six counts held with no area; Selatan's three equal the record at every TPS).
BALIKPAPAN = "Hasil Pleno KPU Balikpapan: Rahmad-Bagus Unggul di Semua Kecamatan"
BPP_HEAD = ("<p>KPU Balikpapan menetapkan hasil Pilkada Kota Balikpapan 2024. Menilik perolehan "
            "per kecamatan, paslon petahana menang di setiap kecamatan.</p>")


@pytest.mark.parametrize("lead", ["di", "sedangkan di", "dan di", "untuk"],
                         ids=["di", "sedangkan-di", "dan-di", "untuk"])
def test_each_semicolon_clause_opens_its_own_kecamatan(shipped_context, lead):
    body = BPP_HEAD + (
        "<p>Lalu di Kecamatan Balikpapan Tengah Rahmad-Bagus memperoleh 26.404 suara, Rendi-Eddy "
        f"7.344 suara, dan Sa'bani-Syukri 10.656 suara; {lead} Kecamatan Balikpapan Barat "
        "Rahmad-Bagus 28.778 suara, Rendi-Eddy 5.621 suara, dan Sa'bani-Syukri 7.797 suara; "
        f"{lead} Kecamatan Balikpapan Selatan Rahmad-Bagus 33.271 suara, Rendi-Eddy 9.390 "
        "suara, dan Sa'bani-Syukri 19.128 suara.</p>")
    found = read(shipped_context, BALIKPAPAN, body)
    for value, code in ((26404, "647104"), (28778, "647102"), (7797, "647102"),
                        (33271, "647105"), (9390, "647105"), (19128, "647105")):
        assert one(found, value)[0].region_code == code, (value, found)
    assert {one(found, v)[1].status for v in (33271, 9390, 19128)} == {"consistent"}
    no_flag(found)


def test_a_kelurahan_clause_is_not_the_kecamatan_of_the_sentence(shipped_context):
    # Negative control: the clause opens at a kelurahan (below the record's level): its
    # count is not Balikpapan Selatan's, whatever the sentence opened with.
    body = BPP_HEAD + (
        "<p>Di Kecamatan Balikpapan Selatan, Rahmad-Bagus meraih 33.271 suara; di Kelurahan "
        "Sepinggan Rahmad-Bagus 4.512 suara.</p>")
    found = read(shipped_context, BALIKPAPAN, body)
    assert one(found, 33271)[0].region_code == "647105"
    assert one(found, 4512)[0].region_code != "647105", found
    no_flag(found)


def test_a_clause_with_no_place_stays_in_the_kecamatan_before(shipped_context):
    # Negative control: "; Rendi-Eddy ..." opens no place: still Balikpapan Selatan's.
    body = BPP_HEAD + (
        "<p>Di Kecamatan Balikpapan Selatan, Rahmad-Bagus meraih 33.271 suara; Rendi-Eddy "
        "9.390 suara; dan Sa'bani-Syukri 19.128 suara.</p>")
    found = read(shipped_context, BALIKPAPAN, body)
    assert {one(found, v)[0].region_code for v in (33271, 9390, 19128)} == {"647105"}
    no_flag(found)


# ---- 4. A pair's short name the page defines in brackets with a spaced dash names that pair
# for the rest of the page (news-insidelombok-lobar-bupati-pleno: "LAZ – Adha dengan 107.340
# suara" claimed with no ballot number; truth: ballot 4 of the Lombok Barat regent race).
LOBAR = "KPU Lombok Barat Tetapkan Pemenang Pilkada Lombok Barat 2024"


@pytest.mark.parametrize("short", ["LAZ – Adha", "LAZ—Adha", "LAZ - Adha"],
                         ids=["en-dash-spaced", "em-dash", "hyphen-spaced"])
def test_a_bracketed_short_name_with_a_spaced_dash_names_its_pair(shipped_context, short):
    body = (f"<p>Pasangan Lalu Ahmad Zaini – Nurul Adha ({short}) resmi ditetapkan KPU Lombok "
            "Barat sebagai pemenang Pilkada Lombok Barat 2024.</p>"
            f"<p>Pada Pilbup Lombok Barat suara terbanyak diraih pasangan {short} dengan 107.340 "
            "suara. Di bawahnya pasangan Sumiatun – Ibnu Salim (Manis) dengan 98.281 suara.</p>")
    found = read(shipped_context, LOBAR, body)
    claim, _ = one(found, 107340)
    assert (claim.race_region, claim.nomor_urut) == ("5201", 4), claim
    assert one(found, 98281)[0].nomor_urut == 3
    no_flag(found)


def test_a_short_name_of_a_pair_the_record_lacks_gives_no_number(shipped_context):
    # Negative control: the bracket defines a short name for names that are no pair of the
    # race: the short name used later stays nobody's.
    body = ("<p>Tim Budi Santoso – Andi Wijaya (BS – AW) hadir di pleno KPU Lombok Barat.</p>"
            "<p>Pada Pilbup Lombok Barat pasangan BS – AW mencatat 10.412 suara.</p>")
    found = read(shipped_context, LOBAR, body)
    assert not [c for c, _ in found if c.value == 10412 and c.nomor_urut is not None], found
    no_flag(found)


# ---- 3. After a pair's kecamatan list, the next paragraphs' counts that name no place are
# the city's when no kecamatan could hold them (news-tribuntrends-kendari-walkot-kecamatan:
# 41.044, 19.419 and 13.815, the city's counts of ballots 2, 3 and 4, held region_unclear).
KENDARI_AFTER = (
    "<p>Sementara itu, paslon nomor urut 5 Abdul Rasak dan Afdhal berada di posisi kedua "
    "dengan 51.598 suara. Keduanya menang di enam kecamatan seperti Kecamatan Baruga (5.407), "
    "Kecamatan Poasia (8.253), dan Kecamatan Abeli (4.222).</p>"
    "<p>Kecamatan Wua-Wua (5.190), Kecamatan Kambu (3.759), serta Kecamatan Nambo (2.367).</p>")


@pytest.mark.parametrize("after", [
    "<p>Adapun paslon nomor urut 2, Yudhianto Mahardika-Nirna Lachmuddin, menempati posisi "
    "ketiga dengan perolehan 41.044 suara.</p><p>Paslon nomor urut 3 yakni Sitya Giona Nur "
    "Alam-Subhan dengan perolehan 19.419 suara.</p>",
    "<p>Yudhianto Mahardika-Nirna Lachmuddin meraih 41.044 suara, sedangkan Sitya Giona Nur "
    "Alam-Subhan mengantongi 19.419 suara.</p>",
], ids=["one-pair-a-paragraph", "both-in-one-sentence"])
def test_a_count_no_kecamatan_holds_after_a_list_is_the_citys(shipped_context, after):
    found = read(shipped_context, KENDARI, KENDARI_LEAD + KENDARI_AFTER + after)
    for value, nomor in ((41044, 2), (19419, 3)):
        claim, _ = one(found, value)
        assert (claim.region_code, claim.nomor_urut, claim.hold) == ("7471", nomor, None), claim
    no_flag(found)


def test_a_kecamatan_sized_count_after_a_list_stays_unclear(shipped_context):
    # Negative control: 2.759 is ballot 3's count in one of Kendari's kecamatan, named in no
    # paragraph of its own: no area is guessed.
    after = "<p>Paslon nomor urut 3 yakni Sitya Giona Nur Alam-Subhan meraih 2.759 suara.</p>"
    found = read(shipped_context, KENDARI, KENDARI_LEAD + KENDARI_AFTER + after)
    claim, _ = one(found, 2759)
    assert claim.region_code != "7471" or claim.hold is not None, claim
    no_flag(found)


# ---- 5. A count's progress said as "(hasil) quick count sudah mencapai N persen" is its
# progress, in a candidate's quote too (news-exposeupdate-palu-walkot-internal-63: the 80 was
# missed; the 63 after it is the pair's share).
PALU = "Hasil Quick Count Pilwali Palu 2024, Hadianto-Imelda Unggul 63 Persen"


@pytest.mark.parametrize("said", [
    "hasil quick count sudah mencapai sekitar 80 persen",
    "hitung cepat telah mencapai 80 persen",
    "rekapitulasi sudah mencapai 80 persen",
], ids=["quick-count", "hitung-cepat", "rekapitulasi"])
def test_a_count_that_has_reached_n_percent_is_its_progress(shipped_context, said):
    body = (f"<p>\u201cAlhamdulillah, {said}, dan posisi kami di sekitar 63 persen,\u201d kata "
            "Hadianto-Imelda dalam jumpa pers di Palu.</p>")
    found = read(shipped_context, PALU, body)
    progress = [c for c, _ in found if c.kind == "progress"]
    assert [c.value for c in progress] == [80], found  # (the 63 after it: no progress)
    no_flag(found)


def test_a_pair_that_has_reached_n_percent_keeps_its_share(shipped_context):
    # Negative control: the pair named between the count and "mencapai": its share.
    body = ("<p>Dalam quick count, Hadianto-Imelda sudah mencapai 63 persen suara, kata tim "
            "pemenangan di Palu.</p>")
    found = read(shipped_context, PALU, body)
    assert not [c for c, _ in found if c.kind == "progress"], found
    no_flag(found)
