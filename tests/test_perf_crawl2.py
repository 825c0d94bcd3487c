"""The crawl's overlap of downloading and analysis on few cores (issue 12 §7)."""

from __future__ import annotations

import os

import pytest

from spiders.analysis import default_workers


@pytest.mark.parametrize(("cores", "workers"), [(1, 0), (2, 2), (3, 3), (4, 4), (16, 4)])
def test_analysis_workers_use_every_core(monkeypatch, cores, workers):
    """The crawl process needs less than a core (on a small page about as much CPU as the
    analysis; on a news page a thirtieth), and it idles once the downloads are done while the
    analysis still has pages queued: with one worker per *spare* core, a 2-core machine ran the
    end of every crawl on one core. One worker per core (up to 4) keeps both busy; a single
    core still checks in-process."""
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert default_workers() == workers


def test_a_crawl_builds_no_log_record_it_would_drop(tmp_path, monkeypatch):
    """Scrapy sets the root logger to NOTSET and filters in its handler, so each page built two
    DEBUG records ("Crawled", "Scraped from") to be thrown away, and DownloaderStats measured
    every request's and response's headers for stats nobody reads."""
    import logging

    import scrapy.crawler

    import spiders.analysis
    import spiders.watchlist
    from spiders import run
    from spiders.job import CrawlJob

    seen = {}

    class Process:  # what CrawlerProcess does to logging, and no crawl
        def __init__(self, settings):
            seen["settings"] = settings
            logging.root.setLevel(logging.NOTSET)

        def crawl(self, *args, **kwargs):
            pass

        def start(self):
            engine = logging.getLogger("scrapy.core.engine")
            seen["debug"] = engine.isEnabledFor(logging.DEBUG)
            seen["warning"] = engine.isEnabledFor(logging.WARNING)

    class Analyser:
        def __init__(self, *args):
            pass

        def close(self):
            pass

    monkeypatch.setattr(scrapy.crawler, "CrawlerProcess", Process)
    monkeypatch.setattr(spiders.analysis, "Analyser", Analyser)
    monkeypatch.setattr(spiders.watchlist, "load_context", lambda job: None)
    monkeypatch.delenv("CEKRESMI_CRAWL_PARENT", raising=False)
    job = tmp_path / "job.json"
    job.write_text(CrawlJob(db=str(tmp_path / "x.sqlite3"), crawl="c", workers=0).to_json())
    scrapy_logger, root_level = logging.getLogger("scrapy"), logging.root.level
    before = scrapy_logger.level
    try:
        assert run.main([str(job)]) == 0
    finally:
        scrapy_logger.setLevel(before)
        logging.root.setLevel(root_level)
    assert seen["debug"] is False and seen["warning"] is True
    assert seen["settings"]["DOWNLOADER_STATS"] is False
