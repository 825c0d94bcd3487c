"""Ballot numbers on a page that never dates itself (blind run 7: merdeka.com on the Pilkada
Mamuju 2020 plenary, antaranews on the Pilwalkot Baubau 2018 one). Neither page writes a year;
both number their own pairs, and the record's 2024 pair of that number is someone else. The
page's own evidence decides: a pair it names that stood in 2024 with another running mate, or
the pair it writes beside the number, not the record's pair of that number. Short pages in our
own words with the real figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim

UNDATED = "https://berita.example/peristiwa/hasil-rekapitulasi"
DATED = "https://berita.example/2024/11/28/hasil-rekapitulasi"


def claims_of(ctx, title: str, body: str, url: str = UNDATED) -> list:
    return every_claim(check_article(title, body, url, ctx))


def of(found: list, value: str) -> tuple:
    hits = [(claim, c) for claim, c in found if claim.value == Decimal(value)]
    assert len(hits) == 1, (value, hits)
    return hits[0]


MAMUJU = ("<p>Mamuju - KPU Mamuju menetapkan hasil rekapitulasi dalam pleno terbuka, Kamis (17/12) "
          "dini hari. {lead}</p><p>Sementara pasangan nomor urut {number}, {named} meraih 67.029 "
          "suara.</p>")
MAMUJU_LEAD = "Pasangan Sitti Sutinah Suhardi-Ado Mas'ud meraup 76.627 suara."
MAMUJU_TITLE = "Petahana Kalah di Pilkada Mamuju"


@pytest.mark.parametrize("number", ["dua", "2", "02"])
@pytest.mark.parametrize("named", ["Habsi Wahid bersama Irwan SP Pababari",
                                   "Habsi Wahid-Irwan SP Pababari"])
def test_a_number_on_an_undated_page_of_another_roster_is_not_the_record_s(shipped_context,
                                                                          number, named):
    # Ado Mas'ud ran in 2020 beside Sitti Sutinah Suhardi, and in 2024 as pair 2 with Damris:
    # the 2020 runner-up's count is not Ado Mas'ud-Damris's
    body = MAMUJU.format(lead=MAMUJU_LEAD, number=number, named=named)
    claim, comparison = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert claim.candidate_id is None, claim
    assert comparison.status == "unverifiable"
    assert comparison.reason in ("other_election", "candidate_unknown")


def test_the_roster_alone_holds_a_bare_number(shipped_context):
    # no name beside the number: the page's other pair is another election's, so is its "2"
    body = MAMUJU.format(lead=MAMUJU_LEAD, number="dua", named="pesaing terdekatnya,")
    claim, comparison = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert claim.candidate_id is None
    assert comparison.reason == "other_election"


def test_a_named_other_pair_beside_the_number_alone_is_enough(shipped_context):
    # no other pair on the page: the pair written beside "nomor urut 2" is not the record's 2
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="2",
                         named="Habsi Wahid-Irwan SP Pababari")
    claim, comparison = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert claim.candidate_id is None
    assert comparison.status == "unverifiable"


BAUBAU = ("<p>Baubau - Dalam pleno rekapitulasi Pilwali Baubau, pasangan calon wali kota Tamrin-Monianse "
          "meraup 23.573 suara. "
          "Kemudian paslon nomor urut 1, Roslina Rahim-La Ode Yasin memperoleh 18.367 suara. "
          "Kemudian paslon nomor urut 3 usungan PBB dan Gerindra, {named} memperoleh 4.503 "
          "suara.</p>")


def test_another_race_and_a_written_pair_sharing_a_title_word(shipped_context):
    # Pilwalkot Baubau 2018: La Ode Yasin stood in 2024 with someone else; the record's pair 3
    # (Yusran Fahim - Wa Ode Hamsinah Bolu) shares only "Wa Ode" with the page's pair 3
    body = BAUBAU.format(named="Wa Ode Maasra Manarfa-Ikhsan Ismail")
    claim, comparison = of(claims_of(shipped_context, "Tamrin-Monianse Unggul di Baubau", body),
                           "4503")
    assert claim.candidate_id is None
    assert comparison.reason == "other_election"


# ---- negative controls: the same shapes where the page's evidence is the record's election


def kept_number(claim) -> bool:
    """Read as the record's pair 2 of Mamuju (by id, or by its number when compared)."""
    return claim.hold is None and claim.election == "pilkada2024" and claim.nomor_urut == 2


def test_a_dated_page_keeps_the_number(shipped_context):
    # written in 2024 (its address): "nomor urut 2" is the 2024 pair even beside a nickname
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="2", named="pasangan petahana,")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body, DATED), "67029")
    assert kept_number(claim), claim


def test_an_undated_page_naming_the_record_s_pair_keeps_it(shipped_context):
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="2", named="Ado Mas'ud-Damris")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert kept_number(claim), claim


def test_an_undated_bare_number_without_other_evidence_keeps_it(shipped_context):
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="dua", named="pesaing terdekatnya,")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert kept_number(claim), claim


def test_a_pair_the_page_names_as_the_record_s_keeps_it_beside_an_earlier_one(shipped_context):
    # the roster evidence holds numbers only: a pair written as the record's is read as before
    body = MAMUJU.format(lead=MAMUJU_LEAD, number="2", named="Ado Mas'ud-Damris")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert kept_number(claim), claim
