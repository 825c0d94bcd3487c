"""The SQLite file cekresmi keeps its data in (the official record, crawls, the web service's
reports): how a store opens it and writes all or nothing. One place, so every store waits for
a busy file the same way instead of failing while another process writes."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

from checker.errors import CheckError

__all__ = ["SqliteFile"]


class SqliteFile:
    """Subclasses set `unusable` (the CheckError code for a file that cannot be opened),
    may set `busy_seconds` and `pragmas`, and create or upgrade their tables in `_migrate`.

    `threaded` stores (the web service's, read from a thread pool) get one connection per
    thread through the same `db` attribute; the others keep one connection."""

    unusable = "db_unusable"
    busy_seconds = 5.0
    pragmas: tuple[str, ...] = ()
    threaded = False

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._memory = str(path) == ":memory:"
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._owner = threading.current_thread()  # the thread that opened it keeps _main
        try:
            if not self._memory:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._main = self._connect()
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise CheckError(self.unusable, path=str(path), reason=str(exc)) from None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path) if not self._memory else ":memory:",
                             isolation_level=None, timeout=self.busy_seconds,
                             check_same_thread=not self.threaded)
        for pragma in (f"busy_timeout = {int(self.busy_seconds * 1000)}",
                       "journal_mode = WAL", "synchronous = NORMAL", *self.pragmas):
            db.execute(f"PRAGMA {pragma}")
        with self._lock:
            self._opened.append(db)
        return db

    @property
    def db(self) -> sqlite3.Connection:
        # An in-memory database exists once, in its first connection: threads share it.
        if not self.threaded or self._memory:
            return self._main
        if threading.current_thread() is self._owner:
            return self._main
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    def _migrate(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        with self._lock:
            for db in self._opened:
                db.close()
            self._opened.clear()
        self._local = threading.local()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self):
        """All or nothing: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any exception."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
