"""Render a page in Chromium (Playwright driving Debian's Chromium), safely: the one browser
capture, used by `cekresmi check`, the web service and crawls (spiders/capture.py).

The browser never touches the network itself. Every request it makes is intercepted (route
"**/*") and answered by a Source: live, our own guarded fetcher (checker.retrieve.fetch: the
SSRF Vetter on every hop, size caps, timeouts); replay, the records of a web archive. On top of
that the browser is started with no network of its own where the kernel allows it, behind a
dead proxy, with WebRTC restricted (checker.retrieve.browser_launch), so anything that escaped
interception fails instead of leaving the machine. Per page: a cap on requests and bytes, a
time limit, no downloads, no service workers, no WebSockets, no pop-ups, one navigation (the
page itself). Requests from workers have no page of ours and are refused.

The main document is never fetched by the browser: the Snapshot's body (fetched by the guard,
every redirect hop vetted, or read from an archive) is served to it, so the rendered page and
the document hash in the report are the same bytes.
"""

from __future__ import annotations

import asyncio
import base64
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Protocol

from checker.errors import CheckError
from checker.models import Exchange, Rendering, Resource, Snapshot
from checker.retrieve.browser_launch import find_chromium, prepare
from checker.retrieve.render_config import RenderConfig

__all__ = ["ArchiveSource", "Browser", "LiveSource", "RenderConfig", "Served"]

# Response headers the browser must not see from us: we hand over the decoded body whole.
_HOP_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding",
                          "connection", "keep-alive"})
# Request headers worth passing on: servers answer differently without them (Sirekap checks
# Referer and Origin); cookies and the browser's own User-Agent are not passed.
_PASS_HEADERS = ("accept", "referer", "origin", "accept-language")
_KEEP_BODY = re.compile(r"json|text|javascript|xml|html")
_MAX_BLOCKED_NOTES = 50


