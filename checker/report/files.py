"""Writing the files a user asked for (reports, digests): all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

from checker.errors import CheckError

__all__ = ["write_bytes", "write_text"]


def write_text(path: str | Path, text: str) -> None:
    """Write beside the target and rename, so a failed write never leaves half a file over a
    good one. CheckError output_unwritable when it cannot be written."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | Path, data: bytes) -> None:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CheckError("output_unwritable", path=str(path),
                         reason=exc.strerror or exc) from None
