"""Watch-lists and crawl history in the SQLite store (the same file as the official record,
tables of its own, versioned in their own meta table so the two never step on each other).

Crash safety is in the keys: a crawl's frontier (`crawl_queue`) and its results
(`crawl_checks`) are both keyed by (crawl, url), and a page's result is written in the same
transaction as the links it led to. Kill a crawl at any point and run it again: what was
stored stays once, what was not is still pending, nothing is checked into the history twice.
"""

from __future__ import annotations

import json
import secrets
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from checker.errors import CheckError
from checker.store.sqlite import SqliteFile
from checker.store.views import CRAWL_VIEWS, create_views, upgrade_reports

__all__ = ["CheckRow", "CrawlStore", "QueueItem", "SCHEMA_VERSION", "WatchEntry", "new_crawl_id"]

# 2: results' reports stored as the documented cekresmi.report/1 JSON (1: a tagged internal
# encoding, rewritten in place on open), with the crawl_* views over them.
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS crawl_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS watchlist (url TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL, ignore_robots INTEGER NOT NULL DEFAULT 0) STRICT;
CREATE TABLE IF NOT EXISTS crawls (id TEXT PRIMARY KEY, started_at TEXT NOT NULL,
    finished_at TEXT, options TEXT NOT NULL DEFAULT '{}') STRICT;
