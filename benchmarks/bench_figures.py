"""Benchmark for figures (issue 3: "comparing a 37-province page under 50 ms"), printed next
to its baseline from the same run.

The page is the golden case unofficial_fig_national_37_provinces_table: every governor race
of the Pilkada 2024 in one table (104 pairs, votes, shares and TPS progress, from the derived
Sirekap CSV). It is checked with the official record a fresh install has (the shipped data,
loaded once into a throw-away store: loading is an edge cost, not an analysis cost).

    bare lxml parse        the baseline: parsing the same bytes, nothing else
    extract (Page)         checker.analyse.page.extract: the page's facts, tables and prose
    extract_claims         the figures read from it (245 claims), matched to the record
    compare_claims         those claims against the record (the 50 ms aim)
    check_snapshot         everything: extraction, figures, every rule, the verdict

Run: .venv/bin/python benchmarks/bench_figures.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from builders import snapshot  # noqa: E402  (tests/builders.py: Snapshot from a case)

from _timing import best_of  # noqa: E402  (benchmarks/_timing.py)
from checker import Context
from checker import check_snapshot
from checker import load_rules  # noqa: E402
from checker.figures.claims import extract_claims  # noqa: E402
from checker.figures.compare import compare_claims  # noqa: E402
from checker.analyse.page import extract  # noqa: E402
from checker.paths import rules_dir  # noqa: E402

CASE = ROOT / "tests" / "fixtures" / "pages" / "unofficial_fig_national_37_provinces_table"
AIM_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    import lxml.html

    from checker.official import default_record

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cekresmi-bench-") as tmp:
        record = default_record(Path(tmp) / "record.sqlite3")
    context = Context(rules=load_rules(rules_dir()), official=record)
    loaded = time.perf_counter() - started

    meta = json.loads((CASE / "meta.json").read_text("utf-8"))
    body = (CASE / "page.html").read_bytes()
    snap = snapshot(meta["url"], body)
    rules = context.rules

    report = check_snapshot(snap, context)  # warm caches (matcher, patterns) outside timing
    page = extract(snap, rules.vocabulary)
    claims = extract_claims(page, snap, record, rules)
    comparisons = compare_claims(claims, record, rules.thresholds)

    t_parse = best_of(lambda: lxml.html.document_fromstring(body), args.rounds)
    t_page = best_of(lambda: extract(snap, rules.vocabulary), args.rounds)
    t_claims = best_of(lambda: extract_claims(page, snap, record, rules), args.rounds)
    t_compare = best_of(lambda: compare_claims(claims, record, rules.thresholds), args.rounds)
    t_check = best_of(lambda: check_snapshot(snap, context), args.rounds)

    statuses = sorted({c.status for c in comparisons})
    print(f"37-province page: {len(body):,} bytes, {len(claims)} claims "
          f"({sum(c.kind == 'share' for c in claims)} shares, "
          f"{sum(c.kind == 'votes' for c in claims)} votes, "
          f"{sum(c.kind == 'progress' for c in claims)} progress), comparisons {statuses}, "
          f"figures {report.figures_status}, label {report.label}")
    print(f"record load (edge, once)  {loaded * 1000:8.1f} ms")
    print(f"bare lxml parse           {t_parse * 1000:8.2f} ms   (baseline)")
    print(f"extract (Page)            {t_page * 1000:8.2f} ms   {t_page / t_parse:6.1f}x parse")
    print(f"extract_claims            {t_claims * 1000:8.2f} ms   {t_claims / t_parse:6.1f}x parse")
    print(f"compare_claims            {t_compare * 1000:8.2f} ms   {t_compare / t_parse:6.1f}x parse")
    within = t_claims + t_compare
    print(f"claims + comparison       {within * 1000:8.2f} ms   "
          f"(aim < {AIM_MS:.0f} ms: {'ok' if within * 1000 < AIM_MS else 'MISSED'})")
    print(f"check_snapshot (all)      {t_check * 1000:8.2f} ms   {t_check / t_parse:6.1f}x parse")
    return 0 if within * 1000 < AIM_MS else 1


if __name__ == "__main__":
    sys.exit(main())
