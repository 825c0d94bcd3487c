"""Context a real news page carries beside its own race (issue 10, precision first): a paragraph
on another region's race, with its pair, votes, share and counting progress. Found by the
context-stress mode (benchmarks/stressed.py): the sentences are our own words around the
record's real figures of another race than the page's.

Branch fix-stress: a background paragraph recalling an earlier election beside its own figure,
a PSU report's date pushed down by a teaser, must leave the page's own figures their election,
race and region. Short pages in our own words with the real figures of the dev page named
beside each case."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim
from test_fix_regency import _read


_GOVERNOR = ("<h1>Luthfi-Yasin unggul di Pilgub Jateng</h1><p>Menurut rekapitulasi KPU Jawa "
             "Tengah, pasangan nomor urut 2 Ahmad Luthfi-Taj Yasin meraih 59,14 persen suara, "
             "mengungguli Andika Perkasa-Hendrar Prihadi.</p>")


def test_progress_after_a_regency_pair_is_that_races(shipped_record):
    # Kabupaten Tegal's regent race: Sirekap 99,57 % in; the governor race there is at 99,49 %.
    found = _read(_GOVERNOR + "<p>Sementara itu di Pilkada Kabupaten Tegal, pasangan nomor urut "
                  "2, Ischak-Ahmad, memperoleh 539.628 suara atau 67,87 persen menurut hitung "
                  "Sirekap KPU per 28 November 2024 pukul 10.15 WIB, dengan data masuk 99,57 "
                  "persen.</p>", shipped_record)
    claim, comparison = next(v for k, v in found.items() if v[0].kind == "progress")
    assert (claim.race_kind, claim.race_region, claim.region_code) == \
        ("regent_mayor", "3328", "3328")
    assert comparison.status not in ("discrepant", "minor")


def test_progress_after_the_pages_own_pair_in_a_regency_stays_the_governor_races(shipped_record):
    # The governor pair's count in one kabupaten: its progress is the governor race's there.
    found = _read(_GOVERNOR + "<p>Di Kabupaten Tegal, pasangan nomor urut 2 Ahmad Luthfi-Taj "
                  "Yasin memperoleh 443.546 suara menurut hitung Sirekap KPU, dengan data masuk "
                  "99,49 persen.</p>", shipped_record)
    claim, _ = next(v for k, v in found.items() if v[0].kind == "progress")
    assert (claim.race_kind, claim.region_code) == ("governor", "3328")


_FLAGS = ("discrepant", "minor")


def test_a_teasers_place_is_not_the_place_of_the_paragraphs_after_it(shipped_record):
    # The teaser names the votes abroad; the article's next paragraph is the national plenary.
    found = _read("<h1>KPU tuntaskan rekapitulasi Pilpres 2024 di 38 provinsi</h1><p>KPU "
                  "menuntaskan rekapitulasi Pilpres 2024 pada Rabu (20/3/2024). Papua dan Papua "
                  "Pegunungan menjadi dua provinsi terakhir yang direkap.</p><p>Baca juga: "
                  "Prabowo-Gibran Unggul 63,73 Persen di Pilpres 2024 di Luar Negeri</p><p>"
                  "Hasilnya, Prabowo-Gibran memimpin dengan 96.214.691 suara atau 58,59 persen, "
                  "diikuti Anies-Muhaimin dengan 40.971.906 suara atau 24,95 persen, sementara "
                  "Ganjar-Mahfud di urutan ketiga dengan 27.040.878 suara atau 16,47 persen.</p>",
                  shipped_record)
    for value in ("58.59", "24.95", "16.47"):
        claim, comparison = next(v for k, v in found.items() if str(k) == value)
        assert claim.region_code != "99"
        assert comparison.status not in _FLAGS


# ---- 1. A recalled earlier election beside its own figure, after the page's figures, is that
# figure's scope, not the page's election (news-riaumandiri-siak-14-kecamatan: Pilkada Siak
# 2024, its year never written, lost every figure to "Pilkada 2018" in the stressed run).
SIAK_TITLE = "Rekapitulasi Rampung: Afni-Syamsurizal Suara Terbanyak Pilkada Siak"
SIAK = ("<p>Pasangan Afni Zulkifli-Syamsurizal unggul dalam pemilihan Bupati Siak, menurut "
        "pleno rekapitulasi KPU Kabupaten Siak, Rabu (4/12).</p>"
        "<p>Dari rekapitulasi itu, pasangan Afni Zulkifli-Syamsurizal memperoleh 82.319 suara, "
        "pasangan Alfedri-Husni Merza mendulang 82.095 suara, dan pasangan Irving Kahar "
        "Arifin-Sugianto sebanyak 37.988 suara.</p>{snippet}")
RECALLS = {
    "past": "<p>Pada Pilkada 2018 lalu, pasangan Abdul Gani Kasuba - M. Al Yasin Ali memperoleh "
            "30,06 persen di Maluku Utara.</p>",
    "past_self": "<p>Ini bukan kali pertama ia bertarung. Pada Pilkada 2018, Rusda Mahmud - "
                 "Sjafei Kahar memperoleh 358.537 suara di Sulawesi Tenggara.</p>",
    "turnout": "<p>Tingkat partisipasi pemilih di DKI Jakarta pada Pilkada 2017 tercatat 75,00 "
               "persen.</p>",
    "seats": "<p>Salah satu partai pengusung, Golkar, pada Pemilu 2019 lalu meraih 13 kursi di "
             "DPRD Jawa Timur.</p>",
    "pilpres": "<p>Pada Pilpres 2019 silam, pasangan Prabowo Subianto-Sandiaga Uno memperoleh "
               "57,02 persen di Riau.</p>",
}


def _of(report, value) -> list:
    return [c for c, _ in every_claim(report) if c.kind == "votes" and c.value == Decimal(value)]


def _siak_figures(report) -> list:
    return [c for value in ("82319", "82095", "37988") for c in _of(report, value)]


@pytest.mark.parametrize("kind", sorted(RECALLS))
def test_a_recalled_election_leaves_the_page_s_own_figures_their_race(kind):
    report = check_article(SIAK_TITLE, SIAK.format(snippet=RECALLS[kind]))
    own = _siak_figures(report)
    assert len(own) == 3, own
    assert {(c.election, c.race_kind, c.race_region) for c in own} == \
        {("pilkada2024", "regent_mayor", "1408")}, own


def test_the_clean_page_reads_the_same():  # control: what the recall must not change
    own = _siak_figures(check_article(SIAK_TITLE, SIAK.format(snippet="")))
    assert {(c.election, c.race_kind, c.race_region) for c in own} == \
        {("pilkada2024", "regent_mayor", "1408")}, own


def test_the_recalled_figure_keeps_its_own_election():
    # the recall's own figure is still dated by its sentence: never graded as a 2024 result
    report = check_article(SIAK_TITLE, SIAK.format(snippet=RECALLS["past_self"]))
    recalled = _of(report, "358537")
    assert recalled and all(c.election == "pilkada2018" for c in recalled), recalled


# ---- 2. A page about an earlier election that names it in its lead keeps it, recall or not
# (pilkada-era-sulsel-2020-12-daerah: "Pilkada serentak 2020" in the lead, the regencies'
# figures after it; a Pilpres 2019 recall made them the president's race).
ERA_TITLE = "Berikut Hasil Sementara Real Count Pilkada 12 Daerah di Sulsel"
ERA = ("<p>KPU sudah menghitung perolehan suara Pilkada serentak 2020 di banyak daerah, termasuk "
       "12 kabupaten/kota di Sulawesi Selatan.</p>"
       "<p>Di Kabupaten Maros, pasangan A.S Chaidir Syam - Suhartina Bohari mengantongi 42,6 "
       "persen atau 56.185 suara. Di Kabupaten Barru, pasangan Suardi Saleh - Aska Mappe meraih "
       "47,2 persen dari 31.230 suara.</p>{snippet}")


@pytest.mark.parametrize("snippet", ["", RECALLS["pilpres"].replace("Riau", "Sulawesi Selatan")],
                         ids=["clean", "pilpres-2019-recalled"])
def test_an_earlier_election_named_in_the_lead_stays_the_page_s(snippet):
    report = check_article(ERA_TITLE, ERA.format(snippet=snippet))
    own = _of(report, "56185") + _of(report, "31230")
    assert len(own) == 2, own
    assert {(c.election, c.race_kind) for c in own} == {("pilkada2020", "regent_mayor")}, own
    assert {c.race_region for c in own} == {"7309", "7311"}, own


def test_a_lead_naming_its_election_with_its_first_figure_still_dates_the_page():
    # control: no figure before it, so the lead's "Pilkada 2020" is the page's, not a recall
    body = ("<p>Pada Pilkada 2020, pasangan A.S Chaidir Syam - Suhartina Bohari mengantongi "
            "42,6 persen di Kabupaten Maros.</p><p>Di Kabupaten Barru, pasangan Suardi Saleh - "
            "Aska Mappe meraih 47,2 persen dari 31.230 suara.</p>")
    own = _of(check_article(ERA_TITLE, body), "31230")
    assert own and all(c.election == "pilkada2020" for c in own), own


# ---- 3. A Pilpres 2019 page keeps its election beside a recalled Pilkada
# (pilpres-idntimes-sulsel-situng-2019: its figures went to "Pilkada 2017" of a turnout line).
def test_a_pilpres_2019_page_keeps_its_election_beside_a_recalled_pilkada():
    # (no year on the page: its address and byline give none, "Jumat (19/4)")
    body = ("<p>Real count sementara KPU di Sulawesi Selatan, Jumat (19/4), baru menerima data "
            "dari 726 TPS, setara 2,7 persen dari 26.533 TPS.</p><p>Dalam real count sementara "
            "Pilpres, Prabowo Subianto-Sandiaga Uno mengumpulkan 77.605 suara atau 57,02 persen. "
            "Joko Widodo-Ma'ruf Amin mendapat 58.489 suara atau 42,98 persen.</p>"
            + RECALLS["turnout"])
    report = check_article("Real Count 2,7 Persen: Prabowo Unggul di 15 Daerah Sulsel", body)
    own = _of(report, "77605") + _of(report, "58489")
    assert len(own) == 2 and {c.election for c in own} == {"pemilu2019"}, own


# ---- 4. A PSU headline, its date at the end of a short report: a teaser or paragraph put
# before the date must not lose the re-vote (news-antarasumbar-psu-magetan-hasil-akhir: 12
# figures lost under every kind of snippet).
PSU_TITLE = "Meski Kalah PSU, Pasangan Nanik-Suyatni Unggul Tipis di Pilkada Magetan"
PSU = ("<p>Dalam pemungutan suara ulang (PSU) Sabtu (22/3) di empat TPS, paslon nomor 1 "
       "Nanik-Suyatni mengumpulkan 904 suara. Sebelumnya Nanik-Suyatni sudah mengantongi "
       "136.444 suara, sehingga hasil akhirnya menjadi 137.345 suara.</p>{filler}"
       "<p>Sesuai jadwal, KPU Magetan akan merekapitulasi hasil perolehan suara pada "
       "{day}.</p>")
FILLER = "".join(f"<p>Baca juga: Berita lain nomor {n} tentang pilkada di daerah "
                 f"tetangga yang juga ramai dibicarakan warga.</p>" for n in range(12))


# another race's paragraph, dated by its own count's moment, after the page's figures
OTHER_RACE = ("<p>Sementara itu pada Pilkada Kabupaten Tegal, pasangan nomor urut 2, Ischak-Ahmad, "
              "memperoleh 539.628 suara atau 67,87 persen menurut Sirekap KPU per 28 November "
              "2024 pukul 10.15 WIB.</p>")


@pytest.mark.parametrize("filler", ["", FILLER, OTHER_RACE],
                         ids=["short", "pushed-down", "another-race-dated"])
def test_a_psu_report_dated_after_the_round_is_the_re_vote(filler):
    report = check_article(PSU_TITLE, PSU.format(filler=filler, day="24 Maret 2025"))
    total = _of(report, "137345")
    assert total and all(c.election == "pilkada2024-psu" for c in total), total


def test_a_psu_report_dated_in_the_round_s_year_stays_in_the_round():
    # control: a PSU at a few TPS before the plenary (December 2024) is the round's count
    report = check_article(PSU_TITLE, PSU.format(filler=FILLER, day="6 Desember 2024"))
    total = _of(report, "137345")
    assert total and all(c.election == "pilkada2024" for c in total), total

