"""Errors caught (caught-s41), written in our own words with the record's real figures:

1. A list of kecamatan counts whose parts add up past the page's own whole
   (parts_past_whole.py).
2. A plenary share no base allows beside the pair's own count (beside_count.py), below.

KPU Tabanan's plenary of the Pilbup Tabanan 2024 (6 Dec 2024): Sanjaya-Dirga (ballot 2)
204.374 votes, Mulyadi-Ardika (ballot 1) 100.104, as Tribun Bali and NusaBali report it. The
shipped record holds Sirekap of 28 Nov: the regency at 99,88 % of the TPS (204.106 / 100.009),
each kecamatan complete but Kecamatan Tabanan (99,15 %): Baturiti 22.047 / 12.382, Kediri
29.830 / 25.230, Penebel 26.276 / 6.891, Kerambitan 19.375 / 9.402, Marga 25.596 / 5.856,
Pupuan 18.175 / 9.625, Selemadeg 9.208, Selemadeg Timur 9.863, Selemadeg Barat 7.831, Tabanan
35.905 for Sanjaya-Dirga. A repost of the plenary's report gave Baturiti 27.456 (77,55 %),
Kediri 30.580, Penebel 29.100 for Sanjaya-Dirga: with the record's counts of the kecamatan it
leaves out they add up far past the 204.374 it gives the regency. Every count was held
(`progress_differs`), every share too (`plenary_not_loaded`).
"""

from __future__ import annotations

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")
TITLE = "Sanjaya-Dirga Menang di Semua Kecamatan di Tabanan"
WHOLE = ("<p>Rapat pleno KPU Tabanan, Jumat (6/12/2024), menetapkan hasil Pilkada Tabanan: "
         "pasangan I Komang Gede Sanjaya-Made Dirga (Sanjaya-Dirga) menang dengan 204.374 suara, "
         "sementara I Nyoman Mulyadi-I Nyoman Ardika mengumpulkan 100.104 suara.</p>")
BATURITI = ("<p>Di Kecamatan Baturiti, Sanjaya-Dirga unggul dengan {0} suara ({1}), sedangkan "
            "Mulyadi-Ardika mendapat {2} suara.</p>")
KEDIRI = "<p>Di Kecamatan Kediri, Sanjaya-Dirga meraih {0} suara, Mulyadi-Ardika {1} suara.</p>"
PENEBEL = "<p>Di Kecamatan Penebel, Sanjaya-Dirga mencatat {0} suara, Mulyadi-Ardika {1} suara.</p>"


def graded(body: str, ctx) -> dict:
    report = check_article(TITLE, body, ctx=ctx)
    return {(claim.kind, str(claim.value)): (comp.status if comp else None,
                                        comp.reason if comp else None)
            for claim, comp in every_claim(report)}


def test_a_list_that_adds_up_past_its_own_whole_is_wrong_where_the_record_says(shipped_context):
    found = graded(WHOLE + BATURITI.format("27.456", "77,55%", "8.019") +
                   KEDIRI.format("30.580", "24.560") + PENEBEL.format("29.100", "8.950"),
                   shipped_context)
    # 27.456 + 30.580 + 29.100 = 87.136; the seven other kecamatan hold 125.953 in the record:
    # 213.089, 4,3 % past the 204.374 the page gives the regency.
    assert found[("votes", "27456")] == ("discrepant", "parts_past_whole")
    assert found[("share", "77.55")] == ("discrepant", "parts_past_whole")
    assert found[("votes", "29100")] == ("discrepant", "parts_past_whole")
    # The whole agrees with the record: never blamed.
    assert found[("votes", "204374")][0] not in FLAGS


def test_the_record_counts_of_each_kecamatan_are_left_alone(shipped_context):
    found = graded(WHOLE + BATURITI.format("22.047", "64,04%", "12.382") +
                   KEDIRI.format("29.830", "25.230") + PENEBEL.format("26.276", "6.891"),
                   shipped_context)
    assert all(status not in FLAGS for status, _ in found.values())


def test_far_items_that_do_not_break_the_whole_stay_held(shipped_context):
    # Below the record in each kecamatan: the parts and the rest stay under the whole, which
    # a plenary correcting Sirekap downward could give; the page does not contradict itself.
    found = graded(WHOLE + BATURITI.format("20.047", "61,80%", "12.382") +
                   KEDIRI.format("27.830", "25.230") + PENEBEL.format("24.276", "6.891"),
                   shipped_context)
    assert all(reason != "parts_past_whole" for _, reason in found.values())


def test_no_whole_or_one_part_proves_nothing(shipped_context):
    parts = BATURITI.format("27.456", "77,55%", "8.019") + KEDIRI.format("30.580", "24.560")
    for body in (parts, WHOLE + BATURITI.format("27.456", "77,55%", "8.019")):
        found = graded(body, shipped_context)
        assert all(reason != "parts_past_whole" for _, reason in found.values()), body


def test_a_whole_far_from_the_record_is_no_yardstick(shipped_context):
    # The regency's count 4 % below the record: another race's or another moment's, so the
    # list (213.089 with the rest) cannot be weighed against it.
    body = WHOLE.replace("204.374", "195.374") + BATURITI.format("27.456", "77,55%", "8.019") + \
        KEDIRI.format("30.580", "24.560") + PENEBEL.format("29.100", "8.950")
    found = graded(body, shipped_context)
    assert all(reason != "parts_past_whole" for _, reason in found.values())


