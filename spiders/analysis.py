"""The crawl's check of a response, in worker processes: the analysis is pure CPU, and Scrapy's
downloads run on one thread, so checking pages beside the reactor instead of on it keeps the
crawl downloading while pages are analysed (benchmarks/bench_crawl.py measures the gain).

The workers are forked before the reactor starts, with the rules and the official record
already loaded and one page already checked (copy-on-write, nothing to load again: the ~90
modules and the patterns a check loads on first use cost ~0.25 s of CPU, which each worker
would otherwise spend again on its first page). They return plain values: the report as the
documented report JSON (checker.report.codec) plus the few fields the spider needs.

Pages go to the workers a few at a time (`Analyser`): every call through ProcessPoolExecutor
wakes its manager and feeder threads in the crawl process and the event loop again when the
result is back, ~0.4 ms of the crawl process's CPU a page, a fifth of it on a small page.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from functools import partial

from checker.report import codec as reportcodec
from checker.errors import CheckError
from checker.models import Snapshot
from checker.service import check_one

__all__ = ["Analyser", "analyse", "analyse_many", "default_workers"]

_BATCH = 4  # pages handed to a worker in one call at most

_STATE: dict = {}  # the context and render mode of this process (and of its forked workers)

# A results page with figures, tables and headings: what the first real page would load.
_WARM_UP = (b"<html><head><title>Hasil hitung cepat Pilpres 2024</title></head><body><main>"
            b"<h1>Hasil hitung cepat Pilpres 2024</h1><p>Pasangan nomor urut 1 meraih 24,95 "
            b"persen, nomor urut 2 58,58 persen dan nomor urut 3 16,47 persen suara sah.</p>"
            b"<table><tr><th>Pasangan</th><th>Suara</th></tr><tr><td>1</td><td>40.971.906</td>"
            b"</tr></table></main></body></html>")


def _worker_start(parent: int) -> None:
    """Each worker dies with the crawl child that forked it and holds neither the crawl lock
    nor the parent's pipe (checker/crawl/lifeline.py)."""
    from checker.crawl.lifeline import die_with_parent, drop_inherited

    drop_inherited()
    die_with_parent(parent)


def default_workers() -> int:
    """One worker per core (up to 4); none on a single core. Not one per *spare* core: the
    crawl process needs less than a core (on a small page about as much CPU as its analysis,
    on a news page a thirtieth), and once the downloads are done it waits while the analysis
    works through the pages still queued, so one worker left a core idle for the last third
    of a 300-page crawl on two cores."""
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(4, cores)


def analyse(snapshot) -> dict:
    try:
        # The same step as every other snapshot source (checker.service.check_one): the
        # static report and the one rendering decision `cekresmi check --render` makes.
        checked = check_one(snapshot, _STATE["context"], _STATE["render"])
        report = checked.report
    except CheckError as exc:
        return {"error": exc.code, "error_params": exc.params}
    except Exception as exc:  # noqa: BLE001 - one odd page must not stop the crawl
        return {"error": "analysis_failed", "error_params": {
            "url": snapshot.requested_url, "reason": f"{type(exc).__name__}: {exc}"[:300]}}
    return {"report": reportcodec.dumps(report, _STATE["context"].rules), "label": report.label,
            "figures_status": report.figures_status, "final_url": report.source.final_url,
            "render": checked.render, "html": bool(report.page_title)
            or snapshot.content_type in ("text/html", "application/xhtml+xml", "")}


def analyse_many(snapshots) -> list[dict]:
    return [analyse(snapshot) for snapshot in snapshots]


class Analyser:
    """`await analyser(snapshot)`: analyse's result, from a worker. Two calls per worker are in
    flight (one running, one queued behind it, so a worker never waits for the crawl process
    to send its next page); pages that arrive meanwhile wait here and go together, up to
    _BATCH in one call, when a call comes back. A lone page goes at once; the more the
    workers lag behind the downloads, the fewer calls a page costs. Each page's result is
    its own, as if it had been sent alone."""

    def __init__(self, context, render_mode: str, workers: int) -> None:
        _STATE.update(context=context, render=render_mode)
        self.pool = None
        self.calls = 2 * workers  # in flight at most
        self.waiting: list[tuple[object, asyncio.Future]] = []
        if workers > 0:
            url = "https://warm-up.invalid/"
            analyse(Snapshot(url, url, 200, (("content-type", "text/html"),), _WARM_UP,
                             datetime.now(timezone.utc), origin="live"))
            self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                            initializer=_worker_start, initargs=(os.getpid(),))
            # Fork every worker now, before the reactor starts threads of its own.
            self.pool.submit(os.getpid).result()

    async def __call__(self, snapshot) -> dict:
        if self.pool is None:
            return analyse(snapshot)
        result = asyncio.get_running_loop().create_future()
        self.waiting.append((snapshot, result))
        self._send()
        return await result

    def _send(self) -> None:
        while self.waiting and self.calls > 0:
            batch, self.waiting = self.waiting[:_BATCH], self.waiting[_BATCH:]
            try:
                call = self.pool.submit(analyse_many, [s for s, _ in batch])
            except Exception as exc:  # noqa: BLE001 - a broken pool: these pages fail, none hangs
                for _, result in batch:
                    if not result.done():
                        result.set_exception(exc)
                continue
            self.calls -= 1
            done = asyncio.wrap_future(call)
            done.add_done_callback(partial(self._returned, [r for _, r in batch]))

    def _returned(self, results: list, done: asyncio.Future) -> None:
        """A call came back: each page's own result, or the call's error (a worker that
        died: BrokenProcessPool) for every page it carried; then the pages that waited."""
        self.calls += 1
        error = None if done.cancelled() else done.exception()
        for i, result in enumerate(results):
            if result.done():  # (the spider stopped waiting for it)
                continue
            if done.cancelled():  # the pool shut down with the crawl
                result.cancel()
            elif error is not None:
                result.set_exception(error)
            else:
                result.set_result(done.result()[i])
        self._send()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
