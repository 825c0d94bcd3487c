"""The presidential tree of benchmarks/make_fullscale.py (`--election pemilu`): real codes,
names and TPS counts from Sirekap's region tree in tests/data, the endpoint's shapes, sums that
agree at every level; and with a governor tree in the same store, both races answered at TPS
level (issue 12 §3: both elections in one store)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from checker.official import StoreRecord, import_sirekap_tree
from checker.official.store import Store

ROOT = Path(__file__).resolve().parent.parent
MAKE = ROOT / "benchmarks" / "make_fullscale.py"
PEMILU = ROOT / "tests" / "data" / "sirekap-pemilu2024-aggregates.tar.xz"


def _regions() -> dict[str, dict]:
    with tarfile.open(PEMILU) as tar:
        text = tar.extractfile("sirekap-pemilu2024-aggregates/wilayah_ppwp_pemilu2024.csv")
        return {r["kode"]: r for r in csv.DictReader(io.StringIO(text.read().decode()))}


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    base = tmp_path_factory.mktemp("both")
    pemilu, pilkada = base / "pemilu", base / "pilkada"
    subprocess.run([sys.executable, str(MAKE), str(pemilu), "--election", "pemilu",
                    "--scale", "0.05", "--provinces", "36"], check=True, capture_output=True)
    subprocess.run([sys.executable, str(MAKE), str(pilkada), "--scale", "0.01",
                    "--provinces", "36"], check=True, capture_output=True)
    return pemilu, pilkada


def test_real_desa_with_their_real_tps_counts(trees):
    pemilu, _ = trees
    regions = _regions()
    desa_files = [p for p in (pemilu / "pemilu" / "hhcw" / "ppwp").rglob("*.json")
                  if len(p.stem) == 10]
    assert desa_files
    for path in desa_files:
        doc = json.loads(path.read_text())
        real = regions[path.stem]
        tps = sorted(p.stem for p in (path.parent / path.stem).glob("*.json"))
        assert len(tps) == int(real["jumlah_tps"])  # every TPS of the desa, no more
        assert set(doc["table"]) <= set(tps)  # an empty TPS has no row
        for cid in ("100025", "100026", "100027"):
            assert doc["chart"][cid] == sum(row[cid] for row in doc["table"].values())
    listed = json.loads((pemilu / "wilayah" / "pemilu" / "ppwp" / "36.json").read_text())
    assert {r["kode"] for r in listed} == {c for c, r in regions.items()
                                          if r["kode_induk"] == "36"}
    assert all(r["nama"] == regions[r["kode"]]["nama"] for r in listed)


def test_national_figures_are_the_sum_of_the_tps(trees):
    pemilu, _ = trees
    national = json.loads((pemilu / "pemilu" / "hhcw" / "ppwp.json").read_text())["chart"]
    total = {cid: 0 for cid in ("100025", "100026", "100027")}
    for path in (pemilu / "pemilu" / "hhcw" / "ppwp").rglob("*.json"):
        if len(path.stem) == 13:
            chart = json.loads(path.read_text())["chart"] or {}
            for cid in total:
                total[cid] += chart.get(cid, 0)
    assert {cid: national[cid] for cid in total} == total and sum(total.values()) > 0


def test_both_elections_in_one_store_at_tps_level(trees, tmp_path):
    pemilu, pilkada = trees
    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        first = import_sirekap_tree(store, pilkada)
        second = import_sirekap_tree(store, pemilu)
        assert not first.skipped and not second.skipped
    record = StoreRecord(db)
    try:
        president = record.race_for("pemilu2024", "president", "")
        governor = record.race_for("pilkada2024", "governor", "36")
        tps = next(p for p in (pemilu / "pemilu").rglob("*.json") if len(p.stem) == 13
                   and json.loads(p.read_text())["chart"])
        chart = json.loads(tps.read_text())["chart"]
        assert record.best(president, tps.stem).votes == {
            cid: chart[cid] for cid in ("100025", "100026", "100027")}
        gov_tps = next(p.stem for p in (pilkada / "pkwkp").rglob("*.json") if len(p.stem) == 13)
        assert record.best(governor, gov_tps) is not None
        assert record.region(tps.stem).name == f"TPS {tps.stem[-3:]}"
        desa = _regions()[tps.stem[:10]]
        # every spelling is kept (the synthetic governor tree may reuse a desa code)
        assert " ".join(desa["nama"].split()) in {
            " ".join(n.split()) for n in record.names_of(tps.stem[:10])}
    finally:
        record.close()


def test_a_large_kab_kota_keeps_two_digit_kecamatan_codes(tmp_path, monkeypatch):
    """More than 99 kecamatan would make 7-digit codes that nest nowhere (the full-scale tree
    had them under Bogor, 7,908 TPS, and the import skipped them as not Sirekap): the
    generator puts more desa in each kecamatan instead."""
    sys.path.insert(0, str(MAKE.parent))
    try:
        import make_fullscale
    finally:
        sys.path.remove(str(MAKE.parent))
    monkeypatch.setattr(make_fullscale, "DESA_PER_KEC", 1)  # 120 desa: 120 kecamatan asked
    pairs = [("1", 1, "A"), ("2", 2, "B")]
    tree = tmp_path / "tree"
    make_fullscale.write(tree / "paslon" / "pkwkp.json",
                         {"32": {c: {"nama": n, "nomor_urut": i} for c, i, n in pairs}})
    make_fullscale.kab_tree(tree, "32", "3201", 300, pairs)
    kecamatan = [p.name for p in (tree / "pkwkp" / "32" / "3201").iterdir() if p.is_dir()]
    assert len(kecamatan) == 99 and all(len(k) == 6 for k in kecamatan)
    with Store(tmp_path / "db.sqlite3") as store:
        summary = import_sirekap_tree(store, tree)
        assert not summary.skipped
        tps = store.db.execute("SELECT count(DISTINCT area) FROM results WHERE length(area) = 13")
        assert tps.fetchone()[0] == sum(1 for p in tree.rglob("*.json")
                                        if len(p.stem) == 13 and "pkwkp" in p.parts) == 300
