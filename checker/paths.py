"""Where the rules/ and reports/ data live.

In a checkout they are the top-level folders; in an installed wheel they ship as
checker/_data/{rules,reports}. A user directory (--rules-dir / --template-dir, or the
CEKRESMI_RULES_DIR / CEKRESMI_TEMPLATE_DIR environment variables) always comes first.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=8)  # once per process: the package does not move, a report asks often
def _bundled(name: str) -> Path:
    # A source checkout (editable install, tests) uses its own folders, so edits show at once;
    # an installed wheel uses the copy shipped inside the package.
    # (The package's folder itself, not importlib.resources: that import, with tempfile and
    # shutil behind it, was ~8 ms of every cold start, and the data are plain files either way.)
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / name).is_dir():
        return _CHECKOUT / name
    return Path(__file__).resolve().parent / "_data" / name


def rules_dir(override: str | os.PathLike[str] | None = None) -> Path:
    chosen = override or os.environ.get("CEKRESMI_RULES_DIR")
    return Path(chosen) if chosen else _bundled("rules")


def bundled_templates_dir() -> Path:
    return _bundled("reports")


def template_dirs(override: str | os.PathLike[str] | None = None) -> list[Path]:
    """User templates first, then the bundled ones (a user dir may override one partial)."""
    chosen = override or os.environ.get("CEKRESMI_TEMPLATE_DIR")
    dirs = [Path(chosen)] if chosen else []
    return dirs + [bundled_templates_dir()]


def official_db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the official-record store lives: --db, then $CEKRESMI_DB, then the XDG data dir
    ($XDG_DATA_HOME, default ~/.local/share) as cekresmi/cekresmi.sqlite3."""
    chosen = override or os.environ.get("CEKRESMI_DB")
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "cekresmi" / "cekresmi.sqlite3"


def reports_db_path(override: str | os.PathLike[str] | None = None,
                    db: str | os.PathLike[str] | None = None) -> Path:
    """Where the web service keeps its reports: --reports-db, then $CEKRESMI_REPORTS_DB, else
    the official record's file (official_db_path(db)). Sharing that file is the default on
    purpose: one file holds everything a server keeps, and it is where cekresmi kept reports
    before they had a path of their own, so existing permalinks keep working."""
    chosen = override or os.environ.get("CEKRESMI_REPORTS_DB")
    if chosen:
        return Path(chosen).expanduser()
    return official_db_path(db)


def cache_dir(name: str) -> Path | None:
    """The user's own cache folder for `name` ($XDG_CACHE_HOME, default ~/.cache, then
    cekresmi/<name>, mode 0700), made if missing; None when CEKRESMI_NO_CACHE is set, when it
    cannot be made or written, or when it belongs to someone else (what is kept there is
    loaded as code or objects: never from another user's folder)."""
    if os.environ.get("CEKRESMI_NO_CACHE"):
        return None
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        directory = base / "cekresmi" / name
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not os.access(directory, os.W_OK) or directory.stat().st_uid != os.getuid():
            return None
    except (OSError, RuntimeError):  # RuntimeError: Path.home() with no home
        return None
    return directory


def keep_entry(entry: Path, data: bytes, siblings: str, keep: int) -> None:
    """Write a cache entry whole or not at all (a temporary file of this writer's own, renamed
    into place, so a concurrent run reads nothing or a complete entry), then drop all but the
    `keep` newest files matching `siblings` beside it (entries of files edited since). A full
    disk or an unwritable folder only means the next run builds the entry again."""
    import tempfile  # only when an entry is written

    try:
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".entry-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, entry)
        kept = sorted(entry.parent.glob(siblings), key=lambda p: p.stat().st_mtime)
        for old in kept[:-keep]:
            old.unlink(missing_ok=True)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
