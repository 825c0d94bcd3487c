"""The official record on disk: one SQLite file (stdlib sqlite3), versioned, WAL, and written
only in whole transactions, so a failed import never leaves half of itself behind.

Importers and the live client collect what they read into a Batch and hand it to
Store.write(), which upserts on natural keys: writing the same batch twice changes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from itertools import chain, repeat
from typing import NamedTuple

from checker.bounds import SQLITE_MAX, shown
from checker.errors import CheckError
from checker.store.sqlite import SqliteFile
from checker.official.facts import ELECTIONS, WIB

__all__ = ["Batch", "ResultRow", "SCHEMA_VERSION", "Store", "is_code", "level_of", "parent_of",
           "tidy"]

SCHEMA_VERSION = 2

# STRICT tables: votes and progress counts stay integers, percents are Decimal text, never
# floats. Times are ISO 8601 in WIB (+07:00), the zone Sirekap publishes in, so equal
# instants have equal keys.
_SCHEMA = """
CREATE TABLE elections (id TEXT PRIMARY KEY, name TEXT NOT NULL, held_on TEXT NOT NULL,
    rank INTEGER NOT NULL) STRICT;
CREATE TABLE regions (code TEXT PRIMARY KEY, name TEXT NOT NULL, level INTEGER NOT NULL,
    parent TEXT) STRICT;
CREATE TABLE region_names (code TEXT NOT NULL, election TEXT NOT NULL REFERENCES elections(id),
    name TEXT NOT NULL, PRIMARY KEY (code, election)) WITHOUT ROWID, STRICT;
CREATE TABLE races (id INTEGER PRIMARY KEY, election TEXT NOT NULL REFERENCES elections(id),
    kind TEXT NOT NULL, region TEXT NOT NULL, UNIQUE (election, kind, region)) STRICT;
CREATE TABLE candidates (race INTEGER NOT NULL REFERENCES races(id), id TEXT NOT NULL,
    nomor_urut INTEGER NOT NULL, name TEXT NOT NULL, is_empty_box INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (race, id)) WITHOUT ROWID, STRICT;
CREATE TABLE results (id INTEGER PRIMARY KEY, race INTEGER NOT NULL REFERENCES races(id),
    area TEXT NOT NULL, tier TEXT NOT NULL CHECK (tier IN ('sirekap', 'rekap')),
    as_of TEXT NOT NULL, progress_done INTEGER, progress_total INTEGER,
    progress_percent TEXT, valid_votes INTEGER, source TEXT NOT NULL DEFAULT '',
    UNIQUE (race, area, tier, as_of)) STRICT;
CREATE TABLE result_votes (result INTEGER NOT NULL REFERENCES results(id) ON DELETE CASCADE,
    candidate TEXT NOT NULL, votes INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (result, candidate)) WITHOUT ROWID, STRICT;
CREATE TABLE fetched (url TEXT PRIMARY KEY, status INTEGER NOT NULL, fetched_at TEXT NOT NULL)
    WITHOUT ROWID, STRICT;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID, STRICT;
"""
# Version 2: lookups on demand (lookup.StoreRecord) find a kecamatan's desa and a desa's TPS
# by parent, and load the provinces and kab/kota by level; without these indexes each is a
# scan of ~1.2 million regions at full scale.
_SCHEMA_2 = ("CREATE INDEX IF NOT EXISTS regions_parent ON regions (parent)",
             "CREATE INDEX IF NOT EXISTS regions_level ON regions (level)")
_LEVELS = {0: 0, 2: 1, 4: 2, 6: 3, 10: 4, 13: 5}
# Region codes are digits, except abroad: Pemilu's overseas posts are 99AA, 99AB ...
_CODE = re.compile(r"[0-9][0-9A-Z]*")


def is_code(text: object) -> bool:
    return isinstance(text, str) and _CODE.fullmatch(text) is not None


def level_of(code: str) -> int | None:
    return _LEVELS.get(len(code))


def parent_of(code: str) -> str | None:
    """Codes nest by prefix (2/4/6/10/13 digits); a province's parent is the country ""."""
    if not code:
        return None
    keep = _parent_length(len(code))
    return code[:keep] if keep is not None else None


