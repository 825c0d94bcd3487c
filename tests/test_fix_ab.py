"""Corpus-ab's dev pages (margins, MK disputes and re-votes around the 2024 results): the shapes
of Indonesian election prose behind their wrong figures, each a short page in our own words with
the real figures of the dev page named beside it (tests/corpus/findings/corpus-ab.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import one, page_claims as read

FLAGS = ("minor", "discrepant")


def values(found: list) -> set:
    return {claim.value for claim, _ in found}


# ---- 1. A gap between two pairs is neither pair's share nor count, whatever stands between the
# margin word and the figure (news-trotoar-mk-takalar-selisih-41-persen: 41 % read as ballot 1's
# share and graded discrepant against its 70,77).
TAKALAR = "MK Tolak Gugatan Syamsari-Natsir, Kemenangan Paslon Nomor 1 di Pilkada Takalar Sah"


@pytest.mark.parametrize("sentence", [
    "Dalam perkara ini, perbedaan suara antara Pemohon (Syamsari-Natsir) dan Pihak Terkait "
    "(Paslon Nomor Urut 1) mencapai 41 persen.",
    "Beda suara Pemohon (Syamsari-Natsir) dengan Pihak Terkait (Paslon Nomor Urut 1) "
    "mencapai 41 persen.",
    "Perbedaan perolehan suara Pemohon (Syamsari-Natsir) dan Paslon Nomor Urut 1 mencapai "
    "41 persen.",
], ids=["perbedaan-suara-antara", "beda-suara-dengan", "perbedaan-perolehan"])
def test_a_gap_between_two_named_pairs_is_no_share(shipped_context, sentence):
    body = (f"<p>Takalar - Mahkamah Konstitusi menolak gugatan Pilkada Takalar. {sentence}</p>"
            "<p>Paslon Nomor Urut 1: 111.290 suara.</p>")
    found = read(shipped_context, TAKALAR, body)
    assert Decimal(41) not in values(found), found
    assert one(found, 111290)[1].status == "consistent"


@pytest.mark.parametrize("sentence", [
    "Paslon Nomor Urut 1 unggul dari Pemohon (Syamsari-Natsir) sebesar 41 persen.",
    "Pihak Terkait (Paslon Nomor Urut 1) mengungguli Pemohon (Syamsari-Natsir) hingga 41 "
    "persen.",
    "Pemohon (Syamsari-Natsir) kalah dari Paslon Nomor Urut 1 dengan beda 41 persen.",
], ids=["unggul-dari-sebesar", "mengungguli-hingga", "kalah-dengan-beda"])
def test_a_lead_over_a_rival_named_after_the_verb_is_no_share(shipped_context, sentence):
    body = f"<p>Takalar - Mahkamah Konstitusi menolak gugatan Pilkada Takalar. {sentence}</p>"
    found = read(shipped_context, TAKALAR, body)
    assert Decimal(41) not in values(found), found


@pytest.mark.parametrize("sentence", [
    "Paslon Nomor Urut 1 unggul dari Pemohon (Syamsari-Natsir) dengan 70,77 persen suara.",
    "Paslon Nomor Urut 1 menang atas Syamsari-Natsir dengan perolehan 70,77 persen.",
    "Paslon Nomor Urut 1 menang telak atas Pemohon (Syamsari-Natsir) dengan perolehan suara "
    "mencapai 70,77 persen.",
], ids=["unggul-dari-dengan", "menang-atas-dengan-perolehan", "menang-atas-mencapai"])
def test_the_winner_s_own_share_after_its_rival_is_the_winner_s(shipped_context, sentence):
    found = read(shipped_context, "Pilkada Takalar", f"<p>Takalar - {sentence}</p>")
    claim, comparison = one(found, Decimal("70.77"))
    assert claim.nomor_urut == 1 and comparison.status == "consistent", (claim, comparison)


def test_a_gap_in_votes_between_two_named_pairs_is_no_count(shipped_context):
    body = ("<p>Takalar - Mahkamah Konstitusi menolak gugatan Pilkada Takalar. Perbedaan suara "
            "antara Pemohon (Syamsari-Natsir) dan Pihak Terkait (Paslon Nomor Urut 1) mencapai "
            "65.293 suara.</p>")
    assert 65293 not in values(read(shipped_context, TAKALAR, body))


def test_a_pair_s_own_share_after_the_gap_s_sentence_is_still_read(shipped_context):
    body = ("<p>Takalar - Perbedaan suara antara Pemohon dan Pihak Terkait mencapai 41 persen. "
            "Paslon Nomor Urut 1 meraih 70,77 persen suara.</p>")
    found = read(shipped_context, TAKALAR, body)
    assert one(found, Decimal("70.77"))[1].status == "consistent"


# ---- 2. A pair's earlier count, the re-vote's votes added and the total after it, in one
# sentence (news-antarasumbar-psu-magetan-hasil-akhir): "sebelumnya" marks the first vote's
# count (the regency without the re-voted TPS: never graded against the regency's total), the
# total after the re-vote is the re-vote round's, read too.
MAGETAN_TITLE = ("Meski kalah PSU, pasangan Nanik-Suyatni unggul tipis dari total suara Pilkada "
                 "Magetan")
MAGETAN = ("<p>Magetan - Dalam pemungutan suara ulang (PSU) Sabtu (22/3/2025), paslon nomor 1 "
           "Nanik-Suyatni mengumpulkan 904 suara dari empat TPS yang menggelar PSU. Paslon nomor "
           "2 Hergunadi-A. Basuki Babussalam hanya memperoleh 4 suara.</p>"
           "<p>Artinya, bila pada perolehan sebelumnya paslon Nanik-Suyatni sudah mengantongi "
           "136.444 suara lalu ditambah suara PSU 904, hasil akhir calon petahana itu menjadi "
           "137.345 suara.</p>"
           "<p>Lalu paslon Hergunadi-A. Basuki sebelumnya memiliki 130.943 suara; ditambah suara "
           "PSU 4, hasil akhirnya 130.947 suara.</p>")


def test_the_count_before_a_re_vote_is_the_first_vote_s_and_never_graded(shipped_context):
    found = read(shipped_context, MAGETAN_TITLE, MAGETAN)
    for value, nomor in ((136444, 1), (130943, 2)):
        claim, comparison = one(found, value)
        assert (claim.election, claim.region_code, claim.nomor_urut) == \
            ("pilkada2024", "3520", nomor), claim
        assert claim.hold is not None and (comparison is None or comparison.status not in FLAGS)


def test_the_total_after_a_re_vote_is_the_re_vote_s(shipped_context):
    found = read(shipped_context, MAGETAN_TITLE, MAGETAN)
    for value, nomor in ((137345, 1), (130947, 2)):
        claim, comparison = one(found, value)
        assert (claim.election, claim.nomor_urut) == ("pilkada2024-psu", nomor), claim
        assert comparison is None or comparison.status not in FLAGS


# ---- 3. A count summed over a few TPS is no count of the regency (news-antarasumbar-psu-
# magetan-hasil-akhir, news-metroriau-psu-siak-afni-516: given the kab/kota's code).
def test_a_count_from_a_few_tps_is_no_regency_count(shipped_context):
    found = read(shipped_context, MAGETAN_TITLE, MAGETAN)
    claim, _ = one(found, 904)
    assert claim.region_code is None and claim.nomor_urut == 1, claim


SIAK_TITLE = "Afni Zulkifli-Syamsurizal Menang di PSU Pilkada Siak"


def test_a_count_at_tps_level_is_no_regency_count(shipped_context):
    body = ("<p>Siak - Pasangan nomor urut 02 Afni Zulkifli-Syamsurizal memenangkan pemungutan "
            "suara ulang (PSU) Pilkada Siak yang digelar Sabtu (22/3/2025).</p>"
            "<p>Menurut hasil rekapitulasi suara di tingkat TPS, pasangan ini mengumpulkan total "
            "516 suara, mengalahkan pasangan nomor urut 03, Alfedri - Husni Merza, yang mendapat "
            "344 suara.</p>")
    found = read(shipped_context, SIAK_TITLE, body)
    for value, nomor in ((516, 2), (344, 3)):
        claim, comparison = one(found, value)
        assert claim.region_code is None and claim.nomor_urut == nomor, claim
        assert comparison is None or comparison.status not in FLAGS


# ---- 4. A pair's counts listed TPS by TPS after its name, each with its TPS after it
# (news-metroriau-psu-siak-afni-516: only the first was read).
SIAK_LIST = ("<p>SIAK - Pasangan calon Bupati Siak nomor urut 02, Afni Zulkifli-Syamsurizal, "
             "memenangi Pemungutan Suara Ulang (PSU) Pilkada Siak yang digelar Sabtu "
             "(22/3/2025).</p>"
             "<p>Afni Zulkifli-Syamsurizal meraih 33 suara di TPS Khusus RSUD Tengku Rafian, 211 "
             "suara di TPS 03 Kampung Buantan, dan 272 suara di TPS 03 Kampung Jayapura.</p>"
             "<p>Paslon nomor urut 01, Irving Kahar Arifin - Sugianto, juga mendapat suara meski "
             "sedikit: 1 suara di TPS 03 Kampung Buantan Besar dan 2 suara di TPS 03 Kampung "
             "Jayapura.</p>")


def test_every_count_of_a_pair_s_tps_list_is_the_pair_s(shipped_context):
    found = read(shipped_context, SIAK_TITLE, SIAK_LIST)
    for value, nomor in ((33, 2), (211, 2), (272, 2), (1, 1), (2, 1)):
        claim, comparison = one(found, value)
        assert (claim.nomor_urut, claim.region_code) == (nomor, None), claim
        assert comparison is None or comparison.status not in FLAGS


# ---- 5. "kedua paslon itu masing-masing meraup A dan B" after a sentence that names the two
# pairs in a kecamatan and says which won (news-nusabali-badung-pilpres-selisih-44951: 11.680
# went to the loser, in the regency).
BADUNG_TITLE = "Resmi! Prabowo-Gibran Unggul Selisih 44.951 Suara dari Ganjar-Mahfud di Badung"
BADUNG = ("<p>DENPASAR - Pasangan calon Presiden nomor urut 2, Prabowo Subianto-Gibran Rakabuming "
          "Raka, memimpin perolehan suara di Badung menurut Rapat Pleno Penetapan Hasil "
          "Perolehan Suara Pemilu 2024 yang digelar KPU Kabupaten Badung, Minggu (3/3/2024).</p>"
          "<p>Di Kecamatan Petang, Ganjar-Mahfud menang tipis atas Prabowo-Gibran dengan selisih "
          "761 suara. Di 'kandang' Ketua DPC PDIP Badung, Bupati Badung dua periode I Nyoman Giri "
          "Prasta, kedua paslon itu masing-masing meraup {a} dan {b} suara.</p>")


def test_both_pairs_of_the_sentence_before_in_its_kecamatan_winner_the_larger(shipped_context):
    found = read(shipped_context, BADUNG_TITLE, BADUNG.format(a="10.919", b="11.680"))
    for value, nomor in ((10919, 2), (11680, 3)):
        claim, comparison = one(found, value)
        assert (claim.election, claim.race_kind, claim.region_code, claim.nomor_urut) == \
            ("pemilu2024", "president", "510304", nomor), claim
        assert comparison is None or comparison.status not in FLAGS


def test_in_naming_order_when_no_winner_is_said(shipped_context):
    body = BADUNG.format(a="11.680", b="10.919").replace(
        "menang tipis atas Prabowo-Gibran dengan selisih 761 suara", "dan Prabowo-Gibran "
        "bersaing ketat")
    found = read(shipped_context, BADUNG_TITLE, body)
    for value, nomor in ((11680, 3), (10919, 2)):
        claim, _ = one(found, value)
        assert (claim.region_code, claim.nomor_urut) == ("510304", nomor), claim


# ---- 6. A share of seats is no vote share (news-nusabali-badung-pilpres-selisih-44951: "60
# persen dari 45 kursi DPRD Badung" read as Ganjar-Mahfud's share of the Pilpres).
@pytest.mark.parametrize("seats", ["60 persen dari 45 kursi DPRD Badung", "60 persen kursi DPRD"])
def test_a_share_of_seats_is_no_vote_share(shipped_context, seats):
    body = ("<p>DENPASAR - Prabowo-Gibran menang meyakinkan di Badung dengan 54,69 persen suara "
            "sah. Mereka mengungguli Ganjar-Mahfud, jagoan PDIP, partai yang menguasai Badung "
            f"dan untuk sementara disebut meraih {seats}.</p>")
    found = read(shipped_context, BADUNG_TITLE, body)
    assert Decimal(60) not in values(found), found
    assert Decimal("54.69") in values(found)  # (the vote share beside it is still read)


# ---- 7. A law's number and year name no election (news-smartnews-mk-psu-palopo-naili-rahmat:
# the re-vote's counts became "pemilu2016" from "Pasal 158 UU No. 10 Tahun 2016").
@pytest.mark.parametrize("law", ["Pasal 158 UU No. 10 Tahun 2016",
                                 "Pasal 158 Undang-Undang Pilkada Nomor 10 Tahun 2016"])
def test_a_law_s_year_is_no_election(shipped_context, law):
    body = ("<p>Secara umum, MK tidak menemukan pelanggaran berat yang memengaruhi hasil "
            "pemungutan suara.</p><p>Dalam perkara ini, pasangan Naili-Akhmad meraih 47.349 "
            "suara, sedangkan RahmAT hanya mendapat 11.021 suara.</p><p>Selisih yang mencapai "
            f"lebih dari 36 ribu suara itu melampaui ambang batas 2% yang disyaratkan {law}.</p>")
    found = read(shipped_context, "MK Tolak Gugatan RahmAT soal Sengketa PSU Pilkada Palopo", body)
    for value in (47349, 11021):
        claim, comparison = one(found, value)
        assert claim.election is None or "2016" not in claim.election, claim
        assert comparison is None or comparison.status not in FLAGS
