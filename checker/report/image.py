"""The parts of a report about an image (checker.image) and about the known-hoax register:
the image's file facts, the address it showed, the regions claims were read from, and the
register entries it matched. Used by checker.report.formats (JSON contract, templates)."""

from __future__ import annotations

import base64
from typing import Any

from checker.models import Report

__all__ = ["debunked_list", "image_dict", "image_uri", "source_kind"]


def source_kind(report: Report) -> str:
    """What was checked: `image` (a screenshot or graphic, read by OCR) or `page`."""
    return "image" if report.image is not None else "page"


def image_dict(report: Report) -> dict[str, Any] | None:
    """Null for a page. For an image: SHA-256, dimensions, the address it showed (and how:
    bar | watermark | cited; null when it showed none and was judged on its content), every
    address read, the OCR'd lines, and the box each claim was read from."""
    info = report.image
    if info is None:
        return None
    return {
        "sha256": info.sha256, "format": info.format, "width": info.width,
        "height": info.height, "bytes": info.size, "frames": info.frames,
        "address": info.address, "address_kind": info.address_kind,
        "addresses": [{"url": url, "kind": kind} for url, kind in info.addresses],
        "words": info.words, "lines": list(info.lines),
        "regions": [{"claim": r.claim, "left": r.left, "top": r.top, "right": r.right,
                     "bottom": r.bottom} for r in info.regions],
    }


def debunked_list(report: Report) -> list[dict[str, Any]]:
    return [{"debunk_url": d.debunk_url, "date": d.added, "note": d.note,
             "matched_by": d.matched_by, "distance": d.distance} for d in report.debunked]


def image_uri(report: Report) -> str | None:
    # Embedded like the rendering's screenshot: the HTML report stays one file.
    data = report.image.preview if report.image is not None else b""
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii") if data else None
