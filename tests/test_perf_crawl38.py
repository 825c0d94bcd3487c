"""The crawl's own work per page around the analysis (issue 12 §7, branch perf-crawl38): what
a page went through in the crawl process that changed nothing it sends or stores."""

from __future__ import annotations

import asyncio

import pytest
import scrapy
from scrapy.http import HtmlResponse, Request
from scrapy.spidermiddlewares.referer import RefererMiddleware
from scrapy.utils.test import get_crawler

from spiders.job import CrawlJob
from spiders.run import crawl_settings


class _Spider(scrapy.Spider):
    name = "t"
    urls: list = []

    async def start(self):
        for url in self.urls:
            yield Request(url)


def _crawler(**job):
    settings = crawl_settings(CrawlJob(db="x", crawl="c", **job))
    # No reactor is started here, and whichever reactor an earlier test of the suite installed
    # may stay (the full suite runs in one process: asking for asyncio's failed after another).
    settings.pop("TWISTED_DNS_RESOLVER")
    settings["TWISTED_REACTOR"] = None
    crawler = get_crawler(_Spider, settings)
    crawler.spider = crawler._create_spider()
    return crawler


def _spider_mw(crawler):
    from scrapy.core.spidermw import SpiderMiddlewareManager

    return SpiderMiddlewareManager.from_crawler(crawler)


def _started(manager, urls):
    manager._spider.urls = urls

    async def run():
        return [r async for r in await manager.process_start()]
    return asyncio.run(run())


# --- the spider middlewares' layer on every page's output ------------------------------------

@pytest.mark.parametrize("job", [{}, {"discover": True}, {"render": "always"}])
def test_a_pages_output_goes_through_no_spider_middleware_that_only_acts_on_requests(job):
    """Our callback yields Results only (StorePipeline schedules the links), so the start,
    Referer and URL-length middlewares each wrapped every page's output in one more async
    generator for nothing (~125 function calls a page in the crawl process)."""
    manager = _spider_mw(_crawler(**job))
    assert [m for m in manager.methods["process_spider_output"] if m is not None] == []
    # HTTP errors are still sorted out before the callback, as before.
    assert [m.__qualname__ for m in manager.methods["process_spider_input"]] == [
        "HttpErrorMiddleware.process_spider_input"]


@pytest.mark.parametrize("urls", [
    ["http://hasil.kpu.go.id/a", "http://pemilu.example.co.id/" + "x" * 3000,
     "http://berita.example/b"],
    ["http://berita.example/" + "y" * 2084, "http://kpu.example/c?d=1"],
])
def test_start_requests_are_still_marked_and_held_to_the_url_length_limit(urls):
    """What those middlewares do to start requests stays: marked as start requests, and a URL
    over URLLENGTH_LIMIT (2083) dropped (control: a short one goes through)."""
    got = _started(_spider_mw(_crawler()), urls)
    assert [r.url for r in got] == [u for u in urls if len(u) <= 2083]
    assert all(r.meta.get("is_start_request") is True for r in got)
    assert all(b"Referer" not in r.headers for r in got)


@pytest.mark.parametrize(("page", "target", "referer"), [
    ("http://hasil.kpu.go.id/a", "http://hasil.kpu.go.id/b", b"http://hasil.kpu.go.id/a"),
    ("https://pemilu.example.co.id/x?y=1", "https://pemilu.example.co.id/z",
     b"https://pemilu.example.co.id/x?y=1"),
    ("https://berita.example/p", "http://berita.example/q", None),  # https -> http: none
])
def test_a_redirects_next_hop_carries_the_referer_scrapys_middleware_gives(page, target,
                                                                            referer):
    """RedirectMiddleware asks the RefererMiddleware instance for the next hop's Referer: ours
    is still one, and gives the same header."""
    from scrapy.crawler import Crawler

    from spiders.middlewares import RedirectsFollowed, RefererOnRedirects

    crawler = _crawler()
    manager = _spider_mw(crawler)
    ours = Crawler._get_component(RefererMiddleware, manager.middlewares)
    assert isinstance(ours, RefererOnRedirects)
    for referer_mw, expected in ((ours, referer),
                                 (RefererMiddleware.from_crawler(crawler), referer)):
        redirect = RedirectsFollowed.from_crawler(crawler)
        redirect._referer_spider_middleware = referer_mw
        request = Request(page, headers={"Referer": "http://before.example/"})
        response = HtmlResponse(page, status=301, headers={"Location": target},
                                request=request)
        hop = redirect.process_response(request, response)
        assert hop.url == target
        assert hop.headers.get("Referer") == expected


