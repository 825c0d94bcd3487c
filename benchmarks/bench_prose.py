"""Analysis cost against a BeautifulSoup(lxml) parse of the same page, same run (issue 12 §5).

    news 20 KB     realistic news pages (tests/sitefarm.news_page: real corpus articles in site
                   chrome with related-article teasers): check_snapshot vs the parse. Aim <= 2x.
    hostile        every hostile golden page (tests/fixtures/pages/*hostile*). Aim <= 10x each.
    linear         news pages of 5, 20, 80 and 320 KB: the cost per KB should stay flat (the
                   ratio to the parse, which is linear, should not grow with the size).

Every time is process CPU time (user + system, time.process_time), not the wall clock: on a
shared machine the wall clock mostly measures the neighbours, while the CPU a run spent moves
little with them. Each figure is the median of three runs (a run: the best of --rounds
repeats), and every line sets ours beside the parse timed in the same run.
Linearity is read as the analysis cost per KB of the 320 KB page over that of the 20 KB page
(aim: within about 1.5x; the 5 KB page is mostly fixed cost, so it is not the yardstick).
The rules and record are the shipped ones, loaded once (an edge cost, not an analysis cost).
Only the public API is used, so this file can time an older checkout too:
PYTHONPATH=/path/to/old .venv/bin/python benchmarks/bench_prose.py

With --against REV (e.g. cf7d11d) every set is also analysed by REV in its own process on the
same pages (benchmarks/_against.py), asked in turn with this checkout, and the ratio of their
CPU times is printed (aim: at most 1x, issue 11).

Run: .venv/bin/python benchmarks/bench_prose.py [--rounds N] [--against REV]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from _timing import best_of  # noqa: E402  (benchmarks/_timing.py)
from sitefarm import news_page  # noqa: E402  (tests/sitefarm.py)

RUNS = 3
SIZES_KB = (5, 20, 80, 320)
NEWS_PAGES = 5  # 20 KB pages, each around a different real article


def _context():
    from checker import Context, load_rules
    from checker.official import default_record
    from checker.paths import rules_dir

    db = Path(tempfile.mkdtemp(prefix="cekresmi-bench-")) / "record.sqlite3"
    return Context(rules=load_rules(rules_dir()), official=default_record(db))


def _snapshot(url: str, body: bytes):
    from checker import Snapshot

    return Snapshot(url, url, 200, (("content-type", "text/html"),), body,
                    datetime(2026, 1, 1, tzinfo=timezone.utc), origin="file")


def _hostile() -> list[tuple[str, object]]:
    pages = []
    for case in sorted((ROOT / "tests" / "fixtures" / "pages").iterdir()):
        if "hostile" not in case.name:
            continue
        meta = json.loads((case / "meta.json").read_text("utf-8"))
        pages.append((case.name, _snapshot(meta["url"], (case / "page.html").read_bytes())))
    return pages


def _news(size: int, n: int):
    return _snapshot(f"https://berita.example/{size}/{n}", news_page(n, size).encode("utf-8"))


def _median_pair(snaps, context, rounds: int) -> tuple[float, float]:
    """(ours, parse) in CPU seconds for the list of snapshots: medians of RUNS runs."""
    from bs4 import BeautifulSoup

    from checker import check_snapshot

    def ours():
        for s in snaps:
            check_snapshot(s, context)

    def parse():
        for s in snaps:
            BeautifulSoup(s.body, "lxml")

    ours_t, parse_t = [], []
    for _ in range(RUNS):
        ours_t.append(best_of(ours, rounds, clock=time.process_time))
        parse_t.append(best_of(parse, rounds, clock=time.process_time))
    return statistics.median(ours_t), statistics.median(parse_t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="repeats per run (best kept)")
    parser.add_argument("--against", metavar="REV",
                        help="also time REV's analysis of the same pages, same run")
    args = parser.parse_args()
    from checker import check_snapshot

    context = _context()
    news20 = [_news(20_000, n) for n in range(NEWS_PAGES)]
    hostile = _hostile()
    sized = {kb: _news(kb * 1000, 0) for kb in SIZES_KB}
    for s in [*news20, *(s for _, s in hostile), *sized.values()]:
        check_snapshot(s, context)  # warm caches (compiled patterns, tldextract) untimed

    print(f"load average {_load()} at the start; all times are process CPU, medians of {RUNS}")
    ours, parse = _median_pair(news20, context, args.rounds)
    print(f"news 20 KB : {NEWS_PAGES} pages  analysis {ours / NEWS_PAGES * 1000:7.2f} ms/page"
          f"   BeautifulSoup(lxml) {parse / NEWS_PAGES * 1000:6.2f} ms/page"
          f"   ratio {ours / parse:6.2f}x   (aim <= 2x: {_met(ours / parse <= 2)})")

    worst = 0.0
    for name, s in hostile:
        ours, parse = _median_pair([s], context, args.rounds)
        worst = max(worst, ours / parse)
        print(f"hostile    : {name:48s} {len(s.body) / 1000:6.1f} KB  {ours * 1000:8.2f} ms"
              f"   parse {parse * 1000:7.2f} ms   ratio {ours / parse:7.2f}x")
    print(f"hostile    : worst ratio {worst:.2f}x   (aim <= 10x each: {_met(worst <= 10)})")

    per_kb = {}
    for kb, s in sized.items():
        ours, parse = _median_pair([s], context, args.rounds)
        per_kb[kb] = ours / (len(s.body) / 1000)
        print(f"linear     : {kb:4d} KB news page  {ours * 1000:8.2f} ms  {per_kb[kb] * 1e6:7.1f} us/KB"
              f"   parse {parse * 1000:7.2f} ms   ratio {ours / parse:6.2f}x")
    growth = per_kb[SIZES_KB[-1]] / per_kb[20]
    print(f"linear     : cost per KB at {SIZES_KB[-1]} KB / at 20 KB = {growth:.2f}x"
          f"   (aim <= 1.5x: {_met(growth <= 1.5)})")
    print(f"load average {_load()} at the end")
    if args.against:
        against(args.against, args.rounds, [name for name, _ in hostile])


def _met(ok: bool) -> str:
    return "met" if ok else "not met"


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def against(rev: str, rounds: int, hostile: list[str]) -> None:
    from _against import Pair, line  # benchmarks/_against.py

    pair = Pair(rev)
    try:
        sets = [("news20", f"news 20 KB x{NEWS_PAGES}")]
        sets += [(f"hostile/{name}", name) for name in hostile]
        sets += [(f"news/{kb}", f"news {kb} KB") for kb in SIZES_KB]
        for name, label in sets:
            ours, theirs = pair.median(name, rounds)
            print(line(f"against    : {label:40s}", ours, theirs, rev))
    finally:
        pair.close()


if __name__ == "__main__":
    main()
