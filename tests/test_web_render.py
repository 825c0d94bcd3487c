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
