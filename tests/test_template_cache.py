"""Compiled report templates are kept between runs, in the user's own cache dir only."""

import os

from checker.report import templates


def test_cache_dir_is_made_private_and_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CEKRESMI_NO_CACHE", raising=False)
    cache = templates._bytecode_cache()
    directory = tmp_path / "cekresmi" / "templates"
    assert cache is not None and directory.is_dir()
    assert directory.stat().st_mode & 0o077 == 0
    env = templates.environment.__wrapped__((templates.paths.bundled_templates_dir(),))
    env.get_template("report.txt")
    assert any(directory.iterdir())  # the compiled template was written


def test_off_by_env_or_when_home_is_unusable(tmp_path, monkeypatch):
    monkeypatch.setenv("CEKRESMI_NO_CACHE", "1")
    assert templates._bytecode_cache() is None
    monkeypatch.delenv("CEKRESMI_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert templates._bytecode_cache() is None
    if os.getuid() != 0:  # root may write anywhere; a read-only dir stops everyone else
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        monkeypatch.setenv("XDG_CACHE_HOME", str(ro))
        assert templates._bytecode_cache() is None
