"""The thirty-third blind run (43 real pages on two races in one area: a city's KPU reading out
the governor race's figures beside its own mayor or regent race, a province's Pilpres beside its
Pilgub, round-ups of a province's results; nobody had tuned on them, 2026-12-07): seven flags on
two pages, one true (a page's 7.830.084 for Andika-Hendi's 7.870.084), six false, all on one
page of Jakarta's Pilpres counts by coalition (tests/corpus/findings/hunt.md, "Blind hunt 33").

A. "Koalisi Prabowo-Gibran meraih 2.692.011 suara; koalisi perubahan meraih 2.653.762 suara; dan
   koalisi PDIP mengantongi 1.115.138": each coalition's count was carried to the pair of the
   figure before (Prabowo-Gibran) and flagged against its 2.692.011. A group of parties as the
   subject of its own verb between two figures ("koalisi ...", "gabungan ...", "partai ...")
   ends the carry: the figure is nobody's rather than the pair's before (referents.py).

B. "Dengan mengandaikan seluruh koalisi tetap solid, Anies berpotensi menang ... dengan total
   suara 3.768.900 suara atau 58,3%" and "koalisi Prabowo-Gibran akan menguasai 2.760.841 suara
   atau setara 45,74%": sums of coalitions' votes given as what a pair could get were flagged as
   the pairs' Pilpres counts. Words of potential and supposition ("berpotensi", "berpeluang",
   "mengandaikan", "seandainya", "andaikan", "akan/bakal menguasai") are hope words
   (rules/figures.yaml hope_words): the figure after them in its sentence is held.

C. (Held only because the mayor race's plenary is not in the record; probed as shares, which
   Sirekap grades.) "Mereka mengungguli pasangan A dengan 132.258 suara dan B dengan 74.147
   suara": the first count was given to the leader ("X mengungguli A dengan N" is X's, blind
   hunt 2), though the list gives each rival its own count with "dengan". A next rival named
   after "dan"/"serta" with "dengan" and a figure of its own makes the figure before it the
   first rival's (rivals.py).

D. (Probed from the set's Padang and Pekanbaru pages.) "Untuk Pilwako, paslon nomor urut 1 meraih
   55,17 persen" after the city's Pilgub figures was read as the governor race's pair 1 and
   flagged against its 83,79; "untuk Pilgubri paslon nomor urut 1 meraih ..." in Kota Pekanbaru
   as the mayor race's pair 1. "Pilwako", "Pilwakot" (the mayor's race as Sumatran and
   Kalimantan outlets write it) and "Pilgubri", "Pilgubsu" (the governor's, run into the
   province's letters) are race words (rules/figures.yaml race_words, city_race_words).

E. (Probed: one ballot number in two races of one city.) "paslon nomor urut 1 unggul di dua
   pemilihan: 57,18 persen di Pilwalkot dan 65,96 persen di Pilgub" and "paslon nomor urut 2
   kalah di Pilwalkot dengan 42,82 persen dan juga kalah di Pilgub dengan 34,04 persen": the
   second figure was carried to the mayor race's pair and flagged against its share. A race
   written right after the figure ("di/pada/dalam Pilgub", as "untuk Gubernur" already was) is
   its race (layout._RACE_AFTER); a race word between the two figures moves a pair named by its
   ballot number alone to that race's pair of the number, and leaves a named pair nobody's
   (referents._in_race_between).

F. (Probed, the same two races as a table.) "Pemilihan | Paslon 1 | Paslon 2" over the rows
   "Pilwalkot | 57,18% | 42,82%" and "Pilgub | 65,96% | 34,04%": both rows were read in the
   table's one race (the mayor's) and the governor row flagged. A row whose first cell names a
   race (and no figure) gives its figures that race (from_tables._row).

G. (Probed, A's shape with a party.) "Luthfi-Yasin meraih 59,14 persen, sementara jagoan PDIP
   hanya 40,86 persen": the pair named by the party behind it ("jagoan/usungan/diusung PDIP")
   was carried to Luthfi-Yasin and flagged. Such a subject between two figures ends the carry
   too (referents._backed_subject): which of the party's pairs, the words do not say.

H. (Probed: a round-up's shape.) On a page about a province's Pilkada ("Hasil Real Count
   Pilkada Jateng 2024"), "di Kabupaten Banyumas paslon nomor urut 2 unggul dengan 55,23 persen"
   (Luthfi-Yasin's share there) was read as the regent pair 2's and flagged against 40,57. A
   kab/kota's ballot number with no race word, on a page whose subject is its province's Pilkada
   or governor race, may be either race's pair: held `race_unclear` (province_pairs.py, as blind
   hunt 27 did after the page's own governor figures). A race word or a name still decides.

I. (Probed: the theme's Pilpres beside Pilgub.) "Pada Pilpres 2024, Prabowo-Gibran meraih 53,08
   persen di Jawa Tengah. Pada Pilkada 2024, paslon nomor urut 2 meraih 59,14 persen di provinsi
   itu": the race word "Pilpres" before was the second figure's race, so Luthfi-Yasin's share
   was graded as Prabowo-Gibran's. An election the figure's words name after another
   election's race word moves the figure to that election: its area's Pilkada race, or the
   president's (figure_election.election_and_kind).

J. (Probed: a city's governor figures beside the province's.) "Luthfi-Yasin kalah di Kota
   Semarang dengan 34,04 persen, meski secara keseluruhan menang dengan 59,14 persen" and
   "Andika-Hendi menang di Kota Semarang ... dan Solo (52,83 persen), tetapi kalah di tingkat
   provinsi dengan 40,86 persen": the race's share was read as the city's and flagged. The whole
   said between the place and the figure in its sentence ("secara keseluruhan", "tingkat
   provinsi/nasional") ends the place's scope (won_part.py, as a sentence opening on the whole
   already did).

Short pages in our own words with the real figures of the shipped record: the Pilpres 2024
plenary of DKI Jakarta (Prabowo-Gibran 2.692.011, 41,67 %; Anies-Muhaimin 2.653.762, 41,07 %)
and of Jawa Tengah (Prabowo-Gibran 12.096.454, 53,08 %; Ganjar-Mahfud 7.827.335, 34,35 %;
Anies-Muhaimin 2.866.373, 12,58 %); Sirekap of 28 Nov 2024 for Pilwalkot Malang (Wahyu-Ali
49,55 %, Anton-Dimyati 32,35 %, Heri-Ganis 18,11 %) and Pilwako Padang (Fadly-Maigus 55,17 %,
Iqbal-Amasrul 17,09 %, Hendri Septa-Hidayat 27,74 %; Pilgub Sumbar in Kota Padang: Mahyeldi-Vasko
83,79 %), Pilwako Pekanbaru (Agung-Markarius 46,55 %; Pilgub Riau there: Abdul Wahid-SF Hariyanto
51,56 %), Pilwalkot Semarang (Agustina-Iswar 57,18 %, Yoyok-Joko 42,82 %; Pilgub Jateng there:
Andika-Hendi 65,96 %, Luthfi-Yasin 34,04 %), Pilgub Jateng (Luthfi-Yasin 59,14 %, Andika-Hendi
40,86 %; in Kabupaten Banyumas Luthfi-Yasin 55,23 %, the regent pair 2 40,57 %; in Kabupaten
Jember Khofifah-Emil 67,36 %, the regent pair 2 54,28 %), Pilgub Jabar (Jeje-Ronal 9,32 %),
the Pilpres plenary of Jawa Barat (Prabowo-Gibran 58,50 %), Pilwako Palembang (Ratu Dewa-Prima Salam 46,57 %) and Pilgub Sumut in Kota Medan
(Edy-Hasan 36,45 %)."""

