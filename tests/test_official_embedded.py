"""The embedded default: shipped data loaded into an empty store on first use, the store
path, load_record speed, and the wheel carrying the data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

from checker.official import Race, default_record, load_record, open_store
from checker.official.embedded import embedded_files, ensure_embedded
from checker.official.store import Store
from checker.paths import official_db_path

ROOT = Path(__file__).resolve().parent.parent
DKI = Race("pilkada2024", "governor", "31")


def test_store_path_precedence(monkeypatch, tmp_path):
    monkeypatch.delenv("CEKRESMI_DB", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert official_db_path() == tmp_path / ".local/share/cekresmi/cekresmi.sqlite3"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert official_db_path() == tmp_path / "xdg/cekresmi/cekresmi.sqlite3"
    monkeypatch.setenv("CEKRESMI_DB", str(tmp_path / "env.sqlite3"))
    assert official_db_path() == tmp_path / "env.sqlite3"
    assert official_db_path(tmp_path / "flag.sqlite3") == tmp_path / "flag.sqlite3"


def test_embedded_data_is_small():
    record, rekap = embedded_files()
    assert record.stat().st_size < 3_000_000 and rekap.is_file()


def test_first_use_loads_embedded_data_once(tmp_path):
    db = tmp_path / "fresh" / "cekresmi.sqlite3"
    record = default_record(db)
    assert db.is_file()
    assert len(record.races("pilkada2024", "governor")) == 37
    assert len(record.races("pilkada2024", "regent_mayor")) == 508
    best = record.best(DKI)
    assert best.tier == "rekap" and best.votes["1000025"] == 2183239
    sirekap = record.best(DKI, tier="sirekap")
    assert sirekap.votes["1000025"] == 2181939 and sirekap.progress_done == 14825
    jabar = record.best(record.race_for("pilkada2024", "governor", "32"))
    assert sorted(jabar.votes.values()) == [2116017, 2204452, 4260072, 14130192]
    jatim = record.best(record.race_for("pilkada2024", "governor", "35"))
    assert jatim.tier == "rekap" and sum(jatim.votes.values()) == 1797332 + 12192165 + 6743095
    president = record.race_for("pemilu2024", "president", "")
    assert record.best(president, tier="sirekap").progress_percent == Decimal("78.11")
    national = record.best(president)  # KPU decree 360/2024, 20 Mar 2024
    assert national.tier == "rekap" and national.votes["100026"] == 96214691
    assert sum(national.votes.values()) == 164227475
    assert record.region("31").name == "DKI JAKARTA" and record.region("3171") is not None
    with Store(db) as store:
        counts = store.counts()
        assert ensure_embedded(store) is False  # already in: nothing to do
        assert store.counts() == counts


def test_user_data_survives_and_embedded_merges(tmp_path):
    db = tmp_path / "db.sqlite3"
    with Store(db) as store:
        store.set_meta("note", "mine")
    with open_store(db) as store:
        assert store.meta("note") == "mine" and store.meta("embedded")


def test_load_record_reads_every_shipped_result(tmp_path):
    # How fast: benchmarks/bench_official.py (no timing assertions in unit tests).
    with open_store(tmp_path / "db.sqlite3") as store:
        record = load_record(store)
    assert sum(len(v) for v in record.results.values()) > 18000


def test_wheel_ships_the_embedded_data(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "-q", "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    names = set(zipfile.ZipFile(next(tmp_path.glob("cekresmi-*.whl"))).namelist())
    for name in ("record.json.gz", "rekap_2024.csv"):
        assert f"checker/official/data/{name}" in names
    assert "checker/_data/reports/official.yaml" in names
