"""The web service renders client-drawn pages like `cekresmi check --render auto` does."""

from __future__ import annotations

import pytest

from results_site import chromium, results_site
from web_helpers import client, make_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_a_client_rendered_page_is_rendered_and_names_where_its_figures_came_from(tmp_path):
    chromium()
    app = make_app(tmp_path, api_wait=60.0)
    with results_site() as (site, data):
        async with client(app) as http:
            created = await http.post("/api/v1/checks", json={"url": site.url("/gubernur")})
            assert created.status_code == 201, created.text
            report = created.json()
            assert report["rendering"]["finished"] and report["rendering"]["requests"] == 4
            assert report["evidence"]["screenshot"]["sha256"]
            hosts = {f["evidence"]["host"] for f in report["findings"] if f["code"] == "FIG030"}
            assert hosts == {"127.0.0.2"}
            # The stored report keeps the rendering (screenshot included) for its permalink.
            page = await http.get(f"/reports/{report['permalink']['id']}")
            assert page.status_code == 200
            assert "data:image/png;base64," in page.text


async def test_an_uploaded_warc_is_replayed_and_rendered_like_cekresmi_check(tmp_path):
    """The web upload goes through checker.service.check_targets too: a WARC of a page drawn
    by JavaScript is replayed in Chromium from its own records, as `cekresmi check x.warc.gz`
    does (before, the upload was checked statically and never rendered)."""
    import asyncio

    from builders import context
    from checker.report.formats import report_dict
    from checker.retrieve.capture import RenderConfig
    from checker.retrieve.fetch import FetchConfig
    from checker.retrieve.warc import write_warc
    from checker.service import Target, check_targets
    from web_helpers import csrf_token

    browser = RenderConfig(executable=chromium(), time_limit=15)
    path = tmp_path / "capture.warc.gz"

    def run(target, **kw):
        [report] = check_targets([target], context(), render="auto", render_config=browser, **kw)
        return report

    with results_site() as (site, _):
        await asyncio.to_thread(run, Target("url", site.url("/gubernur")), fetch_config=FetchConfig(
            timeout=10, allowed_networks=("127.0.0.1/32", "127.0.0.2/32")),
            on_snapshot=lambda i, snapshot: write_warc(snapshot, path))
    # The site is gone: both replays can only use what the WARC recorded.
    cli = report_dict(await asyncio.to_thread(run, Target("file", str(path))), context().rules)
    async with client(make_app(tmp_path, inline_wait=60.0)) as http:
        token = csrf_token((await http.get("/")).text)
        sent = await http.post("/upload", data={"csrf": token, "url": ""},
                               files={"file": ("capture.warc.gz", path.read_bytes(),
                                               "application/octet-stream")})
        assert sent.status_code == 303, sent.text[:300]
        web = (await http.get(sent.headers["location"].split("?")[0] + ".json")).json()
    assert web["rendering"]["source"] == "archive" and web["rendering"]["finished"]
    assert web["rendering"]["requests"] == cli["rendering"]["requests"] == 4
    assert web["source"]["origin"] == "warc"
    for key in ("claims", "comparisons", "figures_status"):
        assert web[key] == cli[key], key
    assert [f["code"] for f in web["findings"]] == [f["code"] for f in cli["findings"]]
    assert web["verdict"]["label"] == cli["verdict"]["label"]


async def test_the_web_service_renders_with_the_same_isolated_browser(tmp_path):
    """WebRTC from a page checked on the web reaches no UDP listener on loopback, pop-ups and
    WebSockets are refused, and the report says how the browser was isolated."""
    import time

    from checker.retrieve.browser_launch import isolation_available
    from loopback import LoopbackServer
    from test_browser_isolation import rtc_page, udp_listener

    chromium()
    app = make_app(tmp_path, api_wait=60.0, render="always")
    with udp_listener() as (port, received):
        escape = "window.open('/popup'); try { new WebSocket('ws://127.0.0.1:9/ws'); } catch (e) {}"
        html = rtc_page(port).replace("</body>", f"<script>{escape}</script></body>")
        with LoopbackServer({"/": (200, {"Content-Type": "text/html"}, html)}) as site:
            async with client(app) as http:
                created = await http.post("/api/v1/checks", json={"url": site.url("/")})
            assert created.status_code == 201, created.text
            time.sleep(1)
    rendering = created.json()["rendering"]
    assert received == [] and "/popup" not in site.hits
    assert {"popup", "websocket"} <= {b["reason"] for b in rendering["blocked"]}
    assert rendering["isolation"] == ("netns" if isolation_available() else "none")
