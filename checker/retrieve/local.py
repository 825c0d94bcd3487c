"""A file on disk into a Snapshot, by what it holds (not its name alone): a WACZ, a WARC/ARC
archive, or else a saved HTML page (which needs the URL it came from)."""

from __future__ import annotations

from pathlib import Path

from checker.models import Snapshot
from checker.retrieve import wacz
from checker.retrieve.archive import is_archive, load_html, load_warc

__all__ = ["load_path"]


def load_path(path: Path, url: str | None = None, *, max_bytes: int = 5_000_000) -> Snapshot:
    """An archive (by name or by its first bytes) or else a saved HTML page, which needs url."""
    path = Path(path)
    if wacz.is_wacz(path):  # a .wacz, or a ZIP holding archive/*.warc[.gz]
        return wacz.load_wacz(path, url, max_bytes=max_bytes)
    if is_archive(path):
        return load_warc(path, url, max_bytes=max_bytes)
    return load_html(path, url or "", max_bytes=max_bytes)
