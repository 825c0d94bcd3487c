"""Saved pages and web archives (WARC / ARC) into a Snapshot; checker.retrieve.local picks
which reader a file needs.

A saved page cannot be trusted to say where it came from, so the user must give its URL.
An archive records its own URLs, statuses and dates, so it is replayed the way a live fetch
would have gone: pick the page, follow its redirects through the other records, keep the
JSON and scripts it loaded as resources. Every failure is a CheckError with a code.
"""

from __future__ import annotations

import gzip
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

from checker.errors import CheckError
from checker.models import Hop, Resource, Snapshot

if TYPE_CHECKING:  # warcio is imported where an archive is read (~8 ms of a page's cold check)
    from warcio.archiveiterator import ArchiveIterator

__all__ = ["is_archive", "load_html", "load_warc", "mtime", "normalise_url", "open_file", "read_at_most",
           "read_saved", "unreadable"]

MAX_REDIRECTS = 10
# All bodies kept from one archive together may use this many times max_bytes, so an
# archive with thousands of large records cannot exhaust memory.
TOTAL_FACTOR = 10

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})  # the statuses the live fetcher follows
_ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_ARCHIVE_MAGIC = (b"WARC/", b"filedesc://")  # WARC, and ARC version 1
_GZIP_MAGIC = b"\x1f\x8b"
_DEFAULT_PORTS = {"http": 80, "https": 443}
_CHUNK = 1 << 16


@dataclass(frozen=True)
class _Entry:
    """One captured response, without its body: bodies are read later, within the limits."""

    index: int  # position in the archive, to find the record again on the second pass
    kind: str  # "response" (HTTP) or "resource" (a WARC resource record, no HTTP headers)
    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    date: str

    def header(self, name: str) -> str | None:
        return next((value for key, value in self.headers if key == name), None)

    @property
    def is_html(self) -> bool:
        media_type = (self.header("content-type") or "").split(";", 1)[0].strip().lower()
        return media_type in _HTML_TYPES

    @property
    def is_redirect(self) -> bool:
        return self.status in _REDIRECTS and bool(self.header("location"))


def read_saved(path: Path, url: str, max_bytes: int, url_missing: str) -> bytes:
    """A saved document's bytes (a page, a PDF), which needs the URL the user says it came
    from: `url_missing` names the error when there is none; past max_bytes, file_too_large."""
    with open_file(path) as raw:
        if not url:
            raise CheckError(url_missing, path=str(path))
        # Read one byte past the limit rather than trusting stat(): pipes and devices lie.
        body = read_at_most(path, raw, max_bytes + 1)
    if len(body) > max_bytes:
        raise CheckError("file_too_large", path=str(path), limit=max_bytes)
    return body


def load_html(
    path: Path, url: str, *, max_bytes: int = 5_000_000, fetched_at: datetime | None = None
) -> Snapshot:
    """A saved page plus the URL the user says it came from (never what the page claims)."""
    path = Path(path)
    body = read_saved(path, url, max_bytes, "url_required")
    # No charset in the headers: it is detected later from the page's meta tags and bytes.
    return Snapshot(url, url, 200, (("content-type", "text/html"),), body,
                    _aware(fetched_at or mtime(path)), origin="file")


def load_warc(path: Path, url: str | None = None, *, max_bytes: int = 5_000_000) -> Snapshot:
    """Replay one page out of a web archive: its redirects, its final response, its resources."""
    path = Path(path)
    # Two passes: the first reads only headers (to pick the page and follow its redirects,
    # which may point backwards or forwards), the second reads just the bodies we keep.
    entries = _scan(path)
    chain, hops = _pick_page(path, entries, url)
    first, final = chain[0], chain[-1]
    others = [e for e in entries if e not in chain]
    body, resources = _read_bodies(path, final, others, max_bytes)
    fetched_at = _parse_date(final.date) or mtime(path)
    return Snapshot(first.url, final.url, final.status, final.headers, body, fetched_at,
                    redirects=tuple(hops), resources=tuple(resources), origin="warc")


@contextmanager
def open_file(path: Path) -> Iterator[BinaryIO]:
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        raise CheckError("file_not_found", path=str(path)) from None
    except OSError as exc:  # a directory, no permission, a broken device...
        raise unreadable(path, exc) from None
    with handle:
        yield handle


def read_at_most(path: Path, raw: BinaryIO, size: int) -> bytes:
    try:
        return raw.read(size)
    except OSError as exc:
        raise unreadable(path, exc) from None


def unreadable(path: Path, exc: OSError) -> CheckError:
    return CheckError("file_unreadable", path=str(path), reason=exc.strerror or str(exc))


def mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
    except OSError as exc:
        raise unreadable(path, exc) from None


