"""Blind hunt 49 (the Pilpres 2024 count read at many moments: Sirekap readings, provincial
plenaries day by day, the decree of 20 March; tests/corpus/findings/hunt.md, "Blind hunt 49"):
the cause of its one false flag, short pages in our own words with the real figures of the
record."""

from __future__ import annotations

import pytest

from builders import FLAGS, found

TITLE = "KPU Tetapkan Hasil Pilpres 2024"


def _of(figures: list, value: float) -> list:
    return [f for f in figures if f[0] == "votes" and f[1] == value]


# ---- A. Pairs listed "respectively" with a pair's noun before each name (koransulindo.com:
# "pasangan Anies Baswedan-Muhaimin Iskandar dan pasangan Ganjar Pranowo-Mahfud Md mendapatkan
# masing-masing 40.971.906 dan 27.040.878 suara"). The noun repeated before the second name
# ("dan pasangan", "dan paslon nomor urut 3") broke the list, so each figure went to the pair
# named nearest before it: the decree's 40.971.906 for Anies-Muhaimin was graded discrepant as
# Ganjar-Mahfud's (27.040.878).
RESPECTIVE = [
    # the page's own shape: the verb before "masing-masing", the noun before each name
    "Menurut KPU, Prabowo-Gibran meraih 96.214.691 suara, sementara pasangan Anies "
    "Baswedan-Muhaimin Iskandar dan pasangan Ganjar Pranowo-Mahfud Md mendapatkan masing-masing "
    "{anies} dan {ganjar} suara.",
    # "serta pasangan", each figure with its unit
    "Menurut KPU, Prabowo-Gibran meraih 96.214.691 suara, sedangkan pasangan Anies-Muhaimin "
    "serta pasangan Ganjar-Mahfud masing-masing meraih {anies} suara dan {ganjar} suara.",
    # the ballot number after the noun
    "Hasil rekapitulasi nasional KPU: Prabowo-Gibran meraih 96.214.691 suara. Paslon nomor urut "
    "1 Anies-Muhaimin dan paslon nomor urut 3 Ganjar-Mahfud masing-masing memperoleh {anies} dan "
    "{ganjar} suara.",
    # three pairs, a comma and "dan" before the nouns
    "Rekapitulasi nasional KPU selesai. Pasangan Anies-Muhaimin, pasangan Prabowo-Gibran, dan "
    "pasangan Ganjar-Mahfud masing-masing memperoleh {anies}, 96.214.691, dan {ganjar} suara.",
]


@pytest.mark.parametrize("body", RESPECTIVE)
def test_a_pairs_noun_before_each_name_keeps_the_respective_order(shipped_context, body):
    figures = found(shipped_context, TITLE, body.format(anies="40.971.906", ganjar="27.040.878"))
    assert not [f for f in figures if f[3] in FLAGS], figures
    assert [f[5] for f in _of(figures, 40971906) if f[3] == "consistent"] == [1], figures
    assert [f[5] for f in _of(figures, 27040878) if f[3] == "consistent"] == [3], figures


@pytest.mark.parametrize("body", RESPECTIVE)
def test_a_wrong_count_in_such_a_list_is_still_the_right_pairs(shipped_context, body):
    # control: a count off the decree (27.040.000 for Ganjar-Mahfud's 27.040.878) is Ganjar-
    # Mahfud's (flagged, or held where the page names no plenary), never another pair's, and
    # Anies-Muhaimin's right count stays consistent
    figures = found(shipped_context, TITLE, body.format(anies="40.971.906", ganjar="27.040.000"))
    assert [f[5] for f in _of(figures, 27040000)] == [3], figures
    assert not [f for f in figures if f[3] in FLAGS and f[1] != 27040000], figures
    assert [f[5] for f in _of(figures, 40971906) if f[3] == "consistent"] == [1], figures


