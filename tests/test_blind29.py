"""The twenty-ninth blind run (33 real pages of regional outlets on Pilkada 2024 in kab/kota:
kecamatan and dapil breakdowns, PPK and KPU kab/kota plenaries, turnout and invalid votes,
empty-box races, several regencies on one page; nobody had tuned on them, 2026-12-07): twelve
flags on five pages, eight false (tests/corpus/findings/hunt.md, "Blind hunt 29").

A. A Garut outlet on the plenary of one kecamatan's PPK ("rekapitulasi ... tingkat kecamatan
   ... di Aula Kecamatan Cibalong, Kabupaten Garut"), its governor shares in a paragraph of
   their own ("Untuk pemilihan Gubernur dan Wakil Gubernur Jawa Barat, ... 12,20% ..."): the
   race's name gave them the province, and three exact Cibalong shares were flagged against
   Jawa Barat's decree. The figures of a page about one kecamatan's plenary are that
   kecamatan's: held below the record's level.

Short pages in our own words with the real figures of the shipped record: Sirekap's readings of
28 Nov 2024 in Kecamatan Cibalong and Cisurupan (Garut) for Pilgub Jabar and Pilbup Garut, in
Kecamatan Bukateja (Purbalingga) for Pilgub Jateng, Garut's Pilbup reading (Helmi-Yudi 33,70,
Syakur-Putri 66,30) and Jawa Barat's decree (9,71 / 9,32 / 18,76 / 62,22)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.region_code, c.status, c.reason,
             claim.nomor_urut, claim.hold)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


# ---- A. one kecamatan's plenary: its figures are the kecamatan's, not the race's area.
def _ppk_lead(kecamatan: str, regency: str, province: str, regent: str) -> str:
    return (f"Rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kecamatan untuk "
            f"Pemilihan Gubernur {province} dan Pemilihan Bupati {regent} digelar di Aula "
            f"Kecamatan {kecamatan}, Kabupaten {regency}, Sabtu (30/11/2024), dan berjalan "
            f"tertib tanpa keberatan saksi.")


# (a headline of 80 characters or more: the lead is the headline alone, as on the blind page)
LONG = "Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara Tingkat Kecamatan {} Lancar"


@pytest.mark.parametrize("title, lead, governor", [
    # the blind page's shape: Cibalong, the four shares as Sirekap has them there
    (LONG.format("Cibalong"), _ppk_lead("Cibalong", "Garut", "Jawa Barat", "Garut"),
     "Untuk pemilihan Gubernur dan Wakil Gubernur Jawa Barat, pasangan nomor urut 01 "
     "mendapatkan 12,20% suara, nomor urut 02 meraih 10,12%, nomor urut 03 memperoleh 6,72%, "
     "dan nomor urut 04 unggul dengan 70,96%."),
    # another kecamatan of the same regency, the committee named as PPK, a short headline
    ("PPK Cisurupan Tuntaskan Rekapitulasi",
     "PPK Cisurupan menuntaskan rapat pleno rekapitulasi tingkat kecamatan, Jumat "
     "(29/11/2024), disaksikan saksi semua pasangan calon.",
     "Dalam pemilihan Gubernur Jawa Barat, paslon nomor urut 04 meraih 63,58 persen, nomor urut "
     "01 17,77 persen, nomor urut 03 11,91 persen dan nomor urut 02 6,75 persen."),
    # another province: Bukateja in Purbalingga, Pilgub Jateng
    (LONG.format("Bukateja"), _ppk_lead("Bukateja", "Purbalingga", "Jawa Tengah", "Purbalingga"),
     "Pada pemilihan Gubernur Jawa Tengah, pasangan nomor urut 2 meraih 63,45 persen dan "
     "pasangan nomor urut 1 memperoleh 36,55 persen."),
])
def test_a_figures_of_one_kecamatans_plenary_are_not_the_province(shipped_context, title, lead,
                                                                   governor):
    claims = found(shipped_context, title, lead, governor)
    shares = [c for c in claims if c[0] == "share"]
    assert shares and not flags(claims), claims
    assert all(c[6] == "lower_level" for c in shares), claims


def test_a_a_figure_said_of_the_province_on_such_a_page_is_still_graded(shipped_context):
    # negative control: a sentence that names the province as where it was counted is the
    # province's, on the same page; a wrong one is still caught
    lead = _ppk_lead("Cibalong", "Garut", "Jawa Barat", "Garut")
    said = "Secara keseluruhan di Jawa Barat, pasangan nomor urut 04 meraih {} persen suara."
    right = found(shipped_context, LONG.format("Cibalong"), lead, said.format("62,22"))
    assert ("share", 62.22, "32", "consistent") in [c[:4] for c in right], right
    wrong = found(shipped_context, LONG.format("Cibalong"), lead, said.format("72,22"))
    assert [c[:4] for c in flags(wrong)] == [("share", 72.22, "32", "discrepant")], wrong


def test_a_a_lead_on_every_kecamatan_is_no_one_kecamatans_page(shipped_context):
    # negative control: the kecamatan tier as a whole ("di 42 kecamatan") is the regency's sum
    claims = found(shipped_context, "Rekapitulasi Tingkat Kecamatan di Garut Rampung",
                   "Rekapitulasi tingkat kecamatan di 42 kecamatan se-Kabupaten Garut rampung, "
                   "termasuk di Kecamatan Cibalong, Jumat (29/11/2024).",
                   "Hasilnya, pada Pilbup Garut pasangan Syakur-Putri meraih 76,30 persen dan "
                   "Helmi-Yudi 33,70 persen.")
    assert ("share", 76.30, "3205", "discrepant") in [c[:4] for c in claims], claims
    assert ("share", 33.70, "3205", "consistent") in [c[:4] for c in claims], claims
