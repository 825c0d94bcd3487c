"""Shapes the hunts of stop 38 left open (tests/corpus/findings/hunt.md, blind hunts 36 and 38;
branch fix-s38b). Sentences in our own words, figures of the shipped record.

1. A head of region's title right before a candidate of another race: "Wali Kota Medan Bobby
   Nasution unggul 64,52 persen di Pilgub Sumut" gave the province's share Medan's area and
   graded it `minor` against Medan's 63.55 (blind 36's probe). The title says who the person
   is; when the name after it is a candidate of a race of another level (governor, president)
   and of none of the title's own level there, the place is no count's area
   (figures/title_holder.py). A mayor re-running for mayor keeps his city.

2. A turnout subject whose relative clause gives the winner its own share first: "Partisipasi
   pemilih di Pilwalkot Medan yang dimenangi Rico Waas-Zakiyuddin Harahap dengan 49,35 persen
   hanya 34,8 persen": 34,8 is the turnout (blind 38's probe, graded discrepant as the pair's).
   The clause of winning with its one share, then only a predicate's words before the figure
   (turnout_subject._OWN_SHARE_FIRST); the pair's own share is still graded.

3. A site's name in capitals holding a province's name, opening the first line before the
   filing place: "ZONA KALBAR, NASIONAL – ..." (blind 36, page 23) made a Pilpres page
   Kalimantan Barat's (figures held `page_region_below`). It is a masthead (caps_masthead.py,
   asked by places.dateline), unless its words name a race or an office ("PILGUB KALBAR").

4. (recall) A legislature named in the clause of who backs a pair: "Khofifah-Emil yang didukung
   partai penguasa 85 persen kursi DPRD meraih 58,81 persen" (blind 37) held the pair's share
   `other_race`. The backers' house is not the race of the pair's figure after a verb of
   obtaining (backing_house.py, asked by parties.house_at); seats stay the house's.
"""

from __future__ import annotations

import pytest

from builders import context, flags, found
from checker.figures.matching import matcher_for
from checker.figures.places import dateline


def graded(claims: list, value: float) -> list:
    """(status, reason, region) of the figures of `value`."""
    return [(f[3], f[4], f[2]) for f in claims if f[1] == value]


RC = "Berdasarkan real count KPU, Kamis (28/11/2024) pukul 10.15 WIB, "
SUMUT = ("Real Count Pilgub Sumatera Utara: Bobby Unggul",
         "KPU merilis real count Pilgub Sumatera Utara 2024.")
JABAR = ("Real Count Pilgub Jawa Barat: Dedi Mulyadi Unggul",
         "KPU merilis real count Pilgub Jawa Barat 2024.")
PILPRES = ("Hasil Resmi Pilpres 2024", "KPU menetapkan hasil rekapitulasi nasional Pilpres 2024.")


# ---- 1. an office title before a candidate of another race is the person's, not the area.
@pytest.mark.parametrize("page, text, value, region", [
    # the probe's shape: Medan's mayor in the governor race (Sumut 64.52; Medan 63.55)
    (SUMUT, RC + "Wali Kota Medan Bobby Nasution unggul 64,52 persen di Pilgub Sumut.", 64.52,
     "12"),
    # a regent in the governor race (Jabar 62.22; Purwakarta 74.19)
    (JABAR, RC + "Bupati Purwakarta Dedi Mulyadi meraih 62,22 persen suara di Pilgub Jabar.",
     62.22, "32"),
])
def test_1_a_title_before_another_races_candidate_is_no_area(shipped_context, page, text,
                                                               value, region):
    claims = found(shipped_context, *page, text)
    assert not flags(claims), claims
    assert ("consistent", None, region) in graded(claims, value), claims


@pytest.mark.parametrize("text", [
    "Gubernur Jawa Tengah Ganjar Pranowo meraih 16,47 persen suara dalam Pilpres 2024.",
    "Gubernur Jawa Tengah Ganjar Pranowo meraih 16,47 persen suara.",
])
def test_1_a_governor_in_the_pilpres_is_not_his_provinces_count(shipped_context, text):
    # the national 16,47 was graded discrepant against Jawa Tengah's 34,35
    claims = found(shipped_context, *PILPRES, text)
    assert not flags(claims), claims
    assert graded(claims, 16.47) and all(g[2] != "33" for g in graded(claims, 16.47)), claims


@pytest.mark.parametrize("page, text, value", [
    (SUMUT, RC + "Wali Kota Medan Bobby Nasution unggul 68,52 persen di Pilgub Sumut.", 68.52),
    (JABAR, RC + "Bupati Purwakarta Dedi Mulyadi meraih 66,22 persen suara di Pilgub Jabar.",
     66.22),
])
def test_1_control_a_wrong_share_is_still_caught(shipped_context, page, text, value):
    claims = found(shipped_context, *page, text)
    assert [g[0] for g in graded(claims, value)] == ["discrepant"], claims


