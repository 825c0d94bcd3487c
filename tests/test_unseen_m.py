"""Wrong answers met on pages never seen while tuning (issue 10, corpus-m: the dev pages of
tests/corpus/batches/corpus-m.txt, measured alone before any change;
tests/corpus/findings/corpus-m.md). Each test is the wording pattern behind one wrong answer,
in our own words with the real figures of those pages."""

from __future__ import annotations

from decimal import Decimal

from test_precision import graded, run

D = Decimal

# KPU's national recap as it stood on 19 Mar 2024 (36 of 38 provinces), next to PDI-P's share
# of the DPR vote; the headline puts the two side by side.
_RECAP = (
    "<html><head><title>Rekapitulasi Nasional, Prabowo 58,51% PDIP 17,96% - Harian</title>"
    "</head><body><article><h1>Rekapitulasi Nasional, Prabowo 58,51% PDIP 17,96%</h1>"
    "<p>Jakarta - KPU mengumumkan hasil rekapitulasi pemilu legislatif dan presiden.</p>"
    "<p>Secara keseluruhan, Prabowo-Gibran mengumpulkan 94.569.530 suara atau 58,51% dari "
    "suara sah. Dalam Pileg, PDI-P meraih suara terbanyak, yakni 21,9 juta suara (17,96%).</p>"
    "<p>Sampai Selasa (19/3/2024), KPU sudah merekapitulasi suara nasional di 36 provinsi. "
    "Tersisa dua provinsi yang belum direkapitulasi.</p>"
    "<p>Secara keseluruhan, Prabowo-Gibran meraup 94.569.530 suara atau 58,51% dari total "
    "suara sah. Anies-Muhaimin memperoleh 40.494.840 atau 25,05% dari suara sah.</p>"
    "</article></body></html>")


def test_a_partys_share_is_never_a_pairs():
    # "Prabowo 58,51% PDIP 17,96%" (Surabaya Pagi): 17,96 was read as Prabowo's share and
    # graded discrepant against 58,59. A figure whose nearest owner is a party (PDIP, PDI-P,
    # Gerindra, Golkar ...) is the party's: a legislative figure, never a pair's.
    claims = run(_RECAP)
    party = [c for c in claims if c.value == D("17.96")]
    assert party and all(c.race_kind is None and c.candidate_id is None for c in party)
    assert D("17.96") not in graded(_RECAP)
    # A party that backs the pair is not the figure's owner.
    backed = run("<h1>Pilkada Buleleng 2024</h1><p>Pasangan Sutjidra-Supriatna yang diusung "
                 "PDIP meraih 227.312 suara.</p>")
    assert [c.race_kind for c in backed if c.value == 227312] == ["regent_mayor"]


def test_a_count_the_page_states_as_partial_is_partial_wherever_it_is_written():
    # The lead gives the recap's figures before the paragraph that says it stood at 36
    # provinces: the same count is the same partial tally, never graded against the final.
    assert graded(_RECAP) == {}
