"""Precision first (issue 10): a figure is graded only when its election, race, region, pair,
basis and time are resolved from the page; anything weaker is listed unverifiable. Each test
is a wording pattern met on real pages, written in our own words with real figures (the
shipped record, as scripts/record_lookup.py prints it)."""

from __future__ import annotations

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims
from official_data import record_with_rekap

D = Decimal


def run(body: str, url: str = "https://berita.example/a"):
    snap = snapshot(url, body.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def graded(body: str, url: str = "https://berita.example/a") -> dict:
    """value -> status, for every claim the record grades (unverifiable ones left out)."""
    claims = run(body, url)
    compared = compare_claims(claims, record_with_rekap(), context().rules.thresholds)
    return {claims[c.claim].value: c.status for c in compared if c.status != "unverifiable"}


def statuses(body: str, url: str = "https://berita.example/a") -> dict:
    claims = run(body, url)
    compared = compare_claims(claims, record_with_rekap(), context().rules.thresholds)
    return {claims[c.claim].value: (c.status, c.reason) for c in compared}


# -- time: a real count is Sirekap at one moment -----------------------------------------------

def test_a_real_count_share_of_another_day_is_not_graded():
    # Sirekap's Pilpres count in Bali on 21 Feb 2024 (44,82 persen for Ganjar-Mahfud); the
    # record's snapshot is of 7 Mar (43.85): both true at their moment.
    found = graded("<h1>Real count Pilpres 2024</h1><p>Penghitungan sementara KPU lewat "
                   "Sirekap hingga Rabu (21/2/2024) pukul 09.00 WIB.</p><p>Di Bali, "
                   "Ganjar-Mahfud meraih 44,82 persen.</p>")
    assert found == {}


def test_a_real_count_vote_count_is_not_graded_against_the_plenary():
    # 16.937.627 votes in Sirekap's running count; the plenary decree says 27.040.878.
    found = graded("<h1>Real count Pilpres 2024</h1><p>Menurut real count KPU, "
                   "Ganjar-Mahfud sementara mengumpulkan 16.937.627 suara.</p>")
    assert found == {}


def test_an_impossible_real_count_share_is_still_caught():
    # The hoax: Anies-Muhaimin 89,9 persen nationally (24.95 in the plenary, 24.49 in Sirekap).
    found = graded("<h1>Real count Pilpres 2024 per 13 Maret 2024</h1><p>Real count KPU: "
                   "Anies-Muhaimin meraih 89,9 persen suara nasional.</p>")
    assert found == {D("89.9"): "discrepant"}


def test_progress_above_the_newest_reading_the_record_holds_is_not_called_wrong():
    # The record's Pilpres snapshot is of 7 Mar; Sirekap kept counting after it.
    found = statuses("<h1>Real count Pilpres 2024 di DKI Jakarta</h1><p>Real count Pilpres "
                     "2024 di DKI Jakarta: data masuk 99,50 persen.</p>")
    assert found and {s for s, _ in found.values()} == {"unverifiable"}


# -- election: a page cannot report an election held after it was published ----------------

def test_a_page_from_before_the_pilkada_names_no_pilkada_pair():
    # A fact-check of 29 Feb 2024 (its address says so): a word that happens to be the name
    # of a Pilkada candidate ("Ridwan Kamil", who stood in November) is not that candidate.
    body = ("<h1>Real count Pilpres 2024</h1><p>Ridwan Kamil-Suswono meraih 39,40 persen "
            "suara.</p>")
    assert {c.candidate_id for c in run(body, "https://cek.example/2024/12/01/a")} == \
        {"1000023"}
    claims = run(body, "https://cek.example/2024/02/29/a")
    assert all(c.candidate_id is None for c in claims)
    assert not graded(body, "https://cek.example/2024/02/29/a")


def test_a_former_office_is_not_the_race():
    # ANTARA Jatim, 20 Feb 2024, DPD real count: a senator candidate is "keponakan mantan
    # Gubernur Jatim Khofifah" (a 2024 governor candidate, elected in November).
    body = ("<title>Dua tokoh perempuan berpeluang lolos DPD Jatim</title><h1>Dua tokoh "
            "perempuan berpeluang lolos DPD Jatim di Pemilu 2024</h1><p>Lia "
            "Istifhama, keponakan mantan Gubernur Jatim Khofifah Indar Parawansa, membayangi "
            "dengan 1.726.688 suara atau 13,36 persen.</p>")
    assert all(c.candidate_id is None for c in run(body))
    assert not graded(body)


def test_a_ballot_number_spelled_out_names_the_pair():
    # A fact-check of 29 Feb 2024 quoting KPU's real count in words: "paslon nomor urut dua".
    claims = run("<h1>[SALAH] Update Real Count KPU Pilpres</h1><p>29 Februari 2024</p><p>"
                 "Menurut data KPU, capres-cawapres nomor urut dua unggul dengan 58,83% suara "
                 "nasional.</p>")
    assert [(c.nomor_urut, c.candidate_id, c.region_code) for c in claims] == \
        [(2, "100026", "")]


# -- what is not the figure the page claims -----------------------------------------------------

def test_the_old_value_of_a_correction_is_not_compared():
    claims = run("<h1>Rekapitulasi Pilgub Jatim 2024</h1><p>Setelah perbaikan, suara pasangan "
                 "Khofifah-Emil berubah dari 329.551 suara menjadi 308.293 suara.</p>")
    held = {c.value: c.hold for c in claims}
    assert held.get(329551) == "superseded"


def test_a_headline_data_percentage_is_progress_not_a_share():
    claims = run("<h1>Sirekap Pilpres 2024 KPU Data 78%: Anies 24,49%, Prabowo 58,82%</h1>")
    assert {(c.kind, c.value) for c in claims if c.value == 78} == {("progress", 78)}


# -- region: named in the figure's own place, or unclear ---------------------------------------

def test_regions_listed_together_do_not_scope_the_figure():
    body = ("<h1>Real count Pilpres 2024</h1><p>Anies-Muhaimin unggul di dua provinsi, Aceh dan "
            "Sumatera Barat, dan untuk sementara mengantongi 24,25 persen.</p>")
    assert {c.region_code for c in run(body)} != {"13"}
    assert not graded(body)


def test_figures_after_a_paragraph_about_kecamatan_are_not_the_province():
    body = ("<h1>Rekapitulasi Pilgub Jatim 2024</h1><p>Khofifah-Emil memperoleh 12.192.165 "
            "suara.</p><p>Bawaslu menemukan perbedaan di Kecamatan Bubutan dan Kecamatan "
            "Gubeng.</p><p>Setelah perbaikan, suara pasangan nomor urut 2 menjadi 308.293 "
            "suara.</p>")
    claims = run(body)
    assert {c.value: c.hold for c in claims}[308293] is not None
    assert graded(body) == {12192165: "consistent"}


def test_an_agency_dateline_is_not_the_region():
    body = ("<h1>Hoaks! Anies-Muhaimin unggul 89,9 persen</h1><p>Jakarta (ANTARA/JACX) – Video "
            "itu menyebut capres nomor urut 01, Anies Baswedan – Muhaimin Iskandar, memimpin "
            "Pilpres 2024 dengan 89,9 persen suara nasional.</p>")
    assert {c.region_code for c in run(body)} == {""}


def test_a_province_alone_does_not_make_a_pilpres_page_a_governor_race():
    # The page names the Pilpres and a governor: a province is no evidence of the race.
    body = ("<h1>Real count 2024</h1><p>Anies-Muhaimin dan Gubernur Jawa Tengah tertinggal di "
            "Pilpres 2024.</p><p>Di Sumatera Barat, data masuk 63,37 persen TPS.</p>")
    claims = run(body)
    assert claims and {c.kind for c in claims} == {"progress"}
    assert "governor" not in {c.race_kind for c in claims}


def test_a_paragraph_area_by_area_leaves_the_next_unnamed_figure_unclear():
    # A province-by-province blog: Bali's figures, then a paragraph naming no region.
    body = ("<h1>Real count Pilpres 2024</h1><p>Di Bali, Ganjar-Mahfud meraih 44,82 persen.</p>"
            "<p>Anies-Muhaimin mengantongi 24,25 persen.</p>")
    held = {c.value: (c.region_code, c.hold) for c in run(body)}
    assert held[D("24.25")] == (None, "region_unclear")


def test_a_place_named_without_figures_does_not_take_the_next_paragraph():
    # The venue of the plenary, or where a pair lost: not the area of the totals after it.
    body = ("<h1>Rekapitulasi Pilgub Jatim 2024</h1><p>KPU Jawa Timur menetapkan hasil "
            "rekapitulasi suara Pilgub Jatim 2024 untuk ketiga pasangan calon pada Minggu.</p>"
            "<p>Rapat pleno digelar di Kota Surabaya.</p>"
            "<p>Khofifah-Emil memperoleh 12.192.165 suara.</p>")
    assert graded(body) == {12192165: "consistent"}


def test_a_smaller_place_in_the_lead_holds_the_figure_rather_than_guess():
    # The same venue in the lead paragraph: the page may be the city's report of the race
    # (a city's plenary names its city there too), so the figure is held, never compared
    # with the province's result (scope gate, page_region_below; precision first).
    body = ("<h1>Rekapitulasi Pilgub Jatim 2024</h1><p>Rapat pleno digelar di Kota Surabaya."
            "</p><p>Khofifah-Emil memperoleh 12.192.165 suara.</p>")
    assert graded(body) == {}
    assert set(statuses(body).values()) == {("unverifiable", "page_region_below")}


def test_every_province_and_abroad_is_the_country():
    body = ("<h1>Rekapitulasi Pilpres 2024</h1><p>Jumlah suara sah dari 38 provinsi dan luar "
            "negeri mencapai 164.227.475. Dari jumlah itu, Prabowo-Gibran mengumpulkan "
            "96.214.691 suara.</p>")
    assert {c.value: c.region_code for c in run(body)}.get(96214691) == ""


def test_a_computed_progress_does_not_contradict_the_page():
    # The page writes 69,45 persen, then "21.367 dari 21.367 TPS": not read as 100 %.
    body = ("<h1>Real count Pilpres 2024 di DKI Jakarta</h1><p>Real count Pilpres 2024 pada "
            "Selasa (17/2/2024) untuk wilayah DKI Jakarta sudah mencapai 69,45 persen. Data "
            "yang masuk tercatat 21.367 dari 21.367 TPS.</p>")
    assert 100 not in {c.value for c in run(body) if c.kind == "progress"}


def test_a_vote_count_is_not_lined_up_with_one_of_several_progress_figures():
    # KPU's progress (99,84 persen) and a party's own count at 89,654 persen on one page: the
    # party's 1.267.001 votes for Koster-Giri are not Sirekap's at KPU's progress.
    body = ("<h1>Real count Pilkada Bali 2024</h1><p>Real count Pilgub Bali: data masuk 99,84 "
            "persen.</p><p>Data real count sementara PDIP, dengan data masuk 89,654 persen: "
            "Koster-Giri memperoleh 1.267.001 suara.</p>")
    assert 1267001 not in graded(body)


def test_the_basis_of_an_earlier_election_does_not_type_this_one():
    # "rekapitulasi nasional Pilpres 2019" types 2019's figure, not the 2024 running count.
    body = ("<h1>Suara Prabowo lampaui Pilpres 2019</h1><p>Menurut rekapitulasi nasional "
            "Pilpres 2019, Prabowo-Sandi meraih 68.650.239 suara.</p><p>Prabowo-Gibran kini "
            "memimpin perolehan suara Pilpres 2024 dengan 75.033.960 suara.</p>")
    assert {c.claim_type for c in run(body) if c.value == 75033960} != {"plenary"}


def test_a_province_on_a_pilkada_page_that_mentions_the_president_is_the_governor_race():
    # "Presiden Prabowo" is in Pilkada news too: only Pilpres words make a province ambiguous.
    body = ("<h1>Real count Pilkada 2024</h1><p>Presiden Prabowo ikut mencoblos.</p><p>Di "
            "Jawa Tengah, data masuk 99,12 persen.</p>")
    assert {c.race_kind for c in run(body) if c.kind == "progress"} == {"governor"}


def test_a_real_count_without_a_moment_is_graded_against_a_complete_count_only():
    # The DKI hoax states no time: Sirekap's reading of DKI is at 99.93 % of TPS, so "RK
    # 42,02%" is 2.62 points off the count as it stood. The Pilpres reading the record holds is
    # at 78 %: a timeless "real count" 0.8 points off it may be any earlier reading.
    assert graded("<p>Real count KPU Pilgub DKI Jakarta: Ridwan Kamil-Suswono 42,02%.</p>") == \
        {D("42.02"): "discrepant"}
    assert graded("<p>Real count Pilpres 2024: Prabowo-Gibran 58,00%.</p>") == {}
