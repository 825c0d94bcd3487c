"""`official sync pemilu2024 3101 --tps` on httpx.MockTransport: Pemilu 2024's presidential
tallies down to every TPS of a kab/kota (Kepulauan Seribu, 88 TPS), served by the real
Sirekap URL paths from real data in tests/data: the region lists of the shipped samples and
of the full region tree (wilayah_ppwp_pemilu2024.csv, whose TPS counts say how many TPS each
desa has), and the raw TPS responses (sirekap-pemilu2024-tps-samples/tingkat6_1000data)."""

from __future__ import annotations

import asyncio
import csv
import json
import re

import httpx

from checker.official import StoreRecord
from checker.official.store import Store
from checker.official.sync import sync
from checker.retrieve.fetch import json_client
from official_helpers import PEMILU, PEMILU_HOST, TPS_SAMPLES

KAB = "3101"
TPS_DIR = TPS_SAMPLES / "tingkat6_1000data"


def _regions() -> dict[str, list[dict]]:
    """Region lists below the kab as Sirekap serves them ({nama, id, kode, tingkat}), from
    the region CSV; TPS lists from the TPS files there are."""
    lists: dict[str, list[dict]] = {}
    with open(PEMILU / "wilayah_ppwp_pemilu2024.csv", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            if row["kode"].startswith(KAB) and row["kode_induk"].startswith(KAB):
                lists.setdefault(row["kode_induk"], []).append(
                    {"nama": row["nama"], "id": int(row["sirekap_id"]), "kode": row["kode"],
                     "tingkat": int(row["tingkat"])})
    for file in sorted(TPS_DIR.glob(f"{KAB}*.json")):
        code = file.stem
        lists.setdefault(code[:10], []).append(
            {"nama": f"TPS {code[-3:]}", "id": int(code[-6:]), "kode": code, "tingkat": 5})
    return lists


class PemiluServer:
    def __init__(self) -> None:
        self.lists, self.urls, self.in_flight, self.peak = _regions(), [], 0, 0

    def body(self, path: str) -> bytes | None:
        if path.startswith("/wilayah/pemilu/ppwp/"):
            code = path.rsplit("/", 1)[1][:-len(".json")]
            if code in self.lists:
                return json.dumps(self.lists[code]).encode()
            shipped = PEMILU / "wilayah_samples" / path[1:]
            return shipped.read_bytes() if shipped.is_file() else None
        if m := re.fullmatch(r"/pemilu/hhcw/ppwp/(?:\d+/)*(\d{13})\.json", path):
            tps = TPS_DIR / f"{m[1]}.json"
            return tps.read_bytes() if tps.is_file() else None
        if path.startswith("/pemilu/hhcw/"):
            shipped = PEMILU / path[1:]
            return shipped.read_bytes() if shipped.is_file() else None
        return None

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0)
            body = self.body(request.url.path) if request.url.host == PEMILU_HOST else None
            return httpx.Response(404, text="not found") if body is None else \
                httpx.Response(200, content=body)
        finally:
            self.in_flight -= 1


def test_pemilu_sync_reaches_every_tps_of_a_kab(tmp_path):
    db = tmp_path / "db.sqlite3"
    store = Store(db)
    server = PemiluServer()
    summary = sync(store, "pemilu2024", KAB, tps=True,
                   client=json_client(transport=httpx.MockTransport(server)),
                   sleep=lambda s: asyncio.sleep(0))
    assert not summary.failed and server.peak <= 4
    tps_codes = {file.stem for file in TPS_DIR.glob(f"{KAB}*.json")}
    assert len(tps_codes) == 88  # the region CSV's TPS counts for the six desa: 18+27+8+7+18+10
    # Seven of them had published no figures yet when sampled ("chart": null): fetched,
    # remembered as done, and holding no result.
    published = {c for c in tps_codes
                 if json.loads((TPS_DIR / f"{c}.json").read_bytes()).get("chart") is not None}
    assert len(published) == 81 and summary.quirks["chart_null"] == 7
    stored = {a for (a,) in store.db.execute(
        "SELECT DISTINCT area FROM results WHERE length(area) = 13")}
    assert stored == published
    fetched = {u.rsplit("/", 1)[1][:-5] for (u,) in store.db.execute(
        "SELECT url FROM fetched WHERE status = 200 AND url LIKE '%/hhcw/%'")}
    assert tps_codes <= fetched
    # Only the kab asked for: no other kab's lists or tallies.
    assert not any(re.search(r"/31/31(?!01)\d\d", u) for u in server.urls)
    assert any(u.endswith("/pemilu/hhcw/ppwp/31/3101/310101/3101011001/3101011001001.json")
               for u in server.urls)

    record = StoreRecord(db)
    president = record.race_for("pemilu2024", "president", "")
    first = record.best(president, "3101011001001")
    # The figures of that TPS's raw response (its "chart"), and where they came from.
    assert first.votes == {"100025": 83, "100026": 107, "100027": 38}
    assert first.source.endswith("/3101011001001.json")
    assert record.region("3101011001") is not None
    assert [r.code for r in record.children("3101011001")][:2] == ["3101011001001",
                                                                   "3101011001002"]

    again = PemiluServer()
    second = sync(store, "pemilu2024", KAB, tps=True,
                  client=json_client(transport=httpx.MockTransport(again)))
    assert second.fetched == 0 and again.urls == [] and second.skipped == len(server.urls)
    store.close()
