"""The web service's guard rails: headers on every response, rate limits with 429s, body caps
and deadlines, CSRF, no open redirect, the SSRF guard no request can turn off, and the pure
pieces (token bucket, client key, URL parsing, job runner) on their own."""

from __future__ import annotations

import asyncio
import time

import pytest

from checker.errors import CheckError
from checker.web.jobs import Busy, JobRunner
from checker.web.security import Csrf, client_key
from checker.retrieve.targets import parse_url_target as web_url
from loopback import RESULTS_PAGE, LoopbackServer
from web_helpers import client, make_app, slow_page

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def _assert_guarded(response) -> None:
    h = response.headers
    policy = h["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["frame-ancestors"] == "'none'" and directives["base-uri"] == "'none'"
    script = directives.get("script-src", directives["default-src"])
    assert "'unsafe-inline'" not in script and "'unsafe-eval'" not in script
    assert h["x-frame-options"] == "DENY" and h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "same-origin"
    assert "server" not in h or "uvicorn" not in h["server"]


async def test_every_kind_of_response_carries_the_security_headers(tmp_path):
    app = make_app(tmp_path, request_burst=40, max_body_bytes=100)
    async with client(app) as http:
        responses = [await http.get(p) for p in (
            "/", "/bookmarklet", "/send", "/healthz", "/docs", "/openapi.json", "/robots.txt",
            "/static/cekresmi.css", "/nope", "/reports/AAAAAAAAAAAA", "/reports/AAAAAAAAAAAA.json",
            "/check?url=javascript:x", "/check", "/api/v1/reports/x")]
        responses.append(await http.post("/api/v1/checks", json={"url": "x" * 200}))  # 413
        responses.append(await http.post("/upload"))
        responses.append(await http.delete("/"))
        for response in responses:
            _assert_guarded(response)
    # The default policy allows no script at all; /send and /docs name theirs by hash.
    assert "script-src" not in responses[0].headers["content-security-policy"]


async def test_https_requests_get_hsts(tmp_path):
    import httpx

    transport = httpx.ASGITransport(app=make_app(tmp_path))
    async with httpx.AsyncClient(transport=transport, base_url="https://cek.example") as http:
        response = await http.get("/healthz")
        assert response.headers["strict-transport-security"].startswith("max-age=")


async def test_a_burst_from_one_client_gets_429_while_others_are_served(tmp_path):
    app = make_app(tmp_path, request_burst=5, requests_per_minute=60)
    async with client(app, "198.51.100.1") as flood, client(app, "198.51.100.2") as other:
        statuses = [(await flood.get("/bookmarklet")).status_code for _ in range(8)]
        assert statuses[:5] == [200] * 5 and statuses[5:] == [429] * 3
        refused = await flood.get("/bookmarklet")
        assert int(refused.headers["retry-after"]) >= 1 and "web_rate_limited" in refused.text
        api = await flood.get("/api/v1/reports/AAAAAAAAAAAA")
        assert api.status_code == 429 and api.json()["error"]["code"] == "web_rate_limited"
        assert (await other.get("/bookmarklet")).status_code == 200
        assert (await flood.get("/healthz")).status_code == 200  # monitoring is never limited


async def test_new_checks_have_their_own_smaller_limit(tmp_path):
    with LoopbackServer() as site:
        app = make_app(tmp_path, check_burst=2, checks_per_minute=1)
        async with client(app) as http:
            first = await http.get("/check", params={"url": site.url("/page/1")})
            second = await http.get("/check", params={"url": site.url("/page/2")})
            assert first.status_code == second.status_code == 303
            third = await http.get("/check", params={"url": site.url("/page/3")})
            assert third.status_code == 429 and "retry-after" in third.headers
            api = await http.post("/api/v1/checks", json={"url": site.url("/page/4")})
            assert api.status_code == 429
            # A stored report costs nothing: still served.
            again = await http.get("/check", params={"url": site.url("/page/1")})
            assert again.status_code == 303 and again.headers["location"] == first.headers["location"]
            sent = await http.post("/send", files={"html": (None, "<p>x</p>"),
                                                   "url": (None, "https://a.example/")})
            assert sent.status_code == 429
        assert site.hits == ["/page/1", "/page/2"]


async def test_a_full_queue_answers_503(tmp_path):
    with LoopbackServer({"/slow": slow_page(1.0, RESULTS_PAGE),
                         "/slow2": slow_page(1.0, RESULTS_PAGE)}) as site:
        app = make_app(tmp_path, check_threads=1, max_pending=0, inline_wait=0.01)
        async with client(app) as http:
            first = await http.get("/check", params={"url": site.url("/slow")})
            assert first.status_code == 303
            busy = await http.get("/check", params={"url": site.url("/slow2")})
            assert busy.status_code == 503 and busy.headers["retry-after"] == "10"


async def test_bodies_over_the_cap_are_refused_before_or_while_reading(tmp_path):
    app = make_app(tmp_path, max_body_bytes=1000)
    async with client(app) as http:
        declared = await http.post("/api/v1/checks", json={"url": "https://a.example/" + "x" * 2000})
        assert declared.status_code == 413
        assert declared.json()["error"]["code"] == "web_body_too_large"

        async def chunks():  # no Content-Length: counted as it streams
            for _ in range(10):
                yield b"x" * 500

        streamed = await http.post("/api/v1/checks", content=chunks(),
                                   headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        lying = await http.post("/api/v1/checks", content=b"{}",
                                headers={"content-type": "application/json",
                                         "content-length": "nonsense"})
        assert lying.status_code == 413


async def test_a_body_that_trickles_in_is_cut_off(tmp_path):
    app = make_app(tmp_path, body_timeout=0.3)
    async with client(app) as http:
        async def slowly():
            yield b'{"url": '
            await asyncio.sleep(1.0)
            yield b'"https://a.example/"}'

        response = await http.post("/api/v1/checks", content=slowly(),
                                   headers={"content-type": "application/json"})
        assert response.status_code == 408
        assert response.json()["error"]["code"] == "web_body_timeout"


async def test_other_sites_cannot_start_checks_in_the_background(tmp_path):
    with LoopbackServer() as site:
        async with client(make_app(tmp_path)) as http:
            for mode, dest in (("no-cors", "image"), ("cors", "empty"), ("no-cors", "script")):
                hidden = await http.get("/check", params={"url": site.url("/page/z")}, headers={
                    "sec-fetch-mode": mode, "sec-fetch-dest": dest, "sec-fetch-site": "cross-site"})
                assert hidden.status_code == 403 and "web_navigation_only" in hidden.text
                posted = await http.post("/send", files={"html": (None, "<p>x</p>"),
                                                         "url": (None, "https://a.example/")},
                                         headers={"sec-fetch-mode": mode, "sec-fetch-site": "cross-site"})
                assert posted.status_code == 403
            # The bookmarklet's window is a cross-site navigation: allowed.
            opened = await http.get("/check", params={"url": site.url("/page/z")}, headers={
                "sec-fetch-mode": "navigate", "sec-fetch-dest": "document",
                "sec-fetch-site": "cross-site"})
            assert opened.status_code == 303
        assert site.hits == ["/page/z"]


@pytest.mark.parametrize("path", [
    "//evil.example/", "/check?url=//evil.example/%2F..", "/reports/AAAAAAAAAAAA/",
    "/jobs/AAAAAAAAAAAA/", "/%2F%2Fevil.example", "/check/", "/docs/", "/\\evil.example",
])
async def test_no_redirect_leaves_the_site(tmp_path, path):
    async with client(make_app(tmp_path, allowed_networks=())) as http:
        response = await http.get("http://testserver" + path)  # the path exactly as written
        assert response.request.url.raw_path.decode().startswith(path.split("?")[0][:3])
        location = response.headers.get("location")
        if location is not None:
            assert location.startswith("/") and not location.startswith(("//", "/\\")), location


async def test_redirects_only_ever_go_to_our_own_paths(tmp_path):
    with LoopbackServer({"/moved": (302, {"Location": "/page/y"}, "")}) as site:
        async with client(make_app(tmp_path)) as http:
            # The checked page redirects; the reader lands on our report, not on its target.
            moved = await http.get("/check", params={"url": site.url("/moved")})
            assert moved.headers["location"].startswith("/reports/")
            response = await http.get("/check", params={"url": site.url("/page/x")})
            assert response.headers["location"].startswith("/reports/")
            login = await http.get("/check", params={"url": site.url("/page/x"), "next": "https://evil.example"})
            assert login.headers["location"].startswith("/reports/")


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost/", "http://[::1]/", "http://0x7f000001/",
    "http://2130706433/", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/",
    "http://192.168.1.1/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
])
async def test_the_ssrf_guard_is_always_on(tmp_path, url):
    app = make_app(tmp_path, allowed_networks=())
    async with client(app) as http:
        # Nothing a request carries turns it off: not a parameter, not a header.
        response = await http.get("/check", params={"url": url, "allow_private": "1"},
                                  headers={"x-allow-private": "1", "x-forwarded-for": "127.0.0.1"})
        assert response.status_code in (422, 502), response.status_code
        assert "address_refused" in response.text or "bad_url" in response.text \
            or "dns_failed" in response.text
        api = await http.post("/api/v1/checks", json={"url": url, "allow_private": True})
        assert api.status_code in (422, 502)
        assert api.json()["error"]["code"] in ("address_refused", "bad_url", "dns_failed")
    assert app.state.cekresmi.store.count() == 0


