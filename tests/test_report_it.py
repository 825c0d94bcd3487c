"""What to do next (issue 13 item 10): impostor and unofficial reports say where to report the
page - its host's abuse page, a listed registry's, Komdigi's Aduan Konten and Bawaslu - each
with its source, and give a report text to paste, in every format; a page that is gone
(HTTP 404, DNS failure, connection refused) points to its web-archive copies instead."""

from __future__ import annotations

import dataclasses
import re

import pytest

from builders import context
from checker.errors import CheckError
from checker.report.formats import render, report_dict
from checker.report.messages import error_line
from checker.report.reporting import archive_links
from checker.store.reports import ReportStore
from test_golden import _report
from web_helpers import client, make_app

PAGES_DEV = "unofficial_data_pemilu_pages_dev"   # Cloudflare Pages
VERCEL = "impostor_vercel_tenant"                # no abuse page listed for Vercel
OFFICIAL = "official_via_shortener"


@pytest.fixture(scope="module")
def rules():
    return context().rules


def _with_source(report, **changes):
    return dataclasses.replace(report, source=dataclasses.replace(report.source, **changes))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_json_names_each_place_with_its_source_and_a_text_to_send(rules, lang):
    _, _, report = _report(PAGES_DEV)
    doc = report_dict(report, rules, lang)
    it = doc["report_it"]
    assert [c["kind"] for c in it["channels"]] == ["platform", "government",
                                                   "election_supervisor"]
    platform, government, bawaslu = it["channels"]
    assert platform["name"] == "Cloudflare Pages"
    assert platform["url"] == "https://abuse.cloudflare.com/"
    assert government["url"] == "https://aduankonten.id/"
    assert bawaslu["url"] == "https://sigaplapor.bawaslu.go.id/"
    for channel in it["channels"]:
        assert re.search(r"https://\S+", channel["source"]), channel  # cited
        assert channel["note"] and channel["name"]
    text = it["text"]
    assert report.source.final_url in text and report.source.sha256 in text
    assert doc["verdict"]["title"] in text
    for reason in doc["summary"]["reasons"]:
        assert reason["title"] in text
    assert ("Alasan" if lang == "id" else "Why") in text
    assert doc["archive_copies"] == []  # the page answered


def test_only_impostor_and_unofficial_pages_get_it(rules):
    _, _, official = _report(OFFICIAL)
    assert report_dict(official, rules)["report_it"] is None
    for fmt, word in (("text", "LAPORKAN"), ("md", "## Laporkan"),
                      ("html", '<section class="report-it"')):
        assert word not in render(official, rules, fmt, "id")
    _, _, impostor = _report(VERCEL)
    assert impostor.label == "impostor"
    kinds = [c["kind"] for c in report_dict(impostor, rules)["report_it"]["channels"]]
    assert kinds == ["government", "election_supervisor"]  # no abuse page known for Vercel


def test_a_site_on_its_own_domain_gets_its_registry_when_listed(rules):
    _, _, report = _report(VERCEL)
    own = _with_source(report, host="kpu-hasil.org", registered_domain="kpu-hasil.org",
                       hosting_platform=None)
    channels = report_dict(own, rules)["report_it"]["channels"]
    assert channels[0]["kind"] == "registry" and channels[0]["url"] == "https://pir.org/report-abuse/"
    unknown = _with_source(own, host="kpu-hasil.xyz", registered_domain="kpu-hasil.xyz")
    assert [c["kind"] for c in report_dict(unknown, rules)["report_it"]["channels"]] == [
        "government", "election_supervisor"]  # no registry is invented


def test_text_shows_the_places_and_with_full_the_text_and_sources(rules):
    _, _, report = _report(PAGES_DEV)
    short = render(report, rules, "text", "id")
    section = short[short.index("LAPORKAN"):]
    assert "https://abuse.cloudflare.com/" in section and "https://aduankonten.id/" in section
    assert "--full" in section and report.source.sha256 not in section
    full = render(report, rules, "text", "en", full=True)
    section = full[full.index("REPORT IT"):]
    assert "Source: Cloudflare docs" in section
    assert "Report text (ready to copy):" in section and report.source.sha256 in section


