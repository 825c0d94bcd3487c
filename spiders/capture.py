"""What a crawl keeps of a page Chromium rendered (scrapy-playwright), as `cekresmi check
--render` keeps it (checker.retrieve.capture): every file the page loaded (the JSON its figures come
from, with its URL, so FIG030 can say where the numbers really came from), and a Rendering:
the DOM after the scripts ran, a full-page screenshot, how many requests, which were refused.

scrapy-playwright drives the page; we hook into it at three points, all named by strings in
the request's meta (so a request still pickles for the Redis queue):
- `playwright_page_init_callback` = `start`: before the page navigates, a PageCapture is made
  and registered for the page and for the Scrapy request; page events feed it;
- PLAYWRIGHT_ABORT_REQUEST (spiders.middlewares.abort_unsafe) asks `admit` for every request
  before the SSRF guard: the caps per page, and the refusals it notes for the Rendering;
- a PageMethod (`finish`) runs after the load: the page settles, then the DOM and the
  screenshot are taken (checker.retrieve.capture's own _capture), before scrapy-playwright closes it.
The spider then takes the capture of its request (`taken`) and puts it all on the Snapshot
(`PageCapture.apply`). The captures are kept beside the requests, not in their meta: a request
retried in Redis mode goes through the shared queue, and a capture does not pickle.

As in checker.retrieve.capture, Chromium never fetches a sub-request itself: `_answer` (a page route
registered in `start`) fetches each one through checker.retrieve.fetch's guard, every redirect hop
vetted and the connection made to the vetted address. Only the page's own document goes
through scrapy-playwright (its URL was vetted by the crawl's GuardMiddleware; see
spiders/middlewares.py on the residual DNS-rebinding risk there).
"""

from __future__ import annotations

import asyncio
import weakref
from dataclasses import replace
from datetime import datetime, timezone
from urllib.parse import urlsplit

from checker.retrieve.capture import (_KEEP_BODY, _MAX_BLOCKED_NOTES, _PASS_HEADERS, RenderConfig,
                             _capture, _fulfil_headers)
from checker.models import Rendering, Resource, Snapshot

__all__ = ["CONFIG", "CONTEXT_KWARGS", "PageCapture", "capture_for", "finish", "meta", "start",
           "taken"]

CONFIG = RenderConfig()  # the same limits per page as `cekresmi check --render`
# The browser context a crawl renders in: like checker.retrieve.capture's (no service workers, the
# same viewport for the screenshot, Indonesian first).
CONTEXT_KWARGS = {"service_workers": "block", "locale": "id-ID",
                  "viewport": {"width": CONFIG.width, "height": CONFIG.height}}
_BODY_SECONDS = 5.0  # reading one response body; a body that never ends is not kept
# Chromium's words for a failed request, as the block reasons reports already have words for.
_FAILURES = {"ERR_NAME_NOT_RESOLVED": "dns_failed", "ERR_NAME_RESOLUTION_FAILED": "dns_failed",
             "ERR_CONNECTION_REFUSED": "connect_failed", "ERR_CONNECTION_RESET": "connect_failed",
             "ERR_CONNECTION_CLOSED": "connect_failed", "ERR_ADDRESS_UNREACHABLE": "connect_failed",
             "ERR_TIMED_OUT": "timeout", "ERR_CONNECTION_TIMED_OUT": "timeout"}

# page -> PageCapture, and Scrapy request -> PageCapture; both go when their key does.
_PAGES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_REQUESTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def meta() -> dict:
    """The request meta that renders a page with these captures (plain, picklable values)."""
    from scrapy_playwright.page import PageMethod

    return {"playwright": True, "playwright_context_kwargs": dict(CONTEXT_KWARGS),
            "playwright_page_init_callback": "spiders.capture.start",
            "playwright_page_methods": [PageMethod(finish)]}


def failure_reason(text: str | None) -> str:
    text = (text or "").strip()
    return _FAILURES.get(text.removeprefix("net::"), text[:100] or "failed")