CREATE TABLE IF NOT EXISTS crawl_queue (crawl TEXT NOT NULL REFERENCES crawls(id),
    url TEXT NOT NULL, seq INTEGER NOT NULL, depth INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL, parent TEXT, anchor TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', ignore_robots INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (crawl, url)) STRICT;
CREATE TABLE IF NOT EXISTS crawl_checks (crawl TEXT NOT NULL REFERENCES crawls(id),
    url TEXT NOT NULL, checked_at TEXT NOT NULL, host TEXT NOT NULL, final_url TEXT,
    http_status INTEGER, label TEXT, figures_status TEXT, error TEXT, error_params TEXT,
    report TEXT, body_sha256 TEXT, rendered INTEGER NOT NULL DEFAULT 0,
    robots_override INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (crawl, url)) STRICT;
CREATE INDEX IF NOT EXISTS crawl_checks_url ON crawl_checks (url);
CREATE TABLE IF NOT EXISTS crawl_bodies (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL) STRICT;
"""
KINDS = ("watch", "same_site", "outbound")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def new_crawl_id(now: datetime | None = None) -> str:
    """Sortable by time, unique across machines: 20261129T194500Z-3f9a1c."""
    now = now or datetime.now(timezone.utc)
    return now.strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


@dataclass(frozen=True)
class WatchEntry:
    url: str
    note: str = ""
    ignore_robots: bool = False  # the newsroom decided to check this page despite robots.txt
    added_at: str = ""


@dataclass(frozen=True)
class QueueItem:
    url: str
    depth: int = 0
    kind: str = "watch"           # watch | same_site | outbound
    parent: str | None = None     # the page the link was found on
    anchor: str = ""
    note: str = ""
    ignore_robots: bool = False


@dataclass(frozen=True)
class CheckRow:
    """One stored result: a Report (as `report`, checker.report.codec's cekresmi.report/1 JSON)
    or an error code."""

    url: str
    host: str
    checked_at: str = field(default_factory=_now)
    final_url: str | None = None
    http_status: int | None = None
    label: str | None = None
    figures_status: str | None = None
    error: str | None = None
    error_params: dict | None = None
    report: str | None = None
    body_sha256: str | None = None
    rendered: bool = False
    robots_override: bool = False
    crawl: str = ""
    # joined from the queue when read back
    kind: str = "watch"
    depth: int = 0
    parent: str | None = None
    note: str = ""

    @property
    def offline(self) -> bool:
        return self.error is not None or (self.http_status or 0) >= 400


class CrawlStore(SqliteFile):
    """An open store; `CrawlStore(path)` opens (and creates) the tables, nothing else."""

    unusable = "crawl_db_unusable"
    busy_seconds = 30.0  # several crawler processes may write at once (Redis mode): wait

    def __init__(self, path: str | Path, rules=None) -> None:
        self.rules = rules  # words reports an older cekresmi stored when they are rewritten
        super().__init__(path)

    def _migrate(self) -> None:
        with self.transaction() as db:  # (executescript would COMMIT midway)
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    db.execute(statement)
            row = db.execute("SELECT value FROM crawl_meta WHERE key = 'schema'").fetchone()
            version = int(row[0]) if row else 1  # no row: tables just made (or made by 1)
            if version > SCHEMA_VERSION:
                raise CheckError("crawl_db_newer", path=str(self.path), version=row[0])
            if version < SCHEMA_VERSION:
                upgrade_reports(db, "crawl_checks", self.rules)
                create_views(db, CRAWL_VIEWS)
                db.execute("INSERT OR REPLACE INTO crawl_meta VALUES ('schema', ?)",
                           (str(SCHEMA_VERSION),))

    # -- the watch-list ---------------------------------------------------------------------
    def watch_add(self, entries: Iterable[WatchEntry]) -> int:
        """Add or update entries (a URL already listed gets the new note/override)."""
        rows = [(e.url, e.note, _now(), int(e.ignore_robots)) for e in entries]
        with self.transaction() as db:
            before = db.total_changes
            db.executemany(
                "INSERT INTO watchlist VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                "note = CASE WHEN excluded.note != '' THEN excluded.note ELSE note END, "
                "ignore_robots = excluded.ignore_robots", rows)
            return db.total_changes - before

    def watch_remove(self, url: str) -> bool:
        with self.transaction() as db:
            return db.execute("DELETE FROM watchlist WHERE url = ?", (url,)).rowcount > 0

    def watch_list(self) -> list[WatchEntry]:
        return [WatchEntry(url, note, bool(ignore), added) for url, note, added, ignore in
                self.db.execute("SELECT url, note, added_at, ignore_robots FROM watchlist "
                                "ORDER BY added_at, url")]

    # -- crawls -----------------------------------------------------------------------------
    def unfinished(self) -> str | None:
        row = self.db.execute("SELECT id FROM crawls WHERE finished_at IS NULL "
                              "ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def open_crawl(self, seeds: Iterable[QueueItem], options: dict | None = None,
                   crawl_id: str | None = None, resume: bool = True) -> tuple[str, bool]:
        """(crawl id, resumed): the unfinished crawl when there is one (a crawl that was killed
        goes on where it stopped), else a new one. Seeds are added either way, once."""
        seeds = list(seeds)
        with self.transaction() as db:
            if crawl_id is None and resume:
                crawl_id = self.unfinished()
            exists = crawl_id is not None and db.execute(
                "SELECT 1 FROM crawls WHERE id = ?", (crawl_id,)).fetchone() is not None
            if not exists:
                crawl_id = crawl_id or new_crawl_id()
                db.execute("INSERT INTO crawls (id, started_at, options) VALUES (?, ?, ?)",
                           (crawl_id, _now(), json.dumps(options or {}, sort_keys=True)))
            self._enqueue(db, crawl_id, seeds)
        return crawl_id, exists

    def abandon_unfinished(self) -> str | None:
        """Close a killed crawl as it stands (`crawl --new`): its stored results stay."""
        crawl = self.unfinished()
        if crawl:
            self.finish(crawl)
        return crawl

    def finish(self, crawl: str) -> None:
        self.db.execute("UPDATE crawls SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                        (_now(), crawl))

    def crawls(self, finished_only: bool = False) -> list[tuple[str, str, str | None]]:
        where = "WHERE finished_at IS NOT NULL" if finished_only else ""
        return list(self.db.execute(f"SELECT id, started_at, finished_at FROM crawls {where} "
                                    "ORDER BY started_at, id"))

    def crawl_options(self, crawl: str) -> dict:
        row = self.db.execute("SELECT options FROM crawls WHERE id = ?", (crawl,)).fetchone()
        return json.loads(row[0]) if row else {}

    # -- the frontier -----------------------------------------------------------------------
    @staticmethod
    def _enqueue(db, crawl: str, items: Iterable[QueueItem]) -> list[QueueItem]:
        items = list(items)
        if not items:
            return []
        seq = db.execute("SELECT coalesce(max(seq), 0) FROM crawl_queue WHERE crawl = ?",
                         (crawl,)).fetchone()[0]
        added = []
        for item in items:
            seq += 1
            cursor = db.execute(
                "INSERT INTO crawl_queue VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (crawl, item.url, seq, item.depth, item.kind, item.parent, item.anchor[:300],
                 item.note, int(item.ignore_robots)))
            if cursor.rowcount:
                added.append(item)
        return added

    def enqueue(self, crawl: str, items: Iterable[QueueItem]) -> list[QueueItem]:
        """Add links to the frontier; returns those that were new to this crawl."""
        with self.transaction() as db:
            return self._enqueue(db, crawl, items)

    def pending(self, crawl: str) -> list[QueueItem]:
        """What the crawl still has to check, in the order it was queued."""
        return [QueueItem(url, depth, kind, parent, anchor, note, bool(ignore)) for
                url, depth, kind, parent, anchor, note, ignore in self.db.execute(
                    "SELECT q.url, q.depth, q.kind, q.parent, q.anchor, q.note, q.ignore_robots "
                    "FROM crawl_queue q LEFT JOIN crawl_checks c ON c.crawl = q.crawl "
                    "AND c.url = q.url WHERE q.crawl = ? AND c.url IS NULL ORDER BY q.seq",
                    (crawl,))]

    def counts(self, crawl: str) -> dict[str, int]:
        queued = self.db.execute("SELECT count(*) FROM crawl_queue WHERE crawl = ?",
                                 (crawl,)).fetchone()[0]
        done, errors = self.db.execute(
            "SELECT count(*), count(error) FROM crawl_checks WHERE crawl = ?", (crawl,)).fetchone()
        return {"queued": queued, "done": done, "errors": errors}

    # -- results ----------------------------------------------------------------------------
    def record(self, crawl: str, row: CheckRow, body: bytes | None = None,
               links: Iterable[QueueItem] = ()) -> tuple[bool, list[QueueItem]]:
        """Store one result and the links found on its page, in one transaction.
        (stored, new links): a result already stored for (crawl, url) is kept as it was."""
        return self.record_many(crawl, [(row, body, list(links))])[0]

    def record_many(self, crawl: str, results) -> list[tuple[bool, list[QueueItem]]]:
        """Several (row, body, links) in one transaction: a crawl writes in small batches, so
        a kill loses at most the batch not yet written, and those pages are simply checked
        again when the crawl resumes."""
        out = []
        with self.transaction() as db:
            for row, body, links in results:
                cursor = db.execute(
                    "INSERT INTO crawl_checks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT DO NOTHING",
                    (crawl, row.url, row.checked_at, row.host, row.final_url, row.http_status,
                     row.label, row.figures_status, row.error,
                     None if row.error_params is None
                     else json.dumps(row.error_params, default=str),
                     row.report, row.body_sha256, int(row.rendered), int(row.robots_override)))
                if not cursor.rowcount:
                    out.append((False, []))
                    continue
                if body is not None and row.body_sha256:
                    # Evidence kept once per distinct page body: unchanged pages cost nothing.
                    db.execute("INSERT INTO crawl_bodies VALUES (?, ?) ON CONFLICT DO NOTHING",
                               (row.body_sha256, zlib.compress(body, 6)))
                out.append((True, self._enqueue(db, crawl, links)))
        return out

    def rows(self, crawl: str) -> list[CheckRow]:
        out = []
        for r in self.db.execute(
                "SELECT c.url, c.host, c.checked_at, c.final_url, c.http_status, c.label, "
                "c.figures_status, c.error, c.error_params, c.report, c.body_sha256, c.rendered, "
                "c.robots_override, c.crawl, coalesce(q.kind, 'watch'), coalesce(q.depth, 0), "
                "q.parent, coalesce(q.note, '') FROM crawl_checks c LEFT JOIN crawl_queue q "
                "ON q.crawl = c.crawl AND q.url = c.url WHERE c.crawl = ? "
                "ORDER BY coalesce(q.seq, 0), c.url", (crawl,)):
            values = list(r)
            values[8] = json.loads(values[8]) if values[8] else None
            values[11], values[12] = bool(values[11]), bool(values[12])
            out.append(CheckRow(*values))
        return out

    def hosts_before(self, crawl: str) -> set[str]:
        """Every host any crawl older than `crawl` checked (what "new site" is measured by)."""
        return {h for (h,) in self.db.execute(
            "SELECT DISTINCT c.host FROM crawl_checks c JOIN crawls k ON k.id = c.crawl "
            "WHERE k.started_at < (SELECT started_at FROM crawls WHERE id = ?) "
            "OR (k.started_at = (SELECT started_at FROM crawls WHERE id = ?) AND k.id < ?)",
            (crawl, crawl, crawl))}

    def body(self, sha256: str) -> bytes | None:
        row = self.db.execute("SELECT data FROM crawl_bodies WHERE sha256 = ?",
                              (sha256,)).fetchone()
        return zlib.decompress(row[0]) if row else None

    def history(self, url: str) -> list[CheckRow]:
        """Every stored check of one URL, oldest first."""
        crawls = [c for (c,) in self.db.execute(
            "SELECT c.crawl FROM crawl_checks c JOIN crawls k ON k.id = c.crawl WHERE c.url = ? "
            "ORDER BY k.started_at, k.id", (url,))]
        return [r for c in crawls for r in self.rows(c) if r.url == url]
