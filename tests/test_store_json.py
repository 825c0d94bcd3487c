"""Stored reports are the documented cekresmi.report/1 JSON: the same JSON `cekresmi check
--format json` prints, read back into equal Reports; SQL views flatten them into verdicts,
findings and comparisons; databases an older cekresmi wrote (tagged encoding) are migrated in
place without losing a row; docs/datasette/metadata.json describes what is really there."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from builders import context
from checker.models import ImageInfo, Rendering
from checker.report import codec
from checker.report.figures import claim_labels
from checker.report.formats import render, report_dict, ui
from checker.report.tagged import decode_tagged
from checker.store.crawls import CheckRow, CrawlStore
from checker.store.reports import ReportStore
from test_golden import _report

ROOT = Path(__file__).resolve().parent.parent
OLD = Path(__file__).parent / "fixtures" / "stores" / "v1.sqlite3"
NOW = datetime(2024, 11, 28, 4, 0, tzinfo=timezone.utc)
SAMPLE = "unofficial_fig_dki_fake_real_count_kpu"  # 4 comparisons, 3 of them discrepant
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d49444154789c6360000002000105fe0dbe0000000049454e44ae426082")


@pytest.fixture(scope="module")
def rules():
    return context().rules


def _rendered(report):
    shot = Rendering(html="<p>42,02%</p>", screenshot=PNG, rendered_at=NOW, browser="Chromium",
                     finished=True, requests=2, blocked=(("https://cdn.example/a.js", "x"),))
    return dataclasses.replace(report, rendering=shot)


def test_the_stored_text_is_the_cli_json_plus_restore(rules):
    _, _, report = _report(SAMPLE)
    stored = json.loads(codec.dumps(report, rules))
    restore = stored.pop("restore")
    assert stored == json.loads(json.dumps(report_dict(report, rules, "id")))
    assert stored["schema"] == "cekresmi.report/1" and stored["lang"] == "id"
    assert set(restore) >= {"findings", "evidence", "source", "render_hint"}
    # A Decimal in evidence keeps its type through `restore`, not through the contract.
    assert any(isinstance(v, str) for f in stored["findings"] for v in f["evidence"].values())


@pytest.mark.parametrize("case", [SAMPLE, "impostor_vercel_tenant", "official_via_shortener",
                                  "hostile_script_and_control_chars_in_title"])
def test_round_trip_is_exact_with_screenshot_and_renders_the_same(case, rules):
    _, _, report = _report(case)
    report = _rendered(report)
    back = codec.loads(codec.dumps(report, rules))
    assert back == report
    assert back.rendering == report.rendering and back.rendering.screenshot == PNG
    for fmt in ("json", "md", "text"):
        for lang in ("id", "en"):
            assert render(back, rules, fmt, lang) == render(report, rules, fmt, lang)


def test_image_reports_keep_their_preview(rules):
    _, _, report = _report("impostor_vercel_tenant")
    image = ImageInfo(sha256="ab" * 32, format="PNG", width=10, height=20, size=300,
                      address="kpu-realcount.vercel.app", address_kind="bar",
                      addresses=(("kpu-realcount.vercel.app", "bar"),), lines=("a", "b"),
                      words=2, preview=b"\xff\xd8jpeg")
    report = dataclasses.replace(report, image=image)
    back = codec.loads(codec.dumps(report, rules))
    assert back == report and back.image.preview == b"\xff\xd8jpeg"


@pytest.mark.parametrize("text", ["", "[]", "{}", '{"schema": "other/1"}', "not json",
                                  '{"schema": "cekresmi.report/1", "verdict": {}}',
                                  '{"$dc": "Popen", "v": {"args": "ls"}}'])
def test_garbage_is_refused(text):
    with pytest.raises(ValueError):
        codec.loads(text)


def _rows(db, view, **where):
    cursor = db.execute(f"SELECT * FROM {view}")
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r)) for r in cursor]
    return [r for r in rows if all(r[k] == v for k, v in where.items())]


def test_web_views_give_one_row_per_report_finding_and_comparison(tmp_path, rules):
    _, _, report = _report(SAMPLE)
    store = ReportStore(tmp_path / "db.sqlite3", rules)
    rid = store.save(report, kind="live", url="https://x.example/", now=NOW)
    other = store.save(_report("impostor_vercel_tenant")[2], kind="upload", url="https://y/")
    verdicts = _rows(store.db, "web_report_verdicts")
    assert {r["report"] for r in verdicts} == {rid, other}
    mine = _rows(store.db, "web_report_verdicts", report=rid)[0]
    assert mine["label"] == "unofficial" and mine["figures_status"] == report.figures_status
    assert mine["findings"] == len(report.findings)
    assert mine["comparisons"] == len(report.comparisons)
    assert mine["document_sha256"] == report.source.sha256
    findings = _rows(store.db, "web_report_findings", report=rid)
    assert sorted(f["code"] for f in findings) == sorted(f.code for f in report.findings)
    assert all(f["title"] and f["severity"] for f in findings)
    got = _rows(store.db, "web_report_comparisons", report=rid)
    assert len(got) == len(report.comparisons) == 4
    labels = claim_labels(report.claims, ui("id"))
    for row, comparison in zip(got, report.comparisons):
        claim = report.claims[comparison.claim]
        assert (row["race"], row["pair"]) == labels[comparison.claim]
        assert row["page"] == "https://x.example/" and row["label"] == "unofficial"
        assert Decimal(str(row["page_value"])) == claim.value
        assert Decimal(str(row["official_value"])) == comparison.official_value
        assert Decimal(str(row["difference"])) == comparison.difference
        assert row["status"] == comparison.status and row["tier"] == comparison.tier
        assert row["official_time"] == comparison.as_of.isoformat()
        assert row["unit"] == ("votes" if claim.kind == "votes" else "%")
    share = [r for r in got if r["kind"] == "share" and r["status"] == "discrepant"]
    assert {(r["race"], r["page_value"], r["official_value"]) for r in share} >= {
        ("Pilgub DKI Jakarta", 42.02, 39.4)}


def test_crawl_views_include_failed_checks(tmp_path, rules):
    _, _, report = _report(SAMPLE)
    store = CrawlStore(tmp_path / "db.sqlite3", rules)
    crawl, _ = store.open_crawl([])
    store.record(crawl, CheckRow(url="https://x.example/", host="x.example", label=report.label,
                                 report=codec.dumps(report, rules)))
    store.record(crawl, CheckRow(url="https://gone.example/", host="gone.example",
                                 error="dns_failed"))
    verdicts = {r["page"]: r for r in _rows(store.db, "crawl_verdicts")}
    assert verdicts["https://gone.example/"]["error"] == "dns_failed"
    assert verdicts["https://x.example/"]["comparisons"] == 4
    assert len(_rows(store.db, "crawl_findings", crawl=crawl)) == len(report.findings)
    rows = _rows(store.db, "crawl_comparisons", crawl=crawl)
    assert [r["status"] for r in rows] == [c.status for c in report.comparisons]


def _old_copy(tmp_path) -> Path:
    path = tmp_path / "old.sqlite3"
    shutil.copy(OLD, path)
    return path


def test_an_old_database_is_migrated_in_place_without_losing_data(tmp_path, rules):
    path = _old_copy(tmp_path)
    with sqlite3.connect(path) as db:
        before_web = {r[0]: r for r in db.execute("SELECT id, kind, url, created_at, label, "
                                                  "host, title, visibility, report FROM web_reports")}
        before_crawl = db.execute("SELECT url, label, error, error_params, body_sha256, report "
                                  "FROM crawl_checks ORDER BY url").fetchall()
        bodies = db.execute("SELECT sha256, data FROM crawl_bodies").fetchall()
    assert all(r[8].startswith('{"$dc"') for r in before_web.values())

    store = ReportStore(path, rules)
    for rid, old in before_web.items():
        got = store.get(rid)
        assert got.report == decode_tagged(old[8])  # the same Report, now from the new JSON
        assert (got.kind, got.url, got.label, got.visibility) == (old[1], old[2], old[4], old[7])
    imp = store.get("impreport002").report
    assert imp.rendering is not None and imp.rendering.screenshot.startswith(b"\x89PNG")
    text = store.db.execute("SELECT report FROM web_reports WHERE id = 'figreport001'").fetchone()
    assert json.loads(text[0])["schema"] == "cekresmi.report/1"
    assert len(_rows(store.db, "web_report_comparisons", report="figreport001")) == 4
    store.close()

    crawls = CrawlStore(path, rules)
    after = crawls.db.execute("SELECT url, label, error, error_params, body_sha256, report "
                              "FROM crawl_checks ORDER BY url").fetchall()
    assert [r[:5] for r in after] == [r[:5] for r in before_crawl]
    for old, new in zip(before_crawl, after):
        if old[5] is None:
            assert new[5] is None
        else:
            assert codec.loads(new[5]) == decode_tagged(old[5])
            assert not new[5].startswith('{"$dc"')
    assert crawls.db.execute("SELECT sha256, data FROM crawl_bodies").fetchall() == bodies
    assert {r["page"] for r in _rows(crawls.db, "crawl_verdicts")} == {r[0] for r in after}
    schema = {t: crawls.db.execute(f"SELECT value FROM {t} WHERE key = 'schema'").fetchone()[0]
              for t in ("web_meta", "crawl_meta")}
    assert schema == {"web_meta": "2", "crawl_meta": "2"}
    crawls.close()
    # Opening again changes nothing.
    again = ReportStore(path, rules)
    assert again.get("figreport001").report == decode_tagged(before_web["figreport001"][8])


def test_a_row_that_cannot_be_decoded_is_kept_as_it_was(tmp_path, rules):
    path = _old_copy(tmp_path)
    broken = '{"$dc":"Report","v":{"label":"x","source":{"$dc":"Nope","v":{}}}}'
    with sqlite3.connect(path) as db:
        db.execute("UPDATE web_reports SET report = ? WHERE id = 'impreport002'", (broken,))
    store = ReportStore(path, rules)
    assert store.db.execute("SELECT report FROM web_reports WHERE id = 'impreport002'"
                            ).fetchone()[0] == broken
    assert store.get("figreport001").report is not None
    assert {r["report"] for r in _rows(store.db, "web_report_verdicts")} == {"figreport001"}


def test_newer_crawl_schema_is_refused(tmp_path):
    from checker.errors import CheckError

    path = _old_copy(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE crawl_meta SET value = '9' WHERE key = 'schema'")
    with pytest.raises(CheckError) as err:
        CrawlStore(path)
    assert err.value.code == "crawl_db_newer"


def test_datasette_metadata_names_only_what_exists(tmp_path, rules):
    """Every table, view and column docs/datasette/metadata.json describes exists in a
    database holding every store (and every table of those stores is described)."""
    from checker.official import open_store
    from checker.store.hoaxes import HoaxStore

    path = tmp_path / "cekresmi.sqlite3"
    open_store(path).close()
    for store in (ReportStore(path, rules), CrawlStore(path, rules), HoaxStore(path)):
        store.close()
    meta = json.loads((ROOT / "docs" / "datasette" / "metadata.json").read_text("utf-8"))
    tables = meta["databases"]["cekresmi"]["tables"]
    db = sqlite3.connect(path)
    present = {name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%'")}
    assert set(tables) == present
    for name, info in tables.items():
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({name})")}
        assert set(info.get("columns", {})) <= columns, name
        for key in ("label_column", "sort_desc"):
            assert info.get(key) is None or info[key] in columns, (name, key)
        assert set(info.get("facets", [])) <= columns, name
        assert " — " in info["description"] and "(" in info["title"]  # id, then en


def test_the_cli_json_alone_reads_back_into_a_report(rules):
    """What `cekresmi check --format json` printed (no `restore` key) is a report too: the
    same verdict, source, claims and comparisons; only evidence types and hidden bits differ."""
    _, _, report = _report(SAMPLE)
    back = codec.loads(render(report, rules, "json", "en"))
    assert back.label == report.label and back.claims == report.claims
    assert back.comparisons == report.comparisons and back.source.final_url == \
        report.source.final_url
    assert sorted(f.code for f in back.findings) == sorted(f.code for f in report.findings)
