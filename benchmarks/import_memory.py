"""Where `official import`'s memory goes, chunk by chunk: after each chunk is written, one JSON
line with the process's RSS and peak (VmHWM), SQLite's own memory (sqlite3_memory_used), the
Python blocks allocated and, with --trace, tracemalloc's total; at the end, with --trace, what
grew most since the third chunk, by traceback. This is how issue 12's import peak was traced
to its region-list chunks and its `ts` cache (README: "Import peak memory").

Run it on a copy of a store (it imports into it), one import at a time:
    cp /tmp/gov.sqlite3 /tmp/run.sqlite3
    python benchmarks/import_memory.py /tmp/pemilu_tenth /tmp/run.sqlite3 [--trace]
A slice of a tree is a symlink farm (`cp -rs TREE/wilayah SLICE/`): the walk follows
symlinked files, not symlinked folders. --trace makes the import ten times slower or more.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import _sqlite3  # noqa: E402  (the library the sqlite3 module is linked to)

from checker.official import import_sirekap_tree  # noqa: E402
from checker.official.store import Store  # noqa: E402

_LIB = ctypes.CDLL(_sqlite3.__file__)  # dlsym searches its dependencies: libsqlite3
_LIB.sqlite3_memory_used.restype = ctypes.c_int64


def _status() -> dict:
    out = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                out[key + "_mb"] = int(value.split()[0]) // 1024
    out["sqlite_mb"] = round(_LIB.sqlite3_memory_used() / 2**20, 1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path)
    parser.add_argument("db", type=Path, help="a store to import into (a copy: it changes)")
    parser.add_argument("--trace", action="store_true", help="tracemalloc, and what grew")
    args = parser.parse_args()
    if args.trace:
        tracemalloc.start(8)
    start, chunks, base = time.process_time(), [0], []

    class Watched(Store):
        def write(self, batch):
            written = super().write(batch)
            chunks[0] += 1
            line = {"chunk": chunks[0], "cpu": round(time.process_time() - start, 1),
                    "blocks": sys.getallocatedblocks(), **_status()}
            if args.trace:
                line["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
                if chunks[0] == 3:
                    base.append(tracemalloc.take_snapshot())
            print(json.dumps(line), flush=True)
            return written

    summary = import_sirekap_tree(Watched(args.db), args.tree)
    print(json.dumps({"end": True, "files": summary.files_read, "results": summary.results,
                      "regions": summary.regions, "cpu": round(time.process_time() - start, 1),
                      **_status()}), flush=True)
    if base:
        grown = tracemalloc.take_snapshot().compare_to(base[0], "traceback")
        for stat in grown[:10]:
            print(f"{stat.size_diff / 2**20:+.2f} MB ({stat.count_diff:+d} blocks)")
            for frame in stat.traceback.format()[-6:]:
                print("   ", frame)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
