"""Load test of `cekresmi serve` on loopback, next to a bare FastAPI app in the same run.

What it measures is the server, not the load generator: the load comes from separate loader
processes (raw asyncio sockets with keep-alive, far cheaper per request than an HTTP library),
and the server's own CPU time is read from /proc for its whole process tree (uvicorn's parent
and its workers) over the measured window.

1. Server CPU per request: `cekresmi serve` (one worker) reading stored reports
   (/reports/ID, /reports/ID.json) and `/check?url=` of recently checked URLs (the
   bookmarklet's path, a 303), against a bare FastAPI app (one route, no middleware, a body
   the mean size of ours, same uvicorn options) under the same load. Target <= 1.2x.
2. Throughput (requests/s) of `cekresmi serve --workers 1, 2, 4` under the same load.
3. A burst from one client against 2 workers: the per-client limit holds across processes.

Each figure is the median of three rounds against one running server. On a machine with few
cores the loaders take CPU from the server: the throughput figures are for this machine.

Run: .venv/bin/python benchmarks/bench_web.py [--seconds 4] [--loaders 2] [--connections 16]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "data-pemilu-gubernur.html"
TICK = os.sysconf("SC_CLK_TCK")

sys.path.insert(0, str(ROOT / "tests"))
from loopback import free_port, stop  # noqa: E402  (tests/loopback.py)

# The bare baseline: one FastAPI route, no middleware, a body of the given size.
BARE_APP = """
import sys, uvicorn
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
app = FastAPI()
BODY = "x" * int(sys.argv[2])
@app.get("/bare")
async def bare():
    return HTMLResponse(BODY)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
            server_header=False, limit_concurrency=1000, timeout_keep_alive=5)
"""


# --- the loader: runs in its own process ----------------------------------------------------
async def _connection(port: int, address: str, paths: list[str], start: float, stop: float,
                      counts: dict) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(address, 0))
    i = hash(address) % len(paths)
    try:
        while time.time() < stop:
            path = paths[i % len(paths)]
            i += 1
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            body = await reader.readexactly(length)
            now = time.time()
            if start <= now < stop:  # only requests inside the measured window count
                status = int(head[9:12])
                counts[status] = counts.get(status, 0) + 1
                counts["bytes"] = counts.get("bytes", 0) + len(body)
    finally:
        writer.close()


def loader(argv: list[str]) -> None:
    """python bench_web.py --loader PORT START STOP CONNECTIONS FIRST_ADDRESS PATHS_JSON"""
    port, start, stop, connections = int(argv[0]), float(argv[1]), float(argv[2]), int(argv[3])
    base, paths = int(argv[4]), json.loads(argv[5])
    counts: dict = {}

    async def run():
        await asyncio.gather(*(
            _connection(port, f"127.0.{1 + (base + c) // 250}.{1 + (base + c) % 250}", paths,
                        start, stop, counts) for c in range(connections)))
    asyncio.run(run())
    print(json.dumps(counts))


# --- the server side ------------------------------------------------------------------------
def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return pids


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and every live descendant."""
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / TICK


def _start(args: list[str], env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 90
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                time.sleep(1.5)  # every worker up, not just the first
                return process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"server did not start: {process.stderr.read().decode()}")
            time.sleep(0.2)


def _round(server: subprocess.Popen, port: int, paths: list[str], opts) -> dict:
    """One measured window: loaders start together, the server's CPU is read around it."""
    start = time.time() + 3.0  # loaders start, connect and warm up before the window
    stop = start + opts.seconds
    loaders = [subprocess.Popen([sys.executable, __file__, "--loader", str(port), str(start),
                                 str(stop), str(opts.connections), str(i * opts.connections),
                                 json.dumps(paths)], stdout=subprocess.PIPE, text=True)
               for i in range(opts.loaders)]
    time.sleep(max(0.0, start - time.time()))
    cpu_before = _cpu_seconds(server.pid)
    time.sleep(max(0.0, stop - time.time()))
    cpu_after = _cpu_seconds(server.pid)
    counts: dict = {}
    for process in loaders:
        out, _ = process.communicate(timeout=60)
        for key, value in json.loads(out).items():
            counts[key] = counts.get(key, 0) + value
    requests = sum(v for k, v in counts.items() if k != "bytes")
    if not requests:
        raise SystemExit("no request was answered in the window (is the machine overloaded?)")
    return {"rps": requests / opts.seconds, "cpu_ms": (cpu_after - cpu_before) * 1000 / requests,
            "statuses": {k: v for k, v in counts.items() if k != "bytes"},
            "mean_bytes": counts.get("bytes", 0) / max(1, requests)}


def _warm(port: int, paths: list[str]) -> None:
    """Every path read before measuring (the first read of a report renders it): four passes
    on new connections, which the kernel spreads over the worker processes (each has its own
    cache; a render left over falls in the first round, and the median drops it)."""
    import httpx

    with httpx.Client(timeout=120, limits=httpx.Limits(max_keepalive_connections=0)) as http:
        for _ in range(4):
            for path in paths:
                http.get(f"http://127.0.0.1:{port}{path}")


