"""Running a crawl from the command line: plan it in the store, run the spider in a child
process (one crawl per OS process: Twisted's reactor cannot restart), follow its progress, and
gather the digest when it is done.

Only one crawl at a time writes a store: a lock file beside the database is held by the parent
and inherited by the child (never by the child's analysis workers), so the lock lasts as long
as either lives and dies with them (even with kill -9); the file names them, so a lock left to
some other process is known to be stale. The child dies with the parent and its workers with
it (checker/crawl/lifeline.py); the parent follows the child until it exits, not until its pipe
closes. A crawl that was stopped is simply unfinished in the store: the next run
resumes it.
"""

from __future__ import annotations

import fcntl
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from checker.store.crawls import CrawlStore, QueueItem, WatchEntry
from checker.errors import CheckError
from checker.crawl.lifeline import LOCK_FD_ENV, PARENT_ENV

__all__ = ["CrawlOutcome", "crawl_lock", "gather", "run_crawl", "run_job", "run_redis_crawl",
           "seeds_from"]


@dataclass
class CrawlOutcome:
    crawl: str
    resumed: bool
    seconds: float
    stats: dict
    log: Path | None = None


def seeds_from(entries: list[WatchEntry]) -> list[QueueItem]:
    return [QueueItem(e.url, 0, "watch", None, "", e.note, e.ignore_robots) for e in entries]


