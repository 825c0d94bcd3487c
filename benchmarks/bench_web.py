"""Load test of `cekresmi serve` on loopback, printed next to a bare FastAPI endpoint served
the same way in the same run.

1. 200 concurrent clients read stored ("cached") reports: /reports/ID (HTML), /reports/ID.json
   and /check?url=<a URL checked minutes ago> (the bookmarklet path: a 303 to the stored
   report). Every client has its own source address (127.0.1.N: Linux routes all of 127/8 to
   loopback), so the per-client rate limit sees 200 clients, as it would in the field. Aim: no
   errors; p50 / p99 latency printed beside the bare endpoint's under the same load.
2. A burst: one client fires requests as fast as it can while 50 others browse normally. Aim:
   the burst gets 429s once its bucket is empty, the others are all served.

Both servers are real processes (uvicorn, one worker each, the same options); the load comes
from this process (httpx, asyncio), on the same machine, so the figures are relative.

Run: .venv/bin/python benchmarks/bench_web.py [--clients 200] [--requests 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "data-pemilu-gubernur.html"

# The bare baseline: one FastAPI route, no middleware, a body about the size of a small page.
BARE_APP = """
import sys, uvicorn
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
app = FastAPI()
BODY = "<!DOCTYPE html><html><body>" + "<p>bare</p>" * 1000 + "</body></html>"
@app.get("/bare")
def bare():
    return HTMLResponse(BODY)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
            server_header=False, limit_concurrency=1000, timeout_keep_alive=5)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _seed(db: Path, count: int) -> list[tuple[str, str]]:
    """Stored live reports, as if checked a minute ago: (report id, URL)."""
    from checker.retrieve.local import load_path
    from checker.context import Context
    from checker.official import default_record
    from checker.paths import rules_dir
    from checker.analyse.pipeline import check_snapshot
    from checker.store.reports import ReportStore
    from checker.ruleset.load import load_rules

    context = Context(rules=load_rules(rules_dir()), official=default_record(db))
    base = load_path(SAMPLE, "https://data-pemilu.pages.dev/gubernur")
    store = ReportStore(db)
    seeded = []
    for i in range(count):
        url = f"https://data-pemilu-{i}.pages.dev/gubernur"
        report = check_snapshot(replace(base, requested_url=url, final_url=url), context)
        seeded.append((store.save(report, kind="live", url=url), url))
    store.close()
    return seeded


def _start(args: list[str], env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"server did not start: {process.stderr.read().decode()}")
            time.sleep(0.2)


def _client(address: str) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(local_address=address)
    return httpx.AsyncClient(transport=transport, timeout=30, follow_redirects=False)


async def _browse(base: str, paths: list[str], address: str, rounds: int,
                  latencies: list[float], statuses: dict[int, int]) -> None:
    async with _client(address) as http:
        # One unmeasured request first: the figures are for a client already connected
        # (keep-alive), not for 200 TCP handshakes racing the accept queue.
        try:
            await http.get(base + paths[0])
        except httpx.HTTPError:
            pass
        for i in range(rounds):
            path = paths[(hash(address) + i) % len(paths)]
            start = time.perf_counter()
            try:
                status = (await http.get(base + path)).status_code
            except httpx.HTTPError:
                status = -1
            latencies.append(time.perf_counter() - start)
            statuses[status] = statuses.get(status, 0) + 1


async def _load(base: str, paths: list[str], clients: int, rounds: int):
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    start = time.perf_counter()
    await asyncio.gather(*(
        _browse(base, paths, f"127.0.1.{i + 1}" if i < 250 else f"127.0.2.{i - 249}", rounds,
                latencies, statuses) for i in range(clients)))
    return latencies, statuses, time.perf_counter() - start


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _line(name: str, latencies, statuses, elapsed) -> str:
    ok = sum(n for s, n in statuses.items() if 200 <= s < 400)
    return (f"  {name:<34} p50 {_pct(latencies, .50):7.1f} ms  p99 {_pct(latencies, .99):7.1f} ms"
            f"  {len(latencies) / elapsed:6.0f} req/s  ok {ok}/{len(latencies)}  "
            f"statuses {dict(sorted(statuses.items()))}")


