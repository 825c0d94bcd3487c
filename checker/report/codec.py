"""A Report as stored text and back: the documented `cekresmi.report/1` JSON (exactly what
`cekresmi check --format json` prints, in Indonesian), plus one key, `restore`, holding what the
contract leaves out so the stored report renders again exactly as it was checked:

    restore.findings     the findings in the order the core made them (the contract sorts them)
    restore.evidence     {index: tagged evidence} for findings whose evidence JSON would flatten
                         (a Decimal, a tuple; checker.report.tagged)
    restore.source       the HTTP status and type the contract hides for saved files
    restore.render_hint  whether the static page looked drawn by scripts
    restore.rendering    the rendered DOM and the screenshot (base64 PNG)
    restore.image_preview the image as the HTML report shows it (base64 JPEG)

Anyone reading the database (Datasette, sqlite3, jq) sees the same JSON as the CLI gives; the
SQL views in checker.store.views flatten it. Rows an older cekresmi wrote in the tagged
encoding are still read (and migrated by the stores).
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from checker.models import (Claim, Comparison, Debunk, EvidenceFile, Finding, Hop, ImageInfo,
                            ImageRegion, Rendering, Report, Source)
from checker.report.tagged import decode_tagged, is_tagged, tag, untag

__all__ = ["STORED_LANG", "dumps", "loads"]

STORED_LANG = "id"  # the words stored beside the codes (Indonesian first); renders use any


@lru_cache(maxsize=1)
def _bundled_rules():
    """The bundled rules, for a store opened without a RuleSet: they only word the codes."""
    from checker.paths import rules_dir
    from checker.ruleset.load import load_rules

    return load_rules(rules_dir(None))


def _plain(value: Any) -> bool:
    """True when JSON gives this value back with the same Python types."""
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, float):
        return value == value and abs(value) != float("inf")
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict) or hasattr(value, "items"):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def dumps(report: Report, rules=None) -> str:
    """The stored text of a Report (the rules word it; the bundled rules when None)."""
    from checker.report.formats import SEVERITIES, report_dict

    doc = report_dict(report, rules or _bundled_rules(), STORED_LANG)
    # report_dict sorts by severity, then code: remember where each finding came from.
    ranked = sorted(range(len(report.findings)), key=lambda i: (
        -SEVERITIES.index(report.findings[i].severity)
        if report.findings[i].severity in SEVERITIES else 1, report.findings[i].code))
    position = {original: shown for shown, original in enumerate(ranked)}
    restore: dict[str, Any] = {
        "findings": [position[i] for i in range(len(report.findings))],
        "evidence": {str(position[i]): tag(dict(f.evidence))
                     for i, f in enumerate(report.findings) if not _plain(f.evidence)},
        "source": {"status": report.source.status, "content_type": report.source.content_type},
        "render_hint": report.render_hint,
    }
    if report.rendering is not None:
        restore["rendering"] = {"html": report.rendering.html,
                                "screenshot": _b64(report.rendering.screenshot)}
    if report.image is not None and report.image.preview:
        restore["image_preview"] = _b64(report.image.preview)
    doc["restore"] = restore
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Report:
    """The Report dumps() stored (or an older cekresmi's tagged encoding). ValueError when the
    text is neither: a database file may come from anywhere."""
    if is_tagged(text):
        return decode_tagged(text)
    try:
        doc = json.loads(text)
        if not isinstance(doc, dict) or not str(doc.get("schema", "")).startswith(
                "cekresmi.report/"):
            raise ValueError("no cekresmi.report schema")
        return _report(doc, doc.get("restore") or {})
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ArithmeticError) as exc:
        raise ValueError(f"not a stored report ({type(exc).__name__}: {exc})") from None


# --- the documented JSON back into the models ---------------------------------------------

def _num(value: Any) -> Decimal | int | None:
    """Exact numbers: the contract writes Decimals as strings and counts as ints."""
    if value is None or isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        return Decimal(value)
    raise ValueError(f"not a number: {value!r}")


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _source(doc: dict, restore: dict) -> Source:
    src, kept = doc["source"], restore.get("source") or {}
    return Source(
        requested_url=src["requested_url"], final_url=src["final_url"], host=src["host"],
        registered_domain=src["registered_domain"], is_official=bool(src["is_official"]),
        hosting_platform=src["hosting_platform"],
        redirects=tuple(Hop(h["url"], h["status"], h.get("location"))
                        for h in src.get("redirect_chain") or ()),
        fetched_at=datetime.fromisoformat(src["fetched_at"]), sha256=src["sha256"],
        status=kept.get("status", src.get("status")),
        content_type=kept.get("content_type", src.get("content_type")), origin=src["origin"])


def _findings(doc: dict, restore: dict) -> tuple[Finding, ...]:
    shown = doc["findings"]
    typed = restore.get("evidence") or {}
    order = restore.get("findings", list(range(len(shown))))
    out = []
    for index in order:
        f = shown[index]
        evidence = untag(typed[str(index)]) if str(index) in typed else f["evidence"]
        out.append(Finding(f["code"], f["severity"], f["confidence"], evidence))
    return tuple(out)


def _claim(c: dict) -> Claim:
    return Claim(
        kind=c["kind"], value=_num(c["value"]), origin=c["origin"], excerpt=c["excerpt"],
        election=c["election"], race_kind=c["race_kind"], region_code=c["region"]["code"],
        region_name=c["region"]["name"], nomor_urut=c["candidate"]["nomor_urut"],
        candidate_id=c["candidate"]["id"], candidate_name=c["candidate"]["name"],
        claim_type=c["claim_type"], claimed_by=c["claimed_by"], page_time=c["page_time"],
        progress_done=c["progress"]["done"], progress_total=c["progress"]["total"],
        source_url=c["source_url"], approximate=bool(c.get("approximate", False)),
        race_region=c.get("race_region"), hold=c.get("hold"), quoted=bool(c.get("quoted")),
        race_region_name=c.get("race_region_name"))


def _comparison(c: dict) -> Comparison:
    sirekap = c.get("sirekap") or {}
    return Comparison(
        claim=c["claim"], status=c["status"], official_value=_num(c["official_value"]),
        difference=_num(c["difference"]), tier=c["tier"], as_of=_time(c["as_of"]),
        progress=_num(c["progress"]), source=c["source"], reason=c["reason"],
        sirekap_value=_num(sirekap.get("value")), sirekap_as_of=_time(sirekap.get("as_of")),
        sirekap_progress=_num(sirekap.get("progress")), official_page=c.get("official_page"))


def _rendering(doc: dict, restore: dict) -> Rendering | None:
    done, kept = doc.get("rendering"), restore.get("rendering") or {}
    if done is None:
        return None
    return Rendering(
        html=kept.get("html", ""), screenshot=base64.b64decode(kept.get("screenshot", "")),
        rendered_at=datetime.fromisoformat(done["rendered_at"]), browser=done["browser"],
        finished=bool(done["finished"]), requests=done["requests"],
        blocked=tuple((b["url"], b["reason"]) for b in done["blocked"]),
        source=done["source"], isolation=done["isolation"])


def _image(doc: dict, restore: dict) -> ImageInfo | None:
    info = doc.get("image")
    if info is None:
        return None
    return ImageInfo(
        sha256=info["sha256"], format=info["format"], width=info["width"],
        height=info["height"], size=info["bytes"], frames=info["frames"],
        address=info["address"], address_kind=info["address_kind"],
        addresses=tuple((a["url"], a["kind"]) for a in info["addresses"]),
        lines=tuple(info["lines"]), words=info["words"],
        regions=tuple(ImageRegion(r["claim"], r["left"], r["top"], r["right"], r["bottom"])
                      for r in info["regions"]),
        preview=base64.b64decode(restore.get("image_preview", "")))


def _report(doc: dict, restore: dict) -> Report:
    warc = (doc.get("evidence") or {}).get("warc")
    return Report(
        label=doc["verdict"]["label"], source=_source(doc, restore),
        findings=_findings(doc, restore), page_title=doc["source"]["page_title"],
        rules_version=doc["rules_version"], elections=tuple(doc["elections"]),
        claims=tuple(_claim(c) for c in doc["claims"]),
        comparisons=tuple(_comparison(c) for c in doc["comparisons"]),
        figures_status=doc["figures_status"], algorithm_version=doc["algorithm_version"],
        schema=doc["schema"],
        warc=None if warc is None else EvidenceFile(warc["path"], warc["sha256"], warc["bytes"]),
        render_hint=bool(restore.get("render_hint", False)),
        rendering=_rendering(doc, restore), image=_image(doc, restore),
        debunked=tuple(Debunk(d["debunk_url"], d["date"], d["note"], d["matched_by"],
                              d["distance"]) for d in doc.get("debunked") or ()))