@lru_cache(maxsize=64)
def _parent_length(length: int) -> int | None:
    shorter = [n for n in _LEVELS if n < length]
    return max(shorter) if shorter else None


class ResultRow(NamedTuple):
    """One area's figures. A tuple (issue 12): the Sirekap reader makes a million of them at
    full scale and stores the plain tuple of these fields, which Store.write takes as is."""

    votes: dict[str, int]
    progress_done: int | None = None
    progress_total: int | None = None
    progress_percent: Decimal | None = None
    valid_votes: int | None = None   # suara_sah, where the record states it
    source: str = ""


@dataclass
class Batch:
    """Everything one import writes, keyed so duplicates collapse before they reach SQL."""

    # code -> (level, parent); (code, election) -> name as that election spells it
    regions: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    region_names: dict[tuple[str, str], str] = field(default_factory=dict)
    candidates: dict[tuple, dict[str, tuple[int, str, bool]]] = field(default_factory=dict)
    # (race, area, tier, as_of ISO text) -> a ResultRow, or the plain tuple of its fields
    results: dict[tuple, tuple] = field(default_factory=dict)
    _iso: tuple | None = field(default=None, repr=False, compare=False)

    def add_region(self, code: str, name: str, election: str, level: int | None = None,
                   parent: str | None = None) -> None:
        known = _LEVELS.get(len(code))  # level_of, once (a region list has thousands)
        level = known if known is not None else level
        self.regions[code] = (level if level is not None else 0,
                              parent if parent is not None else parent_of(code))
        self.region_names[(code, election)] = name

    def add_candidate(self, race: tuple, cid: str, nomor_urut: int, name: str,
                      empty_box: bool) -> None:
        self.candidates.setdefault(race, {})[cid] = (nomor_urut, name, empty_box)

    def add_result(self, race: tuple, area: str, tier: str, as_of: datetime,
                   row: ResultRow) -> None:
        # One file's rows share one time: format it once (a large import has millions).
        if self._iso is None or self._iso[0] is not as_of:
            self._iso = (as_of, as_of.astimezone(WIB).isoformat())
        self.results[(race, area, tier, self._iso[1])] = row

    def merge(self, other: "Batch") -> None:
        self.regions.update(other.regions)
        self.region_names.update(other.region_names)
        for race, pairs in other.candidates.items():
            self.candidates.setdefault(race, {}).update(pairs)
        self.results.update(other.results)

    def races(self) -> set[tuple]:
        return set(self.candidates) | {key[0] for key in self.results}


