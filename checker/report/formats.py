"""Put words on a Report: text, Markdown, HTML, JSON and ClaimReview JSON-LD, in id or en.

One Report value feeds every format. The words come from two places only: rule and verdict texts
from the RuleSet (rules/*.yaml) and UI words from reports/strings.yaml; templates hold no prose.

The page we analysed is hostile input: its title, URLs and evidence strings may carry markup,
`javascript:` URLs or terminal escape sequences. So: every printed value goes through
`_finalize`, which strips control characters and terminal escapes; HTML templates autoescape and
link only http(s) URLs; text and Markdown templates (no autoescape) end every expression in a
`oneline`/`wrap`/`md` filter (a test lints them).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import textwrap
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml
from jinja2 import (ChoiceLoader, Environment, FileSystemLoader, StrictUndefined,
                    select_autoescape)
from markupsafe import Markup

from checker import paths
from checker.models import CONFIDENCES, SEVERITIES, Finding, Report
from checker.report.figures import claim_dict, comparison_dict, number, race_tables, when
from checker.report.evidence import evidence_dict, rendering_dict, screenshot_uri
from checker.ruleset.load import RuleSet

__all__ = ["FORMATS", "claimreview", "render", "render_many", "render_template", "report_dict",
           "screenshot_uri", "ui"]

FORMATS = ("text", "json", "html", "md", "claimreview")
LANGS = ("id", "en")
SHORT_LIMIT = 500  # a WhatsApp message people still read to the end
_EVIDENCE_LIMIT = 300  # characters of one evidence value shown in a report (JSON keeps it all)

# ClaimReview wants a number. 5 = the page is KPU itself; 4 = a known independent count that says
# who it is; 3 = no result claims, nothing to rate (the midpoint); 2 = results from an unknown,
# unaccountable source (the 28-29 Nov 2024 data-pemilu.pages.dev case); 1 = it poses as KPU,
# the false claim fact-checkers rate lowest.
_RATINGS = {"official": 5, "independent": 4, "no_claims": 3, "unofficial": 2, "impostor": 1}

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


def _oneline(value: Any) -> str:
    """A one-line field: cleaned, every run of whitespace (newlines too) collapsed to a space."""
    return " ".join(_clean(value).split())


def _md(value: Any) -> str:
    """Markdown inline text: backslash-escape everything that could make a link, HTML or heading."""
    return _MD_SPECIAL.sub(r"\\\1", _oneline(value))


def _wrap(value: Any, width: int = 78, indent: str = "") -> str:
    text = _oneline(value)
    if not text:
        return indent.rstrip()
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def _is_http(url: Any) -> bool:
    return isinstance(url, str) and _HTTP_URL.fullmatch(url) is not None


def _is_bare_host(host: Any) -> bool:
    return isinstance(host, str) and _BARE_HOST.fullmatch(host) is not None


def _evtext(value: Any, limit: int | None = None) -> str:
    """An evidence value as words: lists become "a, b", mappings "k: v"."""
    value = _jsonable(value)
    if isinstance(value, dict):
        text = ", ".join(f"{k}: {_evtext(v)}" for k, v in value.items())
    elif isinstance(value, list):
        text = ", ".join(_evtext(v) for v in value)
    else:
        text = "" if value is None else str(value)
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "\u2026"
    return text


def _md_link(host: str) -> str:
    """An official host from the rules as a Markdown https link (plain text if it looks odd)."""
    return f"[{_md(host)}](https://{host})" if _is_bare_host(host) else _md(host)


def _finalize(value: Any) -> Any:
    # Every printed value loses terminal escapes and control characters, whatever the format
    # (HTML then autoescapes it). Markup is our own template output (macros, tojson): kept.
    if isinstance(value, str) and not isinstance(value, Markup):
        return _clean(value)
    return value


# --- loading ----------------------------------------------------------------------------

def _dirs(template_dir: str | Path | None) -> tuple[Path, ...]:
    return tuple(Path(d).resolve() for d in paths.template_dirs(template_dir))


@lru_cache(maxsize=16)
def _environment(dirs: tuple[Path, ...]) -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"),
                                     default_for_string=False, default=False),
        undefined=StrictUndefined, finalize=_finalize,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(clean=_clean, oneline=_oneline, md=_md, md_link=_md_link, wrap=_wrap,
                       ev=lambda v: _evtext(v, _EVIDENCE_LIMIT))
    env.tests.update(http_url=_is_http, bare_host=_is_bare_host)
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
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: cannot read ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of key -> {{id, en}}")
    for key, value in data.items():
        # `yes:`/`no:` keys load as booleans under YAML 1.1: refuse them loudly.
        if not isinstance(key, str):
            raise ValueError(f"{path}: key {key!r} is not a string (quote it)")
        if not isinstance(value, dict) or set(value) != set(LANGS):
            raise ValueError(f"{path}: {key}: needs exactly the languages {', '.join(LANGS)}")
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                raise ValueError(f"{path}: {key}.{lang}: must be a non-empty string")
    return data


def ui(lang: str = "id", template_dir: str | Path | None = None) -> Mapping[str, str]:
    """The UI words for `lang` from strings.yaml (user template dir first), cached per dir."""
    _check_lang(lang)
    return _strings(_dirs(template_dir))[lang]


def _check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGS)})")


# --- the JSON contract ------------------------------------------------------------------

def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return [_jsonable(v) for v in sorted(value, key=str)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # keep exact figures exact
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return str(value)


class _Evidence(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _localised(value: Any, lang: str) -> str:
    """Numbers and times in a message are written the reader's way (50,07 / 50.07; WIB)."""
    if isinstance(value, Decimal) or (isinstance(value, int) and not isinstance(value, bool)):
        return number(value, lang)
    if isinstance(value, datetime):
        return when(value)
    return _evtext(value)


