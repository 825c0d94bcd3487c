"""Test-wide safety: no test may touch the user's real official-record database."""

import pytest


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
