"""checker.retrieve.archive: saved pages and web archives on disk become Snapshots, or a CheckError.

Every archive is built here with warcio's WARCWriter, so the tests run offline and fast.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import string
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from checker.retrieve.archive import load_html, load_warc
from checker.retrieve.local import load_path
from checker.errors import CheckError
from checker.models import Hop
from realdata import pilkada_snapshot

ROOT = Path(__file__).resolve().parent.parent
PAGE = b"<!doctype html><html><head><title>Hasil Pilkada</title></head><body>KPU</body></html>"
DATE = "2024-11-29T17:41:00Z"


# --- building archives ------------------------------------------------------------------------


def response(url, status="200 OK", headers=(("Content-Type", "text/html; charset=utf-8"),), body=PAGE, date=DATE):
    return ("response", url, status, list(headers), body, date)


def redirect(url, status, location):
    # No Content-Type: a bare redirect must still be taken as the start of the page.
    return response(url, status, [("Location", location), ("Content-Length", "0")], b"")


def request(url):
    return ("request", url, None, None, b"", DATE)


def resource(url, content_type, body):
    return ("resource", url, content_type, None, body, DATE)


def warc_bytes(records, gz=True) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for number, (kind, url, status, headers, body, date) in enumerate(records):
        # A fixed record id keeps the bytes, and so every cut point below, the same each run.
        warc_headers = {"WARC-Date": date, "WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=number)}>"}
        if kind == "response":
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=http, warc_headers_dict=warc_headers)
        elif kind == "request":
            http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            rec = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                            http_headers=http, warc_headers_dict=warc_headers)
        else:
            rec = writer.create_warc_record(url, "resource", payload=io.BytesIO(body),
                                            warc_content_type=status, warc_headers_dict=warc_headers)
        writer.write_record(rec)
    return buf.getvalue()


def write_warc(tmp_path, records, gz=True, name=None) -> Path:
    path = tmp_path / (name or ("capture.warc.gz" if gz else "capture.warc"))
    path.write_bytes(warc_bytes(records, gz))
    return path


def error_of(call, *args, **kwargs) -> CheckError:
    with pytest.raises(CheckError) as caught:
        call(*args, **kwargs)
    return caught.value


# --- picking the page and following redirects --------------------------------------------------


@pytest.mark.parametrize("gz", [True, False])
def test_redirect_chain_is_followed_and_recorded_in_order(tmp_path, gz):
    # The 302 comes after the page it points to: lookups must work in both directions,
    # and its Location is relative, as servers often send it.
    path = write_warc(tmp_path, [
        request("http://kpu-palsu.example/"),
        redirect("http://kpu-palsu.example/", "301 Moved Permanently", "https://www.kpu-palsu.example/hasil"),
        response("https://pilkada2024.kpu.go.id/final", date="2024-11-30T01:02:03Z"),
        redirect("https://www.kpu-palsu.example/hasil", "302 Found", "https://pilkada2024.kpu.go.id/final"),
    ], gz=gz)
    snap = load_warc(path)
    assert snap.requested_url == "http://kpu-palsu.example/"
    assert snap.final_url == "https://pilkada2024.kpu.go.id/final"
    assert snap.redirects == (
        Hop("http://kpu-palsu.example/", 301, "https://www.kpu-palsu.example/hasil"),
        Hop("https://www.kpu-palsu.example/hasil", 302, "https://pilkada2024.kpu.go.id/final"),
    )
    assert snap.status == 200
    assert snap.body == PAGE
    assert snap.origin == "warc"
    assert snap.header("content-type") == "text/html; charset=utf-8"
    assert all(name == name.lower() for name, _ in snap.headers)
    assert snap.fetched_at == datetime(2024, 11, 30, 1, 2, 3, tzinfo=timezone.utc)
    assert snap.resources == ()  # the hops are part of the page, not resources


def test_relative_location_is_resolved_against_the_hop(tmp_path):
    path = write_warc(tmp_path, [
        redirect("https://example.org/a/b", "307 Temporary Redirect", "../final?x=1"),
        response("https://example.org/final?x=1"),
    ])
    snap = load_warc(path)
    # The hop keeps Location as the server sent it, as the live fetcher does.
    assert snap.redirects == (Hop("https://example.org/a/b", 307, "../final?x=1"),)
    assert snap.final_url == "https://example.org/final?x=1"


def test_redirect_to_a_page_not_in_the_archive(tmp_path):
    path = write_warc(tmp_path, [redirect("https://a.example/", "302 Found", "https://b.example/gone")])
    err = error_of(load_warc, path)
    assert err.code == "archive_url_missing"
    assert err.params == {"path": str(path), "url": "https://b.example/gone"}


def test_redirect_loop_stops(tmp_path):
    path = write_warc(tmp_path, [
        redirect("https://a.example/", "302 Found", "https://b.example/"),
        redirect("https://b.example/", "302 Found", "https://a.example/"),
    ])
    err = error_of(load_warc, path)
    assert err.code == "archive_corrupt" and "redirects" in err.params["reason"]


@pytest.mark.parametrize("count, ok", [(10, True), (11, False)])
def test_at_most_ten_redirects_are_followed(tmp_path, count, ok):
    records = [redirect(f"https://kpu.example/{i}", "302 Found", f"/{i + 1}") for i in range(count)]
    path = write_warc(tmp_path, records + [response(f"https://kpu.example/{count}")])
    if ok:
        snap = load_warc(path)
        assert len(snap.redirects) == count and snap.final_url == f"https://kpu.example/{count}"
    else:
        assert error_of(load_warc, path).code == "archive_corrupt"


def test_not_modified_is_not_a_redirect(tmp_path):
    path = write_warc(tmp_path, [
        response("https://kpu.go.id/", "304 Not Modified", [("Location", "https://elsewhere.example/")], b""),
        response("https://kpu.go.id/page"),
    ])
    snap = load_warc(path)
    assert (snap.final_url, snap.redirects) == ("https://kpu.go.id/page", ())


def test_first_capture_of_a_url_is_used(tmp_path):
    later = b"<html>recaptured</html>"
    path = write_warc(tmp_path, [response("https://kpu.go.id/"), response("https://kpu.go.id/", body=later)])
    snap = load_warc(path, "https://kpu.go.id/")
    assert snap.body == PAGE
    assert [r.body for r in snap.resources] == [later]


@pytest.mark.parametrize("date, expected", [
    ("2024-11-29T17:41:00.250Z", datetime(2024, 11, 29, 17, 41, 0, 250000, tzinfo=timezone.utc)),
    ("2024-11-30T00:41:00+07:00", datetime(2024, 11, 29, 17, 41, tzinfo=timezone.utc)),
    ("2024-11-29T17:41:00", datetime(2024, 11, 29, 17, 41, tzinfo=timezone.utc)),
])
def test_warc_date_becomes_aware_utc(tmp_path, date, expected):
    snap = load_warc(write_warc(tmp_path, [response("https://kpu.go.id/", date=date)]))
    assert snap.fetched_at == expected and snap.fetched_at.utcoffset().total_seconds() == 0


def test_url_picks_the_second_html_page(tmp_path):
    second = b"<html><title>kedua</title></html>"
    path = write_warc(tmp_path, [
        response("https://one.example/"),
        response("https://two.example/page", body=second),
    ])
    assert load_warc(path).final_url == "https://one.example/"
    snap = load_warc(path, "https://two.example/page")
    assert snap.body == second
    assert snap.requested_url == snap.final_url == "https://two.example/page"
    # The first page is now just another captured response.
    assert [r.url for r in snap.resources] == ["https://one.example/"]


@pytest.mark.parametrize("given", [
    "HTTPS://PilKada2024.KPU.go.id:443",
    "https://pilkada2024.kpu.go.id",
    "https://pilkada2024.kpu.go.id/#top",
])
def test_url_matching_is_lightly_normalised(tmp_path, given):
    path = write_warc(tmp_path, [response("https://other.example/"), response("https://pilkada2024.kpu.go.id/")])
    assert load_warc(path, given).final_url == "https://pilkada2024.kpu.go.id/"


def test_url_matching_keeps_non_default_port_and_path(tmp_path):
    path = write_warc(tmp_path, [response("https://kpu.go.id:8443/x")])
    assert error_of(load_warc, path, "https://kpu.go.id/x").code == "archive_url_missing"
    assert error_of(load_warc, path, "https://kpu.go.id:8443/y").code == "archive_url_missing"
    assert load_warc(path, "https://KPU.go.id:8443/x").final_url == "https://kpu.go.id:8443/x"


def test_url_not_in_archive(tmp_path):
    path = write_warc(tmp_path, [response("https://one.example/")])
    err = error_of(load_path, path, "https://pilkada2024.kpu.go.id/")
    assert err.code == "archive_url_missing"
    assert err.params == {"path": str(path), "url": "https://pilkada2024.kpu.go.id/"}


def test_archive_with_only_images_has_no_page(tmp_path):
    path = write_warc(tmp_path, [
        request("https://kpu.go.id/logo.png"),
        response("https://kpu.go.id/logo.png", headers=[("Content-Type", "image/png")], body=b"\x89PNG...."),
        resource("https://kpu.go.id/foto.jpg", "image/jpeg", b"\xff\xd8\xff"),
    ])
    err = error_of(load_warc, path)
    assert (err.code, err.params) == ("archive_no_page", {"path": str(path)})


def test_xhtml_counts_as_a_page(tmp_path):
    path = write_warc(tmp_path, [
        response("https://kpu.go.id/data.json", headers=[("Content-Type", "application/json")], body=b"{}"),
        response("https://kpu.go.id/", headers=[("Content-Type", "application/xhtml+xml")]),
    ])
    assert load_warc(path).final_url == "https://kpu.go.id/"


# --- resources and payloads ------------------------------------------------------------------


def test_requests_are_ignored_and_json_goes_into_resources(tmp_path):
    path = write_warc(tmp_path, [
        request("https://pilkada2024.kpu.go.id/"),
        response("https://pilkada2024.kpu.go.id/"),
        request("https://sirekap-obj-data.kpu.go.id/pilkada/31.json"),
        response("https://sirekap-obj-data.kpu.go.id/pilkada/31.json",
                 headers=[("Content-Type", "application/json")], body=b'{"mode": "hhcw"}'),
        resource("urn:example:notes", "application/json", b'{"note": 1}'),
    ])
    snap = load_warc(path)
    assert snap.final_url == "https://pilkada2024.kpu.go.id/"
    assert [(r.url, r.status, r.content_type, r.body) for r in snap.resources] == [
        ("https://sirekap-obj-data.kpu.go.id/pilkada/31.json", 200, "application/json", b'{"mode": "hhcw"}'),
        ("urn:example:notes", 200, "application/json", b'{"note": 1}'),
    ]


def test_real_sirekap_json_is_kept_byte_for_byte(tmp_path):
    real = (pilkada_snapshot() / "pkwkp" / "31" / "31.json").read_bytes()
    url = "https://sirekap-obj-data.kpu.go.id/pilkada/hhcw/pkwkp/31.json"
    path = write_warc(tmp_path, [
        response("https://pilkada2024.kpu.go.id/pilgub/dki-jakarta"),
        response(url, headers=[("Content-Type", "application/json")], body=real),
    ])
    (json_resource,) = load_warc(path).resources
    assert json_resource.url == url
    assert json_resource.body == real
    assert b'"mode": "hhcw"' in json_resource.body


def test_gzip_encoded_payload_is_decoded(tmp_path):
    path = write_warc(tmp_path, [response(
        "https://pilkada2024.kpu.go.id/",
        headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        body=gzip.compress(PAGE),
    )])
    snap = load_warc(path)
    assert snap.body == PAGE
    assert snap.header("content-encoding") == "gzip"  # headers stay as received, like a live fetch


def test_chunked_payload_is_decoded(tmp_path):
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
    path = write_warc(tmp_path, [response(
        "https://kpu.go.id/", headers=[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
        body=chunked,
    )])
    assert load_warc(path).body == PAGE


# --- limits ----------------------------------------------------------------------------------


def test_page_bigger_than_max_bytes(tmp_path):
    path = write_warc(tmp_path, [response("https://kpu.go.id/", body=b"<html>" + b"x" * 5000)])
    err = error_of(load_warc, path, max_bytes=1000)
    assert (err.code, err.params) == ("file_too_large", {"path": str(path), "limit": 1000})


def test_gzip_bomb_page_is_stopped_at_max_bytes(tmp_path):
    path = write_warc(tmp_path, [response(
        "https://kpu.go.id/", headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        body=gzip.compress(b"<html>" + b"\0" * 2_000_000),
    )])
    assert error_of(load_warc, path, max_bytes=10_000).code == "file_too_large"


def test_big_resources_are_skipped_and_the_total_is_capped(tmp_path):
    json_type = [("Content-Type", "application/json")]
    records = [response("https://kpu.go.id/")]
    records.append(response("https://kpu.go.id/huge.json", headers=json_type, body=b"[" + b"1," * 1000 + b"1]"))
    records += [response(f"https://kpu.go.id/{i}.json", headers=json_type, body=b"x" * 400) for i in range(40)]
    snap = load_warc(write_warc(tmp_path, records), max_bytes=1000)
    urls = [r.url for r in snap.resources]
    assert "https://kpu.go.id/huge.json" not in urls
    kept = sum(len(r.body) for r in snap.resources) + len(snap.body)
    assert 0 < kept <= 10 * 1000
    assert len(urls) < 40


# --- broken archives -------------------------------------------------------------------------


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_archive_is_corrupt(tmp_path, gz):
    data = warc_bytes([response("https://a.example/"), response("https://b.example/", body=PAGE * 50)], gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: len(data) - 40])
    err = error_of(load_warc, path, "https://a.example/")
    assert err.code == "archive_corrupt"
    assert set(err.params) == {"path", "reason"}


def test_gzip_cut_inside_its_last_checksum_is_corrupt(tmp_path):
    # The records are all there, but a download that stopped early must not pass as whole.
    data = warc_bytes([response("https://a.example/")], gz=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[:-4])
    assert error_of(load_warc, path).code == "archive_corrupt"


def test_flipped_byte_in_gzip_is_corrupt(tmp_path):
    data = bytearray(warc_bytes([response("https://a.example/", body=PAGE * 20)], gz=True))
    data[len(data) // 2] ^= 0xFF
    path = tmp_path / "flip.warc.gz"
    path.write_bytes(bytes(data))
    assert error_of(load_warc, path).code == "archive_corrupt"


def test_cut_inside_record_headers_is_corrupt(tmp_path):
    # warcio itself drops a record whose WARC headers stop half-way without any error.
    data = warc_bytes([response("https://a.example/"), response("https://b.example/")], gz=False)
    second = data.index(b"WARC/1.0", 1)
    for cut in (data.index(b"WARC-Payload-Digest", second), data.index(b"WARC-Type", 0)):
        path = tmp_path / "cut.warc"
        path.write_bytes(data[:cut])
        assert error_of(load_warc, path, "https://b.example/").code == "archive_corrupt", cut


def test_empty_file_is_corrupt(tmp_path):
    path = tmp_path / "empty.warc"
    path.write_bytes(b"")
    assert error_of(load_path, path).code == "archive_corrupt"


@pytest.mark.parametrize("gz", [True, False])
def test_any_cut_gives_a_snapshot_or_a_check_error(tmp_path, gz):
    data = warc_bytes([response("https://a.example/"), response("https://b.example/", body=PAGE * 5)], gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    for cut in range(0, len(data), max(1, len(data) // 60)):
        path.write_bytes(data[:cut])
        try:
            snap = load_warc(path)
        except CheckError as err:
            assert err.code in {"archive_corrupt", "archive_no_page"}, (cut, err)
        else:  # cut between whole records: what is left is intact
            assert snap.body == PAGE, cut


@pytest.mark.parametrize("name", ["x.warc.gz", "x.warc", "x.arc"])
def test_random_bytes_are_corrupt(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(os.urandom(3000))
    assert error_of(load_path, path).code == "archive_corrupt"


def test_gzip_magic_followed_by_garbage_is_corrupt(tmp_path):
    path = tmp_path / "x.warc.gz"
    path.write_bytes(b"\x1f\x8b" + os.urandom(3000))
    assert error_of(load_warc, path).code == "archive_corrupt"


def test_arc_file_is_read(tmp_path):
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    header = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
    filedesc = b"filedesc://test.arc 0.0.0.0 20241129174100 text/plain %d\n%s\n" % (len(header), header)
    record = b"https://kpu.go.id/ 1.2.3.4 20241129174100 text/html %d\n%s\n" % (len(http), http)
    path = tmp_path / "old.arc"
    path.write_bytes(filedesc + record)
    snap = load_path(path)
    assert (snap.final_url, snap.status, snap.body) == ("https://kpu.go.id/", 200, PAGE)
    assert snap.fetched_at == datetime(2024, 11, 29, 17, 41, tzinfo=timezone.utc)


# --- load_path and saved pages ---------------------------------------------------------------


@pytest.mark.parametrize("gz", [True, False])
def test_archive_is_sniffed_whatever_its_name(tmp_path, gz):
    path = write_warc(tmp_path, [response("https://kpu.go.id/")], gz=gz, name="download.bin")
    snap = load_path(path)
    assert (snap.origin, snap.final_url) == ("warc", "https://kpu.go.id/")


def test_saved_html_with_url(tmp_path):
    path = tmp_path / "halaman.html"
    path.write_bytes(PAGE)
    moment = datetime(2024, 11, 28, 12, 0, tzinfo=timezone.utc)
    os.utime(path, (moment.timestamp(), moment.timestamp()))
    snap = load_path(path, "https://pilkada2024.kpu.go.id/")
    assert snap.origin == "file"
    assert snap.requested_url == snap.final_url == "https://pilkada2024.kpu.go.id/"
    assert (snap.status, snap.body, snap.redirects, snap.resources) == (200, PAGE, (), ())
    assert snap.headers == (("content-type", "text/html"),)
    assert snap.fetched_at == moment and snap.fetched_at.tzinfo is not None
    given = datetime(2024, 11, 29, 8, 0, tzinfo=timezone.utc)
    assert load_html(path, "https://x.example/", fetched_at=given).fetched_at == given


def test_saved_html_without_url_is_refused_even_if_it_names_itself(tmp_path):
    path = tmp_path / "halaman.html"
    path.write_bytes(b'<html><head><link rel="canonical" href="https://pilkada2024.kpu.go.id/">'
                     b'<meta property="og:url" content="https://pilkada2024.kpu.go.id/"></head></html>')
    for call in (lambda: load_path(path), lambda: load_html(path, "")):
        with pytest.raises(CheckError) as caught:
            call()
        assert (caught.value.code, caught.value.params) == ("url_required", {"path": str(path)})


def test_saved_html_too_large(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(b"x" * 101)
    err = error_of(load_path, path, "https://kpu.go.id/", max_bytes=100)
    assert (err.code, err.params) == ("file_too_large", {"path": str(path), "limit": 100})
    path.write_bytes(b"x" * 100)
    assert len(load_path(path, "https://kpu.go.id/", max_bytes=100).body) == 100


@pytest.mark.parametrize("loader", [load_path, load_warc, load_html])
def test_missing_file(tmp_path, loader):
    path = tmp_path / "tidak-ada.warc.gz"
    err = error_of(loader, path, "https://kpu.go.id/")
    assert (err.code, err.params) == ("file_not_found", {"path": str(path)})


@pytest.mark.parametrize("name", ["folder", "folder.warc.gz"])
def test_directory_is_unreadable(tmp_path, name):
    path = tmp_path / name
    path.mkdir()
    err = error_of(load_path, path, "https://kpu.go.id/")
    assert err.code == "file_unreadable"
    assert err.params["path"] == str(path) and err.params["reason"]


# --- the words for each error ----------------------------------------------------------------

PARAMS = {
    "file_not_found": {"path"},
    "file_unreadable": {"path", "reason"},
    "file_too_large": {"path", "limit"},
    "url_required": {"path"},
    "archive_corrupt": {"path", "reason"},
    "archive_no_page": {"path"},
    "archive_url_missing": {"path", "url"},
}


def test_every_error_code_has_indonesian_and_english_words():
    words = yaml.safe_load((ROOT / "reports" / "errors.yaml").read_text(encoding="utf-8"))["errors"]
    source = (ROOT / "checker" / "retrieve" / "archive.py").read_text(encoding="utf-8")
    raised = set(re.findall(r'CheckError\(\s*"(\w+)"', source))
    assert raised <= set(PARAMS)
    assert set(PARAMS) <= set(words)
    for code, params in PARAMS.items():
        assert list(words[code]) == ["id", "en"], code  # Bahasa Indonesia first
        for lang in ("id", "en"):
            text = words[code][lang]
            assert text.strip() and "\n" not in text, (code, lang)
            fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            assert fields <= params and "path" in fields, (code, lang, fields)
            text.format(**{name: "X" for name in params})
        assert words[code]["id"] != words[code]["en"], code


def test_random_bytes_named_warc_give_a_readable_reason(tmp_path):
    path = tmp_path / "noise.warc.gz"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CheckError) as caught:
        load_warc(path)
    reason = caught.value.params["reason"]
    assert caught.value.code == "archive_corrupt" and "first line" not in reason
    assert reason.isascii() and reason.isprintable()
