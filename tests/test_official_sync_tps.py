"""`official sync --tps` on httpx.MockTransport: a Sirekap-shaped tree down to TPS level
(benchmarks/make_fullscale.py, province 31 at a small scale) served by the real endpoint
paths; the sync walks the kecamatan, desa and TPS lists and stores every TPS's figures, at
most 4 requests in flight, and a second run fetches nothing."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from checker.errors import CheckError
from checker.official import StoreRecord
from checker.official.store import Store
from checker.official.sync import sync
from checker.retrieve.fetch import json_client

ROOT = Path(__file__).resolve().parent.parent
HOST = "sirekappilkada-obj-data.kpu.go.id"


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    out = tmp_path_factory.mktemp("tps-tree") / "tree"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_fullscale.py"), str(out),
                    "--scale", "0.01", "--provinces", "31"], check=True, capture_output=True)
    return out


class TreeServer:
    """Serves the generated tree by Sirekap's URL paths; counts requests in flight."""

    def __init__(self, tree: Path) -> None:
        self.tree, self.urls, self.in_flight, self.peak = tree, [], 0, 0

    def file(self, path: str) -> Path | None:
        if path.startswith("/pilkada/paslon/"):
            return self.tree / "paslon" / path.rsplit("/", 1)[1]
        if path.startswith("/wilayah/pilkada/pkwkp/"):
            return self.tree / "wilayah" / "pilkada" / "pkwkp" / path[len("/wilayah/pilkada/pkwkp/"):]
        if path.startswith("/pilkada/hhcw/pkwkp/"):
            parts = path[len("/pilkada/hhcw/pkwkp/"):-len(".json")].split("/")
            if len(parts) in (1, 2):  # the generator keeps pkwkp/31/31.json, pkwkp/31/3171/3171.json
                parts = parts + [parts[-1]]
            return self.tree / "pkwkp" / "/".join(parts[:-1]) / f"{parts[-1]}.json"
        return None

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(0)
            file = self.file(request.url.path) if request.url.host == HOST else None
            if file is None or not file.is_file():
                return httpx.Response(404, text="not found")
            return httpx.Response(200, content=file.read_bytes())
        finally:
            self.in_flight -= 1


def test_sync_reaches_every_tps_of_a_kab(tree, tmp_path):
    db = tmp_path / "db.sqlite3"
    store = Store(db)
    server = TreeServer(tree)
    summary = sync(store, "pilkada2024", "3171", tps=True,
                   client=json_client(transport=httpx.MockTransport(server)),
                   sleep=lambda s: asyncio.sleep(0))
    assert not summary.failed and server.peak <= 4
    tps_files = sorted(p.stem for p in (tree / "pkwkp" / "31" / "3171").rglob("*.json")
                       if len(p.stem) == 13)
    assert len(tps_files) >= 10
    stored = {a for (a,) in store.db.execute(
        "SELECT DISTINCT area FROM results WHERE length(area) = 13")}
    assert stored == set(tps_files)
    assert not any("/3172" in u for u in server.urls)  # only the kab asked for
    record = StoreRecord(db)
    race = record.race_for("pilkada2024", "governor", "31")
    one = tps_files[0]
    assert record.best(race, one).votes and record.region(one[:10]) is not None
    assert [r.code for r in record.children(one[:10])][0] == one[:10] + "001"
    again = TreeServer(tree)
    second = sync(store, "pilkada2024", "3171", tps=True,
                  client=json_client(transport=httpx.MockTransport(again)))
    assert second.fetched == 0 and again.urls == [] and second.skipped == len(server.urls)
    store.close()


def test_tps_needs_a_region(tmp_path):
    with Store(tmp_path / "db.sqlite3") as store, pytest.raises(CheckError) as caught:
        sync(store, "pilkada2024", None, tps=True,
             client=json_client(transport=httpx.MockTransport(lambda r: httpx.Response(404))))
    assert caught.value.code == "official_unknown_region"
