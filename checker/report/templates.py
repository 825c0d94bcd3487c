"""The templates and the words behind every format: the Jinja2 environment (user template dir
first, autoescape for HTML, StrictUndefined), the hostile-text filters every printed value goes
through, and the UI words of reports/strings.yaml.

The page we analysed is hostile input: its title, URLs and evidence strings may carry markup,
`javascript:` URLs or terminal escape sequences. So: every printed value goes through
`_finalize`, which strips control characters and terminal escapes; HTML templates autoescape and
link only http(s) URLs; text and Markdown templates (no autoescape) end every expression in a
`oneline`/`wrap`/`md` filter (a test lints them).
"""

from __future__ import annotations

import dataclasses
import math
import re
import textwrap
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jinja2 import (BytecodeCache, ChoiceLoader, Environment, FileSystemBytecodeCache,
                    FileSystemLoader, StrictUndefined, select_autoescape)
from markupsafe import Markup

from checker import paths

__all__ = ["LANGS", "check_lang", "environment", "evidence_text", "is_http_url", "jsonable", "oneline",
           "template_dirs_of", "ui"]

LANGS = ("id", "en")
_EVIDENCE_LIMIT = 300  # characters of one evidence value shown in a report (JSON keeps it all)

# --- hostile-text filters -----------------------------------------------------------------

_TERMINAL_ESCAPES = re.compile(r"""
      \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?     # OSC: hyperlinks (OSC 8), window titles
    | \x1b[P^_X][^\x1b]*(?:\x1b\\)?          # DCS / PM / APC / SOS strings
    | \x1b\[[0-?]*[ -/]*[@-~]                # CSI: colours, cursor moves, clear screen
    | \x9b[0-?]*[ -/]*[@-~]                  # 8-bit CSI
    | \x1b[ -/]*[0-~]?                       # any other ESC sequence (or a lone ESC)
""", re.VERBOSE)
# C0 (but tab and newline; \r could overwrite a line), DEL, C1, and the bidi controls that can
# reorder what a terminal shows ("Trojan Source").
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~&])")
# A URL we may make clickable: http(s) only, no whitespace/control characters a browser would
# silently drop (so "java\tscript:" or " javascript:" cannot pass).
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f-\x9f<>\"'`\\]+", re.IGNORECASE)
_BARE_HOST = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?:/[a-z0-9._~/-]*)?", re.IGNORECASE)


def _clean(value: Any) -> str:
    """Strip terminal escapes and control characters; keep newlines and tabs."""
    return _CONTROLS.sub("", _TERMINAL_ESCAPES.sub("", str(value)))


def oneline(value: Any) -> str:
    """A one-line field: cleaned, every run of whitespace (newlines too) collapsed to a space."""
    return " ".join(_clean(value).split())


def _md(value: Any) -> str:
    """Markdown inline text: backslash-escape everything that could make a link, HTML or heading."""
    return _MD_SPECIAL.sub(r"\\\1", oneline(value))


def _wrap(value: Any, width: int = 78, indent: str = "") -> str:
    text = oneline(value)
    if not text:
        return indent.rstrip()
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def _line(value: Any) -> str:
    """One line with its inner spacing kept (aligned text bars): cleaned, newlines dropped."""
    return re.sub(r"[\r\n\u2028\u2029]+", " ", _clean(value))


def is_http_url(url: Any) -> bool:
    return isinstance(url, str) and _HTTP_URL.fullmatch(url) is not None


def _is_bare_host(host: Any) -> bool:
    return isinstance(host, str) and _BARE_HOST.fullmatch(host) is not None


def evidence_text(value: Any, limit: int | None = None) -> str:
    """An evidence value as words: lists become "a, b", mappings "k: v"."""
    value = jsonable(value)
    if isinstance(value, dict):
        text = ", ".join(f"{k}: {evidence_text(v)}" for k, v in value.items())
    elif isinstance(value, list):
        text = ", ".join(evidence_text(v) for v in value)
    else:
        text = "" if value is None else str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "\u2026"
    return text


def _md_link(host: str) -> str:
    """An official host from the rules as a Markdown https link (plain text if it looks odd)."""
    return f"[{_md(host)}](https://{host})" if _is_bare_host(host) else _md(host)


def _md_url(url: Any, label: str | None = None) -> str:
    """An http(s) address as a Markdown link (`<url>` or `[label](<url>)`); anything else as
    escaped text. Addresses with <, > or spaces are never links (they could close the link)."""
    text = oneline(url)
    if not is_http_url(text) or any(c in text for c in "<> \\"):
        return _md(text)
    return f"[{_md(label)}](<{text}>)" if label else f"<{text}>"


