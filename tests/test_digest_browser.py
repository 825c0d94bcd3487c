"""Issue 13, items 3 and 7 in a real headless Chromium (Debian's): the crawl digest fits a 375 px
phone with no sideways scroll (scrollWidth <= innerWidth), as the file the crawl writes and as
the page `cekresmi serve` shows, in both languages; the headline and the act-on list come first
on the phone's first screen; thumbnails load under the file's own CSP (data: only)."""

from __future__ import annotations

import io
import threading
import time
from dataclasses import replace
from datetime import datetime, timezone

import pytest
from PIL import Image

from builders import context, snapshot
from loopback import RESULTS_PAGE
from checker.analyse.pipeline import check_snapshot
from checker.crawl.digest import build_digest
from checker.crawl.digest_files import write_digest
from checker.models import Rendering
from checker.report import codec as reportcodec
from checker.store.crawls import CheckRow, CrawlStore, QueueItem, WatchEntry
from checker.web import Settings, create_app
from test_web_browser import ARGS, CHROMIUM, PHONE, _fits, _shot, playwright_api

LONG = "https://sangat-panjang-sekali-nama-situsnya-hasil-real-count-pilkada.pages.dev/" + (
    "gubernur/dki-jakarta/" * 6) + "?" + "x" * 120
FAKE = RESULTS_PAGE.replace("<title>", "<title>Situs Resmi KPU " + "Real Count " * 20)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1280, 3000), (30, 60, 160)).save(out, "PNG")
    return out.getvalue()


def _report(url, html=RESULTS_PAGE, shot=None):
    report = check_snapshot(snapshot(url, html), context())
    if shot:
        report = replace(report, rendering=Rendering(
            html=html, screenshot=shot, rendered_at=datetime(2024, 12, 8, tzinfo=timezone.utc),
            browser="Chromium", finished=True, requests=0))
    return report


def _rows(crawl, pages):
    out = []
    for url, report in pages:
        out.append(CheckRow(url=url, host=url.split("/")[2], crawl=crawl, label=report.label,
                            figures_status=report.figures_status, http_status=200,
                            final_url=url, report=reportcodec.dumps(report),
                            note="catatan redaksi " + "panjang " * 30))
    return out


def _pages(later: bool):
    changed = RESULTS_PAGE.replace("50,07", "57,07").replace("39,40", "32,40")
    pages = [(LONG, _report(LONG, changed if later else RESULTS_PAGE))]
    if later:
        pages.append(("https://kpu-go.id.example/", _report("https://kpu-go.id.example/", FAKE,
                                                             _png())))
    return pages


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A digest folder written as `cekresmi crawl --out` writes it, and the same two crawls in
    the store a service reads."""
    root = tmp_path_factory.mktemp("digest-browser")
    old, new = _rows("1", _pages(False)), _rows("2", _pages(True))
    decoded = lambda rows: {r.url: reportcodec.loads(r.report) for r in rows}  # noqa: E731
    reports = decoded(new)
    d = build_digest({"id": "2", "started_at": "2024-12-08T03:00:00+00:00",
                      "finished_at": "2024-12-08T03:05:00+00:00"}, new, reports,
                     {"id": "1", "started_at": "2024-12-07T03:00:00+00:00",
                      "finished_at": "2024-12-07T03:04:00+00:00"}, old, decoded(old),
                     {LONG.split("/")[2]})
    for lang in ("id", "en"):
        write_digest(root / lang, d, reports, context().rules, lang)
    with CrawlStore(root / "web.sqlite3") as store:
        store.watch_add([WatchEntry(LONG, "catatan " * 40)])
        for crawl, rows in (("1", old), ("2", new)):
            crawl_id, _ = store.open_crawl([QueueItem(r.url) for r in rows], crawl_id=crawl)
            for row in rows:
                store.record(crawl_id, replace(row, crawl=crawl_id))
            store.finish(crawl_id)
    return root


@pytest.fixture(scope="module")
def service(folder):
    import uvicorn

    app = create_app(Settings(db=str(folder / "web.sqlite3")), context=context())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://localhost:{server.servers[0].sockets[0].getsockname()[1]}"
    server.should_exit = True
    thread.join(10)


def _phone(browser):
    return browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                               has_touch=True)


def test_the_digest_file_fits_a_phone_and_opens_with_what_to_act_on(browser, folder):
    context_ = _phone(browser)
    page = context_.new_page()
    try:
        for lang in ("id", "en"):
            page.goto((folder / lang / "digest.html").as_uri())
            width, inner = _fits(page)
            assert width <= inner, (lang, width, inner)
            headline = page.locator("p.headline")
            assert headline.is_visible() and headline.bounding_box()["y"] < 812
            first = page.locator("ol.act > li").first
            assert first.bounding_box()["y"] < 812  # on the first screen
            # The thumbnail is drawn (the file's CSP allows data: images only).
            loaded = page.evaluate("Array.from(document.querySelectorAll('ol.act img'))"
                                   ".map(i => i.complete && i.naturalWidth)")
            assert loaded == [240]
            _shot(page, f"phone-digest-{lang}")
        assert "meniru KPU" in page.goto((folder / "id" / "digest.html").as_uri()).text()
    finally:
        context_.close()


def test_the_served_digest_and_watch_list_fit_a_phone(browser, service):
    context_ = _phone(browser)
    page = context_.new_page()
    try:
        for address in (f"{service}/digest", f"{service}/digest?lang=en", f"{service}/watch",
                        f"{service}/digest/2/sites/0002-kpu-go.id.example.html",
                        f"{service}/digest?crawl=1"):
            response = page.goto(address)
            assert response.status == 200, address
            width, inner = _fits(page)
            assert width <= inner, (address, width, inner)
        page.goto(f"{service}/digest?lang=id")  # ?lang=en above left its cookie
        assert page.locator("p.headline").inner_text().startswith("1 situs baru meniru KPU")
        assert page.evaluate("document.querySelector('ol.act img').naturalWidth") == 240
        _shot(page, "phone-digest-served")
    finally:
        context_.close()
