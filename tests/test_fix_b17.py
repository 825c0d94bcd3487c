"""Slips the seventeenth blind run left (held, no flag, but a reader sees them).

1. Phrases that state a rule or a gap read as a pair's figures: "sudah 8 persen di atas magic
   number (50 persen)" (a lead over the majority mark, and the mark) read as two shares; "di
   angka 50 + 1 suara" (the majority rule) read as a count of 1.
2. Turnout ("Partisipan di angka 76,44 persen") read as the share of a pair "Partisipan"; a
   party's short form in a coalition list ("diusung Partai Golkar, PKB, PD, dan PAN") taken as
   the name of the pair before it (left: "PD" is also pairs' initials, "PD-HB 7.729 suara").

Short pages in our own words with the real figures of the pages."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim


def figures(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.candidate_name)
            for claim, _ in every_claim(check_article(title, body, ctx=ctx))
            if claim.kind in ("votes", "share")]


def values(found: list) -> set:
    return {f[1] for f in found}


QUICK = ("Hasil hitung cepat LSI Denny JA menunjukkan Prabowo-Gibran meraih 58,45 persen suara, "
         "Anies-Muhaimin 25,3 persen dan Ganjar-Mahfud 16,54 persen.")


# ---- 1. A lead over a mark, and the mark, are no pair's share.
@pytest.mark.parametrize("sentence, gap, mark", [
    ("Prabowo-Gibran sudah 8 persen di atas magic number (50 persen), kata Denny JA.", 8, 50),
    # the Indonesian words for the mark, a decimal gap
    ("Kata Denny, Prabowo-Gibran kini 8,45 persen di atas ambang batas 50 persen.", 8.45, 50),
    ("Prabowo-Gibran sudah 8 persen di atas angka ajaib 50 persen untuk menang satu putaran.",
     8, 50),
    # the gap below the mark, the mark written as a figure
    ("Anies-Muhaimin masih 24,7 persen di bawah 50 persen yang dibutuhkan.", 24.7, 50),
])
def test_gap_over_a_mark_is_no_share(shipped_context, sentence, gap, mark):
    found = figures(shipped_context, "Hasil Hitung Cepat Pilpres 2024", QUICK, sentence)
    assert gap not in values(found) and mark not in values(found), found
    assert {58.45, 25.3, 16.54} <= values(found), found


def test_share_above_a_mark_keeps_its_share(shipped_context):
    # the pair's own share said to pass the mark: still its share (the mark is none)
    found = figures(shipped_context, "Hasil Hitung Cepat Pilpres 2024",
                    "Hasil hitung cepat LSI Denny JA menunjukkan Prabowo-Gibran meraih 58,45 "
                    "persen di atas magic number 50 persen.")
    assert ("share", 58.45, "Prabowo-Gibran") in found and 50 not in values(found), found


JAKARTA = ("Hasil hitung cepat menunjukkan Pramono-Rano meraih 49,95 persen, Ridwan Kamil-Suswono "
           "39,37 persen dan Dharma-Kun 10,68 persen.")


@pytest.mark.parametrize("sentence", [
    "Jadi kalau perolehan Pramono-Bang Doel nanti di angka 50 + 1 suara, pilkada cukup satu "
    "putaran.",
    "Syarat menang satu putaran adalah 50 persen plus 1 suara, dan Pramono-Rano nyaris sampai.",
    "Pramono-Rano butuh 50%+1 suara agar menang satu putaran.",
])
def test_majority_rule_is_no_count(shipped_context, sentence):
    found = figures(shipped_context, "Hitung Cepat Pilgub Jakarta 2024", JAKARTA, sentence)
    assert 1 not in values(found) and 50 not in values(found), found
    assert {49.95, 39.37, 10.68} <= values(found), found


def test_a_count_after_a_plus_in_a_list_stays(shipped_context):
    # a negative control: "+" nowhere before the count, a pair's count of hundreds of thousands
    found = figures(shipped_context, "Pleno Pilgub Jakarta 2024",
                    "Dalam rapat pleno KPU DKI, Pramono-Rano memperoleh 2.183.239 suara.")
    assert ("votes", 2183239, "Pramono-Rano") in found, found


# ---- 2. Turnout and a party's short form are no pair.
@pytest.mark.parametrize("said", [
    "\"Partisipan di angka 76,44 persen. Dibandingkan 2018, kita turun sekitar 1 persen,\" ujar dia.",
    "Partisipasi pemilih di angka 76,44 persen, turun sekitar 1 persen dari 2018.",
])
def test_turnout_is_no_pair(shipped_context, said):
    body = ("<p>KPU Kabupaten Majalengka menggelar rapat pleno rekapitulasi Pilgub Jabar. Dedi "
            "Mulyadi-Erwan Setiawan meraih 489.355 suara.</p>"
            "<h2>2. Partisipan menurun dibandingkan Pilkada 2018</h2>"
            "<p>Terkait angka partisipan, Andi menjelaskan ada penurunan dibanding Pilkada 2018."
            f"</p><p>{said}</p>")
    found = [(c.kind, float(c.value), c.candidate_name) for c, _ in every_claim(check_article(
        "Hasil Pleno Pilgub Jabar di Majalengka", body, ctx=shipped_context))]
    assert not [f for f in found if f[1] == 76.44 and f[0] == "share"], found
    assert ("votes", 489355, "Dedi Mulyadi-Erwan Setiawan") in found, found


def test_a_pair_with_its_share_in_brackets_keeps_it(shipped_context):
    # a negative control of the bracket's topic: a pair named before its bracketed share
    found = figures(shipped_context, "Hasil Hitung Cepat Pilpres 2024",
                    "Hasil hitung cepat LSI Denny JA: Prabowo-Gibran (58,45 persen), Anies-Muhaimin "
                    "(25,3 persen) dan Ganjar-Mahfud (16,54 persen).")
    assert {58.45, 25.3, 16.54} <= values(found), found


def test_a_count_with_its_share_in_brackets_keeps_it(shipped_context):
    # the bracket restates the figure before it: "suara sah" there is no topic of the share
    found = figures(shipped_context, "Pleno Pilgub Jakarta 2024",
                    "Dalam rapat pleno KPU DKI, Pramono-Rano meraih 2.183.239 suara sah (50,07 %).")
    assert ("share", 50.07, "Pramono-Rano") in found, found


# ---- 3. A kecamatan named like its kabupaten: "Kecamatan X" with the count is the kecamatan's.
def test_kecamatan_named_like_its_regency_keeps_the_kecamatan(shipped_context):
    body = ("<p>Rapat pleno rekapitulasi Pemilihan Gubernur Bali tingkat Kabupaten Buleleng "
            "digelar Kamis (5/12/2024).</p><p>Di Kecamatan Banjar, Paslon 1 mendapat 19.180 "
            "suara, sementara Paslon 2 mendapat 23.139 suara. Di Kecamatan Buleleng, Paslon 1 "
            "mendapat 30.944 suara sedangkan Paslon 2 mendapat 33.325 suara.</p>")
    found = {float(c.value): c.region_code for c, _ in every_claim(check_article(
        "Pleno KPU Buleleng", body, ctx=shipped_context)) if c.kind == "votes"}
    # the kecamatan (a code below the regency's 5108), never the regency itself
    assert found.get(33325) and found[33325].startswith("5108") and found[33325] != "5108", found
    assert found.get(19180, "").startswith("5108") and found[19180] != "5108", found