@pytest.mark.parametrize("page, text, value, region", [
    # a mayor re-running for mayor: his race is that city's (Surabaya 81.38)
    (("Real Count Pilwalkot Surabaya 2024", "KPU merilis real count Pilwalkot Surabaya 2024."),
     RC + "Wali Kota Surabaya Eri Cahyadi meraih 81,38 persen suara di Pilwalkot Surabaya.",
     81.38, "3578"),
    # the city as the place of the count (Medan 63.55)
    (SUMUT, RC + "di Kota Medan Bobby Nasution-Surya meraih 63,55 persen suara.", 63.55, "1271"),
    # a candidate of the governor race written with the regency as the place (Purwakarta 74.19)
    (JABAR, RC + "Dedi Mulyadi-Erwan meraih 74,19 persen suara di Kabupaten Purwakarta.", 74.19,
     "3214"),
])
def test_1_control_the_place_of_the_count_keeps_its_area(shipped_context, page, text, value,
                                                          region):
    claims = found(shipped_context, *page, text)
    assert ("consistent", None, region) in graded(claims, value), claims


def test_1_control_a_wrong_figure_of_the_mayor_re_running_is_caught(shipped_context):
    claims = found(shipped_context, "Real Count Pilwalkot Surabaya 2024",
                   "KPU merilis real count Pilwalkot Surabaya 2024.",
                   RC + "Wali Kota Surabaya Eri Cahyadi meraih 86,38 persen suara di Pilwalkot "
                   "Surabaya.")
    assert [g[:1] + g[2:] for g in graded(claims, 86.38)] == [("discrepant", "3578")], claims


# ---- 2. the turnout after a relative clause that gave the winner its share first.
WHEN = "Data real count KPU dibaca pada Kamis (28/11/2024) pukul 10.15 WIB."
MEDAN = ("Partisipasi Pemilih Pilwalkot Medan Rendah",
         "KPU merilis real count Pilwalkot Medan 2024.", WHEN)
SUMUT_TURNOUT = ("Partisipasi Pemilih Pilgub Sumut Rendah",
                 "KPU merilis real count Pilgub Sumut 2024.", WHEN)
MAKASSAR = ("Partisipasi Pemilih Pilwalkot Makassar Rendah",
            "KPU merilis real count Pilwalkot Makassar 2024.", WHEN)


@pytest.mark.parametrize("page, text, turnout", [
    (MEDAN, "Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico Waas-Zakiyuddin "
     "Harahap dengan 49,35 persen hanya 34,8 persen.", 34.8),
    (SUMUT_TURNOUT, "Tingkat partisipasi di Pilgub Sumut yang dimenangi Bobby-Surya dengan 64,52 "
     "persen hanya mencapai 55,27 persen.", 55.27),
    (MAKASSAR, "Partisipasi pemilih di Pilwalkot Makassar yang dimenangkan Munafri-Aliyah dengan "
     "54,68 persen tercatat hanya 57,76 persen.", 57.76),
])
def test_2_the_turnout_after_the_winners_own_share_is_no_pairs(shipped_context, page, text,
                                                                turnout):
    claims = found(shipped_context, *page, text)
    assert not flags(claims), claims
    assert not graded(claims, turnout), claims


def test_2_control_the_winners_own_share_in_the_clause_is_still_graded(shipped_context):
    claims = found(shipped_context, *MEDAN,
                   "Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico "
                   "Waas-Zakiyuddin Harahap dengan 49,35 persen hanya 34,8 persen.")
    assert ("consistent", None, "1271") in graded(claims, 49.35), claims
    claims = found(shipped_context, *MEDAN,
                   "Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico "
                   "Waas-Zakiyuddin Harahap dengan 59,35 persen hanya 34,8 persen.")
    assert [g[0] for g in graded(claims, 59.35)] == ["discrepant"], claims


def test_2_control_another_pairs_figure_after_the_clause_is_still_theirs(shipped_context):
    # "sementara X meraih": the second figure is the other pair's (Ridha's 34,8 is wrong)
    claims = found(shipped_context, *MEDAN,
                   "Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico "
                   "Waas-Zakiyuddin Harahap dengan 49,35 persen, sementara Ridha Dharmajaya "
                   "meraih 34,8 persen.")
    assert [g[0] for g in graded(claims, 34.8)] == ["discrepant"], claims


