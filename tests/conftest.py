"""Test-wide safety: no test may touch the user's real official-record database."""

import shutil
import subprocess
import time

import pytest

from loopback import free_port


@pytest.fixture(autouse=True, scope="session")
def _private_official_db(tmp_path_factory):
    """Every store a test opens without --db lands in a session-private folder (the shipped
    data is loaded there once, on first use, like a fresh install)."""
    patcher = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("cekresmi-data")
    patcher.setenv("CEKRESMI_DB", str(folder / "cekresmi.sqlite3"))
    patcher.setenv("XDG_DATA_HOME", str(folder))
    yield
    patcher.undo()


@pytest.fixture(scope="module")
def shipped_record(tmp_path_factory):
    """The record the package ships (its kecamatan, PPLN areas and region 99, which the small
    test record lacks), built once per test module into a private folder."""
    from checker.official.embedded import default_record
    return default_record(tmp_path_factory.mktemp("shipped") / "record.sqlite3")


@pytest.fixture(scope="module")
def shipped_context(shipped_record):
    """The rules, and the record the package ships as the official record."""
    from builders import context
    from checker.context import Context
    return Context(rules=context().rules, official=shipped_record)


@pytest.fixture()
def redis_url(tmp_path):
    """A private redis-server on a free loopback port (.ci/run installs the Debian package);
    for the web and crawl tests that share state through Redis."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (Debian package redis-server; .ci/run "
                    "installs it)")
    port = free_port()
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    client.close()
    server.terminate()
    server.wait(timeout=10)