# --- Scrapy's item workers for a page's one Result -------------------------------------------

@pytest.mark.parametrize("results", [1, 2, 5])
def test_a_pages_output_is_handled_by_one_item_worker_and_nothing_is_lost(results):
    """Scrapy starts CONCURRENT_ITEMS workers (asyncio tasks, fed by one more) for every page's
    output; our callback yields one Result, so any worker past the first only waited for its
    end marker (4 made five tasks a page, 1 makes two). Several results still all arrive, in
    order (control)."""
    from scrapy.utils.asyncio import _parallel_asyncio

    count = crawl_settings(CrawlJob(db="x", crawl="c"))["CONCURRENT_ITEMS"]
    got, tasks = [], []

    async def store(item):
        got.append(item)

    async def run():
        loop = asyncio.get_running_loop()
        loop.set_task_factory(lambda lp, coro, **kw: tasks.append(coro) or asyncio.Task(
            coro, loop=lp, **kw))
        await _parallel_asyncio(iter(range(results)), count, store)

    asyncio.run(run())
    assert got == list(range(results))
    assert len([c for c in tasks if c.__qualname__.startswith("_parallel_asyncio")]) == 2


# --- pages handed to the analysis workers a few at a time ------------------------------------

def _fake_analyse(snapshot):
    """A stand-in check (the workers fork with it): one page's own answer, or a worker that
    dies on a page named so."""
    import os

    if snapshot.requested_url.endswith("/die"):
        os._exit(3)
    return {"url": snapshot.requested_url, "pid": os.getpid()}


def _snapshot(url):
    from datetime import datetime, timezone

    from checker.models import Snapshot

    return Snapshot(url, url, 200, (("content-type", "text/html"),), b"<p>1</p>",
                    datetime(2024, 2, 14, tzinfo=timezone.utc), origin="live")


def _analysed(monkeypatch, urls, workers=2, spread=0.0):
    import spiders.analysis as analysis

    monkeypatch.setattr(analysis, "analyse", _fake_analyse)
    analyser = analysis.Analyser(None, "never", workers)
    calls = []
    submit = analyser.pool.submit
    monkeypatch.setattr(analyser.pool, "submit", lambda f, *a: calls.append(a) or submit(f, *a))

    async def one(i, url):
        await asyncio.sleep(spread * i)
        try:
            return await analyser(_snapshot(url))
        except Exception as exc:  # noqa: BLE001 - what the spider's callback would see
            return type(exc).__name__

    async def run():
        return await asyncio.gather(*(one(i, u) for i, u in enumerate(urls)))
    try:
        return asyncio.run(run()), calls
    finally:
        analyser.close()


