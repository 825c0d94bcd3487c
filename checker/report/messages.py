"""One-line error messages in the user's language, from reports/errors.yaml.

The words live beside the templates so a newsroom's --template-dir can reword them too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from babel.numbers import format_decimal

from checker.errors import CheckError
from checker.paths import template_dirs
from checker.yamlsafe import safe_load

__all__ = ["error_line"]


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "?"


@lru_cache(maxsize=8)
def _catalogue(override: str | None) -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for directory in reversed(template_dirs(override)):  # bundled first, user dir wins
        path = Path(directory) / "errors.yaml"
        if path.is_file():
            data = safe_load(path.read_text("utf-8")) or {}
            merged.update(data.get("errors", {}))
    return merged


# Parameters that are quantities, written as the language writes numbers (5.000.000 / 5,000,000);
# line numbers, ports, statuses and versions are identifiers and stay as they are.
_QUANTITIES = frozenset({"limit", "seconds", "count", "size", "bytes", "total"})
_LOCALES = {"id": "id_ID", "en": "en_US"}


def _number(value: object, lang: str) -> object:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format_decimal(value, locale=_LOCALES.get(lang, "id_ID"))
    return value


def _clean(value: object) -> str:
    # Parameters can come from hostile input (a URL, a page); keep the line one terminal line.
    text = str(value)
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= 200 else text[:197] + "..."


def error_line(error: CheckError, lang: str = "id", template_dir: str | None = None) -> str:
    catalogue = _catalogue(str(template_dir) if template_dir else None)
    # A reason that is one known word (connect_failed: refused, tls...) has its own sentence.
    reason = error.params.get("reason")
    variant = catalogue.get(f"{error.code}_{reason}") if isinstance(reason, str) else None
    words = variant or catalogue.get(error.code)
    params = _Blank({k: _clean(_number(v, lang) if k in _QUANTITIES else v)
                     for k, v in error.params.items()})
    if not words:
        return f"{error.code}: " + ", ".join(f"{k}={v}" for k, v in sorted(params.items()))
    template = words.get(lang) or words.get("id") or error.code
    try:
        line = template.format_map(params)
    except (ValueError, IndexError, AttributeError, KeyError):
        line = template
    return line + _archived(error, lang, template_dir)


def _archived(error: CheckError, lang: str, template_dir: str | None) -> str:
    """A site that is gone (its name no longer resolves, nothing answers) may still be in the
    web archives: the line offers their lookup pages for the address, built from it, unfetched."""
    from checker.report.reporting import GONE_ERRORS, archive_links
    from checker.report.templates import ui

    if error.code not in GONE_ERRORS:
        return ""
    url = error.params.get("url")
    host = error.params.get("host")
    if not isinstance(url, str) and isinstance(host, str) and host:
        url = f"https://{host}/"
    links = archive_links(url if isinstance(url, str) else None)
    if not links:
        return ""
    words = ui(lang, template_dir)["gone_archives"]
    return " " + words.replace("{links}", " · ".join(_clean(a["url"]) for a in links))