# ---- 3. a site's name in capitals holding a region's name is no area statement.
@pytest.mark.parametrize("lead, text, value", [
    ("ZONA KALBAR, NASIONAL – KPU menetapkan hasil Pilpres 2024.",
     "Prabowo-Gibran meraih 58,59 persen suara sah dalam Pilpres 2024.", 58.59),
    ("RAKYAT JATENG, JAKARTA – KPU menetapkan hasil Pilpres 2024.",
     "Ganjar-Mahfud meraih 16,47 persen suara sah dalam Pilpres 2024.", 16.47),
    ("SUARA SUMUT, NASIONAL – Setahun lalu KPU menetapkan hasil Pilpres 2024.",
     "Pasangan Prabowo-Gibran meraih 58,59 persen suara.", 58.59),
])
def test_3_a_caps_site_name_is_not_the_pages_area(shipped_context, lead, text, value):
    claims = found(shipped_context, "Kilas Balik Hasil Pilpres 2024", lead, text)
    assert not flags(claims), claims
    assert graded(claims, value) and all(g[1] != "page_region_below" and g[2] == ""
                                         for g in graded(claims, value)), claims


def _mentions(text: str) -> list:
    """(the region as written, whether it is a dateline) of each region `text` names."""
    ctx = context()
    matcher = matcher_for(ctx.official, ctx.rules.figures)
    return [(text[h.start:h.end], dateline(text, h)) for h in matcher.region_mentions(text)]


@pytest.mark.parametrize("text, place", [
    ("ZONA KALBAR, NASIONAL – Lembaga survei merilis hasilnya.", "KALBAR"),
    ("RAKYAT JATENG, SEMARANG – KPU menetapkan hasilnya.", "JATENG"),
])
def test_3_the_masthead_is_a_dateline(text, place):
    assert (place, True) in _mentions(text)


@pytest.mark.parametrize("text, place", [
    # a heading about the race, not a site's name
    ("PILGUB KALBAR, PONTIANAK – KPU menetapkan hasilnya.", "KALBAR"),
    ("HASIL PILKADA KALBAR, PONTIANAK – KPU menetapkan hasilnya.", "KALBAR"),
    # a list's item: a place, then a figure after the dash
    ("ZONA KALBAR, PONTIANAK – 45,2 persen", "KALBAR"),
    # capitals inside a sentence, not at the line's start
    ("Menurut data, ZONA KALBAR, NASIONAL – Lembaga survei merilis hasilnya.", "KALBAR"),
])
def test_3_control_a_race_heading_or_a_list_item_is_not(text, place):
    assert (place, False) in _mentions(text)


# ---- 4. (recall) a legislature in the clause of who backs a pair is not the figure's race.
JATIM = ("KPU Jatim Tetapkan Khofifah-Emil Pemenang Pilgub",
         "KPU Provinsi Jawa Timur menetapkan hasil rekapitulasi Pilgub Jatim 2024, Senin "
         "(9/12/2024).")


@pytest.mark.parametrize("text", [
    # blind 37's shape (Jatim's decree 58,81)
    "Khofifah-Emil yang didukung partai penguasa 85 persen kursi DPRD meraih 58,81 persen "
    "suara sah.",
    "Khofifah-Emil yang diusung partai-partai pemilik kursi DPRD Jatim meraih 58,81 persen "
    "suara sah.",
])
def test_4_the_backers_house_is_not_the_pairs_race(shipped_context, text):
    claims = found(shipped_context, *JATIM, text)
    assert ("consistent", None, "35") in graded(claims, 58.81), claims


def test_4_control_a_wrong_share_after_the_backers_is_caught(shipped_context):
    claims = found(shipped_context, *JATIM, "Khofifah-Emil yang didukung partai penguasa 85 "
                   "persen kursi DPRD meraih 56,81 persen suara sah.")
    assert [g[0] for g in graded(claims, 56.81)] == ["discrepant"], claims


@pytest.mark.parametrize("text", [
    # the seats are the house's
    "Khofifah-Emil yang didukung mayoritas partai di DPRD, partai-partai itu meraih 58,81 "
    "persen kursi.",
    "Khofifah-Emil yang didukung mayoritas partai di DPRD partai itu meraih 58,81 persen kursi.",
    # no pair before the clause: a party's figure
    "Partai Gerindra yang didukung banyak kader di DPRD meraih 13,22 persen suara.",
])
def test_4_control_the_houses_own_figures_stay_ungraded(shipped_context, text):
    claims = found(shipped_context, *JATIM, text)
    assert not [f for f in claims if f[3] in ("consistent", "minor", "discrepant")], claims


def test_1_control_a_title_ending_its_sentence_keeps_the_next_sentences_pair(shipped_context):
    # the region's hit takes in the full stop; the pair after it is no name of the title's
    claims = found(shipped_context, *PILPRES, "Rapat pleno provinsi dihadiri Nana Sudjana sebagai "
                   "Gubernur Jawa Tengah. Prabowo-Gibran meraih 53,08 persen.")
    assert ("consistent", None, "33") in graded(claims, 53.08), claims
