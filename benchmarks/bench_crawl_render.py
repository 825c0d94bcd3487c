"""Rendered crawl throughput on the loopback site farm (issue 12, item 7): our watch-list spider
with `--render always` (guard, robots.txt, every page rendered by the same capture as
`cekresmi check --render`, checked and stored with its evidence) against a bare scrapy-playwright
spider that renders the same pages and parses each with BeautifulSoup(lxml), in one run.
Aim: ours keeps at least 80% of the bare throughput.

The pages are client-rendered results pages (tests/renderfarm.py): the seven script-drawn
layouts of the accuracy corpus and the sample results site that fetches the real Sirekap JSON
from a second host. The farm adds no delay and sets TCP_NODELAY.

The same for both: Debian's Chromium (the same binary, headless), one browser and one context
per crawl, the same number of pages rendered at once (RenderConfig.concurrency, default 4),
the same Scrapy concurrency, a 1280x900 viewport and id-ID locale. The bare spider reaches the
farm's names with Chromium's --host-resolver-rules; ours with its guard's --resolve. Each page's
wait: the bare spider waits for the page's figures to be drawn (it is told the page's layout,
renderfarm.drawn: a spider written for these pages); ours knows nothing about the pages and
waits for the network to go quiet (checker.retrieve.capture._load).

Both are timed from the spider opening to its closing, and the browser launch is counted in both
(each starts Chromium once, inside that window: ours when the spider starts, scrapy-playwright
when the engine starts); Python and Scrapy start-up is not. Beside pages per second it prints
the CPU seconds per page of each crawl's processes (the crawl, Chromium and Playwright's driver,
our analysis workers): on a shared machine that figure moves less than the wall clock.

Run: .venv/bin/python benchmarks/bench_crawl_render.py [--pages 64] [--rounds 3]
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _timing import children_cpu, crawl_bench_args, timed_crawl  # noqa: E402

CONCURRENCY = 16


# --- the bare scrapy-playwright spider (its own process: one crawl per process) --------------

def bare_child(spec_file: str) -> None:
    import scrapy
    from bs4 import BeautifulSoup
    from scrapy.crawler import CrawlerProcess
    from scrapy_playwright.page import PageMethod

    spec = json.loads(Path(spec_file).read_text("utf-8"))
    times = {"pages": 0, "drawn": 0}

    class BarePlaywright(scrapy.Spider):
        name = "bare-playwright"

        async def start(self):
            for url, condition, marker in spec["pages"]:
                yield scrapy.Request(url, dont_filter=True, cb_kwargs={"marker": marker}, meta={
                    "playwright": True,
                    "playwright_page_methods": [PageMethod("wait_for_function", condition)]})

        def parse(self, response, marker):
            soup = BeautifulSoup(response.text, "lxml")  # the least any page checker does
            times["pages"] += 1
            times["drawn"] += marker in soup.get_text()

    process = CrawlerProcess({
        "LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": CONCURRENCY,
        "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY, "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DOWNLOAD_HANDLERS": {
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": spec["chromium"], "headless": True,
            "args": ["--host-resolver-rules=MAP *.my.id 127.0.0.1"]},
        "PLAYWRIGHT_CONTEXTS": {"default": {
            "viewport": {"width": 1280, "height": 900}, "locale": "id-ID"}},
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": spec["pages_at_once"],
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 20_000})
    seconds = timed_crawl(process, BarePlaywright)
    print(json.dumps({"pages": times["pages"], "drawn": times["drawn"], "seconds": seconds}))


# Text that is on each layout's page only once its script has drawn the figures.
MARKERS = {"gubernur": "Pilgub Jawa Timur"}


def marker(layout: str) -> str:
    from renderfarm import CORPUS

    if layout in MARKERS:
        return MARKERS[layout]
    static = (CORPUS / layout / "page.html").read_text("utf-8")
    truth = json.loads((CORPUS / layout / "truth.json").read_text("utf-8"))
    for figure in truth["figures"]:  # a figure as drawn, which the page's source lacks
        if figure["text"] not in static:
            return figure["text"]
    raise SystemExit(f"{layout}: every figure is already in the page's source")


def run_bare(pages: list[tuple[str, str]], chromium: str, pages_at_once: int) -> dict:
    from renderfarm import drawn

    spec = {"chromium": chromium, "pages_at_once": pages_at_once,
            "pages": [(url, drawn(layout), marker(layout)) for url, layout in pages]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(spec, handle)
    try:
        out = subprocess.run([sys.executable, __file__, "--bare-child", handle.name],
                             capture_output=True, text=True, cwd=ROOT)
    finally:
        os.unlink(handle.name)
    if out.returncode != 0:
        raise SystemExit(f"bare scrapy-playwright crawl failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_ours(pages, farm, seed: Path, work: Path, chromium: str, workers=None) -> dict:
    from bench_crawl import run_ours as crawl

    got = crawl([url for url, _ in pages], farm.resolve, seed, work, workers,
                render="always", chromium=chromium)
    with sqlite3.connect(got["db"]) as con:  # every page rendered, not a static fallback
        got["rendered"] = con.execute(
            "SELECT count(*) FROM crawl_checks WHERE rendered").fetchone()[0]
    return got


def with_cpu(run, *args) -> dict:
    """run(*args) with the CPU seconds its processes used (the crawl's child process and what it
    started: Chromium, Playwright's driver, our analysis workers), whole run."""
    got, cpu = children_cpu(run, *args)
    got["cpu"] = cpu
    return got


def main() -> None:
    parser = crawl_bench_args(64, "our analysis processes (default: one per core, up to 4)")
    args = parser.parse_args()
    if args.bare_child:
        bare_child(args.bare_child)
        return

    from renderfarm import add_rendered_pages
    from sitefarm import SiteFarm

    from checker.official import default_record
    from checker.retrieve.browser_launch import find_chromium
    from checker.retrieve.capture import RenderConfig

    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("no Chromium (apt-get install chromium)")
    at_once = RenderConfig().concurrency
    work = Path(tempfile.mkdtemp(prefix="bench-crawl-render-"))
    seed = work / "seed.sqlite3"
    os.environ["CEKRESMI_DB"] = str(seed)
    default_record(seed)  # the shipped official record, loaded once (an edge cost)
    bares, ours = [], []
    with SiteFarm(clients_rendered=0) as farm:
        pages = add_rendered_pages(farm, args.pages)
        for _ in range(args.rounds):  # alternated: the machine's load hits both alike
            bares.append(with_cpu(run_bare, pages, chromium, at_once))
            ours.append(with_cpu(run_ours, pages, farm, seed, work, chromium, args.workers))
    for name, runs, key in (("bare", bares, "drawn"), ("ours", ours, "rendered")):
        short = [r for r in runs if r[key] != len(pages) or r["pages"] != len(pages)]
        if short:
            raise SystemExit(f"{name}: {short[0][key]} of {len(pages)} pages rendered")
    bare_rate = statistics.median(r["pages"] / r["seconds"] for r in bares)
    ours_rate = statistics.median(r["pages"] / r["seconds"] for r in ours)
    print(f"{len(pages)} client-rendered pages, {chromium}, {at_once} pages at once, "
          f"concurrency {CONCURRENCY}, median of {args.rounds} rounds (browser launch included)")
    print(f"  bare scrapy-playwright + BeautifulSoup(lxml):        {bare_rate:6.2f} pages/s")
    print(f"  cekresmi watch-list spider, --render always:         {ours_rate:6.2f} pages/s")
    print(f"  ratio: {ours_rate / bare_rate:.0%} of bare throughput (aim: >= 80%)")
    print(f"  CPU per page (crawl process, Chromium, workers): bare "
          f"{statistics.median(r['cpu'] / r['pages'] for r in bares) * 1000:.0f} ms, ours "
          f"{statistics.median(r['cpu'] / r['pages'] for r in ours) * 1000:.0f} ms")
    print("  rounds (s): bare " + ", ".join(f"{r['seconds']:.1f}" for r in bares)
          + "; ours " + ", ".join(f"{r['seconds']:.1f}" for r in ours))


if __name__ == "__main__":
    main()
