"""benchmarks/bench_import.py's floor must store the rows the import stores, for either
election's tree, or its ratio says nothing: it read Pilkada's `tungsura` only, so on the
presidential tree (top-level chart and table) it inserted no result at all. And `--into`
starts each run from a copy of a store that holds the other election already."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from checker.official import import_sirekap_tree
from checker.official.store import Store

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import bench_import
    finally:
        sys.path.remove(str(BENCH))
    return bench_import


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    base = tmp_path_factory.mktemp("bench")
    pemilu, pilkada = base / "pemilu", base / "pilkada"
    make = str(BENCH / "make_fullscale.py")
    subprocess.run([sys.executable, make, str(pemilu), "--election", "pemilu", "--scale", "0.01",
                    "--provinces", "65"], check=True, capture_output=True)
    subprocess.run([sys.executable, make, str(pilkada), "--scale", "0.005", "--provinces", "65"],
                   check=True, capture_output=True)
    governor = base / "governor.sqlite3"
    with Store(governor) as store:
        import_sirekap_tree(store, pilkada)
    return pemilu, pilkada, governor


def _results(db: Path) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT count(*) FROM results").fetchone()[0]


@pytest.mark.parametrize("election", ["pemilu", "pilkada"])
def test_the_floor_stores_the_rows_the_import_stores(bench, trees, tmp_path, election):
    tree = trees[0] if election == "pemilu" else trees[1]
    ours = bench._run("import", tree, tmp_path / "ours.sqlite3")
    floor = bench._run("floor", tree, tmp_path / "floor.sqlite3")
    assert ours["results"] > 0
    assert floor["results"] == ours["results"]


def test_into_starts_each_run_from_a_copy_of_the_other_tree(bench, trees, tmp_path):
    pemilu, _, governor = trees
    before = _results(governor)
    for mode in ("import", "floor"):
        db = tmp_path / f"{mode}.sqlite3"
        bench._start_from(governor, db)
        run = bench._run(mode, pemilu, db)
        assert run["results"] > 0  # the rows this tree added, not the store's total
        assert _results(db) == before + run["results"]
    assert _results(governor) == before  # the store given is never written
