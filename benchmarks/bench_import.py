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
     # the presidential tree into a store holding the governor tree (both elections)
     python benchmarks/make_fullscale.py /tmp/pemilu --election pemilu
     python benchmarks/bench_import.py /tmp/pemilu --into /tmp/full.sqlite3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
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
    before = store.counts()["results"]  # db may hold another tree already (--into)
    summary = import_sirekap_tree(store, tree)
    results = store.counts()["results"] - before
else:  # the floor: read every file, insert its rows as they are
    from checker.official.store import Store
    Store(db).close()  # the same tables (created empty, or the --into store's)
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    # a race of its own: the --into store's races (and results) stay as they are
    race = con.execute("INSERT INTO races (election, kind, region) VALUES ('pemilu2024', "
                       "'bench-floor', '')").lastrowid
    con.execute("BEGIN")
    rid = start_id = con.execute("SELECT coalesce(max(id), 0) FROM results").fetchone()[0]
    results = []
    votes = []
    regions, region_names = [], []
    parent = {2: 0, 4: 2, 6: 4, 10: 6, 13: 10}
    for folder, _, names in os.walk(tree):
        for name in names:
            with open(os.path.join(folder, name), "rb") as handle:
                data = json.load(handle)
            if isinstance(data, list) and os.sep + "wilayah" + os.sep in folder:
                election = "pemilu2024" if os.sep + "pemilu" in folder else "pilkada2024"
                for item in data:  # a region list: the import stores these rows too
                    code = item["kode"]
                    regions.append((code, item["nama"], item["tingkat"],
                                    code[:parent[len(code)]]))
                    region_names.append((code, election, item["nama"]))
                continue
            if not isinstance(data, dict):
                continue
            # Pilkada nests chart and table under tungsura; Pemilu has them at the top
            body = data.get("tungsura") or (data if "chart" in data else None)
            if not body:
                continue
            ts = data["ts"]
            rows = [(name[:-5], body.get("chart"))] + list((body.get("table") or {}).items())
            for area, row in rows:
                if not row:
                    continue
                rid += 1
                p = row.get("progres") or {}
                results.append((rid, race, area, "sirekap", ts + "|" + str(rid),
                                p.get("progres"), p.get("total"), None, None, ""))
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
    results = rid - start_id
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
rss = usage.ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss,
                  "results": results}))
'''


def _start_from(into: Path | None, db: Path) -> None:
    """`db` as a copy of the store `into` (another tree imported already), on disk before the
    clock starts: a copy still being written back would land on the measured run."""
    if into is None:
        return
    shutil.copyfile(into, db)
    with open(db, "rb+") as handle:
        os.fsync(handle.fileno())


def _run(mode: str, tree: Path, db: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(tree), str(db), str(ROOT)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _summary(runs: list[dict]) -> dict:
    return {"seconds": statistics.median(r["seconds"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs),
            "rss_mb": statistics.median(r["rss_mb"] for r in runs),
            "results": runs[0]["results"], "all": [round(r["seconds"], 1) for r in runs]}


def measure(modes: tuple[str, ...], tree: Path, rounds: int, keep: Path | None = None,
            together: bool = False, into: Path | None = None) -> list[dict]:
    """Each mode once per round, in turn: a neighbour's load that comes and goes falls on
    both, not on whichever ran while it lasted. `together`: the modes of a round run side by
    side (a machine too busy for a full-scale tree twice in turn): compare CPU time only."""
    runs: dict[str, list] = {mode: [] for mode in modes}

    def one(i: int, mode: str) -> None:
        with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
            last = keep is not None and mode == "import" and i == rounds - 1
            db = keep if last else Path(tmp) / "db.sqlite3"
            _start_from(into, db)
            run = _run(mode, tree, db)
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
    parser.add_argument("--into", type=Path, help="a store holding another tree already (the "
                        "full governor tree, say): each run, ours and the floor, starts from "
                        "a copy of it (both elections in one store)")
    args = parser.parse_args()
    if args.keep and args.keep.exists():
        parser.error(f"{args.keep} exists: the import must start from an empty store")
    if args.into:
        if not args.into.is_file():
            parser.error(f"{args.into} is not a store")
        with sqlite3.connect(args.into) as con:  # its WAL into the file that is copied
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    files = sum(len(names) for _, _, names in os.walk(args.tree))
    ours, floor = measure(("import", "floor"), args.tree, args.rounds, args.keep,
                          args.together, args.into)
    into = f", into a copy of {args.into} ({args.into.stat().st_size / 2**20:.0f} MB)" \
        if args.into else ""
    print(f"tree: {files} files, {ours['results']} results stored (the floor: "
          f"{floor['results']} rows){into}")
    print(f"cekresmi official import  {ours['seconds']:7.1f} s  {ours['cpu']:6.1f} s CPU  "
          f"{ours['rss_mb']:6.0f} MB peak (runs {ours['all']})")
    print(f"json.load + executemany   {floor['seconds']:7.1f} s  {floor['cpu']:6.1f} s CPU  "
          f"{floor['rss_mb']:6.0f} MB peak (runs {floor['all']})")
    print(f"ratio (target <= 1.5x)    {ours['seconds'] / floor['seconds']:7.2f}x wall   "
          f"{ours['cpu'] / floor['cpu']:.2f}x CPU (on a shared machine the wall clock "
          "also measures the neighbours)")
    if args.small:
        small_files = sum(len(n) for _, _, n in os.walk(args.small))
        (small,) = measure(("import",), args.small, args.rounds, into=args.into)
        print(f"peak memory: {small['rss_mb']:.0f} MB at {small_files} files, "
              f"{ours['rss_mb']:.0f} MB at {files} files "
              f"({ours['rss_mb'] / small['rss_mb']:.2f}x for {files / small_files:.1f}x the files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
