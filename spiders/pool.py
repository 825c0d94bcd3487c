"""The crawl's analysis workers, fed over pipes that the crawl's own event loop reads and writes.

ProcessPoolExecutor did the same with two threads in the crawl process (one feeding its call
queue, one reading results and waking the loop), a wake-up pipe written on every call and a
cross-thread callback on every result: ~0.2 ms of the crawl process's CPU a small page, a
tenth of its work. Here the loop itself writes each page to a worker (non-blocking, the rest
when the pipe has room) and reads the results when the pipe is readable: no thread, no
hand-over.

Each worker holds at most two pages (one checked, one waiting), the rest wait here and go to
whichever worker answers first, so a slow page does not hold pages back that another worker
could check. A worker that dies breaks the pool as it broke ProcessPoolExecutor: its pages and
every later one fail with BrokenProcessPool (the crawl stores no result for them; the next run
checks them again).
"""

from __future__ import annotations

import asyncio
import os
import pickle
import struct
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context

__all__ = ["Pool"]

_SIZE = struct.Struct("!Q")  # every message: its length, then the pickle
_HELD = 2                     # pages a worker holds at most (one checked, one waiting)


def _serve(inbox: int, outbox: int, others: list[int], start) -> None:
    """A worker: read (number, function, arguments), answer (number, result), until the crawl
    closes the pipe."""
    for fd in others:  # the other workers' pipe ends, inherited by the fork: not ours
        os.close(fd)
    start()
    with os.fdopen(inbox, "rb") as pages, os.fdopen(outbox, "wb") as results:
        while True:
            head = pages.read(_SIZE.size)
            if len(head) < _SIZE.size:
                return  # the crawl is done (or gone)
            number, function, args = pickle.loads(pages.read(_SIZE.unpack(head)[0]))
            answer = pickle.dumps((number, function(*args)), pickle.HIGHEST_PROTOCOL)
            results.write(_SIZE.pack(len(answer)) + answer)
            results.flush()


class _Worker:
    def __init__(self, process, inbox: int, outbox: int) -> None:
        self.process = process
        self.inbox = inbox    # ours to write pages to (non-blocking)
        self.outbox = outbox  # ours to read results from (non-blocking)
        self.unsent: deque[bytes] = deque()  # messages not (fully) written yet
        self.offset = 0                      # how much of the first one was
        self.received = bytearray()
        self.held: dict[int, asyncio.Future] = {}
        self.watched = False


class Pool:
    """`await pool.submit(function, *args)`: function(*args) in a worker process (the function
    goes by name, as with ProcessPoolExecutor). Forks its workers now (before the reactor starts
    threads); `start` runs first in each worker."""

    def __init__(self, workers: int, start) -> None:
        context = get_context("fork")
        self.workers: list[_Worker] = []
        self.waiting: deque = deque()
        self.number = 0
        self.broken: str | None = None
        for _ in range(workers):
            pages_r, pages_w = os.pipe()
            results_r, results_w = os.pipe()
            others = [fd for w in self.workers for fd in (w.inbox, w.outbox)] + [
                pages_w, results_r]
            process = context.Process(target=_serve, daemon=True, args=(
                pages_r, results_w, others, start))
            process.start()
            os.close(pages_r)
            os.close(results_w)
            os.set_blocking(pages_w, False)
            os.set_blocking(results_r, False)
            self.workers.append(_Worker(process, pages_w, results_r))

    def submit(self, function, *args) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        if self.broken:
            future.set_exception(BrokenProcessPool(self.broken))
            return future
        self.number += 1
        self.waiting.append((self.number, (function, args), future))
        self._dispatch()
        return future

    def _dispatch(self) -> None:
        while self.waiting:
            worker = min(self.workers, key=lambda w: len(w.held))
            if len(worker.held) >= _HELD:
                return
            number, (function, args), future = self.waiting.popleft()
            if future.cancelled():
                continue
            try:
                message = pickle.dumps((number, function, args), pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # noqa: BLE001 - that page fails, not the ones after it
                future.set_exception(exc)
                continue
            worker.held[number] = future
            worker.unsent.append(_SIZE.pack(len(message)) + message)
            self._watch(worker)
            if len(worker.unsent) == 1:  # else a write is already waiting for room
                self._send(worker)

    def _watch(self, worker: _Worker) -> None:
        if not worker.watched:
            asyncio.get_running_loop().add_reader(worker.outbox, self._receive, worker)
            worker.watched = True

    def _send(self, worker: _Worker) -> None:
        loop = asyncio.get_running_loop()
        while worker.unsent:
            message = worker.unsent[0]
            try:
                worker.offset += os.write(worker.inbox, memoryview(message)[worker.offset:])
            except BlockingIOError:
                break
            except OSError as exc:  # the worker is gone
                self._break(f"an analysis worker is unreachable ({exc})")
                return
            if worker.offset < len(message):
                break  # the pipe is full
            worker.unsent.popleft()
            worker.offset = 0
        if worker.unsent:
            loop.add_writer(worker.inbox, self._send, worker)  # the rest when there is room
        else:
            loop.remove_writer(worker.inbox)

    def _receive(self, worker: _Worker) -> None:
        try:
            data = os.read(worker.outbox, 1 << 20)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:
            code = worker.process.exitcode
            self._break(f"an analysis worker ended (exit code {code})")
            return
        worker.received += data
        while len(worker.received) >= _SIZE.size:
            size = _SIZE.unpack_from(worker.received)[0]
            if len(worker.received) < _SIZE.size + size:
                break
            number, result = pickle.loads(worker.received[_SIZE.size:_SIZE.size + size])
            del worker.received[:_SIZE.size + size]
            future = worker.held.pop(number, None)
            if future is not None and not future.done():
                future.set_result(result)
        self._dispatch()

    def _break(self, reason: str) -> None:
        self.broken = reason
        loop = asyncio.get_running_loop()
        for worker in self.workers:
            self._forget(worker, loop)
            for future in worker.held.values():
                if not future.done():
                    future.set_exception(BrokenProcessPool(reason))
            worker.held.clear()
        while self.waiting:
            future = self.waiting.popleft()[2]
            if not future.done():
                future.set_exception(BrokenProcessPool(reason))

    @staticmethod
    def _forget(worker: _Worker, loop) -> None:
        if worker.watched:
            loop.remove_reader(worker.outbox)
            worker.watched = False
        loop.remove_writer(worker.inbox)

    def close(self) -> None:
        """Close the pipes (a worker then ends after the page it is on) and let go of the
        workers; one still checking a page is stopped."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        for worker in self.workers:
            if loop is not None:
                self._forget(worker, loop)
            for fd in (worker.inbox, worker.outbox):
                try:
                    os.close(fd)
                except OSError:
                    pass
        for worker in self.workers:
            worker.process.join(timeout=0.5)
            if worker.process.is_alive():
                worker.process.terminate()
        self.workers = []