def _median(server, port, paths, opts) -> dict:
    rounds = [_round(server, port, paths, opts) for _ in range(3)]
    middle = sorted(rounds, key=lambda r: r["cpu_ms"])[1]
    return {**middle, "rps": statistics.median(r["rps"] for r in rounds),
            "cpu_ms": statistics.median(r["cpu_ms"] for r in rounds)}


def _seed(db: Path, count: int) -> list[tuple[str, str]]:
    """Stored live reports, as if checked a minute ago: (report id, URL)."""
    from checker.analyse.pipeline import check_snapshot
    from checker.context import Context
    from checker.official import default_record
    from checker.paths import rules_dir
    from checker.retrieve.local import load_path
    from checker.ruleset.load import load_rules
    from checker.store.reports import ReportStore

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


def _serve(env: dict, workers: int, extra: tuple = ()) -> tuple[subprocess.Popen, int]:
    port = free_port()
    return _start([sys.executable, "-c", "from checker.cli.main import main; main()", "serve",
                   "--port", str(port), "--workers", str(workers), "--log-level", "warning",
                   *extra], env, port), port


async def _burst(port: int, flood: int) -> dict:
    import httpx

    statuses: dict[int, int] = {}
    limits = httpx.Limits(max_keepalive_connections=0)  # new connections: both workers serve
    async with httpx.AsyncClient(limits=limits, timeout=30) as http:
        gate = asyncio.Semaphore(8)

        async def one():
            async with gate:
                status = (await http.get(f"http://127.0.0.1:{port}/healthz-not")).status_code
            statuses[status] = statuses.get(status, 0) + 1
        await asyncio.gather(*(one() for _ in range(flood)))
    return statuses


def _machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.machine())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} cores ({model}), Python {platform.python_version()}, "
            f"load average {load} at start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="measured window per round")
    parser.add_argument("--loaders", type=int, default=2, help="load-generating processes")
    parser.add_argument("--connections", type=int, default=16, help="per loader")
    parser.add_argument("--reports", type=int, default=20, help="stored reports to read")
    parser.add_argument("--workers", default="1,2,4")
    opts = parser.parse_args()
    print(f"machine: {_machine()}")
    print(f"load: {opts.loaders} loader processes x {opts.connections} keep-alive connections, "
          f"{opts.seconds:g} s windows, median of 3 rounds\n")

    with tempfile.TemporaryDirectory(prefix="cekresmi-bench-web-") as folder:
        db = Path(folder) / "bench.sqlite3"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "CEKRESMI_DB": str(db),
               "XDG_CACHE_HOME": folder}
        os.environ["CEKRESMI_DB"] = str(db)
        seeded = _seed(db, opts.reports)
        paths = ([f"/reports/{rid}" for rid, _ in seeded]
                 + [f"/reports/{rid}.json" for rid, _ in seeded]
                 + [f"/check?url={url}" for _, url in seeded])
        # The request limit is lifted for the load (each loader connection is one client
        # reading hundreds of reports); the limiter still runs on every request.
        unlimited = ("--request-limit", "1000000")
        results = {}
        for workers in [int(w) for w in opts.workers.split(",")]:
            server, port = _serve(env, workers, unlimited)
            try:
                _warm(port, paths)
                results[workers] = _median(server, port, paths, opts)
            finally:
                stop(server)
        size = int(results[min(results)]["mean_bytes"])
        port = free_port()
        bare = _start([sys.executable, "-c", BARE_APP, str(port), str(size)], env, port)
        try:
            _warm(port, ["/bare"])
            baseline = _median(bare, port, ["/bare"], opts)
        finally:
            stop(bare)

        one = results[min(results)]
        print(f"1. server CPU per request (one worker; mean body {size:,} bytes, the bare app "
              "serves the same size):")
        print(f"  bare FastAPI app          {baseline['cpu_ms']:6.3f} ms   "
              f"{baseline['rps']:7.0f} req/s  {baseline['statuses']}")
        print(f"  cekresmi serve            {one['cpu_ms']:6.3f} ms   {one['rps']:7.0f} req/s  "
              f"{one['statuses']}")
        print(f"  ratio {one['cpu_ms'] / baseline['cpu_ms']:.2f}x   (target <= 1.2x)\n")
        print("2. throughput by worker processes (same load):")
        for workers, result in results.items():
            print(f"  --workers {workers}   {result['rps']:7.0f} req/s   CPU "
                  f"{result['cpu_ms']:.3f} ms/request   {result['statuses']}")

        server, port = _serve(env, 2, ("--request-limit", "60"))
        try:
            statuses = asyncio.run(_burst(port, 300))
        finally:
            stop(server)
        served = sum(n for s, n in statuses.items() if s != 429)
        print("\n3. burst: one client, 300 requests on new connections, 2 workers, "
              "--request-limit 60 (burst 120):")
        print(f"  statuses {dict(sorted(statuses.items()))}: {served} served (one bucket for "
              "both processes; a bucket each would serve about 240)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--loader":
        loader(sys.argv[2:])
    else:
        main()