# KPU Sumatera Barat's plenary of the Pilgub 2024 (8 Dec 2024, Republika and CNN Indonesia;
# tests/corpus/findings/rekap-s41.md): Mahyeldi-Vasko (ballot 1) 1.757.612 of 2.279.060 valid
# votes, 77,12 %. The decree is not shipped (the record's Sumbar is Sirekap only; Bengkulu, this
# test's first province, ships its decree since rekap-s41): Sirekap at 99,49 % of the TPS gives
# the pair 1.750.873 of 2.269.349 valid votes, 77,15 %. Beside 1.757.612 no base gives the pair
# more than 1.757.612 / (2.269.349 less a percent) = 78,23 %.
SUMBAR = ("<p>KPU Provinsi Sumatera Barat menetapkan pasangan nomor urut 1 Mahyeldi dan Vasko "
          "Ruseimy sebagai pemenang Pilgub Sumbar dengan {share} atau {count} suara.</p>")


def test_a_plenary_share_above_its_own_count_is_wrong(shipped_context):
    found = graded(SUMBAR.format(share="80,12%", count="1.757.612"), shipped_context)
    assert found[("share", "80.12")] == ("discrepant", "beside_count")


def test_a_share_its_count_allows_or_below_it_stays_as_it_was(shipped_context):
    found = graded(SUMBAR.format(share="77,12%", count="1.757.612"), shipped_context)
    assert found[("share", "77.12")] == ("unverifiable", "plenary_not_loaded")
    # below: a share of every ballot cast is lower than one of the valid votes
    found = graded(SUMBAR.format(share="72,12%", count="1.757.612"), shipped_context)
    assert found[("share", "72.12")] == ("unverifiable", "plenary_not_loaded")


def test_without_a_count_that_agrees_the_share_stays_held(shipped_context):
    alone = ("<p>KPU Provinsi Sumatera Barat menetapkan pasangan nomor urut 1 Mahyeldi dan Vasko "
             "Ruseimy sebagai pemenang Pilgub Sumbar dengan 80,12%.</p>")
    found = graded(alone, shipped_context)
    assert found[("share", "80.12")] == ("unverifiable", "plenary_not_loaded")
    # a count 5 % above the record's: not this count of this pair, no yardstick
    found = graded(SUMBAR.format(share="80,12%", count="1.845.612"), shipped_context)
    assert found[("share", "80.12")][0] not in FLAGS


def test_a_decree_that_ships_grades_the_share_against_itself(shipped_context):
    # Bengkulu's decree (Helmi Hasan-Mian, 616.469 votes, 55,09 %) ships: a wrong share beside
    # its count is the decree's discrepancy, graded against the decree, not beside_count's.
    bengkulu = ("<p>KPU Provinsi Bengkulu menetapkan pasangan nomor urut 1 Helmi Hasan dan Mian "
                "sebagai pemenang Pilgub Bengkulu dengan {share} atau 616.469 suara.</p>")
    assert graded(bengkulu.format(share="58,09%"), shipped_context)[("share", "58.09")] == \
        ("discrepant", None)
    assert graded(bengkulu.format(share="55,09%"), shipped_context)[("share", "55.09")][0] == \
        "consistent"


# KPU Kota Balikpapan's plenary of the Pilwali 2024 (Tribun Kaltim's round-up of Kaltim's
# kab/kota): Rahmad Mas'ud-Bagus Susetyo (1) 177.290 votes, 59,27 %; Rendi Susiswo-Eddy Sunardi
# (2) 45.668 votes, 15,27 %. Sirekap at 99,90 % of the TPS: 176.856 and 45.578 of 298.335
# valid votes (59,28 and 15,28 %). A share of a larger base is lower for both pairs alike; the
# first pair's right share shows the page's base is the valid votes.
BALIKPAPAN = ("<p>Hasil rapat pleno KPU Kota Balikpapan untuk Pilwali Balikpapan: pasangan "
              "nomor urut 1 Rahmad Mas'ud-Bagus Susetyo {first}, pasangan nomor urut 2 Rendi "
              "Susiswo-Eddy Sunardi 45.668 suara atau {second}.</p>")


def test_a_share_below_its_own_count_where_another_share_shows_the_base(shipped_context):
    found = graded(BALIKPAPAN.format(first="177.290 suara atau 59,27 persen",
                                     second="12,57 persen"), shipped_context)
    assert found[("share", "12.57")] == ("discrepant", "beside_count")
    found = graded(BALIKPAPAN.format(first="177.290 suara atau 59,27 persen",
                                     second="15,27 persen"), shipped_context)
    assert all(status not in FLAGS for status, _ in found.values())


def test_a_share_below_its_count_with_no_base_shown_stays_held(shipped_context):
    # the first pair's count alone: the base of "12,57" may be every ballot cast
    found = graded(BALIKPAPAN.format(first="177.290 suara", second="12,57 persen"),
                   shipped_context)
    assert found[("share", "12.57")][0] not in FLAGS
