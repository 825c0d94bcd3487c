"""The thirty-eighth blind run (46 real pages on turnout, golput, invalid ballots and the DPT
beside the 2024 results: Jakarta's record golput, Medan's 34,8 %, Makassar's 57,76 %, Pilpres's
81,78 %, the governor plenaries with their ballots; nobody had tuned on them, 2026-12-07): no
flag on the pages as they are, but two shapes held only by luck, graded `discrepant` once
probed in our own words (tests/corpus/findings/hunt.md, "Blind hunt 38").

A. A turnout said of the sentence's subject, the winner named on the way in a clause that only
   tells which race it was: "Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico
   Waas-Zakiyuddin Harahap hanya 34,8 persen" was graded as the winner's share (49,35). The
   page's own sentences (tribunmedan, harian.news) opened with a dateline and no pair, so the
   share went to a dateline word and was held `candidate_unknown`. The percentage is the
   subject's (turnout_subject.py, asked by roll_base.of_the_roll) unless something between
   gives a pair a figure ("meraih", "dengan", "sementara", another number).
B. A list "48 persen suara di Kota Mojokerto dan 72 persen suara di Surabaya" (Tempo on the
   Jatim plenary): "persen suara di <area>" was not read as the place written right after the
   figure (layout._PLACE_AFTER took "suara", "persen" or "%" alone), so the second share took
   the first's city; held on the page only because the record has no plenary of the city,
   graded `discrepant` (72 against Kota Mojokerto's 48,59) when said of the real count.
"""

from __future__ import annotations

import pytest

from builders import flags, found


def graded(claims: list, value: float) -> list:
    """(status, region) of the figures of `value`."""
    return [(f[3], f[2]) for f in claims if f[1] == value]


TITLE = "Partisipasi Pemilih Pilkada 2024 Rendah, KPU Akan Evaluasi"


# ---- A. the turnout is the subject's, not the winner's share.
@pytest.mark.parametrize("text, value", [
    # the probed shape: Medan (Rico-Zakiyuddin's Sirekap share 49,35)
    ("Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico Waas-Zakiyuddin Harahap "
     "hanya 34,8 persen.", 34.8),
    # Sumut, the clause between commas (Bobby-Surya 64,52)
    ("Tingkat partisipasi pemilih di Pilgub Sumut 2024, yang dimenangkan Bobby Nasution-Surya, "
     "tercatat 55,27 persen.", 55.27),
    # Makassar (Munafri-Aliyah 54,68), "yang memenangkan pasangan"
    ("Partisipasi pemilih Pilwalkot Makassar 2024 yang memenangkan pasangan Munafri "
     "Arifuddin-Aliyah Mustika Ilham hanya 57,76 persen.", 57.76),
    # Jakarta against the plenary (Pramono-Rano 50,07), "kehadiran"
    ("Kehadiran pemilih di Pilgub Jakarta 2024 yang dimenangkan Pramono Anung-Rano Karno hanya "
     "57,6 persen.", 57.6),
    # a dateline before the subject, as the real pages wrote it
    ("MEDAN - Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico Waas-Zakiyuddin "
     "Harahap hanya 34,8 persen.", 34.8),
])
def test_a_a_turnout_subject_owns_its_percentage(shipped_context, text, value):
    claims = found(shipped_context, TITLE, text)
    assert not flags(claims), claims
    assert not graded(claims, value), claims


def test_a_control_the_pair_given_its_share_after_the_turnout(shipped_context):
    # "sementara X meraih": the second percentage is the pair's, graded; a wrong one caught
    claims = found(shipped_context, TITLE,
                   "Tingkat partisipasi pemilih di Pilgub Sumut 2024 mencapai 55,27 persen, "
                   "sementara Bobby Nasution-Surya meraih 64,52 persen.")
    assert graded(claims, 64.52) == [("consistent", "12")], claims
    assert not graded(claims, 55.27), claims
    claims = found(shipped_context, TITLE,
                   "Tingkat partisipasi pemilih di Pilgub Sumut 2024 mencapai 55,27 persen, "
                   "sementara Bobby Nasution-Surya meraih 74,52 persen.")
    assert graded(claims, 74.52) == [("discrepant", "12")], claims


@pytest.mark.parametrize("text, value, status", [
    # the pair is the subject, the turnout only a circumstance: its share is graded
    ("Pasangan Pramono Anung-Rano Karno, yang menang di tengah partisipasi pemilih rendah, "
     "meraih 60,07 persen.", 60.07, "discrepant"),
    ("Partisipasi pemilih di Pilgub Jakarta 2024 hanya 57,6 persen, sedangkan Pramono "
     "Anung-Rano Karno meraih 50,07 persen.", 50.07, "consistent"),
])
def test_a_control_a_pair_subject_keeps_its_share(shipped_context, text, value, status):
    claims = found(shipped_context, TITLE, text)
    assert graded(claims, value) == [(status, "31")], claims


# ---- B. "N persen suara di <area>": the area written right after the share is its own (the
# pair named in the list's own paragraph, as the page wrote it).
JATIM_TITLE = "Risma Unggul di Dua Kota pada Pilgub Jatim 2024"
JATIM_LEAD = ("Berdasarkan real count KPU di Sirekap, pasangan Tri Rismaharini-Zahrul Azhar "
              "Asumta unggul di dua kota.")


@pytest.mark.parametrize("text, shares", [
    # the page's list (Kota Mojokerto 48,59, Kota Surabaya 72,04)
    ("Rinciannya, 48 persen suara di Kota Mojokerto dan 72 persen suara di Surabaya.",
     {48.0: "3576", 72.0: "3578"}),
    # the other order, "%" and the record's decimals
    ("Rinciannya, 72,04% suara di Kota Surabaya dan 48,59% suara di Kota Mojokerto.",
     {72.04: "3578", 48.59: "3576"}),
])
def test_b_the_area_after_persen_suara_is_the_shares(shipped_context, text, shares):
    claims = found(shipped_context, JATIM_TITLE, JATIM_LEAD + " " + text)
    assert not flags(claims), claims
    for value, area in shares.items():
        assert graded(claims, value) == [("consistent", area)], claims


def test_b_another_province_and_pair(shipped_context):
    # Banten: Airin-Ade's Sirekap shares in Kota Cilegon (53,33) and Kota Tangerang Selatan (66,94)
    claims = found(shipped_context, "Airin Unggul di Dua Kota pada Pilgub Banten 2024",
                   "Berdasarkan real count KPU di Sirekap, pasangan Airin Rachmi Diany-Ade "
                   "Sumardi unggul di dua kota. Rinciannya, 53,33 persen suara di Kota Cilegon dan 66,94 persen suara di "
                   "Kota Tangerang Selatan.")
    assert not flags(claims), claims
    assert graded(claims, 66.94) == [("consistent", "3674")], claims


def test_b_control_a_wrong_share_is_caught_in_its_own_city(shipped_context):
    claims = found(shipped_context, JATIM_TITLE,
                   JATIM_LEAD + " Rinciannya, 48 persen suara di Kota Mojokerto dan 62 persen "
                   "suara di Surabaya.")
    assert graded(claims, 62.0) == [("discrepant", "3578")], claims
    assert graded(claims, 48.0) == [("consistent", "3576")], claims
