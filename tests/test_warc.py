"""checker.retrieve.warc and the fetcher's wire record (Snapshot.exchanges), on loopback servers, offline.

What a check fetched must be saved exactly: every hop's request and response, headers as sent
(order, case, bytes), bodies as received (a gzip body stays gzip), the address connected to,
SHA-256 digests warcio itself accepts, and a file that replays to the same Snapshot.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import os
import subprocess
import sys
import threading
import time
import zlib
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from warcio.archiveiterator import ArchiveIterator

from checker.retrieve import fetch as fetch_module
from checker.retrieve.archive import load_html, load_warc
from checker.errors import CheckError
from checker.retrieve.fetch import FetchConfig, fetch
from checker.models import EvidenceFile
from checker.retrieve.warc import warc_paths, write_warc
from loopback import RESULTS_PAGE

LOCAL = FetchConfig(allow_private=True, timeout=5)
PAGE = RESULTS_PAGE.encode("utf-8")
GZ_PAGE = gzip.compress(PAGE, mtime=0)
MOVED = b"<html><body><a href='/b'>Moved</a></body></html>"


class Server:
    """Routes map a path to handler(h): each handler writes its own response, so a test can
    send chunked bodies, odd header bytes or a body that never finishes."""

    def __init__(self, routes):
        self.routes = routes

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(handler):
                route = self.routes.get(handler.path)
                if route is None:
                    return reply(handler, 404, b"no", [("Content-Type", "text/plain")])
                try:
                    route(handler)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up: fine
                    handler.close_connection = True

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()

    def url(self, path, host="127.0.0.1"):
        return f"http://{host}:{self.port}{path}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def reply(h, status, body=b"", headers=()):
    h.send_response(status)
    for name, value in headers:
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def redirect(location, status=302, body=b""):
    return lambda h: reply(h, status, body, [("Location", location),
                                             ("Content-Type", "text/html")])


def gzip_page(h):
    reply(h, 200, GZ_PAGE, [("Content-Type", "text/html; charset=utf-8"),
                            ("Content-Encoding", "gzip"), ("X-Mixed-Case", "Keep")])


def chunked_page(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    for piece in (PAGE[:50], PAGE[50:]):
        h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    h.wfile.write(b"0\r\n\r\n")


def raw_header_page(h):
    # A header value in Latin-1, as old servers send (not valid UTF-8).
    h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Kota: Bekas\xe9\r\n"
                  b"Content-Length: %d\r\n\r\n%s" % (len(PAGE), PAGE))


@pytest.fixture
def srv():
    server = Server({"/a": redirect("/b", 302, MOVED), "/b": redirect("/page", 301),
                     "/page": gzip_page, "/chunked": chunked_page, "/raw": raw_header_page})
    yield server
    server.close()


def named(host="hasil-pilkada.test"):
    """A DNS answer for a name, so the URL carries a name and the socket goes to 127.0.0.1."""
    async def resolve(name, port):
        assert name == host
        return ["127.0.0.1"]
    return resolve


def records(path):
    with open(path, "rb") as handle:
        out = []
        for record in ArchiveIterator(handle, check_digests=True):
            block = record.content_stream().read()
            out.append((record, block, record.digest_checker.passed,
                        list(record.digest_checker.problems)))
        return out


def b32_sha256(data: bytes) -> str:
    return "sha256:" + base64.b32encode(hashlib.sha256(data).digest()).decode("ascii")


# --- the fetcher keeps every hop as it came ------------------------------------------------------


def test_every_hop_is_kept_with_raw_headers_and_the_body_as_received(srv):
    snap = fetch(srv.url("/a", "hasil-pilkada.test"), LOCAL, resolver=named())
    first, second, page = snap.exchanges
    assert [e.url for e in snap.exchanges] == [srv.url(p, "hasil-pilkada.test")
                                               for p in ("/a", "/b", "/page")]
    assert {e.ip for e in snap.exchanges} == {"127.0.0.1"}
    assert [(e.status, e.reason) for e in snap.exchanges] == [
        (302, "Found"), (301, "Moved Permanently"), (200, "OK")]
    assert first.raw_body == MOVED and first.truncated is None and second.raw_body == b""
    assert page.raw_body == GZ_PAGE and snap.body == PAGE  # encoded as sent; decoded to analyse
    assert [n for n, _ in page.headers][-4:] == ["Content-Type", "Content-Encoding",
                                                  "X-Mixed-Case", "Content-Length"]
    assert ("Host", f"hasil-pilkada.test:{srv.port}") in page.request_headers
    assert all(e.http_version == "HTTP/1.1" for e in snap.exchanges)
    times = [e.started_at for e in snap.exchanges]
    assert times == sorted(times) and all(t.tzinfo is not None for t in times)


def test_exchanges_do_not_change_snapshot_equality(srv):
    snap = fetch(srv.url("/page"), LOCAL, now=lambda: datetime(2024, 11, 28, tzinfo=timezone.utc))
    assert snap.exchanges and snap == snap.__class__(**{**snap.__dict__, "exchanges": ()})
    assert "exchanges" not in repr(snap)


def test_a_big_redirect_body_is_cut_and_marked(srv, monkeypatch):
    monkeypatch.setattr(fetch_module, "_REDIRECT_BODY_BYTES", 10)
    snap = fetch(srv.url("/a"), LOCAL)
    assert snap.exchanges[0].raw_body == MOVED[:10] and snap.exchanges[0].truncated == "length"
    assert snap.body == PAGE  # the redirect was still followed


def test_a_redirect_body_that_never_ends_is_cut_by_time(srv, monkeypatch):
    def stalling(h):
        h.send_response(302)
        h.send_header("Location", "/page")
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.write(b"Moved")
        h.wfile.flush()
        time.sleep(1.5)
        h.close_connection = True

    srv.routes["/stall"] = stalling
    monkeypatch.setattr(fetch_module, "_REDIRECT_BODY_SECONDS", 0.2)
    snap = fetch(srv.url("/stall"), LOCAL)  # the 0.2 s deadline cut the 1.5 s stall: "time"
    assert snap.exchanges[0].raw_body == b"Moved" and snap.exchanges[0].truncated == "time"
    assert snap.status == 200 and snap.body == PAGE


# --- the WARC file -------------------------------------------------------------------------------


def test_warc_records_name_the_url_the_ip_the_time_and_pair_up(srv, tmp_path):
    snap = fetch(srv.url("/a", "hasil-pilkada.test"), LOCAL, resolver=named())
    saved = write_warc(snap, tmp_path / "x.warc.gz")
    data = (tmp_path / "x.warc.gz").read_bytes()
    assert saved == EvidenceFile(str(tmp_path / "x.warc.gz"), hashlib.sha256(data).hexdigest(),
                                 len(data))
    recs = records(tmp_path / "x.warc.gz")
    assert [r.rec_type for r, *_ in recs] == ["warcinfo"] + ["request", "response"] * 3
    info = recs[0][1].decode("utf-8")
    assert "software: cekresmi/" in info and f"requested-url: {snap.requested_url}" in info
    assert recs[0][0].rec_headers.get_header("WARC-Filename") == "x.warc.gz"
    by_id = {r.rec_headers.get_header("WARC-Record-ID"): r for r, *_ in recs}
    pairs = list(zip(recs[1::2], recs[2::2]))
    for (request, *_), (response, *_) in pairs:
        h = response.rec_headers
        assert h.protocol == "WARC/1.1"
        assert "127.0.0.1" not in h.get_header("WARC-Target-URI")  # the name, never the IP
        assert h.get_header("WARC-IP-Address") == "127.0.0.1"
        assert by_id[h.get_header("WARC-Concurrent-To")] is request
        assert by_id[request.rec_headers.get_header("WARC-Concurrent-To")] is response
        assert request.rec_headers.get_header("WARC-Target-URI") == h.get_header("WARC-Target-URI")
        assert h.get_header("WARC-Block-Digest").startswith("sha256:")
    dates = [r.rec_headers.get_header("WARC-Date") for (r, *_), _ in pairs]
    assert dates == [e.started_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ") for e in snap.exchanges]
    assert [r.rec_headers.get_header("WARC-Target-URI") for _, (r, *_) in pairs] == \
        [e.url for e in snap.exchanges]
    assert pairs[0][0][0].http_headers.protocol == "GET"


def test_payload_and_block_digests_are_sha256_of_what_was_received(srv, tmp_path):
    snap = fetch(srv.url("/a"), LOCAL)
    path = write_warc(snap, tmp_path / "x.warc.gz").path
    responses = [r for r, *_ in records(path) if r.rec_type == "response"]
    for response, exchange in zip(responses, snap.exchanges):
        assert response.rec_headers.get_header("WARC-Payload-Digest") == \
            b32_sha256(exchange.raw_body)
    # The page's payload is the gzip bytes as sent, and its Content-Encoding is kept.
    assert responses[-1].http_headers.get_header("Content-Encoding") == "gzip"
    assert responses[-1].rec_headers.get_header("WARC-Payload-Digest") == b32_sha256(GZ_PAGE)
    for record, _, passed, problems in records(path):
        assert passed is True and problems == [], record.rec_type  # warcio checked both digests


def test_warcio_check_accepts_the_file(srv, tmp_path):
    path = write_warc(fetch(srv.url("/a"), LOCAL), tmp_path / "x.warc.gz").path
    out = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", path],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("digest pass") == 7 and "fail" not in out.stdout


def test_every_record_is_its_own_gzip_member(srv, tmp_path):
    path = write_warc(fetch(srv.url("/a"), LOCAL), tmp_path / "x.warc.gz").path
    data, members = open(path, "rb").read(), 0
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        assert inflater.decompress(data).startswith(b"WARC/1.1\r\n") and inflater.eof
        data, members = inflater.unused_data, members + 1
    assert members == 7


def test_truncated_redirect_body_is_marked_in_the_warc(srv, tmp_path, monkeypatch):
    monkeypatch.setattr(fetch_module, "_REDIRECT_BODY_BYTES", 10)
    path = write_warc(fetch(srv.url("/a"), LOCAL), tmp_path / "x.warc.gz").path
    responses = [r for r, *_ in records(path) if r.rec_type == "response"]
    assert [r.rec_headers.get_header("WARC-Truncated") for r in responses] == ["length", None, None]


def test_chunked_body_replays_and_validates(srv, tmp_path):
    snap = fetch(srv.url("/chunked"), LOCAL)
    assert snap.exchanges[-1].raw_body == PAGE
    path = write_warc(snap, tmp_path / "x.warc.gz").path
    response = [(r, b, p) for r, b, p, _ in records(path) if r.rec_type == "response"][0]
    assert response[0].http_headers.get_header("Transfer-Encoding") == "chunked"
    assert response[1] == PAGE and response[2] is True  # de-chunked by the reader, digests pass
    # The framing is really there (warcio would also read an unframed body, stricter readers not).
    with gzip.open(path) as handle:
        assert b"chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE) in handle.read()
    assert load_warc(path).body == PAGE


def test_header_bytes_are_kept_exactly(srv, tmp_path):
    snap = fetch(srv.url("/raw"), LOCAL)
    path = write_warc(snap, tmp_path / "x.warc.gz").path
    with gzip.open(path) as handle:
        assert b"\r\nX-Kota: Bekas\xe9\r\n" in handle.read()
    assert load_warc(path).headers == snap.headers


def test_replay_gives_back_the_snapshot(srv, tmp_path):
    snap = fetch(srv.url("/a"), LOCAL)
    back = load_warc(write_warc(snap, tmp_path / "x.warc.gz").path)
    assert (back.requested_url, back.final_url, back.status, back.redirects, back.body,
            back.headers) == (snap.requested_url, snap.final_url, snap.status, snap.redirects,
                              snap.body, snap.headers)
    assert back.fetched_at == snap.exchanges[-1].started_at  # microseconds survive
    assert back.origin == "warc" and back.exchanges == ()


def test_nothing_fetched_nothing_to_write(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    with pytest.raises(CheckError) as info:
        write_warc(load_html(page, "https://x.example/"), tmp_path / "x.warc.gz")
    assert info.value.code == "warc_out_not_fetched"
    assert not (tmp_path / "x.warc.gz").exists()


def test_unwritable_target_leaves_nothing_behind(srv, tmp_path):
    snap = fetch(srv.url("/page"), LOCAL)
    with pytest.raises(CheckError) as info:
        write_warc(snap, tmp_path / "missing" / "x.warc.gz")
    assert info.value.code == "warc_unwritable" and info.value.params["reason"]
    (tmp_path / "folder.warc.gz").mkdir()  # a folder in the way: the rename fails
    with pytest.raises(CheckError):
        write_warc(snap, tmp_path / "folder.warc.gz")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.warc.gz"]


def test_rewriting_replaces_the_old_file_whole(srv, tmp_path):
    target = tmp_path / "x.warc.gz"
    target.write_bytes(b"old")
    saved = write_warc(fetch(srv.url("/page"), LOCAL), target)
    assert target.read_bytes()[:2] == b"\x1f\x8b" and saved.size == target.stat().st_size


# --- where captures go ---------------------------------------------------------------------------


def test_one_url_writes_the_named_file(tmp_path):
    assert warc_paths(tmp_path / "x.warc.gz", ["https://a.example/"]) == [tmp_path / "x.warc.gz"]


def test_a_folder_gets_numbered_files_per_host(tmp_path):
    urls = ["https://data-pemilu.pages.dev/gubernur", "http://[::1]:8080/", "https://a.example/"]
    paths = warc_paths(tmp_path / "caps", urls)
    assert (tmp_path / "caps").is_dir()
    assert [p.name for p in paths] == ["001-data-pemilu.pages.dev.warc.gz", "002-1.warc.gz",
                                       "003-a.example.warc.gz"]
    one = warc_paths(str(tmp_path / "solo") + os.sep, ["https://a.example/"])
    assert one == [tmp_path / "solo" / "001-a.example.warc.gz"]
    assert warc_paths(tmp_path / "caps", ["https://a.example/"])[0].parent == tmp_path / "caps"


@pytest.mark.parametrize("setup, code", [
    (lambda p: p.write_bytes(b"x"), "warc_out_not_folder"),
    (lambda p: None, None),
])
def test_several_urls_need_a_folder(tmp_path, setup, code):
    target = tmp_path / "caps.warc.gz"
    setup(target)
    urls = ["https://a.example/", "https://b.example/"]
    if code is None:
        assert len(warc_paths(target, urls)) == 2 and target.is_dir()
        return
    with pytest.raises(CheckError) as info:
        warc_paths(target, urls)
    assert info.value.code == code


def test_missing_parent_folder_is_refused_up_front(tmp_path):
    for out, urls in ((tmp_path / "no" / "x.warc.gz", ["https://a.example/"]),
                      (tmp_path / "no" / "caps", ["https://a.example/", "https://b.example/"])):
        with pytest.raises(CheckError) as info:
            warc_paths(out, urls)
        assert info.value.code == "warc_unwritable"
    assert list(tmp_path.iterdir()) == []


def test_module_surface():
    from checker.retrieve import warc

    assert warc.__all__ == ["warc_paths", "write_warc"]
