"""Golden page cases: every directory under tests/fixtures/pages/ is one real-looking page.

    <case>/page.html      the body exactly as served (bytes: it may be windows-1252, binary,
                          empty or JSON; the name stays page.html so every case looks alike)
    <case>/meta.json      {"url": final URL, "redirects": [earlier hop URLs], "content_type",
                          "status", "note": why this case exists, optional "headers": [[k, v]]}
    <case>/expected.json  {"label": ..., "must": [codes that must fire],
                          "must_not": [codes that must not fire],
                          optional "figures_status": the page's figures status,
                          optional "claims": [{field: value, ..., "status": comparison status}]
                          -- each must match one extracted claim on every field it names
                          (kind, value as a string, region_code, nomor_urut, candidate_id,
                          claim_type, claimed_by, origin, election, race_kind), and "status"
                          the comparison of that claim; optional "claims_count": exact count}
    meta.json may also list "resources": [{"url", "content_type", "path"}] -- sub-resources
    the page loaded (JSON), with "path" relative to the real data in tests/data, laid out
    as tests/realdata.py says (real Sirekap files).

DESIGN.md: every false positive or negative found later becomes a new case here first.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import realdata
from builders import context, snapshot
from checker.models import LABELS, Resource
from checker.analyse.pipeline import check_snapshot

PAGES = Path(__file__).parent / "fixtures" / "pages"
CASES = sorted(p.name for p in PAGES.iterdir() if p.is_dir()) if PAGES.is_dir() else []

_META_KEYS = {"url", "redirects", "content_type", "status", "note", "headers", "resources"}
_EXPECTED_KEYS = {"label", "must", "must_not", "figures_status", "claims", "claims_count"}
_CLAIM_KEYS = {"kind", "value", "region_code", "nomor_urut", "candidate_id", "claim_type",
               "claimed_by", "origin", "election", "race_kind", "status"}


def _load(case: str) -> tuple[dict, dict, bytes]:
    folder = PAGES / case
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    body = (folder / "page.html").read_bytes()
    # Strict, like the rules loader: a typo in a key must not silently skip a check.
    assert set(meta) <= _META_KEYS, f"{case}/meta.json: unknown keys {set(meta) - _META_KEYS}"
    assert {"url", "note"} <= set(meta), f"{case}/meta.json needs url and note"
    assert set(expected) <= _EXPECTED_KEYS, \
        f"{case}/expected.json: unknown keys {set(expected) - _EXPECTED_KEYS}"
    assert expected.get("label") in LABELS, f"{case}/expected.json: bad label {expected.get('label')!r}"
    return meta, expected, body


def _report(case: str):
    meta, expected, body = _load(case)
    snap = snapshot(meta["url"], body, redirects=meta.get("redirects", ()),
                    content_type=meta.get("content_type", "text/html"),
                    status=meta.get("status", 200),
                    headers=tuple(tuple(h) for h in meta.get("headers", ())))
    resources = tuple(Resource(r["url"], 200, r.get("content_type", "application/json"),
                               (realdata.root() / r["path"]).read_bytes())
                      for r in meta.get("resources", ()))
    snap = dataclasses.replace(snap, resources=resources)
    return meta, expected, check_snapshot(snap, context())


def _claim_problems(expected: dict, report) -> list[str]:
    problems = []
    if "figures_status" in expected and report.figures_status != expected["figures_status"]:
        problems.append(f"figures_status is {report.figures_status!r}, expected "
                        f"{expected['figures_status']!r}")
    if "claims_count" in expected and len(report.claims) != expected["claims_count"]:
        problems.append(f"{len(report.claims)} claims, expected {expected['claims_count']}")
    statuses = {c.claim: c.status for c in report.comparisons}
    for want in expected.get("claims", ()):
        assert set(want) <= _CLAIM_KEYS, f"unknown claim keys {set(want) - _CLAIM_KEYS}"
        fields = {k: v for k, v in want.items() if k != "status"}
        found = [i for i, c in enumerate(report.claims)
                 if all(str(getattr(c, k)) == str(v) for k, v in fields.items())]
        if not found:
            problems.append(f"no claim matches {fields}")
        elif "status" in want and all(statuses.get(i) != want["status"] for i in found):
            problems.append(f"claim {fields} compared as {[statuses.get(i) for i in found]}, "
                            f"expected {want['status']!r}")
    return problems


def _describe_claims(report) -> str:
    statuses = {c.claim: c for c in report.comparisons}
    return "\n".join(
        f"  claim {i}: {c.kind} {c.value} region={c.region_code} nomor={c.nomor_urut} "
        f"id={c.candidate_id} type={c.claim_type} by={c.claimed_by} origin={c.origin} -> "
        f"{statuses[i].status if i in statuses else '-'} "
        f"({statuses[i].official_value if i in statuses else ''}, "
        f"{statuses[i].tier if i in statuses else ''}, {statuses[i].reason if i in statuses else ''})"
        for i, c in enumerate(report.claims[:60]))


def _describe(report) -> str:
    lines = [f"  {f.code} ({f.severity}/{f.confidence}): {dict(f.evidence)}"
             for f in report.findings]
    return "\n".join(lines) or "  (no findings)"


def test_there_are_enough_cases_and_every_label_is_covered():
    assert len(CASES) >= 30, f"only {len(CASES)} golden cases"
    labels = {json.loads((PAGES / c / "expected.json").read_text("utf-8"))["label"] for c in CASES}
    assert labels == set(LABELS), f"labels without a golden case: {set(LABELS) - labels}"


@pytest.mark.parametrize("case", CASES)
def test_golden_page(case):
    meta, expected, report = _report(case)
    fired = report.codes()
    problems = []
    if report.label != expected["label"]:
        problems.append(f"label is {report.label!r}, expected {expected['label']!r}")
    missing = sorted(set(expected.get("must", ())) - fired)
    if missing:
        problems.append(f"codes that should fire but did not: {missing}")
    unwanted = sorted(set(expected.get("must_not", ())) & fired)
    if unwanted:
        problems.append(f"codes that fired but must not: {unwanted}")
    problems += _claim_problems(expected, report)
    assert not problems, (
        f"golden case {case} ({meta['url']}): " + "; ".join(problems)
        + f"\nwhy this case exists: {meta['note']}"
        + f"\ncodes that fired: {sorted(fired)}\n" + _describe(report)
        + f"\nfigures status: {report.figures_status}\n" + _describe_claims(report)
    )


@pytest.mark.parametrize("case", CASES)
def test_golden_expectations_name_real_codes(case):
    """A misspelt code in must_not would pass forever; refuse unknown codes."""
    _meta, expected, _body = _load(case)
    known = {r.code for r in context().rules.rules}
    named = set(expected.get("must", ())) | set(expected.get("must_not", ()))
    assert named <= known, f"{case}/expected.json names unknown codes {sorted(named - known)}"
