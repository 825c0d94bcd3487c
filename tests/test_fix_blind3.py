"""The third blind run (76 real pages nobody had tuned on, 2026-12-06): the causes of its false
flags, each a short page in our own words with the real figures of the page named beside it
(tests/corpus/findings/hunt.md, "Blind hunt 3")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import CAMP, comparisons_at as of, compared_article as read

FLAGS = ("minor", "discrepant")


# ---- 1a. A team's count "of the votes it gathered" (postmedan.com/2024/11/30/asri-ludin-...,
# Pilbup Deli Serdang, 30 Nov 2024): 97,65 % of the data the team, its witnesses and volunteers
# gathered says nothing of the TPS it covers; its 36,2 and 11,2 against Sirekap's 31.04 and
# 17.76 at 94.35 % of the TPS are two counts of parts of the TPS.
DELI = ("<p>Deli Serdang - Pasangan calon Bupati Deli Serdang nomor urut 2, Asri Ludin Tambunan "
        "dan Lom-Lom Suwondo (ADIL), unggul menurut tim pada Sabtu (30/11/2024).</p><p>Ketua Tim "
        "Pemenangan ADIL menjelaskan bahwa data yang masuk sudah {cover} dari total suara yang "
        "{gathered}. \"Paslon 02 ADIL unggul dengan 51,20 persen. Paslon 03 memperoleh "
        "36,2 persen, dan paslon 01 mendapatkan 11,2 persen,\" katanya.</p>")
DELI_TITLE = "Tim ADIL Umumkan Kemenangan di Pilkada Deli Serdang"


def test_a_team_s_coverage_of_what_it_gathered_is_not_coverage_of_the_tps(shipped_context):
    found = read(shipped_context, DELI_TITLE, DELI.format(
        cover="97,65 persen", gathered="dihimpun oleh tim, saksi, dan relawan"))
    for value in ("36.2", "11.2"):
        assert [c.status for c in of(found, value)] and \
            all(c.status not in FLAGS for c in of(found, value)), value


def test_a_team_that_says_its_count_covers_the_tps_is_still_graded(shipped_context):
    # the control: "97,65 persen TPS" is the team's coverage of the race's TPS
    found = read(shipped_context, DELI_TITLE, DELI.format(cover="97,65 persen TPS", gathered="masuk"),
                 voice=CAMP)
    assert any(c.status in FLAGS for c in of(found, "36.2"))


# ---- 1b. A team's coverage stated for the province, a share given for one regency
# (sumatra.bisnis.com/read/20241128/533/1819944, Pilgub Sumbar, 28 Nov 2024): "99,1 %" of the
# province's votes in says nothing of Mentawai's, where Sirekap then held 87.74 % of the TPS;
# "65%" against 67.78 is a count of part of Mentawai's TPS.
SUMBAR = ("<p>Padang - Tim Pemenangan Mahyeldi-Vasko mendeklarasikan kemenangan pada Pilgub "
          "Sumbar, Kamis (28/11/2024).</p><p>\"Paslon Mahyeldi-Vasko mendapatkan suara 77,15% dari "
          "total suara masuk 99,1%,\" kata sekretaris tim.</p><p>Daerah terendah Mahyeldi-Vasko "
          "itu di Kabupaten Kepulauan Mentawai yakni 65%.</p>")
SUMBAR_TITLE = "Mahyeldi-Vasko Menang di Pilgub Sumbar Menurut Tim"


def test_a_team_s_province_coverage_does_not_cover_each_regency(shipped_context):
    found = read(shipped_context, SUMBAR_TITLE, SUMBAR)
    assert of(found, "65") and all(c.status not in FLAGS for c in of(found, "65"))


# ---- 1c. A pair's own claim on election night, no count source named
# (sorongraya.inews.id/read/525663, Pilgub Papua Barat Daya, 27 Nov 2024 evening): the pair
# "menyatakan diri unggul" with "59 persen" from a provisional count; Sirekap's 47.13.
PBD = ("<p>Sorong - Pasangan calon Gubernur Papua Barat Daya nomor urut 3, Elisa Kambu dan Ahmad "
       "Nausrau, {claim} dalam Pilkada 2024, Rabu (27/11/2024) malam. Berdasarkan hasil "
       "penghitungan sementara, pasangan ini meraih 59 persen suara.</p>")
PBD_TITLE = "Elisa Kambu-Ahmad Nausrau Unggul di Papua Barat Daya"


@pytest.mark.parametrize("claim", ["menyatakan diri unggul", "mengklaim unggul",
                                   "mendeklarasikan kemenangan"])
def test_a_pair_s_own_claim_on_election_night_is_not_kpu_s_count(shipped_context, claim):
    found = read(shipped_context, PBD_TITLE, PBD.format(claim=claim))
    assert of(found, "59") and all(c.status not in FLAGS for c in of(found, "59"))


# ---- 2. A pair's hoped-for share, the empty box named just before it
# (papuabarat.antaranews.com/berita/55589, Pilgub Papua Barat): "optimistis meraih kemenangan
# melawan kotak kosong ... 93 persen" is DoaMu's hope, never the empty box's share (7.79).
PB = ("<p>Manokwari - Pasangan Dominggus Mandacan dan Mohamad Lakotani atau DoaMu {hope} "
      "meraih kemenangan melawan kotak kosong pada Pilkada 2024 dengan perolehan suara sebanyak "
      "93 persen.</p>")
PB_TITLE = "Pilgub Papua Barat 2024"


@pytest.mark.parametrize("hope", ["optimistis", "yakin", "menargetkan"])
def test_a_hoped_for_share_after_the_opponent_is_not_the_opponent_s(shipped_context, hope):
    found = read(shipped_context, PB_TITLE, PB.format(hope=hope))
    assert of(found, "93") and all(c.status not in FLAGS for c in of(found, "93"))
    assert all(c.reason == "hoped_share" for claim, c in found
               if claim.value == Decimal("93") and c.status == "unverifiable")


def test_a_share_with_the_hope_only_after_it_is_still_graded(shipped_context):
    # the control: "optimis" after the figure, in the next sentence, says nothing of it
    body = ("<p>Manokwari - Perolehan suara kotak kosong pada Pilkada 2024 sebanyak 93 persen. "
            "Pasangan DoaMu tetap optimis.</p>")
    found = read(shipped_context, PB_TITLE, body)
    assert any(c.status in FLAGS for c in of(found, "93"))


@pytest.mark.parametrize("verb", ["menang melawan", "menghadapi"])
def test_a_share_after_melawan_x_is_the_subject_s(shipped_context, verb):
    # the attribution itself: after "melawan/menghadapi X ... dengan", the share is the pair's
    body = (f"<p>Manokwari - Pasangan Dominggus Mandacan dan Mohamad Lakotani atau DoaMu {verb} "
            "kotak kosong pada Pilkada 2024 dengan perolehan suara resmi sebanyak 93 persen.</p>")
    found = read(shipped_context, PB_TITLE, body)
    owners = [(claim.candidate_name or "").lower() for claim, _ in found
              if claim.value == Decimal("93")]
    assert owners and not any("kotak" in name for name in owners), owners


# ---- 3. A plenary share far below a nearly complete Sirekap, beside another pair's share that
# is right (sultrawinn.com/?p=1134, Pilgub Sultra: "583.492 suara (39,41%)" for the winner,
# whose plenary share is 52,39; Sirekap 52.38 at its end; "308.373 suara (20,84%)" right). The
# right share beside it says the page's base is the valid votes: 39,41 is no share of a
# larger base, it is wrong.
SULTRA = ("<p>Kendari - Hasil rapat pleno rekapitulasi suara Pilgub Sulawesi Tenggara oleh KPU "
          "Sulawesi Tenggara menunjukkan pasangan Andi Sumangerukka-Hugua sebagai pemenang "
          "dengan {first}.</p><p>Di urutan kedua, pasangan Tina Nur Alam-La Ode Muhammad Ihsan "
          "Taufik Ridwan meraih {second}.</p>")
SULTRA_TITLE = "Hasil Pleno KPU Sultra: Andi Sumangerukka-Hugua Pemenang Pilgub"


def test_a_plenary_share_far_below_sirekap_beside_a_right_share_is_caught(shipped_context):
    found = read(shipped_context, SULTRA_TITLE, SULTRA.format(first="583.492 suara (39,41%)",
                                                      second="308.373 suara (20,84%)"))
    assert any(c.status in FLAGS for c in of(found, "39.41"))


def test_shares_of_a_larger_base_are_not_caught(shipped_context):
    # the control: both shares of every ballot cast (a tenth invalid), each as far below
    found = read(shipped_context, SULTRA_TITLE, SULTRA.format(first="47,14 persen",
                                                      second="18,77 persen"))
    assert of(found, "47.14") and all(c.status not in FLAGS for c in of(found, "47.14"))


# ---- 3b. A plenary share whose digits are the page's own counts' share in another order
# (opera.liputan6.com/regional/read/5874804, Pilgub Gorontalo: "295.983 suara atau 40,43
# persen" where the four counts the page gives make 43,40; Sirekap 43.38): a slip of writing,
# no larger base, which would lower the share by a factor, not swap its digits.
GORONTALO = ("<p>Gorontalo - Berdasarkan keputusan rapat pleno KPU Provinsi Gorontalo, pasangan "
             "Gusnar-Idah meraih suara terbanyak dengan 295.983 suara atau {share} persen.</p>"
             "<p>Pasangan nomor urut 1 memperoleh 193.222 suara, pasangan nomor urut 2 meraih "
             "104.050 suara, dan pasangan nomor urut 3 mendapat 88.794 suara.</p>")
GORONTALO_TITLE = "KPU Tetapkan Gusnar-Idah Pemenang Pilgub Gorontalo"


def test_a_share_with_the_counts_share_s_digits_swapped_is_caught(shipped_context):
    found = read(shipped_context, GORONTALO_TITLE, GORONTALO.format(share="40,43"))
    assert any(c.status in FLAGS for c in of(found, "40.43"))


def test_a_share_lower_than_the_counts_give_is_not_caught_for_that_alone(shipped_context):
    # the control: a share of every ballot cast is lower, its digits are not the same
    found = read(shipped_context, GORONTALO_TITLE, GORONTALO.format(share="42,10"))
    assert of(found, "42.10") and all(c.status not in FLAGS for c in of(found, "42.10"))
