"""Issue 13, item 7: the watch-list and the latest digest in `cekresmi serve`, read-only: no
write reaches the store, nothing hostile from a crawled page runs, nothing links to a crawled
page, and an Atom feed lists the digests."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET

import pytest

from builders import context, snapshot
from loopback import RESULTS_PAGE
from checker.analyse.pipeline import check_snapshot
from checker.report import codec as reportcodec
from checker.store.crawls import CheckRow, CrawlStore, QueueItem, WatchEntry
from web_helpers import client, make_app

pytestmark = pytest.mark.anyio
ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = ("<html><head><title>Situs Resmi KPU <script>alert(1)</script></title></head><body>"
           "<h1>Real Count KPU Pilgub DKI Jakarta</h1><p>Pramono-Rano 57,07 persen, Ridwan "
           "Kamil-Suswono 32,40 persen, Dharma-Kun 10,53 persen.</p></body></html>")


@pytest.fixture
def anyio_backend():
    return "asyncio"


def _row(crawl, url, html=None, **kw):
    values = dict(url=url, host=url.split("/")[2], crawl=crawl)
    if html is not None:
        report = check_snapshot(snapshot(url, html), context())
        values.update(label=report.label, figures_status=report.figures_status,
                      http_status=200, final_url=url, report=reportcodec.dumps(report))
    values.update(kw)
    return CheckRow(**values)


def _two_crawls(path) -> tuple[str, str]:
    with CrawlStore(path) as store:
        store.watch_add([WatchEntry("https://moved.example/", "<b>dari grup WA</b>"),
                         WatchEntry("https://robots.example/", "", True)])
        # Ids that sort by time: two crawls opened within one second are ordered by id.
        first, _ = store.open_crawl([QueueItem("https://moved.example/")],
                                    crawl_id="20241207T030000Z-aaaaaa")
        store.record(first, _row(first, "https://moved.example/", RESULTS_PAGE))
        store.finish(first)
        second, _ = store.open_crawl([QueueItem("https://moved.example/"),
                                      QueueItem("https://kpu-palsu.example/")],
                                     crawl_id="20241208T030000Z-bbbbbb")
        store.record(second, _row(second, "https://moved.example/", RESULTS_PAGE
                                  .replace("50,07", "57,07").replace("39,40", "32,40")))
        store.record(second, _row(second, "https://kpu-palsu.example/", HOSTILE))
        store.finish(second)
    return first, second


def _digest_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


async def test_no_crawl_yet_is_said_plainly_and_creates_nothing(tmp_path):
    async with client(make_app(tmp_path)) as http:
        page = await http.get("/digest")
        assert page.status_code == 200 and "Belum ada perayapan yang selesai" in page.text
        watch = await http.get("/watch?lang=en")
        assert watch.status_code == 200 and "The watch-list is empty." in watch.text
        feed = ET.fromstring((await http.get("/digest/feed.xml")).text)
        assert feed.findall(ATOM + "entry") == []


async def test_the_latest_digest_and_the_watch_list_are_shown_read_only(tmp_path):
    app = make_app(tmp_path)
    db = tmp_path / "web.sqlite3"
    first, second = _two_crawls(db)
    before = [(r.url, r.label) for r in CrawlStore(db).rows(second)]
    async with client(app) as http:
        page = await http.get("/digest")
        assert page.status_code == 200
        text = page.text
        assert ('<p class="headline">1 situs baru meniru KPU; 1 situs mengubah angka DKI '
                'Jakarta.</p>') in text
        assert second in text and "<script>alert(1)" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
        # Links go to our own reports, never to a crawled page.
        assert 'href="https://kpu-palsu.example' not in text
        assert f'href="/digest/{second}/sites/0002-kpu-palsu.example.html"' in text
        assert page.headers["cache-control"] == "no-store"
        assert "unsafe-inline" not in page.headers["content-security-policy"]
        english = await http.get("/digest?lang=en")
        assert "1 new site imitates KPU; 1 site changed its figures for DKI Jakarta." in english.text
        older = await http.get(f"/digest?crawl={first}&lang=id")
        assert "class=\"headline\">1 situs baru.<" in older.text  # every site is new at first
        unknown = await http.get("/digest?crawl=tidak-ada")
        assert unknown.status_code == 404 and "tidak-ada" in unknown.text
        bad = await http.get("/digest?crawl=%3Cscript%3E")
        assert bad.status_code == 404 and "<script>" not in bad.text
        site = await http.get(f"/digest/{second}/sites/0002-kpu-palsu.example.html")
        assert site.status_code == 200 and "kpu-palsu.example" in site.text
        assert "<script>alert(1)" not in site.text
        assert site.headers["content-security-policy"].startswith("default-src 'none'")
        assert "script-src" not in site.headers["content-security-policy"]
        for missing in (f"/digest/{second}/sites/0009-none.example.html",
                        f"/digest/{second}/sites/..%2f..%2fetc.html",
                        "/digest/x/sites/0001-moved.example.html"):
            assert (await http.get(missing)).status_code == 404, missing
        watch = await http.get("/watch")
        assert "https://moved.example/" in watch.text and "robots.txt diabaikan" in watch.text
        assert "&lt;b&gt;dari grup WA&lt;/b&gt;" in watch.text and "<b>dari" not in watch.text
        assert 'href="https://moved.example' not in watch.text
        for path in ("/watch", "/digest"):
            assert (await http.post(path)).status_code in (403, 405)
    assert [(r.url, r.label) for r in CrawlStore(db).rows(second)] == before


async def test_the_pages_never_write_to_the_store(tmp_path):
    app = make_app(tmp_path)
    db = tmp_path / "web.sqlite3"
    _, second = _two_crawls(db)
    async with client(app) as http:
        await http.get("/")  # the app's own tables exist before we measure
        with CrawlStore(db) as store:
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = _digest_of(db)
        for path in ("/digest", "/watch", "/digest/feed.xml",
                     f"/digest/{second}/sites/0001-moved.example.html"):
            assert (await http.get(path)).status_code == 200, path
    wal = db.with_name(db.name + "-wal")
    assert _digest_of(db) == before and (not wal.exists() or wal.stat().st_size == 0)


async def test_the_feed_lists_every_digest_newest_first(tmp_path):
    app = make_app(tmp_path)
    first, second = _two_crawls(tmp_path / "web.sqlite3")
    async with client(app) as http:
        response = await http.get("/digest/feed.xml?lang=en")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.text)
    entries = root.findall(ATOM + "entry")
    assert [e.findtext(ATOM + "id") for e in entries] == [f"urn:cekresmi:crawl:{second}",
                                                          f"urn:cekresmi:crawl:{first}"]
    assert entries[0].findtext(ATOM + "title").startswith("1 new site imitates KPU")
    assert entries[0].find(ATOM + "link").get("href") == (
        f"http://testserver/digest?crawl={second}")
    assert root.find(ATOM + "link").get("href") == "http://testserver/digest/feed.xml"
