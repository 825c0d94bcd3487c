"""Chromium has no network of its own (checker.retrieve.browser_launch), with a real Chromium:
WebRTC's STUN to a UDP listener on loopback never arrives, isolated in a network namespace or
not; pop-ups and WebSockets are refused; the report says how the browser was isolated."""

from __future__ import annotations

import socket
import time
from contextlib import contextmanager
from dataclasses import replace

import pytest

from checker.retrieve.browser_launch import ARGS, find_chromium, isolation_available, prepare
from checker.retrieve.capture import RenderConfig

from loopback import LoopbackServer
from results_site import chromium
from test_browser import HTML, ONE_HOST, check, only


@pytest.fixture(scope="module")
def browser_config():
    return RenderConfig(executable=chromium(), time_limit=10, settle=3)


@contextmanager
def udp_listener():
    """A STUN/TURN server stand-in on loopback: yields (port, received datagrams)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.setblocking(False)
    got: list[bytes] = []
    try:
        yield sock.getsockname()[1], got
    finally:
        time.sleep(0.3)  # a late datagram still counts
        while True:
            try:
                got.append(sock.recv(4096))
            except BlockingIOError:
                break
        sock.close()


def rtc_page(port: int) -> str:
    """A page that asks Chromium to reach a STUN server on loopback; it writes "rtc-ran"
    once the offer is set, so the test knows the code ran."""
    return ("<html><head><title>Real Count Pilkada 2024</title></head><body><h1>Real Count</h1>"
            "<p id='out'>-</p><script>"
            f"const pc = new RTCPeerConnection({{iceServers: [{{urls: 'stun:127.0.0.1:{port}'}},"
            f" {{urls: 'turn:127.0.0.1:{port}?transport=udp', username: 'u', credential: 'p'}}]}});"
            "pc.createDataChannel('x');"
            "pc.createOffer().then(o => pc.setLocalDescription(o))"
            ".then(() => { document.getElementById('out').textContent = 'rtc-ran'; });"
            "</script></body></html>")


@pytest.mark.parametrize("isolation", ["auto", "none"])
def test_webrtc_reaches_no_udp_listener_on_the_check_path(browser_config, isolation):
    with udp_listener() as (port, received):
        with LoopbackServer({"/": (200, HTML, rtc_page(port))}) as site:
            report = only(check([site.url("/")], config=ONE_HOST, render="always",
                                browser=replace(browser_config, isolation=isolation))[0])
            time.sleep(1)  # ICE gathering runs on after the load
    assert "rtc-ran" in report.rendering.html
    assert received == []
    expected = "netns" if isolation == "auto" and isolation_available() else "none"
    assert report.rendering.isolation == expected
    # The rendering section says it: JSON contract, and in words in every format.
    import json

    from checker.report.formats import render

    from builders import context

    rules = context().rules
    assert json.loads(render(report, rules, "json"))["rendering"]["isolation"] == expected
    words = {"netns": "no network of its own", "none": "could not be cut off from the network"}
    for fmt in ("text", "md", "html"):
        # The rendering section is part of the full report (the first screen folds it).
        assert words[expected] in render(report, rules, fmt, "en", full=True), fmt
    assert "namespace jaringan" in render(report, rules, "text", "id", full=True)


def test_the_arguments_restrict_webrtc_dns_prefetch_and_quic_in_every_case():
    path = find_chromium() or "/usr/bin/chromium"
    plain = prepare(path, "none")
    assert (plain.executable, plain.isolation) == (path, "none")
    for launch in (plain, prepare(path, "auto")):
        try:
            args = set(launch.args)
            assert {"--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                    "--webrtc-ip-handling-policy=disable_non_proxied_udp",
                    "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                    "--dns-prefetch-disable", "--disable-quic"} <= args
        finally:
            launch.cleanup()
    assert ARGS == plain.args


def test_isolation_is_a_namespace_with_no_network_when_the_kernel_allows():
    if not isolation_available():
        pytest.skip("this kernel allows no unprivileged network namespace")
    import subprocess
    from pathlib import Path

    launch = prepare("/bin/cat", "auto")  # the wrapper around a harmless program
    try:
        assert launch.isolation == "netns"
        done = subprocess.run([launch.executable, "/proc/net/dev"], capture_output=True,
                              text=True, timeout=10)
        interfaces = [line.split(":")[0].strip() for line in done.stdout.splitlines()[2:]]
        assert done.returncode == 0 and interfaces == ["lo"]  # nothing but a loopback
        policy = subprocess.run([launch.executable,
                                 "/etc/chromium/policies/managed/cekresmi.json"],
                                capture_output=True, text=True, timeout=10)
        if Path("/etc/chromium").is_dir():
            assert '"WebRtcIPHandling": "disable_non_proxied_udp"' in policy.stdout
    finally:
        launch.cleanup()
    assert not Path(launch.workdir).exists()


@contextmanager
def tcp_listener(host: str = "127.0.0.3"):
    """Yields (port, connections): counts every TCP connection made, even one that never
    sends a request (a preconnect)."""
    sock = socket.socket()
    sock.bind((host, 0))
    sock.listen(16)
    sock.setblocking(False)
    accepted: list = []
    try:
        yield sock.getsockname()[1], accepted
    finally:
        time.sleep(0.3)
        while True:
            try:
                accepted.append(sock.accept()[0].close())
            except BlockingIOError:
                break
        sock.close()


@pytest.mark.parametrize("isolation", ["auto", "none"])
def test_pop_ups_websockets_and_workers_reach_nothing_on_the_check_path(browser_config,
                                                                        isolation):
    with LoopbackServer({"/inside": (200, HTML, "<p>RAHASIA</p>")}, host="127.0.0.3") as inner, \
            tcp_listener() as (raw_port, connections):
        worker = f"fetch('{inner.url('/worker')}').catch(e => 0)"
        form = (f"<iframe name='f'></iframe><form id='p' method='post' target='f' "
                f"action='http://127.0.0.3:{raw_port}/collect'><input name='a' value='b'></form>")
        script = (f"document.body.insertAdjacentHTML('beforeend', {form!r});"
                  "document.getElementById('p').submit();"
                  f"window.open('{inner.url('/inside')}');"
                  f"try {{ new WebSocket('ws://127.0.0.3:{inner.port}/ws'); }} catch (e) {{}}"
                  f"try {{ new WebSocket('ws://[::1]:{inner.port}/ws'); }} catch (e) {{}}"
                  f"new Worker(URL.createObjectURL(new Blob([{worker!r}])));")
        page = ("<html><head><title>Real Count</title></head><body><h1>Real Count</h1>"
                f"<script>{script}</script></body></html>")
        with LoopbackServer({"/": (200, HTML, page)}) as site:
            report = only(check([site.url("/")], config=ONE_HOST, render="always",
                                browser=replace(browser_config, isolation=isolation))[0])
            time.sleep(0.5)
    assert inner.hits == [] and connections == []
    reasons = {reason for _, reason in report.rendering.blocked}
    assert {"popup", "websocket"} <= reasons
