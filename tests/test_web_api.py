"""The JSON API (/api/v1) through httpx.ASGITransport: reports in the cekresmi.report/1
contract, reuse, jobs for slow checks, and every refusal as JSON with a code."""

from __future__ import annotations

import asyncio

import pytest

from loopback import RESULTS_PAGE, LoopbackServer
from web_helpers import client, make_app, slow_page

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def site():
    with LoopbackServer({"/slow": slow_page(1.5, RESULTS_PAGE)}) as server:
        yield server


async def test_check_returns_the_report_then_the_stored_one(tmp_path, site):
    async with client(make_app(tmp_path)) as http:
        created = await http.post("/api/v1/checks", json={"url": site.url("/page/a")})
        assert created.status_code == 201
        data = created.json()
        assert data["schema"] == "cekresmi.report/1" and data["lang"] == "id"
        assert data["verdict"]["label"] in ("unofficial", "no_claims")
        rid = data["permalink"]["id"]
        assert created.headers["location"] == f"/api/v1/reports/{rid}"
        assert data["permalink"]["html"] == f"http://testserver/reports/{rid}"
        reused = await http.post("/api/v1/checks", json={"url": site.url("/page/a"), "lang": "en"})
        assert reused.status_code == 200 and reused.json()["permalink"]["id"] == rid
        assert reused.json()["lang"] == "en"
        stored = await http.get(f"/api/v1/reports/{rid}", params={"lang": "en"})
        assert stored.status_code == 200 and stored.json()["verdict"] == reused.json()["verdict"]
        assert site.hits.count("/page/a") == 1


async def test_slow_check_answers_202_with_a_job_to_poll(tmp_path, site):
    async with client(make_app(tmp_path, api_wait=0.05)) as http:
        accepted = await http.post("/api/v1/checks", json={"url": site.url("/slow")})
        assert accepted.status_code == 202
        job = accepted.json()
        assert job["status"] in ("queued", "fetching") and job["url"] == site.url("/slow")
        assert accepted.headers["location"] == f"/api/v1/jobs/{job['job']}"
        for _ in range(100):
            polled = (await http.get(accepted.headers["location"])).json()
            if "report" in polled:
                break
            await asyncio.sleep(0.1)
        assert polled["status"] == "done"
        report = await http.get(polled["report"]["api"].replace("http://testserver", ""))
        assert report.status_code == 200


@pytest.mark.parametrize("body, code, status", [
    ({"url": "javascript:alert(1)"}, "bad_scheme", 422),
    ({"url": "http://10.0.0.1/"}, "address_refused", 422),
    ({"url": ""}, "target_missing", 422),
    ({}, "web_bad_json", 422),
    ({"url": 5}, "web_bad_json", 422),
    ({"url": "https://a.example/", "lang": "fr"}, "web_bad_json", 422),
])
async def test_refusals_are_json_with_a_code(tmp_path, body, code, status):
    async with client(make_app(tmp_path, allowed_networks=())) as http:
        response = await http.post("/api/v1/checks", json=body)
        assert response.status_code == status
        error = response.json()["error"]
        assert error["code"] == code and error["message"]
        if code == "address_refused":
            assert "--allow-private" not in error["message"]  # web words


async def test_only_json_bodies_are_accepted(tmp_path):
    async with client(make_app(tmp_path)) as http:
        form = await http.post("/api/v1/checks", data={"url": "https://a.example/"})
        assert form.status_code == 415 and form.json()["error"]["code"] == "web_unsupported_media"
        plain = await http.post("/api/v1/checks", content=b'{"url": "https://a.example/"}',
                                headers={"content-type": "text/plain"})
        assert plain.status_code == 415
        broken = await http.post("/api/v1/checks", content=b'{"url": ',
                                 headers={"content-type": "application/json"})
        assert broken.status_code == 422 and broken.json()["error"]["code"] == "web_bad_json"


async def test_fetch_failures_and_unknown_ids(tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with client(make_app(tmp_path)) as http:
        failed = await http.post("/api/v1/checks", json={"url": f"http://127.0.0.1:{port}/"})
        assert failed.status_code == 422 and failed.json()["error"]["code"] == "connect_failed"
        for path in ("/api/v1/reports/AAAAAAAAAAAA", "/api/v1/reports/x", "/api/v1/jobs/AAAAAAAAAAAA",
                     "/api/v1/nothing"):
            missing = await http.get(path)
            assert missing.status_code == 404 and "error" in missing.json(), path
        wrong = await http.get("/api/v1/checks")
        assert wrong.status_code == 405 and wrong.json()["error"]["code"] == "web_method_not_allowed"


async def test_failed_job_reports_its_error(tmp_path, site):
    app = make_app(tmp_path, api_wait=0.05, job_timeout=0.2)
    async with client(app) as http:
        accepted = await http.post("/api/v1/checks", json={"url": site.url("/slow")})
        await asyncio.sleep(0.3)
        polled = (await http.get(accepted.headers["location"])).json()
        assert polled["status"] == "failed" and polled["error"]["code"] == "web_check_timeout"
