"""A crawl's processes die together (issue 15, item 6): the crawl child killed alone makes the
parent stop with a one-line error instead of waiting on a pipe an orphan holds; its analysis
workers die with it; the lock is not left to leftovers; the next crawl resumes the same crawl
without a page checked twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from checker.crawl.run import crawl_lock
from checker.errors import CheckError
from sitefarm import SiteFarm
from test_crawl_e2e import CLI, FAST, _env, _safe_rows, crawl, db, rows, seeded  # noqa: F401

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc, prctl")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(p) for p in text]
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[-1].split()[0] not in ("Z", "X")


def _wait_gone(pids, seconds=10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def test_child_killed_alone_parent_ends_with_one_line_and_next_crawl_resumes(tmp_path, db):
    with SiteFarm(clients_rendered=0, delay=0.15) as farm:
        watchlist = tmp_path / "watch.txt"
        farm.watchlist(watchlist)
        parent = subprocess.Popen(
            [*CLI, "crawl", "--watchlist", str(watchlist), "--render", "never",
             "--allow-private", "--no-autothrottle", "--concurrency", "2", "--lang", "en",
             *farm.resolve_args()],
            env=_env(db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(_safe_rows(db)) < 8:
                time.sleep(0.2)
            spiders = [p for p in _children(parent.pid)
                       if b"spiders.run" in Path(f"/proc/{p}/cmdline").read_bytes()]
            assert len(spiders) == 1, "the crawl child is not running"
            child = spiders[0]
            workers = _children(child)  # analysis workers (and nothing else: --render never)
            os.kill(child, signal.SIGKILL)  # the child alone, not its workers nor the parent
            out, err = parent.communicate(timeout=60)  # it used to hang for good here
        finally:
            if parent.poll() is None:
                os.killpg(parent.pid, signal.SIGKILL)
                parent.wait()
        assert parent.returncode == 2, err
        lines = [line for line in err.splitlines() if line.strip()]
        assert "Traceback" not in err
        assert lines[-1].startswith("The crawl process stopped with code -9"), err
        assert sum("crawl process stopped" in line for line in lines) == 1
        assert _wait_gone(workers) == []  # no orphan under init
        before = _safe_rows(db)
        assert 8 <= len(before) < len(farm.sites)

        again = crawl(db, "--watchlist", str(watchlist), "--render", "never", *FAST,
                      *farm.resolve_args())
        assert again.returncode == 0, again.stderr + again.stdout  # the lock was not left behind
        with sqlite3.connect(db) as con:
            crawls = con.execute("SELECT id, finished_at FROM crawls").fetchall()
        assert len(crawls) == 1 and crawls[0][1]  # the same crawl, resumed and finished
        urls = Counter(url for url, *_ in rows(db))
        assert set(urls) == {s.url for s in farm.sites} and max(urls.values()) == 1


def _holder(path: Path) -> subprocess.Popen:
    """Another process holding a flock on `path` (as an orphan that inherited it would)."""
    code = ("import fcntl, sys, time; f = open(sys.argv[1], 'a+'); "
            "fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(60)")
    holder = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def test_lock_names_its_owner_and_a_lock_held_by_leftovers_is_stale(tmp_path):
    db = tmp_path / "db.sqlite3"
    path = Path(f"{db}.crawl-lock")
    path.write_text("999999999 1\n")  # an owner that is gone
    holder = _holder(path)
    try:
        lock = crawl_lock(db)  # held only by a process the file does not name: stale
        try:
            assert path.read_text().split()[0] == str(os.getpid())
            with pytest.raises(CheckError) as err:  # and now it is ours, alive
                crawl_lock(db)
            assert err.value.code == "crawl_running"
        finally:
            lock.close()
    finally:
        holder.kill()
        holder.wait()
    # A file naming nobody (its owner may not have written yet): refused too.
    path.write_text("")
    holder = _holder(path)
    try:
        with pytest.raises(CheckError):
            crawl_lock(db)
    finally:
        holder.kill()
        holder.wait()
    # A live owner named in the file: refused, the file left alone.
    path.write_text(f"{os.getpid()} \n")
    holder = _holder(path)
    try:
        with pytest.raises(CheckError) as err:
            crawl_lock(db)
        assert err.value.code == "crawl_running" and path.read_text().startswith(str(os.getpid()))
    finally:
        holder.kill()
        holder.wait()


def test_a_process_dies_with_its_parent(tmp_path):
    """A middle process starts a grandchild that calls die_with_parent, then is killed: the
    grandchild goes too (PR_SET_PDEATHSIG, or the watchdog)."""
    code = ("import os, subprocess, sys, time\n"
            "g = subprocess.Popen([sys.executable, '-c', 'import os, sys, time; "
            "from checker.crawl.lifeline import die_with_parent; die_with_parent(int(sys.argv[1])); "
            "print(os.getpid(), flush=True); time.sleep(60)', str(os.getpid())], "
            "stdout=subprocess.PIPE, text=True)\n"
            "print(g.stdout.readline().strip(), flush=True); time.sleep(60)\n")
    middle = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    grandchild = int(middle.stdout.readline())
    assert _alive(grandchild)
    middle.kill()
    middle.wait()
    assert _wait_gone([grandchild], 5) == []
    # without it, a grandchild would live on: the test can fail
