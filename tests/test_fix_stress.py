"""Context a real news page carries beside its own race (issue 10, precision first): a paragraph
on another region's race, with its pair, votes, share and counting progress. Found by the
context-stress mode (benchmarks/stressed.py): the sentences are our own words around the
record's real figures of another race than the page's."""

from __future__ import annotations

import pytest

from test_fix_regency import _read


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    from checker.official.embedded import default_record
    return default_record(tmp_path_factory.mktemp("stress") / "record.sqlite3")


_GOVERNOR = ("<h1>Luthfi-Yasin unggul di Pilgub Jateng</h1><p>Menurut rekapitulasi KPU Jawa "
             "Tengah, pasangan nomor urut 2 Ahmad Luthfi-Taj Yasin meraih 59,14 persen suara, "
             "mengungguli Andika Perkasa-Hendrar Prihadi.</p>")


def test_progress_after_a_regency_pair_is_that_races(shipped):
    # Kabupaten Tegal's regent race: Sirekap 99,57 % in; the governor race there is at 99,49 %.
    found = _read(_GOVERNOR + "<p>Sementara itu di Pilkada Kabupaten Tegal, pasangan nomor urut "
                  "2, Ischak-Ahmad, memperoleh 539.628 suara atau 67,87 persen menurut hitung "
                  "Sirekap KPU per 28 November 2024 pukul 10.15 WIB, dengan data masuk 99,57 "
                  "persen.</p>", shipped)
    claim, comparison = next(v for k, v in found.items() if v[0].kind == "progress")
    assert (claim.race_kind, claim.race_region, claim.region_code) == \
        ("regent_mayor", "3328", "3328")
    assert comparison.status not in ("discrepant", "minor")


def test_progress_after_the_pages_own_pair_in_a_regency_stays_the_governor_races(shipped):
    # The governor pair's count in one kabupaten: its progress is the governor race's there.
    found = _read(_GOVERNOR + "<p>Di Kabupaten Tegal, pasangan nomor urut 2 Ahmad Luthfi-Taj "
                  "Yasin memperoleh 443.546 suara menurut hitung Sirekap KPU, dengan data masuk "
                  "99,49 persen.</p>", shipped)
    claim, _ = next(v for k, v in found.items() if v[0].kind == "progress")
    assert (claim.race_kind, claim.region_code) == ("governor", "3328")


_FLAGS = ("discrepant", "minor")


def test_a_teasers_place_is_not_the_place_of_the_paragraphs_after_it(shipped):
    # The teaser names the votes abroad; the article's next paragraph is the national plenary.
    found = _read("<h1>KPU tuntaskan rekapitulasi Pilpres 2024 di 38 provinsi</h1><p>KPU "
                  "menuntaskan rekapitulasi Pilpres 2024 pada Rabu (20/3/2024). Papua dan Papua "
                  "Pegunungan menjadi dua provinsi terakhir yang direkap.</p><p>Baca juga: "
                  "Prabowo-Gibran Unggul 63,73 Persen di Pilpres 2024 di Luar Negeri</p><p>"
                  "Hasilnya, Prabowo-Gibran memimpin dengan 96.214.691 suara atau 58,59 persen, "
                  "diikuti Anies-Muhaimin dengan 40.971.906 suara atau 24,95 persen, sementara "
                  "Ganjar-Mahfud di urutan ketiga dengan 27.040.878 suara atau 16,47 persen.</p>",
                  shipped)
    for value in ("58.59", "24.95", "16.47"):
        claim, comparison = next(v for k, v in found.items() if str(k) == value)
        assert claim.region_code != "99"
        assert comparison.status not in _FLAGS

