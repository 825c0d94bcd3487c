"""`cekresmi serve` under abuse (issue 15, item 5), against the real process on loopback: one
client holding many half-open connections (slowloris) does not starve another; unfinished
request heads time out; long request lines and heads get 414/431; a Host the operator did
not allow is refused, and links are built from the allowed origin only."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from loopback import free_port

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    db = tmp_path_factory.mktemp("serve") / "db.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CEKRESMI_DB": str(db)}
    process = subprocess.Popen(
        [sys.executable, "-c", "from checker.cli.main import main; main()", "serve",
         "--port", str(port), "--log-level", "warning", "--header-timeout", "2",
         "--client-connections", "8", "--max-connections", "40"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/healthz", timeout=2)
            break
        except httpx.TransportError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(10)


def _connect(port: int, source: str) -> socket.socket:
    sock = socket.socket()
    sock.bind((source, 0))
    sock.settimeout(10)
    sock.connect(("127.0.0.1", port))
    return sock


def _answer(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (b"" when it reset it: we
    had sent a head it never read)."""
    data = b""
    try:
        while chunk := sock.recv(65_536):
            data += chunk
    except ConnectionResetError:
        pass
    return data


def _raw(port: int, request: bytes, source: str = "127.0.0.3") -> bytes:
    with _connect(port, source) as sock:
        try:
            sock.sendall(request)
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused before everything was sent: the answer is still there
        return _answer(sock)


def test_one_client_holding_half_open_connections_does_not_starve_another(server):
    port = server
    held = []
    try:
        for _ in range(60):  # more than --max-connections (40) would allow in all
            sock = _connect(port, "127.0.0.1")
            sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # never finished
            held.append(sock)
        time.sleep(0.3)
        other = httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.0.2"))
        with other:
            for path in ("/healthz", "/"):
                response = other.get(f"http://127.0.0.1:{port}{path}", timeout=5)
                assert response.status_code == 200, (path, response.status_code)
        # Beyond its 8 connections, the first client was turned away at once (well before
        # the header deadline)...
        for sock in held[8:]:
            sock.settimeout(1)
        answers = [_answer(s) for s in held[8:]]
        assert all(a == b"" or a.startswith(b"HTTP/1.1 429 ") for a in answers), answers[:3]
        # ...and its 8 unfinished heads got 408 after the 2 s header deadline.
        started = time.monotonic()
        answers = [_answer(s) for s in held[:8]]
        assert all(a.startswith(b"HTTP/1.1 408 ") for a in answers), answers[:3]
        assert time.monotonic() - started < 8
    finally:
        for sock in held:
            sock.close()


def test_a_connection_that_sends_nothing_is_dropped_too(server):
    with _connect(server, "127.0.0.4") as sock:
        started = time.monotonic()
        assert _answer(sock).startswith(b"HTTP/1.1 408 ")
        assert 1.5 < time.monotonic() - started < 8


def test_long_request_lines_and_heads_get_414_and_431(server):
    port = server
    host = f"Host: 127.0.0.1:{port}\r\n".encode()
    line = b"GET /?q=" + b"a" * 120_000 + b" HTTP/1.1\r\n" + host + b"\r\n"
    assert _raw(port, line).startswith(b"HTTP/1.1 414 ")
    big = b"GET / HTTP/1.1\r\n" + host + b"X-Big: " + b"b" * 100_000 + b"\r\n\r\n"
    assert _raw(port, big).startswith(b"HTTP/1.1 431 ")
    many = b"GET / HTTP/1.1\r\n" + host + b"".join(b"X-%d: 1\r\n" % i for i in range(5000)) + b"\r\n"
    assert _raw(port, many).startswith(b"HTTP/1.1 431 ")
    # A head that arrives in pieces is counted as it grows, not only once complete.
    with _connect(port, "127.0.0.3") as sock:
        sock.sendall(b"GET / HTTP/1.1\r\n" + host)
        try:
            for _ in range(40):
                sock.sendall(b"X-Piece: " + b"c" * 1000 + b"\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass
        assert _answer(sock).startswith(b"HTTP/1.1 431 ")
    # A second, pipelined request on the same connection is held to the same limits.
    first = b"GET /healthz HTTP/1.1\r\n" + host + b"\r\n"
    answer = _raw(port, first + big)
    assert answer.startswith(b"HTTP/1.1 ") and b"HTTP/1.1 431 " in answer
    normal = b"GET /healthz HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n"
    assert _raw(port, normal).startswith(b"HTTP/1.1 200 ")


def test_host_header_is_checked_and_links_use_the_allowed_origin(server):
    port = server
    evil = httpx.get(f"http://127.0.0.1:{port}/bookmarklet", headers={"Host": "evil.example"})
    assert evil.status_code == 400 and "evil.example" not in evil.text
    page = httpx.get(f"http://127.0.0.1:{port}/bookmarklet")
    assert page.status_code == 200 and f"127.0.0.1:{port}" in page.text
    assert page.headers["cache-control"] == "no-store" and "Host" in page.headers["vary"]


def test_listening_everywhere_needs_a_public_url():
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--public-url" in result.output
    assert len(result.output.strip().splitlines()) == 1
    result = CliRunner().invoke(cli, ["serve", "--trust-proxy", "not-an-ip"])
    assert result.exit_code == 2 and "not-an-ip" in result.output
