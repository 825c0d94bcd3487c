"""`cekresmi check` of saved pages against a store holding the full-scale governor tree (from
bench_import.py --keep), and the presidential tree beside it, and against a fresh store with the
shipped record only, in the same run: wall time and peak memory of the whole process, median of
N rounds. Issue 12 target: the full-scale check takes at most 1.2x the time and the memory of
the shipped-record check.

Run: python benchmarks/bench_lookup.py /tmp/full.sqlite3 [--rounds 3] [--pages presidential]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "fixtures" / "pages"
CORPUS = ROOT / "tests" / "corpus" / "pages"
# Pages with figures for the governor races: the DKI fake, a results table, KPU's own page.
GOVERNOR = (GOLDEN / "unofficial_fig_dki_fake_real_count_kpu",
            GOLDEN / "official_pilkada2024_sirekap")
# A real news page (accuracy corpus, dev part) with Pilpres figures: the national plenary
# counts of the three pairs and provinces' figures, looked up in the presidential race.
PRESIDENTIAL = (CORPUS / "pilpres-okezone-rekap-38-provinsi",)
SETS = {"governor": GOVERNOR, "presidential": PRESIDENTIAL, "all": GOVERNOR + PRESIDENTIAL}

CHILD = r'''
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
start = time.perf_counter()
from click.testing import CliRunner
from checker.cli.main import cli
args = ["check", "--format", "json", "--render", "never", "--db", sys.argv[2]]
comparisons = 0
for page, url in json.loads(sys.argv[3]):
    result = CliRunner().invoke(cli, args + [page, "--url", url])
    assert result.exit_code in (0, 1, 2, 3, 4), result.output[-500:]
    comparisons += len(json.loads(result.output).get("comparisons", []))
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": usage.ru_maxrss / 1024, "comparisons": comparisons}))
'''


def pages(which: str) -> list[tuple[str, str]]:
    found = []
    for case in SETS[which]:
        meta = json.loads((case / "meta.json").read_text("utf-8"))
        found.append((str(case / "page.html"), meta["url"]))
    return found


def measure(db: Path, rounds: int, which: str) -> dict:
    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(db),
                              json.dumps(pages(which))], capture_output=True, text=True,
                             check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "rss_mb": statistics.median(r["rss_mb"] for r in runs),
            "comparisons": runs[0]["comparisons"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("full", type=Path, help="a store with the full-scale tree imported")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pages", choices=tuple(SETS), default="all",
                        help="governor: the two governor pages; presidential: the Pilpres "
                        "page; all (default): the three")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-lookup-") as tmp:
        shipped = Path(tmp) / "shipped.sqlite3"
        full = Path(tmp) / "full.sqlite3"
        shutil.copy(args.full, full)  # first use merges the shipped data: not into theirs
        for db in (shipped, full):  # first use (loading the shipped data) is not the check
            measure(db, 1, args.pages)
        size = full.stat().st_size / 2**20
        # the two stores in turn, round by round: a neighbour's load that comes and goes
        # falls on both (in blocks it fell on one side)
        rounds = [(measure(shipped, 1, args.pages), measure(full, 1, args.pages))
                  for _ in range(args.rounds)]
        small, large = ({k: statistics.median(r[i][k] for r in rounds)
                         for k in ("seconds", "cpu", "rss_mb")} for i in (0, 1))
        small["comparisons"], large["comparisons"] = (rounds[0][i]["comparisons"]
                                                      for i in (0, 1))
    print(f"pages: {args.pages} ({len(SETS[args.pages])}); comparisons: {small['comparisons']} "
          f"(shipped record), {large['comparisons']} (imported store)")
    for what, got in (("shipped record", small), (f"imported store ({size:.0f} MB)", large)):
        print(f"check, {what:24s} {got['seconds']:6.2f} s {got['cpu']:6.2f} s CPU "
              f"{got['rss_mb']:6.0f} MB")
    print(f"ratio (target <= 1.2x)       time {large['seconds'] / small['seconds']:.2f}x, "
          f"CPU {large['cpu'] / small['cpu']:.2f}x, memory {large['rss_mb'] / small['rss_mb']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
