"""The pages people use, through httpx.ASGITransport: the form, /check and its progress page,
permanent report links in three formats and two languages, uploads, "send what I see", the
bookmarklet page. Loopback pages stand in for the sites being checked."""

from __future__ import annotations

import asyncio
import html
import io
import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from loopback import RESULTS_PAGE, LoopbackServer
from web_helpers import HTML, client, csrf_token, follow_job, make_app, report_id, slow_page

pytestmark = pytest.mark.anyio
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "data-pemilu-gubernur.html"
HOSTILE_TITLE = ('<html><head><title>Real Count KPU <script>alert(1)</script>'
                 '<img src=x onerror=alert(2)></title></head><body><h1>Real Count Pilgub DKI'
                 '</h1><p>Pramono-Rano 50,07 persen</p><a href="javascript:alert(3)">x</a>'
                 '</body></html>')


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def site():
    with LoopbackServer({"/hostile": (200, {"Content-Type": HTML}, HOSTILE_TITLE),
                         "/slow": slow_page(1.5, RESULTS_PAGE)}) as server:
        yield server


async def test_front_page_is_indonesian_with_an_english_switch(tmp_path):
    async with client(make_app(tmp_path)) as http:
        page = await http.get("/")
        assert page.status_code == 200 and page.headers["content-type"] == HTML
        assert '<html lang="id">' in page.text and "Periksa halaman hasil pemilu" in page.text
        assert 'action="/check"' in page.text and 'action="/upload"' in page.text
        assert 'href="/?lang=en"' in page.text and "cekresmi_csrf" in page.headers["set-cookie"]
        english = await http.get("/?lang=en")
        assert '<html lang="en">' in english.text and "Check an election-results page" in english.text
        # The switch is remembered: the next page without ?lang= stays English.
        again = await http.get("/bookmarklet")
        assert '<html lang="en">' in again.text


async def test_check_shows_the_report_then_reuses_it(tmp_path, site):
    app = make_app(tmp_path)
    async with client(app) as http:
        first = await http.get("/check", params={"url": site.url("/page/a")})
        assert first.status_code == 303
        rid = report_id(first.headers["location"])
        report = await http.get(first.headers["location"])
        assert report.status_code == 200
        assert "TIDAK RESMI" in report.text.upper() or "tidak resmi" in report.text
        assert f"/reports/{rid}.json" in report.text and 'application/ld+json' in report.text
        # Within 10 minutes the same URL (even with a #fragment) is the stored report.
        again = await http.get("/check", params={"url": site.url("/page/a") + "#top"})
        assert again.headers["location"] == f"/reports/{rid}"
        assert site.hits.count("/page/a") == 1
        home = await http.get("/")
        assert f'href="/reports/{rid}"' in home.text  # listed among recent checks


async def test_a_bare_host_gets_https_and_an_empty_url_goes_home(tmp_path):
    async with client(make_app(tmp_path)) as http:
        empty = await http.get("/check", params={"url": "  "})
        assert empty.status_code == 303 and empty.headers["location"] == "/"
        missing = await http.get("/check")
        assert missing.status_code == 303 and missing.headers["location"] == "/"


@pytest.mark.parametrize("url, code, status", [
    ("javascript:alert(1)", "bad_scheme", 422),
    ("file:///etc/passwd", "bad_scheme", 422),
    ("data:text/html,<script>alert(1)</script>", "bad_scheme", 422),
    ("ftp://example.org/x", "bad_scheme", 422),
    ("not a url", "target_unknown", 422),
    ("localhost", "target_unknown", 422),
    ("saved.html", "target_unknown", 422),  # a file name: never read from disk
    ("/etc/passwd", "target_unknown", 422),
    ("https://" + "a" * 3000 + ".example/", "target_too_long", 422),
])
async def test_bad_addresses_are_one_line_errors(tmp_path, url, code, status):
    async with client(make_app(tmp_path)) as http:
        page = await http.get("/check", params={"url": url})
        assert page.status_code == status
        assert f'data-error="{code}"' in page.text
        assert f"<code>{code}</code>" not in page.text and f">{code}<" not in page.text
        assert "<script>alert" not in page.text and "Traceback" not in page.text


