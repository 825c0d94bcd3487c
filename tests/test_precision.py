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
