"""What a web check does: the same core as `cekresmi check`, with the SSRF guard always on.

Three kinds of input, each a job (checker.web.jobs) that stores its Report and returns its id:
a URL we fetch ("live"), a saved page or WARC a user uploads ("upload"), and the HTML a
reader's browser sends with the "send what I see" bookmarklet ("sent"). Only live reports
are reused for the same URL or listed on the front page.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timezone
from pathlib import Path

from checker.errors import CheckError
from checker.web.jobs import Work
from checker.web.settings import Settings

__all__ = ["image_work", "job_key", "live_work", "recent_key", "sent_work", "upload_work"]

_ARCHIVE_SUFFIXES = (".warc.gz", ".warc", ".arc.gz", ".arc", ".wacz")


def _fetch_config(settings: Settings):
    from checker.retrieve.fetch_config import FetchConfig

    # allow_private is never True here; allowed_networks comes from Settings only (tests).
    return FetchConfig(timeout=settings.fetch_timeout, max_bytes=settings.max_page_bytes,
                       allow_private=False, allowed_networks=settings.allowed_networks)


def _checked(source, context, settings: Settings, progress, url: str | None = None,
             hoaxes=None, browsers=None):
    """One source through checker.service.check_targets, as `cekresmi check` does it: the
    same rendering decision (Report.render_hint, --render), the SSRF guard always on. The
    progress page says when the slow part, rendering, starts. Pages are rendered in the
    process's one Chromium (`browsers`, a BrowserPool), not one started per check."""
    from checker.service import check_targets

    [result] = check_targets([source], context, fetch_config=_fetch_config(settings), url=url,
                             concurrency=1, render=settings.render,
                             on_render=lambda index: progress("rendering"),
                             on_snapshot=lambda index, snapshot: progress("analysing"),
                             hoaxes=hoaxes, browsers=browsers)
    if isinstance(result, CheckError):
        raise result
    progress("saving")
    return result


def job_key(url: str, visibility: str = "public") -> str:
    """Runs of the same URL share one job, but a public and an unlisted check never do."""
    return ("live:" if visibility == "public" else "live-unlisted:") + url


def recent_key(url: str, visibility: str = "public") -> str:
    """The shared cache's name for the latest live report of a URL."""
    return job_key(url, visibility)


def live_work(url: str, context, settings: Settings, store, visibility: str = "public",
              hoaxes=None, *, shared=None, browsers=None) -> Work:
    def work(progress) -> str:
        from checker.service import Target

        report = _checked(Target("url", url), context, settings, progress, hoaxes=hoaxes,
                          browsers=browsers)
        rid = store.save(report, kind="live", url=url, visibility=visibility)
        if shared is not None:
            # Every process shows this report for the same URL for reuse_seconds, without a
            # database query (State.reusable).
            made = datetime.now(timezone.utc).isoformat()
            shared.remember(recent_key(url, visibility), f"{rid} {made}",
                            settings.reuse_seconds)
        return rid

    return work


def _upload_name(filename: str) -> str:
    """The name we give an upload on disk: never the client's, only its archive suffix (which
    checker.retrieve.archive reads as a hint; it also sniffs the first bytes)."""
    lower = (filename or "").lower()
    return "upload" + next((s for s in _ARCHIVE_SUFFIXES if lower.endswith(s)), ".html")


def _shown(filename: str) -> str:
    name = "".join(c for c in (filename or "") if c.isprintable()).strip()
    return (name[:80] or "upload")


def image_work(data: bytes, filename: str, kind: str, context, store, hoaxes=None,
               url: str | None = None) -> Work:
    """A screenshot or forwarded graphic (an upload, the API, or "send what I see" on an image):
    OCR'd and checked by the same core, matched against the known-hoax register."""
    def work(progress) -> str:
        from checker.service import check_image_bytes

        progress("analysing")
        report = check_image_bytes(data, _shown(filename), context, hoaxes)
        progress("saving")
        return store.save(report, kind=kind,
                          url=url or report.image.address or "image:" + report.image.sha256)

    return work


def upload_work(data: bytes, filename: str, url: str | None, context, settings: Settings,
                store, hoaxes=None, *, browsers=None) -> Work:
    from checker.image.decode import sniff_image

    if sniff_image(data[:16]):  # by content: a chat's "IMG-...-WA0009" has no extension
        return image_work(data, filename, "upload", context, store, hoaxes, url)

    def work(progress) -> str:
        from checker.service import Target

        with tempfile.TemporaryDirectory(prefix="cekresmi-upload-") as folder:
            path = Path(folder) / _upload_name(filename)
            path.write_bytes(data)
            try:
                report = _checked(Target("file", str(path)), context, settings, progress, url,
                                  browsers=browsers)
            except CheckError as exc:
                # The message names the file the user sent, not our temporary path.
                params = {**exc.params, "path": _shown(filename)} if "path" in exc.params \
                    else exc.params
                raise CheckError(exc.code, **params) from None
        return store.save(report, kind="upload", url=url or report.source.final_url)

    return work


def sent_work(html: str, url: str, context, settings: Settings, store, *,
              now: datetime | None = None, browsers=None) -> Work:
    def work(progress) -> str:
        from checker.models import Snapshot

        # What the reader's browser showed, after its scripts ran. We did not fetch it, so
        # the report says so (origin "sent"): the URL and the HTML are the sender's word.
        snapshot = Snapshot(requested_url=url, final_url=url, status=200,
                            headers=(("content-type", "text/html; charset=utf-8"),),
                            body=html.encode("utf-8", "replace"),
                            fetched_at=now or datetime.now(timezone.utc), origin="sent")
        report = _checked(snapshot, context, settings, progress, browsers=browsers)
        return store.save(report, kind="sent", url=url)

    return work
