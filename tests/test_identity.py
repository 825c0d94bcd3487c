"""Who a page is (issue 10 §2): the label each kind of address and page gets. The rule
examples test each finding alone; these test the verdict the table draws from them."""

from __future__ import annotations

import pytest

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot

NEWS = ("<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Kabar Kita\">"
        "</head><body><header>Kabar Kita</header><article><h1>{title}</h1><p>{body}</p>"
        "</article><footer>&copy; Kabar Kita</footer></body></html>")


def label(url: str, html: str = "<p>Halo.</p>") -> str:
    return check_snapshot(snapshot(url, html), context()).label


@pytest.mark.parametrize("url", [
    "https://kpu-go.id/", "https://kpú.go.id/", "https://kpu1.go.id/", "https://kpu.go.id.example/",
    "https://kрu.go.id/", "https://kpu-kedirikab.co.id/", "https://kpu.gо.id/",
])
def test_lookalikes_of_kpus_name_are_impostors_under_any_suffix(url):
    assert label(url) == "impostor"


@pytest.mark.parametrize("url", ["https://www.kpk.go.id/", "https://bawaslu.go.id/",
                                 "https://kedirikab.go.id/"])
def test_real_differently_named_bodies_are_not_impostors(url):
    assert label(url) == "no_claims"


def test_a_kpu_offices_former_go_id_address_is_kpus_own():
    report = check_snapshot(snapshot("http://www.kpu-kedirikab.go.id/berita",
                                     "<title>KPU Kabupaten Kediri</title><p>Pleno.</p>"), context())
    assert report.label == "official"
    assert {"DOM005"} <= report.codes() and not report.codes() & {"DOM001", "DOM004", "DOM013",
                                                                   "PAG011"}


@pytest.mark.parametrize("title, body", [
    ("Sirekap KPU: Pramono-Rano Unggul 50,07 Persen", "Di Pilgub Jakarta pasangan itu meraih 50,07 persen suara."),
    ("Real Count KPU Pilkada Bali, Koster-Giri 61,46 Persen", "Koster-Giri meraih 61,46 persen."),
    ("Link Resmi Real Count Pilkada 2024",
     "Warga bisa memantau pembaruannya langsung di laman resmi KPU. Paslon 03 unggul 50 persen."),
    ("Cara Cek Hasil Pilkada di Situs Resmi KPU", "Buka pilkada2024.kpu.go.id, paslon 01 51 persen."),
])
def test_an_unknown_news_site_citing_kpu_is_unofficial_not_impostor(title, body):
    report = check_snapshot(snapshot("https://kabarkita.example/x",
                                     NEWS.format(title=title, body=body)), context())
    assert report.label == "unofficial"
    assert "PAG014" in report.codes()


@pytest.mark.parametrize("html", [
    "<title>Situs Resmi KPU | Real Count</title><article><p>Paslon 01 51 persen.</p></article>",
    "<header>Situs Resmi KPU RI</header><main><p>Paslon 01 51 persen.</p></main>",
    "<main><p>Selamat datang di Situs Resmi KPU. Paslon 01 51 persen.</p></main>",
    "<meta property=\"og:site_name\" content=\"Real Count KPU\"><p>Paslon 01 51 persen.</p>",
])
def test_a_page_that_presents_itself_as_kpu_is_an_impostor(html):
    assert label("https://hasil2024.example/", html) == "impostor"
