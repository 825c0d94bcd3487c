"""Shapes earlier sessions left open (/work/note_s34.md, "Noticed and left alone"; corpus-ar,
corpus-as findings), each a general shape on short pages in our own words with the real
figures of the shipped record:

2. "Pasangan itu / tersebut / mereka" right after a sentence naming two pairs ("Khofifah-Emil
   unggul atas Tri Rismaharini-Gus Hans. Pasangan tersebut meraih 58,81 persen") was given to
   the pair named last, the loser: Khofifah-Emil's accurate 58,81 was graded discrepant as
   Risma's. The antecedent is ambiguous: the figure is no one's. One pair named before it in
   the paragraph still owns it.
"""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    """[(kind, value, ballot number, status, reason)] of every claim the page gives."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.nomor_urut,
             c.status if c else None, c.reason if c else None)
            for claim, c in every_claim(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


# ---- 2. "Pasangan itu" after two pairs: no owner; after one pair: that pair.
# The figures are the decrees' (Jatim: Khofifah-Emil 58,81; Jateng: Luthfi-Yasin 59,14;
# DKI: Pramono-Rano 50,07; the Pilpres: Prabowo-Gibran 58,59).
@pytest.mark.parametrize("title, paragraphs", [
    ("Hasil Rekapitulasi Pilgub Jatim 2024",
     ("Khofifah-Emil unggul atas Tri Rismaharini-Gus Hans. Pasangan tersebut meraih 58,81 "
      "persen suara.",)),
    ("Hasil Rekapitulasi Pilgub Jateng 2024",
     ("Ahmad Luthfi-Taj Yasin menang atas Andika Perkasa-Hendrar Prihadi. Pasangan itu "
      "memperoleh 59,14 persen suara.",)),
    ("Hasil Rekapitulasi Pilgub Jateng 2024",
     ("Andika Perkasa-Hendrar Prihadi kalah dari Ahmad Luthfi-Taj Yasin. Mereka meraih 59,14 "
      "persen suara.",)),
    ("Hasil Pilpres 2024",
     ("Prabowo-Gibran mengungguli Anies-Muhaimin di banyak provinsi. Pasangan itu meraih 58,59 "
      "persen secara nasional menurut rekapitulasi KPU.",)),
    ("Hasil Pilkada Jakarta 2024",
     ("Pramono-Rano bersaing ketat dengan Ridwan Kamil-Suswono.",
      "Pasangan itu meraih 50,07 persen suara.")),
])
def test_an_ambiguous_antecedent_gives_the_figure_to_no_pair(shipped_context, title, paragraphs):
    claims = found(shipped_context, title, *paragraphs)
    assert not flags(claims), claims
    assert all(f[2] is None or f[3] == "unverifiable" for f in claims), claims


# Negative controls: one pair named before the figure in its paragraph (or the paragraph
# before) owns it, graded; a wrong figure of that pair is still caught; "kedua paslon itu ...
# masing-masing" gives the figure to each pair (the corpus's Surabaya TPS page).
@pytest.mark.parametrize("title, paragraphs, nomor, status", [
    ("Hasil Rekapitulasi Pilgub Jatim 2024",
     ("Khofifah-Emil ditetapkan sebagai pemenang Pilgub Jatim. Pasangan tersebut meraih 58,81 "
      "persen suara.",), 2, "consistent"),
    ("Hasil Rekapitulasi Pilgub Jatim 2024",
     ("Khofifah-Emil ditetapkan sebagai pemenang Pilgub Jatim. Pasangan tersebut meraih 60,81 "
      "persen suara.",), 2, "discrepant"),
    ("Hasil Rekapitulasi Pilgub Jateng 2024",
     ("Ahmad Luthfi-Taj Yasin ditetapkan sebagai pemenang. Penetapan dilakukan di Semarang pada "
      "Rabu. Pasangan itu meraih 59,14 persen suara.",), 2, "consistent"),
    ("Hasil Pilkada Jakarta 2024",
     ("Pramono-Rano ditetapkan sebagai pemenang.", "Pasangan itu meraih 50,07 persen suara."),
     3, "consistent"),
    ("Hasil Pilkada Jakarta 2024",
     ("Pramono-Rano ditetapkan sebagai pemenang.", "Pasangan itu meraih 52,07 persen suara."),
     3, "discrepant"),
])
def test_one_pair_before_keeps_the_figure(shipped_context, title, paragraphs, nomor, status):
    claims = found(shipped_context, title, *paragraphs)
    shares = [f for f in claims if f[0] == "share"]
    assert [(f[2], f[3]) for f in shares] == [(nomor, status)], claims
