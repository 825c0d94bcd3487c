"""Reports kept for good: the web service's permanent links (/reports/{id}) live here.

A Report is stored language-free, as it came out of the core, so a stored report renders in
Indonesian or English, as HTML, Markdown or JSON, years later. The encoding is plain JSON with
tags for what JSON lacks (Decimal, datetime, tuple, the model dataclasses): decoding gives back
a Report equal to the one saved. Never pickle: a database file may come from someone else.

The file is checker.paths.reports_db_path(): --reports-db / $CEKRESMI_REPORTS_DB, else the
same SQLite file as the official record (where earlier versions kept these tables, so their
reports stay readable), with its own schema version: by default one --db holds everything a
server keeps.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, Mapping

from checker.errors import CheckError
from checker.models import (Claim, Comparison, Debunk, EvidenceFile, Finding, Hop, ImageInfo,
                            ImageRegion, Rendering, Report, Source)
from checker.store.sqlite import SqliteFile

__all__ = ["KINDS", "ReportStore", "StoredReport", "VISIBILITIES", "decode_report", "encode_report",
           "new_id"]

SCHEMA_VERSION = 1
KINDS = ("live", "upload", "sent")  # fetched by us | a file a user uploaded | a reader's browser
# public: listed on the front page, indexable; unlisted: only whoever has the link finds it
# (never listed, `noindex`), for a reporter checking a page before publishing.
VISIBILITIES = ("public", "unlisted")
_COLUMNS = "id, kind, url, created_at, label, host, title, visibility"
_CLASSES = {cls.__name__: cls for cls in (Report, Source, Hop, Finding, Claim, Comparison,
                                          EvidenceFile, Rendering, ImageInfo, ImageRegion,
                                          Debunk)}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS web_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS web_reports (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('live', 'upload', 'sent')),
    url TEXT NOT NULL,          -- what was checked (live) or what the sender says it is
    created_at TEXT NOT NULL,   -- ISO 8601, UTC, microseconds: sorts as text
    label TEXT NOT NULL,
    host TEXT NOT NULL,
    title TEXT NOT NULL,
    report TEXT NOT NULL        -- encode_report(): the language-free Report
) STRICT;
CREATE INDEX IF NOT EXISTS web_reports_reuse ON web_reports (url, created_at) WHERE kind = 'live';
CREATE INDEX IF NOT EXISTS web_reports_created ON web_reports (created_at);
"""


# --- the encoding -------------------------------------------------------------------------

def _enc(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else {"$float": str(value)}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_enc(v) for v in value]}
    if isinstance(value, list):
        return [_enc(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return {"$set": [_enc(v) for v in sorted(value, key=repr)]}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Mapping):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _enc(v) for k, v in value.items()}
        return {"$map": [[_enc(k), _enc(v)] for k, v in value.items()]}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and _CLASSES.get(name) is type(value):
        return {"$dc": name, "v": {f.name: _enc(getattr(value, f.name))
                                   for f in dataclasses.fields(value)}}
    raise TypeError(f"cannot store a {name} in a report")  # loud: a new model type needs a tag


