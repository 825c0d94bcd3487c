"""Results into the store, and progress out to the parent process.

A result and the links found on its page go in one transaction (CrawlStore.record_many, a few
results at a time), and only links new to the crawl are scheduled: a crawl killed at any point
resumes without checking a URL twice or losing one. Progress is one JSON line per stored result on standard output, read
by `cekresmi crawl` (Scrapy's own log goes to standard error), at most four a second.
"""

from __future__ import annotations

import json
import sys
import time

from spiders.watchlist import Result

__all__ = ["StorePipeline", "emit"]

_BATCH = 32             # results written per transaction at most
_FLUSH_SECONDS = 0.2    # and no result waits longer than this


def emit(event: str, **values) -> None:
    sys.stdout.write(json.dumps({"event": event, **values}, default=str) + "\n")
    sys.stdout.flush()


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.done = self.errors = self.duplicates = 0
        self.queued = 0
        self.shared = None  # Redis mode: results are also published for the other processes
        self.last_emit = self.last_flush = 0.0
        self.pending: list[Result] = []
        self.ticker = None

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.idle, signals.spider_idle)
        return pipeline

    def idle(self, spider=None) -> None:
        """Nothing left to download: write what waits, and keep the spider open if that
        scheduled new links."""
        from scrapy.exceptions import DontCloseSpider

        if self.pending and self.flush():
            raise DontCloseSpider  # (Scrapy looks again a few seconds later)

    def open_spider(self, spider=None) -> None:
        spider = self.crawler.spider
        counts = spider.store.counts(spider.job.crawl)
        self.queued = counts["queued"]
        self.done, self.errors = counts["done"], counts["errors"]
        self.resumed = self.done  # stored before this process started
        if spider.job.redis:
            from checker.crawl.shared import RedisCrawl

            self.shared = RedisCrawl(spider.job.redis)
        emit("start", crawl=spider.job.crawl, **counts)
        # Results wait at most this long for their batch (and links for their schedule).
        from twisted.internet.task import LoopingCall

        self.ticker = LoopingCall(self.flush)
        self.ticker.start(_FLUSH_SECONDS, now=False)

    def process_item(self, item, spider=None):
        if not isinstance(item, Result):
            return item
        self.pending.append(item)
        if len(self.pending) >= _BATCH or time.monotonic() - self.last_flush >= _FLUSH_SECONDS:
            self.flush()
        return item

    def flush(self) -> int:
        """Write the waiting results in one transaction, then schedule the new links;
        returns how many were scheduled."""
        self.last_flush = time.monotonic()
        if not self.pending:
            return 0
        batch, self.pending = self.pending, []
        scheduled = 0
        spider = self.crawler.spider
        outcomes = spider.store.record_many(spider.job.crawl,
                                            [(r.row, r.body, r.links) for r in batch])
        for item, (stored, new) in zip(batch, outcomes):
            if not stored:  # another process (Redis mode) or an earlier run stored it first
                self.duplicates += 1
                continue
            if self.shared is not None:
                self.shared.share(spider.job.crawl, item.item, item.row, item.links)
            self.done += 1
            self.errors += item.row.error is not None
            self.queued += len(new)
            for link in new:
                self.crawler.engine.crawl(spider.request_for(link))
            scheduled += len(new)
        now = time.monotonic()
        if now - self.last_emit >= 0.25:  # progress, not a log: a line per page costs speed
            self.last_emit = now
            last = batch[-1]
            emit("result", url=last.row.url, label=last.row.label, error=last.row.error,
                 kind=last.item.kind, done=self.done, queued=self.queued, errors=self.errors)
        return scheduled

    def close_spider(self, spider=None) -> None:
        self.ticker.stop()
        self.flush()
        emit("end", done=self.done, queued=self.queued, errors=self.errors,
             duplicates=self.duplicates, resumed=self.resumed)
