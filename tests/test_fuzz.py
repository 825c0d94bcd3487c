"""Seeded fuzzing (issue 15, item 4): a few thousand generated inputs per area where outside
data enters, each expected to end in a result or a CheckError, never another exception (and,
for the command line, exit code 0, 1 or 2). Hypothesis runs derandomized (a fixed seed, no
example database), so CI sees the same inputs every run; CEKRESMI_FUZZ_SCALE=10 runs ten times
as many locally.

Areas: URLs and targets; numbers as pages write them; Sirekap JSON files through the importer;
plenary CSV rows through the rekap reader and the store; WARC records through the archive
reader and the check; page HTML through check_snapshot and the text and JSON reports.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from builders import snapshot
from checker.analyse.hosts import parse_url
from checker.analyse.pipeline import check_snapshot
from checker.cli.main import cli
from checker.context import Context
from checker.errors import CheckError
from checker.figures.numbers import detect_style, find_fractions, find_numbers, parse_number
from checker.official.importer import import_sirekap_tree
from checker.official.rekap import read_rekap_csv
from checker.official.store import Batch, Store
from checker.paths import rules_dir
from checker.report.formats import render
from checker.retrieve.archive import normalise_url
from checker.retrieve.local import load_path
from checker.retrieve.guard import ip_literal
from checker.ruleset.load import load_rules
from checker.retrieve.targets import parse_target

SCALE = float(os.environ.get("CEKRESMI_FUZZ_SCALE", "1"))
# Hypothesis keeps caches (.hypothesis/) in the working folder; the checkout holds project
# files only (tests/test_realdata.py looks), so they go to a temporary folder.
set_hypothesis_home_dir(tempfile.mkdtemp(prefix="cekresmi-hypothesis-"))


def fuzz(examples: int):
    return settings(max_examples=max(1, int(examples * SCALE)), derandomize=True,
                    database=None, deadline=None, print_blob=True,
                    suppress_health_check=list(HealthCheck))


RULES = Context(rules=load_rules(rules_dir()))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")

# Pieces hostile inputs are made of: the failures the probes found, and their neighbours.
NASTY = ["http://[::1", "http://[::1/", "[", "]", "%", "%00", "%zz", "\ud800", "\udfff",
         "\x00", "\x1b[31m", "\u202e", "\u2028", "\r", "\n", "xn--", "xn--zz", "..", "@",
         ":", "::", ":99999", ":-1", "#", "?", "\\", "１２３", "٣", "𝟗", "ß", "İ", "‮",
         "9" * 5000, "1e999999", "NaN", "-0", "0x10", "[" * 300, "{" * 300]
nasty = st.sampled_from(NASTY)
bits = st.one_of(nasty, st.text(max_size=12), st.sampled_from(
    ["http", "https", "ftp", "javascript", "data", "://", "//", "/", ".", "kpu.go.id",
     "pemilu2024.kpu.go.id", "127.0.0.1", "0x7f.1", "[fe80::1%eth0]", "[::ffff:10.0.0.1]",
     "user:pass@", "www.", ".co", ".pages.dev", "a" * 300]))
url_like = st.lists(bits, min_size=1, max_size=8).map("".join)


@fuzz(2000)
@given(st.one_of(url_like, st.text(max_size=60)))
def test_urls_and_targets(text):
    assert isinstance(normalise_url(text), str)
    try:
        target = parse_target(text)
    except CheckError:
        return
    if target.kind == "url":
        try:
            info = parse_url(target.value)
        except CheckError:
            return
        ip_literal(info.host)


digits = st.text(alphabet="0123456789", min_size=1, max_size=40)
number_token = st.lists(st.one_of(digits, st.sampled_from([".", ",", " ", "%", "-", "+", "e"])),
                        min_size=1, max_size=12).map("".join)


@fuzz(2000)
@given(st.one_of(number_token, nasty, st.text(max_size=40)),
       st.sampled_from([None, "decimal", "integer"]), st.sampled_from([None, "id", "en"]))
def test_numbers(token, prefer, style):
    parse_number(token, prefer, style)
    text = f"Paslon 1 {token} suara, {token}% dari {token} TPS"
    detect_style(text)
    list(find_numbers(text, style))
    list(find_fractions(text, style))


json_scalar = st.one_of(st.none(), st.booleans(), st.integers(min_value=-10 ** 40,
                                                               max_value=10 ** 40),
                        st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12),
                        nasty)
json_key = st.one_of(st.sampled_from(["ts", "progres", "total", "persen", "chart", "table",
                                      "tungsura", "nama", "nomor_urut", "null", "31", "3171",
                                      "1000023", "1000024", "kode", "id", "tingkat"]),
                     st.text(max_size=6))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(json_key, inner, max_size=5)), max_leaves=25)
SIREKAP_FILES = ["pkwkp/31.json", "pkwkp/31/3171.json", "paslon/pkwkp.json",
                 "paslon/pkwkk.json", "wilayah/pilkada/pkwkp/0.json", "ppwp/0.json"]


def _sirekap_text(value, mangle: int) -> str:
    text = json.dumps(value, ensure_ascii=bool(mangle % 2), default=str)
    if mangle % 3 == 1:
        text = text[: len(text) // 2]  # cut short
    elif mangle % 3 == 2:
        text = text.replace("1", "\\ud800", 1).replace("0", "[" * 3000, 1)
    return text


@fuzz(1000)
@given(st.sampled_from(SIREKAP_FILES), json_value, st.integers(0, 5))
def test_sirekap_json_files(scratch, name, value, mangle):
    folder = scratch / "sirekap"
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_sirekap_text(value, mangle), "utf-8", "surrogatepass")
    store = Store(":memory:")
    try:
        import_sirekap_tree(store, folder)
    except CheckError:
        pass
    finally:
        store.close()
        path.unlink()


REKAP_HEADER = "election,race_kind,region_code,area_code,nomor_urut,candidate_id,votes,as_of,source"
cell = st.one_of(nasty, st.text(max_size=10), digits, st.sampled_from(
    ["pilkada2024", "pemilu2024", "governor", "regent_mayor", "president", "31", "3171", "1",
     "1000023", "2024-12-08", "2024-12-08T10:00:00+07:00", "KPU", '"', '""', ",", "\r\n"]))
rekap_row = st.lists(cell, min_size=0, max_size=11)


@pytest.fixture(scope="module")
def rekap_store():
    store = Store(":memory:")
    batch = Batch()
    for cid, number in (("1000023", 1), ("1000024", 2)):
        batch.add_candidate(("pilkada2024", "governor", "31"), cid, number, "A", False)
    with store.transaction():
        store.write(batch)
    yield store
    store.close()


@fuzz(1000)
@given(st.lists(rekap_row, min_size=1, max_size=4), st.booleans())
def test_rekap_rows(scratch, rekap_store, rows, quote):
    def line(cells):
        return ",".join(f'"{c}"' if quote else c for c in cells)

    path = scratch / "rekap.csv"
    path.write_text(REKAP_HEADER + "\n" + "\n".join(line(r) for r in rows) + "\n", "utf-8",
                    "surrogatepass")
    try:
        batch = read_rekap_csv(rekap_store, path)
    except CheckError:
        return
    try:
        with rekap_store.transaction():
            rekap_store.write(batch)
    except CheckError:
        pass


PAGE_BITS = ["<title>", "</title>", "Real Count Pilkada 2024", "Paslon 1", "Pramono-Rano",
             "50,07%", "1.718.160 suara", "<table><tr><td>", "</td><td>", "</td></tr></table>",
             '<script type="application/json">', "</script>", '{"tungsura":{"chart":{"1000023":',
             "}}}", '<meta http-equiv="refresh" content="0;url=http://[::1/">',
             '<a href="http://[::1/x">', "<iframe src=javascript:alert(1)>", "&#xd800;", "&#0;",
             "<!--", "<![CDATA[", "<svg><script>", "kpu.go.id", "KPU RI", "<base href=//x>"]
html_page = st.lists(st.one_of(st.sampled_from(PAGE_BITS), nasty, st.text(max_size=15)),
                     max_size=25).map("".join)


@fuzz(400)
@given(html_page, st.sampled_from(["https://data-pemilu.pages.dev/", "https://kpu.go.id/",
                                   "http://127.0.0.1/x", "https://xn--kp-sia.id/"]),
       st.sampled_from(["text/html", "application/json", "text/plain", ""]))
def test_page_html_through_the_check_and_its_reports(html, url, content_type):
    body = html.encode("utf-8", "surrogatepass")
    try:
        report = check_snapshot(snapshot(url, body, content_type=content_type), RULES)
    except CheckError:
        return
    for fmt in ("text", "json"):
        render(report, RULES.rules, fmt, "id").encode("utf-8")


warc_uri = st.one_of(st.sampled_from(["https://data-pemilu.pages.dev/", "http://[::1/",
                                      "http://[::1", "urn:x", "", "https://a.example:99999/"]),
                     url_like)
warc_headers = st.lists(st.tuples(st.sampled_from(["Content-Type", "Location", "Content-Length",
                                                   "Transfer-Encoding", "Content-Encoding"]),
                                  st.one_of(nasty, st.text(max_size=12),
                                            st.sampled_from(["gzip", "chunked", "text/html",
                                                             "http://[::1/", "-1", "/next"]))),
                        max_size=3)


@fuzz(300)
@given(st.lists(st.tuples(warc_uri, st.sampled_from(["200 OK", "302 Found", "404 X", "999 ?"]),
                          warc_headers, html_page), min_size=1, max_size=3),
       st.integers(0, 3), st.one_of(st.none(), warc_uri))
def test_warc_records(scratch, records, damage, url):
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for uri, status, headers, body in records:
        try:
            http = StatusAndHeaders(status, [(k, v.encode("utf-8", "replace").decode("latin-1"))
                                             for k, v in headers], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri.encode("utf-8", "replace").decode("latin-1"), "response",
                payload=io.BytesIO(body.encode("utf-8", "surrogatepass")), http_headers=http))
        except (ValueError, UnicodeError):
            continue  # warcio will not write it; the reader gets the others
    data = out.getvalue()
    if damage == 1:
        data = data[: len(data) * 2 // 3]
    elif damage == 2:
        data = data.replace(b"WARC/1.0", b"WARC/9.9", 1)
    path = scratch / "fuzz.warc"
    path.write_bytes(data)
    try:
        check_snapshot(load_path(path, url), RULES)
    except CheckError:
        pass


@fuzz(100)
@given(st.one_of(url_like, st.text(max_size=30)), st.one_of(nasty, st.text(max_size=20)))
def test_command_line_exit_codes(scratch, target, note):
    result = CliRunner().invoke(cli, ["watch", "add", target, "--note", note,
                                      "--db", str(scratch / "watch.sqlite3")])
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    listed = CliRunner().invoke(cli, ["watch", "list", "--db", str(scratch / "watch.sqlite3")])
    assert listed.exit_code == 0 and "\x1b" not in listed.output
