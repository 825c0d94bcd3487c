"""Plenary recapitulation CSV: strict validation with the line named, all or nothing, and
best() preferring the legal (rekap) figure over Sirekap."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from checker.errors import CheckError
from checker.report.messages import error_line
from checker.official import Race, import_rekap_csv, import_sirekap_tree, load_record
from checker.official.embedded import embedded_files
from checker.official.store import Store
from official_helpers import PILKADA

WIB = timezone(timedelta(hours=7))
DKI = Race("pilkada2024", "governor", "31")
HEADER = "election,race_kind,region_code,nomor_urut,votes,as_of,source\n"
SOURCE = "KPU Provinsi DKI Jakarta, rapat pleno rekapitulasi, 8 Des 2024"
QUOTED = f'"{SOURCE}"'  # commas inside: quoted, as any CSV writer does


@pytest.fixture()
def store(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PILKADA / "paslon")
    import_sirekap_tree(store, PILKADA / "pkwkp" / "31")
    yield store
    store.close()


def _csv(tmp_path, *rows, header=HEADER):
    path = tmp_path / "rekap.csv"
    path.write_text(header + "".join(r + "\n" for r in rows), "utf-8")
    return path


DKI_ROWS = [f"pilkada2024,governor,31,1,1718160,2024-12-08,{QUOTED}",
            f"pilkada2024,governor,31,2,459230,2024-12-08,{QUOTED}",
            f"pilkada2024,governor,31,3,2183239,2024-12-08,{QUOTED}"]


def test_good_file_and_best_prefers_rekap(store, tmp_path):
    assert import_rekap_csv(store, _csv(tmp_path, *DKI_ROWS)) == 1
    record = load_record(store)
    best = record.best(DKI)
    assert best.tier == "rekap" and best.source == SOURCE
    assert best.votes == {"1000023": 1718160, "1000024": 459230, "1000025": 2183239}
    assert best.as_of == datetime(2024, 12, 8, tzinfo=WIB)
    sirekap = record.best(DKI, tier="sirekap")
    assert sirekap.votes["1000025"] == 2181939  # still shown beside it, with its time
    assert record.best(DKI, "3171").tier == "sirekap"  # no plenary figure for the kab: fall back


def test_importing_twice_is_idempotent(store, tmp_path):
    path = _csv(tmp_path, *DKI_ROWS)
    import_rekap_csv(store, path)
    counts = store.counts()
    import_rekap_csv(store, path)
    assert store.counts() == counts


def test_candidate_id_and_area_columns(store, tmp_path):
    header = "election,race_kind,region_code,area_code,candidate_id,votes,as_of,source\n"
    rows = [f"pilkada2024,governor,31,3171,{cid},{v},2024-12-05 14:00,KPU Kota Jakarta Pusat"
            for cid, v in (("1000023", 152236), ("1000024", 44865), ("1000025", 220372))]
    import_rekap_csv(store, _csv(tmp_path, *rows, header=header))
    best = load_record(store).best(DKI, "3171")
    assert best.tier == "rekap" and best.as_of.hour == 14 and best.votes["1000023"] == 152236


@pytest.mark.parametrize("row, code, line", [
    ("pilkada2024,governor,31,3,2.183.239,2024-12-08,x", "rekap_bad_value", 4),
    ("pilkada2024,governor,31,3,-5,2024-12-08,x", "rekap_bad_value", 4),
    ("pilkada2024,governor,31,3,2183239,8 Des 2024,x", "rekap_bad_value", 4),
    ("pilkada2024,president,31,3,2183239,2024-12-08,x", "rekap_bad_value", 4),
    ("pilkada2024,governor,3,3,2183239,2024-12-08,x", "rekap_bad_value", 4),
    ("pilkada2024,governor,31,9,2183239,2024-12-08,x", "rekap_unknown_candidate", 4),
    ("pilkada2024,regent_mayor,3171,1,2183239,2024-12-08,x", "rekap_unknown_race", 4),
])
def test_bad_row_names_its_line_and_imports_nothing(store, tmp_path, row, code, line):
    before = store.counts()
    path = _csv(tmp_path, *DKI_ROWS[:2], row)
    with pytest.raises(CheckError) as caught:
        import_rekap_csv(store, path)
    assert caught.value.code == code and caught.value.params["line"] == line
    assert store.counts() == before
    message = error_line(caught.value, "en")
    assert f"line {line}" in message and "\n" not in message


def test_duplicate_row(store, tmp_path):
    with pytest.raises(CheckError) as caught:
        import_rekap_csv(store, _csv(tmp_path, *DKI_ROWS, DKI_ROWS[1]))
    assert caught.value.code == "rekap_duplicate"
    assert caught.value.params == {"path": str(tmp_path / "rekap.csv"), "line": 5, "first": 3}


def test_incomplete_and_mixed_sources(store, tmp_path):
    with pytest.raises(CheckError) as caught:
        import_rekap_csv(store, _csv(tmp_path, *DKI_ROWS[:2]))
    assert caught.value.code == "rekap_incomplete" and caught.value.params["missing"] == "3"
    with pytest.raises(CheckError) as caught:
        import_rekap_csv(store, _csv(tmp_path, *DKI_ROWS[:2], DKI_ROWS[2][:-1] + ' (x)"'))
    assert caught.value.code == "rekap_mixed_sources" and caught.value.params["line"] == 4


def test_bad_header_and_empty(store, tmp_path):
    with pytest.raises(CheckError) as caught:
        import_rekap_csv(store, _csv(tmp_path, header="election,votes,colour\n"))
    assert caught.value.code == "rekap_bad_header"
    with pytest.raises(CheckError) as caught:
        import_rekap_csv(store, _csv(tmp_path))
    assert caught.value.code == "rekap_empty"


def test_shipped_rekap_csv_cites_each_row():
    _, path = embedded_files()
    lines = path.read_text("utf-8").splitlines()[1:]
    assert len(lines) == 204  # 30 governor races (84 rows), the Pilpres: country + 39 areas
    for line in lines:
        # Aceh's provincial election body is the KIP, not a KPU Provinsi
        assert any(body in line for body in ("KPU Provinsi", "KPU RI", "KIP Aceh"))
        assert "rapat pleno" in line
        assert "https://" in line
