"""Leftover shapes of blind hunt 23 (tests/corpus/findings/hunt.md, "Blind hunt 23", "Left"):

1. A campaign team named in a sentence with no figure ("Tim pemenangan Muhidin-Hasnuryadi
   meminta relawan mengawal suara ...") made the next paragraph's quick-count share the team's
   count, graded against the record's decree (Kalsel: Raudatul Jannah-Akhmad Rozanie 17,60):
   a false flag. A team's mention types only the figures of its own sentence, or of a
   paragraph that says the figures are the team's ("menurut hitungan tim", "data internal").

Short pages in our own words with the real figures of the shipped record: Pilgub Kalsel
(decree: Muhidin-Hasnuryadi 82,40, Raudatul Jannah-Akhmad Rozanie 17,60)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.candidate_name, claim.claim_type,
             c.status, c.reason) for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[4] in FLAGS]


KALSEL_QC = "Muhidin-Hasnur Unggul di Quick Count Pilgub Kalsel"
KALSEL_LEAD = ("Hasil hitung cepat menunjukkan pasangan Muhidin-Hasnuryadi unggul dalam Pemilihan "
               "Gubernur Kalimantan Selatan 2024 dengan 81,20 persen.")


# ---- 1. A team named with no figure types no figure of the next paragraph.
@pytest.mark.parametrize("team, rival", [
    ("Tim pemenangan Muhidin-Hasnuryadi meminta relawan mengawal suara di setiap TPS.",
     "Pasangan Raudatul Jannah-Akhmad Rozanie meraih 18,80 persen."),
    ("Sementara itu, tim pemenangan pasangan nomor urut 1 mengimbau pendukung menjaga "
     "kondusivitas.",
     "Adapun Raudatul Jannah-Akhmad Rozanie memperoleh 18,80 persen suara."),
    ("Tim kampanye Raudatul Jannah-Akhmad Rozanie belum memberikan tanggapan atas hasil itu.",
     "Raudatul Jannah-Akhmad Rozanie tertinggal dengan 18,80 persen."),
])
def test_a_bare_team_types_no_figure_after_it(shipped_context, team, rival):
    claims = found(shipped_context, KALSEL_QC, KALSEL_LEAD, team, rival)
    assert not flags(claims), claims
    shares = [f for f in claims if f[0] == "share"]
    assert [f[3] for f in shares] == ["quick_count"] * 2, claims


# Negative controls: the team's figure in its own sentence, or in a paragraph that says its
# figures are the team's, stays the team's count (graded when right; a wrong one is the team's
# count the page reports, held as such); a team sentence with a figure of its own still types
# the next paragraph's figure (not this shape).
@pytest.mark.parametrize("paragraphs, expected", [
    (("Menurut tim pemenangan Muhidin-Hasnuryadi, paslon itu meraih 82,40 persen.",),
     [("consistent", None)]),
    (("Menurut tim pemenangan Muhidin-Hasnuryadi, paslon itu meraih 55 persen.",),
     [("unverifiable", "campaign_quoted")]),
    (("Tim pemenangan Muhidin-Hasnuryadi menggelar konferensi pers, Jumat.",
      "Menurut hitungan tim, pasangan itu meraih 55 persen suara dari seluruh TPS."),
     [("unverifiable", "campaign_quoted")]),
    # the team's sentence speaks of its data, or its forecast, or the figure points back
    (("Sekretaris Tim Pemenangan Muhidin-Hasnuryadi memaparkan data terakhir, Jumat.",
      "Muhidin-Hasnuryadi meraih 82,40 persen suara."), [("consistent", None)]),
    (("Tim kampanye Muhidin-Hasnuryadi memperkirakan hasil yang memuaskan.",
      "Bahkan, menurut prediksi awal, pasangan itu mendapat sekitar 82,40 persen."),
     [("consistent", None)]),
    (("Tim pemenangan Muhidin-Hasnuryadi menggelar konferensi pers, Jumat.",
      "Hasil tabulasi itu menempatkan Muhidin-Hasnuryadi pada 82,40 persen."),
     [("consistent", None)]),
    (("Tim sukses Muhidin-Hasnuryadi mengumpulkan formulir dari 5.000 TPS.",
      "Muhidin-Hasnuryadi meraih 82,40 persen suara."),
     [("consistent", None)]),
])
def test_the_teams_own_figure_stays_its_count(shipped_context, paragraphs, expected):
    claims = found(shipped_context, "Hasil Pilgub Kalsel 2024", *paragraphs)
    shares = [f for f in claims if f[0] == "share"]
    assert [f[3] for f in shares] == ["internal_count"] * len(expected), claims
    assert [f[4:] for f in shares] == expected, claims


# The figure after a bare team, no count named anywhere: graded on the page's own word, a
# wrong one flagged (it was the team's count before, and graded so too).
@pytest.mark.parametrize("share, expected", [("17,60", "consistent"), ("18,80", "discrepant")])
def test_a_figure_after_a_bare_team_is_still_graded(shipped_context, share, expected):
    claims = found(shipped_context, "Hasil Pilgub Kalsel 2024",
                   "Tim kampanye Muhidin-Hasnuryadi meminta relawan mengawal suara.",
                   f"Pasangan Raudatul Jannah-Akhmad Rozanie meraih {share} persen.")
    shares = [f for f in claims if f[0] == "share"]
    assert [f[4] for f in shares] == [expected], claims


# ---- 2. A person's residence is no count's area: "Komeng, komedian yang tinggal di Sentul,
# Kabupaten Bogor, ..." (corpus-ar) gave the next count Bogor's area.
def regions(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.region_code, c.status)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


KALSEL_LEAD2 = ("Pasangan Muhidin-Hasnuryadi memenangi Pemilihan Gubernur Kalimantan Selatan 2024 "
                "menurut rekapitulasi KPU.")


@pytest.mark.parametrize("person", [
    "Muhidin, pengusaha yang tinggal di Kota Banjarmasin, itu meraih 82,40 persen suara.",
    "Muhidin, pengusaha yang berdomisili di Kabupaten Banjar, itu meraih 82,40 persen suara.",
    "Hasnuryadi, yang tinggal di Sungai Lulut, Kabupaten Banjar, bersama Muhidin meraih "
    "82,40 persen suara.",
    "Muhidin, politikus asal Kota Banjarmasin, itu meraih 82,40 persen suara.",
])
def test_a_persons_home_is_no_area(shipped_context, person):
    claims = regions(shipped_context, "Hasil Pilgub Kalsel 2024", KALSEL_LEAD2, person)
    assert [(f[2], f[3]) for f in claims if f[0] == "share"] == [("63", "consistent")], claims


# Negative control: the voters who live in a place are that place's count.
@pytest.mark.parametrize("voters", [
    "Pemilih yang tinggal di Kota Banjarmasin memberi Muhidin-Hasnuryadi 70,10 persen suara.",
    "Warga yang berdomisili di Kota Banjarmasin memberi Muhidin-Hasnuryadi 70,10 persen suara.",
    "Pemilih asal Kota Banjarmasin memberi Muhidin-Hasnuryadi 70,10 persen suara.",
])
def test_the_voters_home_is_their_area(shipped_context, voters):
    claims = regions(shipped_context, "Hasil Pilgub Kalsel 2024", KALSEL_LEAD2, voters)
    assert [f[2] for f in claims if f[0] == "share"] == ["6371"], claims
