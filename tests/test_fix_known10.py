"""Shapes left open by the last stops (branch fix-known10; tests/corpus/findings/hunt.md),
each a short page in our own words with the record's real figures (Pilgub Jatim: decree of
9 Dec 2024, Luluk-Lukman 8,67 / Khofifah-Emil 58,81 / Risma-Gus Hans 32,52 %; Wednesday night's
Sirekap reading 56,9 / 34,6 %, blind hunt 43)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def claims_of(ctx, title: str, *paragraphs: str) -> list:
    """[(claim, comparison or None)] of a news page of these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return every_claim(check_article(title, body, ctx=ctx))


def at(pairs: list, value: str) -> list:
    return [(c, cmp) for c, cmp in pairs if c.value == Decimal(value)]


def flagged(pairs: list, value: str) -> list:
    return [(c, cmp) for c, cmp in at(pairs, value) if cmp is not None and cmp.status in FLAGS]


# ---- 1. Sirekap's running count called an interim recapitulation: "unggul dengan 56,9 persen
# suara berdasarkan hasil rekapitulasi sementara Sirekap KPU". The basis named right after the
# figure ("berdasarkan hasil ...") was its first count word, "rekapitulasi": the share was typed
# plenary and graded discrepant against the decree's 58,81. It is Sirekap's reading of a moment
# the page does not state.
JATIM_TITLE = "Khofifah-Emil Unggul Sementara di Pilgub Jatim 2024"


@pytest.mark.parametrize("source", [
    "hasil rekapitulasi sementara Sirekap KPU",
    "rekapitulasi sementara di Sirekap KPU Jawa Timur",
    "hasil rekapitulasi sementara KPU melalui Sirekap",
])
def test_an_interim_recapitulation_of_sirekap_is_a_reading_not_the_plenary(shipped_context,
                                                                           source):
    pairs = claims_of(shipped_context, JATIM_TITLE,
                      "Pasangan Khofifah Indar Parawansa-Emil Elestianto Dardak unggul dengan "
                      f"56,9 persen suara berdasarkan {source}. Risma-Gus Hans mengikuti dengan "
                      "34,6 persen.")
    assert at(pairs, "56.9") and all(c.claim_type == "real_count" for c, _ in at(pairs, "56.9"))
    assert not flagged(pairs, "56.9") and not flagged(pairs, "34.6"), pairs


@pytest.mark.parametrize("source", [
    # the plenary itself, misquoted: caught
    "hasil rekapitulasi KPU Jawa Timur",
    # "rekapitulasi sementara" with no Sirekap: a plenary under way gives interim totals too
    "hasil rekapitulasi sementara KPU Jawa Timur di rapat pleno",
])
def test_the_plenary_misquoted_is_still_caught(shipped_context, source):
    pairs = claims_of(shipped_context, JATIM_TITLE,
                      "Pasangan Khofifah Indar Parawansa-Emil Elestianto Dardak unggul dengan "
                      f"56,9 persen suara berdasarkan {source}.")
    assert all(c.claim_type == "plenary" for c, _ in at(pairs, "56.9")), pairs
    assert flagged(pairs, "56.9"), pairs


def test_the_decree_s_own_figure_after_an_interim_sirekap_word_stays_consistent(shipped_context):
    pairs = claims_of(shipped_context, "KPU Jatim Tetapkan Khofifah-Emil Pemenang Pilgub Jatim 2024",
                      "Sebelumnya, hasil rekapitulasi sementara Sirekap KPU menempatkan "
                      "Khofifah-Emil di urutan pertama.",
                      "KPU Provinsi Jawa Timur menggelar rapat pleno terbuka rekapitulasi hasil "
                      "Pilgub Jatim 2024, Senin (9/12/2024). Dalam rapat pleno tersebut, "
                      "Khofifah-Emil ditetapkan meraih 12.192.165 suara atau 58,81 persen.")
    assert [cmp.status for _, cmp in at(pairs, "58.81")] == ["consistent"], pairs
    assert all(c.claim_type == "plenary" for c, _ in at(pairs, "58.81")), pairs


# ---- 2. A polling station's counts with the unit said once, before the list: "perolehan suara
# di TPS 3: paslon 01 sebanyak 98, paslon 02 sebanyak 124, dan paslon 03 sebanyak 9" (the
# figures a KPPS chair read out on polling day, Pilpres 2024; blind hunt 41 heard "02 sebanyak
# 124" with "suara" after the first count only). No count under a thousand was read without its
# unit: recall. Read as the pairs' votes at the level the sentence gives (one TPS, held there).
TPS_TITLE = "Penghitungan Suara Pilpres di TPS 3 Berjalan Lancar"


