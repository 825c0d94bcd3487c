"""The official record that ships with the package, so a fresh install compares offline.

`data/record.json.gz` is built by scripts/build_embedded.py from tests/data (the Pilkada
2024 Sirekap snapshot and the Pemilu 2024 aggregates; see SOURCES.md there) and
`data/rekap_2024.csv` holds plenary results reported in the press. Both are upserted into
the user's store on first use (and again when a new package version ships new data), in one
transaction, through the same Batch path as every importer.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from decimal import Decimal
from pathlib import Path

from checker.paths import official_db_path
from checker.official.lookup import StoreRecord
from checker.official.rekap import read_rekap_csv
from checker.official.store import Batch, ResultRow, Store

__all__ = ["FORMAT", "default_record", "embedded_files", "ensure_embedded", "export_record",
           "open_store", "read_record"]

FORMAT = "cekresmi.record/1"


def embedded_files() -> tuple[Path, Path]:
    # The package's own folder (importlib.resources gives the same files on disk and was ~8 ms
    # of a cold check to import)
    data = Path(__file__).resolve().parent / "data"
    return data / "record.json.gz", data / "rekap_2024.csv"


def open_store(db: str | Path | None = None, *, embedded: bool = True) -> Store:
    """The user's store (--db, $CEKRESMI_DB or the XDG data path), with the embedded data in."""
    store = Store(official_db_path(db))
    if embedded:
        try:
            ensure_embedded(store)
        except BaseException:
            store.close()
            raise
    return store


def default_record(db: str | Path | None = None) -> StoreRecord:
    """What the core compares against: the user's store (embedded data loaded on first use),
    opened read-only and answered on demand (nothing reads the whole record)."""
    with open_store(db) as store:
        path = store.path
    return StoreRecord(path)


def ensure_embedded(store: Store) -> bool:
    """Load the shipped data unless this exact version is already in; True when it loaded."""
    record, rekap = embedded_files()
    digest = hashlib.sha256(record.read_bytes() + rekap.read_bytes()).hexdigest()[:16]
    if store.meta("embedded") == digest:
        return False
    with store.transaction():
        store.write(read_record(record))
        store.write(read_rekap_csv(store, rekap))  # needs the candidates written just above
        store.set_meta("embedded", digest)
    return True


def export_record(store: Store, path: str | Path, *, max_level: int = 3) -> dict[str, int]:
    """Write the store as a compact gzipped JSON record. Regions deeper than `max_level` are
    kept only where a race or a result needs them (keeps the file a few MB at most)."""
    db = store.db
    used = {r for (r,) in db.execute("SELECT region FROM races UNION SELECT area FROM results")}
    regions = [[code, level, parent, election, name] for code, level, parent, election, name in
               db.execute("SELECT r.code, r.level, r.parent, n.election, n.name FROM regions r "
                          "JOIN region_names n ON n.code = r.code ORDER BY r.code, n.election")
               if level <= max_level or code in used]
    races, index = [], {}
    for rid, election, kind, region in db.execute(
            "SELECT id, election, kind, region FROM races ORDER BY election, kind, region"):
        index[rid] = len(races)
        pairs = db.execute("SELECT id, nomor_urut, name, is_empty_box FROM candidates "
                           "WHERE race = ? ORDER BY nomor_urut, id", (rid,)).fetchall()
        races.append([election, kind, region, [list(p) for p in pairs]])
    votes: dict[int, dict[str, int]] = {}
    for result, cid, count in db.execute("SELECT result, candidate, votes FROM result_votes "
                                         "ORDER BY result, candidate"):
        votes.setdefault(result, {})[cid] = count
    sources: dict[str, int] = {}
    results = []
    for row in db.execute("SELECT id, race, area, tier, as_of, progress_done, progress_total, "
                          "progress_percent, valid_votes, source FROM results "
                          "ORDER BY race, area, tier, as_of"):
        rid, race, area, tier, as_of, done, total, percent, valid, source = row
        results.append([index[race], area, tier, as_of, done, total, percent, valid,
                        sources.setdefault(source, len(sources)), votes.get(rid, {})])
    doc = {"format": FORMAT, "regions": regions, "races": races, "sources": list(sources),
           "results": results}
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    Path(path).write_bytes(gzip.compress(text.encode("utf-8"), 9, mtime=0))
    return {"regions": len(regions), "races": len(races), "results": len(results)}


def read_record(path: str | Path) -> Batch:
    doc = json.loads(gzip.decompress(Path(path).read_bytes()))
    if doc.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file")
    batch = Batch()
    for code, level, parent, election, name in doc["regions"]:
        batch.add_region(code, name, election, level=level, parent=parent)
    races = []
    for election, kind, region, pairs in doc["races"]:
        race = (election, kind, region)
        races.append(race)
        batch.candidates.setdefault(race, {})
        for cid, nomor, name, empty in pairs:
            batch.add_candidate(race, cid, nomor, name, bool(empty))
    sources = doc["sources"]
    for race, area, tier, as_of, done, total, percent, valid, source, votes in doc["results"]:
        row = ResultRow(votes=votes, progress_done=done, progress_total=total,
                        progress_percent=None if percent is None else Decimal(percent),
                        valid_votes=valid, source=sources[source])
        batch.results[(races[race], area, tier, as_of)] = row
    return batch
