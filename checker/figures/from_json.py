"""Claims from Sirekap-shaped JSON (SOURCES.md): Pilkada `tungsura.chart` / `tungsura.table`
keyed by candidate id with `progres {total, persen, progres}`; Pemilu top-level `chart` /
`table` with `persen`; the scraper-compiled `pkwkp/0.json` (a table per province, its
`persen: 0` an artefact); paslon files (id -> name and ballot number, no figures).

Candidate ids map exactly (ids are unique per race). The race and area come from the
resource's URL path (`.../pkwkp/31/31.json` -> governor race 31; `.../pkwkk/75/7501.json` ->
regent/mayor race 7501), else from the ids themselves, else from the key the shape sits under.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from checker.figures.collect import ELECTION_OF, Collector, Scope, race_region
from checker.analyse.page import Page
from checker.figures.matching import RegionHit
from checker.models import Snapshot
from checker.official.model import Race
from checker.analyse.pagedata import parse_json

__all__ = ["collect", "path_info"]

_SEGMENTS = {"pkwkp": "governor", "pkwkk": "regent_mayor", "ppwp": "president"}
_FLAT = re.compile(r"(pkwkp|pkwkk|ppwp)_(\d+)_(\d+)\.json$")
_CODE = re.compile(r"\d{2}|\d{4}|\d{6}|\d{10}|\d{13}")
_ID = re.compile(r"\d{5,9}")


def path_info(url: str | None) -> tuple[str, str] | None:
    """(race kind, area code) from a Sirekap-style path; area "" is the whole country."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    flat = _FLAT.search(path)
    if flat:
        return _SEGMENTS[flat.group(1)], flat.group(3)
    parts = [p for p in path.split("/") if p]
    for i in range(len(parts) - 1, -1, -1):
        segment = parts[i].removesuffix(".json")
        if segment in _SEGMENTS:
            tail = [p.removesuffix(".json") for p in parts[i + 1:]]
            if not tail:
                return _SEGMENTS[segment], ""           # /pemilu/hhcw/ppwp.json
            code = tail[-1]
            if code == "0":
                return _SEGMENTS[segment], ""           # pkwkp/0.json: national
            if _CODE.fullmatch(code) and all(_CODE.fullmatch(t) for t in tail):
                return _SEGMENTS[segment], code
            return None
    return None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def _percent(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None
    return Decimal(value)


def _walk(value: Any, visit, max_depth: int, max_nodes: int) -> None:
    """Call visit(dict, nearest enclosing key that looks like a region code) on the dicts in
    the JSON, outside in; a dict visit() recognises is not descended into. Iterative and
    bounded (deep or huge JSON from a hostile page)."""
    stack: list[tuple[Any, int, str | None]] = [(value, 0, None)]
    nodes = 0
    while stack and nodes < max_nodes:
        node, depth, code = stack.pop()
        nodes += 1
        if isinstance(node, dict):
            if visit(node, code):
                continue
            if depth < max_depth:
                for key, child in reversed(list(node.items())[:5000]):
                    if isinstance(child, (dict, list)):
                        child_code = key if isinstance(key, str) and _CODE.fullmatch(key) \
                            else code
                        stack.append((child, depth + 1, child_code))
        elif isinstance(node, list) and depth < max_depth:
            stack.extend((child, depth + 1, code) for child in reversed(node[:5000])
                         if isinstance(child, (dict, list)))


_VOTE_KEYS = ("suara", "votes", "jumlah", "total_suara", "perolehan")
_SHARE_KEYS = ("persen", "persentase", "percent", "percentage", "share", "pct")


def _entry(value: Any) -> tuple[int | None, Decimal | None]:
    """A candidate's figures: a bare count (Sirekap), or {"suara": ..., "persen": ...} (sites
    that republish it with shares)."""
    if _count(value) is not None:
        return value, None
    if isinstance(value, dict):
        votes = next((v for k in _VOTE_KEYS if _count(v := value.get(k)) is not None), None)
        share = next((_percent(v) for k in _SHARE_KEYS
                      if _percent(v := value.get(k)) is not None), None)
        return votes, share
    return None, None


def _has_ids(figures: Any) -> bool:
    return isinstance(figures, dict) and any(
        isinstance(k, str) and _ID.fullmatch(k) and _entry(v) != (None, None)
        for k, v in list(figures.items())[:50])


def _paslon(node: dict, names: dict[str, tuple[int | None, str]]) -> bool:
    """A paslon file: {region: {id: {nama, nomor_urut}}} or {id: {nama, nomor_urut}}."""
    found = False
    for key, value in list(node.items())[:5000]:
        if not isinstance(value, dict):
            continue
        inner = value.items() if not ("nama" in value and _ID.fullmatch(str(key))) \
            else [(key, value)]
        for cid, entry in inner:
            if isinstance(entry, dict) and isinstance(entry.get("nama"), str) \
                    and _ID.fullmatch(str(cid)):
                nomor = entry.get("nomor_urut")
                names[str(cid)] = (nomor if _count(nomor) is not None else None,
                                   entry["nama"])
                found = True
    return found


class _Reader:
    def __init__(self, out: Collector, names: dict[str, tuple[int | None, str]]) -> None:
        self.out = out
        self.names = names

    def tally(self, figures: dict, where: str, url: str | None, kind: str | None,
              area: str | None, ts: str | None, progress_percent: Any = None) -> None:
        """One chart or table row: votes per candidate id, and progress."""
        out = self.out
        entries = {k: _entry(v) for k, v in list(figures.items())[:500]
                   if isinstance(k, str) and _ID.fullmatch(k)}
        entries = {k: e for k, e in entries.items() if e != (None, None)}
        ids = list(entries)
        race = None
        if kind and area is not None:
            own = race_region(kind, area)
            race = Race(ELECTION_OF[kind], kind, own) if own is not None else None
        if out.record is not None and ids:
            known = [c for cid in ids if (c := out.matcher.by_id(cid, race)) is not None]
            if not known and race is not None:  # a path that does not fit its ids
                known = [c for cid in ids if (c := out.matcher.by_id(cid)) is not None]
            if known and (race is None or known[0].race != race):
                race = known[0].race  # the ids say which race (ids are unique per race)
                kind = race.kind
                if area is None or not area.startswith(race.region):
                    area = race.region
        region = self._region(area)
        scope = Scope(region=region, kind=kind, claim_type=out.scope.claim_type,
                      claimed_by=out.scope.claimed_by, page_time=ts or out.scope.page_time)
        for cid in ids:
            if out.full:
                return
            cand = out.matcher.by_id(cid, race) if out.record is not None else None
            nomor, name = self.names.get(cid, (None, None))
            votes, share = entries[cid]
            for kind_, value in (("votes", votes), ("share", share)):
                if value is not None:
                    out.add(kind_, value, "json", f'{where}: "{cid}": {figures[cid]}'[:200],
                            scope, candidate=cand, race=race, nomor=nomor, name=name,
                            source_url=url, candidate_id=cid if out.record is None else None)
        progres = figures.get("progres")
        if isinstance(progres, dict):
            done, total = _count(progres.get("progres")), _count(progres.get("total"))
            percent = _percent(progres.get("persen"))
            if done is not None and total and (percent is None or (percent == 0 and done)):
                # pkwkp/0.json says persen 0 beside real counts (a scraper artefact): the
                # counts are what the file states.
                percent = (Decimal(done) * 100 / Decimal(total)).quantize(Decimal("0.01"))
            if percent is not None:
                out.add("progress", percent, "json",
                        f"{where}: progres {json.dumps(progres, default=str)[:120]}", scope,
                        race=race, done=done, total=total, source_url=url)
        elif progress_percent is not None and _percent(progress_percent) is not None:
            out.add("progress", _percent(progress_percent), "json",
                    f"{where}: persen {progress_percent}", scope, race=race, source_url=url)

    def _region(self, area: str | None) -> RegionHit | None:
        if area is None:
            return None
        record = self.out.record
        region = record.region(area) if record is not None else None
        if region is not None:
            return RegionHit(region.code, region.name, region.level)
        return RegionHit(area, "", {2: 1, 4: 2}.get(len(area)))  # the code, from the URL

    def shape(self, node: dict, where: str, url: str | None, code: str | None) -> bool:
        info = path_info(url)
        kind, area = info if info else (None, code)
        ts = node.get("ts") if isinstance(node.get("ts"), str) else None
        tungsura = node.get("tungsura")
        if isinstance(tungsura, dict):                      # Pilkada
            chart, table = tungsura.get("chart"), tungsura.get("table")
            persen = None
        elif _has_ids(node.get("chart")) or (isinstance(node.get("table"), dict) and any(
                _has_ids(row) for row in list(node["table"].values())[:20])):
            chart, table = node.get("chart"), node.get("table")  # Pemilu
            persen = node.get("persen")
        else:
            return False
        if isinstance(chart, dict):
            self.tally(chart, f"{where} chart", url, kind, area, ts,
                       chart.get("persen", persen))
        if isinstance(table, dict):
            for row_code, row in list(table.items())[:2000]:
                if self.out.full:
                    break
                if isinstance(row, dict) and isinstance(row_code, str) and \
                        _CODE.fullmatch(row_code):
                    self.tally(row, f"{where} table[{row_code}]", url, kind, row_code, ts,
                               row.get("persen"))
        return True


def _path(url: str) -> str:
    try:  # a recorded resource URL may be anything ("http://[::1/x.json" is a ValueError)
        return urlsplit(url).path
    except ValueError:
        return ""


def _sources(out: Collector, page: Page, snapshot: Snapshot) -> list[tuple[str, Any, str | None]]:
    """(label, parsed JSON, URL) for the page's inline JSON and the JSON resources it loaded."""
    figures = out.figures
    found: list[tuple[str, Any, str | None]] = []
    for label, value in page.json_blobs:
        found.append((label, value, snapshot.final_url if label == "body" else None))
    for resource in snapshot.resources[:figures.param("max_resources")]:
        looks_json = ("json" in resource.content_type.lower()
                      or _path(resource.url).endswith(".json")
                      or resource.body[:64].lstrip()[:1] in (b"{", b"["))
        if not looks_json or not 200 <= resource.status < 300:
            continue
        value = parse_json(resource.body, figures.param("max_json_bytes"))
        if isinstance(value, (dict, list)):
            found.append((resource.url, value, resource.url))
    return found


def collect(out: Collector, page: Page, snapshot: Snapshot) -> None:
    figures = out.figures
    sources = _sources(out, page, snapshot)
    depth, nodes = figures.param("max_json_depth"), figures.param("max_json_nodes")
    # Paslon files first: they name the ids the tallies use (useful without a record).
    names: dict[str, tuple[int | None, str]] = {}
    for _, value, _ in sources:
        _walk(value, lambda node, _code: not node.get("tungsura") and _paslon(node, names),
              min(depth, 3), nodes)
    reader = _Reader(out, names)
    for label, value, url in sources:
        if out.full:
            return
        where = label if url is None else "/".join(_path(url).split("/")[-3:])
        _walk(value, lambda node, code, where=where, url=url:
              out.full or reader.shape(node, where, url, code), depth, nodes)