def _message(template: str, evidence: Mapping[str, Any], lang: str = "id") -> str:
    values = _Evidence({str(k): _localised(v, lang) for k, v in evidence.items()})
    try:
        return template.format_map(values)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return template  # a stray brace in the rules text must not lose the report


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else -1


def _finding(finding: Finding, rules: RuleSet, lang: str) -> dict[str, Any]:
    try:
        rule = rules.rule(finding.code)
    except KeyError:  # a report stored under older rules: keep the code, lose only the words
        title, message, references = finding.code, "", []
    else:
        title = rule.title.get(lang)
        message = _message(rule.message.get(lang), finding.evidence, lang)
        references = list(rule.references)
    return {"code": finding.code, "severity": finding.severity,
            "confidence": finding.confidence, "title": title, "message": message,
            "evidence": _jsonable(finding.evidence), "references": references}


def _official_info(report: Report, rules: RuleSet, lang: str) -> list[dict[str, Any]]:
    wanted = set(report.elections)
    chosen = [e for e in rules.elections if e.key in wanted] or list(rules.elections)
    return [{"key": e.key, "name": e.name.get(lang), "date": e.date,
             "official_hosts": list(e.official_hosts), "note": e.note.get(lang)} for e in chosen]


def report_dict(report: Report, rules: RuleSet, lang: str = "id") -> dict[str, Any]:
    """The stable JSON contract (schema cekresmi.report/1): keys are added, never renamed."""
    _check_lang(lang)
    src = report.source
    words = rules.labels[report.label]
    findings = sorted(report.findings, key=lambda f: (-_rank(SEVERITIES, f.severity), f.code))
    return {
        "schema": report.schema,
        "lang": lang,
        "verdict": {"label": report.label, "title": words["title"].get(lang),
                    "summary": words["summary"].get(lang)},
        "source": {
            "requested_url": src.requested_url, "final_url": src.final_url, "host": src.host,
            "registered_domain": src.registered_domain, "is_official": bool(src.is_official),
            "hosting_platform": src.hosting_platform,
            "redirects": [hop.url for hop in src.redirects],
            "fetched_at": src.fetched_at.isoformat(), "sha256": src.sha256,
            "status": src.status, "content_type": src.content_type, "origin": src.origin,
            "page_title": report.page_title,
            "redirect_chain": [{"url": h.url, "status": h.status, "location": h.location}
                               for h in src.redirects],
        },
        "findings": [_finding(f, rules, lang) for f in findings],
        "claims": [claim_dict(c) for c in report.claims],
        "comparisons": [comparison_dict(c) for c in report.comparisons],
        "figures_status": report.figures_status,
        "figure_tables": race_tables(report.claims, report.comparisons, ui(lang), lang),
        "elections": list(report.elections),
        "official_info": _official_info(report, rules, lang),
        "rules_version": report.rules_version,
        "algorithm_version": report.algorithm_version,
        "evidence": evidence_dict(report),
        "rendering": rendering_dict(report),
    }


