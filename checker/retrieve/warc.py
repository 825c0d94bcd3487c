"""Save what a check fetched as a WARC 1.1 file: the evidence behind a verdict.

One warcinfo record (who wrote it, for which URL), then for every hop of the fetch, redirects
first, a request record and a response record pointing at each other (WARC-Concurrent-To).
Each names the URL asked for (never the IP), the address actually connected to
(WARC-IP-Address, the one the SSRF guard vetted), when the request went out (microseconds,
as WARC 1.1 allows) and SHA-256 block and payload digests. Bodies are stored as they came:
a gzip page stays gzip, with its Content-Encoding header. Headers keep their bytes, order and
case; only the chunked framing, which the HTTP client removes, is put back as one chunk.

`cekresmi check FILE.warc.gz` (checker.retrieve.archive.load_warc) replays such a file into the same
Snapshot, so the same report. Files are written beside their target and renamed into place,
so a failed write never leaves half a capture over a good one.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
from datetime import datetime, timezone
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.utils import Digester
from warcio.warcwriter import WARCWriter

from checker.errors import CheckError
from checker.models import EvidenceFile, Exchange, Snapshot

__all__ = ["warc_paths", "write_warc"]

_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
_UNSAFE = re.compile(r"[^a-z0-9.-]+")


class _Writer(WARCWriter):
    """warcio's writer with SHA-256 digests (its default is SHA-1)."""

    def __init__(self, out) -> None:
        super().__init__(out, gzip=True, warc_version="1.1")

    @staticmethod
    def _create_digester() -> Digester:
        return Digester("sha256")


class _WireHeaders(StatusAndHeaders):
    """An HTTP head written back byte for byte: warcio would rebuild it from parsed strings
    and %-escape any non-ASCII byte, which is not what the server sent."""

    def __init__(self, first_line: str, headers, *, is_request: bool) -> None:
        if is_request:  # "GET /path HTTP/1.1": warcio splits the method off itself
            super().__init__(first_line, list(headers), is_http_request=True)
        else:  # "HTTP/1.1 200 OK"
            protocol, _, status = first_line.partition(" ")
            super().__init__(status, list(headers), protocol=protocol)
        lines = [first_line, *(f"{name}: {value}" for name, value in headers)]
        self.headers_buff = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def compute_headers_buffer(self, header_filter=None) -> None:
        pass  # keep the bytes as received


class _Hashing:
    """A file object that hashes what goes through it, so the file is read only once."""

    def __init__(self, raw) -> None:
        self.raw, self.sha256, self.size = raw, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self.raw.write(data)

    def flush(self) -> None:
        self.raw.flush()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"cekresmi/{version('cekresmi')} (warcio/{version('warcio')})"
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "cekresmi"


