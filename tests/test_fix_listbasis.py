"""A list's introducing line names the count its items come from (blind run 8, Tribun Palu,
Pilbup Sigi 2024, region 7210: "Hasil hitung cepat (quick count) dari tim RESMI mencatat
persentase suara sementara sebagai berikut:" over one line per pair, 39,45 / 34,17 / 17,41 /
8,97 %, while Sirekap at 92 % had 39,09 / 34,22 / 17,68 / 9,01). The items end in no full stop,
so the sentence reader ran the last of them on into the next paragraph ("... hasil resmi dari
KPU nantinya ..."), and that later count word, read as one in the items' own sentence, beat
the intro's quick count: four quick-count shares graded consistent as KPU's. An item's sentence
ends with its line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, compared

URL = "https://palu.tribunnews.com/2024/11/28/pilkada-sigi-hasil-sementara"
TITLE = "Rizal-Samuel Unggul Sementara di Pilkada Sigi 2024"
LEAD = "<p>Sigi - Pasangan Rizal-Samuel unggul sementara di Pilkada Kabupaten Sigi 2024.</p>"
PAIRS = [("Rizal Intjenae - Samuel Yansen Pongi", "39,45"),
         ("Agus Lamakarate - Semuel Riga", "34,17"),
         ("Husen Habibu - Ayub Willem Darawia", "17,41"),
         ("Nirwansyah Parampasi - Hesty Yulita", "8,97")]
# after the list, a sentence that names the official result to come
AFTER = ("<p>Ketua partai pendukung yakin hasil resmi dari KPU nantinya tidak jauh berbeda dari "
         "data sementara itu.</p>")


def items(shape: str) -> str:
    if shape == "ul":
        return "".join(f"<ul><li>{name}: {share} %</li></ul>" for name, share in PAIRS)
    if shape == "li":
        return "<ul>" + "".join(f"<li>{name}: {share} persen</li>" for name, share in PAIRS) + \
            "</ul>"
    if shape == "p":
        return "".join(f"<p>{name} {share} persen</p>" for name, share in PAIRS)
    raise AssertionError(shape)


def shares(intro: str, shape: str, after: str = AFTER) -> list:
    body = LEAD + f"<p>{intro}</p>" + items(shape) + after
    found = compared(check_article(TITLE, body, URL))
    out = []
    for _, share in PAIRS:
        got = [c for claim, c in found if claim.kind == "share" and
               claim.value == Decimal(share.replace(",", "."))]
        assert len(got) == 1, share
        out.append(got[0])
    return out


QUICK = ["Hasil hitung cepat (quick count) dari tim RESMI mencatat persentase suara "
         "sementara sebagai berikut:",
         "Berikut hasil hitung cepat LSI Denny JA:",
         "Quick count tim relawan mencatat perolehan suara antara lain:"]


@pytest.mark.parametrize("shape", ["ul", "li", "p"])
@pytest.mark.parametrize("intro", QUICK)
def test_a_quick_count_intro_holds_its_list(intro, shape):
    assert [(c.status, c.reason) for c in shares(intro, shape)] == \
        [("unverifiable", "quick_count_estimate")] * 4


def test_lines_broken_with_br_are_held_too():
    body = LEAD + "<p>Hasil hitung cepat tim RESMI sebagai berikut:<br>" + \
        "<br>".join(f"{name}: {share} %" for name, share in PAIRS) + "</p>" + AFTER
    found = compared(check_article(TITLE, body, URL))
    assert {(c.status, c.reason) for claim, c in found if claim.kind == "share"} == \
        {("unverifiable", "quick_count_estimate")}


def test_without_the_later_sentence_it_was_already_held():
    # the control that shows the cause: no count word after the list, the intro decided
    assert {c.reason for c in shares(QUICK[0], "ul", after="")} == {"quick_count_estimate"}


@pytest.mark.parametrize("shape", ["ul", "p"])
def test_a_kpu_count_intro_keeps_its_grade(shape):
    # the same lines under KPU's count are KPU's figures, graded (and off Sirekap at 92 %)
    found = shares("Hasil rekapitulasi KPU Kabupaten Sigi sebagai berikut:", shape)
    # the plenary's shares, where the record holds only Sirekap, are graded only when equal to
    # it (fix-plenary): either way they are KPU's, never the quick count's estimate
    assert all(c.status in ("consistent", "minor", "discrepant") or
               c.reason == "plenary_not_loaded" for c in found)
    assert all(c.reason != "quick_count_estimate" for c in found)


def test_a_count_named_in_an_item_s_own_line_still_decides():
    # an item that names its own count: that word, not the intro's
    body = LEAD + "<p>Perolehan suara para pasangan sebagai berikut:</p>" + \
        "".join(f"<p>{name} {share} persen (hitung cepat)</p>" for name, share in PAIRS) + AFTER
    found = compared(check_article(TITLE, body, URL))
    assert {c.reason for claim, c in found if claim.kind == "share"} == {"quick_count_estimate"}


def test_an_intro_that_names_no_count_leaves_the_later_words_deciding():
    # the control: a quick count named paragraphs before, an intro with no count word, and the
    # lines' source said after them: the source words still decide (graded as KPU's count)
    body = LEAD + "<p>Sebelumnya hasil hitung cepat sebuah lembaga survei sudah beredar.</p>" + \
        "<p>Perolehan suara para pasangan sebagai berikut:</p>" + items("ul") + \
        "<p>Data itu merupakan real count Sirekap KPU yang sudah masuk 92 persen.</p>"
    found = compared(check_article(TITLE, body, URL))
    shares = [c for claim, c in found if claim.kind == "share"]
    assert len(shares) == 4
    assert all(c.reason != "quick_count_estimate" for c in shares)
