"""Hostile text in the digest CSV and on the terminal (issue 15, item 3): formula and row
injection in CSV cells, ESC / OSC / bidi controls from notes, titles and pages printed raw,
watch-list CSV read by the csv module."""

from __future__ import annotations

import csv
import json
import io
import re
from pathlib import Path

from click.testing import CliRunner

from builders import snapshot
from checker.report import codec as reportcodec
from checker.cli.main import cli
from checker.cli.crawl import read_watchlist
from checker.context import Context
from checker.store.crawls import CheckRow, CrawlStore, WatchEntry
from checker.crawl.digest import build_digest
from checker.crawl.digest_files import csv_cell, render_digest
from checker.errors import CheckError
from checker.paths import rules_dir
from checker.analyse.pipeline import check_snapshot
from checker.ruleset.load import load_rules
from checker.report.terminal import visible
from loopback import RESULTS_PAGE

ROOT = Path(__file__).resolve().parent.parent
# The note: a lone \r used to end the CSV row, and the next "row" was a formula.
NOTE = "x\r=1+1\r+cmd|' /C calc'!A0"
# ESC colours, an OSC 8 link, an OSC 52 clipboard write, a backspace, a bidi override, C1 CSI.
HOSTILE = ("\x1b[31mred\x1b[0m \x1b]8;;http://evil.example/\x07link\x1b]8;;\x07 "
           "\x1b]52;c;ZXZpbA==\x07 ab\x08c \u202egnp.exe \x9b2J")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def test_visible_writes_every_control_as_an_escape():
    assert visible("a\x1b[31mb") == "a\\u001b[31mb"
    assert visible("\u202egnp\u2066") == "\\u202egnp\\u2066"
    assert visible("a\rb\x85c\x7f") == "a\\u000db\\u0085c\\u007f"
    assert visible("line\n\tindent") == "line\n\tindent"  # kept for multi-line output
    assert visible("ok \u00e9 \u4e2d \U0001f600") == "ok \u00e9 \u4e2d \U0001f600"
    assert RAW.search(visible(HOSTILE)) is None


def test_csv_cells_are_neutralised_at_every_line_start_and_empties_stay_empty():
    assert csv_cell("") == "" and csv_cell(None) is None and csv_cell(True) is True
    assert csv_cell("=SUM(A1)") == "'=SUM(A1)" and csv_cell("@x") == "'@x"
    assert csv_cell("\t=1") == "'\t=1" and csv_cell("-2") == "'-2"
    assert csv_cell(NOTE) == "x\r'=1+1\r'+cmd|' /C calc'!A0"
    assert csv_cell("a\r\n+b\u2028-c") == "a\r\n'+b\u2028'-c"
    assert csv_cell("plain, text") == "plain, text"


def _report(url, html=RESULTS_PAGE):
    return check_snapshot(snapshot(url, html), Context(rules=load_rules(rules_dir())))


def _digest(**site):
    report = _report("https://evil.example/")
    row = CheckRow(url="https://evil.example/", host="evil.example", crawl="1",
                   label=report.label, figures_status=report.figures_status, http_status=200,
                   final_url="https://evil.example/", report=reportcodec.dumps(report))
    digest = build_digest({"id": "1", "started_at": "a", "finished_at": "b"}, [row],
                          {row.url: report})
    digest["sites"][0].update(site)
    return digest


def test_digest_csv_keeps_rows_whole_and_no_cell_line_is_a_formula():
    text = render_digest(_digest(note=NOTE, title="@evil\n-2+3", error=""), "csv")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 2 and len(rows[1]) == len(rows[0])  # the header and one site
    site = dict(zip(rows[0], rows[1]))
    assert site["note"] == "x\r'=1+1\r'+cmd|' /C calc'!A0"
    assert site["title"] == "'@evil\n'-2+3"
    assert site["error"] == ""  # empty, not a lone apostrophe
    for row in rows:
        for cell in row:
            for line in re.split(r"\r\n|[\r\n]", cell):
                assert line[:1] not in ("=", "+", "-", "@", "\t"), (cell, line)
    # A reader that splits at every line break sees no row starting with a formula either.
    assert not re.search(r"(^|[\r\n])[=+\-@]", text)


def _db_with_note(tmp_path, note):
    db = tmp_path / "db.sqlite3"
    with CrawlStore(db) as store:
        store.watch_add([WatchEntry("https://evil.example/", note, False)])
    return str(db)


def test_watch_list_and_csv_digest_print_no_raw_controls(tmp_path):
    db = _db_with_note(tmp_path, HOSTILE)
    out = CliRunner().invoke(cli, ["watch", "list", "--db", db])
    assert out.exit_code == 0 and "https://evil.example/" in out.output
    assert RAW.search(out.output) is None and "\\u001b]52;c;ZXZpbA==" in out.output
    assert "\\u202egnp.exe" in out.output


def test_check_text_report_shows_page_controls_as_escapes(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(RESULTS_PAGE.replace("<title>Real Count Pilkada 2024</title>",
                                         f"<title>Real Count {HOSTILE}</title>"), "utf-8")
    for fmt in ("text", "md", "json"):
        out = CliRunner().invoke(cli, ["check", str(page), "--url",
                                       "https://evil.example/\u202egnp.exe", "--format", fmt])
        assert out.exit_code in (0, 1), out.output
        assert RAW.search(out.output) is None, fmt
        assert "gnp.exe" in out.output, fmt
        if fmt == "json":  # still valid JSON, and still the same text once parsed
            assert "evil.example/\\u202egnp.exe" in out.output
            assert json.loads(out.output)["source"]["requested_url"].endswith("\u202egnp.exe")


def test_watch_import_reads_quoted_line_breaks_and_reports_the_right_line(tmp_path):
    table = tmp_path / "list.csv"
    table.write_text('url,note\nhttps://a.example/,"dua\nbaris"\n'
                     'https://b.example/,"pemisah\u2028baris"\n\n'
                     'javascript:alert(1),x\n', "utf-8")
    with __import__("pytest").raises(CheckError) as err:
        read_watchlist(str(table))
    assert err.value.code == "watchlist_bad_line" and err.value.params["line"] == 6
    table.write_text('url,note\nhttps://a.example/,"dua\nbaris"\n'
                     'https://b.example/,"pemisah\u2028baris"\n', "utf-8")
    assert read_watchlist(str(table)) == [
        WatchEntry("https://a.example/", "dua\nbaris", False),
        WatchEntry("https://b.example/", "pemisah\u2028baris", False)]
    plain = tmp_path / "list.txt"
    plain.write_text("https://a.example/ catatan\u2028lanjut\nftp://bad\n", "utf-8")
    with __import__("pytest").raises(CheckError) as err:
        read_watchlist(str(plain))
    assert err.value.params["line"] == 2
