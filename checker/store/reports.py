"""Reports kept for good: the web service's permanent links (/reports/{id}) live here.

A Report is stored as the documented cekresmi.report/1 JSON (what `cekresmi check --format
json` prints) with a `restore` key for what the contract leaves out (checker.report.codec):
decoding gives back a Report equal to the one saved, so it renders in Indonesian or English,
as HTML, Markdown or JSON, years later, and Datasette or sqlite3 read the same JSON people
know from the CLI (views in checker.store.views flatten it). Never pickle: a database file may
come from someone else.

The file is checker.paths.reports_db_path(): --reports-db / $CEKRESMI_REPORTS_DB, else the
same SQLite file as the official record (where earlier versions kept these tables, so their
reports stay readable), with its own schema version: by default one --db holds everything a
server keeps.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from checker.errors import CheckError
from checker.models import Report
from checker.report import codec
from checker.store.sqlite import SqliteFile
from checker.store.views import WEB_VIEWS, create_views, upgrade_reports

__all__ = ["KINDS", "ReportStore", "StoredReport", "VISIBILITIES", "decode_report", "encode_report",
           "new_id"]

# 2: reports stored as the documented cekresmi.report/1 JSON (1: a tagged internal encoding,
# rewritten in place on open), with the web_report_* views over them.
SCHEMA_VERSION = 2
KINDS = ("live", "upload", "sent")  # fetched by us | a file a user uploaded | a reader's browser
# public: listed on the front page, indexable; unlisted: only whoever has the link finds it
# (never listed, `noindex`), for a reporter checking a page before publishing.
VISIBILITIES = ("public", "unlisted")
_COLUMNS = "id, kind, url, created_at, label, host, title, visibility"
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
    report TEXT NOT NULL        -- encode_report(): the cekresmi.report/1 JSON
) STRICT;
CREATE INDEX IF NOT EXISTS web_reports_reuse ON web_reports (url, created_at) WHERE kind = 'live';
CREATE INDEX IF NOT EXISTS web_reports_created ON web_reports (created_at);
"""


# --- the stored text ----------------------------------------------------------------------

def encode_report(report: Report, rules=None) -> str:
    """The documented cekresmi.report/1 JSON with its `restore` key (checker.report.codec)."""
    return codec.dumps(report, rules)


def decode_report(text: str) -> Report:
    """The Report encode_report() wrote (or an older cekresmi's tagged encoding). ValueError
    when the text is not one."""
    return codec.loads(text)


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

    def __init__(self, path: str | Path, rules=None) -> None:
        self.rules = rules  # words the stored JSON (None: the bundled rules)
        super().__init__(path)

    def _version(self) -> int:
        row = self.db.execute("SELECT value FROM web_meta WHERE key = 'schema'").fetchone()
        return int(row[0]) if row else 1  # no row: tables this open just made, or made by 1

    def _migrate(self) -> None:
        self.db.executescript(_SCHEMA)
        _add_visibility(self.db)
        if self._version() == SCHEMA_VERSION:
            return
        with self.transaction() as db:  # one writer upgrades; the others find it done
            version = self._version()
            if version > SCHEMA_VERSION:
                raise CheckError("official_db_newer", path=str(self.path), version=version)
            if version < SCHEMA_VERSION:
                upgrade_reports(db, "web_reports", self.rules)
                create_views(db, WEB_VIEWS)
                db.execute("INSERT OR REPLACE INTO web_meta VALUES ('schema', ?)",
                           (str(SCHEMA_VERSION),))

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
             report.source.host, report.page_title[:200], visibility,
             encode_report(report, self.rules)))
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
