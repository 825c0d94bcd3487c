"""corpus-bc (Pilpres 2024 national results over time): the shapes its dev pages lost, each a
short page in our own words with real figures of KPU's national result of 20 Mar 2024, with
variants and the near shapes that must keep their reading (tests/corpus/findings/corpus-bc.md)."""

from __future__ import annotations

from decimal import Decimal

from builders import one_status as one, status_claims

FLAGS = {"discrepant", "minor"}


def claims_of(title: str, *paragraphs: str):
    return status_claims(title, *paragraphs, url="https://www.example-news.co.id/read/pemilu")


def no_pair(got, value: str):
    """The figure is read as no presidential pair's (a party's, or nobody's)."""
    for claim, _ in got:
        if claim.value == Decimal(value):
            assert claim.nomor_urut is None and claim.race_kind != "president", \
                (value, claim.kind, claim.race_kind, claim.nomor_urut, claim.hold)


# ---- 1. A party led by a presidential candidate, then its place in the ranking and its count.
# Fortune Indonesia on the national plenary (news-fortuneidn-pilpres-pleno-nasional-partai):
# "Partai Gerindra yang dipimpin Prabowo Subianto berada di posisi ketiga dengan 20.071.708
# suara atau 13,22 persen" gave Gerindra's DPR count and share to Prabowo-Gibran (nomor 2).
# The chairman clause was followed only with a verb of obtaining ("... itu meraih N"); the
# ranking words a party's figure takes without a chairman ("Gerindra berada di posisi ketiga
# dengan N") cut it (checker/figures/parties.py).
PLENO = "KPU Umumkan Hasil Rekapitulasi Pemilu 2024"
LEAD = "KPU menetapkan hasil rekapitulasi nasional Pemilu 2024 dalam rapat pleno, Rabu (20/3)."


def test_a_party_its_chairman_named_then_its_ranking_owns_its_count():
    got = claims_of(PLENO, LEAD, "Partai Gerindra yang dipimpin Prabowo Subianto berada di posisi "
                    "ketiga dengan 20.071.708 suara atau 13,22 persen.")
    no_pair(got, "20071708")
    no_pair(got, "13.22")


def test_other_chairmen_and_ranking_words():
    # PKB led by Muhaimin Iskandar (Anies's running mate): 16.115.655 votes, 10,62 %.
    got = claims_of(PLENO, LEAD, "PKB yang diketuai Muhaimin Iskandar menempati urutan keempat "
                    "dengan 16.115.655 suara atau 10,62 persen.")
    no_pair(got, "16115655")
    no_pair(got, "10.62")
    got = claims_of(PLENO, LEAD, "Partai Gerindra yang dipimpin oleh Prabowo Subianto menyusul di "
                    "posisi ketiga dengan 20.071.708 suara.")
    no_pair(got, "20071708")


def test_the_pair_after_a_chairman_clause_keeps_its_count():
    # Negative control: the pair written after the clause owns the figure, and a wrong count
    # of it is still caught (the record: Prabowo-Gibran 96.214.691).
    got = claims_of(PLENO, LEAD, "Partai Gerindra yang dipimpin Prabowo Subianto mengusung "
                    "pasangan Prabowo-Gibran, yang berada di posisi pertama dengan 96.214.961 "
                    "suara.")
    claim, status = one(got, "96214961")
    assert claim.nomor_urut == 2 and status in FLAGS, (claim.nomor_urut, status)


def test_a_pair_ranked_with_dengan_is_still_the_pairs():
    # Negative control: no party, the ranking words alone: the pair's count, graded.
    got = claims_of(PLENO, LEAD, "Pasangan Prabowo Subianto-Gibran Rakabuming Raka berada di "
                    "posisi pertama dengan 96.214.691 suara.")
    claim, status = one(got, "96214691")
    assert claim.nomor_urut == 2 and status == "consistent", (claim.nomor_urut, status)


