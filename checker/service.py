"""The one way from what a user asks us to check to a Report, for every shell.

A target is a snapshot source: a URL (fetched concurrently, SSRF guard per FetchConfig), a
file on disk (a saved page, a WARC or a WACZ), or a Snapshot some shell already holds (the
HTML a reader's browser sent, a crawl's response). Each becomes a Snapshot, is checked by the
same pure core (`check_one`), and is rendered in Chromium when `render_wanted` says so, so
an archive uploaded on the web is replayed and rendered exactly like `cekresmi check x.warc.gz`.
Results keep the input order; a failure is a CheckError in its slot, so one bad link never
stops the other hundred."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Union

from checker.context import Context
from checker.errors import CheckError
from checker.models import EvidenceFile, Report, Snapshot
from checker.analyse.pipeline import check_snapshot, should_render
from checker.retrieve.targets import Target, parse_target

__all__ = ["Checked", "Source", "Target", "check_image_bytes", "check_one", "check_targets",
           "parse_target", "render_wanted"]

# What check_targets takes: a Target to retrieve, or a Snapshot already retrieved.
Source = Union[Target, Snapshot]


@dataclass(frozen=True)
class Checked:
    """A snapshot's static report, and whether it should be rendered before it is final."""

    report: Report
    render: bool


def render_wanted(mode: str, snapshot: Snapshot, report: Report) -> bool:
    """`--render auto|always|never` for one snapshot, the same in every shell. A saved HTML
    page has nothing to load its scripts' data from offline: rendered only when asked for
    (`always`); archives replay their own records. What a reader's browser sent is already
    the rendered page."""
    if snapshot.origin in ("sent", "pdf"):  # a PDF's text has no scripts to run
        return False
    return should_render(mode, report) and (snapshot.origin != "file" or mode == "always")


def check_one(snapshot: Snapshot, context: Context, render: str = "never") -> Checked:
    """The static check of one snapshot, and whether to render it (the crawl's workers and
    check_targets both come here)."""
    report = check_snapshot(snapshot, context)
    return Checked(report, render_wanted(render, snapshot, report))


def _load_file(target: Target, url: str | None, max_bytes: int) -> Snapshot:
    from checker.retrieve.local import load_path

    return load_path(Path(target.value), url, max_bytes=max_bytes)


def _is_image(target: Target) -> bool:
    """An image by its first bytes, whatever its name (a chat saves "IMG-2024...-WA0009.jpg",
    or no extension at all)."""
    from checker.image.decode import sniff_image

    try:
        with open(target.value, "rb") as handle:
            return sniff_image(handle.read(16)) is not None
    except OSError:
        return False  # the page loader words the error


def check_image_bytes(data: bytes, name: str, context: Context, hoaxes=None) -> Report:
    """An image's bytes read, OCR'd, checked, and matched against the known-hoax register
    (`hoaxes`: a checker.store.hoaxes.Register) by fingerprint and by the address it shows."""
    from checker.image.check import check_image

    report, decoded = check_image(data, name, context)
    if hoaxes is None:
        return report
    from checker.image.fingerprint import fingerprint

    found = hoaxes.match_image(decoded.sha256, fingerprint(decoded.image),
                               " ".join(report.image.lines))
    if report.image.address:
        found += hoaxes.match_url(report.image.address)
    return replace(report, debunked=found)


def _check_image(target: Target, context: Context, hoaxes) -> Report:
    from checker.image.decode import ImageLimits

    limit = ImageLimits().max_bytes
    try:
        if os.path.getsize(target.value) > limit:  # refused before it is read
            raise CheckError("image_too_large", path=target.value, limit=limit)
        data = Path(target.value).read_bytes()
    except OSError as exc:
        raise CheckError("file_unreadable", path=target.value, reason=exc.strerror or "") from None
    return check_image_bytes(data, target.value, context, hoaxes)


