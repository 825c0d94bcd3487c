"""Results into the store, and progress out to the parent process.

A result and the links found on its page go in one transaction (CrawlStore.record), and only
links new to the crawl are scheduled: a crawl killed at any point resumes without checking a
URL twice or losing one. Progress is one JSON line per stored result on standard output, read
by `cekresmi crawl` (Scrapy's own log goes to standard error).
"""

from __future__ import annotations

import json
import sys

from .watchlist import Result

__all__ = ["StorePipeline", "emit"]


def emit(event: str, **values) -> None:
    sys.stdout.write(json.dumps({"event": event, **values}, default=str) + "\n")
    sys.stdout.flush()


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.done = self.errors = self.duplicates = 0
        self.queued = 0
        self.shared = None  # Redis mode: results are also published for the other processes

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None) -> None:
        spider = self.crawler.spider
        counts = spider.store.counts(spider.job.crawl)
        self.queued = counts["queued"]
        self.done, self.errors = counts["done"], counts["errors"]
        self.resumed = self.done  # stored before this process started
        if spider.job.redis:
            from checker.crawlredis import RedisCrawl

            self.shared = RedisCrawl(spider.job.redis)
        emit("start", crawl=spider.job.crawl, **counts)

    def process_item(self, item, spider=None):
        if not isinstance(item, Result):
            return item
        spider = self.crawler.spider
        stored, new = spider.store.record(spider.job.crawl, item.row, item.body, item.links)
        if not stored:  # another process (Redis mode) or an earlier run stored it first
            self.duplicates += 1
            return item
        if self.shared is not None:
            self.shared.share(spider.job.crawl, item.item, item.row, item.links)
        self.done += 1
        self.errors += item.row.error is not None
        self.queued += len(new)
        for link in new:
            self.crawler.engine.crawl(spider.request_for(link))
        emit("result", url=item.row.url, label=item.row.label, error=item.row.error,
             kind=item.item.kind, done=self.done, queued=self.queued, errors=self.errors)
        return item

    def close_spider(self, spider=None) -> None:
        emit("end", done=self.done, queued=self.queued, errors=self.errors,
             duplicates=self.duplicates, resumed=self.resumed)
