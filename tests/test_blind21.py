"""The twenty-first blind run (63 real pages on the Pilkada 2024 outside Java and Bali, and the
earlier rounds of the same races that local portals keep, nobody had tuned on, 2026-12-07): two
shapes gave false flags or a wrong owner.

1. A page of the Pilwalkot Palu 2020 (a pollster's real count: "Harianto Rasyid dan dr Reny
   Lamadjido memperoleh suara 39,3 persen"), dated only in its text ("Rabu (9/12/2020)"), whose
   one later year was the winners' term "periode 2021 – 2026": that closing year counted as
   the page writing 2024 or later, so its figures were the 2024 race's (Hadianto Rasyid ran
   again) and were graded `discrepant` against the 2024 count (63,36 %).
2. "Ansar-Nyanyang dengan Muhammad Rudi-Aunur Rofik berselisih 82.742 suara" (Kepri): the
   verb of "selisih" was no margin word, and the gap was read as Rudi-Rofik's votes; on a race
   the record holds a plenary for, that is a false `discrepant`.

Short pages in our own words with the real figures of the shipped record: Pilwalkot Palu 2024
(Sirekap 28 Nov, 100 %: Hidayat-Andi Nur 25,65, Hadianto-Imelda 63,36, Wartabone-Rizal
10,99), Pilwalkot Manado 2024 (Sirekap 28 Nov, 100 %: Andrei Angouw-Richard Sualang 107.285,
48,95 %), Pilgub Malut (KPU Malut decree: Husain-Asrul 168.174, Aliong-Sahril 76.605,
Kasuba-Basri 91.297, Sherly-Sarbin 359.416), Pilgub Kalsel (KPU Kalsel decree: Muhidin-
Hasnuryadi 1.629.456, Raudatul Jannah-Rozanie 348.118), Pilgub Jatim (KPU Jatim decree:
Khofifah-Emil 12.192.165, Risma-Gus Hans 6.743.095). The 2020 figures are the pages' own
(Palu: Hadianto-Reny 39,3 % in a pollster's count; Manado: Andrei-Richard 88.303, 36,7 %)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim
from checker.figures.written_years import latest_date_year, says_2024

FLAGS = ("minor", "discrepant")


def claims_of(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.candidate_name, claim.election,
             c.status if c else None, c.reason if c else None)
            for claim, c in every_claim(check_article(title, body, ctx=ctx))
            if claim.kind in ("votes", "share")]


def flags(found: list) -> list:
    return [f for f in found if f[4] in FLAGS]


def of(found: list, value: float) -> list:
    return [f for f in found if f[1] == value]


# ---- 1. A page of an earlier round, dated only in its text, is that round's.
# (the page's date comes late, as on the real page: past the byline's reach at the top)
DETAIL = ("Menurut sang direktur, hitungan itu memakai salinan formulir dari para relawan yang "
          "tersebar di semua kelurahan, lalu dijumlah di kantor lembaga itu sejak sore. Ia "
          "meminta pendukung tidak merayakan berlebihan sebab hasil resmi tetap menunggu "
          "rekapitulasi berjenjang oleh penyelenggara, dari kecamatan sampai kota, dalam "
          "beberapa hari ke depan. Para saksi diminta terus mengawal kotak suara sampai "
          "seluruh formulir tiba di kecamatan dan dibacakan dalam rapat pleno terbuka.")
PALU_2020 = (
    "Hasil Real Count Transdata, Hadianto dan dr Reny Unggul 39,3 Persen",
    "PALU - Menurut real count Transdata sampai pukul 20.00 Wita, pasangan calon wali kota "
    "dan wakil wali kota Palu nomor urut 02, Harianto Rasyid dan dr Reny Lamadjido, meraih 39,3 "
    "persen suara, jauh di depan tiga pasangan lain.",
    "Di tempat kedua pasangan Imelda Liliana Muhidin - Arena Jr Parampasi dengan 23,6 persen.",
    DETAIL,
    "Kemenangan itu membawa Hadianto dan Reny memimpin Kota Palu periode 2021 \u2013 2026.",
    "Data yang masuk sudah 60,1 persen, kata direktur Transdata, Rabu (9/12/2020).")


@pytest.mark.parametrize("page", [
    PALU_2020,
    # the date written out, the term with a plain hyphen
    (*PALU_2020[:4], "Pasangan itu akan memimpin Kota Palu periode 2021-2026.",
     "Data yang masuk sudah 60,1 persen per 9 Desember 2020 malam."),
    # the Pilwalkot Manado 2020 plenary: Andrei Angouw ran again in 2024 (107.285)
    ("Pleno KPU Manado, Andrei Angouw-Richard Sualang Unggul",
     "MANADO - Rapat pleno KPU Kota Manado menetapkan pasangan Andrei Angouw-Richard Sualang "
     "meraih 88.303 suara atau 36,7 persen suara sah.", DETAIL,
     "Keduanya akan memimpin Manado untuk masa jabatan 2021\u20132026, sesuai pleno Kamis "
     "(17/12/2020)."),
])
def test_a_page_dated_only_by_its_text_before_2024_is_that_rounds(shipped_context, page):
    found = claims_of(shipped_context, *page)
    assert found and not flags(found)
    assert all(f[3] != "pilkada2024" for f in found if f[1] in (39.3, 23.6, 88303, 36.7))


@pytest.mark.parametrize("page, value, status", [
    # dated 2024 in its text, a later term named: the 2024 count, graded
    (("Sirekap 100 Persen, Andrei Angouw-Richard Sualang Menang",
      "MANADO - Tim pemenangan menyebut hasil Sirekap sudah 100 persen, Jumat (29/11/2024).",
      "Pasangan Andrei Angouw-Richard Sualang meraih 107.285 suara atau 48,95 persen.",
      "Mereka akan memimpin Manado periode 2025-2030."), 48.95, "consistent"),
    # the outgoing term named on a page dated 2024: still the 2024 count
    (("Sirekap 100 Persen, Andrei Angouw-Richard Sualang Menang",
      "MANADO - Wali Kota Manado periode 2021-2026 Andrei Angouw bersama Richard Sualang "
      "meraih 107.285 suara atau 48,95 persen menurut Sirekap, Jumat (29/11/2024)."),
     107285, "consistent"),
    # no date at all: the page's election by default, a wrong figure still caught
    (("Sirekap 100 Persen, Andrei Angouw-Richard Sualang Menang",
      "MANADO - Menurut Sirekap yang sudah 100 persen, pasangan Andrei Angouw-Richard Sualang "
      "meraih 38,95 persen."), 38.95, "discrepant"),
    (("Real Count Pilwalkot Palu, Hadianto-Imelda Unggul",
      "PALU - Menurut Sirekap yang sudah 100 persen, Kamis (28/11/2024), pasangan Hadianto "
      "Rasyid-Imelda Liliana Muhidin meraih 39,3 persen."), 39.3, "discrepant"),
])
def test_a_page_of_2024_keeps_its_figures(shipped_context, page, value, status):
    found = of(claims_of(shipped_context, *page), value)
    assert found and found[0][4] == status, found


@pytest.mark.parametrize("text, later", [
    ("Hadianto dan Reny memimpin Kota Palu periode 2021 \u2013 2026.", False),
    ("masa jabatan 2019-2024 berakhir", False),
    ("memimpin Manado periode 2025-2030", True),
    ("hasil Pilkada 2024 di Palu", True),
    ("Rabu (27/11/2024)", True),
])
def test_a_terms_closing_year_is_no_year_written(text, later):
    assert says_2024(text) is later


def test_the_latest_full_date_dates_the_text():
    assert latest_date_year("Rabu (9/12/2020) ... sejak 17 Desember 2019, pukul 20.00") == 2020
    assert latest_date_year("Selasa, 03-07-2018 | 08:40 WIB") == 2018
    assert latest_date_year("periode 2021-2026, 60,1 persen") is None


# ---- 2. "A dan B berselisih N suara": the gap, neither pair's count.
MALUT = ("Rekapitulasi KPU Malut, Sherly-Sarbin Menang",
         "SOFIFI - KPU Maluku Utara menuntaskan rekapitulasi Pilgub Malut 2024, Minggu (8/12/2024).")
KALSEL = ("Rekapitulasi KPU Kalsel, Muhidin-Hasnur Menang",
          "BANJARMASIN - KPU Kalimantan Selatan menuntaskan rekapitulasi Pilgub Kalsel 2024, "
          "Minggu (8/12/2024).")
JATIM = ("Khofifah-Emil Menang Pilgub Jatim",
         "SURABAYA - KPU Jawa Timur menuntaskan rekapitulasi Pilgub Jatim 2024, Senin (9/12/2024).")


@pytest.mark.parametrize("page, sentence, gap", [
    # the Kepri page's shape: the two pairs, then the verb and the gap
    (MALUT, "Perolehan suara paslon nomor urut 4 Sherly Tjoanda-Sarbin Sehe dengan paslon "
     "nomor urut 1 Husain Alting Sjah-Asrul Rasyid berselisih 191.242 suara.", 191242),
    (KALSEL, "Muhidin-Hasnuryadi Sulaiman dan Raudatul Jannah-Akhmad Rozanie berselisih "
     "sekitar 1.281.338 suara.", 1281338),
    (JATIM, "Khofifah Indar Parawansa-Emil Dardak dan Tri Rismaharini-Zahrul Azhar Asumta "
     "berselisih 5.449.070 suara.", 5449070),
    # a gap in points: no pair's share
    (MALUT, "Sherly Tjoanda-Sarbin Sehe dan Husain Alting Sjah-Asrul Rasyid berselisih "
     "26,51 persen.", 26.51),
])
def test_berselisih_gives_a_gap_not_a_pairs_figure(shipped_context, page, sentence, gap):
    found = claims_of(shipped_context, page[0], page[1], sentence)
    assert not flags(found)
    assert not [f for f in of(found, gap) if f[2]], found


@pytest.mark.parametrize("page, sentence, value, status", [
    (MALUT, "Husain Alting Sjah-Asrul Rasyid memperoleh 168.174 suara.", 168174, "consistent"),
    (MALUT, "Husain Alting Sjah-Asrul Rasyid memperoleh 186.174 suara.", 186174, "discrepant"),
    (JATIM, "Khofifah Indar Parawansa-Emil Dardak unggul dengan 12.192.165 suara.", 12192165,
     "consistent"),
    # the gap named, each pair's own count after it: graded, a wrong one caught
    (KALSEL, "Keduanya berselisih 1.281.338 suara: Muhidin-Hasnuryadi Sulaiman meraih 1.629.456 "
     "suara dan Raudatul Jannah-Akhmad Rozanie 384.118 suara.", 384118, "discrepant"),
])
def test_the_pairs_own_counts_stay_graded(shipped_context, page, sentence, value, status):
    found = of(claims_of(shipped_context, page[0], page[1], sentence), value)
    assert found and found[0][4] == status, found


# ---- 3. "X mengungguli B, dengan perolehan suara sah sebanyak N": the leader's count.
DKI = ("Pramono-Rano Menang Pilgub Jakarta",
       "JAKARTA - KPU DKI Jakarta menuntaskan rekapitulasi Pilgub Jakarta 2024, Minggu (8/12/2024).")


@pytest.mark.parametrize("page, sentences, value, owner", [
    # the Sumut page's shape: the winners named in the sentence before, "Mereka" in this one
    (JATIM, ("Pasangan calon nomor urut 2, Khofifah Indar Parawansa dan Emil Dardak, dinyatakan "
             "menang.", "Mereka berhasil mengungguli pasangan calon nomor urut 3, Tri Rismaharini "
             "dan Zahrul Azhar Asumta, dengan perolehan suara sah sebanyak 12.192.165 suara."),
     12192165, "Khofifah"),
    (DKI, ("Pramono Anung-Rano Karno mengungguli Ridwan Kamil-Suswono dengan perolehan suara sah "
           "sebanyak 2.183.239 suara.",), 2183239, "Pramono"),
    (MALUT, ("Sherly Tjoanda-Sarbin Sehe mengalahkan Husain Alting Sjah-Asrul Rasyid dengan "
             "raihan suara sah 359.416.",), 359416, "Sherly"),
])
def test_the_leaders_valid_votes_after_the_rival(shipped_context, page, sentences, value, owner):
    found = of(claims_of(shipped_context, page[0], page[1], *sentences), value)
    assert found and owner in found[0][2] and found[0][4] == "consistent", found


@pytest.mark.parametrize("page, sentence, value, status, owner", [
    # a wrong count after the rival: still the leader's, still caught
    (JATIM, "Khofifah Indar Parawansa-Emil Dardak mengungguli Tri Rismaharini-Zahrul Azhar "
     "Asumta dengan perolehan suara sah sebanyak 12.912.165 suara.", 12912165, "discrepant",
     "Khofifah"),
    # the rival's own clause keeps its figure
    (JATIM, "Khofifah Indar Parawansa-Emil Dardak mengungguli Tri Rismaharini-Zahrul Azhar "
     "Asumta yang memperoleh 6.743.095 suara.", 6743095, "consistent", "Rismaharini"),
])
def test_the_rivals_and_wrong_counts_after_the_rival(shipped_context, page, sentence, value,
                                                     status, owner):
    found = of(claims_of(shipped_context, page[0], page[1], sentence), value)
    assert found and owner in found[0][2] and found[0][4] == status, found


def test_the_total_valid_votes_after_the_rival_are_nobodys(shipped_context):
    found = claims_of(shipped_context, JATIM[0], JATIM[1],
                      "Khofifah Indar Parawansa-Emil Dardak mengungguli Tri Rismaharini-Zahrul "
                      "Azhar Asumta dengan total suara sah 20.732.592.")
    assert not flags(found) and not [f for f in of(found, 20732592) if f[2]], found
