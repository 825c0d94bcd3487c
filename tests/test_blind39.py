"""Blind hunt 39 (unofficial results sites, volunteer and camp tallies; tests/corpus/findings/
hunt.md, "Blind hunt 39"): the causes of its wrong grades, each a short page in our own words
with the real figures of the record."""

from __future__ import annotations

import pytest

from builders import CAMP, comparisons_at as of, compared_article as read

FLAGS = ("minor", "discrepant")
GRADES = ("consistent", *FLAGS)


# ---- A. A lead-in "Dari data yang telah terkumpul, ..." before a camp's coverage of the TPS
# (haluan.co, Pramono-Rano's internal tally, Pilgub DKI, 28 Nov 2024): "penghitungan telah
# mencapai 99,6 persen, dengan 45 TPS yang masih dalam tahap pengumpulan" is the count's
# coverage of the TPS, not "a part of the votes the team gathered" (Deli Serdang's "97,65 persen
# dari total suara yang dihimpun", tests/test_fix_blind3.py). Read as the latter, the coverage
# was dropped and the camp's 50,09 graded consistent against the decree's 50,07; okezone's copy
# of the same statement holds it (the TPS the count lacks could move 50,09 to 50,07).
DKI = ("<p>Jakarta - Di Pilkada Jakarta, tim pemenangan pasangan calon gubernur nomor urut 3, "
       "Pramono Anung-Rano Karno, menyatakan hasil penghitungan internal mereka sejalan dengan "
       "KPU.</p><p>{lead}, penghitungan telah mencapai 99,6 persen, dengan 45 TPS yang masih "
       "dalam tahap pengumpulan data.</p><p>Menurut sekretaris tim, penghitungan internal telah "
       "mencapai 99,6 persen, dengan pasangan Pramono-Rano memperoleh {share} persen suara, "
       "memastikan kemenangan dalam satu putaran Pilkada Jakarta.</p>")
DKI_TITLE = "Tim Pramono-Rano Klaim Rekapitulasi Internal Cocok dengan KPU"

JATIM = ("<p>Surabaya - Di Pilgub Jawa Timur, tim pemenangan pasangan calon gubernur nomor urut "
         "2, Khofifah Indar Parawansa-Emil Dardak, mengumumkan hasil hitungan internal mereka."
         "</p><p>{lead}, rekapitulasi tim telah mencapai 99,4 persen, dengan 350 TPS yang belum "
         "masuk.</p><p>Menurut ketua tim, hitungan internal telah mencapai 99,4 persen, dengan "
         "pasangan Khofifah-Emil meraih {share} persen suara di Pilgub Jawa Timur.</p>")
JATIM_TITLE = "Tim Khofifah-Emil Umumkan Hasil Hitungan Internal"


@pytest.mark.parametrize("lead", ["Dari data yang telah terkumpul", "Dari data yang dihimpun tim"])
@pytest.mark.parametrize("body, title, share", [(DKI, DKI_TITLE, "50,09"),
                                                 (JATIM, JATIM_TITLE, "58,6")])
def test_a_camp_s_share_short_of_every_tps_is_held(shipped_context, body, title, share, lead):
    # 50,09 from 99,6 % of the TPS ends between 49,89 and 50,29 (the decree's 50,07);
    # 58,6 from 99,4 % between 58,25 and 58,85 (58,81)
    found = of(read(shipped_context, title, body.format(lead=lead, share=share)),
               share.replace(",", "."))
    assert found and all(c.status == "unverifiable" for c in found), [c for c in found]


@pytest.mark.parametrize("body, title, share", [(DKI, DKI_TITLE, "55,09"),
                                                 (JATIM, JATIM_TITLE, "63,6")])
def test_a_camp_s_share_the_missing_tps_cannot_explain_stays_flagged(shipped_context, body,
                                                                     title, share):
    # the control, on the camp's own site (a newsroom quoting a camp holds its figure off the
    # record as the camp's words): 55,09 from 99,6 % cannot end near 50,07; 63,6 from 99,4 %
    # not near 58,81
    found = of(read(shipped_context, title, body.format(lead="Dari data yang telah terkumpul",
                                                        share=share), voice=CAMP),
               share.replace(",", "."))
    assert any(c.status == "discrepant" for c in found), [c for c in found]


