"""Cold start of `cekresmi check` on a saved page, in a new process each time, against
`python -c "import httpx, bs4, lxml"` (the floor any such tool pays), median of three, with the
start-up costs removed one by one and timed in the same run: "before" reads YAML with the
pure-Python SafeLoader (CEKRESMI_PURE_YAML=1) and builds everything every run
(CEKRESMI_NO_CACHE=1: report templates compiled, rules and UI words parsed); then libyaml's
CSafeLoader; then with the cache ($XDG_CACHE_HOME/cekresmi: compiled templates, the loaded
rules, the UI words) kept between runs, as a user's second and later checks run.
Aim (issue 12): the cold check <= 2x the bare imports.

Run: .venv/bin/python benchmarks/bench_coldstart.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
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


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run: on a loaded machine the CPU time is the steadier."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    # exit code 0-3 are verdicts; anything else is a failure worth seeing
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1, 2, 3):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = dict(os.environ, CEKRESMI_DB=str(Path(tmp) / "record.sqlite3"))
        base["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        # PYTHONDONTWRITEBYTECODE (set on some build machines) would make every timed run
        # compile our sources again while the libraries of the bare imports load the .pyc
        # files pip wrote: a user's install has both compiled, so both are timed so.
        for name in ("CEKRESMI_PURE_YAML", "CEKRESMI_NO_CACHE", "PYTHONDONTWRITEBYTECODE"):
            base.pop(name, None)
        variants = {
            "bare": (BARE, base),
            "before": (CHECK, dict(base, CEKRESMI_PURE_YAML="1", CEKRESMI_NO_CACHE="1")),
            "c": (CHECK, dict(base, CEKRESMI_NO_CACHE="1")),
            "cached": (CHECK, base),
        }
        for cmd in (BARE, CHECK):  # the record and the .pyc files, made once, untimed
            subprocess.run(cmd, env=base, cwd=ROOT, capture_output=True)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
        for _ in range(args.rounds):  # interleaved: the machine's load hits all alike
            for name, (cmd, env) in variants.items():
                runs[name].append(timed(cmd, env))
    med = {name: statistics.median(t[0] for t in times) for name, times in runs.items()}
    cpu = {name: statistics.median(t[1] for t in times) for name, times in runs.items()}
    bare, bare_cpu = med["bare"], cpu["bare"]
    print(f"cold start, median of {args.rounds} (new process each): wall, then CPU time")
    for name, label in (("bare", "python -c 'import httpx, bs4, lxml'"),
                        ("before", "check: pure YAML, templates compiled"),
                        ("c", "check: + libyaml CSafeLoader"),
                        ("cached", "check: + templates, rules, words kept")):
        print(f"  {label:38s} {med[name] * 1000:7.0f} ms {med[name] / bare:5.2f}x"
              f"   {cpu[name] * 1000:6.0f} ms CPU {cpu[name] / bare_cpu:5.2f}x")
    print("  (aim: check <= 2x the bare imports)")


if __name__ == "__main__":
    main()
