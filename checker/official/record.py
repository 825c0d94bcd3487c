"""From the store to what the pure core reads: load_record() builds the in-memory index
(MemoryRecord) in one read transaction; status() says what is loaded."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from checker.official.model import Candidate, MemoryRecord, Race, Region, Result
from checker.official.store import Store, tidy

__all__ = ["StatusRow", "load_record", "status"]


def load_record(store: Store) -> MemoryRecord:
    """Everything in the store as a MemoryRecord: regions, races with candidates, and every
    result of every tier (history included: best() picks the one to compare against)."""
    db = store.db
    record = MemoryRecord()
    db.execute("BEGIN")  # one snapshot: a sync writing meanwhile is not half seen
    try:
        for code, name, level, parent in db.execute(
                "SELECT code, name, level, parent FROM regions"):
            record.regions[code] = Region(code, name, level, parent)
        spellings: dict[str, list[str]] = defaultdict(list)
        for code, name in db.execute("SELECT code, name FROM region_names ORDER BY code"):
            spellings[code].append(tidy(name))
        record.aliases = {code: tuple(dict.fromkeys(names)) for code, names in spellings.items()}
        races = {rid: Race(e, k, r) for rid, e, k, r in
                 db.execute("SELECT id, election, kind, region FROM races")}
        pairs: dict[int, list[Candidate]] = defaultdict(list)
        for rid, cid, nomor, name, empty in db.execute(
                "SELECT race, id, nomor_urut, name, is_empty_box FROM candidates"):
            pairs[rid].append(Candidate(races[rid], cid, nomor, name, bool(empty)))
        for rid, race in races.items():
            record.add_candidates(race, pairs.get(rid, ()))
        votes: dict[int, dict[str, int]] = defaultdict(dict)
        for result, cid, count in db.execute(
                "SELECT result, candidate, votes FROM result_votes"):
            votes[result][cid] = count
        times: dict[str, datetime] = {}
        percents: dict[str, Decimal] = {}
        for (rid, race, area, tier, as_of, done, total, percent, source) in db.execute(
                "SELECT id, race, area, tier, as_of, progress_done, progress_total, "
                "progress_percent, source FROM results"):
            when = times.get(as_of) or times.setdefault(as_of, datetime.fromisoformat(as_of))
            if percent is not None:
                percent = percents.get(percent) or percents.setdefault(percent, Decimal(percent))
            record.add_result(Result(races[race], area, tier, when, votes.get(rid, {}), done,
                                     total, percent, source))
    finally:
        db.execute("COMMIT")
    return record


@dataclass(frozen=True)
class StatusRow:
    election: str
    kind: str
    tier: str
    races: int
    results: int
    first: datetime
    last: datetime
    progress_done: int | None      # summed over the races' own newest results
    progress_total: int | None
    progress_percent: Decimal | None  # where only a percent is published (Pemilu)


def status(store: Store) -> list[StatusRow]:
    """Per election, race kind and tier: how many races and results, their time span, and the
    TPS progress summed over each race's newest race-wide figure."""
    db = store.db
    rows = []
    for election, kind, tier, races, results, first, last in db.execute(
            "SELECT r.election, r.kind, s.tier, count(DISTINCT r.id), count(*), min(s.as_of), "
            "max(s.as_of) FROM results s JOIN races r ON r.id = s.race "
            "GROUP BY r.election, r.kind, s.tier ORDER BY r.election, r.kind, s.tier"):
        done = total = 0
        percent = None
        for d, t, p in db.execute(
                "SELECT s.progress_done, s.progress_total, s.progress_percent FROM results s "
                "JOIN races r ON r.id = s.race WHERE r.election = ? AND r.kind = ? AND s.tier = ? "
                "AND s.area = r.region AND s.as_of = (SELECT max(x.as_of) FROM results x "
                "WHERE x.race = s.race AND x.area = s.area AND x.tier = s.tier)",
                (election, kind, tier)):
            done += d or 0
            total += t or 0
            percent = Decimal(p) if p is not None and percent is None else percent
        rows.append(StatusRow(election, kind, tier, races, results, datetime.fromisoformat(first),
                              datetime.fromisoformat(last), done if total else None,
                              total or None, None if total else percent))
    return rows
