"""Checks run in the background, so no request hangs on a slow page (or, with issue 4, on
Chromium rendering one): /check answers at once with a progress page that refreshes itself
until the report is stored, and the API answers 202 with a job to poll.

A job is a function run on a small thread pool (the core is synchronous; check_targets runs
its own event loop in the worker thread). It reports its stage through a callback and ends
with the id of a stored report or a CheckError. The same URL checked twice at once is one job,
also from two processes: jobs are written on a board every process reads (checker.web.shared),
so `serve --workers N` runs each job once and any process can show any job's progress.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

from checker.errors import CheckError

__all__ = ["Busy", "Job", "JobRunner", "STAGES"]

log = logging.getLogger("cekresmi.web")

# In order; the progress page lists them and ticks off the ones behind the current stage.
STAGES = ("queued", "fetching", "rendering", "analysing", "saving", "done")
_KEEP_FINISHED = 900.0  # seconds a finished job stays pollable (its report is stored for good)

Work = Callable[[Callable[[str], None]], str]  # work(progress) -> stored report id


class Busy(Exception):
    """Every worker is busy and the queue is full: the caller answers 503."""


@dataclass
class Job:
    id: str
    kind: str                 # live | upload | sent
    url: str
    key: str | None           # jobs with the same key are one job (a live URL)
    started: float            # wall-clock seconds: processes compare them
    stage: str = "queued"
    report_id: str | None = None
    error: CheckError | None = None
    finished: float | None = None
    # Set when this process's worker ends; None for a job another process runs.
    future: Future | None = field(default_factory=Future, repr=False)

    @property
    def done(self) -> bool:
        return self.report_id is not None or self.error is not None

    def elapsed(self, now: float) -> float:
        return max(0.0, (self.finished or now) - self.started)

    def record(self) -> dict:
        return {"id": self.id, "key": self.key, "kind": self.kind, "url": self.url,
                "stage": self.stage, "report_id": self.report_id, "error": self.error,
                "started": self.started, "finished": self.finished}

    @classmethod
    def of(cls, record: dict) -> "Job":
        """A job another process runs, as the board has it."""
        return cls(**record, future=None)


class JobRunner:
    """This process's check threads, over the shared board (`board`; an in-memory SQLite
    board when none is given: one process)."""

    def __init__(self, workers: int = 4, max_pending: int = 64, job_timeout: float = 120.0,
                 *, clock=time.time, board=None, poll: float = 0.1) -> None:
        if board is None:
            from checker.web.shared import SqliteShared

            board = SqliteShared(":memory:")
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cekresmi-check")
        self.capacity = workers + max_pending
        self.job_timeout = job_timeout
        self.clock = clock
        self.board, self.poll = board, poll
        self.jobs: dict[str, Job] = {}  # the jobs this process runs
        self.lock = threading.Lock()
        self._submitted = 0

    def submit(self, kind: str, url: str, work: Work, key: str | None = None) -> Job:
        """Start `work`, or return the running job with the same key (this process's or
        another's). Busy when this process's threads and queue are full."""
        with self.lock:
            self._prune()
            if sum(1 for j in self.jobs.values() if not j.future.done()) >= self.capacity:
                raise Busy()
            job = Job(id=secrets.token_urlsafe(9), kind=kind, url=url, key=key,
                      started=self.clock())
            running = self.board.claim(job.record(), self.job_timeout)
            if running is not None:
                return self.jobs.get(running["id"]) or Job.of(running)
            self.jobs[job.id] = job
        self.pool.submit(self._run, job, work)
        return job

    def existing(self, key: str) -> Job | None:
        found = self.board.running(key, self.job_timeout)
        if found is None:
            return None
        return self.jobs.get(found["id"]) or Job.of(found)

    def get(self, job_id: str) -> Job | None:
        job = self.jobs.get(job_id)
        if job is None:
            found = self.board.load(job_id)
            job = Job.of(found) if found else None
        if job is not None and not job.done and job.elapsed(self.clock()) > self.job_timeout:
            # The worker thread cannot be stopped (fetches end by their own deadline); the
            # reader stops waiting and hears why.
            self._finish(job, error=CheckError("web_check_timeout", url=job.url,
                                               seconds=int(self.job_timeout)))
        return job

    async def wait(self, job: Job, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the job; True when it has finished. Another
        process's job is read from the board every `poll` seconds."""
        if job.done or timeout <= 0:
            return job.done
        if job.future is not None:
            try:
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(job.future)), timeout)
            except asyncio.TimeoutError:
                pass
            return job.done
        deadline = self.clock() + timeout
        while not job.done and self.clock() < deadline:
            await asyncio.sleep(min(self.poll, max(0.0, deadline - self.clock())))
            found = self.board.load(job.id)
            if found is None:
                break
            job.stage, job.report_id, job.error, job.finished = (
                found["stage"], found["report_id"], found["error"], found["finished"])
        return job.done

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)

    def _run(self, job: Job, work: Work) -> None:
        def progress(stage: str) -> None:
            if stage in STAGES and not job.done and stage != job.stage:
                job.stage = stage
                self.board.update(job.id, stage=stage)

        progress("fetching" if job.kind == "live" else "analysing")
        try:
            self._finish(job, report_id=work(progress))
        except CheckError as exc:
            self._finish(job, error=exc)
        except Exception as exc:  # noqa: BLE001 - a bug of ours: logged, the reader gets one line
            log.exception("check of %s failed", job.url)
            self._finish(job, error=CheckError("analysis_failed", url=job.url,
                                               reason=type(exc).__name__))
        finally:
            job.future.set_result(None)  # the worker is free (also after a timeout)

    def _finish(self, job: Job, *, report_id: str | None = None,
                error: CheckError | None = None) -> None:
        with self.lock:
            if job.done:
                return
            job.report_id, job.error = report_id, error
            job.stage = "done" if report_id else "failed"
            job.finished = self.clock()
        self.board.update(job.id, stage=job.stage, report_id=report_id, error=error,
                          finished=job.finished)

    def _prune(self) -> None:
        now = self.clock()
        for job_id, job in list(self.jobs.items()):
            if job.done and job.future.done() and now - (job.finished or now) > _KEEP_FINISHED:
                del self.jobs[job_id]
        self._submitted += 1
        if self._submitted % 256 == 0:
            self.board.prune()
