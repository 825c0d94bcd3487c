"""Two checkouts timed in one run: this one and an older revision (`--against REV`).

The older revision is exported with `git archive` into a temporary folder (no worktree is
added, nothing in the repository changes) and each checkout runs benchmarks/_tree_worker.py in
its own process with its own code first on PYTHONPATH, on the same page bytes. The controller
asks the two workers in turn (ours, theirs, ours, theirs, ...) so a busy shared machine slows
both alike; each figure is the median of RUNS runs, a run being the best of `rounds` repeats.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKER = Path(__file__).resolve().parent / "_tree_worker.py"
RUNS = 3


class Tree:
    """One checkout's worker process."""

    def __init__(self, path: Path, label: str):
        self.label = label
        env = {**os.environ, "PYTHONPATH": str(path)}
        # cwd is the checkout itself, so `''` on sys.path cannot pick up the other one.
        self.proc = subprocess.Popen([sys.executable, str(WORKER), str(ROOT / "tests")],
                                     cwd=path, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def ask(self, name: str, rounds: int = 1) -> dict:
        self.proc.stdin.write(f"{name} {rounds}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.label}: worker ended")
        return json.loads(line)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def export(rev: str) -> Path:
    """`rev` as plain files in a new temporary folder (removed at exit by the caller)."""
    folder = Path(tempfile.mkdtemp(prefix="cekresmi-against-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev],
                             check=True, capture_output=True).stdout
    tar_path = folder / "tree.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(folder / "tree", filter="data")
    tar_path.unlink()
    return folder


class Pair:
    """This checkout and `rev`, asked in turn."""

    def __init__(self, rev: str):
        self.rev = rev
        self.folder = export(rev)
        self.ours = Tree(ROOT, "this checkout")
        self.theirs = Tree(self.folder / "tree", rev)

    def median(self, name: str, rounds: int) -> tuple[dict, dict]:
        """({wall, cpu} ours, {wall, cpu} theirs), medians of RUNS interleaved runs; theirs is
        {"error": ...} when the old checkout cannot analyse that set."""
        ours, theirs = [], []
        for _ in range(RUNS):
            ours.append(self.ours.ask(name, rounds))
            theirs.append(self.theirs.ask(name, rounds))
        return _median(ours), _median(theirs)

    def close(self) -> None:
        for tree in (self.ours, self.theirs):
            try:
                tree.close()
            except Exception:
                tree.proc.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def _median(runs: list[dict]) -> dict:
    for run in runs:
        if "error" in run:
            return run
    return {key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu")}


def line(what: str, ours: dict, theirs: dict, rev: str) -> str:
    if "error" in ours or "error" in theirs:
        return f"{what}: not comparable ({ours.get('error') or theirs.get('error')})"
    return (f"{what}: this checkout {ours['wall'] * 1000:8.1f} ms ({ours['cpu'] * 1000:8.1f} ms CPU)"
            f"   {rev[:10]} {theirs['wall'] * 1000:8.1f} ms ({theirs['cpu'] * 1000:8.1f} ms CPU)"
            f"   ratio {ours['cpu'] / theirs['cpu']:5.2f}x CPU (aim <= 1x)")
