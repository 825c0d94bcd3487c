"""Blind hunt 50 (governor races of the large provinces after the count, December 2024 to
February 2025; tests/corpus/findings/hunt.md, "Blind hunt 50"): a losing pair's MK petition that
asks for a re-vote (PSU) is no re-vote, and the round's own counts on its page stay the round's.
Short pages in our own words with the real figures of the record."""

from __future__ import annotations

import pytest

from builders import compared_article as read, comparisons_at as of

FLAGS = ("minor", "discrepant")

# ---- A. The petition asks for the PSU (ntvnews.id, Edy-Hasan's suit against the Pilgub Sumut
# result: "Mereka meminta pasangan nomor urut 1, Bobby Nasution-Surya, didiskualifikasi serta
# diadakannya pemungutan suara ulang (PSU)"; the lawyer's "kami minta PSU di seluruh
# kabupaten/kota"; the headline "... Minta Pemilihan Ulang"). The request verb stands before an
# appositive's commas, or is the plain "minta": the PSU was read as stated, the court named in
# the same lead made it a court-ordered re-vote, and every KPU count on the page was held as
# another election's. Here the same petition against the Pilgub Jabar decree (Dedi-Erwan
# 14.130.192, 62,22 %; Syaikhu-Ilham 4.260.072).
SUIT = ("<p>Jakarta - Pasangan nomor urut 3 Ahmad Syaikhu-Ilham Habibie menggugat hasil Pilkada "
        "2024 ke Mahkamah Konstitusi (MK). {ask}</p>")
RESULT = ("<p>KPU Jawa Barat menetapkan Dedi Mulyadi-Erwan Setiawan meraih {dedi} suara atau "
          "62,22 persen, sedangkan Ahmad Syaikhu-Ilham Habibie memperoleh 4.260.072 suara.</p>")
ASKS = [
    "Mereka meminta pasangan nomor urut 4, Dedi Mulyadi-Erwan Setiawan, didiskualifikasi serta "
    "diadakannya pemungutan suara ulang (PSU).",
    "\"Kami minta PSU di seluruh kabupaten/kota di Jawa Barat,\" kata kuasa hukumnya.",
    "Dalam petitumnya, pemohon memohon agar KPU, Bawaslu, dan para saksi menggelar pemungutan "
    "suara ulang.",
]
TITLES = ["Gugat Hasil Pilgub Jabar, Syaikhu-Ilham Minta Pemilihan Ulang",
          "Syaikhu-Ilham Gugat Hasil Pilgub Jabar ke MK"]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("ask", ASKS)
def test_a_petition_asking_for_a_psu_keeps_the_round_s_counts(shipped_context, title, ask):
    found = read(shipped_context, title, SUIT.format(ask=ask) + RESULT.format(dedi="14.130.192"))
    for value in ("14130192", "62.22", "4260072"):
        assert [c.status for c in of(found, value)] == ["consistent"], (value, of(found, value))


@pytest.mark.parametrize("ask", ASKS[:2])
def test_a_wrong_count_beside_the_petition_is_still_flagged(shipped_context, ask):
    found = read(shipped_context, TITLES[1], SUIT.format(ask=ask) + RESULT.format(dedi="14.310.192"))
    assert [c.status for c in of(found, "14310192")] == ["discrepant"], of(found, "14310192")


# Controls: the court's order in the same sentence as the request is a re-vote (Parigi Moutong's
# PSU of 2025, Erwin-Sahid's 62,2 % against the annulled round's 36,86), under a headline that
# names no PSU; and a headline on the PSU keeps it whatever the lead asks.
ORDERED = ("<p>Mahkamah Konstitusi (MK) mengabulkan permohonan pasangan nomor urut 1 yang meminta "
           "pasangan lain didiskualifikasi, dan memerintahkan pemungutan suara ulang (PSU) Pilkada "
           "Parigi Moutong.</p><p>Dalam PSU itu, pasangan nomor urut 4 Erwin Burase-Abdul Sahid "
           "meraup 62,2 persen suara.</p>")


@pytest.mark.parametrize("title", ["Hasil Pilkada Parigi Moutong",
                                   "Erwin-Sahid Menang PSU Pilkada Parimo"])
def test_an_ordered_revote_is_still_never_graded_against_the_round(shipped_context, title):
    found = read(shipped_context, title, ORDERED)
    assert of(found, "62.2"), found
    assert not [c for c in of(found, "62.2") if c.status in FLAGS], of(found, "62.2")


# ---- B. The lawyer's allegation carried on past his name (ntvnews.id: "Ketua Tim Hukum
# Edy-Hasan, Yance Aswin" two paragraphs up, then "Yance juga menyoroti kemenangan Bobby-Surya di
# Kabupaten Humbang Hasundutan, meski ... . Namun, mereka menang dengan suara bulat 100 persen di
# sana."). Once A read the page as the round's, the 100 % was graded discrepant against the
# regency's 79,69: the applicant's allegation, not the page's count. Here the same shape on the
# Pilgub DKI (Pramono-Rano in Kepulauan Seribu: 7.456 of 14.687 valid votes, 50,77 %); the
# lawyer's name is a placeholder.
LAWYER = ("<p>Jakarta - Pasangan nomor urut 1 menggugat hasil Pilgub Jakarta 2024. \"Kami punya "
          "83 bukti,\" kata Ketua Tim Hukum RIDO, Rudi Hartono, di Gedung MK.</p>"
          "<p>Rudi juga menyoroti kemenangan Pramono-Rano di Kepulauan Seribu, meski pasangan itu "
          "jarang berkampanye di sana. {line}</p>")
ALLEGED = ["Namun, mereka menang dengan suara bulat 100 persen di sana.",
           "Bahkan Pramono-Rano meraih 100 persen suara di sana."]


@pytest.mark.parametrize("line", ALLEGED)
def test_the_lawyer_s_allegation_is_not_the_page_s_count(shipped_context, line):
    found = read(shipped_context, "Tim Hukum RIDO Gugat Hasil Pilgub Jakarta",
                 LAWYER.format(line=line))
    assert not [c for c in of(found, "100") if c.status in FLAGS], of(found, "100")


def test_the_page_s_own_count_after_the_lawyer_stays_graded(shipped_context):
    # a sentence the lawyer does not open, nor carries on: KPU's count, graded (Kepulauan
    # Seribu's 50,77; the province's 2.183.239, a transposed 2.813.239 flagged)
    for line, value, status in (("meraih 50,77 persen suara di Kepulauan Seribu", "50.77",
                                 "consistent"),
                                ("meraih 2.183.239 suara se-Jakarta", "2183239", "consistent"),
                                ("meraih 2.813.239 suara se-Jakarta", "2813239", "discrepant")):
        found = read(shipped_context, "Tim Hukum RIDO Gugat Hasil Pilgub Jakarta",
                     LAWYER.format(line="") + f"<p>Menurut rekapitulasi KPU, Pramono-Rano {line}."
                                              "</p>")
        assert [c.status for c in of(found, value)] == [status], (value, of(found, value))
