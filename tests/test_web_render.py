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