from __future__ import annotations

import pytest

from builders import flags, found


def graded(claims: list, value: float) -> list:
    """(status, ballot number) of the figures of `value`."""
    return [(f[3], f[5]) for f in claims if f[1] == value]


# ---- A. a coalition's own verb between two figures ends the carry of the pair before.
JAKARTA = "Adu Peta Suara Pilpres 2024 di Jakarta"
JATENG = "Peta Suara Pilpres 2024 di Jawa Tengah"


@pytest.mark.parametrize("title, text, value", [
    # the blind page's shape: three coalitions, each with its verb, semicolons between
    (JAKARTA, "Koalisi Prabowo-Gibran meraih 2.692.011 suara; koalisi perubahan meraih 2.653.762 "
              "suara; dan koalisi PDIP mengantongi 1.115.138 pada Pemilu Presiden 2024, khusus "
              "wilayah DKI Jakarta.", 2653762),
    (JAKARTA, "Koalisi Prabowo-Gibran meraih 2.692.011 suara; koalisi perubahan meraih 2.653.762 "
              "suara; dan koalisi PDIP mengantongi 1.115.138 pada Pemilu Presiden 2024, khusus "
              "wilayah DKI Jakarta.", 1115138),
    # after "sedangkan" (the contrast read the same pair's figure by another count)
    (JAKARTA, "Pada Pilpres 2024 di DKI Jakarta, Prabowo-Gibran meraih 2.692.011 suara, sedangkan "
              "koalisi perubahan meraih 2.653.762 suara.", 2653762),
    # another province, a coalition named by its party
    (JATENG, "Pada Pilpres 2024 di Jawa Tengah, Prabowo-Gibran meraih 12.096.454 suara, sedangkan "
             "koalisi PDIP meraih 7.827.335 suara.", 7827335),
])
def test_a_a_coalition_s_count_is_not_the_pair_s_before(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims
    assert all(status != "consistent" or nomor != 2 for status, nomor in graded(claims, value)), \
        claims


@pytest.mark.parametrize("title, text, value, status", [
    # the first coalition names its pair: graded (right and wrong)
    (JAKARTA, "Koalisi Prabowo-Gibran meraih 2.692.011 suara; koalisi perubahan meraih 2.653.762 "
              "suara.", 2692011, "consistent"),
    (JAKARTA, "Koalisi Prabowo-Gibran meraih 2.792.011 suara; koalisi perubahan meraih 2.653.762 "
              "suara.", 2792011, "discrepant"),
    # the pair's own share after its count is still carried, and a wrong one caught
    (JAKARTA, "Pada Pilpres 2024 di DKI Jakarta, Prabowo-Gibran meraih 2.692.011 suara atau "
              "41,67 persen.", 41.67, "consistent"),
    (JAKARTA, "Pada Pilpres 2024 di DKI Jakarta, Prabowo-Gibran meraih 2.692.011 suara atau "
              "43,67 persen suara sah partai koalisi.", 43.67, "discrepant"),
])
def test_a_controls_still_graded(shipped_context, title, text, value, status):
    claims = found(shipped_context, title, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


# ---- B. what a pair or coalition could get is a hope, no count.
@pytest.mark.parametrize("title, text, value", [
    # the blind page's two sentences
    (JAKARTA, "Dengan mengandaikan seluruh koalisi tetap solid untuk Pilkada Jakarta, Anies "
              "berpotensi menang karena merupakan gabungan antara koalisi perubahan dan koalisi "
              "PDIP dengan total suara 3.768.900 suara atau 58,3% total suara sah.", 3768900),
    (JAKARTA, "Dengan mengandaikan seluruh koalisi tetap solid untuk Pilkada Jakarta, Anies "
              "berpotensi menang karena merupakan gabungan antara koalisi perubahan dan koalisi "
              "PDIP dengan total suara 3.768.900 suara atau 58,3% total suara sah.", 58.3),
    # "seandainya ... berpeluang", "bakal menguasai"
    (JATENG, "Seandainya pemilih PDIP dan PKB bersatu, Ganjar-Mahfud berpeluang meraih 47 persen "
             "suara di Jawa Tengah.", 47),
    (JATENG, "Di Jawa Tengah, koalisi Prabowo-Gibran bakal menguasai 61,5 persen suara bila partai "
             "pengusungnya solid.", 61.5),
])
def test_b_a_potential_sum_is_held(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims
    assert [s for s, _ in graded(claims, value)] in ([], ["unverifiable"]), claims


@pytest.mark.parametrize("title, text, value, status", [
    # the pairs' true counts and shares, no word of potential: graded, a wrong one caught
    (JATENG, "Di Jawa Tengah, Ganjar-Mahfud meraih 7.827.335 suara atau 34,35 persen.", 34.35,
     "consistent"),
    (JATENG, "Di Jawa Tengah, Ganjar-Mahfud meraih 7.827.335 suara atau 34,35 persen, "
             "Anies-Muhaimin 2.866.373 suara atau 15,58 persen.", 15.58, "discrepant"),
    (JAKARTA, "Pada Pilpres 2024 di DKI Jakarta, Anies-Muhaimin meraih 2.753.762 suara atau 41,07 "
              "persen.", 2753762, "discrepant"),
])
def test_b_controls_still_graded(shipped_context, title, text, value, status):
    claims = found(shipped_context, title, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


# ---- C. "mengungguli A dengan N dan B dengan M": each rival's own figure.
MALANG = "Pilkada Kota Malang 2024"
PADANG = "Rekapitulasi KPU Kota Padang"


@pytest.mark.parametrize("title, text, value, nomor", [
    # the blind page's counts (held: no plenary), then the same shape with Sirekap's shares
    (MALANG, "KPU Kota Malang menyebut pasangan Wahyu Hidayat-Ali Mutohirin meraih 203.257 suara "
             "sah. Mereka mengungguli pasangan Anton-Dimyati Ayatullah dengan 132.258 suara dan "
             "Heri Cahyono-Ganis Rumpoko dengan 74.147 suara.", 132258, 3),
    (MALANG, "Di Kota Malang, Wahyu Hidayat-Ali Muthohirin mengungguli Anton-Dimyati dengan 32,35 "
             "persen dan Heri Cahyono-Ganis Rumpoko dengan 18,11 persen.", 32.35, 3),
    (PADANG, "Di Kota Padang, Fadly-Maigus mengungguli Hendri Septa-Hidayat dengan 27,74 persen "
             "dan Iqbal-Amasrul dengan 17,09 persen.", 27.74, 3),
    # "serta pasangan B dengan raihan M"
    (PADANG, "Di Kota Padang, Fadly-Maigus mengalahkan Hendri Septa-Hidayat dengan 27,74 persen "
             "serta pasangan Iqbal-Amasrul dengan raihan 17,09 persen.", 27.74, 3),
])
def test_c_each_rival_s_own_figure(shipped_context, title, text, value, nomor):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims
    assert [n for _, n in graded(claims, value)] == [nomor], claims


@pytest.mark.parametrize("title, text, value, status, nomor", [
    # the leader's share after one rival stays the leader's (blind hunt 2), right and wrong
    (MALANG, "Di Kota Malang, Wahyu Hidayat-Ali Muthohirin mengungguli Heri Cahyono-Ganis Rumpoko "
             "dengan 49,55 persen.", 49.55, "consistent", 1),
    (MALANG, "Di Kota Malang, Wahyu Hidayat-Ali Muthohirin mengungguli Heri Cahyono-Ganis Rumpoko "
             "dengan 52,55 persen.", 52.55, "discrepant", 1),
    # a clause after "dan" (no rival named) leaves the leader's share the leader's
    (MALANG, "Di Kota Malang, Wahyu Hidayat-Ali Muthohirin mengungguli Anton-Dimyati dengan 49,55 "
             "persen dan unggul di lima kecamatan dengan 5 ribu suara.", 49.55, "consistent", 1),
    # a rival's wrong share in the list is caught as that rival's
    (PADANG, "Di Kota Padang, Fadly-Maigus mengungguli Hendri Septa-Hidayat dengan 37,74 persen "
             "dan Iqbal-Amasrul dengan 17,09 persen.", 37.74, "discrepant", 3),
])
def test_c_controls(shipped_context, title, text, value, status, nomor):
    claims = found(shipped_context, title, text)
    assert graded(claims, value) == [(status, nomor)], claims


# ---- D. "Pilwako", "Pilwakot", "Pilgubri", "Pilgubsu" name their races.
PADANG_RC = "Real Count Pilkada 2024 di Kota Padang"
PEKANBARU_RC = "Real Count Pilkada 2024 di Kota Pekanbaru"
BY_RACE = ("Berdasarkan real count KPU di Kota {city} pada Kamis (28/11/2024) pukul 10.15 WIB, "
           "untuk {gov} paslon nomor urut 1 meraih {g} persen. Untuk {mayor}, paslon nomor urut "
           "{n} meraih {m} persen.")


@pytest.mark.parametrize("title, text, value, race", [
    (PADANG_RC, BY_RACE.format(city="Padang", gov="Pilgub", g="83,79", mayor="Pilwako", n=1,
                               m="55,17"), 55.17, "regent_mayor"),
    (PADANG_RC, BY_RACE.format(city="Padang", gov="Pilgub", g="83,79", mayor="Pilwakot", n=1,
                               m="55,17"), 55.17, "regent_mayor"),
    (PEKANBARU_RC, BY_RACE.format(city="Pekanbaru", gov="Pilgubri", g="51,56", mayor="Pilwako",
                                  n=5, m="46,55"), 51.56, "governor"),
    (PEKANBARU_RC, BY_RACE.format(city="Pekanbaru", gov="Pilgubri", g="51,56", mayor="Pilwako",
                                  n=5, m="46,55"), 46.55, "regent_mayor"),
    ("Hasil Pilkada 2024", "Di Pilwako Palembang, paslon nomor urut 2 meraih 46,57 persen.",
     46.57, "regent_mayor"),
    ("Hasil Pilkada 2024", "Real count Pilgubsu di Kota Medan: paslon nomor urut 2 meraih 36,45 "
     "persen.", 36.45, "governor"),
])
def test_d_the_race_words(shipped_context, title, text, value, race):
    from builders import check_article, compared
    report = check_article(title, f"<p>{text}</p>", ctx=shipped_context)
    got = [(claim.race_kind, c.status) for claim, c in compared(report) if float(claim.value) == value]
    assert got == [(race, "consistent")], got


@pytest.mark.parametrize("title, text, value", [
    # a wrong mayor share after "Pilwako" is caught in the mayor race; a wrong governor share
    # after "Pilgubri" in the governor race
    (PADANG_RC, BY_RACE.format(city="Padang", gov="Pilgub", g="83,79", mayor="Pilwako", n=1,
                               m="65,17"), 65.17),
    (PEKANBARU_RC, BY_RACE.format(city="Pekanbaru", gov="Pilgubri", g="40,5", mayor="Pilwako",
                                  n=5, m="46,55"), 40.5),
])
def test_d_controls_wrong_shares_caught(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert [s for s, _ in graded(claims, value)] == ["discrepant"], claims


# ---- E. one ballot number in two races of one city: the race written at each figure.
SEMARANG_RC = "Real Count Pilkada 2024 di Kota Semarang"
TWO_RACES = ("Berdasarkan real count KPU, di Kota Semarang paslon nomor urut 1 unggul di dua "
             "pemilihan: 57,18 persen di Pilwalkot dan {g} persen di Pilgub.")
BOTH_LOST = ("Real count KPU di Kota Semarang menunjukkan paslon nomor urut 2 kalah di Pilwalkot "
             "dengan 42,82 persen dan juga kalah di Pilgub dengan {g} persen.")


@pytest.mark.parametrize("text, value, race, status", [
    (TWO_RACES.format(g="65,96"), 65.96, "governor", "consistent"),
    (BOTH_LOST.format(g="34,04"), 34.04, "governor", "consistent"),
    # the first figure keeps its race
    (TWO_RACES.format(g="65,96"), 57.18, "regent_mayor", "consistent"),
    (BOTH_LOST.format(g="34,04"), 42.82, "regent_mayor", "consistent"),
    # a wrong governor share is caught in the governor race
    (TWO_RACES.format(g="67,96"), 67.96, "governor", "discrepant"),
    (BOTH_LOST.format(g="37,04"), 37.04, "governor", "discrepant"),
])
def test_e_each_figure_s_own_race(shipped_context, text, value, race, status):
    from builders import check_article, compared
    report = check_article(SEMARANG_RC, f"<p>{text}</p>", ctx=shipped_context)
    got = [(claim.race_kind, c.status) for claim, c in compared(report)
           if float(claim.value) == value]
    assert got == [(race, status)], got


def test_e_a_named_pair_is_not_moved_to_the_other_race(shipped_context):
    # Agustina-Iswar stood for mayor only: her pair's figure "di Pilgub" is nobody's, never hers
    claims = found(shipped_context, SEMARANG_RC,
                   "Berdasarkan real count KPU, di Kota Semarang Agustina-Iswar meraih 57,18 persen "
                   "di Pilwalkot dan 65,96 persen di Pilgub.")
    assert not flags(claims), claims
    assert graded(claims, 57.18) == [("consistent", 1)], claims


# ---- F. a table row opening with its race.
def _race_table(mayor_row: str, governor_row: str) -> str:
    return ("<p>Berikut hasil real count KPU di Kota Semarang.</p><table><tr><th>Pemilihan</th>"
            "<th>Paslon 1</th><th>Paslon 2</th></tr>"
            f"<tr><td>{mayor_row}</td><td>57,18%</td><td>42,82%</td></tr>"
            f"<tr><td>{governor_row}</td><td>{{g}}</td><td>34,04%</td></tr></table>")


@pytest.mark.parametrize("labels, g, value, race, status", [
    (("Pilwalkot", "Pilgub"), "65,96%", 65.96, "governor", "consistent"),
    (("Pilwalkot", "Pilgub"), "65,96%", 34.04, "governor", "consistent"),
    (("Wali Kota", "Gubernur"), "65,96%", 65.96, "governor", "consistent"),
    # the mayor row keeps its race; a wrong governor share is caught in the governor race
    (("Pilwalkot", "Pilgub"), "65,96%", 42.82, "regent_mayor", "consistent"),
    (("Wali Kota", "Gubernur"), "67,96%", 67.96, "governor", "discrepant"),
])
def test_f_a_row_s_race(shipped_context, labels, g, value, race, status):
    from builders import check_article, compared
    body = _race_table(*labels).format(g=g)
    report = check_article(SEMARANG_RC, body, ctx=shipped_context)
    got = [(claim.race_kind, c.status) for claim, c in compared(report)
           if float(claim.value) == value]
    assert got == [(race, status)], got


# ---- G. a pair named by its party after the figure before: not that pair again.
JATENG_RC = "Hasil Real Count Pilgub Jateng 2024"


@pytest.mark.parametrize("text", [
    "Berdasarkan real count KPU, di Pilgub Jateng jagoan KIM Plus Luthfi-Yasin meraih 59,14 "
    "persen, sementara jagoan PDIP hanya 40,86 persen.",
    "Berdasarkan real count KPU, di Pilgub Jateng Luthfi-Yasin meraih 59,14 persen, sedangkan "
    "pasangan usungan PDI Perjuangan meraih 40,86 persen.",
])
def test_g_a_party_s_pair_is_not_carried(shipped_context, text):
    claims = found(shipped_context, JATENG_RC, text)
    assert not flags(claims), claims
    assert graded(claims, 59.14) == [("consistent", 2)], claims


@pytest.mark.parametrize("text, value, status, nomor", [
    # the pair named with its party keeps the figure; the carried share after "atau" too
    ("Berdasarkan real count KPU, di Pilgub Jateng Luthfi-Yasin meraih 59,14 persen, dan "
     "Andika-Hendi yang diusung PDIP 40,86 persen.", 40.86, "consistent", 1),
    ("Berdasarkan real count KPU, di Pilgub Jateng Luthfi-Yasin meraih 59,14 persen, dan "
     "Andika-Hendi yang diusung PDIP 43,86 persen.", 43.86, "discrepant", 1),
])
def test_g_controls(shipped_context, text, value, status, nomor):
    claims = found(shipped_context, JATENG_RC, text)
    assert graded(claims, value) == [(status, nomor)], claims


# ---- H. a kab/kota's bare ballot number on a page about its province's Pilkada.
BANYUMAS = "Berdasarkan real count KPU, di Kabupaten Banyumas paslon nomor urut 2 unggul dengan {v} persen."
JEMBER = "Berdasarkan real count KPU, di Kabupaten Jember paslon nomor urut 2 meraih {v} persen."


@pytest.mark.parametrize("title, text, value", [
    ("Hasil Real Count Pilkada Jateng 2024", BANYUMAS.format(v="55,23"), 55.23),
    ("Hasil Real Count Pilkada Jawa Tengah 2024: Luthfi-Yasin Unggul", BANYUMAS.format(v="55,23"),
     55.23),
    ("Hasil Real Count Pilkada Jatim 2024", JEMBER.format(v="67,36"), 67.36),
])
def test_h_either_race_s_pair_is_held(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims
    assert [(f[3], f[4]) for f in claims if f[1] == value] == [("unverifiable", "race_unclear")], \
        claims


@pytest.mark.parametrize("title, text, value, status", [
    # the race named: the governor's share graded in the governor race, the regent's in his
    ("Hasil Real Count Pilgub Jateng 2024", BANYUMAS.format(v="55,23"), 55.23, "consistent"),
    ("Hasil Real Count Pilgub Jateng 2024", BANYUMAS.format(v="58,23"), 58.23, "discrepant"),
    ("Hasil Real Count Pilbup Jember 2024", JEMBER.format(v="54,28"), 54.28, "consistent"),
    ("Hasil Real Count Pilbup Jember 2024", JEMBER.format(v="50"), 50, "discrepant"),
    # a page about the regency's own Pilkada: the regent pair
    ("Hasil Real Count Pilkada Banyumas 2024", BANYUMAS.format(v="40,57"), 40.57, "consistent"),
])
def test_h_controls(shipped_context, title, text, value, status):
    claims = found(shipped_context, title, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


# ---- I. a Pilkada election named after the Pilpres race word.
PETA = "Peta Suara 2024"


@pytest.mark.parametrize("text, value", [
    ("Pada Pilpres 2024, Prabowo-Gibran meraih 53,08 persen di Jawa Tengah. Pada Pilkada 2024, "
     "paslon nomor urut 2 meraih 59,14 persen di provinsi itu.", 59.14),
    ("Di Pilpres 2024, paslon nomor urut 2 meraih 53,08 persen di Jawa Tengah. Di Pilkada Jateng "
     "2024, paslon nomor urut 2 meraih 59,14 persen.", 59.14),
    ("Di Pilpres 2024, paslon nomor urut 2 meraih 58,50 persen di Jawa Barat. Pada Pilkada 2024, "
     "paslon nomor urut 2 meraih 9,32 persen di provinsi itu.", 9.32),
])
def test_i_the_pilkada_named_after_the_pilpres(shipped_context, text, value):
    claims = found(shipped_context, PETA, text)
    assert not flags(claims), claims
    assert [s for s, _ in graded(claims, value)] == ["consistent"], claims


@pytest.mark.parametrize("text, value, status", [
    # a wrong Pilkada share is caught in the governor race; the Pilpres figures keep theirs
    ("Pada Pilpres 2024, Prabowo-Gibran meraih 53,08 persen di Jawa Tengah. Pada Pilkada 2024, "
     "paslon nomor urut 2 meraih 62,14 persen di provinsi itu.", 62.14, "discrepant"),
    ("Pada Pilpres 2024, Prabowo-Gibran meraih 53,08 persen di Jawa Tengah. Pada Pilkada 2024, "
     "paslon nomor urut 2 meraih 59,14 persen di provinsi itu.", 53.08, "consistent"),
    ("Hasil Pilpres 2024 di Jawa Tengah: Prabowo-Gibran meraih 53,08 persen, paslon nomor urut 3 "
     "meraih 37,35 persen.", 37.35, "discrepant"),
])
def test_i_controls(shipped_context, text, value, status):
    claims = found(shipped_context, PETA, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


# ---- J. the whole said after a city in the figure's own sentence.
@pytest.mark.parametrize("text, value", [
    ("Berdasarkan real count KPU, Luthfi-Yasin kalah di Kota Semarang dengan 34,04 persen, meski "
     "secara keseluruhan menang dengan 59,14 persen.", 59.14),
    ("Berdasarkan real count KPU, Andika-Hendi menang di Kota Semarang (65,96 persen) dan Solo "
     "(52,83 persen), tetapi kalah di tingkat provinsi dengan 40,86 persen.", 40.86),
])
def test_j_the_whole_after_a_city(shipped_context, text, value):
    claims = found(shipped_context, JATENG_RC, text)
    assert not flags(claims), claims
    assert all(f[2] not in ("3374", "3372") for f in claims if f[1] == value), claims


@pytest.mark.parametrize("text, value, status", [
    # the cities' own shares in those sentences: graded there, a wrong one caught
    ("Berdasarkan real count KPU, Luthfi-Yasin kalah di Kota Semarang dengan 34,04 persen, meski "
     "secara keseluruhan menang dengan 59,14 persen.", 34.04, "consistent"),
    ("Berdasarkan real count KPU, Luthfi-Yasin kalah di Kota Semarang dengan 37,04 persen, meski "
     "secara keseluruhan menang dengan 59,14 persen.", 37.04, "discrepant"),
    ("Berdasarkan real count KPU, Andika-Hendi menang di Kota Semarang (65,96 persen) dan Solo "
     "(52,83 persen), tetapi kalah di tingkat provinsi dengan 40,86 persen.", 52.83, "consistent"),
])
def test_j_controls(shipped_context, text, value, status):
    claims = found(shipped_context, JATENG_RC, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


def test_i_a_pilkada_race_word_then_pemilu_stays_the_pilkada(shipped_context):
    # "Pemilu 2024" after the regent race's words names the Pilkada loosely: the regent pair's
    from builders import check_article, compared
    text = ("Dari empat pasangan calon Bupati dan Wakil Bupati Jeneponto pada Pemilu 2024, "
            "pasangan nomor urut 2 ditetapkan meraih suara terbanyak dengan 89147 suara, dan "
            "pasangan nomor urut 1 dengan 7141 suara.")
    report = check_article("KPU Tetapkan Pemenang Pilkada Jeneponto", f"<p>{text}</p>",
                           ctx=shipped_context)
    kinds = {(claim.race_kind, claim.election) for claim, _ in compared(report)}
    assert kinds == {("regent_mayor", "pilkada2024")}, kinds
