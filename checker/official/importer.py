"""`cekresmi official import PATH`: a directory tree of Sirekap JSON as scrapers save it.

Every file is recognised from its path AND its shape, never from one alone (SOURCES.md):
- `paslon/pkwkp.json`, `paslon/pkwkk.json`: Pilkada candidate pairs;
- `.../pkwkp|pkwkk|ppwp/<codes...>.json`: tallies, in the endpoint layout (`pkwkp/31.json`,
  `pkwkp/31/3171.json`) or the scraper's (`pkwkp/31/31.json`), and `pemilu/hhcw/ppwp.json`;
- `<segment>_<prov>_<code>.json`: a flat copy of a tally (the DKI 01:00 WIB copy);
- a bare `<13-digit TPS code>.json` holding a Pemilu TPS record (candidate ids 100025-100027);
- `wilayah/pilkada|pemilu/...`, `province.json`, `district/<p>/<p>.json`: region lists;
- `wilayah_ppwp_pemilu2024.csv`: the Pemilu region tree.
Files are written in chunks, each in one transaction with a resume mark (import_sirekap_tree);
a tree of one chunk is all or nothing: a corrupt file aborts the import and leaves the store as
it was.
"""

from __future__ import annotations

import csv
import os
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from checker.bounds import load_json_file
from checker.errors import CheckError
from checker.official.facts import endpoint_url
from checker.official.paths import FLAT_COPY, Folder, classify, is_president_tps
from checker.official.sirekap import ShapeError, parse_paslon, parse_region_list, parse_tally
from checker.official.store import Batch, Store, is_code

__all__ = ["ImportSummary", "import_sirekap_tree", "read_tree"]

_REGION_CSV = ["kode", "nama", "sirekap_id", "tingkat", "kode_induk", "jumlah_tps"]


@dataclass
class ImportSummary:
    files_read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason code)
    races: int = 0
    candidates: int = 0
    results: int = 0
    regions: int = 0
    quirks: Counter = field(default_factory=Counter)
    resumed: int = 0  # files an earlier, interrupted run had already written

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append((path, reason))


CHUNK_FILES = 5000  # files per transaction at most: a kill loses one chunk
# Rows (results + regions) per transaction at most, whole files: a chunk's memory is its rows,
# and rows per file vary (a TPS file has one, a desa's region list 10 to 80), so 5,000 files
# alone were 10,000 rows in one window and 100,000 in another: the import's peak followed the
# densest window of the tree, not the chunk size (issue 12: 80 MB at a tenth of the
# presidential tree, 114 MB at all of it).
CHUNK_ROWS = 20000


def import_sirekap_tree(store: Store, path: str | Path, *, chunk_files: int = CHUNK_FILES,
                        chunk_rows: int = CHUNK_ROWS) -> ImportSummary:
    """Import a tree (or one file) into `store`; idempotent (upserts on natural keys).

    Files are read in path order and written `chunk_files` at a time (fewer when their rows
    reach `chunk_rows`; a file is never split), each chunk in one
    transaction with a resume mark (how many files are in, and the last one's path): a run
    killed midway (kill -9 included) leaves whole chunks only, and the next run over the same
    tree starts after the last one. A tree that fits in one chunk is all or nothing, as
    before; a corrupt file stops the import at its chunk, earlier chunks stay."""
    root = Path(path)
    if not root.exists():
        raise CheckError("file_not_found", path=str(path))
    key = "import:" + str(root.resolve())
    skip, last = _mark(store.meta(key))
    # Foreign keys are not checked row by row during the import (issue 12: the floor of an
    # importer does not check them either): Store.write takes every race id from the races
    # table and every vote's result id from the rows it has just inserted, in the same
    # transaction, so none can dangle. Back on afterwards, whatever happens.
    # The whole store is checked once at the end (a scan: ~1% of the import).
    store.db.execute("PRAGMA foreign_keys = OFF")
    try:
        try:
            summary = _import(store, root, key, skip, last, chunk_files, chunk_rows)
        except _Restart:  # the tree changed since the mark: nothing was written yet
            summary = _import(store, root, key, 0, "", chunk_files, chunk_rows)
    finally:
        store.import_floor = None
        store.db.execute("PRAGMA foreign_keys = ON")
    dangling = store.db.execute("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise CheckError("official_db_unusable", path=str(store.path),
                         reason=f"{len(dangling)} rows refer to rows that do not exist")
    return summary


