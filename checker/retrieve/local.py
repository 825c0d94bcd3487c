"""A file on disk into a Snapshot, by what it holds (not its name alone): a WACZ, a WARC/ARC
archive, or else a saved HTML page (which needs the URL it came from). Empty, binary and PDF
files are refused with a line naming the file, rather than checked as a page with no claims;
a PDF's text is checked like a page (checker.retrieve.pdf)."""

from __future__ import annotations

from pathlib import Path

from checker.errors import CheckError
from checker.models import Snapshot
from checker.retrieve import wacz
from checker.retrieve.pdf import load_pdf
from checker.retrieve.archive import is_archive, load_html, load_warc, open_file, read_at_most

__all__ = ["load_path", "refuse_non_page"]

_HEAD = 8192
# Text in UTF-16/32 is full of NUL bytes yet is a page; its byte-order mark says so.
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Control bytes that never appear in a text page (tab, LF, FF, CR and ESC for ISO-2022 are fine).
_BINARY_BYTES = frozenset(range(0, 8)) | frozenset({11, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                                                   23, 24, 25, 26, 28, 29, 30, 31})


def refuse_non_page(path: Path, head: bytes) -> None:
    """Raise a CheckError naming path if its first bytes cannot be a saved HTML page."""
    if not head.strip():
        raise CheckError("file_empty", path=str(path))
    if head.startswith(_TEXT_BOMS):
        return
    odd = sum(1 for byte in head if byte in _BINARY_BYTES)
    # Stray control bytes are tolerated (a hostile page puts terminal escapes in its title, and
    # it is still a page to check); a NUL, or one byte in twenty, is not text.
    if b"\x00" in head or odd > max(8, len(head) // 20):
        raise CheckError("file_binary", path=str(path))


def load_path(path: Path, url: str | None = None, *, max_bytes: int = 5_000_000) -> Snapshot:
    """An archive (by name or by its first bytes) or else a saved HTML page, which needs url."""
    path = Path(path)
    if wacz.is_wacz(path):  # a .wacz, or a ZIP holding archive/*.warc[.gz]
        return wacz.load_wacz(path, url, max_bytes=max_bytes)
    if is_archive(path):
        return load_warc(path, url, max_bytes=max_bytes)
    with open_file(path) as raw:
        head = read_at_most(path, raw, _HEAD)
    if head.lstrip()[:5] == b"%PDF-":  # by content: a PDF saved as .html is still a PDF
        return load_pdf(path, url or "", max_bytes=max_bytes)
    refuse_non_page(path, head)
    return load_html(path, url or "", max_bytes=max_bytes)
