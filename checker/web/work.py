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
from urllib.parse import urlsplit, urlunsplit

from checker.errors import CheckError
from checker.web.jobs import Work
from checker.web.settings import Settings

__all__ = ["image_work", "live_work", "sent_work", "upload_work", "web_url"]

_ARCHIVE_SUFFIXES = (".warc.gz", ".warc", ".arc.gz", ".arc")
_FILE_SUFFIXES = (".html", ".htm", ".warc", ".gz", ".txt")


def web_url(text: str, max_chars: int = 2048) -> str:
    """A pasted address as the URL to check. Like checker.service.parse_target, a bare host gets
    https://, but a web request never names a file on this server (parse_target would look on
    disk). The fragment is dropped: it never reaches the site, and the reuse key ignores it."""
    raw = (text or "").strip()
    if not raw:
        raise CheckError("web_url_missing")
    if len(raw) > max_chars:
        raise CheckError("web_url_too_long", limit=max_chars)
    if any(ord(c) < 0x21 or 0x7f <= ord(c) < 0xa0 for c in raw):
        raise CheckError("bad_url", url=raw)
    if "://" not in raw:
        head = raw.split("/", 1)[0]
        if ":" in head and not head.split(":", 1)[1].split("/")[0].isdigit():
            scheme = raw.split(":", 1)[0]  # javascript:..., data:..., mailto:...
            raise CheckError("bad_scheme", url=raw, scheme=scheme)
        # Like parse_target: "page.html" is a file name someone pasted, not a host.
        if "." not in head or head.lower().endswith(_FILE_SUFFIXES):
            raise CheckError("web_target_unknown", target=raw)
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
    except ValueError:
        raise CheckError("bad_url", url=raw) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise CheckError("bad_scheme", url=raw, scheme=parts.scheme)
    if not parts.netloc or not parts.hostname:
        raise CheckError("bad_url", url=raw)
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))


def _fetch_config(settings: Settings):
    from checker.retrieve.fetch import FetchConfig

    # allow_private is never True here; allowed_networks comes from Settings only (tests).
    return FetchConfig(timeout=settings.fetch_timeout, max_bytes=settings.max_page_bytes,
                       allow_private=False, allowed_networks=settings.allowed_networks)


def live_work(url: str, context, settings: Settings, store, hoaxes=None) -> Work:
    def work(progress) -> str:
        from checker.service import Target, check_targets

        # Pages that need it (Report.render_hint) are rendered in Chromium: the progress page
        # says so, since that is the slow part.
        [result] = check_targets([Target("url", url)], context,
                                 fetch_config=_fetch_config(settings), concurrency=1,
                                 on_render=lambda index: progress("rendering"),
                                 on_snapshot=lambda index, snapshot: progress("analysing"),
                                 render=settings.render, hoaxes=hoaxes)
        if isinstance(result, CheckError):
            raise result
        progress("saving")
        return store.save(result, kind="live", url=url)

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
                store, hoaxes=None) -> Work:
    from checker.image.decode import sniff_image

    if sniff_image(data[:16]):  # by content: a chat's "IMG-...-WA0009" has no extension
        return image_work(data, filename, "upload", context, store, hoaxes, url)

    def work(progress) -> str:
        from checker.retrieve.local import load_path
        from checker.analyse.pipeline import check_snapshot

        with tempfile.TemporaryDirectory(prefix="cekresmi-upload-") as folder:
            path = Path(folder) / _upload_name(filename)
            path.write_bytes(data)
            try:
                snapshot = load_path(path, url, max_bytes=settings.max_page_bytes)
            except CheckError as exc:
                # The message names the file the user sent, not our temporary path.
                params = {**exc.params, "path": _shown(filename)} if "path" in exc.params \
                    else exc.params
                raise CheckError(exc.code, **params) from None
        progress("analysing")
        report = check_snapshot(snapshot, context)
        progress("saving")
        return store.save(report, kind="upload", url=url or snapshot.final_url)

    return work


def sent_work(html: str, url: str, context, store, *, now: datetime | None = None) -> Work:
    def work(progress) -> str:
        from checker.models import Snapshot
        from checker.analyse.pipeline import check_snapshot

        # What the reader's browser showed, after its scripts ran. We did not fetch it, so
        # the report says so (origin "sent"): the URL and the HTML are the sender's word.
        snapshot = Snapshot(requested_url=url, final_url=url, status=200,
                            headers=(("content-type", "text/html; charset=utf-8"),),
                            body=html.encode("utf-8", "replace"),
                            fetched_at=now or datetime.now(timezone.utc), origin="sent")
        progress("analysing")
        report = check_snapshot(snapshot, context)
        progress("saving")
        return store.save(report, kind="sent", url=url)

    return work