def _import(store: Store, root: Path, key: str, skip: int, last: str,
            chunk_files: int, chunk_rows: int) -> ImportSummary:
    summary = ImportSummary()
    walker = _Walker(root)
    batch, in_chunk, races, candidates = Batch(), 0, set(), set()
    store.import_floor = store.db.execute(
        "SELECT coalesce(max(id), 0) FROM results").fetchone()[0]
    regions_floor = store.db.execute("SELECT coalesce(max(rowid), 0) FROM regions").fetchone()[0]

    def commit(done: int, rel: str | None) -> None:
        races.update(batch.races())
        candidates.update((r, c) for r, cs in batch.candidates.items() for c in cs)
        with store.transaction():
            # a region in two chunks (the region CSV and a region list, say) is counted once
            summary.regions += len(batch.regions) - store.regions_since(regions_floor, batch)
            written = store.write(batch)
            # a result in two chunks (a corrected TPS copy, say) is counted once
            summary.results += len(batch.results) if written is None else written
            if rel is None:
                store.db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                store.set_meta(key, f"{done}\t{rel}")

    done = 0
    for rel, file in walker.files():
        done += 1
        if done <= skip:
            if done == skip and rel != last:
                raise _Restart()
            summary.resumed += 1
            continue
        reason = _read_one(batch, summary, walker, file, rel)
        if reason:
            summary.skip(rel, reason)
        else:
            summary.files_read += 1
        in_chunk += 1
        if in_chunk >= chunk_files or len(batch.results) + len(batch.regions) >= chunk_rows:
            commit(done, rel)
            batch, in_chunk = Batch(), 0
    if done < skip:
        raise _Restart()
    if not summary.files_read and not summary.resumed:
        raise CheckError("official_nothing_found", path=str(root))
    commit(done, None)
    summary.races = len(races)
    summary.candidates = len(candidates)
    return summary


class _Restart(Exception):
    pass


def _mark(mark: str | None) -> tuple[int, str]:
    if not mark or "\t" not in mark:
        return 0, ""
    count, _, rel = mark.partition("\t")
    return (int(count), rel) if count.isdigit() else (0, "")


