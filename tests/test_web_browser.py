"""The web service in a real headless Chromium (Debian's, driven by Playwright): paste a URL
and read the verdict; run the bookmarklet on a page with a strict Content-Security-Policy;
"send what I see" from a page whose figures only its script draws, and from a page that cuts
its popups off (Cross-Origin-Opener-Policy). Screenshots go to artifacts/browser/ (ignored by
git) for a person to look at.

The service runs under uvicorn on 127.0.0.1 and is opened as http://localhost:PORT, the
checked pages on http://127.0.0.1:PORT2: two origins, as on the web.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

from builders import context
from checker.web import Settings, create_app
from loopback import LoopbackServer

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "browser"
HTML = "text/html; charset=utf-8"

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():  # pragma: no cover - CI installs it (.ci/run)
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)

# A page that says it is KPU's own real count, served with a policy that forbids every
# script, form, fetch and frame. Its inline script must not run (proof the policy holds).
IMPOSTOR = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Situs Resmi KPU - Real Count "
            "Pilkada 2024</title></head><body><h1>Real Count KPU Pilgub DKI Jakarta</h1>"
            "<p>Pramono-Rano 50,07 persen, Ridwan Kamil-Suswono 39,40 persen, Dharma-Kun 10,53 "
            "persen.</p><script>document.title = 'script ran';</script></body></html>")
STRICT = "default-src 'none'; form-action 'none'; connect-src 'none'; frame-ancestors 'none'"
# A page that shows a crawler nothing but whose script draws a KPU-branded result for readers.
SHELL = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Memuat...</title>"
         "<script src='/app.js'></script></head><body><div id='app'>Memuat...</div></body></html>")
APP_JS = ("document.addEventListener('DOMContentLoaded', function () {"
          "document.title = 'Situs Resmi KPU - Real Count Pilkada 2024';"
          "document.getElementById('app').innerHTML = '<h1>Real Count KPU Pilgub DKI Jakarta</h1>"
          "<p>Pramono-Rano 50,07 persen, Ridwan Kamil-Suswono 39,40 persen, "
          "Dharma-Kun 10,53 persen.</p>'; });")
SHELL_CSP = "default-src 'none'; script-src 'self'; form-action 'none'; connect-src 'none'"


def _slow(handler):  # a site that takes its time (or, with issue 4, a long render)
    time.sleep(3)
    return 200, {"Content-Type": HTML}, IMPOSTOR


@pytest.fixture(scope="module")
def site():
    routes = {
        "/strict": (200, {"Content-Type": HTML, "Content-Security-Policy": STRICT}, IMPOSTOR),
        "/shell": (200, {"Content-Type": HTML, "Content-Security-Policy": SHELL_CSP}, SHELL),
        "/coop": (200, {"Content-Type": HTML, "Cross-Origin-Opener-Policy": "same-origin",
                        "Content-Security-Policy": "script-src 'self'"}, SHELL),
        "/app.js": (200, {"Content-Type": "text/javascript"}, APP_JS),
        "/slow": _slow,
    }
    with LoopbackServer(routes) as server:
        yield server


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    import uvicorn

    folder = tmp_path_factory.mktemp("web-browser")
    app = create_app(Settings(db=str(folder / "web.sqlite3"), allowed_networks=("127.0.0.0/8",),
                              inline_wait=0.5), context=context())
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://localhost:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tab(browser):
    context_ = browser.new_context(viewport={"width": 1000, "height": 900})
    problems: list[str] = []
    # Our own pages must run clean under our CSP: any refusal there is a bug of ours.
    context_.on("console", lambda m: problems.append(m.text)
                if "localhost" in (m.location or {}).get("url", "") and m.type == "error" else None)
    page = context_.new_page()
    yield page, problems
    context_.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _bookmarklet(page, service: str, which: str) -> str:
    """The JavaScript behind an install-page link, as a bookmark bar would run it."""
    page.goto(service + "/bookmarklet")
    href = page.get_attribute(f"#bm-{which}", "href")
    assert href.startswith("javascript:")
    return unquote(href[len("javascript:"):])


def _verdict(page) -> str:
    return page.inner_text(".verdict h1")


def test_paste_a_url_in_the_form_and_read_the_verdict(tab, service, site):
    page, problems = tab
    page.goto(service + "/")
    _shot(page, "01-form")
    page.fill("#url", site.url("/strict"))
    page.click("form.check button")
    page.wait_for_url(re.compile(r".*/reports/[A-Za-z0-9_-]{12}$"), timeout=30_000)
    assert "MENIRU KPU" in _verdict(page).upper() or "meniru" in page.inner_text(".badge")
    assert page.inner_text(".badge") == "meniru KPU"
    _shot(page, "02-report-id")
    page.click("a.lang")
    page.wait_for_url(re.compile(r".*lang=en$"))
    assert page.inner_text(".badge") == "impostor (poses as KPU)"
    _shot(page, "03-report-en")
    assert problems == []


def test_a_long_check_shows_progress_that_refreshes_itself(tab, service, site):
    page, problems = tab
    page.goto(f"{service}/check?url={site.url('/slow')}")
    assert "/jobs/" in page.url and page.inner_text("h1") == "Sedang memeriksa…"
    _shot(page, "08-progress")
    # No script: the page's own meta refresh brings the report.
    page.wait_for_url(re.compile(r".*/reports/[A-Za-z0-9_-]{12}$"), timeout=30_000)
    assert page.inner_text(".badge") == "meniru KPU"
    assert problems == []


def test_bookmarklet_on_a_page_with_a_strict_csp(tab, service, site):
    page, problems = tab
    code = _bookmarklet(page, service, "check")
    _shot(page, "04-bookmarklet-page")
    page.goto(site.url("/strict"))
    assert page.title() != "script ran"  # the page's policy is really in force
    with page.context.expect_page(timeout=30_000) as opened:
        page.evaluate(code)  # what clicking the bookmark does (bookmarklets skip page CSP)
    report = opened.value
    report.wait_for_url(re.compile(r".*/reports/[A-Za-z0-9_-]{12}$"), timeout=30_000)
    assert report.inner_text(".badge") == "meniru KPU"
    assert site.url("/strict") in report.inner_text(".verdict")
    _shot(report, "05-bookmarklet-report")
    assert problems == []


def test_send_what_i_see_from_a_page_only_its_script_draws(tab, service, site):
    page, problems = tab
    code = _bookmarklet(page, service, "send")
    page.goto(site.url("/shell"))
    page.wait_for_selector("#app h1")  # the reader sees the drawn result
    with page.context.expect_page(timeout=30_000) as opened:
        page.evaluate(code)
    report = opened.value
    report.wait_for_url(re.compile(r".*/reports/[A-Za-z0-9_-]{12}$"), timeout=30_000)
    # What the reader saw (a KPU-branded real count), which a crawler never gets.
    assert report.inner_text(".badge") == "meniru KPU"
    assert "peramban seorang pembaca" in report.inner_text("main")
    _shot(report, "06-send-report")
    rid = report.url.rsplit("/", 1)[1]
    data = report.context.request.get(f"{service}/reports/{rid}.json").json()
    assert data["source"]["origin"] == "sent" and data["source"]["final_url"] == site.url("/shell")
    # The static page alone says nothing of the kind.
    static = report.context.request.get(f"{service}/check?url={site.url('/shell')}")
    assert "meniru KPU" not in static.text()
    assert problems == []


def test_send_what_i_see_falls_back_to_a_form_when_the_page_cuts_popups_off(tab, service, site):
    page, _ = tab
    code = _bookmarklet(page, service, "send")
    page.goto(site.url("/coop"))
    page.wait_for_selector("#app h1")
    page.evaluate(code)
    # No handshake through a severed window: the page itself posts to /send, same tab.
    page.wait_for_url(re.compile(r".*/reports/[A-Za-z0-9_-]{12}$"), timeout=30_000)
    assert page.inner_text(".badge") == "meniru KPU"
    _shot(page, "07-send-fallback-report")


def test_screenshots_are_artifacts_not_source():
    ignored = (Path(__file__).resolve().parent.parent / ".gitignore").read_text("utf-8")
    assert "/artifacts/" in ignored
    assert shutil.which("git") is None or ARTIFACTS.is_dir()


# --- issue 13: phones and /docs offline --------------------------------------------------------

PHONE = {"width": 375, "height": 812}


def _fits(page) -> tuple[int, int]:
    return page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")


def test_every_page_fits_a_375_px_phone(browser, service, site):
    context_ = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                   has_touch=True)
    page = context_.new_page()
    try:
        page.goto(f"{service}/check?url={site.url('/strict')}&lang=id")
        page.wait_for_url(re.compile(r".*/reports/[A-Za-z0-9_-]{12}.*"), timeout=30_000)
        report = page.url.split("?")[0]
        _shot(page, "phone-report")
        pages = [f"{service}/", f"{service}/bookmarklet", report, report + "?lang=en",
                 f"{service}/?lang=en", f"{service}/reports/AAAAAAAAAAAA",
                 # the newsroom's pages (with crawls: tests/test_digest_browser.py)
                 f"{service}/digest", f"{service}/watch"]
        for address in pages:
            page.goto(address)
            width, inner = _fits(page)
            assert width <= inner, (address, width, inner)
        # The report's first screen on a phone: the verdict, the reasons, the chat block.
        page.goto(report)
        assert page.locator("h1").first.is_visible()
        assert page.locator("ol.top-reasons").is_visible()
        assert page.locator("#share-text").count() == 1
    finally:
        context_.close()


def test_docs_works_with_the_network_blocked(browser, service):
    context_ = browser.new_context(viewport={"width": 1000, "height": 900})
    outside: list[str] = []

    def only_ours(route):
        if route.request.url.startswith(service):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    context_.route("**/*", only_ours)
    page = context_.new_page()
    try:
        page.goto(f"{service}/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
        assert "cekresmi" in page.inner_text(".swagger-ui .info .title")
        assert page.locator(".opblock").count() >= 1  # the operations are listed
        assert outside == []
    finally:
        context_.close()
