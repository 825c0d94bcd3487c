"""Issue 13 on the web report: the chat text block, link previews (og:/Twitter tags and the
figures PNG), unlisted checks (never listed, noindex) and the copy button's script policy."""

from __future__ import annotations

import html
import re

import pytest

from loopback import RESULTS_PAGE, LoopbackServer
from web_helpers import HTML, client, make_app, report_id

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def site():
    with LoopbackServer({"/r": (200, {"Content-Type": HTML}, RESULTS_PAGE)}) as server:
        yield server


def _meta(page: str, prop: str) -> str:
    found = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', page)
    assert found, prop
    return html.unescape(found.group(1))


async def test_report_page_has_a_chat_block_and_link_preview_tags(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        first = await http.get("/check", params={"url": site.url("/r")})
        rid = report_id(first.headers["location"])
        page = (await http.get(f"/reports/{rid}")).text
        box = html.unescape(re.search(r'<textarea id="share-text"[^>]*>(.*?)</textarea>',
                                      page, re.S).group(1))
        # The chat text: verdict, the address defanged, the check time in WIB, where the
        # official result is, the permanent link.
        assert box.startswith("cekresmi: ")
        assert "127[.]0[.]0[.]1" in box and "http://127.0.0.1" not in box
        assert "WIB" in box and "pilkada2024.kpu.go.id" in box
        assert f"/reports/{rid}" in box
        assert "Salin untuk WhatsApp" in page and 'src="/static/share.js"' in page
        title = _meta(page, "og:title")
        assert title.startswith(re.search(r"<h1[^>]*>(.*?)</h1>", page).group(1))
        image = _meta(page, "og:image")
        assert image.endswith(f"/reports/{rid}.png") and _meta(page, "twitter:card")
        assert 'name="robots"' not in page
        png = await http.get(f"/reports/{rid}.png")
        assert png.status_code == 200 and png.headers["content-type"] == "image/png"
        assert png.content.startswith(b"\x89PNG\r\n\x1a\n")
        script = await http.get("/static/share.js")
        assert script.status_code == 200 and "clipboard" in script.text
        report = await http.get(f"/reports/{rid}")
        assert "script-src 'self'" in report.headers["content-security-policy"]
        home = await http.get("/")
        assert "script-src" not in home.headers["content-security-policy"]


async def test_unlisted_checks_stay_off_the_list_and_out_of_search(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        hidden = await http.get("/check", params={"url": site.url("/r"), "visibility": "unlisted"})
        rid = report_id(hidden.headers["location"])
        page = await http.get(f"/reports/{rid}")
        assert '<meta name="robots" content="noindex, nofollow">' in page.text
        assert page.headers["x-robots-tag"] == "noindex, nofollow"
        assert (await http.get(f"/reports/{rid}.json")).headers["x-robots-tag"]
        home = await http.get("/")
        assert rid not in home.text
        # A public check of the same URL is its own report, listed and indexable.
        public = await http.get("/check", params={"url": site.url("/r")})
        pid = report_id(public.headers["location"])
        assert pid != rid
        assert "x-robots-tag" not in (await http.get(f"/reports/{pid}")).headers
        home = await http.get("/")
        assert pid in home.text and rid not in home.text
        assert 'name="visibility" value="unlisted"' in home.text


async def test_the_api_takes_visibility(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        made = await http.post("/api/v1/checks", json={"url": site.url("/r"),
                                                       "visibility": "unlisted"})
        assert made.status_code == 201, made.text
        rid = made.json()["permalink"]["id"]
        assert (await http.get(f"/reports/{rid}")).headers["x-robots-tag"]
        assert rid not in (await http.get("/")).text
        bad = await http.post("/api/v1/checks", json={"url": site.url("/r"),
                                                      "visibility": "secret"})
        assert bad.status_code == 400 or bad.status_code == 422
