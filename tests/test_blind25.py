"""The twenty-fifth blind run (56 real pages on the regent and mayor races of 2024 in Java,
Bali, Banten, NTB and NTT that nobody had tuned on, 2026-12-07): one flag, true, and figures
given to the wrong pair that edited copies turn into false flags (tests/corpus/findings/
hunt.md, "Blind hunt 25").

A. A short name the page gave a pair, written again in lower case after a pair's noun: a Garut
   plenary report named Helmi Budiman-Yudi Nugraha Lasminingrat once with "(Someah)" after it,
   then gave the leader's share after "paslon Santri" and the rival's after "paslon someah". One
   lower-case word is no name run, so the rival's figure fell to Santri, named before it; said
   of KPU's real count, 33,70 was `discrepant` as Santri's.
B. The owner written after the figure by its ballot number: another Garut report set one pair's
   kecamatan count against "N suara untuk pasangan nomor 4". A name must stand right after
   "untuk" for the figure to be that pair's, so the pair's noun and number left it to the pair
   named before it: "Helmi-Yudi hanya 33,70 persen, dibandingkan 66,30 persen untuk pasangan
   nomor 2" graded 66,30 `discrepant` as Helmi-Yudi's.
C. "Mereka" after a sentence that names two pairs: the same report named the runner-up and the
   leader in one sentence, then gave "their" count in the next; the pair named last took it.
   "X menempati posisi kedua, tertinggal jauh dari Y. Mereka hanya memperoleh 33,70 persen"
   graded 33,70 `discrepant` as Y's. The words do not tell which of the two: the figure is
   nobody's. "Kedua paslon itu ... masing-masing" is still each one's.

Short pages in our own words with the real figures of the shipped record (Sirekap, 28 Nov 2024
10:15 WIB): Garut (Abdusy Syakur Amin-Luthfianisa Putri Karlina, nomor 2, 66,30 %; Helmi
Budiman-Yudi Nugraha Lasminingrat, nomor 1, 33,70 %), Kota Mataram (Mohan Roliskana-
Mujiburrahman, nomor 2, 56,65 %; Lalu Aria Dharma-Weis Arqurnain, nomor 1, 43,35 %), Jember
(Fawait-Djoko Susanto, nomor 2, 54,28 %; Hendy Siswanto-Firjaun, nomor 1, 45,72 %)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    """(kind, value, the claim's ballot number, status) of each compared claim."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.nomor_urut,
             c.status) for claim, c in compared(check_article(title, body, ctx=ctx))]


def shares(claims: list) -> list:
    return [(f[1], f[2], f[3]) for f in claims if f[0] == "share"]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


GARUT = ("Real Count Pilkada Garut 2024",
         "Berdasarkan real count KPU di laman pilkada2024.kpu.go.id, Kamis (28/11/2024) pukul "
         "10.15 WIB, pasangan Abdusy Syakur Amin-Luthfianisa Putri Karlina (Santri) bersaing "
         "dengan Helmi Budiman-Yudi Nugraha Lasminingrat (Someah) di Pilbup Garut.")
MATARAM = ("Real Count Pilwalkot Mataram 2024",
           "Menurut real count KPU hingga Kamis (28/11/2024) pukul 10.15 WIB, pasangan Mohan "
           "Roliskana-Mujiburrahman (Harum) berhadapan dengan Lalu Aria Dharma-Weis Arqurnain "
           "(Aqur) di Pilkada Kota Mataram.")
JEMBER = ("Real Count Pilbup Jember 2024",
          "Menurut real count KPU hingga Kamis (28/11/2024) pukul 10.15 WIB, Pilbup Jember "
          "diikuti dua pasangan calon.")


# ---- A. "paslon someah": the page's own short name, in lower case after a pair's noun --------
@pytest.mark.parametrize("page, sentence, expected", [
    # Garut's shape, the rival's share after the leader's in one sentence
    (GARUT, "Paslon Santri meraih 66,30 persen, sementara paslon someah hanya mendapatkan "
     "33,70 persen.", [(66.30, 2, "consistent"), (33.70, 1, "consistent")]),
    # "pasangan calon" as the noun, another regency's pairs
    (MATARAM, "Pasangan Harum meraih 56,65 persen, sedangkan pasangan calon aqur hanya "
     "43,35 persen.", [(56.65, 2, "consistent"), (43.35, 1, "consistent")]),
    # "paket", the short name in lower case first, the capitalised one second
    (MATARAM, "Hasilnya, paket aqur meraih 43,35 persen, sedangkan paket Harum 56,65 persen.",
     [(43.35, 1, "consistent"), (56.65, 2, "consistent")]),
])
def test_a_lower_case_short_name_names_its_pair(shipped_context, page, sentence, expected):
    claims = found(shipped_context, page[0], page[1], sentence)
    assert not flags(claims), claims
    assert shares(claims) == expected, claims


def test_a_wrong_share_under_a_lower_case_short_name_is_still_caught(shipped_context):
    # negative control: the rival's share written wrong is flagged as that rival's (33,70)
    claims = found(shipped_context, *GARUT, "Paslon Santri meraih 66,30 persen, sementara "
                   "paslon someah hanya mendapatkan 30,70 persen.")
    assert shares(claims) == [(66.30, 2, "consistent"), (30.70, 1, "discrepant")], claims


