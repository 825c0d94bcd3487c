"""Crawl throughput on the loopback site farm: our watch-list spider (SSRF guard, robots.txt,
check_snapshot on every page, results stored with their evidence) against a bare Scrapy spider
that only downloads the same pages, in one run, with the same concurrency. Aim: ours keeps at
least 80% of the bare throughput on static pages.

Both are timed from the spider opening to its closing (process start-up, which is the same
Python and Scrapy import for both, is printed apart).

Run: .venv/bin/python benchmarks/bench_crawl.py [--pages 600] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

CONCURRENCY = 16
FILLER = ""


# --- the bare spider (run in its own process: one crawl per process) -------------------------

def bare_child(url_file: str) -> None:
    import scrapy
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess

    urls = Path(url_file).read_text("utf-8").split()
    times = {}

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            for url in urls:
                # The farm's names are all 127.0.0.1: connect there, name the site in Host.
                host = url.split("/")[2]
                port = host.rsplit(":", 1)[1]
                yield scrapy.Request(url.replace(host, f"127.0.0.1:{port}", 1),
                                     headers={"Host": host}, dont_filter=True)

        def parse(self, response):
            times["pages"] = times.get("pages", 0) + 1

    process = CrawlerProcess({
        "LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": CONCURRENCY,
        "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY, "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False})
    crawler = process.create_crawler(Bare)
    def opened():
        times["open"] = time.perf_counter()

    def closed():
        times["close"] = time.perf_counter()

    # (Scrapy holds signal handlers weakly: named functions that live until the end.)
    crawler.signals.connect(opened, signals.spider_opened)
    crawler.signals.connect(closed, signals.spider_closed)
    process.crawl(crawler)
    process.start()
    print(json.dumps({"pages": times.get("pages", 0), "seconds": times["close"] - times["open"]}))


def run_bare(urls: list[str]) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(urls))
    try:
        out = subprocess.run([sys.executable, __file__, "--bare-child", handle.name],
                             capture_output=True, text=True, check=True, cwd=ROOT)
    finally:
        os.unlink(handle.name)
    return json.loads(out.stdout.strip().splitlines()[-1])


# --- ours -------------------------------------------------------------------------------------

def run_ours(urls: list[str], resolve: dict, seed_db: Path, workdir: Path,
             workers: int | None = None) -> dict:
    import shutil

    from checker.crawl.run import run_job
    from checker.store.crawls import CrawlStore, QueueItem
    from spiders.job import CrawlJob

    db = workdir / f"ours-{time.monotonic_ns()}.sqlite3"
    shutil.copyfile(seed_db, db)
    with CrawlStore(db) as store:
        crawl, _ = store.open_crawl([QueueItem(u) for u in urls])
    job = CrawlJob(db=str(db), crawl=crawl, render="never", allow_private=True, resolve=resolve,
                   per_domain=CONCURRENCY, concurrency=CONCURRENCY, autothrottle=False,
                   workers=workers)
    marks = {}

    def on_event(event):
        if event["event"] == "start":
            marks["open"] = time.perf_counter()
        elif event["event"] == "end":
            marks["close"] = time.perf_counter()
            marks["pages"] = event["done"]

    code, _, log = run_job(job, on_event, log_dir=workdir)
    if code != 0:
        raise SystemExit(f"crawl failed, see {log}")
    return {"pages": marks["pages"], "seconds": marks["close"] - marks["open"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=None,
                        help="analysis processes (default: one per spare core; 0: in-process)")
    parser.add_argument("--bare-child")
    args = parser.parse_args()
    if args.bare_child:
        bare_child(args.bare_child)
        return

    from sitefarm import SiteFarm, results_page

    from checker.official import default_record

    work = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    seed = work / "seed.sqlite3"
    os.environ["CEKRESMI_DB"] = str(seed)
    default_record(seed)  # the shipped official record, loaded once (an edge cost)
    with SiteFarm(clients_rendered=0) as farm:
        # Static pages only: the farm's sites plus generated result pages on 20 of them.
        hosts = [s.url.split("/")[2] for s in farm.sites if s.expect in (
            "official", "impostor", "independent", "unofficial", "no_claims")][:20]
        # (Redirects left out: the bare spider would follow them to names it cannot resolve.)
        urls = [s.url for s in farm.sites if s.expect in ("official", "impostor",
                                                          "independent", "unofficial",
                                                          "no_claims")
                and not s.rendered and urlsplit(s.url).path == "/"]
        n = 0
        while len(urls) < args.pages:
            host = hosts[n % len(hosts)]
            shares = ("50,07", "39,40", "10,53") if n % 3 else ("52,11", "37,36", "10,53")
            farm.set_page(host, f"/p{n}", results_page(f"Real Count #{n}", shares,
                                                       FILLER))
            urls.append(f"http://{host}/p{n}")
            n += 1
        best_bare = best_ours = None
        for _ in range(args.rounds):
            bare = run_bare(urls)
            ours = run_ours(urls, farm.resolve, seed, work, args.workers)
            if best_bare is None or bare["seconds"] < best_bare["seconds"]:
                best_bare = bare
            if best_ours is None or ours["seconds"] < best_ours["seconds"]:
                best_ours = ours
    bare_rate = best_bare["pages"] / best_bare["seconds"]
    ours_rate = best_ours["pages"] / best_ours["seconds"]
    print(f"static pages: {len(urls)} on {len(hosts)} sites, concurrency {CONCURRENCY}, "
          f"best of {args.rounds}")
    print(f"  bare Scrapy spider (download only):        {bare_rate:7.1f} pages/s "
          f"({best_bare['pages']} pages in {best_bare['seconds']:.2f} s)")
    print(f"  cekresmi watch-list spider (check + store): {ours_rate:7.1f} pages/s "
          f"({best_ours['pages']} pages in {best_ours['seconds']:.2f} s)")
    print(f"  ratio: {ours_rate / bare_rate:.0%} of bare throughput (aim: >= 80%)")


if __name__ == "__main__":
    main()
