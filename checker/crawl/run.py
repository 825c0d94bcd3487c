"""Running a crawl from the command line: plan it in the store, run the spider in a child
process (one crawl per OS process: Twisted's reactor cannot restart), follow its progress, and
gather the digest when it is done.

Only one crawl at a time writes a store: a lock file beside the database is held by the parent
and inherited by the child, so the lock lasts as long as either lives and dies with them (even
with kill -9). A crawl that was stopped is simply unfinished in the store: the next run
resumes it.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from checker.store.crawls import CrawlStore, QueueItem, WatchEntry
from checker.errors import CheckError

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


def crawl_lock(db: Path):
    """An exclusive, non-blocking lock beside the database; CheckError when it is taken."""
    path = Path(f"{db}.crawl-lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")  # noqa: SIM115 - held for the whole crawl
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise CheckError("crawl_running", path=str(db)) from None
    return handle


def _log_tail(path: Path) -> str:
    try:
        lines = [line for line in path.read_text("utf-8", "replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1][:300] if lines else ""


def run_job(job, on_event: Callable[[dict], None], pass_fds=(), log_dir: Path | None = None
            ) -> tuple[int, dict, Path]:
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
    try:
        with open(log_path, "ab") as log:
            child = subprocess.Popen([sys.executable, "-m", "spiders.run", str(job_path)],
                                     stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
                                     pass_fds=pass_fds, text=True, encoding="utf-8")
            try:
                for line in child.stdout:
                    try:
                        event = json.loads(line)
                    except ValueError:
                        continue
                    last = event if event.get("event") == "end" else last
                    on_event(event)
                code = child.wait()
            except BaseException:  # Ctrl-C: stop the child cleanly; the crawl resumes later
                child.terminate()
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    child.kill()
                raise
    finally:
        job_path.unlink(missing_ok=True)
    return code, last, log_path


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
            code, stats, log = run_job(job, on_event, pass_fds=(lock.fileno(),))
            if code != 0:
                raise CheckError("crawl_failed", code=code, reason=_log_tail(log) or "-")
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
        raise CheckError("crawl_failed", code=code, reason=_log_tail(log) or "-")
    shared.collect(crawl, store)
    if last and store.pending(crawl):
        code, _, log = run_job(replace(job, redis=None), on_event)
        if code != 0:
            raise CheckError("crawl_failed", code=code, reason=_log_tail(log) or "-")
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
