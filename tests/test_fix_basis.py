"""A count word borrowed from a neighbouring sentence about something else (blind run 13): a
Sirekap figure was graded against the plenary decree because "rekapitulasi" stood in the
sentence before it about the voter roll ("Berdasarkan rekapitulasi KPU, total pemilih di Pulau
Jawa ...") or the schedule ("rekapitulasi ... dijadwalkan mulai ..."), nearer to it than the
page's "real count". A count word is a figure's basis only when its sentence is about the count
of votes; where the page's own count word and a borrowed one disagree, the figure is held.
Short pages in our own words with the shipped record's real figures (Pilpres 2024: Aceh
Anies-Muhaimin 2.369.534 / 73,56; Pilgub DKI 2024: Pramono-Rano 2.183.239 / 50,07)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, claim.value, claim.claim_type, c.status, c.reason)
            for claim, c in compared(check_article(title, body, ctx=ctx))
            if claim.kind in ("votes", "share")]


REAL = "Real Count KPU 75 Persen: Prabowo Unggul"
PROGRESS = ("KPU terus menghitung suara hingga Minggu (25/2/2024). Per pukul 07.00 WIB, data yang "
            "masuk berasal dari 630.405 TPS atau 76,58 persen dari total 823.236 TPS.")
ACEH = "Anies-Muhaimin unggul di Aceh dengan raihan 1.700.310 suara atau 75,99 persen."


# ---- 1. A sentence about the voter roll, the schedule or another election lends no basis to
# the figures after it: they keep the page's own (the real count), never the plenary's.
@pytest.mark.parametrize("title, paragraphs", [
    # the blind page's shape: the voter roll "berdasarkan rekapitulasi KPU", then Sirekap's count
    (REAL, (PROGRESS, "Berdasarkan rekapitulasi KPU, total pemilih di Pulau Jawa tercatat "
                      "115.384.664 orang.", ACEH)),
    # another outlet's wording of the roll, in the figure's own paragraph
    (REAL, (PROGRESS, "Jumlah DPT Pilpres 2024 hasil rekapitulasi KPU sebanyak 204.807.222 "
                      "pemilih. " + ACEH)),
    # the plenary's schedule, in the future tense
    (REAL, (PROGRESS, "Rekapitulasi suara tingkat provinsi akan digelar KIP Aceh pekan depan.",
            ACEH)),
    (REAL, (PROGRESS, "Rapat pleno rekapitulasi nasional dijadwalkan mulai 28 Februari hingga "
                      "20 Maret 2024.", ACEH)),
    # another election's plenary, named in the sentence before
    (REAL, (PROGRESS, "Pada Pilpres 2019, hasil rekapitulasi KPU di Aceh dimenangkan Prabowo-"
                      "Sandi.", ACEH)),
    (REAL, (PROGRESS, "Pada Pilpres 2019, hasil rekapitulasi KPU di Aceh dimenangkan Prabowo-"
                      "Sandi. " + ACEH)),
])
def test_a_borrowed_basis_word_makes_no_plenary_figure(shipped_context, title, paragraphs):
    got = found(shipped_context, title, *paragraphs)
    assert got and not [f for f in got if f[3] in FLAGS], got
    assert all(f[2] != "plenary" for f in got), got


@pytest.mark.parametrize("aside", [
    "Rekapitulasi tingkat provinsi akan dilakukan KPU DKI pada 8 Desember 2024.",
    "Jumlah pemilih terdaftar hasil rekapitulasi KPU DKI sebanyak 8.214.007 orang.",
])
def test_a_pilkada_count_after_an_aside_keeps_its_real_count(shipped_context, aside):
    got = found(shipped_context, "Real Count Pilkada Jakarta: Pramono-Rano Unggul",
                "Data Sirekap KPU hingga Kamis (28/11/2024) pukul 10.00 WIB sudah masuk 85 "
                "persen.", aside, "Pramono-Rano meraih 1.700.000 suara.")
    assert got and all(f[2] != "plenary" and f[3] not in FLAGS for f in got), got


# ---- 2. A basis word in a sentence about the count keeps its grade, right or wrong.
@pytest.mark.parametrize("paragraphs, status", [
    # the plenary in the figure's own sentence
    (("Berdasarkan rekapitulasi KPU, Anies-Muhaimin meraih 2.369.534 suara di Aceh.",),
     "consistent"),
    # a plenary sentence, then the figure: the true slip stays flagged
    (("KIP Aceh menetapkan hasil rekapitulasi Pilpres 2024 tingkat provinsi pada Senin "
      "(11/3/2024). Anies-Muhaimin meraih 2.396.534 suara.",), "discrepant"),
    # the plenary's totals name the voters and the valid votes: still the count's sentence
    (("Hasil rekapitulasi KIP Aceh pada Senin (11/3/2024) mencatat jumlah pemilih 3.742.037 "
      "orang dengan suara sah 3.221.000. Anies-Muhaimin meraih 2.396.534 suara.",), "discrepant"),
])
def test_a_basis_word_about_the_count_keeps_its_grade(shipped_context, paragraphs, status):
    got = found(shipped_context, "Hasil Pilpres 2024 di Aceh", *paragraphs)
    votes = [f for f in got if f[0] == "votes"]
    assert votes and all(f[2] == "plenary" and f[3] == status for f in votes), got


# ---- 3. Two bases that disagree in the figure's paragraph, each in a sentence about the count,
# and none in the figure's own sentence: the figure is held, the reason in words, not graded on
# the nearer. A headline's loose "Real Count" over a plenary's report is no second basis.
def test_two_competing_bases_hold_the_figure(shipped_context):
    got = found(shipped_context, "Anies-Muhaimin Unggul di Aceh",
                "Sirekap KPU mencatat data masuk dari 76,58 persen TPS. Rekapitulasi suara di "
                "tingkat kecamatan di Aceh masih berlangsung. Anies-Muhaimin meraih 2.396.534 "
                "suara di Aceh.")
    assert got and all(f[3] == "unverifiable" and f[4] == "basis_unclear" for f in got), got


@pytest.mark.parametrize("title, paragraphs", [
    # the headline says real count, the body reports the plenary
    ("Ini Hasil Real Count Pilpres di Aceh",
     ("Setelah rapat pleno rekapitulasi, KIP Aceh mengumumkan perolehan suara pada Senin "
      "(11/3/2024). Anies-Muhaimin meraih 2.396.534 suara.",)),
    # the page writes both words for one count, in one sentence
    ("Hasil Real Count KPU di Aceh",
     ("Real count atau rekapitulasi KPU pada Senin (11/3/2024) memperlihatkan Anies-Muhaimin "
      "unggul di Aceh. Pasangan itu meraih 2.396.534 suara di Aceh.",)),
])
def test_one_basis_written_two_ways_keeps_its_grade(shipped_context, title, paragraphs):
    got = [f for f in found(shipped_context, title, *paragraphs) if f[0] == "votes"]
    assert got and all(f[3] == "discrepant" for f in got), got
