"""The evidence parts of a report: the files a check wrote, the hashes that pin what was seen,
and how Chromium rendered the page. Used by checker.report.formats (JSON contract, templates)."""

from __future__ import annotations

import base64
import hashlib
from typing import Any

from checker.models import Report

__all__ = ["evidence_dict", "rendering_dict", "screenshot_uri"]


def evidence_dict(report: Report) -> dict[str, Any]:
    """SHA-256 of the main document, of the screenshot and of the WARC written (--warc-out);
    null where there is none."""
    shot = report.rendering.screenshot if report.rendering else b""
    warc = report.warc
    return {
        "warc": None if warc is None else {"path": warc.path, "sha256": warc.sha256,
                                           "bytes": warc.size},
        "document_sha256": report.source.sha256,
        "screenshot": None if not shot else {
            "sha256": report.rendering.screenshot_sha256, "bytes": len(shot),
            "type": "image/png"},
    }


def rendering_dict(report: Report) -> dict[str, Any] | None:
    """How Chromium rendered the page (null when it was not rendered)."""
    done = report.rendering
    if done is None:
        return None
    return {"browser": done.browser, "rendered_at": done.rendered_at.isoformat(),
            "finished": done.finished, "requests": done.requests, "source": done.source,
            "isolation": done.isolation,
            "blocked": [{"url": url, "reason": reason} for url, reason in done.blocked],
            "dom_sha256": hashlib.sha256(done.html.encode("utf-8")).hexdigest(),
            "dom_chars": len(done.html)}


def screenshot_uri(report: Report) -> str | None:
    # Embedded, so the HTML report stays one self-contained file; our CSP allows data: images.
    png = report.rendering.screenshot if report.rendering else b""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii") if png else None
