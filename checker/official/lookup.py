"""The official record answered on demand from the SQLite store (StoreRecord): the same read
interface as MemoryRecord (model.py), so the core cannot tell them apart, but only the small
part every check needs is loaded up front.

Why: at full scale (every TPS of Pilkada and Pemilu 2024, ~1.2 million areas and millions of
results) reading the whole store into memory took 9-11 s and 1.3 GB per check, while a page's
claims need a handful of rows (issue 12).

Loaded eagerly (small, a few thousand rows): the provinces and kab/kota with their spellings
(RegionIndex matches page words against them), the races and their candidates (Matcher's
name index). Answered by indexed queries with bounded caches: deeper regions (kecamatan, desa,
TPS), their children, every result (race, area) with its votes.

The connection is opened read-only; queries run under a lock so the web service's threads can
share one record.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict, defaultdict
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from checker.errors import CheckError
from checker.official.model import TIERS, Candidate, Race, RaceIndex, Region, Result
from checker.official.store import tidy

__all__ = ["StoreRecord"]

_EAGER_LEVEL = 2        # provinces and kab/kota: what page words are matched against
_CACHE = 4096           # entries per cache; a page asks for tens, a crawl for thousands


class _Lru(OrderedDict):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)
        return value


def _connect(path: Path) -> sqlite3.Connection:
    """Read-only; when SQLite cannot open a WAL file read-only (no -shm beside it and a folder
    it may not write), a normal connection that refuses writes (query_only)."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError:
        db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA query_only = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    return db


class StoreRecord(RaceIndex):
    """MemoryRecord's queries over an open store file. Build with StoreRecord(path) at the
    edge (embedded.default_record); pass to the core as Context.official."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._db = _connect(self.path)
            self._lock = threading.RLock()  # caches and connection: one thread at a time
            self._load_eager()
        except sqlite3.DatabaseError as exc:
            raise CheckError("official_db_unusable", path=str(path), reason=str(exc)) from None
        self._deep_regions: _Lru = _Lru(_CACHE)
        self._deep_names: _Lru = _Lru(_CACHE)
        self._children: _Lru = _Lru(256)
        self._results: _Lru = _Lru(_CACHE)

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _load_eager(self) -> None:
        # One read transaction: a sync writing meanwhile is not half seen.
        db = self._db
        db.execute("BEGIN")
        try:
            self.regions: dict[str, Region] = {
                code: Region(code, name, level, parent) for code, name, level, parent in
                db.execute("SELECT code, name, level, parent FROM regions WHERE level <= ?",
                           (_EAGER_LEVEL,))}
            spellings: dict[str, list[str]] = defaultdict(list)
            for code, name in db.execute(
                    # CROSS JOIN: regions by the level index first, whatever the planner guesses
                    "SELECT n.code, n.name FROM regions r CROSS JOIN region_names n "
                    "ON n.code = r.code WHERE r.level <= ? ORDER BY n.code, n.election",
                    (_EAGER_LEVEL,)):
                spellings[code].append(tidy(name))
            self.aliases = {c: tuple(dict.fromkeys(n)) for c, n in spellings.items()}
            self._race_ids: dict[Race, int] = {}
            by_id: dict[int, Race] = {}
            for rid, election, kind, region in db.execute(
                    "SELECT id, election, kind, region FROM races"):
                by_id[rid] = race = Race(election, kind, region)
                self._race_ids[race] = rid
            pairs: dict[Race, list[Candidate]] = {race: [] for race in self._race_ids}
            for rid, cid, nomor, name, empty in db.execute(
                    "SELECT race, id, nomor_urut, name, is_empty_box FROM candidates"):
                race = by_id[rid]
                pairs[race].append(Candidate(race, cid, nomor, name, bool(empty)))
            self.candidates: dict[Race, tuple[Candidate, ...]] = {
                race: tuple(sorted(c, key=lambda x: x.nomor_urut)) for race, c in pairs.items()}
        finally:
            db.execute("COMMIT")

    # -- regions ----------------------------------------------------------------------------
    def region(self, code: str) -> Region | None:
        found = self.regions.get(code)
        if found is not None or len(code) <= 4:
            return found
        with self._lock:
            if code in self._deep_regions:
                return self._deep_regions[code]
            rows = self._rows("SELECT code, name, level, parent FROM regions WHERE code = ?",
                              (code,))
            return self._deep_regions.put(code, Region(*rows[0]) if rows else None)

    def names_of(self, code: str) -> tuple[str, ...]:
        region = self.region(code)
        first = (region.name,) if region else ()
        if code in self.aliases or code in self.regions:
            return tuple(dict.fromkeys(first + self.aliases.get(code, ())))
        with self._lock:
            names = self._deep_names.get(code)
            if names is None:
                names = self._deep_names.put(code, tuple(tidy(n) for (n,) in self._rows(
                    "SELECT name FROM region_names WHERE code = ? ORDER BY election", (code,))))
        return tuple(dict.fromkeys(first + names))

    def children(self, code: str) -> tuple[Region, ...]:
        """The regions directly inside `code` (a kecamatan's desa, a desa's TPS), by code."""
        with self._lock:
            found = self._children.get(code)
            if found is None:
                rows = self._rows("SELECT code, name, level, parent FROM regions "
                                  "WHERE parent = ? ORDER BY code", (code,))
                found = self._children.put(code, tuple(Region(*row) for row in rows))
            return found

    # -- races and candidates: RaceIndex, over self.candidates --------------------------------
    # -- results ----------------------------------------------------------------------------
    def results_for(self, race: Race, area: str | None = None) -> list[Result]:
        """Every result for the race in `area` (default: the race region), newest first."""
        area = race.region if area is None else area
        with self._lock:
            return list(self._results_for(race, area))

    def _results_for(self, race: Race, area: str) -> tuple[Result, ...]:
        key = (race, area)
        if key in self._results:
            return self._results[key]
        rid = self._race_ids.get(race)
        found: list[Result] = []
        if rid is not None:
            votes: dict[int, dict[str, int]] = defaultdict(dict)
            rows = self._rows(
                "SELECT id, tier, as_of, progress_done, progress_total, progress_percent, source "
                "FROM results WHERE race = ? AND area = ?", (rid, area))
            if rows:
                marks = ",".join("?" * len(rows))
                for result, cid, count in self._rows(
                        f"SELECT result, candidate, votes FROM result_votes "
                        f"WHERE result IN ({marks})", tuple(r[0] for r in rows)):
                    votes[result][cid] = count
            for rowid, tier, as_of, done, total, percent, source in rows:
                found.append(Result(race, area, tier, datetime.fromisoformat(as_of),
                                    votes.get(rowid, {}), done, total,
                                    None if percent is None else Decimal(percent), source))
        found.sort(key=lambda r: r.as_of, reverse=True)
        return self._results.put(key, tuple(found))

    def best(self, race: Race, area: str | None = None, tier: str | None = None,
             before: datetime | None = None) -> Result | None:
        """As MemoryRecord.best: the plenary tier where it exists, else the newest Sirekap."""
        area = race.region if area is None else area
        with self._lock:
            results = self._results_for(race, area)  # a tuple: read without copying it
        for wanted in ((tier,) if tier else TIERS):
            for result in results:
                if result.tier == wanted and (before is None or result.as_of <= before):
                    return result
        return None
