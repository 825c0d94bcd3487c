"""`cekresmi official ...`: import, import-rekap, sync, status, --db / CEKRESMI_DB, languages,
one-line errors with exit 2."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from official_helpers import PILKADA

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


@pytest.fixture()
def db(tmp_path):
    return str(tmp_path / "db.sqlite3")


def test_status_on_a_fresh_database_shows_the_embedded_data(db):
    result = run("official", "status", "--db", db, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert f"Database: {db}" in result.output
    assert "loaded (version" in result.output
    assert "pilkada2024 governor [rekap]: 30 races" in result.output
    assert "pilkada2024 governor [sirekap]: 37 races" in result.output
    assert "TPS in 414,801 of 429,318 (96.62%)" in result.output
    assert "pemilu2024 president [sirekap]" in result.output and "78.11%" in result.output


def test_status_in_indonesian_and_from_the_environment(tmp_path):
    db = str(tmp_path / "env.sqlite3")
    result = run("official", "status", env={"CEKRESMI_DB": db, "CEKRESMI_LANG": "id"})
    assert result.exit_code == 0
    assert f"Basis data: {db}" in result.output and "gubernur" in result.output
    assert "TPS masuk 414.801 dari 429.318 (96,62%)" in result.output


def test_import_prints_summary_with_skips_and_quirks(db):
    result = run("official", "import", str(PILKADA), "--db", db, "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Read 1,133 files: 545 races")
    assert any(line.startswith("Skipped pkwkp/0.json: not an official KPU file")
               for line in lines)
    assert "empty_box 37" in result.output and "flat_copy 1" in result.output


def test_import_errors_are_one_line_exit_2(db, tmp_path):
    result = run("official", "import", str(tmp_path / "missing"), "--db", db, "--lang", "en")
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "was not found" in result.output
    bad = tmp_path / "pkwkp" / "31"
    bad.mkdir(parents=True)
    (bad / "31.json").write_text("{not json", "utf-8")
    result = run("official", "import", str(tmp_path / "pkwkp"), "--db", db)
    assert result.exit_code == 2 and "rusak" in result.output
    assert result.output.strip().count("\n") == 0


def test_unusable_database_is_one_line(tmp_path):
    path = tmp_path / "not-a-db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    result = run("official", "status", "--db", str(path), "--lang", "en")
    assert result.exit_code == 2 and "cannot be opened" in result.output


def test_import_rekap_good_and_bad(db, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("election,race_kind,region_code,nomor_urut,votes,as_of,source\n"
                    "pilkada2024,governor,36,1,100,2024-12-08,KPU Banten\n"
                    "pilkada2024,governor,36,2,200,2024-12-08,KPU Banten\n", "utf-8")
    result = run("official", "import-rekap", str(good), "--db", db, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Imported 1 plenary recapitulation results" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("election,race_kind,region_code,nomor_urut,votes,as_of,source\n"
                   "pilkada2024,governor,36,1,1e5,2024-12-08,KPU Banten\n", "utf-8")
    result = run("official", "import-rekap", str(bad), "--db", db, "--lang", "en")
    assert result.exit_code == 2
    assert result.output.strip() == (f'{bad} line 2: the value "1e5" in column votes is not '
                                      "valid; nothing was imported.")


def test_sync_uses_the_library_and_reports_failures(db, monkeypatch):
    from checker.errors import CheckError
    from checker.official import sync as sync_module

    calls = []

    def fake_sync(store, election, region, **kw):
        calls.append((election, region, kw["refresh"]))
        kw["progress"](1, 2)
        summary = sync_module.SyncSummary(fetched=1, results=7)
        summary.failed.append(("https://x/1.json", CheckError("sync_http_status",
                                                              url="https://x/1.json",
                                                              status=503)))
        return summary

    monkeypatch.setattr(sync_module, "sync", fake_sync)
    result = run("official", "sync", "--election", "pilkada2024", "--region", "31",
                 "--refresh", "--db", db, "--lang", "en")
    assert calls == [("pilkada2024", "31", True)]
    assert result.exit_code == 2
    assert "Fetched 1 files" in result.output and "answered 503" in result.output


def test_sync_rejects_an_unknown_election(db):
    result = run("official", "sync", "--election", "pilpres", "--db", db)
    assert result.exit_code == 2 and "pilpres" in result.output


def test_every_official_command_has_help():
    for command in ("import", "import-rekap", "sync", "status"):
        result = run("official", command, "--help")
        assert result.exit_code == 0 and "--db" in result.output and "--lang" in result.output


def test_official_modules_keep_all_sorted_and_do_not_import_httpx():
    for path in sorted((ROOT / "checker" / "official").glob("*.py")):
        module = importlib.import_module(f"checker.official.{path.stem}"
                                         if path.stem != "__init__" else "checker.official")
        names = getattr(module, "__all__", None)
        if names is not None:
            assert list(names) == sorted(names), path.name
        assert "import httpx" not in path.read_text("utf-8"), path.name
