"""Blind hunt 52 (Pemilu 2024 legislative results, alone and beside the Pilpres of the same
area; tests/corpus/findings/hunt.md, "Blind hunt 52"): the hunt's 28 pages raised no flag, but
its shapes probed on the same facts did. A party's figure written right after the pair it
backs was read as the pair's and graded against the pair's count. Short pages in our own
words with real figures: the Pilpres of DKI Jakarta and Jawa Tengah in the record
(Anies-Muhaimin 2.653.762 or 41,07 persen in DKI; Ganjar-Mahfud 7.827.335 in Jateng), PKS's
DPRD DKI result (1.012.028 suara, 16,68 persen: KPU DKI's decree 33/2024) and PDIP's
5.191.487 DPR votes in Jateng (KPU's national plenary of 11 March 2024)."""

from __future__ import annotations

import pytest

from builders import found, flags

TITLE = "Hasil Pemilu 2024 di Daerah"
DKI = ("Di DKI Jakarta, Prabowo-Gibran meraih 2.692.011 suara atau 41,67 persen, "
       "Anies-Muhaimin 2.653.762 suara atau 41,07 persen.")
JATENG = ("Di Jawa Tengah, Prabowo-Gibran meraih 12.096.454 suara, Ganjar-Mahfud 7.827.335 suara "
          "dan Anies-Muhaimin 2.866.373 suara.")


def _pairs(figures: list, value: float) -> list:
    """The ballot numbers the figure of `value` was given to (None: nobody's)."""
    return [f[5] for f in figures if f[1] == value]


# ---- A. The party as its own subject right after the pair it backs: "X yang diusung PKS
# meraih A, sedangkan PKS sendiri meraih B". "sendiri" ("itself") stood between the party and
# its verb, so the party was not seen owning B, which went to the pair named before (PKS's
# 16,68 persen graded discrepant as Anies-Muhaimin's 41,07).
ITSELF = [
    (DKI, "Di DKI Jakarta, Anies-Muhaimin yang diusung PKS meraih 41,07 persen, sedangkan PKS "
          "sendiri meraih 16,68 persen suara pileg DPRD.", 16.68),
    (DKI, "Di DKI Jakarta, Anies-Muhaimin yang diusung PKS meraih 41,07 persen, sedangkan PKS "
          "sendiri meraih 16,68 persen.", 16.68),
    (DKI, "Anies-Muhaimin yang diusung PKS unggul di banyak kecamatan. PKS sendiri juga meraih "
          "1.012.028 suara di DKI Jakarta.", 1012028),
]


@pytest.mark.parametrize("lead,body,value", ITSELF)
def test_a_party_itself_keeps_its_figure(shipped_context, lead, body, value):
    figures = found(shipped_context, TITLE, lead, body)
    assert not flags(figures), figures
    assert 1 not in _pairs(figures, value), figures


# ---- B. The party, then an apposition naming the pair it backs, then the party's verb:
# "PKS, pengusung Anies-Muhaimin, meraih 1.012.028 suara". The party is the subject; the
# figure was the pair's (discrepant against 2.653.762).
APPOSED = [
    (DKI, "PKS, pengusung Anies-Muhaimin, meraih 1.012.028 suara di DKI Jakarta.", 1012028, 1),
    (DKI, "Di DKI Jakarta, PKS, pendukung utama Anies-Muhaimin, mengantongi 16,68 persen.",
     16.68, 1),
    (JATENG, "Ganjar-Mahfud kalah, padahal PDIP menang pileg di provinsi itu. PDIP, pengusung "
             "Ganjar-Mahfud, meraih 5.191.487 suara di Jawa Tengah.", 5191487, 3),
]


@pytest.mark.parametrize("lead,body,value,pair", APPOSED)
def test_b_party_with_its_pair_in_apposition_keeps_its_figure(shipped_context, lead, body,
                                                              value, pair):
    figures = found(shipped_context, TITLE, lead, body)
    assert not flags(figures), figures
    assert pair not in _pairs(figures, value), figures


# ---- Controls: the pair's own figure beside these shapes stays the pair's and is graded.
def test_a_pairs_wrong_share_before_the_party_itself_is_still_flagged(shipped_context):
    figures = found(shipped_context, TITLE, DKI,
                    "Di DKI Jakarta, Anies-Muhaimin yang diusung PKS meraih 47,01 persen, "
                    "sedangkan PKS sendiri meraih 16,68 persen.")
    assert [(f[3], f[5]) for f in figures if f[1] == 47.01] == [("discrepant", 1)], figures
    assert 1 not in _pairs(figures, 16.68), figures


def test_a_pair_in_apposition_after_its_own_name_keeps_its_figure(shipped_context):
    # the pair is the subject and names its party in the apposition: its count, graded
    figures = found(shipped_context, TITLE, "Di DKI Jakarta, Prabowo-Gibran meraih 2.692.011 suara.",
                    "Anies-Muhaimin, pasangan yang diusung PKS, meraih 2.653.762 suara di DKI "
                    "Jakarta.")
    assert [(f[3], f[5]) for f in figures if f[1] == 2653762] == [("consistent", 1)], figures