class Store(SqliteFile):
    """An open store. `Store(path)` opens (and creates) the file; nothing else happens."""

    unusable = "official_db_unusable"
    pragmas = ("foreign_keys = ON", "temp_store = MEMORY")

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise CheckError("official_db_newer", path=str(self.path), version=version)
        if version == 0:
            with self.transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.executemany(
                    "INSERT INTO elections VALUES (?, ?, ?, ?)",
                    [(e.id, e.name, e.held_on, e.rank) for e in ELECTIONS.values()])
                self.db.execute("INSERT INTO regions VALUES ('', 'INDONESIA', 0, NULL)")
                for statement in _SCHEMA_2:
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif version == 1:
            with self.transaction():
                for statement in _SCHEMA_2:
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- meta -------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                        "value = excluded.value", (key, value))

    def counts(self) -> dict[str, int]:
        tables = ("regions", "region_names", "races", "candidates", "results", "result_votes",
                  "fetched")
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- writing (inside a transaction) -----------------------------------------------------
    import_floor: int | None = None  # an import in chunks: results.id before it started

    def write(self, batch: Batch) -> int:
        """Upsert a batch; returns how many results it wrote (see import_floor). Call inside
        `transaction()`: the caller decides what is atomic. A number SQLite cannot hold is a
        CheckError before anything is written."""
        _check_range(batch)
        db = self.db
        self._write_regions(batch)
        db.executemany("INSERT INTO races (election, kind, region) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING", sorted(batch.races()))
        ids = {(e, k, r): i for i, e, k, r in
               db.execute("SELECT id, election, kind, region FROM races")}
        db.executemany(
            "INSERT INTO candidates VALUES (?, ?, ?, ?, ?) ON CONFLICT (race, id) DO UPDATE SET "
            "nomor_urut = excluded.nomor_urut, name = excluded.name, "
            "is_empty_box = excluded.is_empty_box",
            [(ids[race], cid, n, name, int(empty)) for race, cands in batch.candidates.items()
             for cid, (n, name, empty) in cands.items()])
        if not batch.results:
            return 0
        # Votes carry the id their result gets if it is new (max(id) + 1, in order): the
        # common case of a large import needs no second pass over them (issue 12).
        before = db.execute("SELECT coalesce(max(id), 0) FROM results").fetchone()[0]
        rows, votes = [], []
        add, extend = rows.append, votes.extend
        for k, ((race, area, tier, as_of), (cands, done, total, percent, valid, source)) in \
                enumerate(batch.results.items(), before + 1):
            add((ids[race], area, tier, as_of, done, total,
                 None if percent is None else str(percent), valid, source))
            extend(zip(repeat(k), cands.keys(), cands.values()))  # in C: no tuple per vote here
        db.executemany(
            "INSERT INTO results (race, area, tier, as_of, progress_done, progress_total, "
            "progress_percent, valid_votes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (race, area, tier, as_of) DO UPDATE SET "
            "progress_done = excluded.progress_done, progress_total = excluded.progress_total, "
            "progress_percent = excluded.progress_percent, valid_votes = excluded.valid_votes, "
            "source = excluded.source", rows)
        after = db.execute("SELECT coalesce(max(id), 0) FROM results").fetchone()[0]
        if after - before == len(rows):
            # Every row was new (an update keeps its id; each insert takes max(id) + 1, in
            # order): row k is result before + 1 + k, and has no votes yet. The common case of
            # a large import, with no temp tables and no join (issue 12).
            db.executemany("INSERT INTO result_votes VALUES (?, ?, ?)", votes)
            return len(rows)
        return self._revote(rows, [(k - before - 1, c, n) for k, c, n in votes], before)

    def _revote(self, rows: list[tuple], votes: list[tuple], before: int) -> int:
        """Votes of results some of which were stored already: each result's votes are
        replaced whole (a dropped candidate does not linger). Set-based (issue 12): the keys go
        into temp tables with executemany, a few statements move them."""
        db = self.db
        db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (k INTEGER PRIMARY KEY, race, area, "
                   "tier, as_of)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming_votes (k, candidate, votes)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS written (k INTEGER PRIMARY KEY, id)")
        db.executemany("INSERT INTO incoming VALUES (?, ?, ?, ?, ?)",
                       [(k, *row[:4]) for k, row in enumerate(rows)])
        db.executemany("INSERT INTO incoming_votes VALUES (?, ?, ?)", votes)
        db.execute("INSERT INTO written SELECT i.k, r.id FROM incoming i JOIN results r "
                   "ON r.race = i.race AND r.area = i.area AND r.tier = i.tier "
                   "AND r.as_of = i.as_of")
        db.execute("DELETE FROM result_votes WHERE result IN (SELECT id FROM written)")
        db.execute("INSERT INTO result_votes SELECT w.id, v.candidate, v.votes "
                   "FROM incoming_votes v JOIN written w ON w.k = v.k")
        # Results this write counts as its own: new ones, and ones stored before `floor` (an
        # import's start) that it updated; not ones an earlier chunk of the same import wrote.
        floor = before if self.import_floor is None else self.import_floor
        (count,) = db.execute("SELECT count(*) FROM written WHERE id > ? OR id <= ?",
                              (before, floor)).fetchone()
        for table in ("incoming", "incoming_votes", "written"):
            db.execute(f"DELETE FROM temp.{table}")
        return count

    def regions_since(self, floor: int, batch: Batch) -> int:
        """How many of the batch's regions were stored after rowid `floor` (by an earlier chunk
        of the same import, say: a region listed in two chunks is counted once, and no set of
        the codes already written is kept, which would grow with the tree). One statement:
        the codes go in as one JSON array, each looked up by its key."""
        (top,) = self.db.execute("SELECT coalesce(max(rowid), 0) FROM regions").fetchone()
        if top <= floor or not batch.regions:
            return 0
        (count,) = self.db.execute(
            "SELECT count(*) FROM json_each(?) AS j CROSS JOIN regions AS r "
            "ON r.code = j.value WHERE r.rowid > ?",
            (json.dumps(list(batch.regions)), floor)).fetchone()
        return count

    def _write_regions(self, batch: Batch) -> None:
        if not batch.regions:
            return
        db = self.db
        db.executemany("INSERT INTO region_names VALUES (?, ?, ?) ON CONFLICT (code, election) "
                       "DO UPDATE SET name = excluded.name",
                       [(c, e, n) for (c, e), n in batch.region_names.items()])
        # The display name is the newest election's spelling, tidied (SOURCES.md: raw names
        # carry quirks such as ' PELALAWAN'); every spelling stays in region_names. A new
        # region's spellings are all in this batch (regions and region_names are written
        # together), so it gets its name as it goes in; a stored one takes the best of
        # region_names, now holding the batch's too. One statement per region (issue 12).
        db.create_function("tidy", 1, _tidy_sql, deterministic=True)
        best: dict[str, tuple[int, str]] = {}
        for (code, election), name in batch.region_names.items():
            rank = ELECTIONS[election].rank
            if code not in best or rank > best[code][0]:
                best[code] = (rank, name)
        db.executemany(
            "INSERT INTO regions VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
            "level = excluded.level, parent = coalesce(excluded.parent, regions.parent), "
            "name = coalesce(tidy((SELECT n.name FROM region_names n JOIN elections e "
            "ON e.id = n.election WHERE n.code = excluded.code ORDER BY e.rank DESC LIMIT 1)), "
            "regions.name)",
            [(code, tidy(best[code][1]) if code in best else "", level, parent)
             for code, (level, parent) in batch.regions.items()])