async def _burst(base: str, path: str, flood: int, others: int):
    flood_statuses: dict[int, int] = {}
    other_statuses: dict[int, int] = {}

    async def flooder():
        async with _client("127.0.3.1") as http:
            async def one():
                try:  # beyond --client-connections (32) a connection is closed with 429
                    status = (await http.get(base + path)).status_code
                except httpx.HTTPError:
                    status = -1
                flood_statuses[status] = flood_statuses.get(status, 0) + 1
            await asyncio.gather(*(one() for _ in range(flood)))

    async def reader(i: int):
        async with _client(f"127.0.4.{i + 1}") as http:
            for _ in range(5):
                status = (await http.get(base + path)).status_code
                other_statuses[status] = other_statuses.get(status, 0) + 1
                await asyncio.sleep(0.05)

    await asyncio.gather(flooder(), *(reader(i) for i in range(others)))
    return flood_statuses, other_statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=20, help="per client")
    parser.add_argument("--reports", type=int, default=20, help="stored reports to read")
    parser.add_argument("--flood", type=int, default=400, help="requests in the burst")
    opts = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cekresmi-bench-web-") as folder:
        db = Path(folder) / "bench.sqlite3"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CEKRESMI_DB": str(db)}
        os.environ["CEKRESMI_DB"] = str(db)
        print(f"seeding {opts.reports} stored reports ...", flush=True)
        seeded = _seed(db, opts.reports)
        web_port, bare_port = _free_port(), _free_port()
        web = _start([sys.executable, "-c", "from checker.cli.main import main; main()", "serve",
                      "--port", str(web_port), "--log-level", "warning"], env, web_port)
        bare = _start([sys.executable, "-c", BARE_APP, str(bare_port)], env, bare_port)
        try:
            web_base, bare_base = f"http://127.0.0.1:{web_port}", f"http://127.0.0.1:{bare_port}"
            pages = ([f"/reports/{rid}" for rid, _ in seeded]
                     + [f"/reports/{rid}.json" for rid, _ in seeded]
                     + [f"/check?url={url}" for _, url in seeded])
            # Warm both servers (and the rendered-report cache) from one spare address.
            asyncio.run(_load(web_base, pages, 1, len(pages) * 2))
            asyncio.run(_load(bare_base, ["/bare"], 1, 20))
            total = opts.clients * opts.requests
            print(f"\n1. {opts.clients} concurrent clients x {opts.requests} requests "
                  f"({total} each), one uvicorn worker per server:")
            bare_run = asyncio.run(_load(bare_base, ["/bare"], opts.clients, opts.requests))
            web_run = asyncio.run(_load(web_base, pages, opts.clients, opts.requests))
            print(_line("bare FastAPI endpoint (baseline)", *bare_run))
            print(_line("cekresmi stored reports + /check", *web_run))
            errors = sum(n for s, n in web_run[1].items() if not 200 <= s < 400)
            print(f"  errors: {errors}   p50 ratio {_pct(web_run[0], .5) / _pct(bare_run[0], .5):.1f}x"
                  f"   p99 ratio {_pct(web_run[0], .99) / _pct(bare_run[0], .99):.1f}x")

            print(f"\n2. burst: one client sends {opts.flood} requests at once while 50 others "
                  "read normally (default limit: 240/min, burst 120):")
            flood, others = asyncio.run(_burst(web_base, f"/reports/{seeded[0][0]}", opts.flood, 50))
            print(f"  burst client  statuses {dict(sorted(flood.items()))}")
            print(f"  other clients statuses {dict(sorted(others.items()))}")
            served = others.get(200, 0) == sum(others.values())
            print(f"  burst refused with 429: {flood.get(429, 0)}   others all served: {served}")
        finally:
            for process in (web, bare):
                process.terminate()
                process.wait(10)


if __name__ == "__main__":
    main()
