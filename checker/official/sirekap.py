"""Read Sirekap JSON into a Batch (pure: values in, values out; no files, no network).

Shapes (SOURCES.md): Pilkada tallies nest figures under `tungsura.chart` / `tungsura.table`
with a `progres` object {total, persen, progres} counting TPS; Pemilu tallies have top-level
`chart` / `table` and a plain `persen` (the TPS progress percent). `chart` may be null or hold a
literal "null": null key, `mode` may be missing, and single-candidate races list the empty box
"KOLOM KOSONG - " as a candidate (it can win). Numbers stay int / Decimal: parse JSON with
`json.loads(text, parse_float=Decimal)`.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from decimal import Decimal

from checker.bounds import MAX_COUNT, count_ok
from checker.official.facts import KINDS, PRESIDENT_CANDIDATES, SEGMENTS, WIB
from checker.official.store import Batch, ResultRow, is_code

__all__ = ["ShapeError", "add_president_candidates", "parse_paslon", "parse_region_list",
           "parse_tally", "parse_time"]

_EMPTY_BOX = "KOLOM KOSONG"


class ShapeError(ValueError):
    """The JSON is valid but not the shape its path promises."""


def parse_time(text: object) -> datetime:
    """Sirekap `ts` ("2024-11-28 10:00:05") is WIB without a zone: make it aware."""
    if not isinstance(text, str):
        raise ShapeError("no timestamp")
    if len(text) == 19 and text[10] == " " and text[4] == "-" and text[13] == ":":
        # The published form: fromisoformat reads it ~10x faster than strptime (issue 12).
        try:
            return datetime.fromisoformat(text).replace(tzinfo=WIB)
        except ValueError:
            pass
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)
    except ValueError:
        raise ShapeError(f"bad timestamp {text!r}") from None


def _count(value: object) -> int | None:
    # bool is an int in Python; a vote count never is; nor is one of 10^30 (checker/bounds.py).
    return value if count_ok(value) else None


def _percent(value: object) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    return Decimal(value) if _count(value) is not None else None


def _figures(obj: dict, quirks: Counter, source: str, valid: int | None = None) -> ResultRow:
    """A chart or a table row -> votes per candidate id and TPS progress. Runs once per area
    (a million times at full scale): plain type checks, no helper calls per key."""
    votes = {}
    for key, value in obj.items():
        if key.isdigit():
            # bool is an int in Python; a vote count never is.
            if type(value) is not int or value < 0:
                raise ShapeError(f"votes for {key} are {value!r}")
            votes[key] = value
        elif key == "null":  # a literal "null" key beside the candidates (SOURCES.md)
            quirks["null_key"] += 1
    progress = obj.get("progres")
    if type(progress) is dict:  # Pilkada: {total, persen, progres}
        done, total = progress.get("progres"), progress.get("total")
        percent = progress.get("persen")
        # _count and _percent inline (a million rows): a count is a plain int in range
        return ResultRow(votes, done if type(done) is int and 0 <= done <= MAX_COUNT else None,
                         total if type(total) is int and 0 <= total <= MAX_COUNT else None,
                         percent if type(percent) is Decimal else _percent(percent),
                         valid, source)
    row = ResultRow(votes=votes, valid_votes=valid, source=source)
    if "persen" in obj:  # Pemilu: persen is the TPS progress percent
        row.progress_percent = _percent(obj.get("persen"))
    return row


def _race(election: str, kind: str, region: str) -> tuple[str, str, str]:
    return (election, kind, region)


def parse_tally(batch: Batch, quirks: Counter, segment: str, code: str, data: object,
                source: str) -> None:
    """One tally file for region `code` ("" = national) of `segment` (pkwkp | pkwkk | ppwp)."""
    kind = SEGMENTS[segment]
    election = KINDS[kind][0]
    if not isinstance(data, dict):
        raise ShapeError("not an object")
    if "mode" not in data:
        quirks["mode_missing"] += 1
    as_of = parse_time(data.get("ts"))
    if election == "pilkada2024":
        body = data.get("tungsura")
        if not isinstance(body, dict):
            raise ShapeError("no tungsura")
    else:
        body = data
        if "chart" not in body:
            raise ShapeError("no chart")
    chart, table = body.get("chart"), body.get("table")
    if table is not None and not isinstance(table, dict):
        raise ShapeError("table is not an object")
    if kind == "president":
        add_president_candidates(batch)
        race_of = lambda area: _race(election, kind, "")  # noqa: E731
    elif kind == "governor":
        race_of = lambda area: _race(election, kind, code[:2])  # noqa: E731
    else:
        race_of = lambda area: _race(election, kind, area[:4])  # noqa: E731

    if chart is None:
        quirks["chart_null"] += 1  # no figures published yet (an empty TPS record, say)
    elif not isinstance(chart, dict):
        raise ShapeError("chart is not an object")
    elif kind == "regent_mayor" and len(code) == 2:
        # The province overview of regent/mayor races: each row is its own race, so the
        # province-wide chart is TPS progress only and belongs to no race.
        quirks["progress_only_chart"] += 1
    else:
        valid = _valid_votes(data, quirks)
        row = _figures(chart, quirks, source, valid)
        if valid is not None and row.votes and sum(row.votes.values()) != valid:
            quirks["votes_not_suara_sah"] += 1  # kept as published: a C1 digitising error
        _add(batch, quirks, race_of(code), code, as_of, row)
    for area, item in (table or {}).items():
        if type(item) is not dict or not area.startswith(code) or \
                not (area.isdigit() or is_code(area)):
            quirks["bad_table_row"] += 1
            continue
        _add(batch, quirks, race_of(area), area, as_of, _figures(item, quirks, source))


def _valid_votes(data: dict, quirks: Counter) -> int | None:
    admin = data.get("administrasi")
    if isinstance(admin, dict):
        return _count(admin.get("suara_sah"))
    return None


def _add(batch: Batch, quirks: Counter, race: tuple, area: str, as_of: datetime,
         row: ResultRow) -> None:
    if not row.votes:
        if row.progress_total is None and row.progress_percent is None:
            quirks["no_figures"] += 1  # nothing at all to record (chart {"null": null})
            return
        quirks["progress_without_votes"] += 1  # TPS progress is still a fact worth keeping
    batch.add_result(race, area, "sirekap", as_of, row)


def add_president_candidates(batch: Batch) -> None:
    race = _race("pemilu2024", "president", "")
    if race not in batch.candidates:
        for cid, (nomor, name) in PRESIDENT_CANDIDATES.items():
            batch.add_candidate(race, cid, nomor, name, False)


def parse_paslon(batch: Batch, quirks: Counter, segment: str, data: object) -> None:
    """paslon/pkwkp.json (keyed by 2-digit province) or pkwkk.json (4-digit kab/kota)."""
    kind = SEGMENTS[segment]
    width = 2 if kind == "governor" else 4
    if not isinstance(data, dict):
        raise ShapeError("not an object")
    for region, pairs in data.items():
        if not (region.isdigit() and len(region) == width and isinstance(pairs, dict)):
            quirks["bad_paslon_entry"] += 1
            continue
        race = _race("pilkada2024", kind, region)
        for cid, pair in pairs.items():
            name = pair.get("nama") if isinstance(pair, dict) else None
            nomor = _count(pair.get("nomor_urut")) if isinstance(pair, dict) else None
            if not cid.isdigit() or not isinstance(name, str) or nomor is None:
                quirks["bad_paslon_entry"] += 1
                continue
            empty = name.strip().rstrip("-").strip().upper() == _EMPTY_BOX
            if empty:
                quirks["empty_box"] += 1
                name = _EMPTY_BOX
            batch.add_candidate(race, cid, nomor, name.strip(), empty)


def parse_region_list(batch: Batch, quirks: Counter, election: str, data: object) -> None:
    """[{nama, id, kode, tingkat}] as /wilayah/... serves it."""
    if not isinstance(data, list):
        raise ShapeError("not a list")
    for item in data:
        code = item.get("kode") if isinstance(item, dict) else None
        name = item.get("nama") if isinstance(item, dict) else None
        if not is_code(code) or not isinstance(name, str):
            quirks["bad_region_entry"] += 1
            continue
        if name != name.strip():
            quirks["region_name_padded"] += 1
        batch.add_region(code, name, election, level=_count(item.get("tingkat")))

