"""Blind measurement 15 (Pilkada 2024 in Java, Sumatra, Bali and Nusa Tenggara): whose figure
follows "X menang dari / mengalahkan / unggul atas Y dengan <word> N".

A Karangasem page wrote "Gus Par ... menang dari [the incumbent] dan [the independent pair]
dengan torehan suara 55,31 %": the leader's share, put on the last rival named because the
reader of rival words (checker/figures/rivals.py) knew only "dengan raihan/perolehan/capaian"
and six verbs. Held there by the camp's quick-count cue; the same sentence with no count cue is
a false `discrepant` on the rival. Outlets write the leader's figure after "dengan" with many
nouns (torehan, raupan, dukungan, jumlah suara, persentase, angka, hasil, suara, kemenangan) and
verbs (mendulang, menorehkan, mencatatkan, membukukan). Real Sirekap figures: Karangasem
(Gus Par 52,87, Gede Dana 33,22, Kari Subali 13,91 %), Tabanan (Sanjaya-Dirga 67,11 %),
Jembrana (Bang-Ipat 106.119 votes)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")

KARANGASEM = ("<p>KARANGASEM – Paslon nomor 3 I Gusti Putu Parwata dan Pandu Prapanca Lagosa "
              "menang dari petahana I Gede Dana-I Nengah Swadi serta calon perseorangan "
              "I Wayan Kari Subali-Ketut Putra Ismaya Jaya {words} 52,87 persen{tail}.</p>")


def claims(title: str, body: str) -> list:
    return [(claim, comp) for claim, comp in every_claim(check_article(title, body))
            if comp is not None]


def the(found: list, value) -> tuple:
    hits = [(claim, comp) for claim, comp in found if claim.value == value]
    assert len(hits) == 1, (value, found)
    return hits[0]


def karangasem(words: str, tail: str = "") -> list:
    return claims("Gus Par Menang Pilkada Karangasem",
                  KARANGASEM.format(words=words, tail=tail))


@pytest.mark.parametrize("words, tail", [
    ("dengan torehan suara", ""), ("dengan torehan", ""), ("dengan raupan suara", ""),
    ("dengan dukungan", " suara"), ("dengan jumlah suara", ""), ("dengan persentase", ""),
    ("dengan angka", ""), ("dengan hasil", ""), ("dengan suara", ""),
    ("dengan kemenangan", ""), ("dengan mendulang", " suara"),
    ("dengan menorehkan", " suara"), ("dengan mencatatkan", " suara"),
    ("dengan membukukan", " suara"),
])
def test_the_figure_after_dengan_is_the_leaders_not_the_last_rivals(words, tail):
    claim, comp = the(karangasem(words, tail), Decimal("52.87"))
    assert claim.nomor_urut == 3
    assert comp.status == "consistent"


def test_the_words_that_already_worked_still_do():
    for words, tail in (("dengan perolehan", ""), ("dengan raihan suara", ""),
                        ("dengan meraih", " suara"), ("dengan", " suara")):
        claim, comp = the(karangasem(words, tail), Decimal("52.87"))
        assert claim.nomor_urut == 3 and comp.status == "consistent", words


def test_a_wrong_leaders_share_is_still_caught_on_the_leader():
    found = claims("Gus Par Menang Pilkada Karangasem",
                   KARANGASEM.format(words="dengan torehan suara", tail="").replace(
                       "52,87", "58,87"))
    claim, comp = the(found, Decimal("58.87"))
    assert claim.nomor_urut == 3
    assert comp.status == "discrepant" and comp.official_value == Decimal("52.87")


def test_another_race_and_verb_a_regents_share():
    # Pilbup Tabanan: Sanjaya-Dirga 67,11 %, Mulyadi-Ardika 32,89 %
    body = ("<p>TABANAN – Pasangan I Komang Gede Sanjaya-I Made Dirga mengalahkan I Nyoman "
            "Mulyadi-I Nyoman Ardika dengan raupan 67,11 persen suara di Pilkada Tabanan.</p>")
    claim, comp = the(claims("Sanjaya-Dirga Menang di Tabanan", body), Decimal("67.11"))
    assert claim.nomor_urut == 2
    assert comp.status == "consistent"


def test_a_count_after_unggul_atas_dengan_torehan():
    # Pilbup Jembrana: Bang-Ipat 106.119, Tamba-Dana 65.345
    body = ("<p>JEMBRANA – Pasangan I Made Kembang Hartawan-I Gede Ngurah Patriana Krisna "
            "unggul atas I Nengah Tamba-I Made Suardana dengan torehan 106.119 suara di "
            "Pilkada Jembrana.</p>")
    claim, comp = the(claims("Bang-Ipat Menang di Jembrana", body), 106119)
    assert comp.status == "consistent"


# ---- Negative controls: the rival's own clause keeps the figure the rival's; a total of
# valid votes after "dengan" is no pair's count.
def test_a_rivals_own_clause_keeps_its_figure():
    body = ("<p>KARANGASEM – Pasangan I Gusti Putu Parwata dan Pandu Prapanca Lagosa unggul "
            "dari pasangan I Gede Dana-I Nengah Swadi yang mendulang 33,22 persen suara.</p>")
    found = claims("Gus Par Menang Pilkada Karangasem", body)
    claim, comp = the(found, Decimal("33.22"))
    assert comp.status == "consistent"
    assert not [c for _, c in found if c.status in FLAGS]


def test_a_total_of_valid_votes_after_dengan_is_no_leaders_count():
    body = ("<p>JEMBRANA – Pasangan I Made Kembang Hartawan-I Gede Ngurah Patriana Krisna "
            "unggul atas I Nengah Tamba-I Made Suardana dengan total suara sah 171.464 di "
            "Pilkada Jembrana.</p>")
    found = claims("Bang-Ipat Menang di Jembrana", body)
    assert not [c for _, c in found if c.status in FLAGS]


# ---- A party's board named after its region is a body, not the figure's area (pantaubali:
# "Menurut hasil internal DPD PDIP Bali, pasangan Gus Par-Guru Pandu memperoleh ... 51 persen"
# put the Karangasem regent race's shares on the province of Bali).
def test_a_party_boards_region_is_not_the_figures_area():
    body = ("<p>KARANGASEM – Pasangan I Gusti Putu Parwata dan Pandu Prapanca Lagosa unggul di "
            "Pilkada Karangasem 2024.</p><p>Menurut hitungan DPD PDIP Bali, pasangan I Gusti "
            "Putu Parwata dan Pandu Prapanca Lagosa memperoleh 52,87 persen suara.</p>")
    claim, comp = the(claims("Gus Par Menang di Karangasem", body), Decimal("52.87"))
    assert claim.region_name == "KARANGASEM"
    assert comp.status not in FLAGS


def test_a_second_level_board_names_its_regency_not_the_city():
    # "DPD II Golkar Bima" is the party's Kabupaten Bima board; the figure is Kota Bima's
    # (A. Rahman-Feri Sofiyan 51,01 % in Sirekap)
    body = ("<p>KOTA BIMA – Pasangan H. A. Rahman-Feri Sofiyan unggul di Pilkada Kota Bima "
            "2024.</p><p>Menurut rekap DPD II Golkar Bima, pasangan A. Rahman-Feri Sofiyan meraih "
            "51,01 persen suara.</p>")
    claim, comp = the(claims("MAN-FERI Menang di Kota Bima", body), Decimal("51.01"))
    assert claim.region_name == "KOTA BIMA"
    assert comp.status not in FLAGS


def test_the_place_a_figure_is_won_in_stays_beside_a_party_board():
    # negative control: "di Bali" before the board's name is the figure's area
    body = ("<p>DENPASAR – Pilgub Bali 2024 dimenangkan Koster-Giri.</p><p>Koster-Giri meraih "
            "61,46 persen di Bali, kata Ketua DPD PDIP Bali.</p>")
    claim, comp = the(claims("Koster-Giri Menang", body), Decimal("61.46"))
    assert claim.region_name == "BALI" and comp.status == "consistent"


# ---- "dengan margin N persen" is the gap between two pairs, never a pair's share (exp of blind
# run 15: "menang dengan margin 19,65 persen" was read as Gus Par's share, a false discrepant;
# after rival words as the rival's). Karangasem's real gap: 52,87 - 33,22 = 19,65.
@pytest.mark.parametrize("sentence", [
    "Pasangan I Gusti Putu Parwata dan Pandu Prapanca Lagosa menang dengan margin 19,65 persen.",
    "Pasangan I Gusti Putu Parwata dan Pandu Prapanca Lagosa mengalahkan I Gede Dana-I Nengah "
    "Swadi dengan margin 19,65 persen.",
    "Pasangan I Gusti Putu Parwata dan Pandu Prapanca Lagosa mengalahkan I Gede Dana-I Nengah "
    "Swadi dengan margin kemenangan 19,65 persen.",
])
def test_a_margin_in_percent_is_no_pairs_share(sentence):
    found = claims("Gus Par Menang Pilkada Karangasem", f"<p>KARANGASEM – {sentence}</p>")
    assert not [c for c, _ in found if c.value == Decimal("19.65")]


def test_a_margin_of_error_keeps_the_shares_after_it():
    body = ("<p>KARANGASEM – Hasil quick count dengan margin of error 1 persen, pasangan I Gusti "
            "Putu Parwata dan Pandu Prapanca Lagosa meraih 52,87 persen.</p>")
    claim, comp = the(claims("Quick Count Pilkada Karangasem", body), Decimal("52.87"))
    assert claim.nomor_urut == 3 and comp.status not in FLAGS
