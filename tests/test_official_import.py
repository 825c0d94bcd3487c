"""Importers on the real Sirekap trees shipped in tests/data: counts, figures, quirks, history,
idempotency, and failures that leave the store as it was."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from checker.errors import CheckError
from checker.official import Race, import_sirekap_tree, load_record
from checker.official.store import Store
from official_helpers import CORRECTED, PEMILU, PILKADA, TPS_SAMPLES
from realdata import root as data_root

WIB = timezone(timedelta(hours=7))
DKI = Race("pilkada2024", "governor", "31")
PRESIDENT = Race("pemilu2024", "president", "")


@pytest.fixture(scope="module")
def pilkada(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("pilkada") / "db.sqlite3")
    summary = import_sirekap_tree(store, PILKADA)
    yield store, summary, load_record(store)
    store.close()


@pytest.fixture(scope="module")
def pemilu(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("pemilu") / "db.sqlite3")
    summaries = [import_sirekap_tree(store, tree) for tree in (PEMILU, CORRECTED, TPS_SAMPLES)]
    yield store, summaries, load_record(store)
    store.close()


def test_pilkada_snapshot_counts(pilkada):
    store, summary, record = pilkada
    assert summary.files_read == 1133  # every file but the scraper's own pkwkp/0.json
    assert summary.races == 545 == 37 + 508
    assert len(record.races("pilkada2024", "governor")) == 37
    assert len(record.races("pilkada2024", "regent_mayor")) == 508
    assert summary.results == store.counts()["results"] == 16203
    assert summary.candidates == 1594


def test_compiled_national_file_is_skipped_and_said_so(pilkada):
    _, summary, _ = pilkada
    assert ("pkwkp/0.json", "not_official_compiled") in summary.skipped
    assert not any(r.area == "" for rs in pilkada[2].results.values() for r in rs
                   if r.race.election == "pilkada2024")


def test_dki_governor_figures_time_progress_and_source(pilkada):
    record = pilkada[2]
    best = record.best(DKI)
    assert best.tier == "sirekap"
    assert best.votes == {"1000023": 1717245, "1000024": 458886, "1000025": 2181939}
    assert (best.progress_done, best.progress_total) == (14825, 14835)
    assert best.progress_percent == Decimal("99.93")
    assert best.as_of == datetime(2024, 11, 28, 10, 0, 5, tzinfo=WIB)
    assert best.as_of.utcoffset() == timedelta(hours=7)
    assert best.source == "https://sirekappilkada-obj-data.kpu.go.id/pilkada/hhcw/pkwkp/31.json"
    names = [c.nomor_urut for c in record.candidates_of(DKI)]
    assert names == [1, 2, 3]
    assert all(isinstance(v, int) for v in best.votes.values())


def test_earlier_0100_copy_is_older_history(pilkada):
    record = pilkada[2]
    history = record.results_for(DKI)
    assert [r.as_of.hour for r in history] == [10, 1]
    earlier = history[1]
    assert earlier.votes["1000025"] == 2171411 and earlier.progress_done == 14794
    assert record.best(DKI, before=datetime(2024, 11, 28, 5, 0, tzinfo=WIB)) == earlier
    assert pilkada[1].quirks["flat_copy"] == 1


def test_areas_below_the_race_and_their_sources(pilkada):
    record = pilkada[2]
    kab = record.best(DKI, "3171")  # newest of the province table row and the kab file
    assert kab.votes == {"1000023": 152235, "1000024": 44865, "1000025": 220372}
    kec = record.best(DKI, "317101")
    assert kec.votes["1000025"] == 19446
    assert kec.source.endswith("/pilkada/hhcw/pkwkp/31/3171.json")


def test_regent_races_come_from_their_own_tables(pilkada):
    record = pilkada[2]
    race = record.race_for("pilkada2024", "regent_mayor", "7505")
    assert record.best(race).votes == {"1001351": 40964, "1001352": 28616, "1001353": 5068}
    assert pilkada[1].quirks["progress_only_chart"] == 37  # province overviews: no race


def test_empty_box_is_a_real_candidate(pilkada):
    record = pilkada[2]
    race = record.race_for("pilkada2024", "regent_mayor", "2101")
    box = [c for c in record.candidates_of(race) if c.is_empty_box]
    assert len(box) == 1 and box[0].name == "KOLOM KOSONG" and box[0].id == "1000531"
    assert box[0].id in record.best(race).votes
    assert pilkada[1].quirks["empty_box"] == 37


def test_pemilu_national_figures(pemilu):
    record = pemilu[2]
    best = record.best(PRESIDENT)
    assert best.votes == {"100025": 31374310, "100026": 75357899, "100027": 21374165}
    assert best.progress_percent == Decimal("78.11") and best.progress_total is None
    assert best.as_of == datetime(2024, 3, 7, 15, 0, 16, tzinfo=WIB)
    assert best.source == "https://sirekap-obj-data.kpu.go.id/pemilu/hhcw/ppwp.json"
    assert [c.nomor_urut for c in record.candidates_of(PRESIDENT)] == [1, 2, 3]
    assert record.best(PRESIDENT, "11").votes["100025"] == 1874157


def test_corrected_tps_keeps_both_versions(pemilu):
    record = pemilu[2]
    versions = {r.as_of: r.votes for r in record.results_for(PRESIDENT, "1101012001001")}
    assert versions[datetime(2024, 2, 15, 23, 29, 50, tzinfo=WIB)] == {
        "100025": 186, "100026": 44, "100027": 8}
    assert versions[datetime(2024, 2, 20, 13, 0, tzinfo=WIB)] == {
        "100025": 144, "100026": 19, "100027": 2}
    tps = record.best(PRESIDENT, "1101012001001", before=datetime(2024, 2, 21, tzinfo=WIB))
    assert tps.votes["100025"] == 144


def test_pemilu_quirks_are_counted_not_fatal(pemilu):
    aggregates, corrected, samples = pemilu[1]
    assert samples.quirks["votes_not_suara_sah"] == 31  # SOURCES.md: 31 such TPS records
    assert samples.quirks["chart_null"] == 545
    assert samples.quirks["null_key"] > 0 and samples.quirks["mode_missing"] > 0
    assert aggregates.regions == 91959  # the region tree CSV + region lists
    store = pemilu[0]
    (name,) = store.db.execute("SELECT name FROM regions WHERE code = '1405'").fetchone()
    assert name == "PELALAWAN"  # ' PELALAWAN' tidied; the raw spelling stays in region_names


def test_region_names_newest_election_wins(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PEMILU / "wilayah_ppwp_pemilu2024.csv")
    import_sirekap_tree(store, PILKADA / "province.json")
    spellings = dict(store.db.execute(
        "SELECT election, name FROM region_names WHERE code = '91'").fetchall())
    assert spellings["pemilu2024"] == "P A P U A"
    (name,) = store.db.execute("SELECT name FROM regions WHERE code = '91'").fetchone()
    assert name == spellings["pilkada2024"]


def _dump(store):
    tables = ("regions", "region_names", "races", "candidates", "results", "result_votes")
    return {t: sorted(store.db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}


def test_importing_twice_changes_nothing(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PILKADA / "pkwkp" / "31")
    import_sirekap_tree(store, PILKADA / "paslon")
    first = _dump(store)
    import_sirekap_tree(store, PILKADA / "paslon")
    import_sirekap_tree(store, PILKADA / "pkwkp" / "31")
    assert _dump(store) == first


def test_whole_data_folder_at_once(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    summary = import_sirekap_tree(store, data_root())
    assert summary.races == 546 and summary.results == 16203 + 1957 + 1 + 461
    reasons = dict(summary.skipped)
    assert reasons["sirekap-pilkada2024-snapshot/pkwkp/0.json"] == "not_official_compiled"
    assert reasons["derived_pilgub2024_sirekap_snapshot_20241128.csv"] == "not_sirekap"


def test_corrupt_file_midway_leaves_earlier_data(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PILKADA / "pkwkp" / "31")
    before = _dump(store)
    tree = tmp_path / "tree"
    shutil.copytree(PILKADA / "pkwkk" / "75", tree / "pkwkk" / "75")
    (tree / "pkwkk" / "75" / "7503.json").write_text('{"mode": "hhcw", "tungsura": {', "utf-8")
    with pytest.raises(CheckError) as caught:
        import_sirekap_tree(store, tree)
    assert caught.value.code == "official_file_corrupt"
    assert caught.value.params["path"] == "pkwkk/75/7503.json"
    assert _dump(store) == before


def test_crash_while_writing_rolls_back(tmp_path, monkeypatch):
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PILKADA / "pkwkp" / "31")
    before = _dump(store)
    real = Store.write

    def crash(self, batch):
        real(self, batch)  # everything written ... then the process "dies"
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "write", crash)
    with pytest.raises(KeyboardInterrupt):
        import_sirekap_tree(store, PILKADA / "pkwkk")
    monkeypatch.undo()
    assert _dump(store) == before
    reopened = Store(tmp_path / "db.sqlite3")
    assert _dump(reopened) == before


def test_quirky_shapes_in_a_copy(tmp_path):
    """chart null, a literal "null" key, no mode, a null vote and a non-Sirekap JSON."""
    tree = tmp_path / "pemilu" / "hhcw" / "ppwp" / "11" / "1101" / "110101" / "1101012001"
    tree.mkdir(parents=True)
    ok = {"chart": {"null": None, "100025": 1, "100026": 2, "100027": 3}, "images": [None],
          "administrasi": {"suara_sah": 7}, "ts": "2024-02-15 10:00:00"}
    (tree / "1101012001001.json").write_text(json.dumps(ok), "utf-8")
    empty = {"chart": None, "images": [None, None, None], "administrasi": None,
             "ts": "2024-02-15 10:00:00"}
    (tree / "1101012001002.json").write_text(json.dumps(empty), "utf-8")
    bad = dict(ok, chart={"100025": None})
    (tree / "1101012001003.json").write_text(json.dumps(bad), "utf-8")
    (tmp_path / "notes.json").write_text('{"hello": 1}', "utf-8")
    store = Store(tmp_path / "db.sqlite3")
    summary = import_sirekap_tree(store, tmp_path / "pemilu")
    assert summary.results == 1
    assert summary.quirks["chart_null"] == 1 and summary.quirks["votes_not_suara_sah"] == 1
    assert summary.quirks["mode_missing"] == 3
    assert [p for p, r in summary.skipped if r.startswith("unknown_shape")] == [
        "hhcw/ppwp/11/1101/110101/1101012001/1101012001003.json"]
    (valid,) = store.db.execute("SELECT valid_votes FROM results").fetchone()
    assert valid == 7


def test_missing_path_and_empty_folder(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(CheckError) as caught:
        import_sirekap_tree(store, tmp_path / "nope")
    assert caught.value.code == "file_not_found"
    (tmp_path / "empty").mkdir()
    with pytest.raises(CheckError) as caught:
        import_sirekap_tree(store, tmp_path / "empty")
    assert caught.value.code == "official_nothing_found"


def test_names_of_lists_every_spelling(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PEMILU / "wilayah_ppwp_pemilu2024.csv")
    import_sirekap_tree(store, PILKADA / "province.json")
    record = load_record(store)
    assert record.names_of("91")[0] == record.region("91").name
    assert "P A P U A" in record.names_of("91")
    assert record.names_of("1405") == ("PELALAWAN",)
    assert record.names_of("nope") == ()


def test_foreign_keys_back_on_and_checked_after_an_import(tmp_path, monkeypatch):
    """The import writes with foreign keys off (issue 12); they are on again afterwards,
    after a failed import too, and a row left dangling is caught at the end."""
    store = Store(tmp_path / "db.sqlite3")
    import_sirekap_tree(store, PILKADA / "pkwkp" / "31")
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    real = Store.write

    def dangle(self, batch):
        written = real(self, batch)
        self.db.execute("INSERT INTO result_votes VALUES (999999999, '1', 1)")
        return written

    monkeypatch.setattr(Store, "write", dangle)
    with pytest.raises(CheckError) as caught:
        import_sirekap_tree(store, PILKADA / "pkwkk" / "75")
    assert caught.value.code == "official_db_unusable"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
