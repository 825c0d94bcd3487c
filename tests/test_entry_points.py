"""One page through every entry point gives the same report.

The page is served on loopback and reaches the core nine ways: `cekresmi check` of its URL,
of the saved page and of a WARC of it; the web form (/check), an upload of the saved page and
of the WARC, "send what I see", the JSON API; and a crawl. Each goes through
checker.service (check_targets / check_one), so each must give the same label, the same
findings, the same claims and the same comparisons with the official record.
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from checker.cli.main import cli
from checker.context import load_context
from checker.report import codec
from checker.report.formats import report_dict
from checker.web import Settings, create_app
from loopback import RESULTS_PAGE, LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
HTML = "text/html; charset=utf-8"


def _same(data: dict) -> tuple:
    """What must not depend on how the page arrived."""
    return (data["verdict"]["label"], sorted(f["code"] for f in data["findings"]),
            data["claims"], data["comparisons"], data["figures_status"])


def _cli(*args: str) -> dict:
    result = CliRunner().invoke(cli, ["check", *args, "--format", "json"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


async def _web(tmp_path, url: str, page: bytes, warc: bytes) -> dict[str, dict]:
    settings = Settings(db=str(tmp_path / "web.sqlite3"), allowed_networks=("127.0.0.0/8",),
                        inline_wait=20.0, api_wait=20.0, allowed_hosts=("testserver",))
    app = create_app(settings, context=load_context())
    transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
    out = {}
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        async def stored(response) -> dict:
            assert response.status_code == 303, response.text[:500]
            where = response.headers["location"].split("?", 1)[0]
            assert where.startswith("/reports/"), where
            return (await http.get(where + ".json")).json()

        out["web form /check"] = await stored(await http.get("/check", params={"url": url}))
        home = (await http.get("/")).text
        token = home.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        for name, data in (("saved.html", page), ("capture.warc.gz", warc)):
            files = {"file": (name, data, "application/octet-stream")}
            response = await http.post("/upload", data={"csrf": token,
                                                         "url": url if name.endswith(".html")
                                                         else ""}, files=files)
            out[f"web upload {name}"] = await stored(response)
        sent = await http.post("/send", files={"html": (None, page.decode("utf-8")),
                                               "url": (None, url)})
        out["send what I see"] = await stored(sent)
        api = await http.post("/api/v1/checks", json={"url": url})
        assert api.status_code in (200, 201), api.text
        out["API POST /api/v1/checks"] = api.json()
    return out


def _crawl(tmp_path, url: str) -> dict:
    watchlist = tmp_path / "watch.txt"
    watchlist.write_text(url + "\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("CEKRESMI_NOTIFY", None)
    done = subprocess.run([sys.executable, "-c", "from checker.cli.main import main; main()",
                           "crawl", "--watchlist", str(watchlist), "--allow-private",
                           "--no-autothrottle", "--timeout", "10"],
                          capture_output=True, text=True, env=env, timeout=180, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:] + done.stdout[-2000:]
    with sqlite3.connect(env["CEKRESMI_DB"]) as db:
        row = db.execute("SELECT report FROM crawl_checks WHERE url = ? ORDER BY rowid DESC "
                         "LIMIT 1", (url,)).fetchone()
    assert row and row[0], "the crawl stored no report"
    return report_dict(codec.loads(row[0]), load_context(record=False).rules)


def test_one_page_through_every_entry_point(tmp_path):
    page = RESULTS_PAGE.encode("utf-8")
    routes = {"/same": (200, {"Content-Type": HTML}, page)}
    with LoopbackServer(routes) as server:
        url = server.url("/same")
        saved, capture = tmp_path / "saved.html", tmp_path / "capture.warc.gz"
        saved.write_bytes(page)
        reports = {
            "cekresmi check URL": _cli(url, "--allow-private", "--warc-out", str(capture)),
            "cekresmi check saved page": _cli(str(saved), "--url", url),
            "cekresmi check WARC": _cli(str(capture)),
        }
        reports.update(asyncio.run(_web(tmp_path, url, page, capture.read_bytes())))
        reports["crawl"] = _crawl(tmp_path, url)
    expected = _same(reports["cekresmi check URL"])
    label, codes, claims, comparisons, _ = expected
    # A page worth comparing: claims read, compared with the record, and findings.
    assert label == "unofficial" and claims and comparisons and codes
    assert len(reports) == 9
    for entry, data in reports.items():
        assert data["source"]["final_url"] == url, entry
        assert _same(data) == expected, entry
    origins = {entry: data["source"]["origin"] for entry, data in reports.items()}
    assert origins["send what I see"] == "sent" and origins["crawl"] == "live"
    assert origins["cekresmi check saved page"] == "file"
