"""A client-rendered results site on loopback, like data-pemilu.pages.dev: the page
(samples/site/gubernur.html) on one loopback address, the real Sirekap snapshot JSON it loads
on a second one (a different host, as raw.githubusercontent.com was). Used by the browser
tests and the rendering benchmark."""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from loopback import LoopbackServer
from realdata import pilkada_snapshot

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "samples" / "site" / "gubernur.html").read_text("utf-8")
PROVINCES = ("31", "32", "35")  # the ones the page charts
JSON = {"Content-Type": "application/json", "Access-Control-Allow-Origin": "*"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


def data_routes(prefix: str = "/d/") -> dict:
    snapshot = pilkada_snapshot()
    routes = {f"{prefix}paslon/pkwkp.json": (200, JSON, (snapshot / "paslon/pkwkp.json").read_bytes())}
    for code in PROVINCES:
        routes[f"{prefix}pkwkp/{code}/{code}.json"] = (
            200, JSON, (snapshot / f"pkwkp/{code}/{code}.json").read_bytes())
    return routes


def page_html(data_base: str) -> str:
    return PAGE.replace("{{DATA_BASE}}", data_base)


@contextmanager
def results_site(pages: int = 1, data_host: str = "127.0.0.2"):
    """(site, data): site serves /gubernur (and /gubernur/1.. /gubernur/N-1 for batches)."""
    with LoopbackServer(data_routes(), host=data_host) as data:
        html = page_html(data.url("/d/"))
        routes = {"/gubernur": (200, HTML, html)}
        routes.update({f"/gubernur/{i}": (200, HTML, html) for i in range(1, pages)})
        with LoopbackServer(routes) as site:
            yield site, data


def chromium() -> str:
    """Debian's Chromium, or skip; in CI (.ci/run installs it) a missing browser fails."""
    path = os.environ.get("CEKRESMI_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.isfile(path):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {path}; .ci/run should have installed it")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    return path
