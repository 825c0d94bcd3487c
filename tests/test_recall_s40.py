"""Recall, session 40 (tests/corpus/findings/recall-s40.md). 1. A kecamatan list a sentence opens, whose first place shares its name with
the regency or city (tests/corpus/findings/recall-s40.md, cause "list of places, one unit each").

"Pasangan X unggul di sembilan kecamatan, yaitu Kolaka 58,06 persen, Watubangga 66,64 persen,
..." (a Kolaka campaign's count, dev corpus): the first place is Kecamatan Kolaka, but the
matcher knows "Kolaka" only as the regency, so the figure was read as Kabupaten Kolaka's (then
held `lower_level` by the gate), and the items after it, placed after no kecamatan's figure,
were not read at all (kecamatan_runs goes on only from an item it has placed). The list's
opening word says what its places are: the first item goes to the record's one kecamatan of
that name in the race's kab/kota, and the rest of the list follows it. A name the record holds
no kecamatan of there stays as it was; so does a place outside a list so opened.

Real figures of the shipped record: Sirekap's Pilbup Kolaka 2024 per kecamatan (Amri-
Husmaluddin, ballot 1: Kolaka 58,94, Watubangga 66,85, Wolo 70,82 %; Jadi, ballot 2: Wundulako
52,53, Baula 55,27 %) and Pilwalkot Kendari 2024 (Siska-Sudirman, ballot 1: Kecamatan Kendari
40,86, Mandonga 38,41 %).

2. A Pilpres round-up by province that says in one paragraph that a pair won a province and
gives the counts in the next ones, naming no place (won_before): "Prabowo-Gibran juga unggul di
DKI Jakarta, ..." / "Prabowo-Gibran unggul tipis dengan 2.692.011 suara atau 41,67 persen." /
"Sedangkan Anies-Muhaimin mengumpulkan 2.653.762 suara atau 41,07 persen." The counts were held
as the country's (`national_unproven`); they are the province's when they fit in it. The
national plenary of 20 Mar 2024: DKI Jakarta 2.692.011 / 2.653.762 of 6.460.911 valid votes,
Jawa Tengah 12.096.454 / 7.827.335 (53,08 / 34,35 %), the country 96.214.691 (58,59 %).

3. The country's Pilpres counts in the paragraph after "Secara keseluruhan, X ... N suara", a
province's figures before it (coverage_after.whole_goes_on): they were held as of no one area
(`region_unclear`, the province named last had figures of its own); they are the country's.
The national plenary: Prabowo-Gibran 96.214.691 (58,59 %), Anies-Muhaimin 40.971.906 (24,95 %),
Ganjar-Mahfud 27.040.878; DKI Jakarta 2.653.762 / 2.692.011 / 1.115.138."""

from __future__ import annotations

import pytest

from builders import flags, found

KOLAKA = ("Hitung riil KPU untuk Pilkada Kolaka, Kamis (28/11/2024) pukul 10.00 WITA, "
          "menempatkan Amri-Husmaluddin di depan dengan 59,86 persen suara.")
KENDARI = ("Berdasarkan real count KPU, Kamis (28/11/2024) pukul 10.15 WIB, dengan data masuk "
           "99,81 persen, pasangan Siska-Sudirman memimpin Pilwalkot Kendari 2024.")


def shares(claims: list) -> dict:
    """value -> (region code, ballot number) of the page's share figures."""
    return {f[1]: (f[2], f[5]) for f in claims if f[0] == "share"}


@pytest.mark.parametrize("title, lead, listed, expected", [
    ("Real Count Pilkada Kolaka", KOLAKA,
     "Pasangan Amri-Husmaluddin unggul pada sembilan kecamatan, yaitu Kolaka 58,94 persen, "
     "Watubangga 66,85 persen dan Wolo 70,82 persen.",
     {58.94: ("740104", 1), 66.85: ("740108", 1), 70.82: ("740110", 1)}),
    # a city and its kecamatan of the same name
    ("Real Count Pilwalkot Kendari", KENDARI,
     "Pasangan Siska-Sudirman unggul di lima kecamatan, yakni Kendari 40,86 persen dan "
     "Mandonga 38,41 persen.",
     {40.86: ("747102", 1), 38.41: ("747101", 1)}),
])
def test_every_place_of_a_kecamatan_list_is_that_kecamatans(shipped_context, title, lead,
                                                            listed, expected):
    claims = found(shipped_context, title, lead, listed)
    assert not flags(claims), claims
    got = shares(claims)
    assert {value: got.get(value) for value in expected} == expected, claims


def test_a_list_of_the_other_pair_reads_the_same(shipped_context):
    claims = found(shipped_context, "Real Count Pilkada Kolaka", KOLAKA,
                   "Pasangan nomor urut 2 hanya menang di dua kecamatan, yaitu Wundulako "
                   "52,53 persen dan Baula 55,27 persen.")
    assert not flags(claims), claims
    assert shares(claims).get(52.53) == ("740101", 2), claims
    assert shares(claims).get(55.27) == ("740112", 2), claims


def test_a_wrong_share_of_a_listed_kecamatan_is_not_the_regencys(shipped_context):
    # the regency's 59,86 beside a kecamatan 11 points off: never graded as the regency's
    claims = found(shipped_context, "Real Count Pilkada Kolaka", KOLAKA,
                   "Pasangan Amri-Husmaluddin unggul pada sembilan kecamatan, yaitu Kolaka "
                   "71,25 persen, Watubangga 66,85 persen dan Wolo 70,82 persen.")
    assert [f for f in claims if f[1] == 71.25 and f[2] == "7401"] == [], claims


