"""Benchmarks for the official record, each printed next to a baseline from the same run.

1. Import of the whole Pilkada 2024 Sirekap snapshot into a fresh store (aim: < 3 s), against
   a plain json.load of the same files.
2. load_record (store -> MemoryRecord) of the snapshot plus the Pemilu aggregates (the embedded
   default), against a bare `SELECT *` of the same rows.
3. First use: loading the embedded default into an empty store.

Run: .venv/bin/python benchmarks/bench_official.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from _timing import best_of  # noqa: E402  (benchmarks/_timing.py)
from checker.official import import_sirekap_tree, load_record  # noqa: E402
from checker.official.embedded import ensure_embedded  # noqa: E402
from checker.official.store import Store  # noqa: E402
from realdata import pilkada_snapshot  # noqa: E402  (tests/realdata.py: the data in tests/data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    holder = tempfile.TemporaryDirectory(prefix="bench-official-")
    tmp = Path(holder.name)
    snapshot = pilkada_snapshot()
    files = sorted(snapshot.rglob("*.json"))

    def plain_load():
        for file in files:
            with open(file, "rb") as handle:
                json.load(handle)

    counter = iter(range(10**6))

    def import_fresh():
        with Store(tmp / f"import{next(counter)}.sqlite3") as store:
            import_sirekap_tree(store, snapshot)

    base = best_of(plain_load, args.rounds)
    took = best_of(import_fresh, args.rounds)
    print(f"import Pilkada snapshot ({len(files)} files): {took:.3f} s   "
          f"baseline json.load: {base:.3f} s   ratio {took / base:.1f}x   aim < 3 s")

    store = Store(tmp / "embedded.sqlite3")
    first = best_of(lambda: ensure_embedded(store), 1)
    print(f"first use (embedded default into an empty store): {first:.3f} s")

    def bare_select():
        for table in ("regions", "races", "candidates", "results", "result_votes"):
            store.db.execute(f"SELECT * FROM {table}").fetchall()

    base = best_of(bare_select, args.rounds)
    took = best_of(lambda: load_record(store), args.rounds)
    results = store.counts()["results"]
    print(f"load_record ({results} results, Pilkada + Pemilu): {took:.3f} s   "
          f"baseline SELECT *: {base:.3f} s   ratio {took / base:.1f}x")
    store.close()
    holder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
