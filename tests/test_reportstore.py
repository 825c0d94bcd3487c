"""The report store: a stored Report comes back equal, in any language and format, and the
store keeps to its own tables in the shared SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from builders import context
from checker.errors import CheckError
from checker.models import Finding
from checker.report.formats import render
from checker.store.reports import ReportStore, decode_report, encode_report, new_id
from test_golden import CASES, _report

NOW = datetime(2024, 11, 28, 4, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("case", [c for c in CASES if "_fig_" in c][:6] + [
    "impostor_homoglyph_cyrillic_er", "hostile_script_and_control_chars_in_title",
    "official_via_shortener"])
def test_round_trip_gives_an_equal_report_and_the_same_renderings(case):
    _, _, report = _report(case)
    back = decode_report(encode_report(report))
    assert back == report
    rules = context().rules
    for fmt in ("json", "md", "html"):
        for lang in ("id", "en"):
            assert render(back, rules, fmt, lang) == render(report, rules, fmt, lang)


def test_figures_keep_their_exact_types():
    _, _, report = _report("independent_fig_detik_dki_votes_at_same_progress")
    back = decode_report(encode_report(report))
    assert report.claims and back.claims
    assert [type(c.value) for c in back.claims] == [type(c.value) for c in report.claims]
    assert any(isinstance(c.as_of, datetime) for c in back.comparisons if c.as_of)


def test_awkward_evidence_survives():
    _, _, report = _report("official_via_shortener")
    odd = Finding("X999", "info", "low", {"$dollar": Decimal("1.5"), "n": float("inf"),
                                           "set": frozenset({"b", "a"}), "raw": b"\x00\xff",
                                           "nested": {1: ("t", None)}})
    from dataclasses import replace

    report = replace(report, findings=report.findings + (odd,))
    assert decode_report(encode_report(report)) == report


@pytest.mark.parametrize("text", ["", "[]", '{"$dc": "Nope", "v": {}}', '{"$dc": "Hop", "v": {}}',
                                  '{"label": "x"}', "not json"])
def test_garbage_is_refused(text):
    with pytest.raises(ValueError):
        decode_report(text)


def test_ids_are_unguessable_and_url_safe():
    ids = {new_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(len(i) == 12 and i.replace("-", "").replace("_", "").isalnum() for i in ids)


def test_save_get_reuse_and_latest(tmp_path):
    _, _, report = _report("unofficial_data_pemilu_pages_dev")
    store = ReportStore(tmp_path / "db.sqlite3")
    url = "https://data-pemilu.pages.dev/gubernur"
    old = store.save(report, kind="live", url=url, now=NOW - timedelta(minutes=30))
    new = store.save(report, kind="live", url=url, now=NOW - timedelta(minutes=5))
    sent = store.save(report, kind="sent", url=url, now=NOW)
    got = store.get(new)
    assert got.report == report and got.kind == "live" and got.url == url
    assert got.label == report.label and got.host == report.source.host
    assert store.get("nope") is None
    assert store.reusable(url, 600, now=NOW).id == new
    assert store.reusable(url, 60, now=NOW) is None  # too old
    assert store.reusable(url + "x", 600, now=NOW) is None
    # Pages readers sent may be private: never reused for a check, never listed.
    assert [r.id for r in store.latest(10)] == [new, old]
    assert store.get(sent).kind == "sent"
    assert store.count() == 3


def test_shares_the_official_record_file_and_reopens(tmp_path):
    from checker.official import open_store

    path = tmp_path / "shared.sqlite3"
    with open_store(path) as official:
        before = official.counts()
    _, _, report = _report("unofficial_data_pemilu_pages_dev")
    store = ReportStore(path)
    rid = store.save(report, kind="live", url="https://x.example/")
    store.close()
    assert ReportStore(path).get(rid).report == report
    with open_store(path) as official:
        assert official.counts() == before  # the record is untouched
    tables = {r[0] for r in sqlite3.connect(path).execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"web_reports", "web_meta", "races"} <= tables


def test_one_connection_per_thread(tmp_path):
    _, _, report = _report("unofficial_data_pemilu_pages_dev")
    store = ReportStore(tmp_path / "db.sqlite3")
    ids, errors = [], []

    def work():
        try:
            for _ in range(20):
                ids.append(store.save(report, kind="live", url="https://x.example/"))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and store.count() == 80


def test_newer_schema_and_unusable_file_are_check_errors(tmp_path):
    path = tmp_path / "db.sqlite3"
    ReportStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE web_meta SET value = '99' WHERE key = 'schema'")
    with pytest.raises(CheckError) as err:
        ReportStore(path)
    assert err.value.code == "official_db_newer"
    (tmp_path / "junk.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(CheckError) as err:
        ReportStore(tmp_path / "junk.sqlite3")
    assert err.value.code == "web_store_unusable"


def test_reports_have_a_path_of_their_own_defaulting_to_the_record_file(tmp_path, monkeypatch):
    from checker.paths import official_db_path, reports_db_path
    from checker.store.sqlite import SqliteFile

    monkeypatch.delenv("CEKRESMI_REPORTS_DB", raising=False)
    monkeypatch.setenv("CEKRESMI_DB", str(tmp_path / "record.sqlite3"))
    # Earlier versions kept reports in the record's file: by default they are still read there.
    assert reports_db_path() == official_db_path() == tmp_path / "record.sqlite3"
    assert reports_db_path(None, tmp_path / "other.sqlite3") == tmp_path / "other.sqlite3"
    monkeypatch.setenv("CEKRESMI_REPORTS_DB", str(tmp_path / "reports.sqlite3"))
    assert reports_db_path() == tmp_path / "reports.sqlite3"
    assert reports_db_path(tmp_path / "mine.sqlite3") == tmp_path / "mine.sqlite3"
    store = ReportStore(reports_db_path())
    assert isinstance(store, SqliteFile) and store.path == tmp_path / "reports.sqlite3"
    # The SqliteFile base opens it: WAL and a busy wait, like the record and crawl stores.
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    store.close()
