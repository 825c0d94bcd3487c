"""Plain data parsed from a YAML file, kept between runs as JSON under a hash of the file's
bytes ($XDG_CACHE_HOME/cekresmi/data): PyYAML's import and the parse of reports/strings.yaml
were ~20 ms of every cold `check`, and JSON reads the same words in well under a millisecond.

JSON builds nothing but dicts, lists, strings and numbers, so an entry is data whoever wrote
it; the caller still checks its shape as it checks the parsed file (`valid`), and anything
missing, unreadable or not valid is simply parsed again. Nothing here can make loading fail.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

from checker import paths

__all__ = ["kept_data"]

_FORMAT = b"cekresmi.kept-data/1\n"
_KEEP = 8  # entries kept per kind of file


def kept_data(name: str, raw: bytes, parse: Callable[[], Any],
              valid: Callable[[Any], bool]) -> Any:
    """`parse()`'s value for the file bytes `raw`, from the cache when it holds a valid one
    (`name` keeps kinds of file apart); else parsed, and kept for the next run. What `parse`
    raises is raised as it is (an invalid file is never kept)."""
    directory = paths.cache_dir("data")
    key = hashlib.sha256(_FORMAT + name.encode() + b"\n" + raw).hexdigest()
    entry = directory / f"{name}-{key}.json" if directory is not None else None
    if entry is not None:
        try:
            data = json.loads(entry.read_bytes())
            if valid(data):
                return data
        except Exception:  # noqa: BLE001 - a damaged entry of any kind is parsed again
            pass
    data = parse()
    if entry is not None:
        _write(entry, data)
    return data


def _write(entry: Path, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError):  # data JSON cannot hold
        return
    paths.keep_entry(entry, text, f"{entry.name.rsplit('-', 1)[0]}-*.json", _KEEP)
