"""corpus-ba (Pilkada 2024 governor races in Java and Sumatra as national portals and
broadcasters report them): the shapes its dev pages lost, each a short page in our own words
with real figures of the shipped record, with variants and the near shapes that must keep their
reading (tests/corpus/findings/corpus-ba.md)."""

from __future__ import annotations

from decimal import Decimal

from builders import one_status as one, status_claims


claims_of = status_claims


# ---- 1. "Name alias Nick", then the pair written with the nickname. FTNews on KIP Aceh's
# plenary (news-ftnews-pilgub-aceh-mualem-rekap): "pasangan Muzakir Manaf alias Mualem-
# Fadhlullah Dek Fadh unggul dengan 1.492.846 suara" left the count without a pair: "alias" is
# a name stop word, the name read was "Mualem-Fadhlullah Dek Fadh", which names nobody. The page
# says who Mualem is (checker/figures/alias_names.py).
ACEH = "KIP Aceh Tetapkan Hasil Rekapitulasi Pilgub Aceh 2024"


def test_a_nickname_given_with_alias_names_its_pair():
    claim, _ = one(claims_of(ACEH, "Hasilnya, pasangan Muzakir Manaf alias Mualem-Fadhlullah Dek "
                             "Fadh unggul dengan 1.492.846 suara."), "1492846")
    assert (claim.kind, claim.region_code, claim.nomor_urut) == ("votes", "11", 2)


def test_the_other_pair_a_two_word_nickname_and_dan():
    claim, _ = one(claims_of(ACEH, "Dalam rapat pleno, pasangan Bustami Hamzah alias Om Bus-M "
                             "Fadhil Rahmi memperoleh 1.309.375 suara."), "1309375")
    assert claim.nomor_urut == 1
    claim, _ = one(claims_of(ACEH, "Pasangan Muzakir Manaf alias Mualem dan Fadhlullah "
                             "memperoleh 1.492.846 suara."), "1492846")
    assert claim.nomor_urut == 2


def test_the_nickname_alone_in_a_later_paragraph():
    claim, _ = one(claims_of(ACEH, "Muzakir Manaf alias Mualem maju bersama Fadhlullah.",
                             "Dalam rapat pleno KIP Aceh, Mualem meraih 1.492.846 suara."),
                   "1492846")
    assert claim.nomor_urut == 2


JABAR = "KPU Jabar Tetapkan Hasil Rekapitulasi Pilgub Jabar 2024"


def test_a_race_with_a_plenary_is_graded_and_a_wrong_count_still_caught():
    lead = "KPU Jawa Barat menetapkan hasil rekapitulasi tingkat provinsi."
    claim, status = one(claims_of(JABAR, lead, "Pasangan Dedi Mulyadi alias KDM-Erwan Setiawan "
                                  "meraih 14.130.192 suara."), "14130192")
    assert (claim.nomor_urut, status) == (4, "consistent")
    claim, status = one(claims_of(JABAR, lead, "Pasangan Dedi Mulyadi alias KDM-Erwan Setiawan "
                                  "meraih 14.310.192 suara."), "14310192")
    assert (claim.nomor_urut, status) == (4, "discrepant")


def test_a_nickname_the_page_never_defines_names_nobody():
    claim, _ = one(claims_of(ACEH, "Pasangan Mualem-Fadhlullah Dek Fadh unggul dengan 1.492.846 "
                             "suara."), "1492846")
    assert claim.nomor_urut is None


def test_a_nickname_joined_to_the_other_pairs_mate_names_neither():
    claim, _ = one(claims_of(ACEH, "Calon gubernur Bustami Hamzah alias Om Bus hadir dalam pleno.",
                             "Pasangan Om Bus-Fadhlullah meraih 1.492.846 suara."), "1492846")
    assert claim.nomor_urut is None


# ---- 2. A pointing subject with an epithet, the other pair given its own figure after
# "sementara"/"sedangkan". Katadata on Indikator's Sumut quick count
# (news-katadata-pilgub-sumut-indikator): "... pasangan Bobby Nasution-Surya menang telak atas
# lawannya, Edy Rahmayadi. Menantu Jokowi itu meraup 62,93% suara, sementara Edy Rahmayadi
# memperoleh 37% suara." lost the first share: the sentence before names two pairs, so "itu"
# alone cannot say which (checker/figures/eliminated.py). The pair not named after the
# contrast word is the subject's.
SUMUT = "Hasil Quick Count Pilkada Sumut 2024"
JABAR_LEAD = ("KPU Jawa Barat menetapkan hasil rekapitulasi. Pasangan Ahmad Syaikhu-Ilham Habibie "
              "kalah dari Dedi Mulyadi-Erwan Setiawan.")


