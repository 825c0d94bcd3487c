"""Times one checkout's analysis for a benchmark that sets two checkouts side by side in one run
(benchmarks/_against.py starts one of these per checkout, with that checkout on PYTHONPATH).

Only the public API (`checker.Snapshot`, `check_snapshot`, `Context`, `load_rules`,
`checker.official.default_record`, `checker.paths.rules_dir`) is used, so an older checkout
can be timed on the same pages as the current one. The pages come from PAGES_ROOT (the current
checkout's tests/): both checkouts analyse the very same bytes.

Protocol, one line each way: the controller writes `NAME ROUNDS`, the worker answers a JSON
object {"wall": s, "cpu": s} (the best of ROUNDS repeats of the set NAME) or {"error": ...}.
Sets: golden (every golden page), golden/CASE, news20 (five 20 KB news pages), news/KB,
hostile/CASE, list (the names of the golden cases, answered as {"names": [...]}).

Run by the controller: python benchmarks/_tree_worker.py PAGES_ROOT
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

NEWS_PAGES = 5


def _context():
    from checker import Context, load_rules
    from checker.official import default_record
    from checker.paths import rules_dir

    db = Path(tempfile.mkdtemp(prefix="cekresmi-bench-")) / "record.sqlite3"
    return Context(rules=load_rules(rules_dir()), official=default_record(db))


def _snapshot(url: str, body: bytes, redirects=(), content_type="text/html", status=200):
    from checker import Snapshot
    from checker.models import Hop

    chain = [*redirects, url]
    hops = tuple(Hop(chain[i], 302, chain[i + 1]) for i in range(len(chain) - 1))
    return Snapshot(requested_url=chain[0], final_url=url, status=status,
                    headers=(("content-type", content_type),), body=body,
                    fetched_at=datetime(2024, 11, 28, 3, 15, tzinfo=timezone.utc),
                    redirects=hops, origin="file")


def _golden(tests: Path) -> dict[str, object]:
    pages = {}
    for case in sorted((tests / "fixtures" / "pages").iterdir()):
        meta = json.loads((case / "meta.json").read_text("utf-8"))
        pages[case.name] = _snapshot(meta["url"], (case / "page.html").read_bytes(),
                                     redirects=meta.get("redirects", ()),
                                     content_type=meta.get("content_type", "text/html"),
                                     status=meta.get("status", 200))
    return pages


def _news(tests: Path, size: int, n: int):
    sys.path.insert(0, str(tests))
    from sitefarm import news_page  # tests/sitefarm.py of the current checkout

    return _snapshot(f"https://berita.example/{size}/{n}", news_page(n, size).encode("utf-8"))


def main() -> None:
    from checker import check_snapshot

    tests = Path(sys.argv[1])
    context = _context()
    golden = _golden(tests)
    cache: dict[str, list] = {}

    def pages(name: str) -> list:
        if name not in cache:
            kind, _, arg = name.partition("/")
            if kind == "golden":
                cache[name] = [golden[arg]] if arg else list(golden.values())
            elif kind in ("hostile",):
                cache[name] = [golden[arg]]
            elif kind == "news20":
                cache[name] = [_news(tests, 20_000, n) for n in range(NEWS_PAGES)]
            elif kind == "news":
                cache[name] = [_news(tests, int(arg) * 1000, 0)]
            else:
                raise KeyError(name)
            for s in cache[name]:  # warm caches (compiled patterns, tldextract) untimed
                check_snapshot(s, context)
        return cache[name]

    for line in sys.stdin:
        name, _, rounds = line.strip().partition(" ")
        try:
            if name == "list":
                answer = {"names": list(golden)}
            else:
                snaps = pages(name)
                wall = cpu = float("inf")
                for _ in range(int(rounds or 1)):
                    w, c = time.perf_counter(), time.process_time()
                    for s in snaps:
                        check_snapshot(s, context)
                    wall = min(wall, time.perf_counter() - w)
                    cpu = min(cpu, time.process_time() - c)
                answer = {"wall": wall, "cpu": cpu}
        except Exception as exc:  # an older checkout may lack a page's needs: say so, go on
            answer = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
