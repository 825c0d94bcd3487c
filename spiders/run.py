"""One crawl in this OS process: `python -m spiders.run JOB.json` (`cekresmi crawl` starts it;
Twisted's reactor cannot restart, so every crawl gets a fresh process).

Settings are spiders/settings.py (polite defaults) plus what the job asks for: the SSRF guard
and its pinned resolver always, scrapy-redis when the queue is shared. Rendering needs no
settings: the spider hands pages to checker.retrieve.capture's browser (spiders/capture.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from spiders.job import CrawlJob

__all__ = ["crawl_settings", "main"]


def crawl_settings(job: CrawlJob) -> dict:
    from spiders import settings as base
    from spiders.middlewares import GUARD_SETTING, guard_setting

    values = {k: getattr(base, k) for k in dir(base) if k.isupper()}
    values.pop("REQUEST_FINGERPRINTER_IMPLEMENTATION", None)  # gone from current Scrapy
    values.update({
        "LOG_LEVEL": job.log_level,
        "CONCURRENT_REQUESTS": job.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": job.per_domain,
        "DOWNLOAD_DELAY": job.delay,
        "AUTOTHROTTLE_ENABLED": job.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(job.delay, 0.5),
        "DOWNLOAD_TIMEOUT": job.timeout,
        "DOWNLOAD_MAXSIZE": job.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_TIMES": 1,
        # An environment proxy would connect on our behalf and void the address check;
        # `cekresmi check` does not follow <meta refresh> either.
        "HTTPPROXY_ENABLED": False,
        "METAREFRESH_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "TWISTED_DNS_RESOLVER": "spiders.middlewares.PinnedResolver",
        GUARD_SETTING: guard_setting(job.allow_private, job.allowed_networks, job.resolve),
        "DOWNLOADER_MIDDLEWARES": {
            "spiders.middlewares.GuardMiddleware": 50,   # before robots.txt is even asked for
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
            "spiders.middlewares.RedirectsFollowed": 600,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "spiders.middlewares.RobotsTxt": 100,
            # Basic auth from settings, spider attributes or request meta: a crawl sets none.
            "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
        },
        # Every spider middleware wraps each page's output in one more async generator. These
        # two only look at requests a callback yields, and ours yield none (links are
        # scheduled by StorePipeline, depth is the frontier's own): off. Three more keep
        # what they do to start requests and redirects without that layer
        # (spiders.middlewares._NoOutputLayer).
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
            "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
            "scrapy.spidermiddlewares.start.StartSpiderMiddleware": None,
            "spiders.middlewares.StartRequests": 25,
            "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
            "spiders.middlewares.RefererOnRedirects": 700,
            "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
            "spiders.middlewares.UrlLength": 800,
        },
        "ITEM_PIPELINES": {"spiders.pipelines.StorePipeline": 300},
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # no control port: a crawl is driven by its parent
        "LOGSTATS_INTERVAL": 0,
        # Request and response header sizes counted into stats nobody reads, per request.
        "DOWNLOADER_STATS": False,
        # One result per response: Scrapy starts this many item workers (asyncio tasks) for
        # every page's output, so its default of 100 cost a hundred tasks a page, and 4 still
        # three idle ones (with a queue handing each its end marker).
        "CONCURRENT_ITEMS": 1,
    })
    if job.user_agent:
        values["USER_AGENT"] = job.user_agent
    if job.redis:
        prefix = f"cekresmi:{job.crawl}"
        values.update({
            "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
            "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
            "SCHEDULER_PERSIST": True,  # other processes still use the queue when one ends
            "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
            "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
            "SCHEDULER_IDLE_BEFORE_CLOSE": 2,
            "REDIS_URL": job.redis,
        })
    return values


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from checker.crawl.lifeline import PARENT_ENV, die_with_parent

    # Killed with `cekresmi crawl` (it holds the lock and reads our events): never an orphan.
    parent = os.environ.get(PARENT_ENV, "")
    die_with_parent(int(parent) if parent.isdigit() else None)
    job = CrawlJob.from_json(Path(argv[0]).read_text(encoding="utf-8"))

    from scrapy.crawler import CrawlerProcess

    from spiders.analysis import Analyser, default_workers
    from spiders.watchlist import WatchlistSpider, load_context

    context = load_context(job)
    workers = default_workers() if job.workers is None else job.workers
    analyser = Analyser(context, job.render, workers)  # forks now, before the reactor runs
    try:
        process = CrawlerProcess(crawl_settings(job))
        # Scrapy leaves its loggers at the root's NOTSET and filters in the handler, so every
        # page made two DEBUG records ("Crawled", "Scraped from") only to drop them: let the
        # loggers drop what the handler would.
        logging.getLogger("scrapy").setLevel(job.log_level)
        process.crawl(WatchlistSpider, job=job, analyser=analyser, context=context)
        process.start()
    finally:
        analyser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