def check_targets(targets: list[Source], context: Context, *, fetch_config=None,
                  url: str | None = None, concurrency: int = 16,
                  on_done: Callable[[int, object], None] | None = None,
                  on_snapshot: Callable[[int, Snapshot], EvidenceFile | None] | None = None,
                  render: str = "never", render_config=None,
                  on_note: Callable[[CheckError], None] | None = None,
                  on_render: Callable[[int], None] | None = None,
                  hoaxes=None, browsers=None) -> list[Report | CheckError]:
    """Check every target; `url` names the origin of a saved page (or picks a WARC record).
    A Snapshot among the targets is checked as it is (it was retrieved by the caller).

    `render` is `--render auto|always|never` (checker.analyse.pipeline.should_render): pages that need
    it are rendered in one shared Chromium (checker.retrieve.capture), live pages with their
    sub-requests fetched through the guard, archives replayed from their own records. Under
    `auto` a missing browser is a note (`on_note`) and the static report stands; under
    `always` it fails the targets that needed it. `on_render(index)` runs when a target's
    rendering starts (the web service's progress page says so).

    Image files (PNG, JPEG, WebP, GIF, by content) are read by OCR (checker.image) in a
    worker thread. `hoaxes` (a checker.store.hoaxes.Register) puts the known-hoax entries a
    report matches (its address, or the image's fingerprint) in `Report.debunked`.

    `browsers` (a checker.retrieve.browser_pool.BrowserPool) renders in a Chromium that
    outlives this call, shared with other calls (the web service's jobs); without it the
    batch starts its own.

    `on_snapshot(index, snapshot)` runs on each final snapshot before it is analysed (the CLI
    writes its WARC there): the EvidenceFile it returns becomes the report's `warc`, and a
    CheckError it raises fails that target alone.
    """
    from checker.retrieve.fetch_config import FetchConfig

    job = _Batch(context, fetch_config or FetchConfig(), render, render_config,
                 on_done, on_snapshot, on_note, on_render)
    job.hoaxes, job.pool = hoaxes, browsers
    if render != "always" and all(isinstance(t, Snapshot) or (t.kind == "file" and not
                                                              _is_image(t)) for t in targets):
        # Nothing to fetch and no image to read: checked without an event loop (asyncio's
        # import is ~15 ms of a cold check of a saved page); the loop only renders what
        # should be rendered (an archive under `auto`).
        later = job.run_offline(targets, url)
        if not later:
            return job.results
        import asyncio

        return asyncio.run(job.render_later(later))
    import asyncio

    return asyncio.run(job.run(targets, url, concurrency))


