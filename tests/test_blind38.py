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
C. (probed from the Jakarta golput pages) a pair's count given as a share of the roll: "Dari
   8.214.007 DPT, Pramono Anung-Rano Karno hanya dipilih 2.183.239 orang atau 26,58 persen",
   "Jika dihitung dari total DPT, ... hanya didukung 26,58 persen pemilih" were graded
   `discrepant` against 50,07. The sentence says the base is the roll, in words or in numbers
   (the percentage is the count over the roll it gives): roll_share.py, asked by roll_base.
   So is a share of all who came, invalid ballots included ("Dari 4.724.393 pemilih yang
   datang, ... 2.183.239 orang atau 46,21 persen", "Jika suara tidak sah ikut dihitung, ...
   hanya meraih 46,21 persen").
D. (probed from Jatim's turnout per regency) "Khofifah-Emil menang telak di Kabupaten Sampang
   yang partisipasinya mencapai 87,30 persen": the possessive "partisipasinya" was no
   not-share word, and the turnout was graded as the pair's share there (74,81); so was
   "suara tidak sahnya mencapai 6,96 persen" (Sumsel): the possessives of the turnout words
   join rules/figures.yaml not_share_words.
E. (probed from the same page) a list the turnout heads: "Partisipasi tertinggi ada di
   Kabupaten Pamekasan 87,57 persen, Kabupaten Sampang 87,30 persen dan Kabupaten Mojokerto
   84,67 persen" after "Khofifah-Emil menang di 36 kabupaten/kota": the first item was the
   turnout's, the later ones (past the comma) graded as the winner's shares there. And "hanya
   34,8 persen pemilih yang datang ke TPS" after the winner's name. turnout_subject.py.
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
    # the day of the vote between (tribunmedan's sentence, the winner added)
    ("MEDAN - Partisipasi pemilih pada pemilihan Wali Kota Medan yang berlangsung pada 27 "
     "November 2024, yang dimenangi Rico Waas-Zakiyuddin Harahap, hanya sebesar 34,8 persen.",
     34.8),
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


# ---- C. a count's share of the roll is no share of the votes.
@pytest.mark.parametrize("text", [
    # in numbers: 2.183.239 of 8.214.007 is 26,58 %
    "Dari 8.214.007 DPT, Pramono Anung-Rano Karno hanya dipilih 2.183.239 orang atau 26,58 "
    "persen.",
    # in words
    "Jika dihitung dari total DPT, Pramono Anung-Rano Karno hanya didukung 26,58 persen pemilih "
    "Jakarta.",
    # all who came: 2.183.239 of 4.724.393 is 46,21 %
    "Dari 4.724.393 pemilih yang datang, Pramono Anung-Rano Karno dipilih 2.183.239 orang atau "
    "46,21 persen.",
    "Jika suara tidak sah ikut dihitung, Pramono Anung-Rano Karno hanya meraih 46,21 persen.",
])
def test_c_a_share_of_the_roll_is_no_share_of_the_votes(shipped_context, text):
    claims = found(shipped_context, TITLE, text)
    assert not flags(claims), claims
    assert not graded(claims, 26.58) and not graded(claims, 46.21), claims


def test_c_another_city(shipped_context):
    # Medan: Rico-Zakiyuddin's 297.498 of a roll of 1.799.421 is 16,53 % (their share 49,35)
    claims = found(shipped_context, TITLE,
                   "Dari 1.799.421 pemilih terdaftar, Rico Waas-Zakiyuddin Harahap hanya dipilih "
                   "297.498 orang atau 16,53 persen.")
    assert not flags(claims), claims
    assert not graded(claims, 16.53), claims


@pytest.mark.parametrize("base, share, status", [
    ("Dari DPT sebanyak 8.214.007 orang", "50,07", "consistent"),
    ("Dari DPT sebanyak 8.214.007 orang", "60,07", "discrepant"),
    ("Dari 4.724.393 pemilih yang datang", "50,07", "consistent"),
    ("Dari 4.724.393 pemilih yang datang", "56,21", "discrepant"),
])
def test_c_control_the_base_named_the_share_of_the_votes_still_graded(shipped_context, base,
                                                                        share, status):
    # the base scene-set, the share not the count over it: the pair's, graded either way
    claims = found(shipped_context, TITLE,
                   f"{base}, Pramono Anung-Rano Karno meraih 2.183.239 suara atau {share} persen.")
    assert graded(claims, float(share.replace(",", "."))) == [(status, "31")], claims


def test_c_control_invalid_ballots_left_out_is_the_records_base(shipped_context):
    claims = found(shipped_context, TITLE, "Jika suara tidak sah tidak dihitung, Pramono "
                   "Anung-Rano Karno meraih 60,07 persen.")
    assert graded(claims, 60.07) == [("discrepant", "31")], claims


# ---- D. the turnout's possessive is no pair's share either.
@pytest.mark.parametrize("text, value", [
    ("Khofifah-Emil menang telak di Kabupaten Sampang yang partisipasinya mencapai 87,30 "
     "persen.", 87.3),
    # the invalid ballots' (Sumsel's 6,96 %; Herman Deru-Cik Ujang 51,50)
    ("Herman Deru-Cik Ujang menang di Pilgub Sumsel, namun suara tidak sahnya mencapai 6,96 "
     "persen.", 6.96),
])
def test_d_the_possessive_turnout_is_no_share(shipped_context, text, value):
    claims = found(shipped_context, TITLE, text)
    assert not flags(claims), claims
    assert not graded(claims, value), claims


def test_d_control_the_pairs_share_beside_it_graded(shipped_context):
    claims = found(shipped_context, TITLE,
                   "Khofifah-Emil menang telak di Kabupaten Sampang dengan 64,81 persen, dan "
                   "partisipasinya mencapai 87,30 persen.")
    assert graded(claims, 64.81) == [("discrepant", "3527")], claims
    assert not graded(claims, 87.3), claims


# ---- E. a list of turnouts, and the share of voters who came.
@pytest.mark.parametrize("text", [
    "Khofifah-Emil menang di 36 kabupaten/kota. Partisipasi tertinggi ada di Kabupaten "
    "Pamekasan 87,57 persen, Kabupaten Sampang 87,30 persen dan Kabupaten Mojokerto 84,67 "
    "persen.",
    "Khofifah-Emil menang di 36 kabupaten/kota, dengan partisipasi tertinggi di Kabupaten "
    "Pamekasan (87,57 persen) dan Kabupaten Sampang (87,30 persen).",
])
def test_e_the_items_of_a_turnout_list(shipped_context, text):
    claims = found(shipped_context, TITLE, text)
    assert not flags(claims), claims
    assert not graded(claims, 87.3) and not graded(claims, 84.67), claims


def test_e_the_share_of_voters_who_came(shipped_context):
    claims = found(shipped_context, TITLE,
                   "Rico Waas-Zakiyuddin Harahap menang, tetapi hanya 34,8 persen pemilih yang "
                   "datang ke TPS.")
    assert not flags(claims), claims
    assert not graded(claims, 34.8), claims


@pytest.mark.parametrize("text, value, status", [
    # the pairs listed after the turnout: theirs, graded
    ("Tingkat partisipasi pemilih 57,6 persen, Pramono-Rano 60,07 persen, Ridwan "
     "Kamil-Suswono 39,40 persen.", 60.07, "discrepant"),
    ("Tingkat partisipasi pemilih 57,6 persen, Pramono-Rano 60,07 persen, Ridwan "
     "Kamil-Suswono 39,40 persen.", 39.4, "consistent"),
    # the pair supported by a share of those who came: its share
    ("Pramono-Rano didukung 60,07 persen pemilih yang datang ke TPS.", 60.07, "discrepant"),
])
def test_e_control_pairs_after_the_turnout_keep_their_shares(shipped_context, text, value,
                                                             status):
    claims = found(shipped_context, TITLE, text)
    assert graded(claims, value) == [(status, "31")], claims


def test_a_text_s_turnout_words_are_found_once_not_once_per_figure():
    """Searched again from each figure's sentence start, a page that is one long "sentence"
    (hostile_nested_headings) cost a pass over all of it per figure: 5x its time. The words
    are found once per text; the answers stay those of a search from the sentence's start."""
    from checker.figures import turnout_subject

    text = ("Partisipasi pemilih di Kota Medan hanya 34,8 persen " +
            "dan lain-lain 12 persen " * 200 + "golput 40 persen")
    turnout_subject._heads.cache_clear()
    at = [i for i in range(len(text)) if text[i].isdigit() and not text[i - 1].isdigit()]
    got = [turnout_subject.said_of_turnout(text, 0, i) for i in at]
    assert turnout_subject._heads.cache_info().misses == 1
    assert got[0] is True  # the subject's own figure
    assert got[-1] is True  # a list's last head, "golput", right before it
    assert turnout_subject._last_head(text, text.index("golput") + 1, at[-1]) is None
