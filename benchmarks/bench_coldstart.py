"""Cold start of `cekresmi check` on a saved page, in a new process each time, against
`python -c "import httpx, bs4, lxml"` (the floor any such tool pays), median of three, with the
rules read by libyaml's CSafeLoader and, in the same run, by the pure-Python SafeLoader
(CEKRESMI_PURE_YAML=1). Aim (issue 12): the cold check <= 2x the bare imports.

Run: .venv/bin/python benchmarks/bench_coldstart.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "samples" / "data-pemilu-gubernur.html"
CHECK = [sys.executable, "-c", "import sys; from checker.cli.main import main; sys.exit(main())",
         "check", str(PAGE),
         "--url", "https://data-pemilu.pages.dev/gubernur", "--render", "never"]
BARE = [sys.executable, "-c", "import httpx, bs4, lxml"]


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    # exit code 0-3 are verdicts; anything else is a failure worth seeing
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1, 2, 3):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = dict(os.environ, CEKRESMI_DB=str(Path(tmp) / "record.sqlite3"))
        base.pop("CEKRESMI_PURE_YAML", None)
        for cmd in (BARE, CHECK):  # the record and the .pyc files, made once, untimed
            subprocess.run(cmd, env=base, cwd=ROOT, capture_output=True)
        runs: dict[str, list[float]] = {"bare": [], "c": [], "pure": []}
        for _ in range(args.rounds):  # interleaved: the machine's load hits all three alike
            runs["bare"].append(timed(BARE, base))
            runs["c"].append(timed(CHECK, base))
            runs["pure"].append(timed(CHECK, dict(base, CEKRESMI_PURE_YAML="1")))
    bare, c_yaml, pure = (statistics.median(runs[k]) for k in ("bare", "c", "pure"))
    print(f"cold start, median of {args.rounds} (new process each)")
    print(f"  python -c 'import httpx, bs4, lxml':  {bare * 1000:7.0f} ms")
    print(f"  check, pure-Python SafeLoader:        {pure * 1000:7.0f} ms  {pure / bare:4.2f}x")
    print(f"  check, libyaml CSafeLoader:           {c_yaml * 1000:7.0f} ms  {c_yaml / bare:4.2f}x"
          f"  (aim <= 2x)")


if __name__ == "__main__":
    main()
