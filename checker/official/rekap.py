"""`cekresmi official import-rekap FILE.csv`: plenary recapitulation results (tier `rekap`).

The plenary (rapat pleno) recapitulation is the legal result; Sirekap is provisional. One row
per candidate, UTF-8, comma-separated, with a header naming these columns (any order):

  election      pilkada2024 | pemilu2024
  race_kind     governor | regent_mayor | president
  region_code   the race's region: province (governor), kab/kota (regent_mayor), "" or 0
                (president)
  area_code     optional: where the votes were counted (default: region_code); nested in it
  nomor_urut    the ballot number, and/or
  candidate_id  Sirekap's candidate id (when both are given they must agree)
  votes         a plain non-negative integer (no separators)
  as_of         when the plenary adopted it: YYYY-MM-DD, or YYYY-MM-DD HH:MM[:SS] in WIB, or
                ISO 8601 with an offset
  source        who adopted it and where it was reported (required)

Rows for one race, area and as_of form one result: they must list every candidate of the race
once and share one source. Any bad row stops the import with a one-line error naming the line;
nothing is written unless every row is good.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from checker.bounds import MAX_COUNT_DIGITS, shown
from checker.errors import CheckError
from checker.official.facts import KINDS, WIB
from checker.official.store import Batch, ResultRow, Store, is_code

__all__ = ["COLUMNS", "import_rekap_csv", "read_rekap_csv"]

COLUMNS = ("election", "race_kind", "region_code", "area_code", "nomor_urut", "candidate_id",
           "votes", "as_of", "source")
_REQUIRED = {"election", "race_kind", "region_code", "votes", "as_of", "source"}
_WIDTH = {"governor": 2, "regent_mayor": 4, "president": 0}
_INT = re.compile(rf"[0-9]{{1,{MAX_COUNT_DIGITS}}}")  # longer is no count (checker/bounds.py)


def import_rekap_csv(store: Store, path: str | Path) -> int:
    """Validate the whole file, then write it in one transaction. Returns the results written."""
    batch = read_rekap_csv(store, path)
    with store.transaction():
        store.write(batch)
    return len(batch.results)


def read_rekap_csv(store: Store, path: str | Path) -> Batch:
    """Read and check every row against the races and candidates in `store`."""
    rows = _read(path)
    races = _races(store)
    batch, groups = Batch(), {}
    for line, row in rows:
        race, area, as_of = _where(row, line, path)
        candidates = races.get(race)
        if not candidates:
            raise CheckError("rekap_unknown_race", path=str(path), line=line,
                             race="/".join(race[:2] + (race[2] or "0",)))
        cid = _candidate(row, candidates, race, line, path)
        votes = _int(row, "votes", line, path)
        key = (race, area, as_of)
        group = groups.setdefault(key, {"line": line, "source": row["source"], "votes": {},
                                        "lines": {}})
        if cid in group["votes"]:
            raise CheckError("rekap_duplicate", path=str(path), line=line,
                             first=group["lines"][cid])
        if row["source"] != group["source"]:
            raise CheckError("rekap_mixed_sources", path=str(path), line=line,
                             first=group["line"])
        group["votes"][cid] = votes
        group["lines"][cid] = line
    for (race, area, as_of), group in groups.items():
        missing = sorted(races[race][c] for c in set(races[race]) - set(group["votes"]))
        if missing:
            raise CheckError("rekap_incomplete", path=str(path), line=group["line"],
                             missing=", ".join(str(n) for n in missing))
        batch.add_result(race, area, "rekap", as_of,
                         ResultRow(votes=group["votes"], source=group["source"]))
    return batch


def _read(path) -> list[tuple[int, dict[str, str]]]:
    import csv  # here: every check imports this module, only an import reads a CSV

    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [h.strip() for h in reader.fieldnames or []]
            unknown = set(header) - set(COLUMNS)
            if (unknown or not _REQUIRED <= set(header) or len(set(header)) != len(header)
                    or not {"nomor_urut", "candidate_id"} & set(header)):
                raise CheckError("rekap_bad_header", path=str(path),
                                 columns=",".join(COLUMNS))
            reader.fieldnames = header
            rows = []
            for row in reader:
                if None in row or any(v is None for v in row.values()):
                    raise CheckError("rekap_bad_value", path=str(path), line=reader.line_num,
                                     column="*", value="(field count)")
                if any(v.strip() for v in row.values()):
                    rows.append((reader.line_num, {k: v.strip() for k, v in row.items()}))
    except FileNotFoundError:
        raise CheckError("file_not_found", path=str(path)) from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CheckError("file_unreadable", path=str(path), reason=str(exc)[:120]) from None
    if not rows:
        raise CheckError("rekap_empty", path=str(path))
    return rows


def _races(store: Store) -> dict[tuple, dict[str, int]]:
    """(election, kind, region) -> {candidate id: nomor urut} for every race in the store."""
    races: dict[tuple, dict[str, int]] = {}
    for election, kind, region, cid, nomor in store.db.execute(
            "SELECT r.election, r.kind, r.region, c.id, c.nomor_urut FROM races r "
            "JOIN candidates c ON c.race = r.id"):
        races.setdefault((election, kind, region), {})[cid] = nomor
    return races


def _bad(path, line: int, column: str, value: str) -> CheckError:
    return CheckError("rekap_bad_value", path=str(path), line=line, column=column,
                      value=shown(value))


def _where(row: dict, line: int, path) -> tuple[tuple, str, datetime]:
    election, kind = row["election"], row["race_kind"]
    if kind not in KINDS:
        raise _bad(path, line, "race_kind", kind)
    if KINDS[kind][0] != election:
        raise _bad(path, line, "election", election)
    region = row["region_code"]
    region = "" if kind == "president" and region in ("", "0") else region
    if len(region) != _WIDTH[kind] or (region and not is_code(region)):
        raise _bad(path, line, "region_code", row["region_code"])
    area = row.get("area_code") or region
    if not (area == region or (is_code(area) and area.startswith(region))):
        raise _bad(path, line, "area_code", area)
    return (election, kind, region), area, _time(row["as_of"], line, path)


def _time(text: str, line: int, path) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise _bad(path, line, "as_of", text) from None
    # A date or a naive time is read as WIB, the zone KPU announces plenary results in.
    return value.replace(tzinfo=WIB) if value.tzinfo is None else value


def _int(row: dict, column: str, line: int, path) -> int:
    text = row.get(column, "")
    if not _INT.fullmatch(text):
        raise _bad(path, line, column, text)
    return int(text)


def _candidate(row: dict, candidates: dict[str, int], race: tuple, line: int, path) -> str:
    by_number = {n: c for c, n in candidates.items()}
    cid = row.get("candidate_id", "")
    number = row.get("nomor_urut", "")
    if number:
        found = by_number.get(_int(row, "nomor_urut", line, path))
        if found is None or (cid and cid != found):
            raise CheckError("rekap_unknown_candidate", path=str(path), line=line,
                             candidate=f"{number}/{cid}" if cid else number)
        return found
    if cid not in candidates:
        raise CheckError("rekap_unknown_candidate", path=str(path), line=line,
                         candidate=cid or "?")
    return cid
