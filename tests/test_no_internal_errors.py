"""Every internal error the fuzzing of issue 15 found, as a test (item 4): each input now ends
in a one-line CheckError (or a clean result), never in a traceback or "a bug in cekresmi",
and one bad target never stops the others."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from builders import snapshot
from checker.analyse.pagedata import parse_json
from checker.analyse.pipeline import check_snapshot
from checker.bounds import clean_strings, json_depth, load_json, shown
from checker.cli.main import cli
from checker.context import Context
from checker.errors import CheckError
from checker.models import Resource
from checker.official.importer import import_sirekap_tree
from checker.official.rekap import read_rekap_csv
from checker.official.store import Batch, ResultRow, Store
from checker.paths import rules_dir
from checker.report.messages import error_line
from checker.retrieve.archive import normalise_url
from checker.ruleset.load import load_rules
from checker.service import Target, check_targets

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "data-pemilu-gubernur.html"
SAMPLE_URL = "https://data-pemilu.pages.dev/gubernur"
BUG_WORDS = ("internal error", "galat di cekresmi", "bug in cekresmi", "Traceback")


@pytest.fixture(scope="module")
def rules_only():
    return Context(rules=load_rules(rules_dir()))


def _warc(path: Path, uri: str, body: bytes) -> Path:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return path


def _one_line_without_bug(output: str) -> None:
    assert not any(word in output for word in BUG_WORDS), output


def test_malformed_ipv6_url_from_the_command_line_or_a_warc(tmp_path):
    assert normalise_url("http://[::1") == "http://[::1"  # left as written, no ValueError
    out = CliRunner().invoke(cli, ["check", str(SAMPLE), "--url", "http://[::1", "--lang", "en"])
    assert out.exit_code == 2 and "http://[::1" in out.output
    _one_line_without_bug(out.output)
    ok = _warc(tmp_path / "ok.warc", SAMPLE_URL, SAMPLE.read_bytes())
    out = CliRunner().invoke(cli, ["check", str(ok), "--url", "http://[::1", "--short"])
    assert out.exit_code == 2
    _one_line_without_bug(out.output)
    bad = _warc(tmp_path / "bad.warc", "http://[::1/", SAMPLE.read_bytes())
    out = CliRunner().invoke(cli, ["check", str(ok), str(bad), "--short", "--lang", "en"])
    # The good archive is still reported; the bad one has its own line and the exit code 2.
    assert out.exit_code == 2 and "TIDAK RESMI" not in out.output and "UNOFFICIAL" in out.output
    assert '"http://[::1/" is not a valid' in out.output
    _one_line_without_bug(out.output)


def test_a_bad_url_for_a_saved_page_is_the_users_error_not_a_bug(rules_only):
    [result] = check_targets([Target("file", str(SAMPLE))], rules_only, url="http://[::1")
    assert isinstance(result, CheckError) and result.code == "bad_url"


def test_a_file_that_crashes_its_reader_does_not_stop_the_batch(rules_only, monkeypatch):
    import checker.service as service

    real = service._load_file

    def flaky(target, url, max_bytes):
        if target.value.endswith("boom.html"):
            raise RuntimeError("reader bug")
        return real(target, url, max_bytes)

    monkeypatch.setattr(service, "_load_file", flaky)
    results = check_targets([Target("file", "boom.html"), Target("file", str(SAMPLE))],
                            rules_only, url=SAMPLE_URL)
    assert isinstance(results[0], CheckError) and results[0].code == "analysis_failed"
    assert results[1].label == "unofficial"


def test_malformed_ipv6_resource_url_in_a_page(rules_only):
    page = snapshot(SAMPLE_URL, SAMPLE.read_text("utf-8"))
    from dataclasses import replace

    page = replace(page, resources=(Resource(url="http://[::1/x.json", status=200,
                                             content_type="application/json",
                                             body=b'{"a": [1]}'),))
    assert check_snapshot(page, rules_only).label == "unofficial"


def _rekap(tmp_path, votes: str) -> Path:
    path = tmp_path / "rekap.csv"
    path.write_text("election,race_kind,region_code,nomor_urut,votes,as_of,source\n"
                    f"pilkada2024,governor,31,1,{votes},2024-12-08,KPU\n", "utf-8")
    return path


def test_a_5000_digit_count_in_a_rekap_row(tmp_path):
    store = Store(":memory:")
    batch = Batch()  # the race and its candidate, as an import of paslon/ leaves them
    batch.add_candidate(("pilkada2024", "governor", "31"), "1000023", 1, "A", False)
    with store.transaction():
        store.write(batch)
    try:
        assert read_rekap_csv(store, _rekap(tmp_path, "1718160")).results  # the row is fine
        with pytest.raises(CheckError) as err:
            read_rekap_csv(store, _rekap(tmp_path, "9" * 5000))
    finally:
        store.close()
    assert err.value.code == "rekap_bad_value" and err.value.params["column"] == "votes"
    line = error_line(err.value, "en")
    assert len(line) < 300 and "\n" not in line


def test_10_to_the_30_votes_are_refused_by_the_store_before_any_write():
    store = Store(":memory:")
    try:
        batch = Batch()
        race = ("pilkada2024", "governor", "31")
        batch.add_candidate(race, "1000023", 1, "A", False)
        batch.results[(race, "31", "sirekap", "2024-11-28T10:00:00+07:00")] = ResultRow(
            votes={"1000023": 10 ** 30}, source="x")
        before = store.counts()
        with pytest.raises(CheckError) as err:
            with store.transaction():
                store.write(batch)
        assert err.value.code == "official_value_out_of_range"
        assert store.counts() == before
        assert "1000000000000000000000000000000" in error_line(err.value, "id")
    finally:
        store.close()


def test_json_nested_100000_deep_and_lone_surrogates_in_sirekap_files(tmp_path):
    folder = tmp_path / "paslon"
    folder.mkdir()
    (folder / "pkwkp.json").write_text("[" * 100_000, "utf-8")
    store = Store(":memory:")
    try:
        with pytest.raises(CheckError) as err:
            import_sirekap_tree(store, folder)
        assert err.value.code == "official_file_corrupt" and "100000 levels" in str(err.value)
        (folder / "pkwkp.json").write_text(
            '{"31": {"1000023": {"nama": "PRAMONO\\ud800", "nomor_urut": 1}}}', "utf-8")
        import_sirekap_tree(store, folder)  # used to be a UnicodeEncodeError at the INSERT
        names = [n for (n,) in store.db.execute("SELECT name FROM candidates")]
        assert names == ["PRAMONO\ufffd"]
    finally:
        store.close()


def test_json_helpers():
    assert json_depth(b'{"a": "[[[[", "b": [[1]]}') == 3 and json_depth("") == 0
    assert parse_json("[" * 5000 + "]" * 5000, 100_000) is None  # too deep: not JSON to us
    assert parse_json('{"n": "\\udfff"}', 100) == {"n": "\ufffd"}
    assert load_json('["\\ud83d\\ude00"]') == ["\U0001f600"]  # a real pair stays
    assert clean_strings({"\ud800": ["\udc00", 1]}) == {"\ufffd": ["\ufffd", 1]}
    assert shown("x" * 100).endswith("…") and shown(10 ** 5000) == "16610-bit number"


def test_lone_surrogates_from_the_command_line(tmp_path):
    db = str(tmp_path / "db.sqlite3")
    out = CliRunner().invoke(cli, ["watch", "add", "https://a.example/", "--note", "x\udcff",
                                   "--db", db])
    assert out.exit_code == 0, out.output
    out = CliRunner().invoke(cli, ["watch", "list", "--db", db])
    assert "x\ufffd" in out.output
    out = CliRunner().invoke(cli, ["check", str(SAMPLE), "--url", SAMPLE_URL + "\udcff",
                                   "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    assert json.loads(out.output)["source"]["requested_url"].endswith("\ufffd")