def _tidy_sql(name: str | None) -> str | None:
    return None if name is None else tidy(name)


def _check_range(batch: Batch) -> None:
    """SQLite's INTEGER is 64-bit: a larger value (10^30 votes) is an OverflowError at the
    INSERT, a bug to the user. Every reader caps counts earlier (checker/bounds.py); this
    is the store's own guard, for any writer."""
    numbers = [n for cands in batch.candidates.values() for n, _, _ in cands.values()]
    rows = batch.results.values()
    # Votes are ints (readers check them), so they go in unfiltered, in C; the optional
    # counts are filtered; anything else falls back to the filter over every number.
    # (rows are ResultRow fields: votes, done, total, percent, valid, source)
    numbers += chain.from_iterable(row[0].values() for row in rows)
    numbers += [n for row in rows for n in (row[1], row[2], row[4]) if n is not None]
    # min and max (in C) first: a batch has a million numbers, almost never a bad one.
    try:
        if not numbers or (min(numbers) >= -SQLITE_MAX - 1 and max(numbers) <= SQLITE_MAX):
            return
    except TypeError:  # a value that is not a number: the ints below are this guard's
        pass
    ints = [n for n in numbers if isinstance(n, int)]
    if ints and (min(ints) < -SQLITE_MAX - 1 or max(ints) > SQLITE_MAX):
        bad = next(n for n in ints if not -SQLITE_MAX - 1 <= n <= SQLITE_MAX)
        raise CheckError("official_value_out_of_range", value=shown(bad))


def tidy(name: str) -> str:
    """Runs of whitespace as one space, none at the ends (str.split's whitespace is the
    regex \\s: the same characters, in C)."""
    return " ".join(name.split())