class PageCapture:
    """Counters and captures for one page (cf. checker.retrieve.capture._PageState)."""

    def __init__(self, config: RenderConfig = CONFIG) -> None:
        self.config = config
        self.requests = 0             # sub-requests the page made (admitted or not)
        self.bytes = 0                # bytes of the bodies kept
        self.bytes_full = False       # one body did not fit: later requests are refused
        self.document_started = False
        self.document: tuple[int, bytes] | None = None  # the main document as the browser got it
        self.resources: list[Resource] = []
        self.blocked: list[tuple[str, str]] = []
        self._refused: set[str] = set()  # URLs we aborted: their "requestfailed" is ours
        self.inflight, self.last_activity = 0, 0.0
        self.tasks: set[asyncio.Task] = set()
        self.html, self.png, self.finished, self.browser = "", b"", False, "Chromium"

    # -- while the page loads --------------------------------------------------------------
    def busy(self, delta: int) -> None:
        self.inflight = max(0, self.inflight + delta)
        self.last_activity = asyncio.get_running_loop().time()

    def block(self, url: str, reason: str) -> None:
        self._refused.add(url)
        if len(self.blocked) < _MAX_BLOCKED_NOTES:
            self.blocked.append((url[:300], reason))

    def admit(self, request) -> str | None:
        """Why this request must not go (a block reason), or None. Called by the abort
        predicate before the SSRF guard. The page's own document is not a sub-request."""
        if _main_navigation(request):
            if not self.document_started:
                self.document_started = True
                return None
            return "navigation"  # a script sending the reader elsewhere: noted, not followed
        self.requests += 1
        if self.requests > self.config.max_requests:
            return "request_cap"
        if self.bytes_full:  # the page already loaded as much as we keep: no more
            return "byte_cap"
        if request.method not in ("GET", "HEAD"):
            return "method"  # we read pages; we never send data on a page's behalf
        return None

    def attach(self, page) -> None:
        page.on("request", lambda _request: self.busy(+1))
        page.on("requestfinished", lambda _request: self.busy(-1))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)
        page.on("popup", lambda popup: asyncio.ensure_future(_close_quietly(popup)))

    def _failed(self, request) -> None:
        self.busy(-1)
        url = request.url
        if url in self._refused or url.startswith(("data:", "blob:")):
            return
        try:
            text = request.failure
        except Exception:  # noqa: BLE001 - a request object from a closing page
            text = None
        self.block(url, failure_reason(text))

    def _response(self, response) -> None:
        task = asyncio.ensure_future(self._keep(response))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _keep(self, response) -> None:
        self.busy(+1)
        try:
            await self._read(response)
        except Exception:  # noqa: BLE001 - a page closing under us: keep what we have
            pass
        finally:
            self.busy(-1)

    async def _read(self, response) -> None:
        request, status, url = response.request, response.status, response.url
        headers = response.headers  # lower-cased names
        redirect = 300 <= status < 400
        if _main_navigation(request):
            if not redirect and self.document is None:
                body = await asyncio.wait_for(response.body(), _BODY_SECONDS)
                self.document = (status, body)
            return
        if len(self.resources) >= self.config.max_requests:
            return
        if not await _vetted(url):
            # Chromium does not route a redirect's later hops, so abort_unsafe never saw this
            # one: what a refused address answered is not kept (see the module docstring).
            self.block(url, "address_refused")
            return
        content_type = headers.get("content-type", "")
        keep = not redirect and (_KEEP_BODY.search(content_type.lower())
                                 or urlsplit(url).path.endswith(".json"))
        body = b""
        if keep:
            declared = headers.get("content-length", "")
            room = self.config.max_total_bytes - self.bytes
            if not (declared.isdigit() and int(declared) > room):
                body = await asyncio.wait_for(response.body(), _BODY_SECONDS)
            if len(body) > room or (declared.isdigit() and int(declared) > room):
                body, self.bytes_full = b"", True
                self.block(url, "byte_cap")
            self.bytes += len(body)
        self.resources.append(Resource(url, status, content_type.split(";")[0].strip(), body,
                                       headers.get("location") if redirect else None))

    async def settle(self) -> bool:
        """After the load event: True once no request was in flight for `quiet` seconds,
        False when `settle` seconds ran out first (polling, a hanging request)."""
        loop = asyncio.get_running_loop()
        settle_by = loop.time() + self.config.settle
        while loop.time() < settle_by:
            if self.inflight == 0 and loop.time() - self.last_activity >= self.config.quiet:
                return True
            await asyncio.sleep(0.05)
        return False

    # -- afterwards, in the spider -----------------------------------------------------------
    def rendering(self, fallback_html: str = "") -> Rendering:
        return Rendering(html=self.html or fallback_html[:self.config.max_dom_chars],
                         screenshot=self.png, rendered_at=datetime.now(timezone.utc),
                         browser=self.browser, finished=self.finished, requests=self.requests,
                         blocked=tuple(self.blocked), source="live")

    def apply(self, snapshot: Snapshot) -> Snapshot:
        """`snapshot` (made from scrapy-playwright's response, whose body is the DOM) as
        `cekresmi check --render` makes it: the document's own bytes as the body, the DOM in
        the Rendering, the files the page loaded as resources."""
        dom = snapshot.body.decode("utf-8", "replace")
        if self.document is not None:
            snapshot = replace(snapshot, body=self.document[1])
        seen = {r.url for r in snapshot.resources}
        extra = []
        for resource in self.resources:
            if resource.url not in seen:
                seen.add(resource.url)
                extra.append(resource)
        return replace(snapshot, resources=snapshot.resources + tuple(extra),
                       rendering=self.rendering(dom))


