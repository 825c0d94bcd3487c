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

    chosen = crawl_settings(CrawlJob(db="x", crawl="c"))["SPIDER_MIDDLEWARES"]
    off = {k for k, v in chosen.items() if v is None}
    # (perf-crawl38: start, Referer and URL length run as subclasses without the output layer)
    replaced = {"scrapy.spidermiddlewares.start.StartSpiderMiddleware": "StartRequests",
                "scrapy.spidermiddlewares.referer.RefererMiddleware": "RefererOnRedirects",
                "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": "UrlLength"}
    assert off == {"scrapy.spidermiddlewares.depth.DepthMiddleware",
                   "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware", *replaced}
    assert all(chosen[f"spiders.middlewares.{ours}"] for ours in replaced.values())


# --- a finding's message ---------------------------------------------------------------------

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