@dataclass(frozen=True)
class Served:
    """A sub-request's answer: what the browser gets, and what the evidence keeps."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes                       # decoded
    exchanges: tuple[Exchange, ...] = ()


class Source(Protocol):
    kind: str

    async def get(self, url: str, headers: dict[str, str]) -> Served:
        """Answer a GET or raise CheckError (refused address, missing record, fetch error)."""


class LiveSource:
    """Sub-requests fetched now, through the same guarded fetcher as the page itself."""

    kind = "live"

    def __init__(self, fetch_config, client=None, vetter=None) -> None:
        self.config, self.client, self.vetter = fetch_config, client, vetter

    async def get(self, url: str, headers: dict[str, str]) -> Served:
        from checker.retrieve.fetch import fetch_async

        got = await fetch_async(url, self.config, client=self.client, headers=headers,
                                vetter=self.vetter)
        return Served(got.status, got.headers, got.body, got.exchanges)


class ArchiveSource:
    """Sub-requests answered from the resources an archive recorded; nothing else exists, so
    a request the capture does not hold fails as if the original had been missing."""

    kind = "archive"

    def __init__(self, snapshot: Snapshot) -> None:
        from checker.retrieve.archive import normalise_url

        self._norm = normalise_url
        self._by_url: dict[str, Resource] = {}
        for resource in snapshot.resources:
            self._by_url.setdefault(normalise_url(resource.url), resource)

    async def get(self, url: str, headers: dict[str, str]) -> Served:
        from urllib.parse import urljoin

        seen = 0
        resource = self._by_url.get(self._norm(url))
        while resource is not None and resource.location and seen < 10:
            seen += 1  # replay follows recorded redirects, as the live fetcher did
            resource = self._by_url.get(self._norm(urljoin(resource.url, resource.location)))
        if resource is None:
            raise CheckError("archive_url_missing", path="", url=url)
        return Served(resource.status, (("content-type", resource.content_type),),
                      resource.body)


class _PageState:
    """Counters and captures for one page being rendered."""

    def __init__(self, snapshot: Snapshot, source: Source, config: RenderConfig) -> None:
        self.snapshot, self.source, self.config = snapshot, source, config
        self.requests, self.bytes = 0, 0
        self.document_served = False
        self.resources: list[Resource] = []
        self.exchanges: list[Exchange] = []
        self.blocked: list[tuple[str, str]] = []
        self.inflight, self.last_activity = 0, 0.0  # for _settle

    def busy(self, delta: int) -> None:
        self.inflight += delta
        self.last_activity = asyncio.get_running_loop().time()

    def block(self, url: str, reason: str) -> None:
        if len(self.blocked) < _MAX_BLOCKED_NOTES:
            self.blocked.append((url[:300], reason))


def _fulfil_headers(headers) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in headers:
        key = name.lower()
        if key not in _HOP_HEADERS:
            out[key] = f"{out[key]}, {value}" if key in out else value
    return out


async def _route(route, state: _PageState) -> None:
    state.busy(+1)
    try:
        await _answer(route, state)
    finally:
        state.busy(-1)


async def _answer(route, state: _PageState) -> None:
    request = route.request
    url, snapshot = request.url, state.snapshot
    if request.is_navigation_request() and request.frame.parent_frame is None:
        if not state.document_served and url.split("#")[0] == snapshot.final_url.split("#")[0]:
            state.document_served = True
            await route.fulfill(status=snapshot.status, body=snapshot.body,
                                headers=_fulfil_headers(snapshot.headers))
        else:  # a script sending the reader elsewhere: noted, not followed
            state.block(url, "navigation")
            await route.abort("blockedbyclient")
        return
    state.requests += 1
    if state.requests > state.config.max_requests:
        state.block(url, "request_cap")
        await route.abort("blockedbyclient")
        return
    if request.method not in ("GET", "HEAD"):
        # We read pages; we never send data on a page's behalf.
        state.block(url, "method")
        await route.abort("blockedbyclient")
        return
    if not url.startswith(("http://", "https://")):
        state.block(url, "scheme")
        await route.abort("blockedbyclient")
        return
    asked = {k: v for k, v in request.headers.items() if k.lower() in _PASS_HEADERS}
    try:
        served = await state.source.get(url, asked)
    except CheckError as exc:
        state.block(url, exc.code)
        await route.abort("addressunreachable" if exc.code == "address_refused" else "failed")
        return
    state.bytes += len(served.body)
    if state.bytes > state.config.max_total_bytes:
        state.block(url, "byte_cap")
        await route.abort("blockedbyclient")
        return
    state.exchanges.extend(served.exchanges)
    content_type = dict(served.headers).get("content-type", "")
    keep = _KEEP_BODY.search(content_type.lower()) or url.split("?")[0].endswith(".json")
    state.resources.append(Resource(url, served.status, content_type.split(";")[0].strip(),
                                    served.body if keep else b""))
    await route.fulfill(status=served.status, headers=_fulfil_headers(served.headers),
                        body=served.body)


class Browser:
    """One Chromium for a whole batch; `render` may be called concurrently (pages in parallel
    up to config.concurrency).

    The pages of a batch share one browser context. A context per page would be cleaner, but
    then no two pages can share a renderer process, and starting one is the most expensive
    step of a render (measured with benchmarks/bench_render.py: 2.0 pages/s against 3.2).
    Sharing gives a checked page nothing to use against the next: nothing the browser stores
    ever leaves it (our fetcher answers every request and sends no cookies), the HTTP cache is
    off while requests are intercepted, service workers are blocked, and a site's cookies and
    storage are readable only by that same site."""

    def __init__(self, config: RenderConfig = RenderConfig()) -> None:
        self.config = config
        self._gate = asyncio.Semaphore(max(1, config.concurrency))
        self._playwright = self._browser = self._context = self._launch = None
        self._states: dict = {}  # page -> its _PageState, for the context's route handler
        self.isolation = "none"

    async def __aenter__(self) -> "Browser":
        path = find_chromium(self.config.executable)
        if path is None:
            raise CheckError("browser_missing", path=self.config.executable or "chromium")
        from playwright.async_api import Error, async_playwright

        # (in a thread: the first call per process probes the kernel with a subprocess)
        self._launch = launch = await asyncio.to_thread(prepare, path, self.config.isolation)
        self._playwright = await async_playwright().start()
        try:
            self._browser = await self._playwright.chromium.launch(
                executable_path=launch.executable, args=list(launch.args), headless=True)
            cfg = self.config
            self._context = await self._browser.new_context(
                service_workers="block", accept_downloads=False,
                viewport={"width": cfg.width, "height": cfg.height}, locale="id-ID")
            await self._context.route("**/*", self._dispatch)
            # A pop-up's sockets (a page's own are refused per page, in _render).
            await self._context.route_web_socket(re.compile(".*"), _refuse_socket)
        except Error as exc:
            await self._playwright.stop()
            launch.cleanup()
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "?"
            raise CheckError("browser_failed", path=path, reason=reason[:200]) from None
        self.isolation = launch.isolation
        return self

    async def __aexit__(self, *exc) -> None:
        try:
            await self._browser.close()
        finally:
            try:
                await self._playwright.stop()
            finally:
                self._launch.cleanup()

    @property
    def version(self) -> str:
        return f"Chromium {self._browser.version}"

    @property
    def connected(self) -> bool:
        """False once Chromium has crashed or been closed (checker.retrieve.browser_pool)."""
        return self._browser is not None and self._browser.is_connected()

    async def render(self, snapshot: Snapshot, source: Source) -> Snapshot:
        """The snapshot with its Rendering, the sub-resources the page loaded (as Resources, and
        as Exchanges for the WARC when live). Never raises for what the page does."""
        async with self._gate:
            return await self._render(snapshot, source)

    async def _dispatch(self, route) -> None:
        """Every request in the context, answered for the page that made it. A request from
        anything else (a pop-up, a worker) has no page of ours and is refused."""
        try:
            state = self._states.get(route.request.frame.page)
        except Exception:  # noqa: BLE001 - a worker's request has no frame
            state = None
        if state is None:
            await route.abort("blockedbyclient")
            return
        await _route(route, state)

    async def _render(self, snapshot: Snapshot, source: Source) -> Snapshot:
        cfg = self.config
        state = _PageState(snapshot, source, cfg)
        html, png, finished, page = "", b"", False, None
        try:
            page = await self._context.new_page()
            self._states[page] = state
            page.on("popup", lambda popup: _refuse_popup(popup, state))
            await page.route_web_socket(re.compile(".*"),
                                        lambda ws: _refuse_socket(ws, state))
            finished = await _load(page, snapshot.final_url, cfg, state)
            html, png = await _capture(page, cfg)
        finally:
            self._states.pop(page, None)
            if page is not None:
                await _close(page)
        rendering = Rendering(
            html=html, screenshot=png, rendered_at=datetime.now(timezone.utc),
            browser=self.version, finished=finished, requests=state.requests,
            blocked=tuple(state.blocked), source=source.kind, isolation=self.isolation)
        return replace(snapshot, rendering=rendering,
                       resources=snapshot.resources + tuple(
                           r for r in state.resources if r.url not in
                           {x.url for x in snapshot.resources}),
                       exchanges=snapshot.exchanges + tuple(state.exchanges))


async def _load(page, url: str, cfg: RenderConfig, state: _PageState) -> bool:
    """Navigate and let the page settle; False when the time limit cut it short.

    Settled = no request in flight for `quiet` seconds. Every request passes through our
    route handler, so we know this exactly; Playwright's "networkidle" waits a fixed 500 ms
    and was most of a page's render time."""
    from playwright.async_api import Error

    loop = asyncio.get_running_loop()
    deadline = loop.time() + cfg.time_limit
    try:
        await page.goto(url, wait_until="load", timeout=cfg.time_limit * 1000)
    except Error:  # timeout, or the document could not be served: keep what is there
        return False
    settle_by = min(deadline, loop.time() + cfg.settle)
    while loop.time() < settle_by:
        if state.inflight == 0 and loop.time() - state.last_activity >= cfg.quiet:
            return True
        await asyncio.sleep(0.05)
    return False  # still fetching (polling, a hanging request) when time ran out


