"""Put words on a Report: text, Markdown, HTML, JSON and ClaimReview JSON-LD, in id or en.

One Report value feeds every format. The words come from two places only: rule and verdict texts
from the RuleSet (rules/*.yaml) and UI words from reports/strings.yaml; templates hold no prose.

The templates, their hostile-text filters and the UI words are in checker.report.templates.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Any, Mapping


from checker.report.templates import (check_lang, environment, evidence_text, is_http_url, jsonable,
                                      oneline, template_dirs_of, ui)
from checker.models import SEVERITIES, Finding, Report
from checker.report.figures import (claim_dict, claim_labels, comparison_dict, number,
                                    race_tables, when)
from checker.report.evidence import evidence_dict, rendering_dict, screenshot_uri
from checker.report.chart import svg, text_bars
from checker.report.races import when_words
from checker.report.summary import defang_url, evidence_sentence, summary
from checker.report.image import debunked_list, image_dict, image_uri, source_kind
from checker.report.reporting import GONE_STATUSES, archive_links, report_it
from checker.ruleset.model import RuleSet

__all__ = ["FORMATS", "claimreview", "render", "render_many", "render_png", "render_template",
           "report_dict", "screenshot_uri", "short_text", "ui"]

FORMATS = ("text", "json", "html", "md", "claimreview")  # as text; png: render_png()
SHORT_LIMIT = 900  # one WhatsApp message people still read to the end

# ClaimReview wants a number. 5 = the page is KPU itself; 4 = a known independent count that says
# who it is; 3 = no result claims, nothing to rate (the midpoint); 2 = results from an unknown,
# unaccountable source (the 28-29 Nov 2024 data-pemilu.pages.dev case); 1 = it poses as KPU,
# the false claim fact-checkers rate lowest.
_RATINGS = {"official": 5, "independent": 4, "no_claims": 3, "unofficial": 2, "impostor": 1}

# --- the JSON contract ------------------------------------------------------------------

class _Evidence(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _localised(value: Any, lang: str) -> str:
    """Numbers and times in a message are written the reader's way (50,07 / 50.07; WIB)."""
    if isinstance(value, Decimal) or (isinstance(value, int) and not isinstance(value, bool)):
        return number(value, lang)
    if isinstance(value, datetime):
        return when(value)
    return evidence_text(value)


@lru_cache(maxsize=1024)
def _fields(template: str) -> frozenset[str] | None:
    """The evidence keys a message reads: the name before any .attribute or [index], in the
    format specs too (nested one level, as str.format allows). None when it does not parse."""
    names: set[str] = set()

    def read(text: str, nested: bool) -> None:
        for _, field, spec, _ in Formatter().parse(text):
            if field is not None:
                names.add(re.split(r"[.\[]", field, maxsplit=1)[0])
            if spec and not nested:
                read(spec, True)
    try:
        read(template, False)
    except ValueError:
        return None
    return frozenset(names)


def _message(template: str, evidence: Mapping[str, Any], lang: str = "id") -> str:
    # Only the values the message shows are written out (a finding's evidence holds about
    # twice as many, and writing numbers and times the reader's way was a seventh of a
    # stored report's encoding).
    used = _fields(template)
    if used is None:
        return template  # as format_map would fail on it
    values = _Evidence({str(k): _localised(v, lang) for k, v in evidence.items()
                        if str(k) in used})
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
            "evidence": jsonable(finding.evidence), "references": references}


def _official_info(report: Report, rules: RuleSet, lang: str) -> list[dict[str, Any]]:
    wanted = set(report.elections)
    chosen = [e for e in rules.elections if e.key in wanted] or list(rules.elections)
    return [{"key": e.key, "name": e.name.get(lang), "date": e.date,
             "official_hosts": list(e.official_hosts), "note": e.note.get(lang)} for e in chosen]


def _labelled(labels: list[tuple[str, str]], claim: int) -> dict[str, str | None]:
    race, pair = labels[claim] if 0 <= claim < len(labels) else (None, None)
    return {"race": race, "pair": pair}


def report_dict(report: Report, rules: RuleSet, lang: str = "id") -> dict[str, Any]:
    """The stable JSON contract (schema cekresmi.report/1): keys are added, never renamed."""
    check_lang(lang)
    src = report.source
    words = rules.labels[report.label]
    findings = sorted(report.findings, key=lambda f: (-_rank(SEVERITIES, f.severity), f.code))
    aliases = rules.figures.candidate_aliases if rules.figures else {}
    # The UI words once: each ui() reads the template folder's environment variable (8 us
    # when it is unset: os.environ raises and catches KeyError), a crawl's report in turn.
    shown = ui(lang)
    tables = race_tables(report.claims, report.comparisons, shown, lang, aliases)
    found = [_finding(f, rules, lang) for f in findings]
    labels = claim_labels(report.claims, shown, aliases)
    doc = {
        "schema": report.schema,
        "lang": lang,
        "verdict": {"label": report.label, "title": words["title"].get(lang),
                    "summary": words["summary"].get(lang)},
        "source": {
            "kind": source_kind(report),
            "requested_url": src.requested_url, "final_url": src.final_url, "host": src.host,
            "registered_domain": src.registered_domain, "is_official": bool(src.is_official),
            "hosting_platform": src.hosting_platform,
            "redirects": [hop.url for hop in src.redirects],
            "fetched_at": src.fetched_at.isoformat(), "sha256": src.sha256,
            # A saved page was never served to us: no HTTP status or type is invented for it.
            "status": None if src.origin in ("file", "pdf") else src.status,
            "content_type": None if src.origin in ("file", "pdf") else src.content_type,
            "origin": src.origin,
            "page_title": report.page_title,
            "redirect_chain": [{"url": h.url, "status": h.status, "location": h.location}
                               for h in src.redirects],
        },
        "findings": found,
        "summary": summary(report, rules, lang, found, tables, shown),
        "claims": [claim_dict(c) for c in report.claims],
        # Each comparison names its race and pair as the report does, so a row read alone
        # (the store's SQL views, a spreadsheet) says what it is about.
        "comparisons": [{**comparison_dict(c), **_labelled(labels, c.claim)}
                        for c in report.comparisons],
        "figures_status": report.figures_status,
        "figure_tables": tables,
        "elections": list(report.elections),
        "official_info": _official_info(report, rules, lang),
        "rules_version": report.rules_version,
        "algorithm_version": report.algorithm_version,
        "evidence": evidence_dict(report),
        "rendering": rendering_dict(report),
        "image": image_dict(report),
        "debunked": debunked_list(report),
    }
    # What to do next: where to report an impostor or unofficial page, and the archived
    # copies of a page that is gone (checker.report.reporting).
    doc["report_it"] = report_it(report, rules, lang, shown, doc)
    status = doc["source"]["status"]
    doc["archive_copies"] = (archive_links(src.final_url or src.requested_url)
                             if status in GONE_STATUSES else [])
    return doc