@pytest.mark.parametrize("sentence", [
    "Ketua KPPS membacakan perolehan suara di TPS 3: paslon 01 sebanyak 98, paslon 02 sebanyak "
    "124, dan paslon 03 sebanyak 9.",
    "Hasil penghitungan suara di TPS tersebut, pasangan nomor urut 1 memperoleh 98, nomor urut 2 "
    "memperoleh 124, dan nomor urut 3 memperoleh 9.",
    "Untuk perolehan suara Pilpres, paslon 01 sebanyak 98, 02 sebanyak 124 dan 03 ada 9.",
])
def test_small_counts_after_the_votes_subject_are_read_for_their_pairs(shipped_context,
                                                                      sentence):
    pairs = claims_of(shipped_context, TPS_TITLE,
                      "Penghitungan suara di TPS 3 berjalan lancar hingga sore hari.", sentence)
    got = {(c.kind, int(c.value), c.nomor_urut) for c, _ in pairs}
    assert {("votes", 98, 1), ("votes", 124, 2), ("votes", 9, 3)} <= got, got
    assert not any(cmp is not None and cmp.status in FLAGS for _, cmp in pairs), pairs


@pytest.mark.parametrize("sentence", [
    # the subject is no votes: witnesses, TPS, days
    "Jumlah saksi yang hadir, paslon 01 sebanyak 8, paslon 02 sebanyak 12, dan paslon 03 "
    "sebanyak 9.",
    # a count of things after the number ends no item
    "Perolehan suara paslon 01 unggul di TPS itu, paslon 02 sebanyak 12 TPS.",
    # a date after the verb
    "Perolehan suara paslon 02 dengan 27 November sebagai hari pencoblosan.",
])
def test_small_numbers_of_no_votes_list_stay_unread(shipped_context, sentence):
    pairs = claims_of(shipped_context, TPS_TITLE,
                      "Penghitungan suara di TPS 3 berjalan lancar hingga sore hari.", sentence)
    assert not [c for c, _ in pairs if c.kind == "votes" and c.value < 100], pairs


# ---- 3. A building's name ending in a regency's: "rapat pleno ... di Pendopo Kabupaten
# Jember" (the regent's hall) made Jember the page's area, and Jawa Timur's governor shares
# (58,81 / 32,52) were held as figures of a place below it. The hall is where the meeting sat.
@pytest.mark.parametrize("hall", ["Pendopo Kabupaten Jember", "Pendopo Agung Kabupaten Jember",
                                  "Pendapa Jember", "Gedung Serbaguna Kabupaten Jember"])
def test_a_hall_named_after_a_regency_is_no_area_of_the_figures(shipped_context, hall):
    pairs = claims_of(shipped_context, "Khofifah-Emil Menang Pilgub Jatim 2024",
                      f"Rapat pleno rekapitulasi digelar di {hall}, Senin (9/12/2024).",
                      "Khofifah-Emil meraih 58,81 persen suara. Risma-Gus Hans memperoleh "
                      "32,52 persen.")
    assert [(c.region_code, cmp.status) for c, cmp in at(pairs, "58.81")] == \
        [("35", "consistent")], pairs
    # a misquote there is caught now
    pairs = claims_of(shipped_context, "Khofifah-Emil Menang Pilgub Jatim 2024",
                      f"Rapat pleno rekapitulasi digelar di {hall}, Senin (9/12/2024).",
                      "Khofifah-Emil meraih 58,18 persen suara. Risma-Gus Hans memperoleh "
                      "32,52 persen.")
    assert flagged(pairs, "58.18"), pairs


def test_the_regency_s_own_plenary_in_its_hall_keeps_the_regency(shipped_context):
    # Negative control: KPU Jember's plenary of the regent race, held in the regent's hall;
    # Sirekap there gives Fawait-Djoko 584.123.
    pairs = claims_of(shipped_context, "Fawait-Djoko Menang Pilbup Jember 2024",
                      "KPU Kabupaten Jember menggelar rapat pleno terbuka rekapitulasi hasil "
                      "Pilbup Jember 2024 di Pendopo Kabupaten Jember, Kamis (5/12/2024).",
                      "Pasangan Muhammad Fawait-Djoko Susanto meraih 584.123 suara.")
    assert [(c.region_code, c.race_kind, cmp.status) for c, cmp in at(pairs, "584123")] == \
        [("3509", "regent_mayor", "consistent")], pairs
    # and a regency named as the place the votes were cast stays that regency
    pairs = claims_of(shipped_context, "Khofifah-Emil Unggul di Jember",
                      "Rapat pleno rekapitulasi Pilgub Jatim digelar di Pendopo Kabupaten Jember.",
                      "Di Kabupaten Jember, Khofifah-Emil meraih 718.673 suara.")
    assert [(c.region_code, cmp.status) for c, cmp in at(pairs, "718673")] == \
        [("3509", "consistent")], pairs


