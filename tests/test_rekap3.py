"""A plenary share graded against a decree is asked what the same share is asked where the
record holds only Sirekap (rekap3, session 42).

Where a race's record is Sirekap alone, a share the page calls the plenary's is graded beyond
Sirekap's own gap only when the page's other figures place it (settled.py): another pair's share
there agrees, or every pair's count gives it, and it is near no pair's share; below the reading
only as far as another pair's right share says the base is the valid votes. With the decree in
the record those doubts were skipped, and so was the bound on how far a count under way moves
(unfinished.py held a share of before the decree as the tally then, however far it was from
every moment of the count). (A far share alone is still graded against the decree: the
suite's controls hold it wrong; tests/corpus/findings/rekap-s41.md, "rekap3".) Each case is a
race whose decree ships, with its real figures:

- Jawa Timur's decree (KPU Jatim, 9 Dec 2024): Luluk-Lukman 1.797.332, Khofifah-Emil 12.192.165,
  Risma-Gus Hans 6.743.095, that is 8,67 / 58,81 / 32,52 % of the valid votes; Sirekap's last
  reading (28 Nov, 99,12 % of the TPS): 8,72 / 58,70 / 32,58.
- Sumatera Utara's decree (KPU Sumut, 9 Dec 2024): Bobby-Surya 3.645.611, Edy-Hasan 2.009.311,
  64,47 / 35,53 % of 5.654.922 valid votes; 298.754 invalid, 5.953.676 ballots in all
  (news-disrupsi-sumut-bobby-surya-3645611), of which the pairs have 61,23 / 33,75 %. Sirekap's
  last reading (28 Nov, 95,54 %): 64,52 / 35,48. Indikator's quick count: 62,93 / 37
  (news-katadata-pilgub-sumut-indikator).
- Jawa Barat's decree (KPU Jabar, 9 Dec 2024): Acep-Gitalis 9,71, Jeje-Ronal 9,32,
  Syaikhu-Ilham 18,76, Dedi-Erwan 62,22 % of 22.710.733 valid votes; 993.052 invalid, 23.703.785
  ballots (news-liputan6-pilgub-jabar-kpu-14-juta), of which Dedi-Erwan has 59,61, Syaikhu-Ilham
  17,97 and Acep-Gitalis 9,30 %.
"""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def graded(title: str, body: str) -> dict:
    """{share value as written: Comparison} of the page's claims."""
    rep = check_article(title, body)
    return {str(rep.claims[c.claim].value): c for c in rep.comparisons}


# ---- 1. A far share the page gives another pair's ballot number, or one nothing on the page
# places (a far share alone against the decree is still graded: findings, "rekap3").
JATIM_TITLE = "KPU Jawa Timur Tetapkan Khofifah-Emil Peroleh Suara Terbanyak"


def jatim(khofifah: str, risma: str | None = None) -> dict:
    other = f" Pasangan nomor urut 3 Tri Rismaharini-Zahrul Azhar Asumta {risma} persen." \
        if risma else ""
    return graded(JATIM_TITLE,
                  "<p>KPU Jawa Timur menggelar rapat pleno rekapitulasi hasil Pilgub Jatim 2024. "
                  "Ketua KPU Jatim mengumumkan pasangan nomor urut 2 Khofifah Indar "
                  f"Parawansa-Emil Dardak meraih {khofifah} persen suara.{other}</p>")


def test_beside_another_pair_s_right_share_the_far_share_is_caught():
    got = jatim("68,81", "32,52")
    assert (got["68.81"].status, got["68.81"].tier) == ("discrepant", "rekap")
    assert got["32.52"].status == "consistent"


def test_the_decree_s_own_share_alone_stays_consistent():
    assert jatim("58,81")["58.81"].status == "consistent"


def test_shares_given_the_other_pair_s_ballot_number_are_not_flagged():
    # each share is the other pair's: the page's numbers, not its shares, are off
    got = jatim("32,52", "58,81")
    assert not any(c.status in FLAGS for c in got.values()), got


# ---- 2. Shares of every ballot cast on a plenary page.
SUMUT_TITLE = "Hasil Pleno KPU Sumut: Bobby-Surya Pemenang Pilgub"
SUMUT = ("<p>Medan - Hasil rapat pleno rekapitulasi suara Pilgub Sumatera Utara oleh KPU Sumatera "
         "Utara menunjukkan pasangan Bobby Nasution-Surya sebagai pemenang dengan {} persen.</p>"
         "<p>Pasangan Edy Rahmayadi-Hasan Basri Sagala meraih {} persen.</p>")


def test_shares_of_every_ballot_cast_are_not_graded_as_shares_of_the_valid_votes():
    got = graded(SUMUT_TITLE, SUMUT.format("61,23", "33,75"))
    for value in ("61.23", "33.75"):
        assert (got[value].status, got[value].reason) == ("unverifiable", "larger_base"), value


SUMUT_COUNTS = ("<p>Medan - KPU Sumatera Utara menetapkan hasil rapat pleno rekapitulasi Pilgub "
                "Sumatera Utara 2024. Pasangan Bobby Nasution-Surya meraih 3.645.611 suara atau "
                "{} persen, pasangan Edy Rahmayadi-Hasan Basri Sagala 2.009.311 suara.</p>")


def test_a_share_below_the_decree_s_own_counts_is_of_a_larger_base():
    # both counts are the decree's to the vote: 61,23 is 3.645.611 over the 5.953.676 ballots
    # (Gorontalo's "42,10 persen" beside its four decree counts, tests/test_fix_blind3.py, is
    # the same shape)
    got = graded(SUMUT_TITLE, SUMUT_COUNTS.format("61,23"))["61.23"]
    assert (got.status, got.reason) == ("unverifiable", "larger_base")


