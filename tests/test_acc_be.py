"""corpus-be (fact-checks and reports of posts quoting Pilpres/Pilkada 2024 figures): the shapes
its dev pages lost, each a short page in our own words with real figures of KPU's record, with
variants and the near shapes that must keep their reading (tests/corpus/findings/corpus-be.md)."""

from __future__ import annotations

from decimal import Decimal

from builders import one_status as one, status_claims

FLAGS = {"discrepant", "minor"}
PILPRES_URL = "https://www.example-news.co.id/read/pemilu"


def claims_of(title: str, *paragraphs: str):
    return status_claims(title, *paragraphs, url=PILPRES_URL)


def no_count(got, value: str):
    """No claim reads `value` as a pair's count or share."""
    for claim, _ in got:
        if claim.value == Decimal(value):
            assert claim.kind not in ("votes", "share"), \
                (value, claim.kind, claim.nomor_urut, claim.hold)


# ---- 1. A change of a pair's count, the count named as the verb's object.
# Kompas Cek Fakta (factcheck-kompas-sirekap-suara-anies-berkurang-3-juta): "kabar KPU
# mengurangi perolehan suara capres-cawapres nomor urut 1 sebanyak 3.514.580" gave votes
# 3.514.580 to nomor 1: the amount taken off, no count. A change word right before its figure
# ("berkurang 3 juta") was known (checker/figures/changes.py); a transitive change verb whose
# object is the count ("mengurangi/menambah/menggelembungkan suara X sebanyak N") was not.
SIREKAP = "Penjelasan KPU soal Perolehan Suara Pilpres 2024 di Sirekap"


def test_a_change_verb_with_the_count_as_object_gives_no_count():
    got = claims_of(SIREKAP, "Anggota KPU Idham Holik menyatakan bahwa kabar KPU mengurangi "
                    "perolehan suara capres-cawapres nomor urut 1 sebanyak 3.514.580 menjurus "
                    "pada misinformasi.")
    no_count(got, "3514580")


def test_other_change_verbs_pairs_and_amounts():
    got = claims_of(SIREKAP, "Unggahan itu menuding KPU menambah perolehan suara Prabowo-Gibran "
                    "sebanyak 1.250.000 di Sirekap.")
    no_count(got, "1250000")
    got = claims_of(SIREKAP, "Akun itu menyebut Sirekap menggelembungkan suara pasangan nomor "
                    "urut 2 sebesar 2.100.000 dalam semalam.")
    no_count(got, "2100000")
    got = claims_of(SIREKAP, "Narasi itu mengklaim KPU memangkas suara Ganjar-Mahfud sebanyak "
                    "450.000 di Jawa Tengah.")
    no_count(got, "450000")


def test_a_count_after_the_verb_of_obtaining_keeps_its_reading():
    # Negative controls: the count itself, after a verb of obtaining, is the
    # pair's, graded (the record: Anies-Muhaimin 40.971.906, Prabowo-Gibran 96.214.691), and
    # a wrong one is still caught.
    claim, status = one(claims_of(SIREKAP, "KPU menetapkan perolehan suara pasangan nomor urut 1 "
                                  "sebanyak 40.971.906 dalam rekapitulasi nasional."), "40971906")
    assert claim.kind == "votes" and claim.nomor_urut == 1 and status == "consistent"
    claim, status = one(claims_of(SIREKAP, "Setelah koreksi, KPU menambah perolehan suara "
                                  "pasangan nomor urut 1, yang akhirnya memperoleh 40.971.960 "
                                  "suara dalam rekapitulasi nasional."), "40971960")
    assert claim.kind == "votes" and claim.nomor_urut == 1 and status in FLAGS
    claim, status = one(claims_of(SIREKAP, "Upaya mengurangi golput berhasil, dan pasangan "
                                  "Prabowo-Gibran meraih suara sebanyak 96.214.691 dalam "
                                  "rekapitulasi nasional KPU."), "96214691")
    assert claim.kind == "votes" and claim.nomor_urut == 2 and status == "consistent"


# ---- 2. A quick count's data-in in a title naming a province and a nickname only.
# A [SALAH] check (factcheck-portkesmas-quick-count-indikator-dki-anies) traced a video to the
# news title "Quick Count Indikator di DKI Suara 30,04%: Anies Melesat 43,41% Dipepet Ketat
# Prabowo": Anies's 43,41 was the Pilpres in DKI, the 30,04 data-in the Jakarta governor race
# ("DKI", no race word, no pair: that province's Pilkada). On a page whose pairs are all the
# Pilpres's and that names no other race, an area's figure of no pair is the Pilpres's there
# (checker/figures/pilpres_areas.py).
SALAH = "[SALAH] Anies Akhirnya Unggul Saat Ini"