async def _vetted(url: str) -> bool:
    from checker.errors import CheckError

    from spiders.middlewares import vet

    parts = urlsplit(url)
    if parts.scheme in ("data", "blob"):
        return True
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    try:
        await vet(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except CheckError as exc:
        return exc.code != "address_refused"  # (a name that stopped resolving: it answered)
    return True


def _main_navigation(request) -> bool:
    try:
        return request.is_navigation_request() and request.frame.parent_frame is None
    except Exception:  # noqa: BLE001 - no frame (a worker's request): not the document
        return False


async def _close_quietly(page) -> None:
    try:
        await page.close()
    except Exception:  # noqa: BLE001
        pass


def capture_for(playwright_request) -> PageCapture | None:
    """The capture of the page a browser request belongs to (None: not one of ours)."""
    try:
        return _PAGES.get(playwright_request.frame.page)
    except Exception:  # noqa: BLE001 - a service worker's request has no frame
        return None


async def start(page, request) -> None:
    """playwright_page_init_callback: before the page navigates (again for a new page when
    scrapy-playwright retries one whose browser target closed)."""
    capture = PageCapture()
    capture.attach(page)
    _PAGES[page] = _REQUESTS[request] = capture
    # Registered after scrapy-playwright's own route, so it runs first (Playwright tries the
    # newest handler first); it hands only the page's own document back to scrapy-playwright.
    await page.route("**/*", _answer)


async def _answer(route) -> None:
    """Every sub-request of a rendered page is fetched by us, through checker.retrieve.fetch's guard,
    which vets every hop of a redirect chain and connects to the address it vetted. Letting
    Chromium fetch them would skip the guard on later redirect hops (Chromium routes only the
    first URL of a chain) and trust its own DNS answers."""
    from checker.errors import CheckError
    from checker.retrieve.fetch import fetch_async

    request = route.request
    if _main_navigation(request) or request.url.startswith(("data:", "blob:")):
        await route.fallback()  # the page itself: scrapy-playwright and abort_unsafe
        return
    capture = capture_for(request)
    reason = capture.admit(request) if capture is not None else "not_ours"
    parts = urlsplit(request.url)
    if reason is None and (parts.scheme not in ("http", "https") or not parts.hostname):
        reason = "scheme"
    if reason is not None:
        if capture is not None:
            capture.block(request.url, reason)
        await route.abort("blockedbyclient")
        return
    asked = {k: v for k, v in request.headers.items() if k.lower() in _PASS_HEADERS}
    try:
        got = await fetch_async(request.url, _fetch_config(), resolver=_resolver,
                                headers=asked)
    except CheckError as exc:
        capture.block(request.url, exc.code)
        await route.abort("addressunreachable" if exc.code == "address_refused" else "failed")
        return
    await route.fulfill(status=got.status, headers=_fulfil_headers(got.headers), body=got.body)


def _fetch_config():
    """The crawl's guard settings (spiders.middlewares.configure) as a FetchConfig."""
    from checker.retrieve.fetch import FetchConfig

    from spiders.middlewares import _CONFIG

    return FetchConfig(timeout=CONFIG.time_limit, max_bytes=CONFIG.max_total_bytes,
                       allow_private=_CONFIG["allow_private"],
                       allowed_networks=_CONFIG["allowed"])


async def _resolver(host: str, port: int) -> list[str]:
    from spiders.middlewares import _lookup

    return await _lookup(host, port)  # --resolve mappings (the test farm) first, then DNS


def taken(request) -> PageCapture | None:
    """The capture of a rendered request's page, handed over once."""
    return _REQUESTS.pop(request, None)


async def finish(page) -> None:
    """A PageMethod: let the page settle, then take the DOM and the screenshot."""
    capture = _PAGES.get(page)
    if capture is None:
        return
    capture.finished = await capture.settle()
    if capture.tasks:  # bodies still being read (a slow JSON file): a moment more
        await asyncio.wait(set(capture.tasks), timeout=_BODY_SECONDS)
    capture.html, capture.png = await _capture(page, capture.config)
    try:
        capture.browser = f"Chromium {page.context.browser.version}"
    except Exception:  # noqa: BLE001 - no browser object (a persistent context)
        pass
