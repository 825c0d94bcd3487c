"""The first screen of every format: the verdict in one sentence, what to do, where the official
result is, the three reasons that matter most (the one that decided the label first) and one
sentence about the figures. Also the chat text ("Salin untuk WhatsApp", `--short`).

Pure: a Report, its rules and the already-worded findings and figure tables in; a dict out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

from checker.models import CONFIDENCES, SEVERITIES, Report
from checker.report.races import when_words
from checker.report.templates import oneline, ui
from checker.ruleset.model import RuleSet

__all__ = ["deciding_codes", "defang", "defang_url", "evidence_sentence", "summary"]

_TOP = 3


def deciding_codes(codes: set[str], rules: RuleSet) -> list[str]:
    """The finding codes that made the label: those of the first verdict row that matched
    (checker.analyse.verdict.decide reads the same table the same way)."""
    for row in rules.verdicts:
        if row.none_of and codes & set(row.none_of):
            continue
        if not row.any_of:
            return []
        hit = [c for c in row.any_of if c in codes]
        if hit:
            return hit
    return []


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else -1


def ordered_reasons(findings: list[dict[str, Any]], rules: RuleSet) -> list[dict[str, Any]]:
    """Deciding findings first, then by severity and confidence."""
    deciding = deciding_codes({f["code"] for f in findings}, rules)
    return sorted(findings, key=lambda f: (
        deciding.index(f["code"]) if f["code"] in deciding else len(deciding),
        -_rank(SEVERITIES, f["severity"]), -_rank(CONFIDENCES, f["confidence"]), f["code"]))


def defang(host: str) -> str:
    """'data-pemilu.pages.dev' -> 'data-pemilu[.]pages[.]dev': chat apps do not make it a link."""
    return oneline(host).replace(".", "[.]")


def defang_url(url: str) -> str:
    """'https://data-pemilu.pages.dev/x' -> 'hxxps://data-pemilu[.]pages[.]dev/x': the host's
    dots and the scheme are broken so WhatsApp and Telegram show it as text, not a link."""
    url = oneline(url)
    scheme, sep, rest = url.partition("://")
    if not sep:
        return defang(url)
    host, slash, path = rest.partition("/")
    return scheme.replace("http", "hxxp", 1) + "://" + defang(host) + slash + path


def _sentence(text: str) -> str:
    """The first sentence of a label's summary."""
    text = oneline(text)
    cut = text.find(". ")
    return text if cut < 0 else text[:cut + 1]


def _figures_sentence(report: Report, words: Mapping[str, str]) -> str:
    if not report.claims:
        return words["sum_no_figures"]
    # A figure graded against the page's own other figures (tier "page") was not compared
    # with the official record: it is said apart.
    own = sum(1 for c in report.comparisons if c.tier == "page")
    counts = Counter(c.status for c in report.comparisons if c.tier != "page")
    checked = sum(counts[s] for s in ("consistent", "minor", "discrepant"))
    tail = (" " + words["sum_own"].format(n=own)) if own else ""
    if not checked:
        return words["sum_figures_unchecked"].format(claims=len(report.claims)) + tail
    parts = [words[f"sum_count_{s}"].format(n=counts[s])
             for s in ("discrepant", "minor", "consistent") if counts[s]]
    return words["sum_figures"].format(checked=checked, parts=", ".join(parts)) + tail


def summary(report: Report, rules: RuleSet, lang: str, findings: list[dict[str, Any]],
            tables: list[dict[str, Any]], words: Mapping[str, str] | None = None) -> dict[str, Any]:
    """`words`: the UI words of `lang` when the caller has them (report_dict)."""
    words = words if words is not None else ui(lang)
    label = report.label
    label_words = rules.labels[label]
    wanted = set(report.elections)
    elections = [e for e in rules.elections if e.key in wanted] or list(rules.elections)
    hosts = list(dict.fromkeys(h for e in elections for h in e.official_hosts))[:3]
    reasons = ordered_reasons(findings, rules)
    return {
        "sentence": f"{oneline(label_words['title'].get(lang))}. "
                    f"{_sentence(label_words['summary'].get(lang))}",
        "action": words.get(f"action_{label}", ""),
        "official_hosts": hosts,
        "reasons": [{"code": f["code"], "title": f["title"], "message": f["message"]}
                    for f in reasons[:_TOP]],
        "more_reasons": max(0, len(reasons) - _TOP),
        "figures": _figures_sentence(report, words),
        "races": [i for i, t in enumerate(tables) if t["parent"] is None],
        "checked_at": when_words(report.source.fetched_at, lang),
        "host_defanged": defang(report.source.host),
    }


def evidence_sentence(evidence: Mapping[str, Any], words: Mapping[str, str], lang: str) -> str:
    """A finding's evidence as one plain sentence: known keys in the reader's words, times in
    WIB words, a unit written after its numbers; internal keys (no word for them) left out."""
    from checker.report.templates import evidence_text

    unit = evidence.get("unit") if isinstance(evidence.get("unit"), str) else ""
    parts = []
    for key in sorted(evidence):
        value = evidence[key]
        if key == "unit" or value in (None, "", [], {}) or f"ev_{key}" not in words:
            continue
        if key in ("as_of", "fetched_at", "rendered_at"):
            text = when_words(value, lang)
        else:
            text = evidence_text(value, 200)
            if unit and key in ("claimed", "official_value", "difference", "value"):
                text += unit if unit == "%" else f" {unit}"
            if lang == "id" and key in ("claimed", "official_value", "difference", "value"):
                text = text.replace(".", ",")
        parts.append(f"{words[f'ev_{key}']} {oneline(text)}")
    return "; ".join(parts)
