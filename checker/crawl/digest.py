"""The digest of a crawl: what an editor needs on one page. Pure: stored rows in, plain data out
(the words come from reports/ when it is rendered, checker/crawl/digest_files.py).

Compared with the previous crawl: verdict counts then and now, sites never seen before, pages
whose verdict or figures changed (old and new side by side), pages that went offline or came
back, and the largest differences from the official record.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable

from checker.store.crawls import CheckRow
from checker.models import LABELS, Report
from checker.report.races import pair_name

__all__ = ["DIGEST_SCHEMA", "act_on", "build_digest", "figures_of", "has_news", "pair_names",
           "slug"]

DIGEST_SCHEMA = "cekresmi.digest/1"
TOP_DISCREPANCIES = 10
_UNSAFE = re.compile(r"[^a-z0-9.-]+")


def slug(index: int, host: str) -> str:
    """A file name for a page's report: 0007-kpu-go.id.example (never a path)."""
    return f"{index:04d}-{_UNSAFE.sub('-', host.lower())[:60].strip('-.') or 'site'}"


def _number(value) -> str:
    return "" if value is None else str(value)


def _short(name: str) -> tuple[bool, str]:
    """(derived, name): a record-style name ("PRAMONO ANUNG WIBOWO - RANO KARNO") shortened
    as the press writes it; a name a page already wrote short ("Ridwan Kamil-Suswono") kept."""
    if re.search(r"\s-\s|\s&\s|,", name):
        return True, pair_name(name)
    return False, " ".join(name.split())


def pair_names(reports: Iterable[Report | None]) -> dict[str, str]:
    """One name per candidate pair of the record, the same in every row of a digest: pages
    write a pair many ways ("PRAMONO ANUNG WIBOWO - RANO KARNO", "Pramono-Rano") and the
    digest named it as each page did. A short name some page wrote wins over one derived from
    the record's spelling (the press's "Ridwan Kamil-Suswono", not "Ridwan-Suswono"); among
    equals, the shortest."""
    seen: dict[str, set[tuple[bool, str]]] = {}
    for report in reports:
        for claim in report.claims if report else ():
            derived, name = _short(claim.candidate_name or "")
            if claim.candidate_id and name:
                seen.setdefault(claim.candidate_id, set()).add((derived, name))
    return {cid: min(names, key=lambda n: (n[0], len(n[1]), n[1]))[1]
            for cid, names in seen.items()}


def _candidate(claim, names: dict[str, str]) -> str:
    if claim.candidate_id and claim.candidate_id in names:
        return names[claim.candidate_id]
    if claim.candidate_name:
        return _short(claim.candidate_name)[1]
    return f"#{claim.nomor_urut}" if claim.nomor_urut else ""


def figures_of(report: Report | None, names: dict[str, str] | None = None) -> dict[str, dict]:
    """The figures a page states, keyed so the same figure matches across crawls."""
    if report is None:
        return {}
    names = pair_names([report]) if names is None else names
    out = {}
    for claim in report.claims:
        who = claim.candidate_id or (f"#{claim.nomor_urut}" if claim.nomor_urut else "")
        key = "|".join([claim.kind, claim.election or "", claim.race_kind or "",
                        claim.region_code or claim.region_name or "", who])
        out.setdefault(key, {
            "kind": claim.kind, "region": claim.region_name or claim.region_code or "",
            "candidate": _candidate(claim, names), "value": _number(claim.value)})
    return out


def _state(row: CheckRow, report: Report | None) -> dict:
    return {"label": row.label, "figures_status": row.figures_status,
            "http_status": row.http_status, "error": row.error,
            "error_params": row.error_params or {}, "offline": row.offline,
            "title": report.page_title if report else ""}


def _changes(old: CheckRow, new: CheckRow, old_report, new_report, names) -> dict | None:
    what = []
    if not old.offline and not new.offline:
        if old.label != new.label:
            what.append("label")
        if old.figures_status != new.figures_status:
            what.append("figures_status")
    before, after = figures_of(old_report, names), figures_of(new_report, names)
    figures = []
    if not old.offline and not new.offline:
        for key in sorted(set(before) | set(after)):
            a, b = before.get(key), after.get(key)
            if (a and a["value"]) != (b and b["value"]):
                ref = b or a
                figures.append({"kind": ref["kind"], "region": ref["region"],
                                "candidate": ref["candidate"],
                                "old": a["value"] if a else None,
                                "new": b["value"] if b else None})
        if figures:
            what.append("figures")
    if not what:
        return None
    return {"url": new.url, "host": new.host, "what": what, "old": _state(old, old_report),
            "new": _state(new, new_report), "figures": figures}


def _magnitude(claim, comparison) -> Decimal:
    """Share differences are in percentage points already; vote-count differences are made
    comparable as a percentage of the official count."""
    difference = abs(Decimal(comparison.difference))
    if claim.kind == "votes" and comparison.official_value:
        return difference * 100 / abs(Decimal(comparison.official_value))
    return difference


