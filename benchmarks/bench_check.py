"""Benchmarks for `cekresmi check`, each printed next to its baseline from the same run.

1. In-process analysis of the golden pages (check_snapshot) against a bare lxml parse of the
   same pages. Aim: at most 3x.
2. Batch checks of 200 loopback URLs (fetch + analysis, SSRF guard path included) against bare
   httpx fetches of the same URLs at the same concurrency. Aim: 200 URLs/s.
3. CLI start-up (`cekresmi --help`) against a bare `python -c pass`.
4. With --against REV (e.g. cf7d11d): the same golden pages analysed by this checkout and by
   REV (exported with `git archive`, run in its own process: benchmarks/_against.py), asked in
   turn in one run, medians of three; the ratio is of CPU time (a shared machine's load moves
   wall time more than CPU time). Aim: at most 1x (issue 11: not worse than before).

Run: .venv/bin/python benchmarks/bench_check.py [--rounds N] [--against REV] [--only analysis]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from builders import snapshot  # noqa: E402  (tests/builders.py: Snapshot from a case)

from _timing import best_of  # noqa: E402  (benchmarks/_timing.py)
from checker import Context
from checker import check_snapshot
from checker import load_rules  # noqa: E402
from checker.paths import rules_dir  # noqa: E402


_CONTEXT = None


def context():
    """The rules and the official record a fresh install has (the shipped data, loaded into a
    throw-away store), built once: loading is an edge cost, not an analysis cost."""
    global _CONTEXT
    if _CONTEXT is None:
        import tempfile

        from checker.official import default_record

        db = Path(tempfile.mkdtemp(prefix="cekresmi-bench-")) / "record.sqlite3"
        _CONTEXT = Context(rules=load_rules(rules_dir()), official=default_record(db))
    return _CONTEXT


def golden_snapshots():
    cases = []
    for case in sorted((ROOT / "tests" / "fixtures" / "pages").iterdir()):
        meta = json.loads((case / "meta.json").read_text("utf-8"))
        body = (case / "page.html").read_bytes()
        cases.append(snapshot(meta["url"], body, redirects=meta.get("redirects", ()),
                              content_type=meta.get("content_type", "text/html"),
                              status=meta.get("status", 200)))
    return cases


def bench_analysis(rounds: int) -> None:
    import lxml.html

    context_ = context()
    snaps = golden_snapshots()
    htmlish = [s for s in snaps if s.body]
    for s in snaps:  # warm caches (tldextract, compiled patterns) outside the timing
        check_snapshot(s, context_)

    def ours():
        for s in snaps:
            check_snapshot(s, context_)

    def bare():
        for s in htmlish:
            _parse_quietly(lxml.html, s.body)

    t_ours, t_bare = best_of(ours, rounds), best_of(bare, rounds)
    print(f"analysis   : {len(snaps)} golden pages  check_snapshot {t_ours * 1000:8.1f} ms"
          f"   bare lxml parse {t_bare * 1000:8.1f} ms   ratio {t_ours / t_bare:5.2f}x"
          f"   (aim <= 3x)")
    per_ours = sorted(best_of(lambda s=s: check_snapshot(s, context_), rounds) for s in htmlish)
    per_bare = sorted(best_of(lambda s=s: _parse_quietly(lxml.html, s.body), rounds)
                      for s in htmlish)
    mid = len(per_ours) // 2
    print(f"             per page: median {per_ours[mid] * 1000:6.2f} ms vs {per_bare[mid] * 1000:6.3f}"
          f" ms parse; slowest {per_ours[-1] * 1000:6.1f} ms vs {per_bare[-1] * 1000:6.2f} ms")


def _parse_quietly(html_module, body: bytes) -> None:
    try:
        html_module.document_fromstring(body)
    except Exception:  # empty or unparsable pages: the parse still cost its time
        pass


PAGE = ("<html><head><title>Real Count Pilkada 2024</title></head><body><h1>Real Count Pilgub"
        " DKI Jakarta</h1><p>Pramono-Rano 50,07 persen, Ridwan Kamil-Suswono 39,40 persen, "
        "Dharma-Kun 10,53 persen.</p></body></html>").encode()


RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Length: " + str(len(PAGE)).encode() + b"\r\n\r\n" + PAGE)


def _serve(port_queue) -> None:
    """A minimal keep-alive HTTP/1.1 server on loopback, in its own process, so the server's
    speed (not Python's http.server threads) never caps what we measure."""

    async def handle(reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                if not head:
                    break
                writer.write(RESPONSE)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main():
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
        port_queue.put(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def bench_batch(count: int = 200, concurrency: int = 16) -> None:
    import httpx

    from checker.service import Target, check_targets
    from checker.retrieve.fetch import FetchConfig

    import multiprocessing

    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    port = ports.get(timeout=10)
    urls = [f"http://127.0.0.1:{port}/page/{i}" for i in range(count)]
    config = FetchConfig(allow_private=True)

    async def bare_fetch():
        sem = asyncio.Semaphore(concurrency)
        async with httpx.AsyncClient() as client:
            async def one(url):
                async with sem:
                    response = await client.get(url)
                    return response.content
            await asyncio.gather(*(one(u) for u in urls))

    start = time.perf_counter()
    asyncio.run(bare_fetch())
    t_bare = time.perf_counter() - start
    start = time.perf_counter()
    results = check_targets([Target("url", u) for u in urls], context(), fetch_config=config,
                            concurrency=concurrency)
    t_ours = time.perf_counter() - start
    server.terminate()
    failed = sum(1 for r in results if not hasattr(r, "label"))
    print(f"batch      : {count} loopback URLs      cekresmi {count / t_ours:8.0f} URLs/s"
          f"   bare httpx GET {count / t_bare:8.0f} URLs/s   ratio {t_ours / t_bare:5.2f}x"
          f"   failures {failed}   (aim >= 200 URLs/s)")


def bench_startup(rounds: int) -> None:
    def timed(args):
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    t_help = timed([sys.executable, "-m", "checker.cli.main", "--help"])
    t_bare = timed([sys.executable, "-c", "pass"])
    print(f"start-up   : cekresmi --help {t_help * 1000:8.0f} ms   bare python {t_bare * 1000:8.0f}"
          f" ms   overhead {(t_help - t_bare) * 1000:6.0f} ms (median of {rounds})")


def bench_against(rev: str, rounds: int) -> None:
    from _against import Pair, line  # benchmarks/_against.py

    pair = Pair(rev)
    try:
        names = pair.ours.ask("list")["names"]
        ours, theirs = pair.median("golden", rounds)
        print(line(f"against    : {len(names)} golden pages", ours, theirs, rev))
    finally:
        pair.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", metavar="REV",
                        help="also time REV's analysis of the same pages, same run")
    parser.add_argument("--only", choices=("analysis",),
                        help="only the analysis figures (skip the batch and start-up)")
    args = parser.parse_args()
    bench_analysis(args.rounds)
    if args.against:
        bench_against(args.against, args.rounds)
    if args.only != "analysis":
        bench_batch()
        bench_startup(args.rounds)


if __name__ == "__main__":
    main()