def _finalize(value: Any) -> Any:
    # Every printed value loses terminal escapes and control characters, whatever the format
    # (HTML then autoescapes it). Markup is our own template output (macros, tojson): kept.
    if isinstance(value, str) and not isinstance(value, Markup):
        return _clean(value)
    return value


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [jsonable(v) for v in sorted(value, key=str)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # keep exact figures exact
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return str(value)



# --- loading ----------------------------------------------------------------------------

def template_dirs_of(template_dir: str | Path | None) -> tuple[Path, ...]:
    # A relative folder depends on the working directory: resolved every time.
    return tuple(_resolved(str(d)) if d.is_absolute() else d.resolve()
                 for d in paths.template_dirs(template_dir))


@lru_cache(maxsize=64)
def _resolved(directory: str) -> Path:
    """A template folder's real path, once per process: resolving asks the disk for every
    component, a report asks for its words four times, and each folder's words and templates
    are kept per folder already."""
    return Path(directory).resolve()


def _bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept between runs (as Python keeps .pyc): compiling the report
    templates is a tenth of a cold check. Jinja keys each entry by template name and a hash of
    its source, so an edited template is recompiled. The directory is the user's own
    ($XDG_CACHE_HOME/cekresmi/templates, mode 0700); CEKRESMI_NO_CACHE=1 or an unwritable
    home turns the cache off and templates are compiled every run, as before."""
    directory = paths.cache_dir("templates")
    if directory is None:
        return None
    return FileSystemBytecodeCache(str(directory))


@lru_cache(maxsize=16)
def environment(dirs: tuple[Path, ...]) -> Environment:
    env = Environment(
        bytecode_cache=_bytecode_cache(),
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"),
                                     default_for_string=False, default=False),
        undefined=StrictUndefined, finalize=_finalize,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(clean=_clean, oneline=oneline, line=_line, md=_md, md_link=_md_link, md_url=_md_url,
                       wrap=_wrap,
                       ev=lambda v: evidence_text(v, _EVIDENCE_LIMIT))
    env.tests.update(http_url=is_http_url, bare_host=_is_bare_host)
    return env


@lru_cache(maxsize=16)
def _strings(dirs: tuple[Path, ...]) -> Mapping[str, Mapping[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for directory in reversed(dirs):  # bundled first; a user dir overrides key by key
        path = directory / "strings.yaml"
        if path.is_file():
            merged.update(_read_strings(path))
    if not merged:
        raise ValueError(f"no strings.yaml in {', '.join(map(str, dirs))}")
    return MappingProxyType({lang: MappingProxyType({k: v[lang] for k, v in merged.items()})
                             for lang in LANGS})


def _read_strings(path: Path) -> dict[str, dict[str, str]]:
    """One strings.yaml, checked; its parsed words are kept between runs (checker.keptdata)."""
    from checker.keptdata import kept_data

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read ({exc})") from None
    return kept_data("strings", raw, lambda: _parse_strings(path, raw),
                     lambda data: _strings_fault(data) is None)


def _parse_strings(path: Path, raw: bytes) -> dict[str, dict[str, str]]:
    import yaml

    from checker.yamlsafe import safe_load

    # as read_text would give it: strict UTF-8, universal newlines
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: cannot read ({exc})") from None
    fault = _strings_fault(data)
    if fault:
        raise ValueError(f"{path}: {fault}")
    return data


def _strings_fault(data: Any) -> str | None:
    """What is wrong with a strings.yaml's data, or None."""
    if not isinstance(data, dict):
        return "expected a mapping of key -> {id, en}"
    for key, value in data.items():
        # `yes:`/`no:` keys load as booleans under YAML 1.1: refuse them loudly.
        if not isinstance(key, str):
            return f"key {key!r} is not a string (quote it)"
        if not isinstance(value, dict) or set(value) != set(LANGS):
            return f"{key}: needs exactly the languages {', '.join(LANGS)}"
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                return f"{key}.{lang}: must be a non-empty string"
    return None


def ui(lang: str = "id", template_dir: str | Path | None = None) -> Mapping[str, str]:
    """The UI words for `lang` from strings.yaml (user template dir first), cached per dir."""
    check_lang(lang)
    return _strings(template_dirs_of(template_dir))[lang]


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGS)})")
