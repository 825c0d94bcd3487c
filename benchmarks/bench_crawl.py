"""Crawl throughput on the loopback site farm: our watch-list spider (SSRF guard, robots.txt,
check_snapshot on every page, results stored with their evidence) against a bare Scrapy spider
that downloads the same pages and parses each with BeautifulSoup(lxml), in one run, with the
same concurrency, on two page sets: small generated result pages and ~20 KB realistic news
pages (real articles of tests/corpus/pages in site chrome, sitefarm.news_page). Aim (issue 12):
ours keeps at least 80% of the bare throughput.

The farm sets TCP_NODELAY on its sockets: without it every keep-alive response waited for the
client's 40 ms delayed ACK and both spiders sat at the same ~348 pages/s whatever they did.

Both are timed from the spider opening to its closing (process start-up, Python and Scrapy
imports for both, our rules and record for ours, is printed apart as CPU). The wall clock on a
shared machine mostly measures the neighbours, so the CPU both spent in the same window is
printed too, per page: the bare spider's process; our crawl process and its analysis workers
(read from /proc).

Run: .venv/bin/python benchmarks/bench_crawl.py [--pages 600] [--rounds 3] [--sets small,news20k]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _timing import children_cpu, crawl_bench_args, timed_crawl  # noqa: E402

CONCURRENCY = 16
FILLER = ""


# --- the bare spider (run in its own process: one crawl per process) -------------------------

def bare_child(url_file: str) -> None:
    import scrapy
    from bs4 import BeautifulSoup
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
            BeautifulSoup(response.text, "lxml")  # the least any page checker does
            times["pages"] = times.get("pages", 0) + 1

    process = CrawlerProcess({
        "LOG_LEVEL": "ERROR", "CONCURRENT_REQUESTS": CONCURRENCY,
        "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY, "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False})
    cpu = {}
    seconds = timed_crawl(process, Bare, cpu)
    print(json.dumps({"pages": times.get("pages", 0), "seconds": seconds, "cpu": cpu["seconds"]}))


def with_cpu(run, *args) -> dict:
    """run(*args) with the CPU seconds of the whole child process run (start-up included) and
    what it started, reaped."""
    got, cpu = children_cpu(run, *args)
    got["whole_cpu"] = cpu
    return got


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

def _cpu_of_children() -> float:
    """CPU seconds (user + system) so far of this process's children and their own children:
    the crawl process and its analysis workers while they run (Linux /proc; 0 elsewhere)."""
    def stat(pid: str) -> list[str]:
        try:
            return (Path("/proc") / pid / "stat").read_text("ascii").rsplit(")", 1)[1].split()
        except OSError:
            return []

    parents, total = {str(os.getpid())}, 0
    for _ in range(2):  # the crawl process, then its workers
        found = set()
        for pid in filter(str.isdigit, os.listdir("/proc") if os.path.isdir("/proc") else ()):
            fields = stat(pid)
            if fields and fields[1] in parents:
                found.add(pid)
                total += int(fields[11]) + int(fields[12])
        parents = found
    return total / os.sysconf("SC_CLK_TCK")


def run_ours(urls: list[str], resolve: dict, seed_db: Path, workdir: Path,
             workers: int | None = None, render: str = "never",
             chromium: str | None = None) -> dict:
    import shutil

    from checker.crawl.run import run_job
    from checker.store.crawls import CrawlStore, QueueItem
    from spiders.job import CrawlJob

    db = workdir / f"ours-{time.monotonic_ns()}.sqlite3"
    shutil.copyfile(seed_db, db)
    with CrawlStore(db) as store:
        crawl, _ = store.open_crawl([QueueItem(u) for u in urls])
    job = CrawlJob(db=str(db), crawl=crawl, render=render, allow_private=True, resolve=resolve,
                   per_domain=CONCURRENCY, concurrency=CONCURRENCY, autothrottle=False,
                   workers=workers, chromium=chromium)
    marks = {}

    def on_event(event):
        if event["event"] == "start":
            marks["open"] = time.perf_counter()
            marks["cpu_open"] = _cpu_of_children()
        elif event["event"] == "end":
            marks["close"] = time.perf_counter()
            marks["cpu_close"] = _cpu_of_children()
            marks["pages"] = event["done"]

    code, _, log = run_job(job, on_event, log_dir=workdir)
    if code != 0:
        raise SystemExit(f"crawl failed, see {log}")
    return {"pages": marks["pages"], "seconds": marks["close"] - marks["open"], "db": db,
            "cpu": marks["cpu_close"] - marks["cpu_open"]}


def main() -> None:
    parser = crawl_bench_args(600, "analysis processes (default: one per core, up to 4; "
                                   "0: in-process)")
    parser.add_argument("--sets", default="small,news20k")
    args = parser.parse_args()
    if args.bare_child:
        bare_child(args.bare_child)
        return

    from sitefarm import SiteFarm, news_page, results_page

    from checker.official import default_record

    work = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    seed = work / "seed.sqlite3"
    os.environ["CEKRESMI_DB"] = str(seed)
    default_record(seed)  # the shipped official record, loaded once (an edge cost)
    with SiteFarm(clients_rendered=0) as farm:
        kinds = ("official", "impostor", "independent", "unofficial", "no_claims")
        hosts = [s.url.split("/")[2] for s in farm.sites if s.expect in kinds][:20]
        # (Redirects left out: the bare spider would follow them to names it cannot resolve.)
        sites = [s.url for s in farm.sites if s.expect in kinds
                 and not s.rendered and urlsplit(s.url).path == "/"]
        sets = {}
        for name in args.sets.split(","):
            urls, n = list(sites), 0
            while len(urls) < args.pages:
                host = hosts[n % len(hosts)]
                if name == "small":
                    shares = ("50,07", "39,40", "10,53") if n % 3 else ("52,11", "37,36", "10,53")
                    body = results_page(f"Real Count #{n}", shares, FILLER)
                elif name == "news20k":
                    body = news_page(n, 20_000)
                else:
                    raise SystemExit(f"unknown page set {name!r} (small, news20k)")
                farm.set_page(host, f"/{name}/{n}", body)
                urls.append(f"http://{host}/{name}/{n}")
                n += 1
            sets[name] = urls
        results = {}
        for name, urls in sets.items():
            bares, ours = [], []
            for _ in range(args.rounds):  # alternated: the machine's load hits both alike
                bares.append(with_cpu(run_bare, urls))
                ours.append(with_cpu(run_ours, urls, farm.resolve, seed, work, args.workers))
            results[name] = (len(urls), bares, ours)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"concurrency {CONCURRENCY}, {len(hosts)} sites, median of {args.rounds} rounds, "
          f"load average {load:.1f} on {os.cpu_count()} cores at the end")
    for name, (count, bares, ours) in results.items():
        bare_rate = statistics.median(r["pages"] / r["seconds"] for r in bares)
        ours_rate = statistics.median(r["pages"] / r["seconds"] for r in ours)
        print(f"{name}: {count} pages")
        print(f"  bare Scrapy spider + BeautifulSoup(lxml):   {bare_rate:7.1f} pages/s")
        print(f"  cekresmi watch-list spider (check + store): {ours_rate:7.1f} pages/s")
        print(f"  ratio: {ours_rate / bare_rate:.0%} of bare throughput (aim: >= 80%)")
        bare_cpu = statistics.median(r["cpu"] / r["pages"] for r in bares) * 1000
        ours_cpu = statistics.median(r["cpu"] / r["pages"] for r in ours) * 1000
        print(f"  CPU per page: bare {bare_cpu:.2f} ms, ours {ours_cpu:.2f} ms (crawl process "
              f"and analysis workers): bare / ours {bare_cpu / ours_cpu:.0%}")
        print("  CPU outside the window (start-up, close): bare {:.2f} s, ours {:.2f} s".format(
            statistics.median(r["whole_cpu"] - r["cpu"] for r in bares),
            statistics.median(r["whole_cpu"] - r["cpu"] for r in ours)))
        print("  rounds (pages/s): bare " + ", ".join(
            f"{r['pages'] / r['seconds']:.1f}" for r in bares) + "; ours " + ", ".join(
            f"{r['pages'] / r['seconds']:.1f}" for r in ours))


if __name__ == "__main__":
    main()
