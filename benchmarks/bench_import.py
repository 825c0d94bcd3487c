"""`cekresmi official import` of a full-scale tree (make_fullscale.py) against the floor of any
importer: json.load of the same files plus a bare executemany of the same rows into the same
tables (no upsert, no checks), in the same run. Each measurement runs in its own process (peak
memory is that process's), the two in turn each round, median of N rounds; wall clock and CPU
time (user + system) are both printed, since on a shared machine the wall clock also measures
the neighbours. Issue 12 targets: ratio <= 1.5x; memory flat
in tree size (give --small, a smaller tree from the same generator, to see it).

Run: python benchmarks/make_fullscale.py /tmp/full
     python benchmarks/make_fullscale.py /tmp/small --scale 0.1
     python benchmarks/bench_import.py /tmp/full --small /tmp/small [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a child process: argv = mode, tree, db. Prints {"seconds", "cpu", "rss_mb", "results"}.
# The floor stores the rows the import stores: results, their votes, and the regions of the
# region lists (wilayah/...) with their names; no upsert, no checks.
CHILD = r'''
import json, os, resource, sqlite3, sys, time
sys.path.insert(0, sys.argv[4])
mode, tree, db = sys.argv[1:4]
start = time.perf_counter()
if mode == "import":
    from checker.official import import_sirekap_tree
    from checker.official.store import Store
    store = Store(db)
    summary = import_sirekap_tree(store, tree)
    results = store.counts()["results"]
else:  # the floor: read every file, insert its rows as they are
    from checker.official.store import Store
    Store(db).close()  # the same tables, created empty
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("INSERT INTO races (id, election, kind, region) VALUES (1, 'pilkada2024', "
                "'governor', '31')")
    con.execute("BEGIN")
    rid = 0
    results = []
    votes = []
    regions, region_names = [], []
    parent = {2: 0, 4: 2, 6: 4, 10: 6, 13: 10}
    for folder, _, names in os.walk(tree):
        for name in names:
            with open(os.path.join(folder, name), "rb") as handle:
                data = json.load(handle)
            if isinstance(data, list) and os.sep + "wilayah" + os.sep in folder:
                for item in data:  # a region list: the import stores these rows too
                    code = item["kode"]
                    regions.append((code, item["nama"], item["tingkat"],
                                    code[:parent[len(code)]]))
                    region_names.append((code, "pilkada2024", item["nama"]))
                continue
            body = data.get("tungsura") if isinstance(data, dict) else None
            if not body:
                continue
            ts = data["ts"]
            rows = [(name[:-5], body.get("chart"))] + list((body.get("table") or {}).items())
            for area, row in rows:
                if not row:
                    continue
                rid += 1
                p = row.get("progres") or {}
                results.append((rid, 1, area, "sirekap", ts + "|" + str(rid), p.get("progres"),
                                p.get("total"), None, None, ""))
                votes += [(rid, k, v) for k, v in row.items() if k.isdigit()]
            if len(results) > 20000:
                con.executemany("INSERT INTO results VALUES (?,?,?,?,?,?,?,?,?,?)", results)
                con.executemany("INSERT INTO result_votes VALUES (?,?,?)", votes)
                results, votes = [], []
    con.executemany("INSERT INTO results VALUES (?,?,?,?,?,?,?,?,?,?)", results)
    con.executemany("INSERT INTO result_votes VALUES (?,?,?)", votes)
    con.executemany("INSERT OR IGNORE INTO regions VALUES (?,?,?,?)", regions)
    con.executemany("INSERT OR IGNORE INTO region_names VALUES (?,?,?)", region_names)
    con.execute("COMMIT")
    results = rid
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
rss = usage.ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss,
                  "results": results}))
'''


def _run(mode: str, tree: Path, db: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(tree), str(db), str(ROOT)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _summary(runs: list[dict]) -> dict:
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "rss_mb": statistics.median(r["rss_mb"] for r in runs),
            "results": runs[0]["results"], "all": [round(r["seconds"], 1) for r in runs]}


def measure(modes: tuple[str, ...], tree: Path, rounds: int,
            keep: Path | None = None, together: bool = False) -> list[dict]:
    """Each mode once per round, in turn: a neighbour's load that comes and goes falls on
    both, not on whichever ran while it lasted. `together`: the modes of a round run side by
    side (a machine too busy for a full-scale tree twice in turn): compare CPU time only."""
    runs: dict[str, list] = {mode: [] for mode in modes}

    def one(i: int, mode: str) -> None:
        with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
            last = keep is not None and mode == "import" and i == rounds - 1
            run = _run(mode, tree, keep if last else Path(tmp) / "db.sqlite3")
            runs[mode].append(run)
            # each run as it ends: a long full-scale run cut short still says something
            print(f"  round {i + 1} {mode} {tree.name}: {run['seconds']:.1f} s, "
                  f"{run['cpu']:.1f} s CPU, {run['rss_mb']:.0f} MB, "
                  f"load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)

    for i in range(rounds):
        if together:
            with ThreadPoolExecutor(len(modes)) as pool:
                list(pool.map(lambda mode: one(i, mode), modes))
        else:
            for mode in modes:
                one(i, mode)
    return [_summary(runs[mode]) for mode in modes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path)
    parser.add_argument("--small", type=Path, help="a smaller tree: peak memory vs tree size")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the last import's store here "
                        "(bench_lookup.py checks pages against it)")
    parser.add_argument("--together", action="store_true",
                        help="run the import and the floor of a round side by side (a busy "
                        "machine): only the CPU ratio means anything then")
    args = parser.parse_args()
    if args.keep and args.keep.exists():
        parser.error(f"{args.keep} exists: the import must start from an empty store")
    files = sum(len(names) for _, _, names in os.walk(args.tree))
    ours, floor = measure(("import", "floor"), args.tree, args.rounds, args.keep,
                          args.together)
    print(f"tree: {files} files, {ours['results']} results stored")
    print(f"cekresmi official import  {ours['seconds']:7.1f} s  {ours['cpu']:6.1f} s CPU  "
          f"{ours['rss_mb']:6.0f} MB peak (runs {ours['all']})")
    print(f"json.load + executemany   {floor['seconds']:7.1f} s  {floor['cpu']:6.1f} s CPU  "
          f"{floor['rss_mb']:6.0f} MB peak (runs {floor['all']})")
    print(f"ratio (target <= 1.5x)    {ours['seconds'] / floor['seconds']:7.2f}x wall   "
          f"{ours['cpu'] / floor['cpu']:.2f}x CPU (on a shared machine the wall clock "
          "also measures the neighbours)")
    if args.small:
        small_files = sum(len(n) for _, _, n in os.walk(args.small))
        (small,) = measure(("import",), args.small, args.rounds)
        print(f"peak memory: {small['rss_mb']:.0f} MB at {small_files} files, "
              f"{ours['rss_mb']:.0f} MB at {files} files "
              f"({ours['rss_mb'] / small['rss_mb']:.2f}x for {files / small_files:.1f}x the files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
