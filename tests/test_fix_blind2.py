"""The second blind run (83 real pages nobody had tuned on, 2026-12-06): the causes of its false
flags, each a short page in our own words with the real figures of the page named beside it
(tests/corpus/findings/hunt.md, "Blind hunt 2")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article
from checker import Context

FLAGS = ("minor", "discrepant")


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> dict:
    """value -> (claim, comparison) of the page's figures."""
    rep = check_article(title, body, url, ctx)
    return {rep.claims[c.claim].value: (rep.claims[c.claim], c) for c in rep.comparisons}


# ---- 1. A plenary count where the record holds only Sirekap for the area. KPU DKI's plenary of
# 8 Dec 2024 gave RIDO 386.880 votes in Kota Jakarta Barat; Sirekap's complete C-hasil tally of
# 28 Nov gave 386.881, the two other pairs the same as the plenary (asumsi.co/post/97849,
# dinamikadunia.com; okezone's copy of the same figure was already unverifiable).
JAKBAR = ("<p>Jakarta - KPU DKI Jakarta menetapkan hasil rekapitulasi Pilgub Jakarta 2024 dalam "
          "rapat pleno, Minggu (8/12/2024).</p><p>Di Kota Jakarta Barat, Pramono-Rano meraih "
          "500.738 suara. Disusul Ridwan Kamil-Suswono dengan {rido} suara, dan Dharma "
          "Pongrekun-Kun Wardana 109.457 suara.</p>")
JAKBAR_TITLE = "KPU DKI Tetapkan Hasil Rekapitulasi Pilgub Jakarta 2024"


def test_a_plenary_count_a_vote_off_sirekap_is_not_flagged_where_no_plenary_is_held(shipped_context):
    claim, c = read(shipped_context, JAKBAR_TITLE, JAKBAR.format(rido="386.880"))[386880]
    assert c.status == "unverifiable" and c.reason == "plenary_not_loaded"
    assert (c.official_value, c.difference, c.tier) == (386881, -1, "sirekap")


def test_a_digit_slip_in_that_plenary_count_is_still_caught(shipped_context):
    _, c = read(shipped_context, JAKBAR_TITLE, JAKBAR.format(rido="368.881"))[368881]
    assert c.status in FLAGS


# ---- 2. A pollster's count written as a projection the day after the vote
# (lampung.viva.co.id/politik/4167-..., 28 Nov 2024: Tanggamus 28,35 / 71,65, Rakata's quick
# count; Sirekap then 26.53 / 73.47).
TANGGAMUS = ("<p>Kamis, 28 November 2024 - 12:34 WIB</p><p>Petahana Dewi Handajani yang "
             "berpasangan dengan Ammar di Kabupaten Tanggamus {cue}.{sep}Pasangan petahana hanya "
             "memperoleh 28,35 persen suara, sementara pasangan pesaing, Moh Saleh Asnawi-Agus "
             "Suranto, unggul dengan meraih 71,65 persen suara.</p>")
TANGGAMUS_TITLE = "Daftar Petahana Bupati di Lampung yang Tumbang pada Pilkada 2024"


@pytest.mark.parametrize("sep", [" ", "</p><p>"], ids=["one-paragraph", "own-paragraph"])
@pytest.mark.parametrize("cue", ["juga diprediksi akan kalah", "diperkirakan kalah",
                                 "diproyeksikan kalah berdasarkan hitung cepat"])
def test_a_share_the_page_gives_as_a_projection_is_not_graded_as_kpu_s(shipped_context, cue, sep):
    found = read(shipped_context, TANGGAMUS_TITLE, TANGGAMUS.format(cue=cue, sep=sep))
    claim, c = found[Decimal("71.65")]
    assert c.status not in FLAGS
    assert claim.claim_type == "quick_count" or c.reason is not None


def test_the_same_share_stated_as_a_result_is_still_graded(shipped_context):
    # the control: the rule is the projection word, not the page
    found = read(shipped_context, TANGGAMUS_TITLE, TANGGAMUS.format(cue="kalah", sep="</p><p>"))
    assert found[Decimal("71.65")][1].status in FLAGS


# ---- 3. A civil coalition's tally named by its web address (detak.co, Pilgub DKI, 28 Nov
# 2024: jagasuara.org's 50,08 persen beside KPU's Sirekap 50,07).
DETAK = ("<p>Per Kamis (28/11/2024) pukul 08:47 WIB, progres dokumen C hasil di Sirekap sudah "
         "99,92 persen. Pramono Anung-Rano Karno memperoleh 2.181.636 suara atau 50,07 persen."
         "</p><p>Angka yang tak jauh berbeda disampaikan {name}. Situs yang dibangun koalisi "
         "sipil itu menyebut Pram-Rano memperoleh suara 50,08 persen.</p>")


@pytest.mark.parametrize("name", ["jagasuara.org", "JagaSuara"])
def test_a_civil_coalition_s_tally_is_a_civic_count(shipped_context, name):
    found = read(shipped_context, "Pilgub Jakarta: Pramono-Rano Unggul Satu Putaran",
                 DETAK.format(name=name))
    claim, c = found[Decimal("50.08")]
    assert claim.claim_type == "civic_count"
    assert c.status not in FLAGS


# ---- 4. A city's epithet is no unknown place (utamanews.com, Pilgub Sumut 2024 in Kota Binjai,
# "Kota Rambutan": Edy-Hasan 65.474 votes, Bobby-Surya 53.244, left region_unknown).
BINJAI = ("<p>Pemilihan Gubernur Sumatera Utara 2024 di Kota Binjai dimenangkan pasangan nomor "
          "urut 02, Edy Rahmayadi-Hasan Basri Sagala.</p><p>Di kota {epithet} Kota Rambutan ini, "
          "pasangan Edy-Hasan memperoleh 65.474 suara. Sementara pasangan nomor urut 01, Bobby "
          "Nasution-Surya memperoleh 53.244 suara.</p>")


@pytest.mark.parametrize("epithet", ["berjuluk", "yang dijuluki", "dengan julukan"])
def test_a_city_s_epithet_is_no_unknown_place(shipped_context, epithet):
    found = read(shipped_context, "Edy-Hasan Menang di Binjai", BINJAI.format(epithet=epithet))
    claim, c = found[65474]
    assert claim.region_code == "1275" and c.reason != "region_unknown"
