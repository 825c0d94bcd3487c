"""WACZ 1.1.1 (Web Archive Collection Zipped): a ZIP of WARC files (archive/), a page list
(pages/pages.jsonl), a CDXJ index (indexes/index.cdx) and a manifest with each file's SHA-256
(datapackage.json, itself hashed in datapackage-digest.json).

A ZIP from elsewhere may be hostile, so nothing in it is trusted: not its sizes, names or member
count. Nothing is extracted under a member's name: the WARC members are streamed, under a hard
byte cap, into one file in a private temporary folder and replayed by load_warc, so a WACZ gives
exactly the Snapshot its WARC would (same page choice, redirects, resources and quirks).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import zipfile
import zlib
from collections import Counter
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from checker.retrieve.archive import (TOTAL_FACTOR, load_warc, mtime, open_file, read_at_most,
                                      unreadable)
from checker.errors import CheckError
from checker.models import Snapshot

__all__ = ["is_wacz", "load_wacz", "write_wacz"]

MAX_MEMBERS = 10_000
# zipfile turns the whole central directory into objects before we can count them, so its
# size is checked first, from the end record: room for MAX_MEMBERS long names.
MAX_DIRECTORY = MAX_MEMBERS * 256
_WARC_NAME = re.compile(r"archive/[^/\\]+\.warc(\.gz)?")  # one level down: no "..", no "/x"
_PAGES, _PACKAGE, _DIGEST = "pages/pages.jsonl", "datapackage.json", "datapackage-digest.json"
_HASHES = ("sha256", "md5")  # what WACZ writers put in datapackage.json
_KEEP = 1 << 22  # the most of a manifest or page list held in memory, whatever max_bytes is
_CHUNK = 1 << 16
_END64 = b"PK\x06\x06"  # the zip64 end of central directory record


def _corrupt(path: Path, reason: str) -> CheckError:
    # Reasons may quote the file's own bytes: keep them printable and short.
    return CheckError("archive_corrupt", path=str(path),
                      reason="".join(c if c.isprintable() else "?" for c in reason)[:160])


def _check_directory(path: Path, raw) -> None:
    # Find the end record as zipfile does (the last 22 bytes, else the last signature in the
    # 64 KiB comment window) and the zip64 record zipfile would prefer, then bound the size.
    size = raw.seek(0, os.SEEK_END)
    raw.seek(max(0, size - 22 - 0x10000))
    tail = raw.read()
    at = len(tail) - 22
    if not (tail[at:at + 4] == b"PK\x05\x06" and tail.endswith(b"\0\0")):
        at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        raise _corrupt(path, "not a zip file")
    directory = struct.unpack_from("<L", tail, at + 12)[0]
    # zip64: zipfile reads its record just before the 20-byte locator, whatever that says.
    if at >= 76 and tail[at - 20:at - 16] == b"PK\x06\x07" and tail[at - 76:at - 72] == _END64:
        directory = struct.unpack_from("<Q", tail, at - 36)[0]
    if directory > MAX_DIRECTORY:
        raise _corrupt(path, f"more than {MAX_MEMBERS} members")


@contextmanager
def _zip(path: Path, raw):
    """The open ZIP and its members by name; any zipfile or zlib error is archive_corrupt."""
    try:
        _check_directory(path, raw)
        with zipfile.ZipFile(raw) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _corrupt(path, f"more than {MAX_MEMBERS} members")
            # Two members with one name: one could be checked and the other replayed.
            twice = [name for name, n in Counter(i.filename for i in infos).items() if n > 1]
            if twice:
                raise _corrupt(path, f"two members named {twice[0][:80]!r}")
            yield archive, {info.filename: info for info in infos}
    except CheckError:
        raise
    except OSError as exc:
        raise unreadable(path, exc) from None
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, NotImplementedError...
        raise _corrupt(path, f"{type(exc).__name__}: {exc}") from None


def is_wacz(path: Path) -> bool:
    """A .wacz name, or a ZIP (by its first bytes) holding archive/*.warc[.gz]: not a .docx."""
    path = Path(path)
    if path.name.lower().endswith(".wacz"):
        return True
    with open_file(path) as raw:
        if read_at_most(path, raw, 4) != b"PK\x03\x04":
            return False
        try:
            with _zip(path, raw) as (_, members):
                return any(_WARC_NAME.fullmatch(name) for name in members)
        except CheckError:
            return False  # a broken ZIP is not claimed: it is read as its name says


def load_wacz(path: Path, url: str | None = None, *, max_bytes: int = 5_000_000) -> Snapshot:
    """Replay one page of a WACZ: `url`, else the first of pages.jsonl, else load_warc's pick."""
    import tempfile  # here: a saved page's check has no WACZ to unpack

    path, expected, limit = Path(path), {}, TOTAL_FACTOR * max_bytes
    left = limit  # inflated bytes left for the whole file: a zip bomb stops here
    with open_file(path) as raw, _zip(path, raw) as (archive, members), \
            tempfile.TemporaryDirectory(prefix="cekresmi-wacz-") as folder:

        def read(name: str, sink=None, keep: int = 0) -> bytes:
            """Inflate a member in chunks under the cap, hash it, check datapackage.json. Its
            declared size only serves to refuse early: zipfile stops there (then the CRC
            fails), and the cap counts what really came out."""
            nonlocal left
            info, (algo, digest, size) = members[name], expected.get(name, ("", "", None))
            hasher, kept, total = hashlib.new(algo if algo in _HASHES else "sha256"), [], 0
            too_large = CheckError("file_too_large", path=str(path), limit=limit)
            if info.file_size > left:
                raise too_large
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    left, total = left - len(chunk), total + len(chunk)
                    if left < 0:
                        raise too_large
                    hasher.update(chunk)
                    if sink:
                        sink(chunk)
                    if total - len(chunk) < keep:
                        kept.append(chunk[:keep - total + len(chunk)])
            if algo in _HASHES and (hasher.hexdigest() != digest or size not in (None, total)):
                raise _corrupt(path, f"{name[:80]} does not match its hash in {_PACKAGE}")
            return b"".join(kept)

        package = _manifest(path, read, members, expected)
        warcs = sorted(name for name in members if _WARC_NAME.fullmatch(name))
        if not warcs:
            raise CheckError("archive_no_page", path=str(path))
        unlisted = [name for name in warcs if package and name not in expected]
        if unlisted:  # a WARC slipped in after the manifest was made
            raise _corrupt(path, f"{unlisted[0][:80]} is not listed in {_PACKAGE}")
        # The WARC members concatenated into one file (records delimit themselves); a plain
        # .warc among .warc.gz members is gzipped on the way, so the file is one or the other.
        target, gzipped = Path(folder) / "data.warc.gz", any(n.endswith(".gz") for n in warcs)
        with open(target, "wb") as out:
            for name in warcs:
                packer = zlib.compressobj(wbits=31) if gzipped and name.endswith(".warc") else None
                read(name, (lambda c, p=packer: out.write(p.compress(c))) if packer else out.write)
                out.write(packer.flush() if packer else b"")
        pages = read(_PAGES, keep=_KEEP) if _PAGES in members else b""
        for name in sorted(expected.keys() - {*warcs, _PAGES, _PACKAGE, _DIGEST}):
            read(name)  # the index and any extras: checked, not used
        stamp = mtime(path).timestamp()  # a record without WARC-Date gets the WACZ's time
        os.utime(target, (stamp, stamp))
        try:
            return load_warc(target, url or _first_page(pages), max_bytes=max_bytes)
        except CheckError as exc:  # it names the temporary file: name the user's file instead
            if exc.params.get("path") != str(target):
                raise
            raise CheckError(exc.code, **{**exc.params, "path": str(path)}) from None


def _manifest(path: Path, read, members: dict, expected: dict) -> dict:
    """datapackage.json, checked against datapackage-digest.json; fills `expected` with each
    listed file's (algorithm, hex digest, bytes)."""
    if _PACKAGE not in members:
        return {}
    manifest = read(_PACKAGE, keep=_KEEP)
    package = _json(path, _PACKAGE, manifest)
    if _DIGEST in members:
        algo, _, digest = str(_json(path, _DIGEST, read(_DIGEST, keep=_KEEP)).get("hash", "")) \
            .partition(":")
        if algo == "sha256" and digest.lower() != hashlib.sha256(manifest).hexdigest():
            raise _corrupt(path, f"{_PACKAGE} does not match its hash in {_DIGEST}")
    resources = package.get("resources")
    for entry in resources if isinstance(resources, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("path"), str):
            algo, _, digest = str(entry.get("hash", "")).partition(":")
            size = entry.get("bytes") if isinstance(entry.get("bytes"), int) else None
            expected[entry["path"]] = (algo.lower(), digest.lower(), size)
    missing = sorted(expected.keys() - members.keys())
    if missing:
        raise _corrupt(path, f"{missing[0][:80]} is listed in {_PACKAGE} but missing")
    return package


def _parse(data: bytes):
    try:
        return json.loads(data)
    except ValueError:  # bad UTF-8 too, and a manifest longer than _KEEP, cut short
        return None


def _json(path: Path, name: str, data: bytes) -> dict:
    if not isinstance(value := _parse(data), dict):
        raise _corrupt(path, f"{name} is not a JSON object")
    return value


def _first_page(data: bytes) -> str | None:
    # The header line has no "url"; bad lines are skipped.
    urls = (e.get("url") for e in map(_parse, data.splitlines()) if isinstance(e, dict))
    return next((u.strip() for u in urls if isinstance(u, str) and u.strip()), None)


def write_wacz(warc_path: Path, wacz_path: Path, pages: list[tuple[str, str, str]],
               software: str = "cekresmi") -> None:
    """Package a WARC from checker.retrieve.warc.write_warc as a WACZ; pages are (url, iso ts, title).

    Written beside the target, then renamed into place. Raises CheckError: file_not_found,
    file_unreadable or archive_corrupt for the WARC, warc_unwritable for the target.
    """
    warc_path, wacz_path = Path(warc_path), Path(wacz_path)
    with open_file(warc_path) as raw:
        warc_name = "archive/data.warc" + (".gz" if read_at_most(warc_path, raw, 2) == b"\x1f\x8b" else "")
    index = _cdxj(warc_path, Path(warc_name).name)
    lines = [{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}]
    lines += [{"id": f"page-{n}", "url": url, "ts": ts, "title": title}
              for n, (url, ts, title) in enumerate(pages, start=1)]
    now = datetime.now(timezone.utc)
    tmp = wacz_path.with_name(f".{wacz_path.name}.tmp{os.getpid()}")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive, \
                open_file(warc_path) as warc:
            # WARCs are stored, not deflated, as the spec says: readers seek into them.
            resources = [_add(archive, warc_name, warc, now, zipfile.ZIP_STORED),
                         _add(archive, "indexes/index.cdx", index, now),
                         _add(archive, _PAGES, "".join(json.dumps(line, ensure_ascii=False) + "\n"
                                                       for line in lines).encode(), now)]
            package = {"profile": "data-package", "resources": resources, "wacz_version": "1.1.1",
                       "created": now.strftime("%Y-%m-%dT%H:%M:%SZ"), "software": software}
            if pages:
                package.update(mainPageURL=pages[0][0], mainPageDate=pages[0][1])
            manifest = json.dumps(package, indent=2).encode()
            _add(archive, _PACKAGE, manifest, now)
            seal = {"path": _PACKAGE, "hash": f"sha256:{hashlib.sha256(manifest).hexdigest()}"}
            _add(archive, _DIGEST, json.dumps(seal, indent=2).encode(), now)
        os.replace(tmp, wacz_path)
    except OSError as exc:
        raise CheckError("warc_unwritable", path=str(wacz_path),
                         reason=exc.strerror or str(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)  # after the rename there is nothing left to remove


def _add(archive: zipfile.ZipFile, name: str, source, now: datetime,
         method: int = zipfile.ZIP_DEFLATED) -> dict:
    info = zipfile.ZipInfo(name, now.timetuple()[:6])
    info.compress_type, hasher, size = method, hashlib.sha256(), 0
    stream = not isinstance(source, bytes)  # the size up front: zip64 only when needed
    info.file_size = os.fstat(source.fileno()).st_size if stream else len(source)
    with archive.open(info, "w") as out:
        for chunk in iter(lambda: source.read(_CHUNK), b"") if stream else [source]:
            hasher.update(chunk)
            size += out.write(chunk)
    return {"name": Path(name).name, "path": name, "hash": f"sha256:{hasher.hexdigest()}",
            "bytes": size}


def _cdxj(warc_path: Path, filename: str) -> bytes:
    """One CDXJ line per capture: where its gzip member starts and how long it is."""
    from warcio.archiveiterator import ArchiveIterator  # here: writing a WACZ is rare
    from warcio.timeutils import iso_date_to_timestamp

    lines = []
    with open_file(warc_path) as raw:
        try:
            records = ArchiveIterator(raw)
            for record in records:
                records.read_to_end(record)  # now the iterator knows the member's extent
                if record.rec_type not in ("response", "resource", "revisit"):
                    continue
                head, http = record.rec_headers, record.http_headers
                url = head.get_header("WARC-Target-URI") or ""
                mime = (http or head).get_header("Content-Type") or ""
                fields = {"url": url, "mime": mime.split(";")[0].strip(),
                          "status": http.get_statuscode() if http else "200",
                          "digest": head.get_header("WARC-Payload-Digest") or "",
                          "length": str(records.get_record_length()),
                          "offset": str(records.get_record_offset()), "filename": filename}
                date = iso_date_to_timestamp(head.get_header("WARC-Date") or "")
                lines.append(f"{_surt(url)} {date} {json.dumps(fields)}\n")
        except Exception as exc:  # warcio and zlib raise many types on a bad file
            raise _corrupt(warc_path, f"{type(exc).__name__}: {exc}") from None
    return "".join(sorted(lines)).encode()


def _surt(url: str) -> str:
    """The key CDX readers sort by (as the surt library): host labels reversed, lower case."""
    parts = urlsplit(url)
    host = re.sub(r"^www\d*\.", "", parts.hostname or "")
    if parts.scheme not in ("http", "https") or not host:
        return url.lower()  # urn: and friends are their own key
    try:
        port = parts.port if parts.port not in (80, 443) else None
    except ValueError:  # not a number: left out of the key
        port = None
    key = ",".join(reversed(host.split("."))) + (f":{port}" if port else "")
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return f"{key}){parts.path or '/'}{'?' + query if query else ''}".lower()
