"""Crawl rendering never lets Chromium fetch (issue 15), end to end with `cekresmi crawl` in a
subprocess and a real Chromium: a redirect to an internal loopback page is never followed, a
site that answers the browser's own request with a redirect never gets one, WebRTC, pop-ups and
WebSockets reach nothing. The "site" is a loopback server on 127.0.0.1 (the only network let
through the guard); the "internal" server is on 127.0.0.3, a loopback address the guard keeps
refused."""

from __future__ import annotations

import json
import sqlite3

import pytest

from checker.report import codec as reportcodec
from loopback import LoopbackServer
from sitefarm import APP_SHELL
from test_browser_isolation import rtc_page, udp_listener
from test_crawl_e2e import CHROMIUM, crawl, db, seeded  # noqa: F401 - fixtures

pytestmark = pytest.mark.skipif(not CHROMIUM, reason="Chromium not installed")

HTML = {"Content-Type": "text/html; charset=utf-8"}
SITE = "hasil-pilkada.my.id"  # not .dev/.app: Chromium would upgrade those to https
SECRET = "RAHASIA INTERNAL 8089"


def _crawl(db, site, render: str, paths: list[str], tmp_path, name: str):
    watchlist = tmp_path / f"{name}.txt"
    watchlist.write_text("".join(f"http://{SITE}:{site.port}{p}\n" for p in paths), "utf-8")
    out = tmp_path / name
    done = crawl(db, "--watchlist", str(watchlist), "--render", render, "--no-autothrottle",
                 "--timeout", "10", "--resolve", f"{SITE}=127.0.0.1",
                 "--allow-network", "127.0.0.1/32", "--out", str(out), "--lang", "en")
    assert done.returncode == 0, done.stderr + done.stdout
    with sqlite3.connect(db) as con:
        crawl_id = con.execute("SELECT id FROM crawls ORDER BY started_at DESC, id DESC "
                               "LIMIT 1").fetchone()[0]
        got = {url.split(str(site.port), 1)[1]: (label, error, rendered, final_url, report)
               for url, label, error, rendered, final_url, report in con.execute(
                   "SELECT url, label, error, rendered, final_url, report FROM crawl_checks "
                   "WHERE crawl = ?", (crawl_id,))}
    digest = "".join(p.read_text("utf-8") for p in out.rglob("*") if p.is_file())
    return got, digest


def _the_internal_page_never_shows(inner, got, digest) -> None:
    assert inner.hits == []
    assert SECRET not in digest and f"127.0.0.3:{inner.port}/secret" not in digest
    for label, error, rendered, final_url, report in got.values():
        assert "127.0.0.3" not in (final_url or "")
        assert SECRET not in (report or "")


def _browser_asked(handler) -> bool:
    return any(k.lower().startswith("sec-fetch-") for k in handler.headers.keys())


@pytest.fixture()
def sites():
    """(site, inner): inner serves the secret; site redirects to it in several ways."""
    secret = (200, HTML, f"<html><head><title>{SECRET}</title></head><body>{SECRET}</body></html>")
    with LoopbackServer({"/secret": secret, "/ws": secret}, host="127.0.0.3") as inner:
        to_inner = (302, {"Location": inner.url("/secret")}, "")

        def shell(handler):
            # The static fetch gets an app shell (figures drawn by JavaScript, so `auto`
            # renders it); a browser's own request, told apart by its Sec-Fetch-* headers,
            # would get the redirect to the internal page.
            return to_inner if _browser_asked(handler) else (200, HTML, APP_SHELL)

        with LoopbackServer({"/redirect": to_inner, "/shell": shell}) as site:
            yield site, inner


def test_render_always_never_follows_a_redirect_to_an_internal_page(db, tmp_path, sites):
    site, inner = sites
    with udp_listener() as (port, received):
        escape = (f"window.open('{inner.url('/secret')}');"
                  f"try {{ new WebSocket('ws://127.0.0.3:{inner.port}/ws'); }} catch (e) {{}}"
                  f"try {{ new WebSocket('ws://127.0.0.1:{site.port}/ws'); }} catch (e) {{}}")
        site.routes["/escape"] = (200, HTML, "<html><head><title>Real Count</title></head>"
                                  f"<body><h1>Real Count</h1><script>{escape}</script></body>"
                                  "</html>")
        site.routes["/rtc"] = (200, HTML, rtc_page(port))
        got, digest = _crawl(db, site, "always", ["/redirect", "/shell", "/escape", "/rtc"],
                             tmp_path, "always")
    assert got["/redirect"][:3] == (None, "address_refused", 0)
    _the_internal_page_never_shows(inner, got, digest)
    assert site.hits.count("/shell") == 1  # fetched once; Chromium was served those bytes
    label, error, rendered, _, report = got["/shell"]
    assert (label, error, rendered) == ("unofficial", None, 1)
    escape = reportcodec.loads(got["/escape"][4]).rendering
    reasons = {reason for _, reason in escape.blocked}
    assert {"popup", "websocket"} <= reasons
    assert "/ws" not in site.hits
    rtc = reportcodec.loads(got["/rtc"][4]).rendering
    assert "rtc-ran" in rtc.html and received == []
    from checker.retrieve.browser_launch import isolation_available

    assert rtc.isolation == ("netns" if isolation_available() else "none")
    assert json.loads((tmp_path / "always" / "digest.json").read_text("utf-8"))["sites"]


def test_render_auto_never_lets_the_browser_ask_the_site_again(db, tmp_path, sites):
    site, inner = sites
    got, digest = _crawl(db, site, "auto", ["/shell", "/redirect"], tmp_path, "auto")
    label, error, rendered, final_url, _ = got["/shell"]
    assert (label, error, rendered) == ("unofficial", None, 1)  # rendered: the shell's figures
    assert final_url.endswith("/shell")
    assert site.hits.count("/shell") == 1
    assert got["/redirect"][:3] == (None, "address_refused", 0)
    _the_internal_page_never_shows(inner, got, digest)