def _warc_date(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _is_chunked(headers) -> bool:
    codings = [c.strip().lower() for name, value in headers
               if name.lower() == "transfer-encoding" for c in value.split(",")]
    return bool(codings) and codings[-1] == "chunked"


def _block_body(exchange: Exchange) -> bytes:
    # httpx hands over the body with its chunked framing removed; a reader that sees
    # "Transfer-Encoding: chunked" expects framing, so it is put back as a single chunk.
    body = exchange.raw_body
    if not _is_chunked(exchange.headers):
        return body
    return (f"{len(body):x}\r\n".encode("ascii") + body + b"\r\n" if body else b"") + b"0\r\n\r\n"


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _write_exchange(writer: _Writer, exchange: Exchange) -> None:
    request_id, response_id = StatusAndHeadersParser.make_warc_id(), \
        StatusAndHeadersParser.make_warc_id()
    common = {"WARC-Date": _warc_date(exchange.started_at), "WARC-IP-Address": exchange.ip}
    request_line = f"GET {_request_target(exchange.url)} {exchange.http_version}"
    status_line = f"{exchange.http_version} {exchange.status} {exchange.reason}"
    request = writer.create_warc_record(
        exchange.url, "request", payload=BytesIO(b""), length=0,
        http_headers=_WireHeaders(request_line, exchange.request_headers, is_request=True),
        warc_headers_dict={**common, "WARC-Record-ID": request_id,
                           "WARC-Concurrent-To": response_id})
    body = _block_body(exchange)
    response_headers = {**common, "WARC-Record-ID": response_id,
                        "WARC-Concurrent-To": request_id}
    if exchange.truncated:
        response_headers["WARC-Truncated"] = exchange.truncated
    response = writer.create_warc_record(
        exchange.url, "response", payload=BytesIO(body), length=len(body),
        http_headers=_WireHeaders(status_line, exchange.headers, is_request=False),
        warc_headers_dict=response_headers)
    writer.write_record(request)
    writer.write_record(response)


def _write_records(out, snapshot: Snapshot, filename: str, note: str | None = None) -> None:
    writer = _Writer(out)
    user_agent = next((value for name, value in snapshot.exchanges[0].request_headers
                       if name.lower() == "user-agent"), "")
    writer.write_record(writer.create_warcinfo_record(filename, {
        "software": _version(),
        "format": "WARC File Format 1.1",
        "conformsTo": _SPEC,
        "requested-url": snapshot.requested_url,
        "http-header-user-agent": user_agent,
        **({"description": note} if note else {}),
    }))
    for exchange in snapshot.exchanges:
        _write_exchange(writer, exchange)
    rendering = snapshot.rendering
    if rendering is not None:
        # What the browser showed, beside what came over the wire: resource records under
        # urn:cekresmi: names (checker.retrieve.archive leaves them out of the page's resources).
        for kind, media, data in (("screenshot", "image/png", rendering.screenshot),
                                  ("dom", "text/html; charset=utf-8",
                                   rendering.html.encode("utf-8"))):
            if data:
                writer.write_record(writer.create_warc_record(
                    f"urn:cekresmi:{kind}:{snapshot.final_url}", "resource",
                    payload=BytesIO(data), length=len(data),
                    warc_headers_dict={"WARC-Date": _warc_date(rendering.rendered_at),
                                       "Content-Type": media}))


def write_warc(snapshot: Snapshot, path: str | Path, note: str | None = None) -> EvidenceFile:
    """Write every exchange of a live fetch to `path` (gzip per record); its path and SHA-256.
    `note` goes into the warcinfo record's description.

    Raises CheckError: warc_out_not_fetched when the snapshot was read from a file (nothing
    was fetched), warc_unwritable when the file cannot be written.
    """
    if not snapshot.exchanges:
        raise CheckError("warc_out_not_fetched", path=snapshot.requested_url)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as handle:
            out = _Hashing(handle)
            _write_records(out, snapshot, path.name, note)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CheckError("warc_unwritable", path=str(path),
                         reason=exc.strerror or exc) from None
    return EvidenceFile(path=str(path), sha256=out.sha256.hexdigest(), size=out.size)


def write_capture(snapshot: Snapshot, path: str | Path, note: str | None = None) -> EvidenceFile:
    """write_warc, or for a path ending in .wacz the same WARC packaged as a WACZ (the page
    listed in pages.jsonl); the EvidenceFile names and hashes the file actually written."""
    path = Path(path)
    if not path.name.lower().endswith(".wacz"):
        return write_warc(snapshot, path, note)
    from checker.retrieve.wacz import write_wacz

    inner = path.with_name(f".{path.name}.warc.gz.tmp{os.getpid()}")
    try:
        write_warc(snapshot, inner, note)
        write_wacz(inner, path, [(snapshot.final_url, _warc_date(snapshot.fetched_at), "")],
                   software=_version())
    finally:
        inner.unlink(missing_ok=True)
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return EvidenceFile(path=str(path), sha256=digest.hexdigest(), size=size)


def _file_name(number: int, url: str) -> str:
    host = _UNSAFE.sub("_", (urlsplit(url).hostname or "page").lower()).strip("._") or "page"
    return f"{number:03d}-{host[:80]}.warc.gz"


def warc_paths(out: str | Path, urls: list[str]) -> list[Path]:
    """Where each URL's capture goes, checked before anything is fetched.

    One URL: `out` is the file (or, if it is a folder or ends in "/", a file in it). Several URLs:
    `out` is a folder, created if missing, holding NNN-host.warc.gz per URL in input order,
    so each capture replays on its own and each report names its own file.
    Raises CheckError (warc_out_not_folder, warc_unwritable) before any fetch.
    """
    folder_named = str(out).endswith(("/", os.sep))
    out = Path(out)
    if len(urls) > 1 or folder_named or out.is_dir():
        if out.exists() and not out.is_dir():
            raise CheckError("warc_out_not_folder", path=str(out))
        try:
            out.mkdir(exist_ok=True)
        except OSError as exc:
            raise CheckError("warc_unwritable", path=str(out),
                             reason=exc.strerror or exc) from None
        folder, paths = out, [out / _file_name(i, u) for i, u in enumerate(urls, start=1)]
    else:
        folder, paths = out.parent, [out]
    if not folder.is_dir():
        raise CheckError("warc_unwritable", path=str(out), reason=os.strerror(errno.ENOENT))
    if not os.access(folder, os.W_OK):
        raise CheckError("warc_unwritable", path=str(out), reason=os.strerror(errno.EACCES))
    return paths