def _race_of(got, value: str):
    claim, _ = one(got, value)
    return claim.election, claim.race_kind, claim.region_code, claim.race_region


def test_a_pilpres_pages_area_progress_is_the_pilpres_there():
    got = claims_of(SALAH, 'Video itu diambil dari berita berjudul "Quick Count Indikator di DKI '
                    'Suara 30,04%: Anies Melesat 43,41% Dipepet Ketat Prabowo".',
                    "Dalam berita itu, di DKI Jakarta Anies-Muhaimin meraih 43,41 persen, "
                    "Prabowo-Gibran 40,38 persen, dan Ganjar-Mahfud 16,22 persen.")
    assert _race_of(got, "30.04") == ("pemilu2024", "president", "31", "")


def test_other_provinces_and_pairs():
    got = claims_of("[SALAH] Ganjar Menang di Jawa Tengah", 'Video itu memakai berita berjudul '
                    '"Hitung Cepat di Jateng Data Masuk 85,2%: Ganjar Tertinggal".',
                    "Dalam berita itu Prabowo-Gibran meraih 54,6 persen dan Ganjar-Mahfud 33,1 "
                    "persen di Jawa Tengah.")
    assert _race_of(got, "85.2") == ("pemilu2024", "president", "33", "")


def test_a_pilkada_page_keeps_its_area_race():
    # Negative controls: the governor race's own pairs, or a race word of the Pilkada on the
    # page, keep the province's figure in its governor race.
    got = claims_of("Hasil Quick Count di DKI", "Quick count di DKI dengan data masuk 30,04 "
                    "persen: Pramono-Rano 50,1 persen, Ridwan Kamil-Suswono 39,5 persen.")
    assert _race_of(got, "30.04") == ("pilkada2024", "governor", "31", "31")
    got = claims_of(SALAH, 'Video itu diambil dari berita berjudul "Quick Count Indikator di DKI '
                    'Suara 30,04%: Anies Melesat 43,41% Dipepet Ketat Prabowo".',
                    "Dalam berita itu, di DKI Jakarta Anies-Muhaimin meraih 43,41 persen dan "
                    "Prabowo-Gibran 40,38 persen. Pilgub DKI digelar November nanti.")
    assert _race_of(got, "30.04")[:2] == ("pilkada2024", "governor")


# ---- 3. A survey named right after the figure it gives.
# Probing corpus-be's TIMES Indonesia fact-check (factcheck-gfd-timesindonesia-elektabilitas-
# pramono-rano: a post passed LSI's September survey figure 28,4 off as Pramono-Rano's
# collapse) found "Pramono-Rano meraih 28,4 persen dalam survei LSI" graded `discrepant`
# against KPU's 50,07: a poll of intentions read as the race's result, a false flag on any
# page that writes it so. A survey attached after the figure ("dalam/menurut/berdasarkan
# (hasil) survei ...") makes it the poll's (checker/figures/survey_after.py).
JAKARTA = "Pilkada Jakarta 2024"


def test_a_survey_named_after_the_figure_is_never_graded():
    got = status_claims(JAKARTA, "Pramono-Rano meraih 28,4 persen dalam survei LSI.")
    claim, status = one(got, "28.4")
    assert status not in FLAGS and claim.claim_type == "survey", (claim.claim_type, status)


def test_other_pairs_pollsters_and_words():
    for paragraph, value in (
            ("Ridwan Kamil-Suswono unggul dengan 51,8 persen dalam survei Lembaga Survei "
             "Indonesia.", "51.8"),
            ("Pramono-Rano mendapat 38,3 persen menurut hasil survei Litbang Kompas Oktober "
             "2024.", "38.3"),
            ("Dharma-Kun meraih 3,8 persen berdasarkan survei Indikator.", "3.8")):
        claim, status = one(status_claims(JAKARTA, paragraph), value)
        assert status not in FLAGS and claim.claim_type == "survey", (paragraph, status)


def test_a_count_named_after_the_figure_keeps_its_grade():
    # Negative controls (the record: Pramono-Rano 50,07 in the Jakarta plenary): the plenary
    # named after the figure is graded, and a wrong figure of it still caught; a quick count
    # its poster calls a survey stays the quick count's.
    claim, status = one(status_claims(JAKARTA, "Pramono-Rano meraih 50,07 persen dalam "
                                      "rekapitulasi KPU."), "50.07")
    assert status == "consistent"
    claim, status = one(status_claims(JAKARTA, "Pramono-Rano meraih 51,07 persen dalam "
                                      "rekapitulasi KPU."), "51.07")
    assert status in FLAGS
    claim, status = one(status_claims(JAKARTA, "Pramono-Rano meraih 50,15 persen dalam survei "
                                      "hitung cepat Charta Politika."), "50.15")
    assert claim.claim_type == "quick_count" and status not in FLAGS