def claimreview(report: Report, rules: RuleSet, lang: str = "id", *, url: str | None = None,
                template_dir: str | Path | None = None) -> dict[str, Any]:
    """schema.org ClaimReview JSON-LD. `url` is where the review itself is published, if known."""
    words = ui(lang, template_dir)
    label = rules.labels[report.label]
    src = report.source
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if _is_http(src.final_url):  # never hand a javascript: URL to a search engine or a CMS
        appearance["url"] = src.final_url
    if report.page_title.strip():
        appearance["headline"] = _oneline(report.page_title)
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview",
                           "datePublished": src.fetched_at.date().isoformat()}
    if url:
        out["url"] = url
    out.update({
        "claimReviewed": words["claim_reviewed"].replace("{url}", _oneline(src.final_url)),
        "itemReviewed": {"@type": "Claim", "appearance": [appearance]},
        "author": {"@type": "Organization", "name": "cekresmi"},
        "reviewRating": {"@type": "Rating", "ratingValue": _RATINGS[report.label],
                         "bestRating": 5, "worstRating": 1,
                         "alternateName": label["title"].get(lang),
                         "ratingExplanation": label["summary"].get(lang)},
        "inLanguage": lang,
    })
    return out


# --- templates --------------------------------------------------------------------------

def _render_template(name: str, lang: str, template_dir: Any, **context: Any) -> str:
    words = ui(lang, template_dir)

    def term(prefix: str, key: Any) -> str:
        """A word for a code (severity, label, evidence key...); the code itself if unknown."""
        return words.get(f"{prefix}_{key}", str(key))

    env = _environment(_dirs(template_dir))
    return env.get_template(name).render(ui=words, lang=lang, term=term, **context)


def render_template(name: str, lang: str = "id", *, template_dir: str | Path | None = None,
                    **context: Any) -> str:
    """Any template under reports/ (the web service's web/*.html) with the report's words
    (`ui`, `term`), filters and escaping, so its pages can include the report partials."""
    _check_lang(lang)
    return _render_template(name, lang, template_dir, **context)


def _strongest(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(findings, key=lambda f: (-_rank(SEVERITIES, f["severity"]),
                                           -_rank(CONFIDENCES, f["confidence"]), f["code"]))


def _short(report: Report, rules: RuleSet, lang: str, template_dir: Any) -> str:
    r = report_dict(report, rules, lang)
    strongest = _strongest(r["findings"])
    hosts = list(dict.fromkeys(h for e in r["official_info"] for h in e["official_hosts"]))[:3]
    for keep in (2, 1, 0):  # drop reasons until it fits one chat message
        text = _render_template("report-short.txt", lang, template_dir, r=r,
                                reasons=strongest[:keep], official_hosts=hosts)
        if len(text) <= SHORT_LIMIT:
            return text
    return text[:SHORT_LIMIT - 2].rstrip() + "\u2026\n"


def _check(fmt: str, lang: str, short: bool) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    _check_lang(lang)
    if short and fmt != "text":
        raise ValueError("short=True is only for the text format")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def render(report: Report, rules: RuleSet, fmt: str = "text", lang: str = "id", *,
           short: bool = False, template_dir: str | Path | None = None) -> str:
    """One report in one format and language."""
    _check(fmt, lang, short)
    if fmt == "json":
        return _dumps(report_dict(report, rules, lang))
    if fmt == "claimreview":
        return _dumps(claimreview(report, rules, lang, template_dir=template_dir))
    if fmt == "html":
        return _html([report], rules, lang, template_dir)
    if short:
        return _short(report, rules, lang, template_dir)
    name = "report.txt" if fmt == "text" else "report.md"
    return _render_template(name, lang, template_dir, r=report_dict(report, rules, lang))


def _html(reports: list[Report], rules: RuleSet, lang: str, template_dir: Any) -> str:
    items = [{"r": report_dict(r, rules, lang), "screenshot": screenshot_uri(r),
              "jsonld": claimreview(r, rules, lang, template_dir=template_dir)} for r in reports]
    return _render_template("report.html", lang, template_dir, items=items)


_SEPARATORS = {"text": "\n" + "=" * 78 + "\n\n", "md": "\n---\n\n"}


def render_many(reports: list[Report], rules: RuleSet, fmt: str = "text", lang: str = "id",
                **kw: Any) -> str:
    """Many reports as one output: a JSON array, one HTML document, or text/Markdown reports
    separated by a rule line. Keyword arguments are those of render()."""
    short, template_dir = kw.pop("short", False), kw.pop("template_dir", None)
    if kw:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(sorted(kw))}")
    _check(fmt, lang, short)
    reports = list(reports)
    if fmt == "json":
        return _dumps([report_dict(r, rules, lang) for r in reports])
    if fmt == "claimreview":
        return _dumps([claimreview(r, rules, lang, template_dir=template_dir) for r in reports])
    if fmt == "html":
        return _html(reports, rules, lang, template_dir)
    return _SEPARATORS[fmt].join(render(r, rules, fmt, lang, short=short,
                                        template_dir=template_dir) for r in reports)
