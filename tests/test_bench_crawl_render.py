"""The rendered crawl benchmark (benchmarks/bench_crawl_render.py) measures what it says: its
farm serves pages whose figures only a browser sees, and its bare scrapy-playwright spider
really renders them (each layout's drawn text is in what it parsed, and not in the page's
source). One small crawl, no timing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import results_site
from renderfarm import DATA_HOST, LAYOUTS, add_rendered_pages
from sitefarm import SiteFarm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_crawl_render as bench  # noqa: E402


def _source(farm: SiteFarm, url: str) -> str:
    host, path = url.split("/")[2], "/" + url.split("/", 3)[3]
    return farm.pages[(host, path)][2]


def test_the_farm_serves_every_layout_drawn_by_script():
    with SiteFarm(clients_rendered=0) as farm:
        pages = add_rendered_pages(farm, len(LAYOUTS) + 1, sites=3)
        assert [layout for _, layout in pages] == [*LAYOUTS, LAYOUTS[0]]
        assert len(LAYOUTS) >= 8 and all(".my.id:" in url for url, _ in pages)
        for url, layout in pages:
            source = _source(farm, url)
            assert "<script" in source
            assert bench.marker(layout) not in source  # only a browser can show it
        data = farm.hosts[DATA_HOST]
        assert f"http://{data}/d/" in _source(farm, pages[LAYOUTS.index("gubernur")][0])
        assert any(host == data for host, _ in farm.pages)


def test_the_bare_scrapy_playwright_spider_renders_every_page():
    pytest.importorskip("scrapy_playwright")  # (in the test extras)
    chromium = results_site.chromium()  # skipped without Chromium; in CI, failed
    with SiteFarm(clients_rendered=0) as farm:
        pages = add_rendered_pages(farm, len(LAYOUTS), sites=2)
        got = bench.run_bare(pages, chromium, 2)
        data = farm.hosts[DATA_HOST]
        json_hits = sum(n for (host, _), n in farm.hits.items() if host == data)
    assert got["pages"] == len(pages) and got["drawn"] == len(pages), got
    assert json_hits == 4  # the gubernur page's Sirekap files, fetched by Chromium itself
