"""A count the page states as someone's own tally of the forms, a person's ("saya menghitung
sendiri", "hitungan saya", "penulis"), a campaign team's ("tim pemenangan menghitung",
"berdasarkan hitungan tim pemenangan", "real count internal") or the witnesses' ("formulir C1
saksi"), is a campaign's or a person's own count: never graded as KPU's, whether the basis is in
the figure's sentence or in the one before ("... Hasilnya, ..."). Blind measurement 10's false
flag: a blogger's own tally of the C.Hasil scans of Pilbup Muaro Jambi (his 30,57 % is of every
ballot cast, invalid included) graded discrepant against Sirekap's complete 31,81. Our own
sentences with the real figures (checker/figures/own_tally.py); KPU's figure in the same words
stays graded, and so does the camp's own count on its own site."""

from __future__ import annotations

import pytest

from builders import CAMP, check_article, compared

TITLE = "BBS-Jun unggul di Pilkada Muaro Jambi 2024"
PAIR = "pasangan Bambang Bayu Suseno - Junaidi Mahir"
FIGURE = f"{PAIR} unggul dalam Pilkada Muaro Jambi dengan raihan 30,57% suara."

OWN = [
    # a person's own tally, the basis in the sentence before
    f"Saya menghitung sendiri seluruh dokumen C.Hasil Pilkada Muaro Jambi dari 804 TPS di laman "
    f"KPU. Hasilnya, {FIGURE}",
    f"Iseng-iseng, saya melakukan perhitungan dokumen C.Hasil Pilkada Muaro Jambi yang tersedia "
    f"di laman resmi KPU. Setelah dua hari menghitung, hasilnya adalah {FIGURE}",
    f"Kami merekap sendiri formulir C.Hasil dari 804 TPS di Muaro Jambi. Dari hitungan itu, "
    f"{FIGURE}",
    # a team's count, the basis in the sentence before
    f"Tim pemenangan menghitung seluruh dokumen C.Hasil Pilkada Muaro Jambi dari 804 TPS. "
    f"Hasilnya, {FIGURE}",
    f"Tim kampanye BBS-Jun telah merekap formulir C1 dari seluruh TPS di Muaro Jambi. Hasilnya, "
    f"{FIGURE}",
    # the basis in the figure's sentence
    f"Berdasarkan hitungan tim pemenangan, {FIGURE}",
    f"Berdasarkan hitungan saya atas dokumen C.Hasil, {FIGURE}",
    f"Berdasarkan hitungan saya atas dokumen C.Hasil di laman resmi KPU, {FIGURE}",
    f"Menurut perhitungan penulis dari formulir C.Hasil, {FIGURE}",
    f"Berdasarkan real count internal tim pemenangan, {FIGURE}",
    f"Berdasarkan penghitungan tim pemenangan dari formulir C1 saksi, {FIGURE}",
    f"Dari rekapitulasi formulir C1 milik saksi di 804 TPS, {FIGURE}",
    f"Hasil hitungan internal relawan menunjukkan {FIGURE}",
]


def _share(report):
    (found,) = [(claim, c) for claim, c in compared(report)
                if claim.kind == "share" and str(claim.value) == "30.57"]
    return found


@pytest.mark.parametrize("body", OWN)
def test_a_count_stated_as_someones_own_tally_is_never_flagged(body, shipped_context):
    claim, comparison = _share(check_article(TITLE, f"<p>{body}</p>", ctx=shipped_context))
    assert claim.candidate_name and "Bambang" in claim.candidate_name  # read and matched
    assert claim.claim_type == "internal_count", claim
    assert comparison.status == "unverifiable", comparison


@pytest.mark.parametrize("body", [
    # KPU's count in the same words: the negative control of blind measurement 10
    f"Berdasarkan Sirekap KPU dengan data masuk 100 persen, {FIGURE}",
    # a team counts, but the figure's sentence gives KPU's
    f"Tim pemenangan menghitung seluruh dokumen C.Hasil dari 804 TPS. Sementara itu, menurut "
    f"Sirekap KPU, {FIGURE}",
    # KPU's count that the witnesses watch is KPU's
    f"Sirekap KPU, yang datanya dipantau saksi pasangan calon, mencatat {FIGURE}",
    # KPU counting in its own words ("kami menghitung" in a commissioner's quote)
    f"\"Kami menghitung ulang surat suara di 12 TPS,\" kata Ketua KPU Muaro Jambi. Hasilnya, "
    f"menurut Sirekap KPU, {FIGURE}",
    f"\"Kami menghitung ulang surat suara di 12 TPS,\" kata Ketua KPU Muaro Jambi. Hasilnya, "
    f"{FIGURE}",
    f"\"Berdasarkan hitungan kami, {PAIR} unggul dengan raihan 30,57% suara,\" kata Ketua KPU "
    "Muaro Jambi.",
    # the polling station's officers count, the witnesses watch
    f"KPPS bersama saksi pasangan calon menghitung surat suara di seluruh TPS. Hasilnya, {FIGURE}",
])
def test_kpus_count_in_the_same_words_keeps_its_flag(body, shipped_context):
    claim, comparison = _share(check_article(TITLE, f"<p>{body}</p>", ctx=shipped_context))
    assert comparison.status == "discrepant", (claim, comparison)


def test_the_camps_own_site_keeps_the_grade_of_its_count(shipped_context):
    # a camp's medium speaking: its claims are the page's own (tests/test_fix_campaign.py)
    report = check_article(TITLE, f"<p>Berdasarkan hitungan tim pemenangan, {FIGURE}</p>",
                           ctx=shipped_context, footer=CAMP)
    claim, comparison = _share(report)
    assert comparison.status == "discrepant", (claim, comparison)