# ---- 4. "Di sini" after a sentence naming two areas (hunt.md cause G, kbk.news on Pilgub
# Kalsel; a bare name before it is tests/test_fix_known2.py's): "Demikian pula di Kabupaten
# Banjar, yang berbatasan dengan Kota Banjarmasin. Di sini Muhidin-Hasnuryadi meraih 79,8
# persen" took the last area named, Banjarmasin, and graded Banjar's share (Sirekap: 207.451 of
# 259.982, 79,79 %) against the city's. Either may be meant: held.
KALSEL_LEAD = ("Pasangan Muhidin-Hasnuryadi menang telak di Pilgub Kalimantan Selatan 2024. KPU "
               "Kalsel menetapkan pasangan nomor urut 1 itu meraih 1.629.456 suara.")


@pytest.mark.parametrize("back", ["Di sini", "Di daerah ini,", "Di wilayah tersebut,"])
def test_a_pointer_after_two_areas_named_is_held(shipped_context, back):
    pairs = claims_of(shipped_context, "Muhidin-Hasnur Menang Telak di Kalsel", KALSEL_LEAD,
                      "Demikian pula di Kabupaten Banjar, yang berbatasan dengan Kota "
                      f"Banjarmasin. {back} Muhidin-Hasnuryadi meraih 79,8 persen suara.")
    assert at(pairs, "79.8") and not flagged(pairs, "79.8"), pairs
    assert all(c.region_code != "6371" for c, _ in at(pairs, "79.8")), pairs


@pytest.mark.parametrize("place", ["Kabupaten Banjar", "Kabupaten Banjar, Kalimantan Selatan"])
def test_a_pointer_after_one_area_is_still_graded_there(shipped_context, place):
    # Negative control: one area (a regency and its province are one place) is the one
    # pointed to; its share is graded there.
    pairs = claims_of(shipped_context, "Muhidin-Hasnur Menang Telak di Kalsel", KALSEL_LEAD,
                      f"Demikian pula di {place}. Di sini Muhidin-Hasnuryadi meraih 79,8 persen "
                      "suara.")
    assert [(c.region_code, cmp.status) for c, cmp in at(pairs, "79.8")] == \
        [("6303", "consistent")], pairs


# ---- 5. A real count on a page whose only days are a schedule's (hunt.md cause H; Kota
# Mojokerto's mayor race, Sirekap's complete reading 53,45 / 46,55). The period's days are no
# moment (test_fix_known2); with no word "sementara" the count, stating no moment, was graded
# against the complete reading: 52,9 and 47,1 minor. A page that gives the recapitulation's days
# is written while the count comes in: the reading is of a moment it does not say.
MOJOKERTO = ("Mojokerto - Pasangan Ika Puspitasari dan Rachman Sidharta Arisandi unggul dalam "
             "Pilwali Kota Mojokerto 2024 berdasarkan real count KPU.",
             "Ika-Rachman meraih {} persen suara, sedangkan pasangan Junaedi Malik-Khusnun Amin "
             "memperoleh {} persen suara.")
SCHEDULE = "KPU Kota Mojokerto akan menggelar rekapitulasi berjenjang {}."


@pytest.mark.parametrize("period", ["dari Rabu (27/11/24) hingga Senin (16/12/2024)",
                                    "mulai Kamis (28/11/2024) sampai Minggu (1/12/2024)"])
def test_a_real_count_beside_a_schedule_only_is_of_an_unknown_moment(shipped_context, period):
    pairs = claims_of(shipped_context, "Ika-Rachman Unggul di Pilwali Kota Mojokerto",
                      MOJOKERTO[0], MOJOKERTO[1].format("52,9", "47,1"),
                      SCHEDULE.format(period))
    for value in ("52.9", "47.1"):
        assert [cmp.reason for _, cmp in at(pairs, value)] == ["another_moment"], pairs