def _discrepancies(items: Iterable[tuple[CheckRow, Report]], names) -> list[dict]:
    found = []
    for row, report in items:
        for comparison in report.comparisons:
            if comparison.status not in ("discrepant", "minor") or comparison.difference is None:
                continue
            claim = report.claims[comparison.claim]
            found.append({
                "url": row.url, "host": row.host, "status": comparison.status,
                "kind": claim.kind, "region": claim.region_name or claim.region_code or "",
                "candidate": _candidate(claim, names), "claimed": _number(claim.value),
                "official": _number(comparison.official_value),
                "difference": _number(comparison.difference), "tier": comparison.tier or "",
                "as_of": comparison.as_of.isoformat() if comparison.as_of else "",
                "magnitude": _magnitude(claim, comparison)})
    found.sort(key=lambda d: (-d["magnitude"], d["url"]))
    for item in found:
        item["magnitude"] = str(item["magnitude"].quantize(Decimal("0.01")))
    return found[:TOP_DISCREPANCIES]


def build_digest(crawl: dict, rows: list[CheckRow], reports: dict[str, Report | None],
                 previous: dict | None = None, previous_rows: list[CheckRow] = (),
                 previous_reports: dict[str, Report | None] | None = None,
                 hosts_before: set[str] = frozenset(), watched: set[str] = frozenset()) -> dict:
    """`crawl`/`previous`: {id, started_at, finished_at}; `reports`: url -> decoded Report."""
    previous_reports = previous_reports or {}
    names = pair_names([*reports.values(), *previous_reports.values()])
    before = {r.url: r for r in previous_rows}
    counts = {label: 0 for label in LABELS}
    old_counts = {label: 0 for label in LABELS}
    # A page that answered 404 or could not be fetched has no verdict: it is counted offline
    # (totals), never as "no claims", which would say it was read and held no figures.
    for row in rows:
        if row.label in counts and not row.offline:
            counts[row.label] += 1
    for row in previous_rows:
        if row.label in old_counts and not row.offline:
            old_counts[row.label] += 1
    sites, changes, offline, back = [], [], [], []
    for i, row in enumerate(rows, 1):
        report = reports.get(row.url)
        sites.append({"url": row.url, "host": row.host, "kind": row.kind, "note": row.note,
                      "parent": row.parent, "depth": row.depth, "label": row.label,
                      "figures_status": row.figures_status, "http_status": row.http_status,
                      "final_url": row.final_url, "error": row.error,
                      "error_params": row.error_params or {}, "rendered": row.rendered,
                      "robots_override": row.robots_override,
                      "title": report.page_title if report else "",
                      "report": slug(i, row.host) if report else None,
                      "thumb": bool(report and report.rendering
                                    and report.rendering.screenshot),
                      "new": row.host not in hosts_before})
        old = before.get(row.url)
        if old is None:
            continue
        if row.offline and not old.offline:
            offline.append({"url": row.url, "host": row.host, "old": _state(old, None),
                            "new": _state(row, None)})
        elif old.offline and not row.offline:
            back.append({"url": row.url, "host": row.host, "old": _state(old, None),
                         "new": _state(row, report)})
        change = _changes(old, row, previous_reports.get(row.url), report, names)
        if change:
            changes.append(change)
    new_hosts = {}
    for site in sites:
        if site["new"] and site["host"] not in new_hosts:
            new_hosts[site["host"]] = site
    proposed = [s for s in sites if s["kind"] == "outbound" and s["url"] not in watched
                and s["label"] in ("impostor", "unofficial")]
    digest = {
        "schema": DIGEST_SCHEMA, "crawl": crawl, "previous": previous,
        "totals": {"pages": len(rows), "sites": len({r.host for r in rows}),
                   "errors": sum(r.error is not None for r in rows),
                   "offline": sum(r.offline for r in rows)},
        "verdicts": [{"label": label, "count": counts[label],
                      "previous": old_counts[label] if previous else None,
                      "delta": counts[label] - old_counts[label] if previous else None}
                     for label in LABELS],
        "new_sites": list(new_hosts.values()), "proposed": proposed, "changes": changes,
        "offline": offline, "back_online": back,
        "discrepancies": _discrepancies(((r, reports[r.url]) for r in rows
                                         if reports.get(r.url)), names),
        "sites": sites,
    }
    digest["act"] = act_on(digest)
    return digest


# What an editor acts on first: a page that pretends to be KPU can mislead today; changed
# figures are the next hoax; a new site is to be read; a page gone offline may need its
# archive copy kept as evidence.
ACT_ORDER = ("impostor", "figures", "new", "offline")


def act_on(digest: dict) -> list[dict]:
    """The digest's news in the order an editor acts on it, each page once:
    {"why": one of ACT_ORDER, "url", "host", "site" (its row in `sites`), "figures"}."""
    sites = {s["url"]: s for s in digest["sites"]}
    items: dict[str, list[dict]] = {why: [] for why in ACT_ORDER}
    for site in digest["new_sites"]:
        items["impostor" if site["label"] == "impostor" else "new"].append(site)
    for change in digest["changes"]:
        new = change["new"]
        if "label" in change["what"] and new["label"] == "impostor":
            items["impostor"].append(change)
        elif "figures" in change["what"]:
            items["figures"].append(change)
    items["offline"] = list(digest["offline"])
    seen, out = set(), []
    for why in ACT_ORDER:
        for item in items[why]:
            if item["url"] in seen:
                continue
            seen.add(item["url"])
            out.append({"why": why, "url": item["url"], "host": item["host"],
                        "site": sites.get(item["url"], {}), "turned": "what" in item,
                        "figures": item.get("figures", [])})
    return out


def has_news(digest: dict) -> bool:
    """Worth an alert: something new, changed, gone offline or back (never a quiet crawl)."""
    return bool(digest["new_sites"] or digest["changes"] or digest["offline"]
                or digest["back_online"])
