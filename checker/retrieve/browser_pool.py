"""One Chromium per process, shared by every rendered check: the web service's jobs.

A web check runs `check_targets` in a worker thread with its own event loop, and used to start
its own Chromium (about 0.6 s and a few hundred MB each time). Playwright's objects belong to
the event loop that made them, so the pool keeps its browser on a loop of its own, in one
daemon thread; a check's loop hands it a snapshot and awaits the rendered one. Sub-requests of
live pages are fetched there through the same guarded fetcher (`LiveSource`, one client).

The browser starts on the first render (a service that never renders never starts one), is
started again after it crashed, and closes with the process (`close`).
"""

from __future__ import annotations

import asyncio
import logging
import threading

from checker.models import Snapshot

__all__ = ["BrowserPool"]

log = logging.getLogger("cekresmi.render")


class BrowserPool:
    def __init__(self, config=None) -> None:
        from checker.retrieve.capture import RenderConfig

        self.config = config or RenderConfig()
        self.launches = 0  # how many times Chromium was started (tests count them)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._browser = None
        self._opening: asyncio.Future | None = None
        self._client = None

    async def render(self, snapshot: Snapshot, fetch_config) -> Snapshot:
        """The snapshot rendered (checker.retrieve.capture.Browser.render), from any thread's
        event loop. Raises CheckError when Chromium is missing or cannot start."""
        future = asyncio.run_coroutine_threadsafe(self._render(snapshot, fetch_config),
                                                  self._running_loop())
        return await asyncio.wrap_future(future)

    def close(self) -> None:
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._close(), loop).result(timeout=15)
        except Exception:  # noqa: BLE001 - the process is ending; Chromium dies with it
            log.warning("the browser pool did not close cleanly", exc_info=True)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                                name="cekresmi-browser-pool")
                self._thread.start()
            return self._loop

    async def _render(self, snapshot: Snapshot, fetch_config) -> Snapshot:
        from checker.retrieve.capture import ArchiveSource, LiveSource

        browser = await self._ready()
        source = (LiveSource(fetch_config, self._client) if snapshot.origin == "live"
                  else ArchiveSource(snapshot))
        try:
            return await browser.render(snapshot, source)
        except Exception:
            if self._browser is browser and not browser.connected:
                self._browser = None  # crashed: the next render starts a new one
                await _quietly(browser.__aexit__(None, None, None))
            raise

    async def _ready(self):
        """The browser, started once however many renders ask for it at the same time."""
        if self._browser is not None:
            return self._browser
        if self._opening is None:
            self._opening = asyncio.ensure_future(self._start())
        opening = self._opening
        try:
            return await asyncio.shield(opening)
        finally:
            if opening.done() and self._opening is opening:
                self._opening = None  # a failed start is tried again by the next render

    async def _start(self):
        from checker.retrieve.capture import Browser
        from checker.retrieve.fetch import new_client

        browser = await Browser(self.config).__aenter__()
        self.launches += 1
        if self._client is None:
            self._client = new_client()
        self._browser = browser
        return browser

    async def _close(self) -> None:
        browser, self._browser = self._browser, None
        if browser is not None:
            await _quietly(browser.__aexit__(None, None, None))
        if self._client is not None:
            await _quietly(self._client.aclose())
            self._client = None


async def _quietly(closing) -> None:
    try:
        await closing
    except Exception:  # noqa: BLE001 - closing what already died
        log.debug("closing a browser resource failed", exc_info=True)
