"""The record answered on demand (lookup.StoreRecord) against the whole record in memory
(load_record): same answers for every race and area of the shipped data, nothing loaded up
front but the regions pages name and the candidate pairs, read-only, deeper regions by query."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from checker.official import StoreRecord, default_record, load_record, open_store
from checker.official.model import Region
from checker.official.store import Batch, ResultRow, Store
from checker.official.sirekap import parse_time


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    db = tmp_path_factory.mktemp("lookup") / "db.sqlite3"
    with open_store(db) as store:
        memory = load_record(store)
    lazy = StoreRecord(db)
    yield memory, lazy
    lazy.close()


def test_same_answers_as_the_whole_record_in_memory(both):
    memory, lazy = both
    assert set(lazy.races()) == set(memory.races())
    assert lazy.races("pilkada2024", "governor") and \
        set(lazy.races("pilkada2024", "governor")) == set(memory.races("pilkada2024", "governor"))
    for (race, area), _ in memory.results.items():
        assert lazy.race_for(race.election, race.kind, race.region) == race
        assert lazy.candidates_of(race) == memory.candidates_of(race)
        assert lazy.results_for(race, area) == memory.results_for(race, area)
        for tier in (None, "sirekap", "rekap"):
            assert lazy.best(race, area, tier) == memory.best(race, area, tier)
    for code in memory.regions:
        assert lazy.region(code) == memory.region(code)
        assert lazy.names_of(code) == memory.names_of(code)
    assert lazy.region("nope") is None and lazy.names_of("nope") == ()
    assert lazy.race_for("pilkada2024", "governor", "00") is None


def test_only_named_regions_and_pairs_are_loaded_up_front(both):
    memory, lazy = both
    assert {r.level for r in lazy.regions.values()} <= {0, 1, 2}
    assert {c for c, r in memory.regions.items() if r.level <= 2} == set(lazy.regions)
    fresh = StoreRecord(lazy.path)
    assert not fresh._results  # no result is read before a claim asks for it
    race = next(iter(memory.results))[0]
    assert fresh.best(race) == memory.best(race) and len(fresh._results) == 1
    fresh.close()


def test_the_record_is_read_only(both):
    _, lazy = both
    with pytest.raises(sqlite3.OperationalError):
        lazy._db.execute("DELETE FROM results")


def test_deeper_regions_and_tps_results_by_query(tmp_path):
    db = tmp_path / "db.sqlite3"
    batch = Batch()
    batch.add_region("3171", "KOTA JAKARTA PUSAT", "pilkada2024")
    batch.add_region("317101", "GAMBIR", "pilkada2024")
    batch.add_region("3171011001", "GAMBIR", "pilkada2024")
    batch.add_region("3171011002", "CIDENG", "pilkada2024")
    batch.add_region("3171011001001", "TPS 001", "pilkada2024")
    race = ("pilkada2024", "governor", "31")
    batch.add_candidate(race, "1000025", 3, "PRAMONO - RANO", False)
    batch.add_result(race, "3171011001001", "sirekap", parse_time("2024-11-28 10:00:05"),
                     ResultRow(votes={"1000025": 101}))
    with Store(db) as store, store.transaction():
        store.write(batch)
    record = StoreRecord(db)
    assert "317101" not in record.regions and "3171" in record.regions
    assert record.region("317101") == Region("317101", "GAMBIR", 3, "3171")
    assert [r.code for r in record.children("317101")] == ["3171011001", "3171011002"]
    assert record.children("3171011001")[0].name == "TPS 001"
    assert record.names_of("3171011002") == ("CIDENG",)
    (found,) = record.results_for(record.race_for(*race), "3171011001001")
    assert found.votes == {"1000025": 101}
    plan = record._db.execute("EXPLAIN QUERY PLAN SELECT code FROM regions WHERE parent = ?",
                              ("317101",)).fetchall()
    assert "regions_parent" in str(plan)  # an index, not a scan of every region
    plan = record._db.execute("EXPLAIN QUERY PLAN SELECT code FROM regions WHERE level <= 2")
    assert "regions_level" in str(plan.fetchall())  # opening reads the named levels only


def test_default_record_is_answered_on_demand(tmp_path):
    record = default_record(tmp_path / "db.sqlite3")
    assert isinstance(record, StoreRecord)
    assert record.best(record.race_for("pilkada2024", "governor", "31")) is not None


def test_both_elections_at_tps_level_in_one_store(tmp_path):
    """Pilkada TPS (a generated Banten tree, benchmarks/make_fullscale.py) and Pemilu TPS (the
    real samples) in one store, each answered on demand with its KPU page."""
    import subprocess
    import sys

    from checker.official import import_sirekap_tree
    from checker.official.pages import official_page
    from official_helpers import TPS_SAMPLES

    root = Path(__file__).resolve().parent.parent
    tree = tmp_path / "tree"
    subprocess.run([sys.executable, str(root / "benchmarks" / "make_fullscale.py"), str(tree),
                    "--scale", "0.01", "--provinces", "36"], check=True, capture_output=True)
    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        import_sirekap_tree(store, tree)
        import_sirekap_tree(store, TPS_SAMPLES / "tingkat6_1000data")
    record = StoreRecord(db)
    governor = record.race_for("pilkada2024", "governor", "36")
    president = record.race_for("pemilu2024", "president", "")
    pilkada_tps = next(p.stem for p in tree.rglob("*.json") if len(p.stem) == 13
                       and "pkwkp" in p.parts)
    assert record.best(governor, pilkada_tps).votes
    assert record.best(president, "3173011006272").votes == {
        "100025": 72, "100026": 109, "100027": 35}
    page = official_page("pilkada2024", "governor", pilkada_tps, record)
    assert page.startswith("https://pilkada2024.kpu.go.id/pilgub/banten/") and \
        page.endswith(f"/{pilkada_tps[:6]}/{pilkada_tps[:10]}/{pilkada_tps}")
    record.close()


def test_threads_share_one_record(both):
    """The web service's threads share the record: answers stay right under contention,
    with caches smaller than what is asked (evictions while others read)."""
    from concurrent.futures import ThreadPoolExecutor

    memory, lazy = both
    fresh = StoreRecord(lazy.path)
    fresh._results.size = 7
    keys = list(memory.results)[:300]

    def ask(i):
        return all(fresh.results_for(r, a) == memory.results_for(r, a)
                   for r, a in keys[i::8])

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(ask, range(8)))
    fresh.close()
