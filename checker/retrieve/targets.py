"""What a user asks us to check, read the same way by every shell: a pasted address (the CLI's
arguments, the web form, the bookmarklet, the API) or, on the command line only, a file on
disk. One parser, so the CLI and the web accept the same addresses, normalise them the same
way and refuse the rest with the same error codes (words in reports/errors.yaml)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from checker.bounds import clean_text
from checker.errors import CheckError

__all__ = ["MAX_URL_CHARS", "Target", "parse_target", "parse_url_target"]

MAX_URL_CHARS = 2048
# A pasted "page.html" or "x.warc.gz" is a file name, never a host (the CLI says the file is
# missing; the web never reads files).
_FILE_SUFFIXES = (".html", ".htm", ".warc", ".gz", ".txt", ".wacz", ".arc")


@dataclass(frozen=True)
class Target:
    kind: str   # url | file
    value: str  # the URL (normalised) or the file path


def parse_target(text: str, *, files: bool = True, max_chars: int = MAX_URL_CHARS) -> Target:
    """A pasted address, or (with `files`) an existing file. Fact-checkers paste hosts without a
    scheme ("data-pemilu.pages.dev/gubernur"); those get https://. The web passes
    files=False: a web request never names a file on the server."""
    raw = (text or "").strip()
    if not raw:
        raise CheckError("target_missing")
    if files and "://" not in raw and os.path.exists(raw):
        return Target("file", raw)
    return Target("url", _url(raw, max_chars))


def parse_url_target(text: str, max_chars: int = MAX_URL_CHARS) -> str:
    """parse_target(files=False)'s URL: what the web service checks."""
    return parse_target(text, files=False, max_chars=max_chars).value


def _url(raw: str, max_chars: int) -> str:
    raw = clean_text(raw)  # a byte the locale could not decode is a lone surrogate: U+FFFD
    if len(raw) > max_chars:
        raise CheckError("target_too_long", limit=max_chars)
    if any(ord(c) < 0x21 or 0x7f <= ord(c) < 0xa0 for c in raw):
        if " " in raw and "://" not in raw:
            raise CheckError("target_unknown", target=raw)  # words, not an address
        raise CheckError("bad_url", url=raw)
    if "://" not in raw:
        head = raw.split("/", 1)[0]
        if ":" in head and not head.split(":", 1)[1].split("/")[0].isdigit():
            scheme = raw.split(":", 1)[0]  # javascript:..., data:..., mailto:...
            raise CheckError("bad_scheme", url=raw, scheme=scheme)
        if "." not in head or raw.startswith(".") or head.lower().endswith(_FILE_SUFFIXES):
            raise CheckError("target_unknown", target=raw)
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        raise CheckError("bad_url", url=raw) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise CheckError("bad_scheme", url=raw, scheme=parts.scheme)
    if not parts.netloc or not parts.hostname:
        raise CheckError("bad_url", url=raw)
    # The fragment never reaches the site (and the web's reuse key ignores it).
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", parts.query, ""))
