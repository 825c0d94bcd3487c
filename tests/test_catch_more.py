"""Issue 10: more errors caught and more labels right, each tested on the smallest page that
shows it (the corpus pages behind them are named; the benchmark measures the rest)."""

from __future__ import annotations

import pytest

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot

RESULTS = ("<html><head><title>Hasil Real Count Pilgub Jateng 2024</title></head><body>"
           "<h1>Hasil Real Count Pilgub Jateng 2024</h1><p>Paslon 01 Andika-Hendi 40,82 persen, "
           "paslon 02 Luthfi-Yasin 59,18 persen.</p></body></html>")


def label(url: str, html: str = RESULTS) -> str:
    return check_snapshot(snapshot(url, html), context()).label


# ---- Labels: newsrooms a stored page shows to be verified by Dewan Pers or established
# (rules/sources.yaml, the widened part), regional ones included.
@pytest.mark.parametrize("url", [
    "https://www.rbg.id/politik/amp/94413421354/x",            # Radar Bogor
    "https://beritasampit.com/2024/12/04/x", "https://beritasampit.co.id/2024/12/04/x",
    "https://pasundannews.com/x/amp", "https://suaraindonesia.co.id/news/politik/x",
    "https://forumkeadilan.com/2024/03/20/x", "https://bloombergtechnoz.com/detail-news/1/x",
    "https://infobanknews.com/x",
    "https://kaltengpos.co/x", "https://progres.id/x", "https://apahabar.com/x",
    "https://radarlombok.co.id/x", "https://klikkalsel.com/x",
])
def test_verified_and_established_newsrooms_are_independent(url):
    assert label(url) == "independent"


def test_a_listed_newsroom_without_results_is_still_the_newsroom():
    # noresult-rbg-pendaftaran-calon-kepala-daerah: a registration schedule, no results; who
    # the page is does not depend on whether it states a result.
    html = ("<html><head><title>KPU Buka Pendaftaran Calon Kepala Daerah - RBG.id</title></head>"
            "<body><h1>KPU Buka Pendaftaran Calon Kepala Daerah</h1><p>Pendaftaran dibuka tiga "
            "hari, 27 sampai 29 Agustus 2024.</p></body></html>")
    assert label("https://www.rbg.id/politik/amp/1/x", html) == "independent"


@pytest.mark.parametrize("url", ["https://rbg.id.evil.xyz/x", "https://infobanknews.co/x",
                                 "https://progres-id.pages.dev/x"])
def test_lookalikes_of_the_new_entries_are_not_independent(url):
    assert label(url) != "independent"


@pytest.mark.parametrize("title", [
    "KPU Umumkan Jadwal Rekapitulasi Pilkada Serentak, Hasil Resmi Diumumkan 15 Desember 2024",
    "Hasil Resmi Pilkada Akan Diumumkan pada 15 Desember",
    "Hasil Akhir Pilpres Dijadwalkan Keluar 20 Maret 2024",
])
def test_a_headline_announcing_when_the_result_comes_is_not_a_result(title):
    # noresult-pintasan-jadwal-rekapitulasi-pilkada-15-desember: the date the result is due is
    # a schedule, not a result (PAG001 fired on "hasil resmi" in its headline).
    html = (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Rekapitulasi "
            "tingkat kecamatan berlangsung 28 November hingga 3 Desember 2024.</p></body></html>")
    assert label("https://pintasan.co/x", html) == "no_claims"


def test_a_headline_that_states_the_official_result_still_shows_one():
    html = ("<html><head><title>Hasil Resmi Diumumkan: Pramono-Rano Menang Pilkada Jakarta"
            "</title></head><body><h1>Hasil Resmi Diumumkan: Pramono-Rano Menang</h1><p>KPU DKI "
            "menetapkan hasil rekapitulasi.</p></body></html>")
    assert label("https://pintasan.co/x", html) == "unofficial"