def test_the_winner_named_before_atas_is_not_in_the_list(shipped_context):
    # the noun's list after "unggul atas" (Jawa Timur's plenary, KPU, 13 March 2024): the winner
    # named before "atas" is no part of it; on main 4.492.652 was graded discrepant as
    # Ganjar-Mahfud's
    figures = found(shipped_context, "Rekapitulasi KPU Jawa Timur",
                    "Rekapitulasi KPU di Jawa Timur: Prabowo-Gibran unggul dengan 16.716.603 "
                    "suara atas pasangan Anies-Muhaimin dan pasangan Ganjar-Mahfud, yang "
                    "masing-masing memperoleh 4.492.652 suara dan 4.434.805 suara.")
    assert not [f for f in figures if f[3] in FLAGS], figures
    assert [f[5] for f in _of(figures, 4492652) if f[3] == "consistent"] == [1], figures
    assert [f[5] for f in _of(figures, 4434805) if f[3] == "consistent"] == [3], figures


# ---- A2. Three bare counts, the unit only after the last ("masing-masing memperoleh 40.971.906,
# 96.214.691, dan 27.040.878 suara"): ", dan" did not join a count to the next, and a count took
# only its neighbour's own unit, so the list had one count for three pairs and was dropped; each
# count then went to the last pair named (probed from the page of A).
@pytest.mark.parametrize("names", ["Anies-Muhaimin, Prabowo-Gibran, dan Ganjar-Mahfud",
                                   "Anies-Muhaimin, Prabowo-Gibran serta Ganjar-Mahfud"])
def test_three_counts_with_one_unit_go_to_three_pairs_in_order(shipped_context, names):
    figures = found(shipped_context, TITLE, f"Rekapitulasi nasional KPU selesai. {names} "
                    "masing-masing memperoleh 40.971.906, 96.214.691, dan 27.040.878 suara.")
    assert not [f for f in figures if f[3] in FLAGS], figures
    assert [(f[1], f[5]) for f in figures if f[3] == "consistent"] == [
        (40971906, 1), (96214691, 2), (27040878, 3)], figures


# ---- A3. A pair named after the list, in the same sentence ("A dan B masing-masing memperoleh X
# suara, sedangkan C Z suara"): its figure was counted as the list's next one, C's count given to
# B (probed from A: once "dan pasangan" joined the list, a TPS's "pasangan A dan pasangan B
# masing-masing memperoleh 12 suara, sedangkan C 180 suara" gave 180 to B).
JATIM = "Rekapitulasi KPU Jawa Timur"


@pytest.mark.parametrize("body", [
    "Rekapitulasi KPU di Jawa Timur selesai. Anies-Muhaimin dan Ganjar-Mahfud masing-masing "
    "memperoleh 4.492.652 suara dan 4.434.805 suara, sedangkan Prabowo-Gibran 16.716.603 suara.",
    "Rekapitulasi KPU di Jawa Timur selesai. Pasangan Anies-Muhaimin dan pasangan Ganjar-Mahfud "
    "masing-masing memperoleh 4.492.652 dan 4.434.805 suara, adapun Prabowo-Gibran meraih "
    "16.716.603 suara.",
])
def test_a_pair_named_after_the_list_keeps_its_own_figure(shipped_context, body):
    figures = found(shipped_context, JATIM, body)
    assert not [f for f in figures if f[3] in FLAGS], figures
    assert [(f[1], f[5]) for f in figures if f[3] == "consistent"] == [
        (4492652, 1), (4434805, 3), (16716603, 2)], figures


def test_one_large_count_for_two_pairs_then_a_third_pair_guesses_nothing(shipped_context):
    # control: one province-sized count after "masing-masing" for two pairs, no tie said, is no
    # pair's from the list; the third pair's count after "sedangkan" stays its own
    figures = found(shipped_context, JATIM, "Rekapitulasi KPU di Jawa Timur selesai. "
                    "Anies-Muhaimin dan Ganjar-Mahfud masing-masing memperoleh 4.492.652 suara, "
                    "sedangkan Prabowo-Gibran 16.716.603 suara.")
    assert not [f for f in figures if f[3] in FLAGS], figures
    assert [(f[1], f[5]) for f in figures if f[3] == "consistent"] == [(16716603, 2)], figures
