"""Generated screenshots and graphics (tests/fixtures/images, scripts/make_test_images.py)
read by Tesseract and checked by the same core as a page. Each image's truth file says what
it shows; these tests hold a few of them to it (benchmarks/bench_images.py measures all)."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from builders import context
from checker.image.check import check_image
from checker.report.formats import render, report_dict

IMAGES = Path(__file__).parent / "fixtures" / "images"

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None,
                                reason="tesseract not installed (.ci/run installs it)")


@lru_cache(maxsize=None)
def checked(name: str):
    return check_image((IMAGES / name).read_bytes(), name, context())


def truth(name: str) -> dict:
    return json.loads((IMAGES / f"{name}.json").read_text("utf-8"))


def _figures(report):
    """(region, pair, kind, value) of every claim resolved to a candidate."""
    return {(c.race_region if c.race_region is not None else c.region_code, c.nomor_urut, c.kind,
             str(c.value)) for c in report.claims if c.candidate_id}


def _truth_figures(t):
    return {(f["region"], f["pair"], f["kind"], f["value"]) for f in t["figures"]}


def test_the_rido_hoax_graphic_is_an_impostor_and_its_figures_are_caught():
    report, decoded = checked("graphic-kpu-rido-dki.png")
    assert report.label == "impostor" and "PAG013" in report.codes()  # "REAL COUNT KPU" title
    assert report.image.address is None and report.source.host == ""
    assert not any(f.code.startswith("DOM") for f in report.findings)  # no address, no domain
    assert _figures(report) == _truth_figures(truth("graphic-kpu-rido-dki.png"))
    status = {str(report.claims[c.claim].value): c.status for c in report.comparisons}
    assert status[str(Decimal("42.02"))] == "discrepant" and status["10.53"] == "consistent"
    assert len(report.image.regions) == 3  # each figure's row is boxed in the report


def test_a_phone_screenshot_is_judged_by_its_address_bar():
    report, _ = checked("shot-phone-vercel-banten.png")
    assert report.image.address_kind == "bar" and report.source.host == "kpu-realcount.vercel.app"
    assert {"DOM013", "DOM020", "FIG020"} <= report.codes() and report.label == "impostor"
    data = report_dict(report, context().rules, "en")
    assert data["source"]["kind"] == "image" and data["image"]["width"] == 1080
    assert data["image"]["height"] == 2400 and len(data["image"]["sha256"]) == 64


def test_a_screenshot_of_a_screenshot_still_shows_its_address_and_figures():
    name = "shot-desktop-datapemilu-dki-sos.jpg"
    report, _ = checked(name)
    assert report.source.registered_domain == "data-pemilu.pages.dev"
    assert report.label == "unofficial" and report.figures_status == "consistent"
    shares = {f for f in _truth_figures(truth(name)) if f[2] == "share"}
    assert shares <= _figures(report)


def test_a_cited_kpu_source_is_not_identity_and_no_address_is_said():
    report, _ = checked("graphic-news-dki-cites-kpu-chat.jpg")
    assert report.label == "unofficial" and report.image.address is None
    assert ("https://pilkada2024.kpu.go.id/", "cited") in report.image.addresses
    text = render(report, context().rules, "text", "en")
    assert "shows no web address; it was judged on its content alone" in text


def test_the_html_report_shows_the_image_with_claims_outlined():
    report, _ = checked("graphic-kpu-rido-dki.png")
    html = render(report, context().rules, "html", "id")
    assert 'src="data:image/jpeg;base64,' in html and "Kotak: angka yang dibaca" in html
    assert report.image.preview[:2] == b"\xff\xd8"


@pytest.mark.parametrize("name, fmt, frames", [
    ("graphic-kpu-rido-dki-anim.gif", "GIF", 3),
    ("shot-phone-datapemilu-jabar-chat.webp", "WEBP", 1),
])
def test_webp_and_the_first_frame_of_a_gif_are_read_like_the_original(name, fmt, frames):
    report, _ = checked(name)
    t = truth(name)
    assert report.image.format == fmt and report.image.frames == frames
    assert report.source.content_type == f"image/{fmt.lower()}"
    assert _figures(report) == _truth_figures(t) and report.label == t["expected_label"]
    if t["address"]:
        assert report.source.host == t["address"].split("/")[0]


def test_a_phone_screenshot_of_a_news_table_reads_every_column():
    """A news site's tight phone table (detik-like): names wrapped over three lines, the
    votes a space after the longest name, the ballot number a letter before it."""
    name = "shot-phone-detik-dki.png"
    report, _ = checked(name)
    assert _figures(report) == _truth_figures(truth(name))
    assert report.label == "independent" and report.figures_status == "consistent"


def test_a_screenshot_of_a_screenshot_keeps_the_cells_standing_alone():
    """The ballot numbers and the share beside a three-line name stand alone in the table;
    sparse-text OCR reads them (the full-page layout dropped them), so the planted wrong
    share is caught."""
    name = "shot-phone-noaddress-jabar-sos.jpg"
    report, _ = checked(name)
    assert _figures(report) == _truth_figures(truth(name))
    status = {(c.nomor_urut, str(c.value)): cmp.status
              for c, cmp in zip(report.claims, report.comparisons)}
    assert status[(4, "58.29")] == "discrepant"
