"""A PDF's text, checked like a page: results are often shared as PDFs (a party's "rekap", a
forwarded "hasil resmi"). The text is read with pypdf and wrapped in a plain HTML page, origin
"pdf", so the report says the figures came from a document and not from a web server."""

from __future__ import annotations

import html
import io
from pathlib import Path

from checker.errors import CheckError
from checker.models import Snapshot
from checker.retrieve.archive import mtime, read_saved

__all__ = ["MAX_PAGES", "load_pdf"]

# A results document is a few pages; a thousand-page PDF is a bomb or not what we look for.
MAX_PAGES = 50


def _text(path: Path, body: bytes, max_chars: int) -> tuple[str, str]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            raise CheckError("pdf_unreadable", path=str(path))
        title = str((reader.metadata or {}).get("/Title") or "")
        parts, size = [], 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            parts.append(text)
            size += len(text)
            if size >= max_chars:
                break
    except CheckError:
        raise
    except Exception:  # noqa: BLE001 - a hostile PDF can break the parser in any way
        raise CheckError("pdf_unreadable", path=str(path)) from None
    return title, "\n\n".join(parts)[:max_chars]


def load_pdf(path: Path, url: str, *, max_bytes: int = 5_000_000) -> Snapshot:
    """The PDF's text as a page from `url` (where the reader found it; required, like a saved
    page, since the document cannot tell us its own origin honestly)."""
    path = Path(path)
    body = read_saved(path, url, max_bytes, "pdf_url_required")
    title, text = _text(path, body, max_bytes)
    if not text.strip():  # a scan: pictures of figures, no text to read
        raise CheckError("pdf_no_text", path=str(path))
    page = (f"<!doctype html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
            f"</title></head><body><pre>{html.escape(text)}</pre></body></html>")
    return Snapshot(url, url, 200, (("content-type", "text/html; charset=utf-8"),),
                    page.encode("utf-8"), mtime(path), origin="pdf")
