"""checker.retrieve.fetch and checker.retrieve.decode against real loopback servers (127.0.0.1 / 127.0.0.2), offline.

The SSRF guard is exercised with injected resolvers; 127.0.0.2 plays "the public internet"
through FetchConfig.allowed_networks, so the guard stays on in those tests.
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import re
import shutil
import socket
import ssl
import struct
import subprocess
import threading
import time
import tracemalloc
import zlib
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
import yaml

from checker.retrieve import fetch as fetch_module
from checker.retrieve.decode import BodyDecoder, DecodeError, TooLarge, UnsupportedEncoding
from checker.errors import CheckError
from checker.retrieve.fetch import FetchConfig, fetch, fetch_async, fetch_many
from checker.models import Hop, Snapshot
from loopback import free_port

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = ipaddress.ip_network("127.0.0.2/32")  # stands in for a public address in these tests
LOCAL = FetchConfig(allow_private=True, timeout=5)
GUARDED = FetchConfig(allowed_networks=(PUBLIC,), timeout=5)
HTML = b"<html><head><title>Hasil Pemilu</title></head><body>Suara sah</body></html>"

# code -> the parameters fetch.py raises it with (reports/errors.yaml must word them all)
FETCH_ERRORS = {
    "bad_url": ("url",), "bad_scheme": ("url", "scheme"), "dns_failed": ("host",),
    # connect_failed's reason is a word that picks a sentence (connect_failed_refused...),
    # never printed itself.
    "address_refused": ("host", "address"), "connect_failed": ("host",),
    "timeout": ("url", "seconds"), "too_large": ("url", "limit"),
    "too_many_redirects": ("url", "limit"), "bad_redirect": ("url", "location"),
    "protocol_error": ("url", "reason"), "unsupported_encoding": ("url", "encoding"),
}


# --- loopback servers ----------------------------------------------------------------------------


def send(h, status=200, body=b"", headers=None, length=True):
    h.send_response(status)
    for key, value in (headers or {}).items():
        h.send_header(key, value)
    if length:
        h.send_header("Content-Length", str(len(body)))
    else:  # no length: the body runs until the connection closes
        h.send_header("Connection", "close")
        h.close_connection = True
    h.end_headers()
    try:
        h.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):  # the client stopped reading, on purpose
        pass


class Server:
    """HTTP/1.1 (keep-alive) server in a thread; routes map a path to handler(h)."""

    def __init__(self, host="127.0.0.1", port=0, tls=None):
        self.routes, self.hits, self.sni = {}, [], []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                outer.hits.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = outer.routes.get(self.path.split("?")[0])
                if route is None:
                    send(self, 404, b"not here", {"Content-Type": "text/plain"})
                else:
                    route(self)

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *a: None  # failed TLS handshakes are expected
        if tls is not None:
            tls.sni_callback = lambda sock, name, ctx: self.sni.append(name)
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True,
                                                do_handshake_on_connect=False)
        self.host, self.port = host, self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()

    def url(self, path="/", host=None, scheme="http"):
        return f"{scheme}://{host or self.host}:{self.port}{path}"

    def page(self, path, body=HTML, status=200, content_type="text/html; charset=utf-8", **hdr):
        self.routes[path] = lambda h: send(h, status, body, {"Content-Type": content_type, **hdr})

    def redirect(self, path, location, status=302):
        self.routes[path] = lambda h: send(h, status, b"", {"Location": location})

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def srv():
    server = Server("127.0.0.1")
    yield server
    server.close()


def second_loopback(port=0) -> Server:
    try:
        return Server("127.0.0.2", port)
    except OSError as exc:  # macOS only routes 127.0.0.1 unless an alias is added
        pytest.skip(f"cannot listen on 127.0.0.2: {exc}")


@pytest.fixture
def srv2():
    server = second_loopback()
    yield server
    server.close()


@pytest.fixture
def twins():
    """Servers on 127.0.0.2 and 127.0.0.1 sharing one port, to see which address got the hit."""
    for _ in range(20):
        second = second_loopback()
        try:
            first = Server("127.0.0.1", second.port)
        except OSError:  # that port is taken on 127.0.0.1: pick another
            second.close()
            continue
        yield second, first
        first.close()
        second.close()
        return
    pytest.skip("no port free on both 127.0.0.1 and 127.0.0.2")


def resolver(*answers):
    """An injected DNS: each call pops the next answer list (the last one repeats)."""
    answers = [list(a) if isinstance(a, (list, tuple)) else [a] for a in answers]
    calls = []

    async def resolve(host, port):
        calls.append((host, port))
        return answers[min(len(calls), len(answers)) - 1]

    resolve.calls = calls
    return resolve


def fails(code, url, config=LOCAL, **kw) -> CheckError:
    with pytest.raises(CheckError) as info:
        fetch(url, config, **kw)
    assert info.value.code == code, info.value
    return info.value


# --- plain pages, redirects ----------------------------------------------------------------------


def test_plain_page_becomes_snapshot(srv):
    srv.page("/hasil", HTML, **{"X-Test": "yes"})
    moment = datetime(2024, 2, 14, 12, 0, tzinfo=timezone.utc)
    snap = fetch(srv.url("/hasil"), LOCAL, now=lambda: moment)
    assert isinstance(snap, Snapshot)
    assert snap.requested_url == snap.final_url == srv.url("/hasil")
    assert (snap.status, snap.body, snap.redirects, snap.origin) == (200, HTML, (), "live")
    assert snap.fetched_at == moment and snap.content_type == "text/html"
    assert snap.header("x-test") == "yes" and all(k == k.lower() for k, _ in snap.headers)
    sent = srv.hits[0][1]
    assert sent["accept"] == "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8"
    assert sent["accept-language"] == "id,en;q=0.8"
    assert sent["accept-encoding"] == "gzip, deflate"
    assert sent["user-agent"] == FetchConfig().user_agent
    assert "cookie" not in sent


def test_fetched_at_defaults_to_aware_utc_now(srv):
    srv.page("/", HTML)
    before = datetime.now(timezone.utc)
    snap = fetch(srv.url("/"), LOCAL)
    assert before <= snap.fetched_at <= datetime.now(timezone.utc)


def test_requested_url_is_normalised(srv):
    srv.page("/x", HTML)
    snap = fetch(f"HTTP://LocalHost:{srv.port}/x", LOCAL, resolver=resolver("127.0.0.1"))
    assert snap.requested_url == f"http://localhost:{srv.port}/x"


def test_redirect_chain_of_three_hops_recorded_in_order(srv):
    srv.redirect("/a", srv.url("/b"), 301)
    srv.redirect("/b", srv.url("/c"), 302)
    srv.redirect("/c", srv.url("/d"), 307)
    srv.page("/d", HTML)
    snap = fetch(srv.url("/a"), LOCAL)
    assert snap.redirects == (
        Hop(srv.url("/a"), 301, srv.url("/b")),
        Hop(srv.url("/b"), 302, srv.url("/c")),
        Hop(srv.url("/c"), 307, srv.url("/d")),
    )
    assert (snap.requested_url, snap.final_url, snap.body) == (srv.url("/a"), srv.url("/d"), HTML)
    assert [path for path, _ in srv.hits] == ["/a", "/b", "/c", "/d"]


def test_relative_redirects_resolve_against_the_current_url(srv):
    srv.redirect("/dir/start", "next", 303)
    srv.redirect("/dir/next", "../top?x=1", 308)
    srv.redirect("/top", f"//127.0.0.1:{srv.port}/end")  # scheme-relative
    srv.page("/end", HTML)
    snap = fetch(srv.url("/dir/start"), LOCAL)
    assert [hop.url for hop in snap.redirects] == [
        srv.url("/dir/start"), srv.url("/dir/next"), srv.url("/top?x=1")]
    assert [hop.location for hop in snap.redirects] == [
        "next", "../top?x=1", f"//127.0.0.1:{srv.port}/end"]
    assert snap.final_url == srv.url("/end")


def test_redirect_loop_stops_at_max_redirects(srv):
    srv.redirect("/loop", "/loop")
    error = fails("too_many_redirects", srv.url("/loop"), FetchConfig(allow_private=True,
                                                                      max_redirects=3))
    assert error.params == {"url": srv.url("/loop"), "limit": 3}
    assert len(srv.hits) == 4  # the first request and three followed redirects


def test_exactly_max_redirects_is_fine(srv):
    for i in range(3):
        srv.redirect(f"/{i}", f"/{i + 1}")
    srv.page("/3", HTML)
    snap = fetch(srv.url("/0"), FetchConfig(allow_private=True, max_redirects=3))
    assert len(snap.redirects) == 3 and snap.final_url == srv.url("/3")


def test_3xx_without_location_is_the_final_answer(srv):
    srv.routes["/304"] = lambda h: send(h, 304, b"", length=False)
    snap = fetch(srv.url("/304"), LOCAL)
    assert (snap.status, snap.redirects, snap.body) == (304, (), b"")


@pytest.mark.parametrize("location", ["ftp://files.example/x", "javascript:alert(1)",
                                      "file:///etc/passwd", "http://[bad"])
def test_redirect_to_a_non_http_target_is_refused(srv, location):
    srv.redirect("/go", location)
    error = fails("bad_redirect", srv.url("/go"))
    assert error.params == {"url": srv.url("/go"), "location": location}


# --- URLs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("url,scheme", [("ftp://example.com/", "ftp"),
                                        ("javascript:alert(1)", "javascript"),
                                        ("file:///etc/passwd", "file")])
def test_non_http_schemes_are_refused(url, scheme):
    assert fails("bad_scheme", url).params == {"url": url, "scheme": scheme}


@pytest.mark.parametrize("url", ["example.com", "", "http://", "http:///path", "http://a b/",
                                 "http://1.2.3.256/",
                                 "http://[::1", "https://exa mple.com/", None, 42])
def test_malformed_urls_are_refused(url):
    assert fails("bad_url", url).params == {"url": str(url)}


# --- bodies --------------------------------------------------------------------------------------


def raw_deflate(data: bytes) -> bytes:
    squeeze = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return squeeze.compress(data) + squeeze.flush()


PAGE = HTML * 300


@pytest.mark.parametrize("encoding,body", [
    ("gzip", gzip.compress(PAGE)),
    ("x-gzip", gzip.compress(PAGE)),
    ("deflate", zlib.compress(PAGE)),
    ("deflate", raw_deflate(PAGE)),
    ("gzip, deflate", zlib.compress(gzip.compress(PAGE))),  # applied in order, undone reversed
    ("identity", PAGE),
])
def test_content_encodings_are_undone(srv, encoding, body):
    srv.page("/z", body, **{"Content-Encoding": encoding})
    snap = fetch(srv.url("/z"), LOCAL)
    assert snap.body == PAGE
    assert snap.header("content-encoding") == encoding  # headers stay as received


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br"])
def test_unsupported_encoding(srv, encoding):
    srv.page("/br", b"\x1b\x00\x00", **{"Content-Encoding": encoding})
    error = fails("unsupported_encoding", srv.url("/br"))
    assert error.params == {"url": srv.url("/br"), "encoding": "br" if "br" in encoding
                            else "zstd"}


def test_corrupt_gzip_is_a_protocol_error(srv):
    srv.page("/bad", b"this is not gzip at all", **{"Content-Encoding": "gzip"})
    assert fails("protocol_error", srv.url("/bad")).params["url"] == srv.url("/bad")


def test_garbage_instead_of_http_is_a_protocol_error(srv):
    def garbage(h):
        h.wfile.write(b"SURELY NOT HTTP\r\n\r\n")
        h.close_connection = True
    srv.routes["/garbage"] = garbage
    fails("protocol_error", srv.url("/garbage"))


@pytest.fixture(scope="module")
def gzip_bomb():
    """1 GiB of zeros as ~1 MB of gzip. After a full flush the compressor starts afresh, so
    every further 1 MiB of zeros compresses to the very same block: build one, repeat it."""
    mib, count = bytes(1 << 20), 1024
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    first = squeeze.compress(mib) + squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress(mib) + squeeze.flush(zlib.Z_FULL_FLUSH)
    assert squeeze.compress(mib) + squeeze.flush(zlib.Z_FULL_FLUSH) == block
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(mib, crc)
    bomb = first + block * (count - 1) + b"\x03\x00" + struct.pack("<II", crc, 0)
    probe = zlib.decompressobj(16 + zlib.MAX_WBITS)  # it really is zeros, far beyond the cap
    assert probe.decompress(bomb[:200_000], 50_000_000) == bytes(50_000_000)
    return bomb


def test_gzip_bomb_stops_quickly_without_big_allocations(srv, gzip_bomb):
    srv.page("/bomb", gzip_bomb, **{"Content-Encoding": "gzip"})
    config = FetchConfig(allow_private=True, max_bytes=2_000_000)  # > compressed size
    tracemalloc.start()
    try:
        error = fails("too_large", srv.url("/bomb"), config)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.params == {"url": srv.url("/bomb"), "limit": 2_000_000}
    assert peak < 20_000_000, peak  # a 1 GiB body, or even one 64 KiB chunk fully inflated: no


@pytest.mark.parametrize("declared", [True, False])
def test_plain_body_over_the_cap(srv, declared):
    srv.routes["/big"] = lambda h: send(h, 200, b"x" * 300_000, {"Content-Type": "text/html"},
                                        length=declared)
    config = FetchConfig(allow_private=True, max_bytes=100_000)
    assert fails("too_large", srv.url("/big"), config).params["limit"] == 100_000


def test_body_exactly_at_the_cap_is_kept(srv):
    srv.page("/edge", gzip.compress(b"y" * 100_000), **{"Content-Encoding": "gzip"})
    snap = fetch(srv.url("/edge"), FetchConfig(allow_private=True, max_bytes=100_000))
    assert snap.body == b"y" * 100_000


@pytest.mark.parametrize("status,content_type,body", [
    (200, "application/json", b'{"suara": [1, 2, 3]}'),
    (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
    (200, "application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    (404, "text/html", b"<h1>Tidak ditemukan</h1>"),
    (503, "text/plain", b"sedang sibuk"),
])
def test_non_html_and_error_statuses_are_snapshots(srv, status, content_type, body):
    srv.page("/thing", body, status=status, content_type=content_type)
    snap = fetch(srv.url("/thing"), LOCAL)
    assert (snap.status, snap.content_type, snap.body) == (status, content_type, body)


# --- time and connections ------------------------------------------------------------------------


def test_slow_drip_hits_the_overall_deadline(srv):
    def drip(h):  # one byte every 50 ms: never idle long enough for a read timeout
        h.send_response(200)
        h.send_header("Content-Length", "100000")
        h.end_headers()
        for _ in range(200):
            try:
                h.wfile.write(b"x")
                h.wfile.flush()
            except OSError:
                return
            time.sleep(0.05)
    srv.routes["/drip"] = drip
    error = fails("timeout", srv.url("/drip"), FetchConfig(allow_private=True, timeout=0.6))
    assert error.params == {"url": srv.url("/drip"), "seconds": 0.6}


def test_unreachable_port_is_connect_failed():
    port = free_port()
    error = fails("connect_failed", f"http://127.0.0.1:{port}/")
    assert error.params["host"] == "127.0.0.1" and error.params["reason"]


def test_dns_failure(srv):
    async def nxdomain(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    # The page it was, so the error can offer its archived copies (issue 13).
    assert fails("dns_failed", "http://tidak-ada.test/", resolver=nxdomain).params == {
        "host": "tidak-ada.test", "url": "http://tidak-ada.test/"}
    assert fails("dns_failed", "http://kosong.test/", resolver=resolver([])).code == "dns_failed"


# --- SSRF guard ----------------------------------------------------------------------------------


@pytest.mark.parametrize("url,address", [
    ("http://127.0.0.1/", "127.0.0.1"),
    ("http://[::1]/", "::1"),
    ("http://10.0.0.1/", "10.0.0.1"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"),
    ("http://0.0.0.0/", "0.0.0.0"),
    ("http://192.168.1.1:8080/", "192.168.1.1"),
    ("http://100.64.0.1/", "100.64.0.1"),  # carrier-grade NAT
    ("http://224.0.0.1/", "224.0.0.1"),
    ("http://[fe80::1]/", "fe80::1"),
    ("http://[fc00::1]/", "fc00::1"),
    ("http://[2002:7f00:1::]/", "2002:7f00:1::"),  # 6to4 wrapping 127.0.0.1
    ("http://[64:ff9b::a00:1]/", "64:ff9b::a00:1"),  # NAT64 wrapping 10.0.0.1
    ("http://[::7f00:1]/", "::7f00:1"),  # IPv4-compatible 127.0.0.1
    ("http://2130706433/", "127.0.0.1"),  # odd IPv4 spellings
    ("http://0x7f.1/", "127.0.0.1"),
    ("http://127.1/", "127.0.0.1"),
    ("http://017700000001/", "127.0.0.1"),  # octal, whole
    ("http://0x7f.0.0.1/", "127.0.0.1"),
    ("http://127.0.0.1./", "127.0.0.1"),
])
def test_guard_refuses_ip_literals(url, address):
    dns = resolver("93.184.216.34")  # must not even be asked: the host is an address
    error = fails("address_refused", url, FetchConfig(), resolver=dns)
    assert error.params["address"] == address and dns.calls == []


@pytest.mark.parametrize("answer", [["10.1.2.3"], ["93.184.216.34", "10.1.2.3"], ["::1"],
                                    ["127.0.0.1"], ["fd00::5"]])
def test_guard_refuses_names_resolving_to_private_addresses(answer):
    dns = resolver(answer)
    error = fails("address_refused", "https://kpu-palsu.test/", FetchConfig(), resolver=dns)
    assert error.params == {"host": "kpu-palsu.test", "address": answer[-1]}
    assert dns.calls == [("kpu-palsu.test", 443)]


def test_allowed_networks_let_one_address_through(srv2):
    srv2.page("/", HTML)
    assert fetch(srv2.url("/"), GUARDED).body == HTML


def test_guard_checks_every_hop(srv, srv2):
    srv2.redirect("/go", srv.url("/"))
    srv.page("/", b"secret admin page")
    error = fails("address_refused", srv2.url("/go"), GUARDED)
    assert error.params == {"host": "127.0.0.1", "address": "127.0.0.1"}
    assert len(srv2.hits) == 1 and srv.hits == []


def test_dns_rebinding_cannot_swap_the_vetted_address(twins):
    public, private = twins
    public.page("/who", b"public")
    private.page("/who", b"private")
    dns = resolver("127.0.0.2", "127.0.0.1")  # a rebinding DNS: harmless first, then local
    snap = fetch(f"http://rebind.test:{public.port}/who", GUARDED, resolver=dns)
    assert snap.body == b"public" and snap.final_url == f"http://rebind.test:{public.port}/who"
    assert private.hits == [] and len(public.hits) == 1
    assert public.hits[0][1]["host"] == f"rebind.test:{public.port}"
    assert dns.calls == [("rebind.test", public.port)]  # resolved once, and that answer used


def test_rebinding_on_a_later_hop_is_caught(twins):
    public, private = twins
    public.redirect("/start", "/next")
    private.page("/next", b"private")
    dns = resolver("127.0.0.2", "127.0.0.1")
    error = fails("address_refused", f"http://rebind.test:{public.port}/start", GUARDED,
                  resolver=dns)
    assert error.params == {"host": "rebind.test", "address": "127.0.0.1"}
    assert len(dns.calls) == 2 and private.hits == []


def test_guard_off_reaches_loopback(srv):
    srv.page("/", HTML)
    assert fetch(srv.url("/"), LOCAL).status == 200


# --- https: the vetted IP in the URL, the real name in SNI, Host and the certificate check -------


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj",
                    "/CN=pemilu.test", "-addext", "subjectAltName=DNS:pemilu.test",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


@pytest.fixture
def tls_srv(tls_files):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*tls_files)
    try:
        server = Server("127.0.0.2", tls=context)
    except OSError as exc:
        pytest.skip(f"cannot listen on 127.0.0.2: {exc}")
    server.page("/a", b"A")
    server.page("/b", b"B")
    yield server
    server.close()


@pytest.fixture
def trusting(tls_files):
    return ssl.create_default_context(cafile=str(tls_files[0]))


def fetch_with_client(url, ssl_context, **kw):
    async def run():
        async with httpx.AsyncClient(verify=ssl_context) as client:
            return await fetch_async(url, GUARDED, client=client, **kw)
    return asyncio.run(run())


def test_https_sends_real_name_in_sni_host_and_certificate_check(tls_srv, trusting):
    url = tls_srv.url("/a", host="pemilu.test", scheme="https")
    snap = fetch_with_client(url, trusting, resolver=resolver("127.0.0.2"))
    assert (snap.body, snap.final_url) == (b"A", url)
    assert tls_srv.sni == ["pemilu.test"]
    assert tls_srv.hits[0][1]["host"] == f"pemilu.test:{tls_srv.port}"


def test_https_certificate_for_another_name_is_refused(tls_srv, trusting):
    url = tls_srv.url("/a", host="lain.test", scheme="https")
    with pytest.raises(CheckError) as info:
        fetch_with_client(url, trusting, resolver=resolver("127.0.0.2"))
    assert info.value.code == "connect_failed" and info.value.params["host"] == "lain.test"
    assert info.value.params["reason"] == "tls" and tls_srv.hits == []  # one plain word


def test_pooled_tls_connection_is_never_reused_for_another_name(tls_srv, trusting,
                                                                monkeypatch):
    # Both names resolve to the same IP. Pooled by IP, the second request would ride the
    # connection verified for pemilu.test and be served; pooled by TLS name it must be refused.
    monkeypatch.setattr(httpx, "create_ssl_context", lambda **kw: trusting)
    urls = [tls_srv.url("/a", host="pemilu.test", scheme="https"),
            tls_srv.url("/a", host="pemilu.test", scheme="https"),
            tls_srv.url("/b", host="lain.test", scheme="https")]
    results = asyncio.run(fetch_many(urls, GUARDED, concurrency=1,
                                     resolver=resolver("127.0.0.2")))
    assert [r.body for r in results[:2]] == [b"A", b"A"]
    assert isinstance(results[2], CheckError) and results[2].code == "connect_failed"
    assert [path for path, _ in tls_srv.hits] == ["/a", "/a"]
    assert tls_srv.sni.count("pemilu.test") == 1  # the second /a did reuse its connection


def test_idle_tls_name_pools_are_closed_but_busy_ones_survive(srv):
    srv.page("/", HTML)

    async def run():
        transport = fetch_module._PoolPerTlsName()
        ask = lambda name: transport.handle_async_request(  # noqa: E731
            httpx.Request("GET", srv.url("/"), extensions={"sni_hostname": name}))
        held = await ask("busy.test")  # its body is still unread while others come and go
        for i in range(fetch_module._IDLE_POOLS + 10):
            response = await ask(f"n{i}.test")
            await response.aread()
            await response.aclose()
        names = list(transport._pools)
        body = await held.aread()
        await held.aclose()
        await transport.aclose()
        return names, body

    names, body = asyncio.run(run())
    assert body == HTML and "busy.test" in names and "n0.test" not in names
    assert len(names) <= fetch_module._IDLE_POOLS + 2


# --- many at once --------------------------------------------------------------------------------


def test_fetch_many_keeps_order_reports_errors_and_calls_on_done(srv):
    def slow(h):
        time.sleep(0.3)
        send(h, 200, b"slow", {"Content-Type": "text/plain"})
    srv.routes["/slow"] = slow
    srv.page("/fast", b"fast")
    srv.redirect("/hop", "/fast")
    urls = [srv.url("/slow"), "ftp://example.com/", srv.url("/hop"),
            f"http://127.0.0.1:{free_port()}/", srv.url("/fast")]
    done = []
    results = asyncio.run(fetch_many(urls, LOCAL, concurrency=3,
                                     on_done=lambda i, r: done.append((i, r))))
    assert [type(r).__name__ for r in results] == [
        "Snapshot", "CheckError", "Snapshot", "CheckError", "Snapshot"]
    assert results[0].body == b"slow" and results[2].redirects and results[4].body == b"fast"
    assert [results[1].code, results[3].code] == ["bad_scheme", "connect_failed"]
    assert sorted(i for i, _ in done) == [0, 1, 2, 3, 4]
    assert all(results[i] is r for i, r in done)
    assert [i for i, _ in done].index(0) > [i for i, _ in done].index(2)  # finished as it came


def test_fetch_many_respects_concurrency(srv):
    active, peak, lock = [0], [0], threading.Lock()

    def held(h):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.1)
        with lock:
            active[0] -= 1
        send(h, 200, b"ok")
    srv.routes["/held"] = held
    results = asyncio.run(fetch_many([srv.url("/held")] * 6, LOCAL, concurrency=2))
    assert all(r.body == b"ok" for r in results) and peak[0] <= 2


def test_fetch_many_of_nothing():
    assert asyncio.run(fetch_many([], LOCAL)) == []


# --- decode, directly ----------------------------------------------------------------------------


def decode(encoding, body, limit=10_000_000, step=7):
    decoder = BodyDecoder(encoding, limit)
    out = b"".join(decoder.feed(body[i:i + step]) for i in range(0, len(body), step))
    return out + decoder.flush()


def test_decoder_handles_tiny_chunks_and_both_deflate_flavours():
    assert decode("deflate", raw_deflate(PAGE), step=1) == PAGE
    assert decode("deflate", zlib.compress(PAGE), step=1) == PAGE
    assert decode("GZIP", gzip.compress(PAGE), step=3) == PAGE
    assert decode(None, PAGE) == decode("", PAGE) == PAGE


def test_decoder_caps_raw_and_decoded_sizes():
    with pytest.raises(TooLarge):
        decode("gzip", gzip.compress(PAGE), limit=len(PAGE) - 1)
    with pytest.raises(TooLarge):
        decode(None, PAGE, limit=len(PAGE) - 1)
    assert decode("gzip", gzip.compress(PAGE), limit=len(PAGE)) == PAGE


def test_decoder_caps_raw_bytes_even_when_they_decode_to_little():
    decoder = BodyDecoder("gzip", 1000)  # bytes after the gzip end are ignored, not unlimited
    assert decoder.feed(gzip.compress(b"hi")) == b"hi"
    with pytest.raises(TooLarge):
        decoder.feed(bytes(2000))


def test_decoder_never_returns_more_than_the_cap_per_chunk():
    decoder = BodyDecoder("gzip", 1000)
    with pytest.raises(TooLarge):  # 10 MB of zeros from one small chunk: stopped at 1001
        decoder.feed(gzip.compress(bytes(10_000_000)))


def test_decoder_refuses_unknown_encodings_up_front():
    with pytest.raises(UnsupportedEncoding) as info:
        BodyDecoder("gzip, compress", 10)
    assert info.value.encoding == "compress"
    with pytest.raises(DecodeError):
        decode("deflate", b"x")


# --- the words -----------------------------------------------------------------------------------


def test_every_fetch_error_has_words_in_both_languages():
    words = yaml.safe_load((ROOT / "reports" / "errors.yaml").read_text("utf-8"))["errors"]
    raised = set(re.findall(r'CheckError\(\s*"(\w+)"', (ROOT / "checker" / "retrieve" / "fetch.py").read_text()))
    assert raised <= set(FETCH_ERRORS), raised - set(FETCH_ERRORS)
    for code, params in FETCH_ERRORS.items():
        sample = {name: f"<{name}>" for name in params}
        for lang in ("id", "en"):
            text = words[code][lang]
            assert isinstance(text, str) and "\n" not in text.strip(), (code, lang)
            line = text.format_map(sample)  # raises on a placeholder the error does not carry
            assert all(f"<{name}>" in line for name in params), (code, lang, line)
    assert words["address_refused"]["id"].startswith("Alamat {host} menunjuk")
    for reason in ("refused", "unreachable", "reset", "tls"):
        for lang in ("id", "en"):
            assert "{host}" in words[f"connect_failed_{reason}"][lang]


def test_module_surface():
    assert fetch_module.__all__ == sorted(fetch_module.__all__)
    assert set(fetch_module.__all__) == {"FetchConfig", "fetch", "fetch_async", "fetch_many",
                                        "get_bytes", "json_client",  # json_client: official sync
                                        "new_client"}  # new_client: the browser's sub-requests
    source = (ROOT / "checker" / "retrieve" / "decode.py").read_text()
    assert not re.search(r"^\s*(import|from)\s+httpx", source, re.M)


def test_dotted_ipv4_forms_httpx_rejects_are_bad_urls():
    # "0177.0.0.1" is 127.0.0.1 to inet_aton; httpx refuses the form outright, which is as safe.
    for url in ("http://0177.0.0.1/", "http://127.000.000.001/"):
        fails("bad_url", url, FetchConfig())