# ---- 2. A party written in full with its short form in brackets, then its figure. The same
# page: "Partai Demokrasi Indonesia Perjuangan (PDIP) keluar sebagai pemenang dengan 25.387.279
# suara" and "Partai Kebangkitan Bangsa (PKB) dengan 10,62 persen" gave no claim at all: the
# bracket's closing ")" stood between the party and its verb, and "keluar sebagai pemenang"
# was no ranking verb (checker/figures/parties.py). A party's count read as the party's (no
# pair's) is held other_race, never graded as a pair's.
def party_claim(got, value: str):
    claim, status = one(got, value)
    assert claim.nomor_urut is None and claim.race_kind != "president", \
        (claim.race_kind, claim.nomor_urut, claim.hold)
    assert status not in FLAGS, status
    return claim


def test_a_party_with_its_short_form_in_brackets_owns_its_count():
    party_claim(claims_of(PLENO, LEAD, "Partai Demokrasi Indonesia Perjuangan (PDIP) meraih "
                          "25.387.279 suara."), "25387279")
    party_claim(claims_of(PLENO, LEAD, "Selanjutnya Partai Kebangkitan Bangsa (PKB) dengan 10,62 "
                          "persen."), "10.62")
    party_claim(claims_of(PLENO, LEAD, "Partai Golongan Karya (Golkar) berada di posisi kedua "
                          "dengan 23.208.654 suara."), "23208654")


def test_a_party_that_comes_out_the_winner():
    got = claims_of(PLENO, LEAD, "Partai Demokrasi Indonesia Perjuangan (PDIP) keluar sebagai "
                    "pemenang dengan 25.387.279 suara atau 16,72 persen.")
    party_claim(got, "25387279")
    party_claim(got, "16.72")
    party_claim(claims_of(PLENO, LEAD, "PDIP keluar sebagai pemenang dengan 25.387.279 suara."),
                "25387279")


def test_a_pair_its_bracketed_party_backs_keeps_its_count():
    # Negative control: "diusung Partai Kebangkitan Bangsa (PKB)" backs the pair, whose count
    # stays its own and is still caught when wrong (the record: Anies-Muhaimin 40.971.906).
    got = claims_of(PLENO, LEAD, "Pasangan Anies Baswedan-Muhaimin Iskandar yang diusung Partai "
                    "Kebangkitan Bangsa (PKB) meraih 40.971.609 suara.")
    claim, status = one(got, "40971609")
    assert claim.nomor_urut == 1 and status in FLAGS, (claim.nomor_urut, status)


def test_a_pair_that_comes_out_the_winner_is_still_graded():
    # Negative control: the winner's words after a pair keep the pair's count.
    got = claims_of(PLENO, LEAD, "Pasangan Prabowo Subianto-Gibran Rakabuming Raka keluar sebagai "
                    "pemenang dengan 96.214.691 suara.")
    claim, status = one(got, "96214691")
    assert claim.nomor_urut == 2 and status == "consistent", (claim.nomor_urut, status)


# ---- 3. A fact-check quotes the hoax's figures, and grades a quoted quick count far from the
# result (a fabricated "exit poll"). A pollster's quick count of another election the
# fact-checker mentions is no figure of the hoax: with the corpus-bc pages the context stress
# wrote "Hasil hitung cepat sebuah lembaga survei sebelumnya menempatkan Prabowo-Gibran di
# angka 59,61 persen di Banten." into the Kebumen exit-poll fact-check
# (factcheck-gfd-kompas-exit-poll-kebumen-2024), and it was graded discrepant against the
# Pilpres result in Banten (55.99): a flag on a figure that is nobody's hoax
# (checker/figures/quoted_races.py).
KEBUMEN_TITLE = "[HOAKS] Exit Poll Pilkada Kebumen 2024"
HOAX = ("Beredar unggahan berisi hasil exit poll Pilkada Kebumen 2024. Dalam gambar itu, paslon "
        "bupati nomor urut 1 Lilis Nuryani-Zaeni Miftah disebut meraih 62,3 persen.")
DEBUNK = "Hasil exit poll Pilkada Kebumen 2024 yang beredar itu hoaks; tidak ada lembaga yang menggelarnya."


def test_a_quick_count_of_another_election_on_a_fact_check_is_not_graded():
    got = claims_of(KEBUMEN_TITLE, HOAX, DEBUNK, "Hasil hitung cepat sebuah lembaga survei "
                    "sebelumnya menempatkan Prabowo-Gibran di angka 59,61 persen di Banten.")
    claim, status = one(got, "59.61")
    assert claim.election == "pemilu2024" and status not in FLAGS, (claim.election, status)


