"""Rendering in real headless Chromium (Debian's), end to end on loopback servers: the figures
a page draws with JavaScript, the guard on every request the browser makes, the caps, and
evidence that replays offline to the same report."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from checker.service import check_targets, parse_target
from checker.retrieve.capture import RenderConfig
from checker.errors import CheckError
from checker.retrieve.fetch import FetchConfig
from checker.models import Report
from checker.retrieve.warc import write_warc

from builders import context
from loopback import LoopbackServer
from results_site import HTML, JSON, chromium, results_site

# The site and its data live on 127.0.0.1 and 127.0.0.2; only those two are let through the
# guard, so every other private address stays refused exactly as for a public check.
TWO_HOSTS = FetchConfig(timeout=10, allowed_networks=("127.0.0.1/32", "127.0.0.2/32"))
ONE_HOST = FetchConfig(timeout=10, allowed_networks=("127.0.0.1/32",))


@pytest.fixture(scope="module")
def browser_config():
    return RenderConfig(executable=chromium(), time_limit=15)


def check(urls, config=TWO_HOSTS, render="auto", browser=None, **kw):
    notes = []
    results = check_targets([parse_target(u) for u in urls], context(), fetch_config=config,
                            render=render, render_config=browser, on_note=notes.append, **kw)
    return results, notes


def only(results) -> Report:
    assert len(results) == 1 and isinstance(results[0], Report), results
    return results[0]


def page_with(script: str) -> tuple:
    return (200, HTML, "<html><head><title>Real Count Pilkada 2024</title></head><body>"
                       f"<h1>Real Count Pilkada 2024</h1><div id='root'></div><script>{script}</script>"
                       "</body></html>")


# -- the case that started the project --------------------------------------------------------

def test_figures_drawn_by_javascript_from_another_host_are_read_and_compared(browser_config):
    with results_site() as (site, data):
        report = only(check([site.url("/gubernur")], browser=browser_config)[0])
    assert report.label == "unofficial"
    rendering = report.rendering
    assert rendering is not None and rendering.finished and rendering.source == "live"
    assert rendering.requests == 4 and not rendering.blocked  # paslon + three provinces
    assert rendering.screenshot.startswith(b"\x89PNG\r\n\x1a\n")
    assert "Pilgub DKI Jakarta" in rendering.html and "50,07%" in rendering.html
    # Figures read from the JSON the page loaded, with the URL they came from.
    loaded = {c.source_url for c in report.claims if c.source_url}
    assert data.url("/d/pkwkp/31/31.json") in loaded
    dki = [c for c in report.claims if c.region_code == "31" and c.kind == "votes"
           and c.candidate_name and "PRAMONO" in c.candidate_name.upper()]
    assert dki and dki[0].value == 2181939
    assert report.figures_status in ("consistent", "mixed")
    codes = report.codes()
    assert {"FIG030", "PAG003", "PAG020"} <= codes
    fig030 = next(f for f in report.findings if f.code == "FIG030")
    assert fig030.evidence["host"] == "127.0.0.2"
    assert data.hits.count("/d/paslon/pkwkp.json") == 1  # one fetch per request, no retries


def test_never_keeps_the_static_check(browser_config):
    with results_site() as (site, data):
        report = only(check([site.url("/gubernur")], render="never", browser=browser_config)[0])
    assert report.rendering is None and not report.claims and data.hits == []
    assert "PAG003" in report.codes()


def test_auto_leaves_pages_with_figures_in_their_html_alone(browser_config):
    html = ("<html><body><h1>Real Count Pilgub DKI Jakarta</h1><script>1</script>"
            "<p>Pramono-Rano 50,07 persen, Ridwan Kamil-Suswono 39,40 persen.</p></body></html>")
    with LoopbackServer({"/": (200, HTML, html)}) as site:
        report = only(check([site.url("/")], config=ONE_HOST, browser=browser_config)[0])
    assert report.rendering is None and report.claims


# -- the guard on the browser's own requests ---------------------------------------------------

def test_the_ssrf_guard_refuses_sub_requests_to_private_addresses(browser_config):
    with results_site() as (site, data):
        # Only 127.0.0.1 is allowed: the data host 127.0.0.2 is "internal" now, like the
        # cloud metadata address the page also tries.
        with LoopbackServer({"/": page_with(
                f"fetch('{data.url('/d/paslon/pkwkp.json')}');"
                "fetch('http://169.254.169.254/latest/meta-data/');"
                "fetch('http://10.0.0.1/admin')")}) as page:
            report = only(check([page.url("/")], config=ONE_HOST, render="always",
                                browser=browser_config)[0])
    assert data.hits == []
    blocked = dict(report.rendering.blocked)
    assert blocked[data.url("/d/paslon/pkwkp.json")] == "address_refused"
    assert blocked["http://169.254.169.254/latest/meta-data/"] == "address_refused"
    assert blocked["http://10.0.0.1/admin"] == "address_refused"


def test_no_data_is_sent_on_a_pages_behalf_and_scripts_cannot_navigate_away(browser_config):
    routes = {"/": page_with("fetch('/collect', {method: 'POST', body: 'x'});"
                             "setTimeout(() => { location.href = '/elsewhere'; }, 50)"),
              "/elsewhere": (200, HTML, "<p>Situs Resmi KPU</p>")}
    with LoopbackServer(routes) as site:
        report = only(check([site.url("/")], config=ONE_HOST, render="always",
                            browser=browser_config)[0])
    blocked = dict(report.rendering.blocked)
    assert blocked[site.url("/collect")] == "method"
    assert blocked[site.url("/elsewhere")] == "navigation"
    assert site.hits == ["/"]  # the page itself, once; nothing else reached the server


def test_a_page_firing_hundreds_of_requests_hits_the_cap(browser_config):
    routes = {"/": page_with("for (let i = 0; i < 400; i++) fetch('/n/' + i);")}
    routes.update({f"/n/{i}": (200, JSON, "{}") for i in range(400)})
    with LoopbackServer(routes) as site:
        report = only(check([site.url("/")], config=ONE_HOST, render="always",
                            browser=replace(browser_config, max_requests=50))[0])
    assert report.rendering.requests > 50
    assert len([h for h in site.hits if h.startswith("/n/")]) <= 50
    assert "request_cap" in {reason for _, reason in report.rendering.blocked}


def test_a_page_that_never_finishes_loading_is_cut_at_the_time_limit(browser_config):
    def hang(handler):
        time.sleep(30)
        return 200, JSON, "{}"

    routes = {"/": (200, HTML, "<html><body><h1>Real Count</h1><p>Memuat...</p>"
                               "<script src='/slow.js'></script></body></html>"),
              "/slow.js": hang}
    with LoopbackServer(routes) as site:
        started = time.monotonic()
        report = only(check([site.url("/")], config=replace(ONE_HOST, timeout=60),
                            render="always", browser=replace(browser_config, time_limit=2))[0])
    assert report.rendering is not None and not report.rendering.finished
    assert "Memuat" in report.rendering.html  # what the page showed when time ran out
    assert time.monotonic() - started < 30  # not stuck behind the hanging request


# -- the browser itself --------------------------------------------------------------------------

def test_one_browser_serves_a_whole_batch(browser_config, monkeypatch):
    from checker.retrieve import capture as browser_module

    launches = []
    original = browser_module.Browser.__aenter__

    async def counted(self):
        launches.append(1)
        return await original(self)

    monkeypatch.setattr(browser_module.Browser, "__aenter__", counted)
    with results_site(pages=4) as (site, _):
        urls = [site.url("/gubernur")] + [site.url(f"/gubernur/{i}") for i in range(1, 4)]
        results, _ = check(urls, browser=browser_config)
    assert len(launches) == 1
    assert all(isinstance(r, Report) and r.rendering and r.claims for r in results)


def test_a_missing_browser_is_a_note_under_auto_and_an_error_under_always(tmp_path):
    missing = RenderConfig(executable=str(tmp_path / "no-chromium"))
    with results_site() as (site, _):
        results, notes = check([site.url("/gubernur")], browser=missing)
        assert isinstance(results[0], Report) and results[0].rendering is None
        assert [n.code for n in notes] == ["browser_missing"]
        results, _ = check([site.url("/gubernur")], render="always", browser=missing)
    assert isinstance(results[0], CheckError) and results[0].code == "browser_missing"


# -- evidence ------------------------------------------------------------------------------------

def test_warc_write_then_replay_gives_the_same_report(browser_config, tmp_path):
    path = tmp_path / "capture.warc.gz"
    with results_site() as (site, _):
        live = only(check([site.url("/gubernur")], browser=browser_config,
                          on_snapshot=lambda i, snap: write_warc(snap, path))[0])
    assert live.warc is not None
    replayed = only(check([str(path)], browser=browser_config)[0])
    assert replayed.rendering.source == "archive" and replayed.rendering.finished
    assert replayed.rendering.requests == live.rendering.requests
    assert not replayed.rendering.blocked
    assert replayed.source.origin == "warc"
    assert replayed.label == live.label
    assert replayed.claims == live.claims
    assert replayed.comparisons == live.comparisons
    assert [f.code for f in replayed.findings] == [f.code for f in live.findings]
    assert replayed.source.sha256 == live.source.sha256
    assert replayed.source.final_url == live.source.final_url


def test_replay_fails_requests_the_archive_does_not_hold(browser_config, tmp_path):
    path = tmp_path / "capture.warc.gz"
    with LoopbackServer({"/": page_with("fetch('/data.json')")}) as site:
        only(check([site.url("/")], config=ONE_HOST, render="always", browser=browser_config,
                   on_snapshot=lambda i, snap: write_warc(replace(
                       snap, exchanges=snap.exchanges[:1]), path))[0])
    replayed = only(check([str(path)], render="always", browser=browser_config)[0])
    assert dict(replayed.rendering.blocked) == {site.url("/data.json"): "archive_url_missing"}


def test_a_wacz_written_live_replays_in_chromium_to_the_same_report(browser_config, tmp_path):
    from checker.retrieve.warc import write_capture

    path = tmp_path / "capture.wacz"
    with results_site() as (site, _):
        live = only(check([site.url("/gubernur")], browser=browser_config,
                          on_snapshot=lambda i, snap: write_capture(snap, path))[0])
    assert live.warc.path == str(path) and path.read_bytes()[:4] == b"PK\x03\x04"
    replayed = only(check([str(path)], browser=browser_config)[0])
    assert replayed.rendering.source == "archive" and not replayed.rendering.blocked
    assert (replayed.label, replayed.claims, replayed.source.sha256) == \
        (live.label, live.claims, live.source.sha256)


def test_a_page_that_grows_its_dom_without_bound_is_kept_to_the_cap(browser_config):
    # 1.6 million characters against a cap of half a million: far past the cap, yet small
    # enough that a loaded machine serialises it within the capture's limits (8 MB did not).
    routes = {"/": page_with("const s = 'x'.repeat(200000);"
                             "for (let i = 0; i < 8; i++) document.body.append(s);")}
    with LoopbackServer(routes) as site:
        report = only(check([site.url("/")], config=ONE_HOST, render="always",
                            browser=replace(browser_config, max_dom_chars=500_000))[0])
    assert len(report.rendering.html) == 500_000


def test_always_starts_the_browser_early_and_closes_it_when_every_fetch_failed(browser_config):
    results, _ = check(["http://127.0.0.1:9/"], config=ONE_HOST, render="always",
                       browser=browser_config)
    assert isinstance(results[0], CheckError) and results[0].code == "connect_failed"
    time.sleep(0.5)
    assert _our_playwright_drivers() == []  # started early, then closed, not orphaned


def _our_playwright_drivers() -> list[str]:
    """Processes we started that run Playwright's driver (which owns Chromium)."""
    import glob
    import os

    found = []
    for folder in glob.glob("/proc/[0-9]*"):
        try:
            with open(f"{folder}/stat") as handle:
                parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            with open(f"{folder}/cmdline", "rb") as handle:
                command = handle.read().decode("utf-8", "replace")
        except (OSError, ValueError, IndexError):
            continue
        if parent == os.getpid() and "playwright" in command:
            found.append(folder)
    return found
