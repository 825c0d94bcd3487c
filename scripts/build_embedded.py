"""Build checker/official/data/record.json.gz, the official record shipped with the package.

It imports the real Sirekap data shipped in tests/data (read through tests/realdata.py; see
tests/data/SOURCES.md), or a folder laid out the same way given with --data, into a throwaway
store and exports it compactly:
- sirekap-pilkada2024-snapshot: all 37 governor races and every regent/mayor race in it, down
  to the areas in the files (the scraper's pkwkp/0.json is skipped: not a KPU file), plus the
  earlier 01:00 WIB copy of the DKI tally as history;
- sirekap-pemilu2024-aggregates: presidential tallies, national down to the TPS in the files,
  and the region tree (kept to kecamatan level, plus every code a result needs);
- sirekap-pemilu2024-corrected-tps and -tps-samples: TPS records (history of a corrected TPS).

Run: .venv/bin/python scripts/build_embedded.py [--data FOLDER] [--out PATH]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from checker.official.embedded import export_record  # noqa: E402
from checker.official.importer import import_sirekap_tree  # noqa: E402
from checker.official.store import Store  # noqa: E402
from realdata import root as shipped_data  # noqa: E402  (tests/realdata.py)

TREES = ("sirekap-pilkada2024-snapshot", "sirekap-pemilu2024-aggregates",
         "sirekap-pemilu2024-corrected-tps", "sirekap-pemilu2024-tps-samples")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None,
                        help="a folder holding the trees below (default: the copy in tests/data)")
    parser.add_argument("--out", type=Path,
                        default=ROOT / "checker" / "official" / "data" / "record.json.gz")
    args = parser.parse_args()
    start = time.perf_counter()
    data = args.data or shipped_data()
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "build.sqlite3") as store:
            for tree in TREES:
                summary = import_sirekap_tree(store, data / tree)
                print(f"{tree}: {summary.files_read} files, {summary.races} races, "
                      f"{summary.results} results, skipped {len(summary.skipped)}")
            counts = export_record(store, args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
          f"{counts} {size / 1e6:.2f} MB in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