def is_archive(path: Path) -> bool:
    if path.name.lower().endswith(_ARCHIVE_SUFFIXES):
        return True
    with open_file(path) as raw:
        head = read_at_most(path, raw, 4096)
    if head.startswith(_GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return False
    return head.startswith(_ARCHIVE_MAGIC)


@contextmanager
def _records(path: Path) -> Iterator[ArchiveIterator]:
    """The archive's records; any parse or decompression error becomes archive_corrupt."""
    from warcio.archiveiterator import ArchiveIterator

    with open_file(path) as raw:
        # Python's gzip, unlike warcio's own reader, checks each member's CRC and raises on
        # a cut-off member. (warcio takes that EOFError for a clean end when it comes while
        # parsing headers; _scan notices the record left half-read.)
        stream = gzip.GzipFile(fileobj=raw) if raw.read(2) == _GZIP_MAGIC else raw
        raw.seek(0)
        try:
            yield ArchiveIterator(stream, arc2warc=True)
        except CheckError:
            raise
        except Exception as exc:  # warcio, gzip and zlib raise many types on bad input
            # The message may quote the file's bytes ("first line: [...]"): that noise says
            # nothing to a reader, and the rest is kept printable and short.
            text = f"{type(exc).__name__}: {exc}".split(", first line:", 1)[0]
            reason = "".join(c if c.isprintable() else "?" for c in text)[:160]
            raise CheckError("archive_corrupt", path=str(path), reason=reason) from None


def _scan(path: Path) -> list[_Entry]:
    entries = []
    with _records(path) as records:
        index = -1
        for index, record in enumerate(records):
            # Drain the record ourselves: a record without a length, or a body shorter than
            # its Content-Length, means the file was cut off, which warcio accepts silently.
            while record.length is not None and record.raw_stream.read(_CHUNK):
                pass
            if record.length is None or getattr(record.raw_stream, "limit", 0) > 0:
                raise _cut_short(path, f"record {index}")
            entry = _entry(index, record)
            if entry is not None:
                entries.append(entry)
        # warcio also ends quietly on a record whose headers were cut off; it then still
        # holds that record's first line (nothing at all if it was the only record).
        if index < 0 or records.next_line:
            raise _cut_short(path, f"record {index + 1}")
    return entries


def _cut_short(path: Path, where: str) -> CheckError:
    return CheckError("archive_corrupt", path=str(path), reason=f"{where} is cut short")


def _entry(index: int, record) -> _Entry | None:
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    date = record.rec_headers.get_header("WARC-Date") or ""
    if not uri or uri.startswith("urn:cekresmi:"):
        return None  # our own screenshot and rendered-DOM records are evidence, not resources
    if record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
        return _Entry(index, "resource", uri, 200, (("content-type", content_type),), date)
    if record.rec_type != "response" or record.http_headers is None:
        return None  # requests, metadata, dns: captures: not pages nor resources
    try:
        status = int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None
    headers = tuple((name.lower(), value) for name, value in record.http_headers.headers)
    return _Entry(index, "response", uri, status, headers, date)


def _pick_page(
    path: Path, entries: list[_Entry], url: str | None
) -> tuple[list[_Entry], list[Hop]]:
    """The records from the one asked for to the one the redirects end at, and the hops."""
    responses = [e for e in entries if e.kind == "response"]
    by_url: dict[str, _Entry] = {}
    for entry in responses:
        by_url.setdefault(normalise_url(entry.url), entry)  # the first capture of a URL wins
    if url:
        first = by_url.get(normalise_url(url))
        if first is None:
            raise CheckError("archive_url_missing", path=str(path), url=url)
    else:
        first = next((e for e in responses if e.is_html or e.is_redirect), None)
        if first is None:
            raise CheckError("archive_no_page", path=str(path))
    chain, hops = [first], []
    while chain[-1].is_redirect:
        current = chain[-1]
        if len(hops) == MAX_REDIRECTS:
            reason = f"more than {MAX_REDIRECTS} redirects from {first.url}"
            raise CheckError("archive_corrupt", path=str(path), reason=reason)
        # Like the live fetcher: the hop keeps Location as sent, relative or not.
        location = current.header("location") or ""
        hops.append(Hop(current.url, current.status, location))
        try:
            target = urljoin(current.url, location)
        except ValueError:  # a Location urlsplit cannot read ("http://[::1/"): not followed
            raise CheckError("archive_url_missing", path=str(path), url=location) from None
        following = by_url.get(normalise_url(target))
        if following is None:
            raise CheckError("archive_url_missing", path=str(path), url=target)
        chain.append(following)
    return chain, hops


def _read_bodies(
    path: Path, final: _Entry, others: list[_Entry], max_bytes: int
) -> tuple[bytes, list[Resource]]:
    wanted = {e.index: e for e in others}
    last = max([final.index, *wanted])
    budget = TOTAL_FACTOR * max_bytes
    body, resources = None, []
    with _records(path) as records:
        for index, record in enumerate(records):
            if index == final.index:
                body = _read_capped(record, max_bytes)
                if body is None:
                    raise CheckError("file_too_large", path=str(path), limit=max_bytes)
                budget -= len(body)
            elif index in wanted and budget > 0:
                # Too big for what is left: skip it. A cut-off JSON file is worse than none.
                data = _read_capped(record, min(max_bytes, budget))
                if data is not None:
                    budget -= len(data)
                    entry = wanted[index]
                    content_type = entry.header("content-type") or ""
                    location = entry.header("location") if entry.is_redirect else None
                    resources.append(Resource(entry.url, entry.status, content_type, data,
                                              location))
            if index >= last or (body is not None and budget <= 0):
                break
    if body is None:  # the file changed between the two passes
        raise _cut_short(path, f"record {final.index}")
    return body, resources


def _read_capped(record, limit: int) -> bytes | None:
    # content_stream() undoes chunking and gzip/deflate, as an HTTP client would.
    data = record.content_stream().read(limit + 1)
    return None if len(data) > limit else data


def normalise_url(url: str) -> str:
    """Light normalisation so --url matches a capture: case, default port, empty path."""
    try:  # "http://[::1" is a ValueError to urlsplit: such a URL is left as it is written
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def _parse_date(value: str) -> datetime | None:
    try:
        return _aware(datetime.fromisoformat(value.strip()))
    except ValueError:
        return None


def _aware(moment: datetime) -> datetime:
    # WARC dates are UTC by definition; a naive time is taken to be UTC too.
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