def test_the_pair_left_after_the_contrast_owns_the_pointed_figure():
    got = claims_of(SUMUT, "Hitung cepat Indikator memperlihatkan pasangan Bobby Nasution-Surya "
                    "menang telak atas lawannya, Edy Rahmayadi. Menantu Jokowi itu meraup 62,93% "
                    "suara, sementara Edy Rahmayadi memperoleh 37% suara.")
    assert one(got, "62.93")[0].nomor_urut == 1
    assert one(got, "37")[0].nomor_urut == 2


def test_a_count_so_read_is_graded_and_a_wrong_one_caught():
    claim, status = one(claims_of(JABAR, JABAR_LEAD + " Mantan Bupati Purwakarta itu meraih "
                                  "14.130.192 suara, sedangkan Ahmad Syaikhu-Ilham Habibie "
                                  "mendapat 4.260.072 suara."), "14130192")
    assert (claim.nomor_urut, status) == (4, "consistent")
    claim, status = one(claims_of(JABAR, JABAR_LEAD + " Mantan Bupati Purwakarta itu meraih "
                                  "14.310.192 suara, sedangkan Ahmad Syaikhu-Ilham Habibie "
                                  "mendapat 4.260.072 suara."), "14310192")
    assert (claim.nomor_urut, status) == (4, "discrepant")


def test_no_contrast_or_a_third_pair_after_it_leaves_the_figure_no_ones():
    got = claims_of(JABAR, JABAR_LEAD + " Pasangan tersebut meraih 14.130.192 suara.")
    assert not [c for c, _ in got if c.value == Decimal("14130192") and c.nomor_urut]
    got = claims_of(JABAR, JABAR_LEAD + " Pasangan tersebut meraih 14.130.192 suara, sedangkan "
                    "Jeje Wiradinata-Ronal Surapradja mendapat 2.116.017 suara.")
    assert not [c for c, _ in got if c.value == Decimal("14130192") and c.nomor_urut]
    assert one(got, "2116017")[0].nomor_urut == 2


def test_a_party_as_the_pointed_subject_is_no_pair():
    got = claims_of(JABAR, "KPU Jawa Barat menetapkan hasil rekapitulasi. Pasangan Ahmad "
                    "Syaikhu-Ilham Habibie diusung PKS, sedangkan Dedi Mulyadi-Erwan Setiawan "
                    "diusung Gerindra. Partai itu meraih 14.130.192 suara, sedangkan Ahmad "
                    "Syaikhu-Ilham Habibie mendapat 4.260.072 suara.")
    assert not [c for c, _ in got if c.value == Decimal("14130192") and c.nomor_urut]


# ---- 3. A count's progress written "N persen data quick count yang masuk". Liputan6 on
# LSI's Sumsel quick count (news-liputan6-pilgub-sumsel-hitung-cepat-lsi): "sampai pukul 21.19
# WIB sudah 100 persen data quick count yang masuk" was read as nothing, while "data yang
# masuk" and "data TPS yang masuk" were read (wording.PROGRESS_AFTER).
def test_progress_named_by_its_count_before_yang_masuk():
    got = claims_of("Hasil Quick Count Pilkada Sumsel 2024", "Menurut data Lembaga Survei "
                    "Indonesia (LSI), sampai pukul 21.19 WIB sudah 100 persen data quick count "
                    "yang masuk. Herman Deru-Cik Ujang tercatat memperoleh 73,57 persen suara.")
    claim, status = one(got, "100")
    assert (claim.kind, status) == ("progress", "unverifiable")
    assert one(got, "73.57")[0].nomor_urut == 1


def test_a_real_counts_progress_so_written_is_graded():
    got = claims_of("Real Count Pilgub Jatim 2024", "Berdasarkan laman KPU, Kamis (28/11/2024) "
                    "pukul 18.30 WIB, sudah 99,12 persen data real count yang masuk. "
                    "Khofifah-Emil untuk sementara meraih 12.018.858 suara atau 58,7 persen suara "
                    "sah.")
    claim, status = one(got, "99.12")
    assert (claim.kind, status) == ("progress", "consistent")
    claim, status = one(got, "58.7")
    assert (claim.kind, claim.nomor_urut, status) == ("share", 2, "consistent")