@pytest.mark.parametrize("pages", [1, 7, 16, 40])
def test_pages_waiting_for_a_worker_go_together_and_each_gets_its_own_result(monkeypatch,
                                                                            pages):
    """Every call through the process pool costs the crawl process its executor's thread
    wake-ups (~0.4 ms a page on a small page, a fifth of the crawl process): pages that arrive
    while the workers are busy go in one call, up to four; each still gets its own result."""
    urls = [f"http://hasil{i % 5}.example/pilpres/{i}" for i in range(pages)]
    got, calls = _analysed(monkeypatch, urls)
    assert [g["url"] for g in got] == urls
    sent = [s.requested_url for (batch,) in calls for s in batch]
    assert sorted(sent) == sorted(urls)  # every page once
    assert max(len(batch) for (batch,) in calls) <= 4
    assert len(calls) == (pages if pages <= 4 else 4 + -(-(pages - 4) // 4))


def test_a_page_that_arrives_alone_is_sent_at_once(monkeypatch):
    """Control: pages that come one by one, the workers idle, each go in a call of their own
    (no page waits for company)."""
    urls = [f"http://pemilu.example/{i}" for i in range(6)]
    got, calls = _analysed(monkeypatch, urls, spread=0.3)
    assert [g["url"] for g in got] == urls
    assert [len(batch) for (batch,) in calls] == [1] * 6


@pytest.mark.parametrize("where", [0, 1, 5, 9, 20])
def test_a_worker_that_dies_fails_the_pages_it_carried_and_no_page_waits_forever(monkeypatch,
                                                                                where):
    """A worker killed under a call (a hostile page, the OOM killer) fails every page of that
    call, as ProcessPoolExecutor fails each waiting call, and the pages still waiting to be
    sent fail on the broken pool: none is left hanging."""
    urls = [f"http://berita.example/{i}" for i in range(24)]
    urls[where] = "http://berita.example/die"
    got, _ = _analysed(monkeypatch, urls)
    assert "BrokenProcessPool" in got
    assert all(isinstance(g, dict) or g == "BrokenProcessPool" for g in got)


# --- a response's headers into the snapshot ---------------------------------------------------

@pytest.mark.parametrize("headers", [
    {"Content-Type": "text/html; charset=utf-8", "Set-Cookie": ["a=1", "b=2"],
     "X-Powered-By": "PHP/8.2"},
    {"content-type": "application/xhtml+xml", "LAST-MODIFIED": "Wed, 14 Feb 2024 10:00:00 GMT",
     "x-kpu-region": "31.71"},
    {b"Content-Type": b"text/html; charset=iso-8859-1", b"Server": "\xe9t\xe9".encode("latin-1")},
    {},
])
def test_a_snapshots_headers_are_the_responses_read_as_before(headers):
    """The snapshot reads Scrapy's Headers as the dict it is (names already normalised)
    instead of through Headers.items(), which looked every name up again: the same names,
    values, repeats and order as Headers.items() gives."""
    from spiders.snapshots import snapshot_from

    response = HtmlResponse("http://hasil.kpu.go.id/", headers=headers, body=b"<p>1</p>",
                            request=Request("http://hasil.kpu.go.id/"))
    got = snapshot_from(response, "http://hasil.kpu.go.id/").headers
    assert got == tuple((k.decode("latin-1").lower(), v.decode("latin-1"))
                        for k, values in response.headers.items() for v in values)
    assert len(got) == sum(len(v) if isinstance(v, list) else 1 for v in headers.values())


def test_pages_still_waiting_when_the_pool_breaks_fail_instead_of_hanging(monkeypatch):
    """The pool breaks while pages wait to be sent: the next send is refused
    (BrokenProcessPool from submit) and every page it would have carried fails with it; before,
    the refusal escaped the callback and those pages waited forever."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    import spiders.analysis as analysis

    monkeypatch.setattr(analysis, "analyse", _fake_analyse)

    class Pool:
        def __init__(self):
            self.sent = []

        def submit(self, fn, batch):
            if self.sent:  # broken since the first call failed
                raise BrokenProcessPool("a child process terminated abruptly")
            self.sent.append(Future())
            return self.sent[-1]

    analyser = analysis.Analyser(None, "never", 0)
    analyser.pool, analyser.calls = Pool(), 1

    async def one(url):
        try:
            return await analyser(_snapshot(url))
        except BrokenProcessPool as exc:
            return type(exc).__name__

    async def run():
        tasks = [asyncio.ensure_future(one(f"http://pilkada.example/{i}")) for i in range(7)]
        await asyncio.sleep(0.05)
        analyser.pool.sent[0].set_exception(BrokenProcessPool("a child process died"))
        return await asyncio.wait_for(asyncio.gather(*tasks), 10)

    assert asyncio.run(run()) == ["BrokenProcessPool"] * 7
