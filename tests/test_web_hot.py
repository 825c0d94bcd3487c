"""checker/web/hot.py answers repeat reads of stored reports (and /check of a URL checked
minutes ago) before routing: the same bytes and headers as the route, inside every guard."""

from __future__ import annotations

import pytest

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot
from loopback import RESULTS_PAGE
from web_helpers import client, make_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def _stored(app, url: str, visibility: str = "public") -> str:
    report = check_snapshot(snapshot(url, RESULTS_PAGE), context())
    return app.state.cekresmi.store.save(report, kind="live", url=url, visibility=visibility)


def _routed(monkeypatch) -> list[str]:
    """From here on, the names of the routes' helpers each request reached (none: the hot
    path answered it)."""
    import checker.web.views as views

    calls: list[str] = []
    for name in ("lang_of", "parse_url_target", "_not_navigation"):
        def spy(*args, _real=getattr(views, name), _name=name, **kwargs):
            calls.append(_name)
            return _real(*args, **kwargs)
        monkeypatch.setattr(views, name, spy)
    return calls


async def _get(http, path: str, lang: str | None):
    headers = {"cookie": f"cekresmi_lang={lang}"} if lang else {}
    return await http.get(path, headers=headers)


@pytest.mark.parametrize("suffix", ["", ".json", ".md"])
async def test_a_repeat_read_is_the_routes_answer_byte_for_byte(tmp_path, monkeypatch, suffix):
    app = make_app(tmp_path)
    rid = _stored(app, "https://hasil.example/pilgub")
    hidden = _stored(app, "https://hasil.example/draft", visibility="unlisted")
    async with client(app) as http:
        first = [await _get(http, f"/reports/{r}{suffix}", lang)
                 for r in (rid, hidden) for lang in (None, "en")]
        routes = _routed(monkeypatch)
        again = [await _get(http, f"/reports/{r}{suffix}", lang)
                 for r in (rid, hidden) for lang in (None, "en")]
    assert routes == []
    for routed, hot in zip(first, again):
        assert routed.status_code == hot.status_code == 200
        assert routed.content == hot.content
        assert sorted(routed.headers.multi_items()) == sorted(hot.headers.multi_items())
    assert again[0].content != again[1].content  # Indonesian, then English from the cookie
    assert "x-robots-tag" not in again[0].headers
    assert again[2].headers["x-robots-tag"] == "noindex, nofollow"
    assert "content-security-policy" in again[0].headers and "vary" in again[0].headers


async def test_a_recent_checks_redirect_and_what_still_goes_to_the_route(tmp_path, monkeypatch):
    app = make_app(tmp_path)
    url = "https://hasil.example/pilgub"
    rid = _stored(app, url)
    async with client(app) as http:
        routed = await http.get("/check", params={"url": url})
        assert routed.status_code == 303 and routed.headers["location"] == f"/reports/{rid}"
        routes = _routed(monkeypatch)
        hot = await http.get("/check", params={"url": url})
        assert routes == []
        assert hot.status_code == 303
        assert sorted(routed.headers.multi_items()) == sorted(hot.headers.multi_items())
        # A ?lang= switch sets a cookie, a script's request is refused in words, an unknown
        # report is looked up: all the route's to answer.
        for path, params, headers in (
                (f"/reports/{rid}", {"lang": "en"}, {}),
                ("/check", {"url": url}, {"sec-fetch-mode": "no-cors",
                                          "sec-fetch-site": "cross-site"}),
                ("/reports/AAAAAAAAAAAA", {}, {}),
                ("/check", {"url": "https://other.example/"}, {})):
            await http.get(path, params=params, headers=headers)
            assert routes, path
            routes.clear()


async def test_the_hot_path_is_inside_the_rate_limit_and_the_headers(tmp_path):
    app = make_app(tmp_path, request_burst=3, requests_per_minute=1)
    rid = _stored(app, "https://hasil.example/pilgub")
    async with client(app) as http:
        statuses = [(await http.get(f"/reports/{rid}.json")).status_code for _ in range(5)]
        other = await client(app, ip="198.51.100.4").get(f"/reports/{rid}.json")
    assert statuses == [200, 200, 200, 429, 429]
    assert other.status_code == 200 and other.headers["x-frame-options"] == "DENY"