def _dec(value: Any) -> Any:
    if isinstance(value, list):
        return [_dec(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 or "$dc" in value:
        tag = next(iter(value))
        if tag == "$dec":
            return Decimal(value[tag])
        if tag == "$dt":
            return datetime.fromisoformat(value[tag])
        if tag == "$date":
            return date.fromisoformat(value[tag])
        if tag == "$tuple":
            return tuple(_dec(v) for v in value[tag])
        if tag == "$set":
            return frozenset(_dec(v) for v in value[tag])
        if tag == "$bytes":
            return base64.b64decode(value[tag])
        if tag == "$float":
            return float(value[tag])
        if tag == "$map":
            return {_dec(k): _dec(v) for k, v in value[tag]}
        if "$dc" in value:
            cls = _CLASSES[value["$dc"]]  # KeyError on an unknown name: refused below
            known = {f.name for f in dataclasses.fields(cls)}
            # Fields a newer cekresmi added are dropped; ones it removed take their defaults.
            return cls(**{k: _dec(v) for k, v in value["v"].items() if k in known})
    return {k: _dec(v) for k, v in value.items()}


def encode_report(report: Report) -> str:
    return json.dumps(_enc(report), ensure_ascii=False, separators=(",", ":"))


def decode_report(text: str) -> Report:
    """The Report encode_report() wrote. ValueError when the text is not one."""
    try:
        report = _dec(json.loads(text))
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise ValueError(f"not a stored report ({type(exc).__name__}: {exc})") from None
    if not isinstance(report, Report):
        raise ValueError("not a stored report")
    return report


def new_id() -> str:
    """12 URL-safe characters (72 random bits): a link nobody can guess or enumerate."""
    return secrets.token_urlsafe(9)


# --- the store ----------------------------------------------------------------------------

@dataclass(frozen=True)
class StoredReport:
    id: str
    kind: str
    url: str
    created_at: datetime
    label: str
    host: str
    title: str
    report: Report | None = None  # None in listings (latest()), which do not decode
    visibility: str = "public"


def _utc(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc)


class ReportStore(SqliteFile):
    """`ReportStore(path)` creates the tables if missing. One connection per thread (the web
    service reads from its thread pool; checker.store.sqlite's threaded mode); each write is
    one statement, so always whole. The path is checker.paths.reports_db_path()."""

    unusable = "web_store_unusable"
    threaded = True

    def _migrate(self) -> None:
        self.db.executescript(_SCHEMA)
        version = self.db.execute("SELECT value FROM web_meta WHERE key = 'schema'").fetchone()
        if version is None:
            self.db.execute("INSERT OR IGNORE INTO web_meta VALUES ('schema', ?)",
                            (str(SCHEMA_VERSION),))
        elif int(version[0]) > SCHEMA_VERSION:
            raise CheckError("official_db_newer", path=str(self.path), version=version[0])
        _add_visibility(self.db)

    def save(self, report: Report, *, kind: str, url: str, now: datetime | None = None,
             visibility: str = "public") -> str:
        if kind not in KINDS:
            raise ValueError(f"kind {kind!r} (known: {', '.join(KINDS)})")
        if visibility not in VISIBILITIES:
            raise ValueError(f"visibility {visibility!r} (known: {', '.join(VISIBILITIES)})")
        report_id = new_id()
        self.db.execute(
            f"INSERT INTO web_reports ({_COLUMNS}, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (report_id, kind, url, _utc(now).isoformat(timespec="microseconds"), report.label,
             report.source.host, report.page_title[:200], visibility, encode_report(report)))
        return report_id

    def get(self, report_id: str) -> StoredReport | None:
        row = self.db.execute(f"SELECT {_COLUMNS}, report FROM web_reports WHERE id = ?",
                              (report_id,)).fetchone()
        if row is None:
            return None
        return _row(row, decode_report(row[8]))

    def reusable(self, url: str, max_age: float, now: datetime | None = None,
                 visibility: str = "public") -> StoredReport | None:
        """The newest live report of exactly this URL younger than max_age seconds (without
        its Report: the caller only needs its id and age), of the same visibility: a public
        request never lands on someone's unlisted report, nor the other way round."""
        since = (_utc(now) - timedelta(seconds=max_age)).isoformat(timespec="microseconds")
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM web_reports "
            "WHERE kind = 'live' AND url = ? AND created_at >= ? AND visibility = ? "
            "ORDER BY created_at DESC LIMIT 1", (url, since, visibility)).fetchone()
        return _row(row) if row else None

    def latest(self, limit: int = 10) -> list[StoredReport]:
        """Recent live checks for the front page. Uploads and sent pages are never listed:
        they may hold what a reader saw while logged in somewhere."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM web_reports WHERE kind = 'live' AND visibility = 'public' "
            "ORDER BY created_at DESC LIMIT ?", (limit,)).fetchall()
        return [_row(r) for r in rows]

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM web_reports").fetchone()[0]


def _row(row: tuple, report: Report | None = None) -> StoredReport:
    return StoredReport(id=row[0], kind=row[1], url=row[2],
                        created_at=datetime.fromisoformat(row[3]), label=row[4], host=row[5],
                        title=row[6], visibility=row[7], report=report)


def _add_visibility(db) -> None:
    """Databases made before unlisted checks get the column (every old report was public)."""
    columns = {r[1] for r in db.execute("PRAGMA table_info(web_reports)")}
    if "visibility" in columns:
        return
    try:
        db.execute("ALTER TABLE web_reports ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public' "
                   "CHECK (visibility IN ('public', 'unlisted'))")
    except sqlite3.OperationalError:  # another connection added it first
        pass
