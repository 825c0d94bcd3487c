"""The watch-list spider: checks every URL of a crawl's frontier with the same core as
`cekresmi check` (checker.service.check_one: each response is a Snapshot source like a
fetched page or an archive), renders a page in Chromium (spiders.capture, the same capture as
`cekresmi check --render`, served the body Scrapy downloaded) when the static check says it
needs it, and with --discover follows links (checker.crawl.discover).

The spider only turns responses into results; StorePipeline stores them (with the links they
led to, in one transaction) and schedules the links that were new to the crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor

from checker.store.crawls import CheckRow, CrawlStore, QueueItem
from checker.crawl.discover import follow
from checker.errors import CheckError
from checker.analyse.hosts import parse_url

from spiders.job import CrawlJob
from spiders.snapshots import error_for, snapshot_from

__all__ = ["Result", "WatchlistSpider"]


@dataclass
class Result:
    """One checked URL, on its way to the store."""

    item: QueueItem
    row: CheckRow
    body: bytes | None = None
    links: list[QueueItem] = field(default_factory=list)


def _host(url: str, known: dict) -> str:
    """The host a row is filed under. `known` keeps each site's host for the crawl: a URL's
    host depends only on its scheme and netloc, and normalising it (IDNA, the public suffix
    split) again for every page of a site cost ~18 us a page against ~4 us to split the URL."""
    try:
        parts = urlsplit(url.strip())  # as parse_url splits it
    except ValueError:
        return url[:200]
    key = (parts.scheme, parts.netloc)
    host = known.get(key)
    if host is None:
        try:
            host = parse_url(url).host
        except CheckError:
            return url[:200]  # not a web URL: nothing to keep for the site
        known[key] = host
    return host


def load_context(job: CrawlJob):
    from checker.context import load_context as load

    return load(job.rules_dir, job.db)


class WatchlistSpider(scrapy.Spider):
    name = "cekresmi"
    # Dead pages are results too (a 404 is "offline"); 3xx stay with RedirectMiddleware.
    handle_httpstatus_list = list(range(400, 600))

    def __init__(self, job: CrawlJob, analyser, context, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.job = job
        self.analyser = analyser  # service.check_one, in worker processes (spiders/analysis.py)
        self.context = context
        self.store = CrawlStore(job.db, context.rules)
        self.can_render = job.render != "never" and bool(job.chromium)
        self.renderer = None  # spiders.capture.CrawlRenderer, made on first need
        self._links = LinkExtractor(unique=True, canonicalize=False)
        self._hosts: dict = {}  # (scheme, netloc) -> host, one entry a site (_host)

    async def start(self):
        if self.can_render and self.job.render == "always":
            self._renderer().begin()  # every page will be rendered: launch beside the downloads
        for item in self.store.pending(self.job.crawl):
            yield self.request_for(item)

    def request_for(self, item: QueueItem):
        meta = {"cekresmi": item, "dont_obey_robotstxt": item.ignore_robots,
                "download_maxsize": self.job.max_bytes}
        # Locally the store's frontier already keeps each URL once; with Redis the shared
        # duplicate filter does it across processes.
        return scrapy.Request(item.url, callback=self.parse_page, errback=self.failed,
                              meta=meta, dont_filter=not self.job.redis)

    def _row(self, item: QueueItem, **values) -> CheckRow:
        return CheckRow(url=item.url, host=_host(item.url, self._hosts), crawl=self.job.crawl,
                        robots_override=item.ignore_robots, **values)

    def _report_row(self, item, result: dict, status: int, sha256: str | None,
                    rendered: bool) -> CheckRow:
        return self._row(item, final_url=result["final_url"], http_status=status,
                         label=result["label"], figures_status=result["figures_status"],
                         report=result["report"], body_sha256=sha256, rendered=rendered)

    async def parse_page(self, response):
        item: QueueItem = response.meta["cekresmi"]
        snapshot = snapshot_from(response, item.url)
        always = self.can_render and self.job.render == "always"
        if always:
            snapshot = await self._rendered(snapshot)
        rendered = snapshot.rendering is not None
        result = await self.analyser(snapshot)
        if "error" in result:
            yield Result(item, self._row(item, error=result["error"],
                                         error_params=result["error_params"]))
            return
        if not always and self.can_render and result["render"]:
            # The static check asks for a browser: the same bytes, rendered; if rendering
            # fails, the static check stands (and says it was not rendered).
            shown = await self._rendered(snapshot)
            again = await self.analyser(shown) if shown.rendering is not None else result
            if "error" not in again and shown.rendering is not None:
                snapshot, result, rendered = shown, again, True
        links = []
        if self.job.discover and hasattr(response, "text"):
            found = [(link.url, link.text) for link in self._links.extract_links(response)]
            links = follow(response.url, found, item.depth, self.job.depth, self.context)
        yield Result(item, self._report_row(item, result, snapshot.status, snapshot.sha256,
                                            rendered), snapshot.body, links)

    async def _rendered(self, snapshot):
        """`snapshot` rendered in the crawl's Chromium, or as it was when that fails."""
        try:
            return await self._renderer().render(snapshot)
        except CheckError as exc:
            self.logger.warning("not rendered: %s %s", snapshot.final_url, exc.code)
            if exc.code in ("browser_missing", "browser_failed"):
                self.can_render = False  # once is enough to know
            return snapshot

    def _renderer(self):
        from spiders.capture import CrawlRenderer
        from spiders.middlewares import vetter_for

        if self.renderer is None:
            self.renderer = CrawlRenderer(vetter_for(self.crawler), self.job.chromium,
                                          self.job.user_agent)
        return self.renderer

    def closed(self, reason):
        """Scrapy waits for the Deferred: Chromium is closed before the reactor stops."""
        if self.renderer is None:
            return None
        from scrapy.utils.defer import deferred_from_coro

        return deferred_from_coro(self.renderer.close())

    def failed(self, failure):
        request = failure.request
        item: QueueItem = request.meta["cekresmi"]
        error = error_for(failure, item.url, _host(item.url, self._hosts), self.job.timeout,
                          self.job.max_bytes)
        yield Result(item, self._row(item, error=error.code, error_params=error.params))