# The control of the other side: a lead-in over the team's own data that names no TPS is still
# a part of what the team gathered (Deli Serdang's figures, Sirekap 31.04 and 17.76 at 94.35 %).
DELI = ("<p>Deli Serdang - Pasangan calon Bupati Deli Serdang nomor urut 2, Asri Ludin Tambunan "
        "dan Lom-Lom Suwondo, unggul menurut tim pada Sabtu (30/11/2024).</p><p>Ketua Tim "
        "Pemenangan menjelaskan, dari total suara yang dihimpun oleh tim, saksi, dan relawan, "
        "data yang masuk sudah 97,65 persen. \"Paslon 02 unggul dengan 51,20 persen. Paslon 03 "
        "memperoleh 36,2 persen, dan paslon 01 mendapatkan 11,2 persen,\" katanya.</p>")


def test_a_lead_in_over_the_team_s_own_data_without_tps_stays_its_own_data(shipped_context):
    found = read(shipped_context, "Tim ADIL Umumkan Kemenangan di Pilkada Deli Serdang", DELI)
    for value in ("36.2", "11.2"):
        assert of(found, value) and all(c.status not in FLAGS for c in of(found, value)), value


# ---- B. A mid-count reading whose progress is held only for want of a national word
# (delik.tv, blind hunt 35; liputan6, blind hunt 39): "66,49 persen" of the TPS on 17 Feb 2024,
# held `national_unproven`, dated nothing for mid_count.py, so "Anies-Imin ... 24,48%" was
# graded consistent against the decree's 24,95, another moment and another basis.
MID = ("<p>SUARA pasangan Prabowo-Gibran kian mendekati 50 juta menurut data real count KPU "
       "{day} pukul 19.00 WIB.</p><p>Tercatat, suara paslon nomor urut 2 itu sudah mencapai "
       "{lead} atau {lead_share}%.</p><p>Sementara itu, paslon nomor urut 1 Anies Baswedan dan "
       "Muhaimin Iskandar (Anies-Imin) meraup {votes} suara atau {share}%,</p><p>Baca Juga: KPU "
       "DKI Jakarta Catat Empat Anggota KPPS Meninggal Dunia</p><p>Untuk paslon nomor urut 3, "
       "Ganjar Pranowo dan Mahfud MD mencatatkan {third} suara ({third_share}%).</p><p>Data "
       "total 823.236 tempat pemungutan suara (TPS), suara yang masuk sudah sebanyak {tps} TPS "
       "atau {progress}%.</p>")
MID_TITLE = "Real Count KPU Pilpres 2024 Terbaru"


READINGS = [  # Sirekap's national readings as pages gave them (delik.tv, nu.or.id, wahananews)
    dict(day="Sabtu (17/2)", tps="547.383", progress="66.49", lead="49.532.952",
         lead_share="57,95", votes="20.926.893", share="24,48", third="15.017.449",
         third_share="17,57"),
    dict(day="Senin (19/2)", tps="583.157", progress="70.84", lead="55.130.753",
         lead_share="58,37", votes="22.978.054", share="24,33", third="16.333.779",
         third_share="17,29"),
    dict(day="Selasa (20/2)", tps="597.821", progress="72.62", lead="57.747.557",
         lead_share="58,69", votes="23.859.990", share="24,25", third="16.782.922",
         third_share="17,06")]


@pytest.mark.parametrize("reading", READINGS)
def test_a_share_of_a_reading_mid_count_is_not_graded_against_the_decree(shipped_context,
                                                                         reading):
    share = reading["share"]
    found = of(read(shipped_context, MID_TITLE, MID.format(**reading)),
               share.replace(",", "."))
    assert found and all(c.status not in GRADES for c in found), [c for c in found]


def test_a_share_of_a_complete_count_is_still_graded(shipped_context):
    # the control: the count complete, the decree's 24,95 is its yardstick
    found = of(read(shipped_context, MID_TITLE, MID.format(
        day="Rabu (20/3/2024)", tps="823.236", progress="100", lead="96.214.691",
        lead_share="58,59", votes="40.971.906", share="24,95", third="27.040.878",
        third_share="16,47")),
               "24.95")
    assert any(c.status == "consistent" for c in found), [c for c in found]
