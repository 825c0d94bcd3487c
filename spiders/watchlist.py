"""The watch-list spider: checks every URL of a crawl's frontier with the same core as
`cekresmi check` (check_snapshot), renders a page with Chromium (scrapy-playwright) when the
static check says it needs it, and with --discover follows links (checker.crawl.discover).

The spider only turns responses into results; StorePipeline stores them (with the links they
led to, in one transaction) and schedules the links that were new to the crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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


def _host(url: str) -> str:
    try:
        return parse_url(url).host
    except CheckError:
        return url[:200]


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
        self.analyser = analyser  # check_snapshot, in worker processes (spiders/analysis.py)
        self.context = context
        self.store = CrawlStore(job.db)
        self.can_render = job.render != "never" and bool(job.chromium)
        self._links = LinkExtractor(unique=True, canonicalize=False)

    async def start(self):
        for item in self.store.pending(self.job.crawl):
            yield self.request_for(item)

    def request_for(self, item: QueueItem, render: bool = False, static: dict | None = None):
        meta = {"cekresmi": item, "dont_obey_robotstxt": item.ignore_robots,
                "download_maxsize": self.job.max_bytes}
        if render or (self.can_render and self.job.render == "always"):
            from spiders.capture import meta as render_meta

            meta.update(render_meta(), cekresmi_render=True, cekresmi_static=static)
        # Locally the store's frontier already keeps each URL once; with Redis the shared
        # duplicate filter does it across processes (a second rendering pass is not a dup).
        unfiltered = not self.job.redis or bool(meta.get("playwright"))
        return scrapy.Request(item.url, callback=self.parse_page, errback=self.failed,
                              meta=meta, dont_filter=unfiltered)

    def _row(self, item: QueueItem, **values) -> CheckRow:
        return CheckRow(url=item.url, host=_host(item.url), crawl=self.job.crawl,
                        robots_override=item.ignore_robots, **values)

    def _report_row(self, item, result: dict, status: int, sha256: str | None,
                    rendered: bool) -> CheckRow:
        return self._row(item, final_url=result["final_url"], http_status=status,
                         label=result["label"], figures_status=result["figures_status"],
                         report=result["report"], body_sha256=sha256, rendered=rendered)

    async def parse_page(self, response):
        item: QueueItem = response.meta["cekresmi"]
        rendered = bool(response.meta.get("cekresmi_render"))
        snapshot = snapshot_from(response, item.url)
        if rendered:
            from spiders.capture import taken

            capture = taken(response.request)
            if capture is not None:  # the document, the DOM, the screenshot, what it loaded
                snapshot = capture.apply(snapshot)
        result = await self.analyser(snapshot)
        if "error" in result:
            yield Result(item, self._row(item, error=result["error"],
                                         error_params=result["error_params"]))
            return
        if not rendered and self.can_render and result["render"]:
            yield self.request_for(item, render=True,
                                   static={**result, "status": snapshot.status,
                                           "sha256": snapshot.sha256})
            return
        links = []
        if self.job.discover and hasattr(response, "text"):
            found = [(link.url, link.text) for link in self._links.extract_links(response)]
            links = follow(response.url, found, item.depth, self.job.depth, self.context)
        yield Result(item, self._report_row(item, result, snapshot.status, snapshot.sha256,
                                            rendered), snapshot.body, links)

    def failed(self, failure):
        request = failure.request
        item: QueueItem = request.meta["cekresmi"]
        static = request.meta.get("cekresmi_static")
        if static:  # rendering failed: the static check stands (and says it was not rendered)
            yield Result(item, self._report_row(item, static, static["status"],
                                                static["sha256"], False))
            return
        error = error_for(failure, item.url, _host(item.url), self.job.timeout, self.job.max_bytes)
        yield Result(item, self._row(item, error=error.code, error_params=error.params))
