"""Blind hunt 57 (fact-checks, KPU and Bawaslu clarifications of viral counts;
tests/corpus/findings/hunt.md, "Blind hunt 57"): the page's findings on its figures' grades
(FIG020 "figures differ from the official record", FIG021 "slightly off", FIG022 "match") were
decided before the last stages of grading. A misread or a viral count the page itself sets
right with the record's own figure ("... 91 suara. Padahal, hasil di formulir C hanya 19
suara") is held `hoax_refuted` after the rules ran, so the figure list said "held" while the
page still carried a high-severity "figures differ". The findings on the grades now follow the
grades as they end (A). English debunk headlines (B) and clarifications that call the
circulated figure "tidak benar" or "palsu" (C) quote the post's figure.

Short pages in our own words with real figures of the record: Lampung's Pilpres count at the
decree of 20 March 2024 (Prabowo-Gibran 3.554.310, Anies-Muhaimin 791.892); TPS 001 Desa Keude
Bakongan, Aceh Selatan (Sirekap after its correction: Prabowo-Gibran 19)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")
GRADES = ("FIG020", "FIG021")


def _report(ctx, title: str, *paragraphs: str):
    return check_article(title, "".join(f"<p>{p}</p>" for p in paragraphs),
                         url="https://berita.example/a", ctx=ctx)


def _codes(report) -> set:
    return {f.code for f in report.findings}


def _at(report, value: str) -> list:
    return [c for claim, c in every_claim(report) if c is not None and str(claim.value) == value]


# ---- A. A viral count the page corrects with the record's figure: held, and no "figures
# differ" on the page (the regional news shape of a KPU clarification: "diklaim ... Padahal").
LAMPUNG_TITLE = "KPU Lampung Bantah Anies-Muhaimin Menang di Lampung"
CORRECTED = [
    ("Dalam video yang viral, Anies-Muhaimin diklaim meraih 2.554.310 suara di Lampung.",
     "Padahal, hasil rekapitulasi KPU mencatat Anies-Muhaimin meraih 791.892 suara di Lampung."),
    ("Di media sosial, Anies-Muhaimin disebut mendapat 1.791.892 suara di Lampung, padahal "
     "seharusnya 791.892 suara sesuai rekapitulasi KPU Lampung.",),
]
BAKONGAN_TITLE = "Sirekap Salah Baca Suara di TPS 001 Keude Bakongan"
BAKONGAN = ("Tapaktuan - Di TPS 001 Desa Keude Bakongan, Kecamatan Bakongan, Kabupaten Aceh "
            "Selatan, Sirekap sempat menampilkan Prabowo-Gibran {wrong} suara.")


@pytest.mark.parametrize("paragraphs", CORRECTED)
def test_a_viral_count_set_right_with_the_record_s_figure_flags_nothing(shipped_context,
                                                                         paragraphs):
    report = _report(shipped_context, LAMPUNG_TITLE, *paragraphs)
    compared = [c for _, c in every_claim(report) if c is not None]
    assert len(compared) == 2 and all(c.status not in FLAGS for c in compared), compared
    assert not _codes(report) & set(GRADES), report.findings


def test_a_station_misread_the_page_corrects_flags_nothing(shipped_context):
    report = _report(shipped_context, BAKONGAN_TITLE, BAKONGAN.format(wrong="91") +
                     " Padahal, hasil di formulir C hanya 19 suara, kata Ketua KIP Aceh Selatan.")
    assert _at(report, "91") and all(c.status not in FLAGS for c in _at(report, "91"))
    assert not _codes(report) & set(GRADES), report.findings


# Controls: left uncorrected, or corrected to a value that is not the record's, the misread
# stays flagged in the list and on the page.
@pytest.mark.parametrize("after", [
    " Ketua KIP Aceh Selatan belum menjelaskannya.",
    " Padahal, hasil di formulir C hanya 29 suara, kata Ketua KIP Aceh Selatan.",
])
def test_a_misread_left_standing_is_flagged_in_the_list_and_on_the_page(shipped_context, after):
    report = _report(shipped_context, BAKONGAN_TITLE, BAKONGAN.format(wrong="91") + after)
    assert any(c.status == "discrepant" for c in _at(report, "91"))
    assert "FIG020" in _codes(report)


def test_a_viral_count_the_page_leaves_uncorrected_is_flagged_on_the_page(shipped_context):
    report = _report(shipped_context, LAMPUNG_TITLE,
                     "Anies-Muhaimin meraih 2.554.310 suara di Lampung menurut rekapitulasi KPU.")
    assert any(c.status == "discrepant" for c in _at(report, "2554310"))
    assert "FIG020" in _codes(report)


# ---- B. English fact-checks (AFP, Reuters) say the verdict in the headline's own words, no
# "[HOAKS]" or "fact check" there: "Posts falsely claim ...", "Video shows fabricated results
# ...", "Posts misleadingly claim ...". The page was read as news, so the post's figure was the
# page's own claim and, with a province named, flagged on the page. Lampung at the decree:
# Prabowo-Gibran 3,554,310, Anies-Muhaimin 791,892.
EN_DEBUNKS = [
    ("Posts falsely claim Anies won Lampung in Indonesia's presidential vote",
     "Facebook posts claim Anies Baswedan won 2,554,310 votes in Lampung province. According to "
     "the official tally announced by the General Elections Commission (KPU) on March 20, 2024, "
     "Anies and his running mate received 791,892 votes in Lampung, while Prabowo Subianto and "
     "Gibran Rakabuming Raka won 3,554,310 votes."),
    ("Video shows fabricated results for Lampung in Indonesia's presidential election",
     "The graphic says Anies Baswedan and Muhaimin Iskandar won 2,554,310 votes in Lampung. But "
     "KPU's official results show the pair received 791,892 votes in the province."),
    ("Posts misleadingly claim Lampung results",
     "The posts say Anies Baswedan and Muhaimin Iskandar won 2,554,310 votes in Lampung. KPU's "
     "final count shows Prabowo Subianto and Gibran Rakabuming Raka won the province with "
     "3,554,310 votes."),
]


@pytest.mark.parametrize("title, text", EN_DEBUNKS)
def test_an_english_debunk_s_hoax_figure_is_quoted_not_the_page_s(shipped_context, title, text):
    report = check_article(title, f"<p>{text}</p>", url="https://factcheck.example/a",
                           ctx=shipped_context)
    hoax = [(claim, c) for claim, c in every_claim(report) if claim.value == 2554310]
    assert hoax and all(claim.quoted for claim, _ in hoax), hoax
    assert not _codes(report) & set(GRADES), report.findings
    # the desk's own figures, where read, are the record's
    own = [c for claim, c in every_claim(report) if claim.value in (791892, 3554310)]
    assert all(c.status == "consistent" for c in own), own


# Controls: an English news page whose headline gives no verdict keeps its figures its own (a
# wrong count is flagged on the page); "false" said in the body does not make a debunk.
@pytest.mark.parametrize("title, text", [
    ("Lampung presidential results",
     "Anies Baswedan and Muhaimin Iskandar won 2,554,310 votes in Lampung."),
    ("Lampung presidential results",
     "Anies Baswedan and Muhaimin Iskandar won 2,554,310 votes in Lampung. Prabowo's camp "
     "called the result false and misleading."),
])
def test_an_english_news_page_s_own_wrong_count_stays_flagged(shipped_context, title, text):
    report = check_article(title, f"<p>{text}</p>", url="https://news.example/a",
                           ctx=shipped_context)
    assert any(c.status == "discrepant" for c in _at(report, "2554310"))
    assert "FIG020" in _codes(report)


# ---- C. A KPU or Bawaslu clarification in the news says the circulated figure is "tidak
# benar" or "palsu", not "hoaks": the figure the sentence gives as circulated ("Beredar ...
# tangkapan layar yang menyebut ...") is the post's, quoted, and no "figures differ" on the page.
CLARIFIED = [
    ("KPU Lampung Bantah Anies-Muhaimin Menang di Lampung",
     "Beredar di media sosial tangkapan layar yang menyebut Anies-Muhaimin meraih 2.554.310 "
     "suara di Lampung. KPU Lampung menegaskan informasi itu tidak benar."),
    ("KPU Lampung: Informasi Anies-Muhaimin Menang di Lampung Tidak Benar",
     "Beredar di media sosial tangkapan layar yang menyebut Anies-Muhaimin meraih 2.554.310 "
     "suara di Lampung. Ketua KPU Lampung mengatakan data itu palsu dan bukan berasal dari KPU."),
]


@pytest.mark.parametrize("title, text", CLARIFIED)
def test_a_clarified_viral_figure_is_the_post_s(shipped_context, title, text):
    report = _report(shipped_context, title, text)
    hoax = [(claim, c) for claim, c in every_claim(report) if claim.value == 2554310]
    assert hoax and all(claim.quoted for claim, _ in hoax), hoax
    assert not _codes(report) & set(GRADES), report.findings


# Control: "tidak benar" said of something else leaves the page's own count (no word of a
# post before it) the page's: a wrong count is flagged.
def test_a_page_s_own_count_beside_a_denial_stays_its_own(shipped_context):
    report = _report(shipped_context, "Rekapitulasi Pilpres di Lampung",
                     "Anies-Muhaimin meraih 2.554.310 suara di Lampung menurut rekapitulasi KPU.",
                     "Tudingan bahwa rekapitulasi itu curang tidak benar, kata Ketua KPU Lampung.")
    assert any(c.status == "discrepant" and not claim.quoted
               for claim, c in every_claim(report) if claim.value == 2554310)
    assert "FIG020" in _codes(report)