def test_a_share_far_below_the_decree_s_own_counts_is_still_caught():
    # 54,47 (the decree's 64,47, one digit changed) needs 18 % of the ballots invalid: no
    # base gives it
    got = graded(SUMUT_TITLE, SUMUT_COUNTS.format("54,47"))["54.47"]
    assert got.status == "discrepant"


def test_beside_the_rival_s_share_of_the_valid_votes_a_lower_share_is_caught():
    # 35,53 is Edy-Hasan's share of the valid votes: the page's base is pinned, and 61,23 is
    # no share of it
    got = graded(SUMUT_TITLE, SUMUT.format("61,23", "35,53"))
    assert got["61.23"].status == "discrepant" and got["35.53"].status == "consistent"


JABAR_TITLE = "Hasil Pleno KPU Jabar: Dedi-Erwan Pemenang Pilgub"
JABAR = ("<p>Bandung - Hasil rapat pleno rekapitulasi suara Pilgub Jawa Barat oleh KPU Jawa Barat "
         "menunjukkan pasangan Dedi Mulyadi-Erwan Setiawan sebagai pemenang dengan {} persen.</p>"
         "<p>Pasangan Ahmad Syaikhu-Ilham Habibie meraih {} persen dan pasangan Acep Adang "
         "Ruhiat-Gitalis Dwi Natarina {} persen.</p>")


def test_three_shares_of_every_ballot_cast_near_the_decree_are_not_flagged():
    # 17,97 and 9,30 are within a point of the decree's 18,76 and 9,71: each as low as the
    # winner's, by one factor (the invalid ballots)
    got = graded(JABAR_TITLE, JABAR.format("59,61", "17,97", "9,30"))
    assert not any(c.status in FLAGS for c in got.values()), got


def test_a_share_a_few_points_low_beside_right_shares_is_caught():
    # the other two shares are the decree's to the hundredth: 59,61 is of no base they allow
    got = graded(JABAR_TITLE, JABAR.format("59,61", "18,76", "9,71"))
    assert got["59.61"].status == "discrepant"


# ---- 3. A share far from every moment of the count, on a page of before the decree.
SUMUT_QUICK = ("<p>Bobby Nasution-Surya unggul telak {} persen, dari rivalnya Edy Rahmayadi-Hasan "
               "Basri Sagala dengan 37 persen.</p><p>Tim pemenangan Bobby-Surya bersyukur "
               "pasangannya unggul sementara dalam hitung cepat Pilgub Sumut 2024.</p><p>MEDAN - "
               "Lembaga survei Indikator Politik Indonesia merilis hasil quick count Pilgub Sumut, "
               "Rabu (27/11/2024).</p><p>Hasilnya, paslon nomor urut 1 Bobby Nasution-Surya "
               "unggul 62,93 persen dari paslon nomor urut 2 Edy Rahmayadi-Hasan Basri Sagala "
               "dengan 37 persen.</p>")


def test_a_lead_share_far_from_every_reading_is_caught_before_the_decree():
    # "82,93" (the quick count's 62,93 with its first digit changed) is 18 points from the
    # decree and from Sirekap's last reading: no count under way moves a province that far, so
    # the moment (27 Nov, before the decree) is not the doubt
    got = graded("Pilgub Sumut 2024", SUMUT_QUICK.format("82,93"))
    assert got["82.93"].status == "discrepant"


def test_a_lead_share_near_the_count_is_still_of_its_moment():
    # 66,93 is 2,46 points from the decree: the count as it stood on the 27th may have been so
    got = graded("Pilgub Sumut 2024", SUMUT_QUICK.format("66,93"))
    assert (got["66.93"].status, got["66.93"].reason) == ("unverifiable", "another_moment")


def test_a_lead_restating_the_quick_count_stays_the_quick_count_s():
    got = graded("Pilgub Sumut 2024", SUMUT_QUICK.format("62,93"))
    assert got["62.93"].status not in FLAGS


# ---- 4. A count read off Sirekap before the decree (kumparan, 28 Nov 2024, blind set 58: Jateng's
# counts at 08.45 WIB, 11.336.032 and 7.829.995; Sirekap's 10.15 reading holds 11.350.609 and
# 7.841.476 at 99,75 % of the TPS; the decree of 7 Dec 2024: 11.390.191 and 7.870.084).
JATENG_MORNING = ("<p>Semarang - Per Kamis (28/11/2024) pukul 08.45 WIB, pasangan nomor urut 2 "
                  "Ahmad Luthfi-Taj Yasin unggul dengan perolehan suara 11.336.032, sedangkan "
                  "pasangan nomor urut 1 Andika Perkasa-Hendrar Prihadi memperoleh {} suara.</p>")


def test_a_count_below_the_decree_dated_before_it_is_the_tally_then():
    # Sirekap's last forms still leave a count short of the decree's: 7.829.995 is 0,51 %
    # under 7.870.084, and was the count that morning
    got = graded("Golput di Pilgub Jawa Tengah", JATENG_MORNING.format("7.829.995"))
    assert got["7829995"].status not in FLAGS, got["7829995"]


def test_a_count_above_the_decree_dated_before_it_is_no_tally_then():
    # counts only grow: 7.929.995 on the 28th is above anything the count reached
    got = graded("Golput di Pilgub Jawa Tengah", JATENG_MORNING.format("7.929.995"))
    assert got["7929995"].status in FLAGS
