"""Real errors the blind hunts left unflagged after branch fix-missed (tests/corpus/findings/
hunt.md): a count the page's own figures contradict, where a slip's shape or the moment the
page's other figures pin tells it from a count of another moment. Each case is a short page
in our own words with the real figures of the race; beside each, the neighbouring shapes that
must keep their grade (the right figure, an interim reading, a campaign's or a pollster's
count, another area's total)."""

from __future__ import annotations

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def graded(title: str, body: str, url: str = "https://daerah.example.com/berita/1") -> dict:
    """{(kind, value): Comparison} of the page's claims."""
    return {(claim.kind, claim.value): c
            for claim, c in compared(check_article(title, body, url=url))}


def flags(got: dict) -> dict:
    return {key: c for key, c in got.items() if c.status in FLAGS}


# ---- A count whose one keystroke (two neighbouring digits swapped) breaks the valid-vote total
# the page states beside it by far more than a typo of the total would, the other pair's count
# and both shares following from the fixed count (Pilgub Jateng in Kab. Banyumas, the
# kabupaten's plenary: 403.232 written 430.232; Sirekap at 99.89 % gives 402.577).
# The kabupaten's KPU recaps both its own regent race and its part of the governor race.
BANYUMAS = ("<p>Purwokerto - KPU Kabupaten Banyumas, Jawa Tengah, mengumumkan hasil "
            "penghitungan suara Pemilihan Gubernur Jawa Tengah serta Pemilihan Bupati Banyumas "
            "dalam rapat pleno terbuka pada 3 dan 4 Desember 2024.</p><p>Dari formulir D Hasil "
            "tingkat Kabupaten Banyumas, rekapitulasi Pemilihan Gubernur Jawa Tengah memberi "
            "pasangan Andika Perkasa-Hendrar Prihadi {andika} suara (44,78 persen) dan pasangan "
            "Ahmad Luthfi-Taj Yasin 497.170 suara (55,22 persen). Jumlah suara sah pada "
            "Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah sebanyak {total} suara.</p>"
            "<p>Untuk Pemilihan Bupati Banyumas, Sadewo Tri Lastiono-Dwi Asih Lintarti mendapat "
            "540.554 suara (59,44 persen) dan kolom kosong 368.790 suara (40,56 persen). Jumlah "
            "suara sah Pemilihan Bupati Banyumas 909.344 suara.</p>")


def banyumas(andika: str = "430.232", total: str = "900.402", text: str = BANYUMAS) -> dict:
    return graded("KPU Banyumas Umumkan Hasil Rekapitulasi Pilkada",
                  text.format(andika=andika, total=total))


def test_a_count_one_swap_off_the_pages_own_total_is_wrong():
    got = banyumas()
    wrong = got["votes", 430232]
    assert wrong.status == "discrepant" and wrong.reason == "own_total"
    assert wrong.official_value == 403232 and wrong.tier == "page"
    assert set(flags(got)) == {("votes", 430232)}


def test_the_right_count_beside_its_total_is_not_flagged():
    assert not flags(banyumas("403.232"))


def test_a_total_far_off_without_a_one_keystroke_fix_blames_no_one():
    # 430.232 + 497.170 is 27.000 above 900.402; 400.402 is no keystroke of either count
    assert not flags(banyumas(total="800.402"))


def test_a_far_total_of_another_race_is_not_the_pairs_total():
    # the pairs' counts as the record has them beside the Pilbup's valid votes (909.344):
    # 412.174 (909.344 - 497.170) is no keystroke of 402.577
    text = BANYUMAS.replace("(44,78 persen)", "(44,72 persen)").replace(
        "(55,22 persen)", "(55,28 persen)")
    assert not flags(banyumas("402.577", "909.344", text))
