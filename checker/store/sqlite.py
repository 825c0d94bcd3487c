"""The SQLite file cekresmi keeps its data in (the official record, crawls): how a store opens
it and writes all or nothing. One place, so every store waits for a busy file the same way
instead of failing while another process writes."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from checker.errors import CheckError

__all__ = ["SqliteFile"]


class SqliteFile:
    """Subclasses set `unusable` (the CheckError code for a file that cannot be opened),
    may set `busy_seconds` and `pragmas`, and create or upgrade their tables in `_migrate`."""

    unusable = "db_unusable"
    busy_seconds = 5.0
    pragmas: tuple[str, ...] = ()

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), isolation_level=None, timeout=self.busy_seconds)
            for pragma in (f"busy_timeout = {int(self.busy_seconds * 1000)}",
                           "journal_mode = WAL", "synchronous = NORMAL", *self.pragmas):
                self.db.execute(f"PRAGMA {pragma}")
            self._migrate()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise CheckError(self.unusable, path=str(path), reason=str(exc)) from None

    def _migrate(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.db.close()

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
