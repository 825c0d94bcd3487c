"""`cekresmi serve --workers N`: N processes on one port act as one service. The real server
runs on a loopback port; the burst, the duplicate checks and the renders come from outside."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from loopback import RESULTS_PAGE, LoopbackServer, free_port, stop
from web_helpers import slow_page

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from checker.cli.main import main; main()"]


def _env(tmp_path) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "CEKRESMI_DB": str(tmp_path / "db.sqlite3"),
            "XDG_CACHE_HOME": str(tmp_path / "cache")}


def _started(process: subprocess.Popen, port: int, workers: int) -> list[int]:
    """Wait until the port answers and `workers` worker processes are up; their pids."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode()
        children = _children(process.pid)
        try:
            if len(children) >= workers and httpx.get(f"http://127.0.0.1:{port}/healthz",
                                                      timeout=2).status_code == 200:
                return children
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError("the server did not start")


def _children(pid: int) -> list[int]:
    """The uvicorn workers (the parent also starts a resource tracker, which serves nothing)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            if b"resource_tracker" not in cmdline:
                found.append(int(child))
    return found


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def test_two_workers_limit_one_clients_burst_once(tmp_path):
    port = free_port()
    # 60 requests a minute with a burst of 120: in the few seconds of the burst the bucket
    # refills by a handful. Two processes with a bucket each would let about 240 through.
    server = subprocess.Popen([*CLI, "serve", "--workers", "2", "--port", str(port),
                               "--request-limit", "60", "--log-level", "warning"],
                              env=_env(tmp_path), cwd=tmp_path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        workers = _started(server, port, 2)
        before = {pid: _cpu_ticks(pid) for pid in workers}

        async def burst() -> list[int]:
            # A new connection for every request, so the kernel hands them to both processes.
            limits = httpx.Limits(max_keepalive_connections=0)
            async with httpx.AsyncClient(limits=limits, timeout=30) as http:
                gate = asyncio.Semaphore(8)

                async def one() -> int:
                    async with gate:
                        return (await http.get(f"http://127.0.0.1:{port}/nope")).status_code
                return await asyncio.gather(*(one() for _ in range(300)))

        statuses = asyncio.run(burst())
        served = sum(1 for s in statuses if s != 429)
        assert set(statuses) <= {404, 429}
        # Each worker takes a busy client's tokens 7 at a time (checker.web.shared): up to 6
        # may sit unspent in each worker's hand when the other one is asked.
        assert 120 - 2 * 6 <= served <= 135, served
        assert statuses.count(429) >= 165
        # Both processes did the serving (each spent CPU on the burst).
        assert all(_cpu_ticks(pid) > before[pid] for pid in workers), before
    finally:
        stop(server)


_SERVE = """
import sys
from checker.web.protocol import Limits
from checker.web.serving import run
from checker.web.settings import Settings
# Loopback pages may be checked only because this test says so (no option or request can).
settings = Settings(allowed_networks=("127.0.0.0/8",), api_wait=30.0)
run(settings, Limits(), host="127.0.0.1", port=int(sys.argv[1]), workers=2,
    max_connections=1000, log_level="warning")
"""


def test_the_same_url_sent_to_two_workers_at_once_is_fetched_once(tmp_path):
    port = free_port()
    with LoopbackServer({"/hasil": slow_page(1.5, RESULTS_PAGE)}) as site:
        server = subprocess.Popen([sys.executable, "-c", _SERVE, str(port)], env=_env(tmp_path),
                                  cwd=tmp_path, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
        try:
            _started(server, port, 2)

            async def checks() -> list[httpx.Response]:
                async def one(i: int) -> httpx.Response:
                    # Each reader from its own address and connection: no rate limit between them,
                    # and the connections spread over both processes.
                    transport = httpx.AsyncHTTPTransport(local_address=f"127.0.5.{i + 1}")
                    async with httpx.AsyncClient(transport=transport, timeout=60) as http:
                        return await http.post(f"http://127.0.0.1:{port}/api/v1/checks",
                                               json={"url": site.url("/hasil")})
                return await asyncio.gather(*(one(i) for i in range(8)))

            answers = asyncio.run(checks())
            assert all(a.status_code in (200, 201) for a in answers), [a.text for a in answers]
            ids = {a.json()["permalink"]["id"] for a in answers}
            assert len(ids) == 1, ids
            assert site.hits.count("/hasil") == 1, site.hits
        finally:
            stop(server)


def test_rendered_web_checks_share_one_chromium(tmp_path):
    """Three rendered checks (one after another, then two at once) start Chromium once."""
    from results_site import chromium
    from web_helpers import make_app

    chromium()
    pages = {f"/page/{i}": (200, {"Content-Type": "text/html; charset=utf-8"}, RESULTS_PAGE)
             for i in range(3)}
    app = make_app(tmp_path, render="always", api_wait=60.0)
    pool = app.state.cekresmi.browsers

    async def run(site) -> list[dict]:
        transport = httpx.ASGITransport(app=app, client=("203.0.113.9", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            async def check(path: str) -> dict:
                answer = await http.post("/api/v1/checks", json={"url": site.url(path)})
                assert answer.status_code == 201, answer.text
                return answer.json()
            first = await check("/page/0")
            return [first, *await asyncio.gather(check("/page/1"), check("/page/2"))]

    try:
        with LoopbackServer(pages) as site:
            reports = asyncio.run(run(site))
        assert all(r["rendering"] and r["rendering"]["finished"] for r in reports)
        assert pool.launches == 1
    finally:
        from checker.web.app import close_app

        close_app(app)