def test_without_a_schedule_or_far_off_the_count_is_graded(shipped_context):
    # Negative controls: the same count on a page that gives no period is the count as it
    # stands (graded, by design); a share further off than a count moves (72,9 for 53,45) is
    # wrong whatever the moment.
    pairs = claims_of(shipped_context, "Ika-Rachman Unggul di Pilwali Kota Mojokerto",
                      MOJOKERTO[0], MOJOKERTO[1].format("52,9", "47,1"))
    assert flagged(pairs, "52.9") and flagged(pairs, "47.1"), pairs
    pairs = claims_of(shipped_context, "Ika-Rachman Unggul di Pilwali Kota Mojokerto",
                      MOJOKERTO[0], MOJOKERTO[1].format("72,9", "27,1"),
                      SCHEDULE.format("dari Rabu (27/11/24) hingga Senin (16/12/2024)"))
    assert flagged(pairs, "72.9"), pairs


def test_a_stated_moment_beside_a_schedule_still_grades(shipped_context):
    # "Data Sirekap hingga Rabu (27/11/2024) pukul 23.45 WIB" is a moment the record holds a
    # reading of: a share off it is caught, the schedule beside it notwithstanding.
    lead = ("Data Sirekap KPU hingga Rabu (27/11/2024) pukul 23.45 WIB menunjukkan pasangan "
            "Ika Puspitasari-Rachman Sidharta Arisandi meraih 58,45 persen suara di Pilwali Kota "
            "Mojokerto.")
    pairs = claims_of(shipped_context, "Real Count Pilwali Kota Mojokerto", lead,
                      SCHEDULE.format("dari Rabu (27/11/24) hingga Senin (16/12/2024)"))
    assert flagged(pairs, "58.45"), pairs


# ---- 6. An undated page on the 2020 Ternate mayor race (corpus-bd,
# news-poskomalut-pilwako-ternate-kecamatan): "Tauhid Soleman dan Jasri Usman (TULUS)" is
# 2024's Tauhid Soleman with another running mate (2024: Nasri Abubakar), beside pairs of no
# 2024 race (M. Hasan Bay-M. Asgar Saleh, Merlisa Marsaoly-Juhdi Taslim): the roster is another
# round's. Only the figure beside the pair of the other mate was held `other_election`; the
# kecamatan's counts and the sums "pasangan nomor urut 02 TULUS ..." kept 2024's race, held
# for their level or area. Every pair's figure of that race is the other round's.
TERNATE_2020 = (
    "Pasangan Tauhid Soleman dan Jasri Usman (TULUS) memimpin dengan perolehan 20.175 suara "
    "dari tujuh kecamatan yang sudah direkap PPK dalam Pemilihan Wali Kota Ternate.",
    "Di Ternate Utara, TULUS memimpin dengan 6.996 suara, disusul M. Hasan Bay dan M. Asgar "
    "Saleh dengan 5.225 suara, lalu Merlisa Marsaoly dan Juhdi Taslim dengan 4.722 suara.",
    "Dari tujuh kecamatan itu, pasangan nomor urut 02 TULUS mengantongi 20.175 suara. Pasangan "
    "nomor urut 03 MHB-Gas menyusul dengan 18.461 suara.")


def test_an_earlier_round_s_whole_roster_holds_every_figure_of_its_race(shipped_context):
    pairs = claims_of(shipped_context, "Rekapitulasi Pilwako Ternate di Tujuh Kecamatan Tuntas",
                      *TERNATE_2020)
    votes = [c for c, _ in pairs if c.kind == "votes"]
    assert {int(c.value) for c in votes} >= {20175, 5225, 4722, 18461}, pairs
    assert all(c.election is None and c.hold == "other_election" for c in votes), \
        [(c.value, c.election, c.hold) for c in votes]


def test_the_2024_pair_on_a_2024_page_is_still_graded(shipped_context):
    # Negative control: the 2024 race (Sirekap: Tauhid Soleman-Nasri Abubakar 45.459) on a page
    # that says 2024 is that race's.
    pairs = claims_of(shipped_context, "Hasil Pilwako Ternate 2024",
                      "Pasangan Tauhid Soleman dan Nasri Abubakar unggul di Pilwako Ternate 2024 "
                      "dengan 45.459 suara.")
    assert [(c.election, cmp.status) for c, cmp in at(pairs, "45459")] == \
        [("pilkada2024", "consistent")], pairs