def claimreview(report: Report, rules: RuleSet, lang: str = "id", *, url: str | None = None,
                template_dir: str | Path | None = None) -> dict[str, Any]:
    """schema.org ClaimReview JSON-LD. `url` is where the review itself is published, if known."""
    words = ui(lang, template_dir)
    label = rules.labels[report.label]
    src = report.source
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if is_http_url(src.final_url):  # never hand a javascript: URL to a search engine or a CMS
        appearance["url"] = src.final_url
    if report.page_title.strip():
        appearance["headline"] = oneline(report.page_title)
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview",
                           "datePublished": src.fetched_at.date().isoformat()}
    if url:
        out["url"] = url
    out.update({
        "claimReviewed": words["claim_reviewed"].replace("{url}", oneline(src.final_url)),
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

    env = environment(template_dirs_of(template_dir))
    return env.get_template(name).render(
        ui=words, lang=lang, term=term, when=lambda v: when_words(v, lang),
        chart=lambda t: svg(t, words, lang),
        bars=lambda t, width=30: text_bars(t.get("bars") or [], words, lang, width),
        evidence=lambda e: evidence_sentence(e, words, lang), **context)


def render_template(name: str, lang: str = "id", *, template_dir: str | Path | None = None,
                    **context: Any) -> str:
    """Any template under reports/ (the web service's web/*.html) with the report's words
    (`ui`, `term`), filters and escaping, so its pages can include the report partials."""
    check_lang(lang)
    return _render_template(name, lang, template_dir, **context)


def _short(report: Report, rules: RuleSet, lang: str, template_dir: Any,
           link: str | None = None) -> str:
    r = report_dict(report, rules, lang)
    by_code = {f["code"]: f for f in r["findings"]}
    strongest = [by_code[f["code"]] for f in r["summary"]["reasons"]]
    address = r["source"]["final_url"] or r["source"]["host"]
    if not r["source"]["is_official"]:
        address = defang_url(address)
    for keep in (3, 2, 1, 0):  # drop reasons (weakest first) until it fits one chat message
        text = _render_template("report-short.txt", lang, template_dir, r=r, address=address,
                                reasons=strongest[:keep], link=link)
        if len(text) <= SHORT_LIMIT:
            return text
    return text[:SHORT_LIMIT - 2].rstrip() + "\u2026\n"


def short_text(report: Report, rules: RuleSet, lang: str = "id", *, link: str | None = None,
               template_dir: str | Path | None = None) -> str:
    """The chat text (`--short`; the web report's "Salin untuk WhatsApp" with its link)."""
    check_lang(lang)
    return _short(report, rules, lang, template_dir, link)


def _check(fmt: str, lang: str, short: bool) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    check_lang(lang)
    if short and fmt != "text":
        raise ValueError("short=True is only for the text format")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def render_png(report: Report, rules: RuleSet, lang: str = "id") -> bytes:
    """The figures picture with the verdict, as PNG bytes (for chats and og:image)."""
    from checker.report.png import figures_png

    check_lang(lang)
    return figures_png(report_dict(report, rules, lang), ui(lang), lang)


def render(report: Report, rules: RuleSet, fmt: str = "text", lang: str = "id", *,
           short: bool = False, full: bool = False,
           template_dir: str | Path | None = None) -> str:
    """One report in one format and language. Text and Markdown open with one screen and fold
    the rest; `full` prints every reason, area and hash."""
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
    return _render_template(name, lang, template_dir, r=report_dict(report, rules, lang),
                            full=full)


def _html(reports: list[Report], rules: RuleSet, lang: str, template_dir: Any) -> str:
    items = [{"r": report_dict(r, rules, lang), "screenshot": screenshot_uri(r),
              "image": image_uri(r),
              "jsonld": claimreview(r, rules, lang, template_dir=template_dir)} for r in reports]
    return _render_template("report.html", lang, template_dir, items=items)


_SEPARATORS = {"text": "\n" + "=" * 78 + "\n\n", "md": "\n---\n\n"}


def render_many(reports: list[Report], rules: RuleSet, fmt: str = "text", lang: str = "id",
                **kw: Any) -> str:
    """Many reports as one output: a JSON array, one HTML document, or text/Markdown reports
    separated by a rule line. Keyword arguments are those of render()."""
    short, template_dir = kw.pop("short", False), kw.pop("template_dir", None)
    full = kw.pop("full", False)
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
    return _SEPARATORS[fmt].join(render(r, rules, fmt, lang, short=short, full=full,
                                        template_dir=template_dir) for r in reports)