def test_markdown_and_html_carry_the_section(rules):
    _, _, report = _report(PAGES_DEV)
    md = render(report, rules, "md", "id")
    assert "## Laporkan" in md and "https://aduankonten.id/" in md
    assert f"> Laporan tentang halaman {report.source.final_url}" in md
    html = render(report, rules, "html", "en")
    assert '<section class="report-it"' in html
    assert 'href="https://abuse.cloudflare.com/"' in html
    assert 'href="https://sigaplapor.bawaslu.go.id/"' in html
    assert re.search(r'<textarea class="report-text"[^>]*>Report about the page', html)
    assert "Full report:" not in html  # a file report has no permanent link


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_the_web_report_text_carries_its_permanent_link(tmp_path, rules):
    _, _, report = _report(PAGES_DEV)
    with ReportStore(tmp_path / "web.sqlite3", rules) as store:
        rid = store.save(report, kind="live", url=report.source.final_url)
    app = make_app(tmp_path)
    async with client(app) as http:
        page = await http.get(f"/reports/{rid}")
        api = await http.get(f"/reports/{rid}.json")
    assert page.status_code == 200
    text = re.search(r'<textarea class="report-text"[^>]*>(.*?)</textarea>', page.text, re.S)
    assert text and f"/reports/{rid}" in text.group(1) and "Laporan lengkap:" in text.group(1)
    assert api.json()["report_it"]["channels"][0]["url"] == "https://abuse.cloudflare.com/"


def test_a_page_that_is_gone_lists_its_archived_copies(rules):
    _, _, report = _report(PAGES_DEV)
    gone = _with_source(report, status=404, origin="live")
    url = gone.source.final_url
    doc = report_dict(gone, rules, "en")
    assert [a["url"] for a in doc["archive_copies"]] == [
        "https://web.archive.org/web/*/" + url, "https://archive.ph/" + url]
    text = render(gone, rules, "text", "en")
    assert "This page is gone (HTTP 404)" in text and "https://archive.ph/" + url in text
    assert f"(<https://web.archive.org/web/*/{url}>)" in render(gone, rules, "md", "id")
    assert f'href="https://archive.ph/{url}"' in render(gone, rules, "html", "id")
    saved = _with_source(gone, origin="file")  # a saved file has no status to speak of
    assert report_dict(saved, rules)["archive_copies"] == []


def test_archive_links_are_built_safely():
    assert archive_links("javascript:alert(1)") == [] == archive_links(None)
    for odd in ('https://x.example/a b', 'https://x.example/"><script>', "https://x/\\n"):
        assert archive_links(odd) == []  # not a plain web address: no link at all
    links = archive_links("https://x.example/hasil{1}|ü?q=a b")
    assert archive_links("https://x.example/hasil{1}|ü")[0]["url"] == (
        "https://web.archive.org/web/*/https://x.example/hasil%7B1%7D%7C%C3%BC")
    assert links == []  # a space anywhere: refused


@pytest.mark.parametrize("lang", ["id", "en"])
def test_errors_of_a_gone_site_offer_its_archived_copies(lang):
    dns = error_line(CheckError("dns_failed", host="hilang.example",
                                url="https://hilang.example/hasil"), lang)
    assert "https://web.archive.org/web/*/https://hilang.example/hasil" in dns
    assert "https://archive.ph/https://hilang.example/hasil" in dns and "\n" not in dns
    refused = error_line(CheckError("connect_failed", host="mati.example", reason="refused"),
                         lang)
    assert "https://archive.ph/https://mati.example/" in refused  # the host, when no URL
    assert "archive" not in error_line(CheckError("timeout", url="https://x/", seconds=5), lang)