@pytest.mark.parametrize("listed", [
    # no list opened by its level word: the regency's, as before
    "Di Kolaka, pasangan Amri-Husmaluddin meraih 59,86 persen suara.",
    # a place that is no kecamatan of Kolaka (Kendari is a city): not placed in Kolaka
    "Pasangan Amri-Husmaluddin unggul pada sembilan kecamatan, yaitu Kendari 59,86 persen.",
])
def test_no_kecamatan_is_guessed(shipped_context, listed):
    claims = found(shipped_context, "Real Count Pilkada Kolaka", KOLAKA, listed)
    assert all(len(f[2] or "") != 6 for f in claims if f[1] == 59.86), claims


PILPRES_LEAD = ("KPU menetapkan hasil rekapitulasi nasional Pilpres 2024 pada Rabu (20/3/2024). "
                "Prabowo-Gibran menang di sebagian besar provinsi.")
DKI_WON = ("Prabowo-Gibran juga unggul di DKI Jakarta, provinsi yang sering disebut basis "
           "pemilih Anies Baswedan.")


def votes_at(claims: list) -> dict:
    """value -> (region code, ballot number) of the page's vote counts."""
    return {f[1]: (f[2], f[5]) for f in claims if f[0] == "votes"}


def test_counts_after_a_province_the_pair_won_are_that_provinces(shipped_context):
    claims = found(shipped_context, "Rekapitulasi Pilpres 2024 di Provinsi DPT Terbesar",
                   PILPRES_LEAD, DKI_WON,
                   "Prabowo-Gibran unggul tipis dengan 2.692.011 suara atau 41,67 persen.",
                   "Sedangkan Anies-Muhaimin mengumpulkan 2.653.762 suara atau 41,07 persen.")
    assert not flags(claims), claims
    assert votes_at(claims).get(2692011) == ("31", 2), claims
    assert votes_at(claims).get(2653762) == ("31", 1), claims
    assert shares(claims).get(41.67) == ("31", 2), claims
    assert shares(claims).get(41.07) == ("31", 1), claims


@pytest.mark.parametrize("paragraphs", [
    # the country's count after the province: larger than all the province's votes
    (DKI_WON, "Prabowo-Gibran meraih 96.214.691 suara atau 58,59 persen."),
    # a share alone may be the country's: not carried
    (DKI_WON, "Prabowo-Gibran meraih 58,59 persen suara."),
    # the paragraph before gives a figure of its own: not this shape
    ("Prabowo-Gibran juga unggul di DKI Jakarta dengan 41,67 persen.",
     "Prabowo-Gibran meraih 96.214.691 suara atau 58,59 persen."),
    # a province named with no pair winning it
    ("Rekapitulasi DKI Jakarta disahkan lebih dulu.",
     "Prabowo-Gibran meraih 96.214.691 suara atau 58,59 persen."),
])
def test_no_national_figure_is_carried_to_the_province(shipped_context, paragraphs):
    claims = found(shipped_context, "Rekapitulasi Pilpres 2024", PILPRES_LEAD, *paragraphs)
    assert not flags(claims), claims
    assert all(f[2] != "31" for f in claims if f[1] in (96214691, 58.59)), claims


def test_a_ganjar_count_after_jawa_tengah_is_jawa_tengahs(shipped_context):
    # the province named two paragraphs back, the pair's count between carried
    claims = found(shipped_context, "Rekapitulasi Pilpres 2024 di Provinsi DPT Terbesar", PILPRES_LEAD,
                   "Prabowo-Gibran bahkan menang di Jawa Tengah, yang dikenal sebagai "
                   "lumbung suara partai pengusung Ganjar-Mahfud.",
                   "Prabowo-Gibran unggul dengan 12.096.454 suara atau 53,08 persen.",
                   "Adapun Ganjar-Mahfud mengumpulkan 7.827.335 suara atau 34,35 persen.")
    assert not flags(claims), claims
    assert votes_at(claims).get(12096454) == ("33", 2), claims
    assert votes_at(claims).get(7827335) == ("33", 3), claims


DKI_COUNTS = ("Di DKI Jakarta, Anies-Muhaimin meraih 2.653.762 suara, Prabowo-Gibran 2.692.011 "
              "suara dan Ganjar-Mahfud 1.115.138 suara.")
WHOLE = " Secara keseluruhan, Anies-Muhaimin mengumpulkan 40.971.906 suara atau 24,95 persen."


def test_counts_after_the_whole_go_on_with_the_country(shipped_context):
    claims = found(shipped_context, "Rekapitulasi Pilpres 2024", PILPRES_LEAD, DKI_COUNTS + WHOLE,
                   "Karena itu Anies-Muhaimin ada di urutan kedua. Prabowo-Gibran memimpin "
                   "dengan 96.214.691 suara atau 58,59 persen, sedangkan Ganjar-Mahfud "
                   "mendapat 27.040.878 suara.")
    assert not flags(claims), claims
    assert votes_at(claims).get(96214691) == ("", 2), claims
    assert votes_at(claims).get(27040878) == ("", 3), claims
    assert shares(claims).get(58.59) == ("", 2), claims


@pytest.mark.parametrize("before, after", [
    # no whole said after the province: its paragraph's counts stay unplaced
    (DKI_COUNTS, "Prabowo-Gibran kemudian memperoleh 2.692.011 suara."),
    # the paragraph points back to the province
    (DKI_COUNTS + WHOLE, "Di provinsi itu, Prabowo-Gibran memperoleh 2.692.011 suara."),
])
def test_no_province_count_goes_on_with_the_country(shipped_context, before, after):
    claims = found(shipped_context, "Rekapitulasi Pilpres 2024", PILPRES_LEAD, before, after)
    assert not flags(claims), claims
    assert all(f[2] != "" for f in claims if f[1] == 2692011 and f[0] == "votes"), claims