async def _capture(page, cfg: RenderConfig) -> tuple[str, bytes]:
    """The DOM, then a screenshot, each under its own short limit: a page stuck in a script
    loop answers neither, and then we keep what we have. (Not side by side: a page with a huge
    DOM then lost its DOM to the time its picture took.)"""
    try:  # (10 s: serialising an 8 MB DOM took 5.3 s on a busy 2-core machine)
        html = (await asyncio.wait_for(page.content(), 10))[:cfg.max_dom_chars]
    except Exception:  # noqa: BLE001 - Playwright Error or timeout: the page is stuck
        return "", b""
    try:
        return html, await asyncio.wait_for(_screenshot(page, cfg), 10)
    except Exception:  # noqa: BLE001
        return html, b""


async def _screenshot(page, cfg: RenderConfig) -> bytes:
    """The page's top (up to max_screenshot_height) as a PNG, from DevTools: the height from
    Page.getLayoutMetrics (no page script can fake it), the picture by Page.captureScreenshot
    with a faster PNG encoder. Playwright's screenshot (the fallback) hides the caret in every
    frame and waits for fonts and frames first: 2.5x the wall time, 1.5x the CPU."""
    try:
        session = await page.context.new_cdp_session(page)
    except Exception:  # noqa: BLE001 - not Chromium, or DevTools refused: Playwright's way
        height = await page.evaluate("() => document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": cfg.width, "height": _height(height, cfg)}
        return await page.screenshot(type="png", full_page=True, timeout=8000, clip=clip)
    # (no detach: the session ends with the page, one round trip fewer)
    metrics = await session.send("Page.getLayoutMetrics")
    height = _height(metrics.get("cssContentSize", {}).get("height"), cfg)
    shot = await session.send("Page.captureScreenshot", {
        "format": "png", "clip": {"x": 0, "y": 0, "width": cfg.width, "height": height,
                                  "scale": 1},
        "captureBeyondViewport": height > cfg.height, "optimizeForSpeed": True})
    return base64.b64decode(shot["data"])


def _height(value, cfg: RenderConfig) -> int:
    return max(1, min(int(value or cfg.height), cfg.max_screenshot_height))


def _refuse_popup(popup, state: _PageState) -> None:
    """A pop-up (window.open, target=_blank): closed at once; its requests were already
    refused, since it is no page of ours (Browser._dispatch)."""
    state.block(popup.url or "about:blank", "popup")
    asyncio.ensure_future(_close(popup))


def _refuse_socket(ws, state: _PageState | None = None) -> None:
    """A WebSocket: never connected to its server (no connect_to_server), closed at once."""
    if state is not None:
        state.block(ws.url, "websocket")
    asyncio.ensure_future(ws.close())


async def _close(closable) -> None:
    try:
        await asyncio.wait_for(closable.close(), 10)
    except Exception:  # noqa: BLE001 - the browser is going away anyway
        pass
