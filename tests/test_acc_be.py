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
