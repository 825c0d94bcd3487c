"""`cekresmi serve` as a user runs it: a real process on a loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from checker.cli.main import cli
from loopback import free_port

ROOT = Path(__file__).resolve().parent.parent


def test_serve_has_help_and_is_in_the_readme():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "SSRF" in result.output and "--public-url" in result.output
    assert "cekresmi serve" in (ROOT / "README.md").read_text("utf-8")


def test_serve_runs_and_answers(tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CEKRESMI_DB": str(tmp_path / "db.sqlite3")}
    process = subprocess.Popen(
        [sys.executable, "-c", "from checker.cli.main import main; main()", "serve", "--port", str(port),
         "--log-level", "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(base + "/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert health.json() == {"status": "ok"}
        home = httpx.get(base + "/")
        assert home.status_code == 200 and "frame-ancestors 'none'" in home.headers["content-security-policy"]
        assert "server" not in home.headers  # no software banner
        # The SSRF guard is on in the real service: its own port is refused.
        refused = httpx.post(base + "/api/v1/checks", json={"url": base + "/healthz"})
        assert refused.status_code == 422 and refused.json()["error"]["code"] == "address_refused"
    finally:
        process.terminate()
        process.wait(10)


def test_serve_refuses_broken_rules_or_database_in_one_line(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    for path in (ROOT / "rules").glob("*.yaml"):
        (rules / path.name).write_text(path.read_text("utf-8"), "utf-8")
    broken = (rules / "domain-rules.yaml").read_text("utf-8").replace("severity: info", "severty: info", 1)
    (rules / "domain-rules.yaml").write_text(broken, "utf-8")
    result = CliRunner().invoke(cli, ["serve", "--rules-dir", str(rules)])
    assert result.exit_code == 2 and "severty" in result.output and "Traceback" not in result.output
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 200)
    result = CliRunner().invoke(cli, ["serve", "--db", str(junk)])
    assert result.exit_code == 2 and str(junk) in result.output
