"""What a reader can do next about a page: where to report an impostor or unofficial results
page ("Laporkan"), with a report text ready to paste, and, for a page or site that is gone,
where to look for its archived copies. Pure: every address comes from rules/ (each with its
source) or is built from the page's URL; nothing here looks anything up on the network.
"""

from __future__ import annotations

from typing import Any, Mapping
from urllib.parse import quote

from checker.models import Report
from checker.report.templates import is_http_url, oneline
from checker.ruleset.model import ReportChannel, RuleSet

__all__ = ["GONE_ERRORS", "GONE_STATUSES", "REPORTABLE", "archive_links", "report_it"]

REPORTABLE = ("impostor", "unofficial")
GONE_STATUSES = (404, 410)
# A site that no longer answers: its name is gone from DNS, or nothing listens any more.
GONE_ERRORS = ("dns_failed", "connect_failed")
_KEEP = "/:?=&%#@+,;~*!$'()[]"  # characters a URL already has; anything else is escaped


def archive_links(url: str | None) -> list[dict[str, str]]:
    """Lookup pages of the two public web archives for this address (their lists of saved
    copies), built from the URL alone. Only http(s) addresses, with spaces and controls
    escaped, so a hostile address cannot turn into another link."""
    if not url or not is_http_url(url.strip()):
        return []
    address = quote(url.strip(), safe=_KEEP)
    return [{"name": "Wayback Machine (Internet Archive)",
             "url": "https://web.archive.org/web/*/" + address},
            {"name": "archive.today", "url": "https://archive.ph/" + address}]


def _channel(channel: ReportChannel, lang: str, words: Mapping[str, str]) -> dict[str, str]:
    note = channel.note.get(lang) or words.get(f"report_it_note_{channel.kind}", "")
    return {"kind": channel.kind, "name": channel.name.get(lang), "url": channel.url,
            "source": channel.source, "note": note}


def _host_channel(report: Report, rules: RuleSet) -> ReportChannel | None:
    """The platform's abuse page when the page is on a known platform; else, for a site on a
    domain of its own, the registry's abuse page when rules/ lists that TLD's registry."""
    src = report.source
    if src.hosting_platform:
        return next((p.abuse for p in rules.platforms
                     if p.name == src.hosting_platform and p.abuse), None)
    tld = (src.registered_domain or "").rsplit(".", 1)[-1].lower()
    return next((c for suffix, c in rules.registries if suffix == tld), None)


def _text(report: Report, doc: Mapping[str, Any], words: Mapping[str, str]) -> str:
    """The report to paste into a form: what the page is, why, the evidence hashes."""
    src, evidence = doc["source"], doc["evidence"]
    reasons = "; ".join(oneline(r["title"]) for r in doc["summary"]["reasons"]) or "-"
    hashes = [f"{words['report_it_hash_document']} {src['sha256']}"] if src["sha256"] else []
    if evidence["screenshot"]:
        hashes.append(f"{words['report_it_hash_screenshot']} {evidence['screenshot']['sha256']}")
    if evidence["warc"]:
        hashes.append(f"{words['report_it_hash_warc']} {evidence['warc']['sha256']}")
    lines = [
        words["report_it_text_about"].format(url=oneline(src["final_url"] or src["host"])),
        f"{words['page_title']}: {oneline(src['page_title'])[:200]}" if src["page_title"] else "",
        f"{words['verdict']}: {oneline(doc['verdict']['title'])}. "
        f"{oneline(doc['verdict']['summary'])}",
        f"{words['report_it_text_why']}: {reasons}",
        f"{words['report_it_text_official']}: "
        + ", ".join(doc["summary"]["official_hosts"]),
        f"{words['report_it_text_evidence']} ({words['sum_checked'].lower()} "
        f"{doc['summary']['checked_at']}): " + ("; ".join(hashes) or "-"),
    ]
    return "\n".join(line for line in lines if line)


def report_it(report: Report, rules: RuleSet, lang: str, words: Mapping[str, str],
              doc: Mapping[str, Any]) -> dict[str, Any] | None:
    """The "Laporkan" section of an impostor or unofficial report (None for the others):
    where to report it, each place with its source, and the text to send. `doc` is the rest
    of the report's JSON (report_dict), so the text says what the report says."""
    if report.label not in REPORTABLE:
        return None
    channels = []
    host = _host_channel(report, rules)
    if host is not None:
        channels.append(_channel(host, lang, words))
    channels += [_channel(c, lang, words) for c in rules.report_channels]
    return {"channels": channels, "text": _text(report, doc, words)}
