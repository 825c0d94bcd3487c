"""The crawl process's own work per page (issue 12 §7): what a page of a site already
known to the crawl no longer works out again."""

from __future__ import annotations

import pytest

from checker.analyse.hosts import parse_url
from checker.errors import CheckError
from spiders.watchlist import _host


def _uncached(url: str) -> str:
    try:
        return parse_url(url).host
    except CheckError:
        return url[:200]


URLS = [
    "http://Example.CO.id/a", "http://example.co.id:8080/b", "https://user:pw@example.co.id/c",
    "http://example.co.id./d", "http://bücher.example/e", "http://xn--bcher-kva.example/f",
    "http://127.0.0.1:8000/g", "http://[::1]:8000/h", "  http://spaced.example/i  ",
    "ftp://example.co.id/j", "http://:80/k", "http://example.co.id:99999/l", "http://[::1/m",
    "mailto:someone@example.co.id", "http://a b.example/n", "HTTP://EXAMPLE.co.id/o",
]


@pytest.mark.parametrize("order", [URLS, URLS[::-1]])
def test_a_rows_host_is_the_same_kept_per_site_or_worked_out(order):
    """The host a row is filed under depends only on its URL's scheme and netloc, so the
    spider keeps it per site; a bad URL (kept as its own text) is never kept for the site."""
    known: dict = {}
    for url in order + order:  # the second time round every site is known
        assert _host(url, known) == _uncached(url), url
        assert _host(url + "/more?x=1", known) == _uncached(url + "/more?x=1"), url
    assert len(known) <= len(URLS)


def test_only_spider_middlewares_that_see_nothing_of_ours_are_off():
    """Depth and meta-copy detection only look at requests a callback yields (ours yield
    results; links go through the store); the others see our start requests (URL length) or
    every response (HTTP errors, Referer on redirects) and stay."""
    from spiders.job import CrawlJob
    from spiders.run import crawl_settings

    off = {k for k, v in crawl_settings(CrawlJob(db="x", crawl="c"))["SPIDER_MIDDLEWARES"].items()
           if v is None}
    assert off == {"scrapy.spidermiddlewares.depth.DepthMiddleware",
                   "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware"}


# --- the analysis workers' pipes (spiders.pool) ----------------------------------------------

def _echo(page):
    """A stand-in for the analysis: a result much larger than the page, tied to it."""
    if page == b"die":
        import os

        os._exit(3)
    return {"page": page, "report": page[:10] * 2000}


def _nothing():
    return None


def _run(pool, pages):
    import asyncio

    async def all_of():
        return await asyncio.gather(*(pool.submit(_echo, p) for p in pages),
                                    return_exceptions=True)

    try:
        return asyncio.run(all_of())
    finally:
        pool.close()


def test_every_page_gets_its_own_result_whatever_its_size():
    """Pages of a few bytes to more than a pipe holds (the write waits for room, without
    blocking the crawl), more pages than the workers hold at once: each answer is the one for
    its page."""
    from spiders.pool import Pool

    pages = [bytes([65 + n % 26]) * (10 + n * 9000) for n in range(24)]
    results = _run(Pool(2, _nothing), pages)
    assert [r["page"] for r in results] == pages
    assert all(r["report"] == p[:10] * 2000 for r, p in zip(results, pages))


def test_a_worker_that_dies_breaks_the_pool_instead_of_hanging_the_crawl():
    """As with ProcessPoolExecutor: the pages it held and every later one fail with
    BrokenProcessPool (the crawl stores nothing for them and checks them on its next run);
    none waits forever."""
    import asyncio
    from concurrent.futures.process import BrokenProcessPool

    from spiders.pool import Pool

    pool = Pool(1, _nothing)

    async def crawl():
        first = await pool.submit(_echo, b"fine")
        dead = await asyncio.gather(pool.submit(_echo, b"die"), pool.submit(_echo, b"after"),
                                    return_exceptions=True)
        try:
            await pool.submit(_echo, b"later")
        except BrokenProcessPool as exc:
            return first, dead, exc
        return first, dead, None

    try:
        first, dead, later = asyncio.run(asyncio.wait_for(crawl(), 60))
    finally:
        pool.close()
    assert first["page"] == b"fine"
    assert all(isinstance(d, BrokenProcessPool) for d in dead)
    assert isinstance(later, BrokenProcessPool)


def test_closing_the_pool_ends_its_workers():
    from spiders.pool import Pool

    pool = Pool(2, _nothing)
    processes = [w.process for w in pool.workers]
    assert _run(pool, [b"a", b"b", b"c"])[2]["page"] == b"c"
    assert not any(p.is_alive() for p in processes)


def test_a_page_that_cannot_be_sent_fails_alone():
    """Its own error, and the pages after it are still checked."""
    import asyncio
    import threading

    from spiders.pool import Pool

    pool = Pool(1, _nothing)

    async def crawl():
        return await asyncio.gather(
            pool.submit(_echo, b"one"), pool.submit(_echo, threading.Lock()),
            pool.submit(_echo, b"two"), return_exceptions=True)

    try:
        one, bad, two = asyncio.run(asyncio.wait_for(crawl(), 60))
    finally:
        pool.close()
    assert isinstance(bad, TypeError)
    assert (one["page"], two["page"]) == (b"one", b"two")


# --- a stored report's encoding ---------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "a {x} b {y.z}", "{w[0]} {v:>{width}}|", "{}", "{0}", "{5}", "bad { brace", "a } b",
    "{x!r:>9}|{missing}|", "{t} {l}", "{{x}} {x}", "{v:{width}{width}}", "{x:{{}}}", "}}{{",
    "{w[1]}", "plain words"])
def test_a_message_reads_only_the_evidence_it_shows_and_says_the_same(template):
    """Only the values a finding's message names are written the reader's way; the message is
    the one writing out every value gave, stray braces and all."""
    from datetime import datetime, timezone
    from decimal import Decimal

    from checker.report.formats import _Evidence, _localised, _message

    evidence = {"x": Decimal("50.07"), "y": "s", "w": "abc", "v": 3, "width": 7, 5: "five",
                "unused": Decimal("1"), "t": datetime(2024, 1, 1, tzinfo=timezone.utc),
                "l": ["a", "b"]}
    try:
        every = template.format_map(_Evidence({str(k): _localised(v, "id")
                                               for k, v in evidence.items()}))
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        every = template
    assert _message(template, evidence, "id") == every