# --- the pure parts ------------------------------------------------------------------------

def test_client_keys_group_an_ipv6_64_and_unwrap_mapped_ipv4():
    assert client_key({"client": ("203.0.113.9", 1)}) == "203.0.113.9"
    assert client_key({"client": ("2001:db8:1:2:aaaa::1", 1)}) == \
        client_key({"client": ("2001:db8:1:2:bbbb::9", 1)}) == "2001:db8:1:2::/64"
    assert client_key({"client": ("::ffff:203.0.113.9", 1)}) == "203.0.113.9"
    assert client_key({"client": None}) == "unknown"


def test_csrf_tokens_are_bound_to_the_cookie_and_the_origin():
    csrf = Csrf(b"k" * 32)
    cookie = csrf.cookie_value(None)
    token = csrf.sign(cookie)
    assert csrf.cookie_value(cookie) == cookie and csrf.cookie_value("junk") != "junk"
    assert csrf.valid(cookie, token, None, None, "testserver")
    assert csrf.valid(cookie, token, "http://testserver", "same-origin", "testserver")
    assert not csrf.valid(cookie, token, "https://evil.example", None, "testserver")
    assert not csrf.valid(cookie, token, "null", None, "testserver")
    assert not csrf.valid(cookie, token, None, "cross-site", "testserver")
    assert not csrf.valid(cookie, token, None, "same-site", "testserver")
    assert not csrf.valid(csrf.cookie_value(None), token, None, None, "testserver")
    assert not csrf.valid(cookie, None, None, None, "testserver")
    assert not Csrf(b"other" * 8).valid(cookie, token, None, None, "testserver")