class _Batch:
    def __init__(self, context, config, render, render_config, on_done, on_snapshot, on_note,
                 on_render=None):
        from checker.analyse.pipeline import RENDER_MODES
        from checker.retrieve.render_config import RenderConfig

        if render not in RENDER_MODES:
            raise ValueError(f"render mode {render!r}")
        self.context, self.config, self.mode = context, config, render
        self.render_config = render_config or RenderConfig()
        self.on_done, self.on_snapshot, self.on_note = on_done, on_snapshot, on_note
        self.on_render = on_render
        self.results: list = []
        self.tasks: set = set()
        self.browser = None
        self.browser_error: CheckError | None = None
        self._opening = None
        self.hoaxes = None
        self.pool = None  # a shared BrowserPool, or None: this batch's own Browser
        self._client = None
        self.later: list | None = None  # run_offline: the snapshots to render afterwards

    @property
    def client(self):
        """The batch's HTTP client for a rendered live page's sub-requests, made on first use:
        its TLS context is ~20 ms of a cold check that only reads a saved page."""
        if self._client is None:
            from checker.retrieve.fetch import new_client

            self._client = new_client()
        return self._client

    async def run(self, targets: list[Source], url: str | None, concurrency: int) -> list:
        import asyncio

        from checker.retrieve.fetch import fetch_many

        self.results = [None] * len(targets)
        if self.mode == "always" and targets and self.pool is None:
            # Every page will be rendered: start Chromium while the pages are fetched.
            asyncio.ensure_future(self._browser())
        try:
            for i, target in enumerate(targets):
                if isinstance(target, Target) and target.kind == "file" and _is_image(target):
                    task = asyncio.ensure_future(self._image(i, target))
                    self.tasks.add(task)
                    task.add_done_callback(self.tasks.discard)
                else:
                    self._take(i, target, url)
            slots = [i for i, t in enumerate(targets)
                     if isinstance(t, Target) and t.kind == "url"]
            if slots:
                await fetch_many([targets[i].value for i in slots], self.config,
                                 concurrency=concurrency,
                                 on_done=lambda j, outcome: self.arrived(slots[j], outcome))
            while self.tasks:
                await asyncio.gather(*list(self.tasks))
        finally:
            await self._close()
        return self.results

    def run_offline(self, targets: list[Source], url: str | None) -> list:
        """Snapshots and saved files (no image), checked in turn with no event loop; returns
        the (index, snapshot, report) of those that should be rendered (render_later)."""
        self.results = [None] * len(targets)
        self.later = []
        for i, target in enumerate(targets):
            self._take(i, target, url)
        return self.later

    async def render_later(self, later: list) -> list:
        import asyncio

        self.later = None
        try:
            await asyncio.gather(*(self._render(*item) for item in later))
        finally:
            await self._close()
        return self.results

    def _take(self, index: int, target: Source, url: str | None) -> None:
        """A snapshot in hand or a file (not an image) to load: checked now. URLs are left to
        run()'s fetcher."""
        if isinstance(target, Snapshot):
            self.arrived(index, target)
        elif target.kind == "file":
            try:
                self.arrived(index, _load_file(target, url, self.config.max_bytes))
            except CheckError as exc:
                self.finish(index, exc)
            except Exception as exc:  # noqa: BLE001 - a bug in reading one file must not
                # sink the other targets: it is reported in that file's slot
                self.finish(index, CheckError("analysis_failed", url=target.value,
                                              reason=f"{type(exc).__name__}: {exc}"[:300]))

    async def _close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
        if self._opening is not None:
            await self._opening  # a browser still starting is closed too, not orphaned
        if self.browser is not None:
            await self.browser.__aexit__(None, None, None)

    def arrived(self, index: int, outcome) -> None:
        """A fetched or loaded snapshot: check it statically, then render it if it needs it."""
        if not isinstance(outcome, Snapshot):
            return self.finish(index, outcome)
        try:
            checked = check_one(outcome, self.context, self.mode)
        except CheckError as exc:  # e.g. --url is not a web URL: the user's to fix, no bug
            return self.finish(index, exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not sink the other targets
            return self.finish(index, _crashed(outcome, exc))
        report = checked.report
        if not checked.render:
            return self.finish(index, outcome, report)
        if self.later is not None:
            return self.later.append((index, outcome, report))
        import asyncio

        task = asyncio.ensure_future(self._render(index, outcome, report))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _image(self, index: int, target: Target) -> None:
        import asyncio

        try:
            # OCR takes seconds: off the event loop, so the URLs of the batch keep fetching.
            report = await asyncio.to_thread(_check_image, target, self.context, self.hoaxes)
        except CheckError as exc:
            return self.finish(index, exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not sink the other targets
            return self.finish(index, CheckError("analysis_failed", url=target.value,
                                                 reason=f"{type(exc).__name__}: {exc}"))
        self.finish(index, report)

    async def _render(self, index: int, snapshot: Snapshot, report: Report) -> None:
        from checker.retrieve.capture import ArchiveSource, LiveSource

        if self.pool is not None:
            return await self._pooled(index, snapshot, report)
        browser = await self._browser()
        if browser is None:
            if self.mode == "always":
                return self.finish(index, self.browser_error)
            return self.finish(index, snapshot, report)  # auto: the static report stands
        source = (LiveSource(self.config, self.client) if snapshot.origin == "live"
                  else ArchiveSource(snapshot))
        if self.on_render:
            self.on_render(index)
        try:
            rendered = await browser.render(snapshot, source)
        except Exception as exc:  # noqa: BLE001 - Playwright failing on one page
            return self._unrendered(index, snapshot, report, exc)
        await self._rendered(index, rendered)

    def _unrendered(self, index: int, snapshot: Snapshot, report: Report, exc) -> None:
        if self.on_note:
            self.on_note(CheckError("render_failed", url=snapshot.final_url,
                                    reason=f"{type(exc).__name__}: {str(exc)[:160]}"))
        self.finish(index, snapshot, report)  # the static report stands

    async def _rendered(self, index: int, rendered: Snapshot) -> None:
        import asyncio

        try:
            # Off the event loop: a page with hundreds of figures takes a while to compare,
            # and the browser's other pages are waiting on this loop for their requests.
            report = await asyncio.to_thread(check_snapshot, rendered, self.context)
        except Exception as exc:  # noqa: BLE001
            return self.finish(index, _crashed(rendered, exc))
        self.finish(index, rendered, report)

    async def _pooled(self, index: int, snapshot: Snapshot, report: Report) -> None:
        """_render in the shared pool's Chromium."""
        if self.on_render:
            self.on_render(index)
        try:
            rendered = await self.pool.render(snapshot, self.config)
        except CheckError as exc:  # Chromium missing or failing to start
            if self.mode == "always":
                return self.finish(index, exc)
            if self.on_note:
                self.on_note(exc)
            return self.finish(index, snapshot, report)  # auto: the static report stands
        except Exception as exc:  # noqa: BLE001 - Playwright failing on one page
            return self._unrendered(index, snapshot, report, exc)
        await self._rendered(index, rendered)

    async def _browser(self):
        """The batch's one Chromium, started on first need (concurrent callers share it)."""
        import asyncio

        from checker.retrieve.capture import Browser

        if self._opening is None:
            async def start():
                try:
                    self.browser = await Browser(self.render_config).__aenter__()
                except CheckError as exc:
                    self.browser_error = exc
                    if self.on_note and self.mode == "auto":
                        self.on_note(exc)
            self._opening = asyncio.ensure_future(start())
        await self._opening
        return self.browser

    def finish(self, index: int, outcome, report: Report | None = None) -> None:
        if isinstance(outcome, Snapshot):
            try:
                saved = self.on_snapshot(index, outcome) if self.on_snapshot else None
                if report is None:
                    report = check_snapshot(outcome, self.context)
                outcome = replace(report, warc=saved) if saved is not None else report
                if self.hoaxes is not None:
                    found = tuple(dict.fromkeys(
                        self.hoaxes.match_url(outcome.source.requested_url)
                        + self.hoaxes.match_url(outcome.source.final_url)))
                    if found:
                        outcome = replace(outcome, debunked=found)
            except CheckError as exc:  # e.g. a recorded URL that is not a web URL
                outcome = exc
            except Exception as exc:  # noqa: BLE001
                outcome = _crashed(outcome, exc)
        self.results[index] = outcome
        if self.on_done:
            self.on_done(index, outcome)


def _crashed(snapshot: Snapshot, exc: Exception) -> CheckError:
    return CheckError("analysis_failed", url=snapshot.final_url,
                      reason=f"{type(exc).__name__}: {exc}")
