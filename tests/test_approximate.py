"""Figures the writer rounded ("kisaran 2,4 juta", "sekitar 3,3 juta"): a count in millions
with one decimal stands for any count its writer rounded or cut to that unit. Found on an
unseen page (corpus-k dev, KBO Babel on the Pilpres 2024 plenary: Anies-Cak Imin "di kisaran
2,4 juta" in Banten, where the record has 2.451.383) that was graded discrepant."""

from __future__ import annotations

from test_precision import statuses


def _banten(figure: str) -> str:
    return ("<h1>Hasil Rekapitulasi Pilpres 2024 di 16 Provinsi</h1>"
            "<p>KPU telah menuntaskan rekapitulasi suara Pilpres 2024 di 16 provinsi, Rabu "
            "(13/3/2024).</p><p>Di Banten, Prabowo-Gibran meraih lebih dari 4 juta suara, jauh "
            f"di atas Anies-Cak Imin yang mendapat suara di kisaran {figure} juta.</p>")


def test_a_count_cut_to_the_unit_it_is_written_in_is_not_discrepant():
    found = statuses(_banten("2,4"))
    assert 2400000 in found
    assert found[2400000][0] in ("consistent", "unverifiable"), found


def test_a_rounded_count_beyond_its_unit_is_still_caught():
    found = statuses(_banten("2,1"))
    assert found[2100000][0] == "discrepant", found
