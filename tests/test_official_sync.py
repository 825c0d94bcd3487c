"""The live client against httpx.MockTransport serving the real data in tests/data by the real Sirekap
URL paths: headers, politeness, retries with backoff, failures, resume."""

from __future__ import annotations

import httpx
import pytest

from checker.errors import CheckError
from checker.official import Race, import_sirekap_tree, load_record
from checker.official.store import Store
from checker.official.sync import sync
from official_helpers import PEMILU, SirekapServer, mock_client

DKI = Race("pilkada2024", "governor", "31")
HOST = "https://sirekappilkada-obj-data.kpu.go.id"
DKI_URL = f"{HOST}/pilkada/hhcw/pkwkp/31.json"
KAB_URL = f"{HOST}/pilkada/hhcw/pkwkp/31/3171.json"


@pytest.fixture()
def store(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    yield store
    store.close()


def _sync(store, server, election="pilkada2024", region=None, **kw):
    delays = []

    async def no_wait(seconds):
        delays.append(seconds)

    summary = sync(store, election, region, client=mock_client(server), sleep=no_wait, **kw)
    return summary, delays


def test_whole_pilkada_sync_matches_the_snapshot(store):
    server = SirekapServer()
    seen = []
    summary, _ = _sync(store, server, progress=lambda done, total: seen.append((done, total)))
    assert summary.failed == [] and summary.missing == []
    assert server.peak <= 4  # polite: never more than 4 requests in flight
    assert summary.fetched == len(server.requests) == 1132
    assert seen[-1] == (1132, 1132)
    counts = store.counts()
    assert counts["races"] == 545 and counts["candidates"] == 1594
    assert counts["results"] == 16203 - 7  # the snapshot minus the DKI 01:00 WIB copy
    best = load_record(store).best(DKI)
    assert best.votes["1000025"] == 2181939 and best.source == DKI_URL
    for request in server.requests:
        assert request.headers["referer"] == "https://pilkada2024.kpu.go.id/"
        assert request.headers["origin"] == "https://pilkada2024.kpu.go.id"


def test_region_only_and_second_run_skips_done_work(store):
    server = SirekapServer()
    summary, _ = _sync(store, server, region="31")
    urls = server.urls()
    assert DKI_URL in urls and KAB_URL in urls
    assert not any("/pkwkp/32" in u or "/pkwkk/" in u for u in urls if "hhcw" in u)
    again = SirekapServer()
    summary, _ = _sync(store, again, region="31")
    assert again.requests == [] and summary.skipped == len(urls)
    refreshed = SirekapServer()
    summary, _ = _sync(store, refreshed, region="31", refresh=True)
    assert len(refreshed.requests) == len(urls)


def test_kab_region_fetches_only_that_kab(store):
    server = SirekapServer()
    _sync(store, server, region="7505")
    tallies = [u for u in server.urls() if "/hhcw/" in u]
    assert sorted(tallies) == [f"{HOST}/pilkada/hhcw/pkwkk/75/7505.json",
                               f"{HOST}/pilkada/hhcw/pkwkp/75/7505.json"]


def test_503_and_403_then_success_with_backoff(store):
    server = SirekapServer({DKI_URL: [503, 403, 503], KAB_URL: ["timeout"]})
    summary, delays = _sync(store, server, region="31")
    assert summary.failed == []
    assert server.urls().count(DKI_URL) == 4 and server.urls().count(KAB_URL) == 2
    assert sorted(delays) == [0.5, 0.5, 1.0, 2.0]  # exponential backoff per URL
    assert load_record(store).best(DKI).votes["1000023"] == 1717245


def test_bounded_retries_then_failure_and_resume(store):
    server = SirekapServer({DKI_URL: [503] * 10, KAB_URL: ["timeout"] * 10})
    summary, delays = _sync(store, server, region="31")
    failed = {url: exc.code for url, exc in summary.failed}
    assert failed == {DKI_URL: "sync_http_status", KAB_URL: "timeout"}
    assert server.urls().count(DKI_URL) == 5  # 1 try + 4 retries, then give up
    assert max(delays) == 4.0
    assert summary.fetched > 0  # the rest was stored
    assert load_record(store).best(DKI, "3172") is not None
    resumed = SirekapServer()
    summary, _ = _sync(store, resumed, region="31")
    assert sorted(resumed.urls()) == sorted([DKI_URL, KAB_URL])
    assert summary.failed == []
    assert load_record(store).best(DKI).votes["1000025"] == 2181939


def test_corrupt_response_is_a_failure_not_half_written(store):
    class Broken(SirekapServer):
        async def __call__(self, request):
            if str(request.url) == DKI_URL:
                return httpx.Response(200, content=b'{"tungsura": ')
            return await super().__call__(request)

    summary, _ = _sync(store, Broken(), region="31")
    assert [(u, e.code) for u, e in summary.failed] == [(DKI_URL, "official_file_corrupt")]
    assert not store.db.execute("SELECT 1 FROM fetched WHERE url = ?", (DKI_URL,)).fetchone()


def test_pemilu_sync_with_known_regions(store):
    import_sirekap_tree(store, PEMILU / "wilayah_ppwp_pemilu2024.csv")
    server = SirekapServer()
    summary, _ = _sync(store, server, "pemilu2024")
    assert summary.failed == []
    assert "https://sirekap-obj-data.kpu.go.id/pemilu/hhcw/ppwp/11/1101.json" in server.urls()
    for request in server.requests:
        assert request.headers["referer"] == "https://pemilu2024.kpu.go.id/"
    record = load_record(store)
    president = record.race_for("pemilu2024", "president", "")
    assert record.best(president).votes["100026"] == 75357899
    assert record.best(president, "1101").source.endswith("/pemilu/hhcw/ppwp/11/1101.json")
    assert summary.missing  # province files are not in the samples: 404 is "not published"


def test_bad_arguments(store):
    with pytest.raises(CheckError) as caught:
        sync(store, "pilpres2019")
    assert caught.value.code == "official_unknown_election"
    with pytest.raises(CheckError) as caught:
        sync(store, "pilkada2024", "31x")
    assert caught.value.code == "official_unknown_region"
    with pytest.raises(CheckError) as caught:
        _sync(store, SirekapServer(), region="3199")
    assert caught.value.code == "official_unknown_region"
