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
from functools import lru_cache

from checker.bounds import MAX_COUNT, count_ok
from checker.official.facts import KINDS, PRESIDENT_CANDIDATES, SEGMENTS, WIB
from checker.official.store import Batch, is_code

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


def _figures(obj: dict, quirks: Counter, source: str, valid: int | None = None) -> tuple:
    """A chart or a table row -> the fields of a ResultRow (votes per candidate id, TPS
    progress, valid votes, source) as a plain tuple. Runs once per area (a million times at
    full scale): plain type checks, no helper calls per key, no object but the tuple."""
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
        return (votes, done if type(done) is int and 0 <= done <= MAX_COUNT else None,
                total if type(total) is int and 0 <= total <= MAX_COUNT else None,
                percent if type(percent) is Decimal else _percent(percent), valid, source)
    # Pemilu: persen is the TPS progress percent (a Decimal as read: _percent inline)
    percent = obj.get("persen")
    if type(percent) is not Decimal and percent is not None:
        percent = _percent(percent)
    return (votes, None, None, percent, valid, source)


@lru_cache(maxsize=256)
def _as_of(text: str) -> str:
    """`ts` as the store's key: ISO 8601 in WIB. Cached: a Pilkada tree's files share few
    times. A few: each Pemilu TPS file has its own, so a cache of 65,536 filled with one
    entry per file (~15 MB of keys, values and links) and held them to the end (issue 12)."""
    if len(text) == 19 and text[4] == text[7] == "-" and text[10] == " " and \
            text[13] == text[16] == ":" and text.isascii():
        # the published form (YYYY-MM-DD HH:MM:SS): once fromisoformat reads it as valid,
        # its ISO text is the same characters (a TPS file's time is its own: few cache hits,
        # so no aware datetime is built for it)
        try:
            datetime.fromisoformat(text)
            return f"{text[:10]}T{text[11:]}+07:00"
        except ValueError:
            pass
    return parse_time(text).isoformat()


def parse_tally(batch: Batch, quirks: Counter, segment: str, code: str, data: object,
                source: str) -> None:
    """One tally file for region `code` ("" = national) of `segment` (pkwkp | pkwkk | ppwp).
    The file goes into the batch whole or not at all (a ShapeError leaves it as it was)."""
    kind = SEGMENTS[segment]
    election = KINDS[kind][0]
    if not isinstance(data, dict):
        raise ShapeError("not an object")
    if "mode" not in data:
        quirks["mode_missing"] += 1
    ts = data.get("ts")
    as_of = _as_of(ts) if type(ts) is str else parse_time(ts)  # the latter raises
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
    # The race of an area: one for the file, except regent/mayor (each kab/kota its own).
    race = (election, kind, "") if kind == "president" else \
        (election, kind, code[:2]) if kind == "governor" else None
    rows: dict[tuple, tuple] = {}
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
        if valid is not None and row[0] and sum(row[0].values()) != valid:
            quirks["votes_not_suara_sah"] += 1  # kept as published: a C1 digitising error
        if _kept(row, quirks):
            rows[(race or (election, kind, code[:4]), code, "sirekap", as_of)] = row
    for area, item in (table or {}).items():
        # area.isascii(): str.isdigit() is true of other scripts' digits too
        if type(item) is not dict or not area.startswith(code) or \
                not ((area.isdigit() and area.isascii()) or is_code(area)):
            quirks["bad_table_row"] += 1
            continue
        row = _figures(item, quirks, source)
        if _kept(row, quirks):
            rows[(race or (election, kind, area[:4]), area, "sirekap", as_of)] = row
    if kind == "president" and _PRESIDENT_RACE not in batch.candidates:  # once per batch
        add_president_candidates(batch)
    batch.results.update(rows)


def _valid_votes(data: dict, quirks: Counter) -> int | None:
    admin = data.get("administrasi")
    if isinstance(admin, dict):
        return _count(admin.get("suara_sah"))
    return None


def _kept(row: tuple, quirks: Counter) -> bool:
    """Whether an area's figures are worth a result (row: _figures's tuple)."""
    if not row[0]:
        if row[2] is None and row[3] is None:
            quirks["no_figures"] += 1  # nothing at all to record (chart {"null": null})
            return False
        quirks["progress_without_votes"] += 1  # TPS progress is still a fact worth keeping
    return True


_PRESIDENT_RACE = ("pemilu2024", "president", "")


def add_president_candidates(batch: Batch) -> None:
    race = _PRESIDENT_RACE
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
        race = ("pilkada2024", kind, region)
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
    """[{nama, id, kode, tingkat}] as /wilayah/... serves it; into the batch whole (a
    ShapeError leaves it as it was)."""
    if not isinstance(data, list):
        raise ShapeError("not a list")
    for item in data:
        code = item.get("kode") if type(item) is dict else None
        name = item.get("nama") if type(item) is dict else None
        # is_code, with the common all-digit case in C (a full-scale tree lists 1.2M regions)
        if type(name) is not str or not (type(code) is str and code.isascii() and (
                code.isdigit() or is_code(code))):
            quirks["bad_region_entry"] += 1
            continue
        if name != name.strip():
            quirks["region_name_padded"] += 1
        batch.add_region(code, name, election, level=_count(item.get("tingkat")))