def test_the_hoaxs_own_figure_is_still_caught():
    # Negative control: the fabricated exit poll of the page's own election stays graded.
    got = claims_of(KEBUMEN_TITLE, HOAX, DEBUNK, "Hasil hitung cepat sebuah lembaga survei "
                    "sebelumnya menempatkan Prabowo-Gibran di angka 59,61 persen di Banten.")
    _, status = one(got, "62.3")
    assert status in FLAGS, status


def test_a_fabricated_quick_count_of_the_pages_own_election_is_still_caught():
    # Negative control: a fact-check of a Pilpres hoax grades the quoted fake quick count.
    got = claims_of("[HOAKS] Quick Count Pilpres 2024 di Banten", "Beredar unggahan berisi hasil "
                    "hitung cepat Pilpres 2024 di Banten yang menempatkan Prabowo-Gibran di angka "
                    "69,61 persen.", "Faktanya, unggahan itu hoaks.")
    _, status = one(got, "69.61")
    assert status in FLAGS, status


# ---- 4. The national plenary "with N provinces to go": Bisnis on KPU's plenary at 34 of 38
# provinces (news-kabar24-pilpres-rekap-34-provinsi-tertinggal), titled "Rekapitulasi Nasional
# Tersisa 4 Provinsi, ...", gave Prabowo-Gibran's 58,51 % of the 34 provinces' valid votes, four
# paragraphs after the lead named them: it was graded consistent against the final 58.59, a
# grade of a count not yet whole (half a point further off, an accurate running tally is
# flagged). "tersisa/tinggal/sisa N provinsi" is a partial tally of the country, the count so
# far being 38 - N provinces (checker/figures/partial_tally.py).
def status_of(got, value: str):
    claim, status = one(got, value)
    return claim, status


def test_a_plenary_with_provinces_to_go_is_a_partial_tally():
    got = claims_of("Rekapitulasi Nasional Tersisa 4 Provinsi, Anies Tertinggal dari Prabowo",
                    "KPU telah mengesahkan rekapitulasi tingkat nasional Pemilu 2024.",
                    "Untuk Pilpres 2024, pasangan nomor urut 2 Prabowo Subianto - Gibran "
                    "Rakabuming meraih 77.524.176 suara. Jumlah itu setara 58,51% dari total "
                    "suara sah.")
    claim, status = status_of(got, "58.51")
    assert claim.hold == "partial_tally" and status not in FLAGS | {"consistent"}, \
        (claim.hold, status)
    assert claim.region_code == "", claim.region_code


def test_other_wordings_of_provinces_to_go():
    for title in ("Rekapitulasi Pilpres Tinggal 3 Provinsi Lagi", "KPU Rekap Nasional Pilpres 2024, Sisa "
                  "Dua Provinsi"):
        got = claims_of(title, "KPU melanjutkan rapat pleno rekapitulasi nasional.",
                        "Sejauh ini pasangan Anies Baswedan - Muhaimin Iskandar meraih 23,61% "
                        "dari total suara sah.")
        claim, status = status_of(got, "23.61")
        assert claim.hold == "partial_tally" and status not in FLAGS, (title, claim.hold, status)


def test_the_whole_country_and_a_province_are_still_graded():
    # Negative controls: all 38 provinces done is the result (graded); a province's count on
    # the running page is that province's, graded and caught when wrong (Jawa Timur:
    # Prabowo-Gibran 16.716.603).
    got = claims_of("Rekapitulasi Nasional Rampung di 38 Provinsi",
                    "KPU mengesahkan rekapitulasi tingkat nasional Pemilu 2024 di 38 provinsi.",
                    "Pasangan Prabowo Subianto - Gibran Rakabuming meraih 58,59% dari total "
                    "suara sah.")
    _, status = status_of(got, "58.59")
    assert status == "consistent", status
    got = claims_of("Rekapitulasi Nasional Tersisa 4 Provinsi",
                    "KPU mengesahkan rekapitulasi Provinsi Jawa Timur dalam rapat pleno.",
                    "Di Jawa Timur, pasangan Prabowo Subianto - Gibran Rakabuming meraih "
                    "16.716.630 suara.")
    _, status = status_of(got, "16716630")
    assert status in FLAGS, status
