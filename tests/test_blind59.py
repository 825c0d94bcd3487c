"""Blind hunt 59 (the 2025 re-votes of Pilkada 2024 races; tests/corpus/findings/hunt.md,
"Blind hunt 59"): a page about a court-ordered re-vote (PSU) recalls the November 2024 round
beside it, and dates that recall in the sentence itself, with no election's name: "Sebelumnya,
pada 5 Desember 2024 lalu, KPU Siak menetapkan ... dengan suara 82.319", "... saat rekapitulasi
rapat pleno KPU Desember 2024 lalu, dinyatakan unggul jauh dengan perolehan 259.489 suara". The
whole page was the re-vote's, so those 2024 figures were held as another round's. A date of the
round's own year opening the figure's sentence now gives the figure to that round; a PSU word or
a later date between them, or a date in another sentence, does not (A). And the other way
(B): the annulled round named in one sentence ("Hasil Pilkada 27 November 2024 dibatalkan MK.")
dated the next one's re-vote share ("Dalam PSU, X meraih 45,12 persen"), graded against 2024;
a PSU word stated in the figure's own sentence after that name now makes it the re-vote's.

Short pages in our own words with the real figures of the Magetan regent race of 27 Nov 2024
(Nanik Sumantri-Suyatni Priasmoro 137.347, Sujatno-Ida Yuhana Ulfa 136.083) and of its re-vote
at four TPS on 22 March 2025 (Sujatno-Ida 960 there; Nanik-Suyatni 137.345 in all after it)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")
TITLE = "PSU Pilkada Kabupaten Magetan Digelar pada 22 Maret 2025"
# (no TPS named in the lead: a page on the four TPS would put every figure at that level)
LEAD = ("Mahkamah Konstitusi memerintahkan pemungutan suara ulang (PSU) Pilkada "
        "Kabupaten Magetan, yang digelar Sabtu, 22 Maret 2025.")


def _graded(ctx, sentence: str, value: str):
    report = check_article(TITLE, f"<p>{LEAD}</p><p>{sentence}</p>",
                           url="https://berita.example/psu-magetan", ctx=ctx)
    found = [(claim, c) for claim, c in every_claim(report) if str(claim.value) == value]
    assert found, [(str(claim.value), c) for claim, c in every_claim(report)]
    return found[0]


ROUND_DATED = [
    "Sebelumnya, pada 27 November 2024 lalu, pasangan Nanik Sumantri-Suyatni Priasmoro meraih "
    "{n} suara.",
    "Saat rapat pleno KPU Magetan Desember 2024 lalu, pasangan Nanik Sumantri-Suyatni Priasmoro "
    "ditetapkan meraih {n} suara.",
    "Dalam Pilkada yang berlangsung pada 27 November 2024, paslon nomor urut 1 Nanik "
    "Sumantri-Suyatni Priasmoro mendapatkan {n} suara.",
]


@pytest.mark.parametrize("sentence", ROUND_DATED)
def test_a_figure_its_sentence_dates_to_the_round_re_run_is_that_round_s(shipped_context,
                                                                         sentence):
    claim, compared = _graded(shipped_context, sentence.format(n="137.347"), "137347")
    assert compared is not None and compared.status == "consistent", (claim.election, compared)


@pytest.mark.parametrize("sentence", ROUND_DATED)
def test_its_share_is_graded_against_that_round_too(shipped_context, sentence):
    # 137.347 of the 404.694 valid votes: 33,94 % (the record holds the race's Sirekap reading,
    # so a wrong count or share is held as another moment's, never flagged, and not tested here)
    text = sentence.format(n="137.347").replace("137.347 suara", "33,94 persen suara")
    claim, compared = _graded(shipped_context, text, "33.94")
    assert compared is not None and compared.status == "consistent", (claim.election, compared)


RE_VOTE = [
    # a PSU word between the round's date and the figure: the re-vote's count
    ("Hasil 27 November 2024 dibatalkan MK, dan pada PSU itu Nanik Sumantri-Suyatni Priasmoro "
     "meraih hasil akhir 137.345 suara.", "137345"),
    # a later date between them
    ("Setelah pleno Desember 2024 digugat, pada 22 Maret 2025 Sujatno-Ida Yuhana Ulfa meraih "
     "960 suara.", "960"),
    # the round's date in another sentence only
    # (an election named with the date, "Pilkada Magetan digelar 27 November 2024.", dates
    # the rest of its paragraph already, as on the base: left, see hunt.md)
    ("Hari pencoblosan pertama jatuh pada 27 November 2024. Kini Nanik Sumantri-Suyatni "
     "Priasmoro meraih hasil akhir 137.345 suara.", "137345"),
]


@pytest.mark.parametrize("sentence,value", RE_VOTE)
def test_the_re_vote_s_own_figures_stay_held(shipped_context, sentence, value):
    claim, compared = _graded(shipped_context, sentence, value)
    assert compared is None or compared.status not in FLAGS and \
        compared.status != "consistent", (claim, compared)
    assert claim.election.endswith("-psu"), claim


# ---- B. The annulled round named in the sentence before, the re-vote's share after a PSU word
# in the figure's own sentence: on the base the round's mark dated it (graded, a false
# discrepant against the round's 33,94).
AFTER_THE_ROUND = [
    "Hasil Pilkada 27 November 2024 dibatalkan MK. Dalam PSU, Nanik Sumantri-Suyatni Priasmoro "
    "meraih 45,12 persen suara.",
    "Hasil Pilkada 27 November 2024 dibatalkan MK. Pada PSU 22 Maret 2025, Nanik "
    "Sumantri-Suyatni Priasmoro meraih 45,12 persen suara.",
    "Pilkada Kabupaten Magetan 2024 dibatalkan MK karena pelanggaran. Hasilnya, dalam "
    "pemungutan suara ulang Nanik Sumantri-Suyatni Priasmoro meraih 45,12 persen suara.",
]


@pytest.mark.parametrize("sentence", AFTER_THE_ROUND)
def test_a_share_after_a_psu_word_is_the_re_vote_s_not_the_round_named_before(shipped_context,
                                                                              sentence):
    claim, compared = _graded(shipped_context, sentence, "45.12")
    assert claim.election.endswith("-psu"), (claim.election, compared)
    assert compared is None or compared.status not in FLAGS, compared


def test_the_round_s_shares_after_its_name_stay_that_round_s(shipped_context):
    # control: the round named, then its own shares with no PSU word (136.083: 33,63 %)
    text = ("Pada Pilkada 27 November 2024, Nanik Sumantri-Suyatni Priasmoro meraih 33,94 persen "
            "suara. Sujatno-Ida Yuhana Ulfa meraih 33,63 persen.")
    for value in ("33.94", "33.63"):
        claim, compared = _graded(shipped_context, text, value)
        assert compared is not None and compared.status == "consistent", (claim.election, compared)
