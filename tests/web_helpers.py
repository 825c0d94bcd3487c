"""Shared by the web tests: an app over the shared test context and a client per address.

The app may fetch loopback pages only because the test passes Settings.allowed_networks (no
request can do that). Requests go through httpx.ASGITransport, never a socket.
"""

from __future__ import annotations

import asyncio
import re
import time

import httpx

from builders import context
from checker.web import Settings, create_app

LOOPBACK = ("127.0.0.0/8",)
HTML = "text/html; charset=utf-8"


def make_app(tmp_path, **overrides):
    options = {"db": str(tmp_path / "web.sqlite3"), "allowed_networks": LOOPBACK,
               "allowed_hosts": ("testserver",),
               "inline_wait": 10.0, "api_wait": 10.0, **overrides}
    return create_app(Settings(**options), context=context())


def client(app, ip: str = "203.0.113.7", **kw) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver", **kw)


def csrf_token(page_html: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page_html).group(1)


def report_id(location: str) -> str:
    match = re.fullmatch(r"/reports/([A-Za-z0-9_-]{12})(\?lang=\w+)?", location)
    assert match, location
    return match.group(1)


async def follow_job(http: httpx.AsyncClient, location: str, limit: float = 30.0) -> httpx.Response:
    """Poll a /jobs/ID progress page the way its meta refresh would, until it stops."""
    deadline = time.monotonic() + limit
    while True:
        response = await http.get(location)
        if response.status_code != 200 or "/jobs/" not in location:
            return response
        assert 'http-equiv="refresh"' in response.text
        assert time.monotonic() < deadline, "the job never finished"
        await asyncio.sleep(0.1)


def slow_page(seconds: float, body: str):
    """A loopback route that answers after `seconds` (a slow site, or a long render)."""
    def route(handler):
        time.sleep(seconds)
        return 200, {"Content-Type": HTML}, body
    return route