def _started(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot, /proc/PID/stat field 22): with the
    pid it names one process, not whatever got the number later. None: gone (or a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", "replace")
    except FileNotFoundError:
        return None
    except OSError:  # no /proc (not Linux): ask the kernel whether the pid exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return "?"
    fields = stat.rsplit(")", 1)[-1].split()
    return None if fields[0] in ("Z", "X") else fields[19]


def _owners_alive(text: str) -> bool:
    """Whether any process the lock file names (`pid start` lines) is still that process. A
    file naming nobody counts as alive: its owner may be between locking and writing."""
    named = False
    for line in text.splitlines():
        pid, _, start = line.strip().partition(" ")
        if pid.isdigit():
            named = True
            now = _started(int(pid))
            if now is not None and (now == "?" or not start or now == start):
                return True
    return not named


def record_owner(handle, pid: int) -> None:
    """Add `pid` (the crawl child) to the processes the lock file names as its owners."""
    handle.seek(0, os.SEEK_END)
    handle.write(f"{pid} {_started(pid) or ''}\n")
    handle.flush()


def crawl_lock(db: Path):
    """An exclusive, non-blocking lock beside the database; CheckError when it is taken.

    The file names its owners (this process, then its crawl child). When the lock is held but
    none of them is alive, whatever holds it is a leftover of a dead crawl (it inherited the
    descriptor): the file is replaced and the new one locked, the leftover keeps a lock on a
    file nobody looks at."""
    path = Path(f"{db}.crawl-lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    for _ in range(3):
        handle = open(path, "a+")  # noqa: SIM115 - held for the whole crawl
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owners = handle.read(4096)
            handle.close()
            if _owners_alive(owners):
                raise CheckError("crawl_running", path=str(db)) from None
            path.unlink(missing_ok=True)  # stale: start a new lock file
            continue
        try:
            same = os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino
        except FileNotFoundError:
            same = False
        if not same:  # another process replaced a stale file meanwhile: lock that one
            handle.close()
            continue
        handle.seek(0)
        handle.truncate()
        record_owner(handle, os.getpid())
        return handle
    raise CheckError("crawl_running", path=str(db))


def _log_tail(path: Path) -> str:
    try:
        lines = [line for line in path.read_text("utf-8", "replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1][:300] if lines else ""


def run_job(job, on_event: Callable[[dict], None], pass_fds=(), log_dir: Path | None = None,
            owner=None) -> tuple[int, dict, Path]:
    """Run `python -m spiders.run` for `job`; events are its JSON lines (start/result/end)."""
    log_dir = log_dir or Path(job.db).parent / "crawl-logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{job.crawl}-{os.getpid()}.log"
    # A crawl every 30 minutes makes 48 logs a day: keep the newest hundred.
    for old in sorted(log_dir.glob("*.log"), key=lambda p: p.stat().st_mtime)[:-100]:
        old.unlink(missing_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        handle.write(job.to_json())
        job_path = Path(handle.name)
    last: dict = {}

    def event(line: bytes) -> None:
        nonlocal last
        try:
            data = json.loads(line)
        except ValueError:
            return
        if isinstance(data, dict):
            last = data if data.get("event") == "end" else last
            on_event(data)

    env = {**os.environ, PARENT_ENV: str(os.getpid())}
    if pass_fds:
        env[LOCK_FD_ENV] = str(pass_fds[0])
    try:
        with open(log_path, "ab") as log:
            # Its own process group: whatever the child leaves behind is killed with it.
            child = subprocess.Popen([sys.executable, "-m", "spiders.run", str(job_path)],
                                     stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                                     pass_fds=pass_fds, env=env, start_new_session=True)
            try:
                if owner is not None:
                    record_owner(owner, child.pid)
                _follow(child, event)
                code = child.wait()
            except BaseException:  # Ctrl-C: stop the child cleanly; the crawl resumes later
                child.terminate()
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    _kill_group(child)
                    child.kill()
                raise
            finally:
                child.stdout.close()
    finally:
        job_path.unlink(missing_ok=True)
    return code, last, log_path


def _exited(child) -> bool:
    """Whether the child has exited, without reaping it: its pid (and process group id) stay
    its own until child.wait()."""
    try:
        return os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True


def _kill_group(child) -> None:
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _follow(child, on_line: Callable[[bytes], None], quiet: float = 0.5) -> None:
    """Hand each line the child prints to `on_line` until the child has exited. The end is the
    child's exit, not the pipe's: a process it left behind may hold the pipe open. After the
    exit, what is still in the pipe is read until it is quiet; then the child's leftovers are
    killed (its process group) before it is reaped."""
    fd = child.stdout.fileno()
    os.set_blocking(fd, False)
    buffer = b""
    exited_at = None
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while True:
            was_exited = exited_at is not None  # one quiet wait after the exit, at least
            ready = selector.select(quiet)
            if ready:
                try:
                    chunk = os.read(fd, 65_536)
                except BlockingIOError:
                    chunk = None
                if chunk == b"":
                    break  # every writer is gone
                if chunk:
                    buffer += chunk
                    *lines, buffer = buffer.split(b"\n")
                    for line in lines:
                        on_line(line)
            if was_exited and (not ready or time.monotonic() - exited_at > 5):
                break
            if exited_at is None and _exited(child):
                exited_at = time.monotonic()
    if buffer.strip():
        on_line(buffer)
    if exited_at is not None or _exited(child):
        _kill_group(child)


def run_crawl(store: CrawlStore, job_template, seeds: list[QueueItem], *,
              on_event: Callable[[dict], None] = lambda e: None, fresh: bool = False,
              options: dict | None = None) -> CrawlOutcome:
    """One local crawl: lock, plan (or resume), run the child, mark the crawl finished."""
    lock = crawl_lock(store.path)
    try:
        if fresh:
            store.abandon_unfinished()
        crawl, resumed = store.open_crawl(seeds, options)
        job = replace(job_template, db=str(store.path), crawl=crawl)
        started = time.monotonic()
        for _ in range(3):  # a pass that left pages unchecked (it should not) is resumed
            code, stats, log = run_job(job, on_event, pass_fds=(lock.fileno(),), owner=lock)
            if code != 0:
                raise CheckError("crawl_failed", status=code, reason=_log_tail(log) or "-")
            if not store.pending(crawl):
                break
        store.finish(crawl)
        return CrawlOutcome(crawl, resumed, time.monotonic() - started, stats, log)
    finally:
        lock.close()


def run_redis_crawl(store: CrawlStore, job_template, seeds: list[QueueItem], redis_url: str, *,
                    on_event: Callable[[dict], None] = lambda e: None,
                    options: dict | None = None, joined: Callable[[str], None] = lambda c: None
                    ) -> tuple[CrawlOutcome, bool]:
    """One process's share of a crawl many processes run through Redis. (outcome, last): the
    process that finishes last collects every result, checks locally whatever is still
    pending (pages a killed process had in flight), and closes the crawl."""
    from checker.crawl.shared import RedisCrawl

    shared = RedisCrawl(redis_url)
    crawl, created = shared.join()
    if not created:
        joined(crawl)
    store.open_crawl(seeds, options, crawl_id=crawl)
    shared.start(crawl)
    started = time.monotonic()
    try:
        job = replace(job_template, db=str(store.path), crawl=crawl, redis=redis_url)
        code, stats, log = run_job(job, on_event)
    finally:
        last = shared.leave(crawl)
    if code != 0:
        raise CheckError("crawl_failed", status=code, reason=_log_tail(log) or "-")
    shared.collect(crawl, store)
    if last and store.pending(crawl):
        code, _, log = run_job(replace(job, redis=None), on_event)
        if code != 0:
            raise CheckError("crawl_failed", status=code, reason=_log_tail(log) or "-")
    store.finish(crawl)
    return CrawlOutcome(crawl, not created, time.monotonic() - started, stats, log), last


def _crawl_info(store: CrawlStore, crawl: str) -> dict | None:
    for cid, started, finished in store.crawls():
        if cid == crawl:
            return {"id": cid, "started_at": started, "finished_at": finished}
    return None


def _reports(rows) -> dict:
    from checker.report.codec import loads

    return {r.url: (loads(r.report) if r.report else None) for r in rows}


def gather(store: CrawlStore, crawl: str | None = None, since: str | None = None
           ) -> tuple[dict, dict]:
    """(digest, reports) for `crawl` (default: the newest finished one) against the crawl
    before it, or against the newest crawl that started before `since` (ISO time, UTC)."""
    from checker.crawl.digest import build_digest

    finished = store.crawls(finished_only=True)
    if crawl is None:
        if not finished:
            raise CheckError("no_crawls")
        crawl = finished[-1][0]
    current = _crawl_info(store, crawl)
    if current is None:
        raise CheckError("crawl_unknown", crawl=crawl)
    earlier = [c for c in finished if (c[1], c[0]) < (current["started_at"], crawl)]
    if since is not None:
        earlier = [c for c in earlier if c[1] < since] or earlier[:1]
    previous = ({"id": earlier[-1][0], "started_at": earlier[-1][1],
                 "finished_at": earlier[-1][2]} if earlier else None)
    rows = store.rows(crawl)
    reports = _reports(rows)
    previous_rows = store.rows(previous["id"]) if previous else []
    digest = build_digest(current, rows, reports, previous, previous_rows,
                          _reports(previous_rows), store.hosts_before(crawl),
                          {e.url for e in store.watch_list()})
    return digest, reports