async def test_hostile_page_renders_inert_in_the_report(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        first = await http.get("/check", params={"url": site.url("/hostile")})
        report = await http.get(first.headers["location"])
        assert report.status_code == 200
        assert "<script>alert" not in report.text and "<img src=x" not in report.text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report.text
        assert 'href="javascript:' not in report.text


async def test_slow_check_shows_progress_until_the_report(tmp_path, site):
    app = make_app(tmp_path, inline_wait=0.05)
    async with client(app) as http:
        first = await http.get("/check", params={"url": site.url("/slow")})
        assert first.status_code == 303 and first.headers["location"].startswith("/jobs/")
        progress = await http.get(first.headers["location"])
        assert progress.status_code == 200 and progress.headers["cache-control"] == "no-store"
        assert '<meta http-equiv="refresh" content="1">' in progress.text
        assert "mengambil halaman" in progress.text and site.url("/slow") in progress.text
        # A second reader asking for the same URL joins the running check.
        second = await http.get("/check", params={"url": site.url("/slow")})
        assert second.headers["location"] == first.headers["location"]
        done = await follow_job(http, first.headers["location"])
        assert done.status_code == 303
        report = await http.get(done.headers["location"])
        assert report.status_code == 200 and site.hits.count("/slow") == 1


async def test_job_timeout_and_unknown_job(tmp_path, site):
    app = make_app(tmp_path, inline_wait=0.05, job_timeout=0.2)
    async with client(app) as http:
        first = await http.get("/check", params={"url": site.url("/slow")})
        await asyncio.sleep(0.3)
        late = await http.get(first.headers["location"])
        assert late.status_code == 504 and "web_check_timeout" in late.text
        for bad in ("/jobs/AAAAAAAAAAAA", "/jobs/../../etc", "/jobs/x"):
            assert (await http.get(bad)).status_code == 404


async def test_an_unreachable_host_is_the_readers_input_not_a_server_error(tmp_path):
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with client(make_app(tmp_path)) as http:
        page = await http.get("/check", params={"url": f"http://127.0.0.1:{port}/"})
        assert page.status_code == 422 and 'data-error="connect_failed"' in page.text
        assert ">connect_failed<" not in page.text and "127.0.0.1" in page.text


async def test_permanent_links_in_three_formats_and_two_languages(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        first = await http.get("/check", params={"url": site.url("/page/b")})
        rid = report_id(first.headers["location"])
        data = (await http.get(f"/reports/{rid}.json")).json()
        assert data["schema"] == "cekresmi.report/1" and data["lang"] == "id"
        assert data["permalink"]["html"] == f"http://testserver/reports/{rid}"
        assert data["permalink"]["kind"] == "live"
        english = (await http.get(f"/reports/{rid}.json?lang=en")).json()
        assert english["lang"] == "en" and english["verdict"]["label"] == data["verdict"]["label"]
        md = await http.get(f"/reports/{rid}.md?lang=en")
        assert md.headers["content-type"].startswith("text/markdown") and "#" in md.text
        html_en = await http.get(f"/reports/{rid}?lang=en")
        assert '<html lang="en">' in html_en.text and f'href="/reports/{rid}?lang=id"' in html_en.text
        for bad in ("AAAAAAAAAAAA", "AAAAAAAAAAAA.txt", "short", "AAAAAAAAAAAA.json.json"):
            missing = await http.get(f"/reports/{bad}")
            assert missing.status_code == 404


async def test_reports_survive_a_restart(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        first = await http.get("/check", params={"url": site.url("/page/c")})
    async with client(make_app(tmp_path)) as http:  # a new app on the same database
        again = await http.get(first.headers["location"])
        assert again.status_code == 200


async def _upload(http, files, url="", token=None, headers=None):
    if token is None:
        token = csrf_token((await http.get("/")).text)
    return await http.post("/upload", data={"csrf": token, "url": url}, files=files,
                           headers=headers or {})


async def test_upload_a_saved_page(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        response = await _upload(http, {"file": ("gubernur.html", SAMPLE.read_bytes(), "text/html")},
                                 url="https://data-pemilu.pages.dev/gubernur")
        assert response.status_code == 303
        report = await http.get(response.headers["location"])
        assert "data-pemilu.pages.dev" in report.text
        assert "diunggah pengguna" in report.text  # says cekresmi did not fetch it
        data = (await http.get(response.headers["location"] + ".json")).json()
        assert data["verdict"]["label"] == "unofficial" and data["permalink"]["kind"] == "upload"
        home = await http.get("/")
        assert report_id(response.headers["location"]) not in home.text  # never listed
    assert site.hits == []  # nothing was fetched


async def test_upload_needs_the_url_of_a_saved_page_and_names_the_file(tmp_path):
    async with client(make_app(tmp_path)) as http:
        response = await _upload(http, {"file": ("halaman saya.html", b"<html></html>", "text/html")})
        assert response.status_code == 422 and "url_required" in response.text
        assert "halaman saya.html" in response.text and "cekresmi-upload" not in response.text
        assert "--url" not in response.text  # web words, not the CLI's


async def test_an_unreadable_pdf_or_binary_upload_is_refused_by_its_content(tmp_path):
    async with client(make_app(tmp_path)) as http:
        for content, code in ((b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "pdf_unreadable"),
                              (bytes(range(256)) * 4, "file_binary")):
            response = await _upload(http, {"file": ("hasil.html", content, "text/html")},
                                     url="https://data-pemilu.pages.dev/gubernur")
            assert response.status_code == 422 and f'data-error="{code}"' in response.text
            assert "hasil.html" in response.text and "cekresmi-upload" not in response.text


async def test_upload_a_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    http_headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://kpu-realcount.vercel.app/", "response",
        payload=io.BytesIO(RESULTS_PAGE.encode()), http_headers=http_headers))
    async with client(make_app(tmp_path)) as http:
        response = await _upload(http, {"file": ("capture.warc.gz", buffer.getvalue(),
                                                 "application/gzip")})
        assert response.status_code == 303
        data = (await http.get(response.headers["location"] + ".json")).json()
        assert data["source"]["origin"] == "warc" and data["verdict"]["label"] == "impostor"


async def test_upload_refusals(tmp_path):
    async with client(make_app(tmp_path, max_upload_bytes=10_000)) as http:
        files = {"file": ("a.html", b"<html></html>", "text/html")}
        no_token = await _upload(http, files, token="")
        assert no_token.status_code == 403 and "web_csrf" in no_token.text
        forged = await _upload(http, files, token="0" * 32)
        assert forged.status_code == 403
        token = csrf_token((await http.get("/")).text)
        cross_site = await _upload(http, files, token=token,
                                   headers={"origin": "https://evil.example"})
        assert cross_site.status_code == 403
        fetch_site = await _upload(http, files, token=token, headers={"sec-fetch-site": "cross-site"})
        assert fetch_site.status_code == 403
        empty = await _upload(http, {"file": ("a.html", b"", "text/html")})
        assert empty.status_code == 422 and 'data-error="file_empty"' in empty.text
        assert "a.html kosong; simpan ulang halaman hasil pemilunya" in empty.text
        none = await _upload(http, {"file": ("", b"", "application/octet-stream")})
        assert none.status_code == 422 and 'data-error="web_upload_missing"' in none.text
        assert "Pilih berkas HTML tersimpan atau arsip WARC" in none.text
        assert "web_upload_missing</" not in none.text  # the code is no visible text
        big = await _upload(http, {"file": ("a.html", b"x" * 200_000, "text/html")})
        assert big.status_code == 413
        bad_url = await _upload(http, files, url="javascript:alert(1)")
        assert bad_url.status_code == 422 and 'data-error="bad_scheme"' in bad_url.text
    async with client(make_app(tmp_path)) as other:  # a token from another browser
        stolen = await other.post("/upload", data={"csrf": token, "url": ""}, files=files)
        assert stolen.status_code == 403


async def test_send_what_i_see_creates_a_marked_report_and_never_fetches(tmp_path, site):
    shown = RESULTS_PAGE.replace("Real Count", "Real Count KPU")
    async with client(make_app(tmp_path)) as http:
        # Posted straight from another site's page: no token, by design (see views.send).
        response = await http.post("/send", files={"html": (None, shown), "url": (None, site.url("/x"))},
                                   headers={"origin": "https://some-news.example"})
        assert response.status_code == 303
        data = (await http.get(response.headers["location"] + ".json")).json()
        assert data["source"]["origin"] == "sent" and data["permalink"]["kind"] == "sent"
        page = await http.get(response.headers["location"])
        assert "peramban seorang pembaca" in page.text
        home = await http.get("/")
        assert report_id(response.headers["location"]) not in home.text
    assert site.hits == []


async def test_send_refusals_and_the_size_cap(tmp_path):
    async with client(make_app(tmp_path, max_sent_chars=1000)) as http:
        missing = await http.post("/send", files={"url": (None, "https://a.example/")})
        assert missing.status_code == 422 and "web_sent_missing" in missing.text
        bad = await http.post("/send", files={"html": (None, "<p>x</p>"), "url": (None, "file:///x")})
        assert bad.status_code == 422
        # Longer than the cap but within the body limit: cut to the cap, still checked.
        cut = await http.post("/send", files={"html": (None, "<p>é</p>" * 300),
                                              "url": (None, "https://a.example/")})
        assert cut.status_code == 303
        huge = await http.post("/send", files={"html": (None, "x" * 100_000),
                                               "url": (None, "https://a.example/")})
        assert huge.status_code == 413


async def test_bookmarklet_page_and_the_send_window(tmp_path):
    from checker.web.security import script_hash

    app = make_app(tmp_path, public_url="https://cek.example.org/")
    async with client(app) as http:
        page = await http.get("/bookmarklet")
        assert page.status_code == 200
        hrefs = re.findall(r'href="(javascript:[^"]*)"', page.text)
        check, sent = (unquote(html.unescape(h)[len("javascript:"):]) for h in hrefs)
        assert '"https://cek.example.org"' in check and "'/check?url='+encodeURIComponent" in check
        assert "'noopener'" in check
        assert '"https://cek.example.org"' in sent and "'/send'" in sent and "2000000" in sent
        assert " " not in hrefs[1] and "\n" not in hrefs[1]  # one line, spaces encoded
        send = await http.get("/send")
        csp = send.headers["content-security-policy"]
        script = app.state.cekresmi.send_js
        assert script_hash(script) in csp and "'unsafe-inline'" not in csp
        assert f"<script>{script}</script>" in send.text
        assert send.headers["cross-origin-opener-policy"] == "unsafe-none"


async def test_small_routes(tmp_path):
    async with client(make_app(tmp_path)) as http:
        health = await http.get("/healthz")
        assert health.json() == {"status": "ok"}
        css = await http.get("/static/cekresmi.css")
        assert css.headers["content-type"].startswith("text/css") and ".verdict" in css.text
        robots = await http.get("/robots.txt")
        assert "Disallow: /check" in robots.text
        assert (await http.get("/favicon.ico")).status_code == 204
        docs = await http.get("/docs")
        assert docs.status_code == 200 and "swagger" in docs.text.lower()
        assert "sha256-" in docs.headers["content-security-policy"]
        spec = (await http.get("/openapi.json")).json()
        assert {"/api/v1/checks", "/api/v1/reports/{rid}", "/api/v1/jobs/{job_id}"} <= set(spec["paths"])
        assert "/check" not in spec["paths"]  # pages are not API
        assert json.dumps(spec)  # serialisable


async def test_a_bug_is_a_page_not_a_traceback(tmp_path, monkeypatch):
    app = make_app(tmp_path)

    def broken(*a, **k):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.state.cekresmi.store, "latest", broken)
    async with client(app) as http:
        page = await http.get("/")
        assert page.status_code == 500 and "web_internal" in page.text
        assert "secret internals" not in page.text and "Traceback" not in page.text
        assert "default-src 'none'" in page.headers["content-security-policy"]


def test_every_web_error_code_is_worded_without_command_line_options():
    import yaml

    from checker.web.pages import _STATUS, _WEB_WORDING

    words = yaml.safe_load((ROOT / "reports" / "errors.yaml").read_text("utf-8"))["errors"]
    assert {f"web_{code}" for code in _WEB_WORDING} <= set(words)
    assert set(_STATUS) <= set(words)
    for code, text in words.items():
        if code.startswith("web_") and code != "web_store_unusable":  # that one is the operator's
            assert "--" not in text["id"] + text["en"], code