class _Walker:
    """The files of a tree in path order (each folder's entries sorted: the order of
    sorted(rglob)), one folder in memory at a time, with paths as plain strings: no pathlib
    per file (issue 12: absolute() and friends were a third of a full-scale import)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.base = str(root.absolute()) if root.is_dir() else str(root.absolute().parent)
        self.base_parts = tuple(Path(self.base).parts)
        self._folders: dict[str, Folder] = {}

    def folder(self, rel: str) -> "Folder":
        """The Folder of `rel` (a folder relative to the root, "" for the root itself).
        A folder's files come between its sub-folders (`317101/3171011001/...` then
        `317101/3171011001.json`), so the folders seen lately are kept, a few hundred at
        most: worked out once each (issue 12: twice as often when only the last was kept)."""
        found = self._folders.get(rel)
        if found is None:
            if len(self._folders) >= 256:
                self._folders.clear()
            above, _, name = rel.rpartition("/")
            parent = self._folders.get(above) if rel else None
            # a sub-folder from its parent's answers (one name more), else from its path
            found = parent.child(name) if parent is not None else None
            if found is None:
                dirs = self.base_parts + (tuple(rel.split("/")) if rel else ())
                found = Folder.of(dirs)
            self._folders[rel] = found
        return found

    def files(self):
        if not self.root.is_dir():
            yield self.root.name, self.base + os.sep + self.root.name
            return
        # Depth first, each folder's entries in name order, with a stack of open folders
        # rather than nested generators (a file used to climb one `yield from` per level).
        stack = [(iter(_entries(self.base)), "")]
        while stack:
            entries, prefix = stack[-1]
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((iter(_entries(entry.path)), prefix + entry.name + "/"))
                    break
                if entry.is_file():
                    yield prefix + entry.name, entry.path
            else:
                stack.pop()


def _entries(folder: str) -> list:
    try:
        return sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return []


def read_tree(path: str | Path) -> tuple[Batch, ImportSummary]:
    """The whole tree as one Batch (small trees, tests); import_sirekap_tree streams."""
    root = Path(path)
    if not root.exists():
        raise CheckError("file_not_found", path=str(path))
    walker = _Walker(root)
    batch, summary = Batch(), ImportSummary()
    for rel, file in walker.files():
        reason = _read_one(batch, summary, walker, file, rel)
        if reason:
            summary.skip(rel, reason)
        else:
            summary.files_read += 1
    summary.races = len(batch.races())
    summary.candidates = sum(len(c) for c in batch.candidates.values())
    summary.results = len(batch.results)
    summary.regions = len(batch.regions)
    return batch, summary


def _read_one(batch: Batch, summary: ImportSummary, walker: _Walker, file: str,
              rel: str) -> str:
    """Read one file into the batch; return a skip reason, or "" when it was used."""
    # Classify on the whole path, so a sub-folder (pkwkp/31) is still known for what it is.
    name = rel.rpartition("/")[2]
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if suffix == "csv":
        return _read_region_csv(batch, summary, Path(file), rel)
    if suffix != "json":
        return "not_sirekap"
    folder = rel.rpartition("/")[0]
    what = classify(walker.folder(folder), stem, file)
    if what is None:
        return "not_sirekap"
    if what[0] == "compiled":
        # pkwkp/0.json is the scraper's own compilation, not a KPU file (SOURCES.md): its
        # `persen: 0` values are an artefact. Never import it as official.
        return "not_official_compiled"
    data = _load_json(file, rel)
    # A file is used whole or not at all: the tally and region-list readers add a file's
    # rows only once it has all been read (no Batch per file: issue 12), paslon goes
    # through a Batch of its own.
    try:
        if what[0] == "tally":
            _, segment, code = what
            election = _election_of(segment)
            if "_" in stem and FLAT_COPY.fullmatch(stem):
                summary.quirks["flat_copy"] += 1  # an earlier copy kept as history
            parse_tally(batch, summary.quirks, segment, code, data,
                        endpoint_url(election, segment, code))
        elif what[0] == "tps":
            if not is_president_tps(data):
                return "unknown_shape"
            parse_tally(batch, summary.quirks, "ppwp", what[2], data,
                        endpoint_url("pemilu2024", "ppwp", what[2]))
        elif what[0] == "paslon":
            own = Batch()
            parse_paslon(own, summary.quirks, what[1], data)
            batch.merge(own)
        elif what[0] == "regions":
            if what[1] is None:
                return "unknown_election"
            parse_region_list(batch, summary.quirks, what[1], data)
    except ShapeError as exc:
        summary.quirks["unknown_shape"] += 1
        return f"unknown_shape ({exc})"
    return ""


def _election_of(segment: str) -> str:
    return "pemilu2024" if segment == "ppwp" else "pilkada2024"


def _load_json(file: str, rel: str):
    try:
        with open(file, "rb", buffering=0) as handle:  # one read of it all: no buffer
            return load_json_file(handle.read(), Decimal)  # depth-capped, no surrogates
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise CheckError("official_file_corrupt", path=rel, reason=_short(exc)) from None


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _read_region_csv(batch: Batch, summary: ImportSummary, file: Path, rel: str) -> str:
    """kode,nama,sirekap_id,tingkat,kode_induk,jumlah_tps (wilayah_ppwp_pemilu2024.csv)."""
    try:
        with file.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            if next(reader, None) != _REGION_CSV:
                return "not_sirekap"
            election = "pemilu2024" if "ppwp" in file.name or "pemilu" in file.name else None
            if election is None:
                return "unknown_election"
            for line, row in enumerate(reader, start=2):
                if len(row) != len(_REGION_CSV) or not is_code(row[0]):
                    raise CheckError("official_file_corrupt", path=rel,
                                     reason=f"line {line}: {len(row)} fields")
                code, name, _, tingkat, parent, _ = row
                if name != name.strip():
                    summary.quirks["region_name_padded"] += 1
                batch.add_region(code, name, election,
                                 level=int(tingkat) if tingkat.isdigit() else None,
                                 parent=parent if is_code(parent) else None)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CheckError("official_file_corrupt", path=rel, reason=_short(exc)) from None
    return ""