@pytest.mark.parametrize("text, expected", [
    ("data-pemilu.pages.dev/gubernur", "https://data-pemilu.pages.dev/gubernur"),
    ("  https://kpu.go.id  ", "https://kpu.go.id/"),
    ("HTTPS://pilkada2024.kpu.go.id/#/pkwkp", "https://pilkada2024.kpu.go.id/"),
    ("http://example.org:8080/a?b=c#d", "http://example.org:8080/a?b=c"),
    ("kрu.go.id/", "https://kрu.go.id/"),  # a homoglyph host stays as given: it is evidence
    ("example.org:8443/x", "https://example.org:8443/x"),
])
def test_web_url_normalises(text, expected):
    assert web_url(text) == expected


@pytest.mark.parametrize("text, code", [
    ("", "target_missing"), ("javascript:alert(1)", "bad_scheme"), ("JaVaScRiPt:x", "bad_scheme"),
    ("mailto:a@b.c", "bad_scheme"), ("https://", "bad_url"), ("http://a b.org/", "bad_url"),
    ("https://a.org/\x00", "bad_url"), ("x" * 3000, "target_too_long"), ("index.html", "target_unknown"),
])
def test_web_url_refuses(text, code):
    with pytest.raises(CheckError) as err:
        web_url(text)
    assert err.value.code == code


def test_job_runner_joins_same_key_and_refuses_when_full():
    runner = JobRunner(workers=1, max_pending=1)
    gate = __import__("threading").Event()

    def blocked(progress):
        gate.wait(5)
        return "AAAAAAAAAAAA"

    first = runner.submit("live", "u1", blocked, key="live:u1")
    assert runner.submit("live", "u1", blocked, key="live:u1") is first
    second = runner.submit("live", "u2", blocked, key="live:u2")
    with pytest.raises(Busy):
        runner.submit("live", "u3", blocked, key="live:u3")
    gate.set()
    deadline = time.monotonic() + 5
    while not (first.done and second.done) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert first.report_id == "AAAAAAAAAAAA" and first.stage == "done"
    assert runner.get(first.id) is first and runner.existing("live:u1") is None
    runner.shutdown()


def test_job_runner_turns_bugs_into_one_line_errors():
    runner = JobRunner(workers=1)

    def broken(progress):
        progress("analysing")
        raise ZeroDivisionError("internal detail")

    job = runner.submit("live", "https://a.example/", broken)
    asyncio.run(runner.wait(job, 5))
    assert job.error.code == "analysis_failed" and job.stage == "failed"
    assert "internal detail" not in str(job.error.params)
    runner.shutdown()