def test_a_lower_case_word_the_page_never_defined_names_nobody(shipped_context):
    # negative control: "harum" is no short name on this page (no "(Harum)"): no pair of that
    # name, so the word does not take the figure (it stays with the pair named before)
    claims = found(shipped_context, "Real Count Pilwalkot Mataram 2024",
                   "Menurut real count KPU hingga Kamis (28/11/2024) pukul 10.15 WIB, pasangan "
                   "Mohan Roliskana-Mujiburrahman unggul di Pilkada Kota Mataram.",
                   "Pasangan Mohan Roliskana-Mujiburrahman meraih 56,65 persen, paslon harum "
                   "bagi warga kota.")
    assert shares(claims) == [(56.65, 2, "consistent")], claims


# ---- B. "N persen untuk pasangan nomor K": the owner written after the figure by its number --
@pytest.mark.parametrize("page, paragraph, expected", [
    # the radargarut shape: the rival's share first, then "untuk pasangan nomor 2"
    (GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat tertinggal jauh. Mereka hanya "
     "memperoleh 33,70 persen, dibandingkan 66,30 persen untuk pasangan nomor 2.",
     [(33.70, 1, "consistent"), (66.30, 2, "consistent")]),
    # the number then the pair's name
    (GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat hanya memperoleh 33,70 persen, "
     "sedangkan 66,30 persen untuk pasangan nomor urut 2 Abdusy Syakur Amin-Luthfianisa Putri "
     "Karlina.", [(33.70, 1, "consistent"), (66.30, 2, "consistent")]),
    # "milik paslon nomor urut 2", another regency
    (JEMBER, "Pasangan Hendy Siswanto-Firjaun meraih 45,72 persen, sementara 54,28 persen milik "
     "paslon nomor urut 2.", [(45.72, 1, "consistent"), (54.28, 2, "consistent")]),
    # "diraih pasangan calon nomor 1"
    (MATARAM, "Pasangan Harum unggul dengan 56,65 persen, sedangkan 43,35 persen diraih "
     "pasangan calon nomor 1.", [(56.65, 2, "consistent"), (43.35, 1, "consistent")]),
])
def test_b_the_ballot_number_after_the_figure_owns_it(shipped_context, page, paragraph, expected):
    claims = found(shipped_context, page[0], page[1], paragraph)
    assert not flags(claims), claims
    assert shares(claims) == expected, claims


def test_b_a_wrong_share_owned_by_number_is_still_caught(shipped_context):
    # negative control: "60,30 persen untuk pasangan nomor 2" is pair 2's, and wrong (66,30)
    claims = found(shipped_context, *GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat "
                   "hanya memperoleh 33,70 persen, dibandingkan 60,30 persen untuk pasangan "
                   "nomor 2.")
    assert shares(claims) == [(33.70, 1, "consistent"), (60.30, 2, "discrepant")], claims


def test_b_a_name_after_the_number_wins_when_it_names_a_pair(shipped_context):
    # the page's name over its number: "nomor urut 1 Abdusy ..." (the number a slip): Santri's
    claims = found(shipped_context, *GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat "
                   "hanya memperoleh 33,70 persen, sedangkan 66,30 persen untuk pasangan nomor "
                   "urut 1 Abdusy Syakur Amin-Luthfianisa Putri Karlina.")
    assert not flags(claims), claims
    assert shares(claims)[1][:2] == (66.30, 2), claims


# ---- C. "Mereka" after a sentence naming two pairs: which of them the words do not tell ------
@pytest.mark.parametrize("page, paragraph", [
    # the radargarut shape, the trailing pair the leader
    (GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat menempati posisi kedua, tertinggal "
     "jauh dari Abdusy Syakur Amin-Luthfianisa Putri Karlina. Mereka hanya memperoleh 33,70 "
     "persen."),
    # "pasangan itu", another regency
    (JEMBER, "Pasangan Hendy Siswanto-Firjaun kalah dari Fawait-Djoko Susanto. Pasangan itu "
     "hanya meraih 45,72 persen."),
    # "mereka" with a place, Mataram
    (MATARAM, "Pasangan Lalu Aria Dharma-Weis Arqurnain hanya menang di Cakranegara atas Mohan "
     "Roliskana-Mujiburrahman. Secara keseluruhan mereka meraih 43,35 persen."),
])
def test_c_a_pronoun_after_two_pairs_gives_no_owner(shipped_context, page, paragraph):
    claims = found(shipped_context, page[0], page[1], paragraph)
    assert not flags(claims), claims


def test_c_one_pair_named_before_still_owns_the_pronouns_figure(shipped_context):
    # negative control: one pair in the sentence before, "mereka" is theirs, and a wrong share
    # of theirs is caught (33,70 in the record)
    claims = found(shipped_context, *GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat "
                   "tertinggal jauh. Mereka hanya memperoleh 30,70 persen.")
    assert shares(claims) == [(30.70, 1, "discrepant")], claims
    claims = found(shipped_context, *GARUT, "Pasangan Helmi Budiman-Yudi Nugraha Lasminingrat "
                   "tertinggal jauh. Mereka hanya memperoleh 33,70 persen.")
    assert shares(claims) == [(33.70, 1, "consistent")], claims
