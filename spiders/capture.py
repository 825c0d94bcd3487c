"""Rendering in a crawl: a thin hook over checker.retrieve.capture, the one browser capture
`cekresmi check` and the web service use (same launcher, same arguments, same isolation, same
caps, same Rendering).

Chromium never fetches anything for a crawl. A page that needs rendering is handed to it as
Scrapy already downloaded it: the body came over the connection GuardMiddleware vetted and
PinnedResolver pinned, every redirect hop vetted the same way, so the browser neither fetches
the document a second time nor follows a redirect on its own (a site that answers a browser's
request differently, e.g. a 302 to an internal address for requests carrying Sec-Fetch-*
headers, never gets a browser request to answer). The page's sub-requests are fetched by
checker.retrieve.fetch through the crawl's own Vetter (spiders.middlewares.vetter_for), so they
connect to the addresses the crawl pinned. One Chromium per crawl process, started on first
need (at the start with --render always), closed with the spider.
"""

from __future__ import annotations

import asyncio

from checker.errors import CheckError
from checker.models import Snapshot
from checker.retrieve.capture import Browser, LiveSource, RenderConfig
from checker.retrieve.fetch import FetchConfig, new_client

__all__ = ["CrawlRenderer"]


class CrawlRenderer:
    """`await renderer.render(snapshot)`: the snapshot with its Rendering and the files the
    page loaded. CheckError when no browser can be started (browser_missing, browser_failed)
    or Playwright fails on the page (render_failed); the crawl then keeps the static check."""

    def __init__(self, vetter, executable: str | None, user_agent: str = "",
                 config: RenderConfig | None = None) -> None:
        self.vetter = vetter
        self.config = config or RenderConfig(executable=executable or "")
        # Sub-requests under the page's own limits, through the crawl's guard settings.
        limits = {"user_agent": user_agent} if user_agent else {}
        self.fetch_config = FetchConfig(
            timeout=self.config.time_limit, max_bytes=self.config.max_total_bytes,
            allow_private=vetter.allow_private, allowed_networks=vetter.allowed, **limits)
        self.browser: Browser | None = None
        self.error: CheckError | None = None
        self._opening: asyncio.Future | None = None
        self._client = None

    async def render(self, snapshot: Snapshot) -> Snapshot:
        browser = await self._browser()
        if browser is None:
            raise self.error
        source = LiveSource(self.fetch_config, self._client, self.vetter)
        try:
            return await browser.render(snapshot, source)
        except Exception as exc:  # noqa: BLE001 - Playwright failing on one page
            raise CheckError("render_failed", url=snapshot.final_url,
                             reason=f"{type(exc).__name__}: {str(exc)[:160]}") from None

    def begin(self) -> None:
        """Start Chromium now, without waiting for it (a crawl that renders every page starts
        it beside its first downloads instead of after them)."""
        if self._opening is None:
            asyncio.ensure_future(self._browser())

    async def _browser(self) -> Browser | None:
        """The crawl's one Chromium, started on first need (concurrent callers share it)."""
        if self._opening is None:
            async def start() -> None:
                try:
                    self.browser = await Browser(self.config).__aenter__()
                    self._client = new_client()
                except CheckError as exc:
                    self.error = exc
            self._opening = asyncio.ensure_future(start())
        await self._opening
        return self.browser

    async def close(self) -> None:
        if self._opening is not None:
            await self._opening  # a browser still starting is closed too, not orphaned
        if self._client is not None:
            await self._client.aclose()
        if self.browser is not None:
            await self.browser.__aexit__(None, None, None)
            self.browser = None
