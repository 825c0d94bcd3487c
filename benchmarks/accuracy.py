"""Scoring the real-page accuracy corpus (issue 10 §4): tests/corpus/pages/<slug>/.

Each page is checked offline through the public API, the way `cekresmi check page.html --url U`
checks a saved page (a Snapshot of origin "file" with the page's original address), against the
official record a fresh install has (the shipped data, loaded into a throw-away store). What the
tool extracted is then set beside the page's hand annotations (truth.json):

    attribution precision  extracted claims that name an annotated figure exactly: same kind,
                           value (within the rounding of the less precise of the two), election,
                           race, race region, area region code and ballot number
                           (`precision_stated`: a part the claim leaves unknown is an
                           abstention, not an error; `precision_graded`: of the claims the
                           tool grades consistent/minor/discrepant, those attributed exactly)
    attribution recall     annotated votes/share/progress figures some claim names exactly;
                           `recall_in_record` counts only figures whose race the record holds
                           (the ones the tool can compare), `recall_all` every one
    false flags            claims graded discrepant/minor that are not an inaccurate figure:
                           on an accurate figure, or on a claim that names no annotated figure
                           (a misattribution the report would shout about)
    errors caught          inaccurate figures (accurate: false: hoaxes, typos, planted errors)
                           that some exactly matching claim grades discrepant/minor, or, for
                           a hoax's figure a fact-check quotes of an election, area or time
                           the record holds nothing for, that the report gives as the
                           debunked hoax's (reason `hoax_refuted`; `errors_refuted` counts
                           them apart). That mark is scored as a flag both ways: on an
                           accurate figure, or on a claim naming no annotated figure, it is
                           a false flag like a wrong `discrepant`
    labels                 the verdict label against truth.json's label; false impostors

Nothing here reads outside the repository (tests/corpus is self-contained, with provenance).
The dev/holdout split is tests/corpus/split.json (see tests/corpus/README.md).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
PAGES = CORPUS / "pages"
SPLIT = CORPUS / "split.json"

PARTS = ("dev", "holdout", "all")
CLAIM_KINDS = ("votes", "share", "progress")     # the kinds the extractor produces
FLAGS = ("discrepant", "minor")
# The report's word that a figure is the hoax's a debunk refutes, where the record could not
# grade it (checker/figures/hoax_figures.py): it tells the reader the figure is wrong, so it
# catches an error, and on a right figure it misleads as a wrong `discrepant` would.
REFUTED = "hoax_refuted"


def flagged(comparison) -> bool:
    """The report tells the reader this figure is wrong."""
    return comparison is not None and (comparison.status in FLAGS or (
        comparison.status == "unverifiable" and comparison.reason == REFUTED))
# truth.json names regent and mayor races apart; the record (and Claim.race_kind) does not.
RACE_KIND = {"governor": "governor", "regent": "regent_mayor", "mayor": "regent_mayor",
             "president": "president"}

__all__ = ["CorpusPage", "PageResult", "check_pages", "load_context", "load_pages", "part_of",
           "score", "select_pages", "show"]


@dataclass(frozen=True)
class CorpusPage:
    slug: str
    folder: Path
    meta: dict
    truth: dict

    @property
    def html_path(self) -> Path:
        """What a reader sees: the captured DOM of a client-rendered page, else the page."""
        capture = self.folder / "capture.html"
        return capture if capture.is_file() else self.folder / "page.html"


@dataclass
class PageResult:
    page: CorpusPage
    part: str
    report: object                      # checker.Report
    statuses: dict = field(default_factory=dict)   # claim index -> Comparison


def load_split(path: Path = SPLIT) -> dict:
    return json.loads(path.read_text("utf-8"))


def part_of(slug: str, split: dict) -> str:
    """holdout iff sha256(salt + slug) mod `modulus` == `holdout_residue`: decided by the slug
    alone, so a page added later lands in its part without reshuffling the others."""
    digest = hashlib.sha256((split["salt"] + slug).encode("utf-8")).hexdigest()
    return "holdout" if int(digest, 16) % split["modulus"] == split["holdout_residue"] else "dev"


def load_pages(pages: Path = PAGES) -> list[CorpusPage]:
    found = []
    for folder in sorted(p for p in pages.iterdir() if p.is_dir()) if pages.is_dir() else ():
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
        found.append(CorpusPage(folder.name, folder, meta, truth))
    return found


def select_pages(pages: list[CorpusPage], patterns: list[str]) -> list[CorpusPage]:
    """The pages whose slug matches one of the shell-style patterns; "@FILE" stands for the
    patterns listed in FILE, one a line ('#' starts a comment). A batch of new pages can thus be
    measured on its own before anyone tunes on it (tests/corpus/batches/)."""
    wanted = []
    for pattern in patterns:
        if pattern.startswith("@"):
            lines = Path(pattern[1:]).read_text("utf-8").splitlines()
            wanted += [line.split("#", 1)[0].strip() for line in lines]
        else:
            wanted.append(pattern)
    wanted = [w for w in wanted if w]
    return [p for p in pages if any(fnmatch.fnmatchcase(p.slug, w) for w in wanted)]


def load_context(db: Path | None = None):
    """The shipped rules and official record, as `cekresmi check` uses them on a fresh install
    (a throw-away store unless `db` names one)."""
    from checker import Context, load_rules
    from checker.official import default_record
    from checker.paths import rules_dir

    if db is not None:
        record = default_record(db)
    else:
        with tempfile.TemporaryDirectory(prefix="cekresmi-corpus-") as tmp:
            record = default_record(Path(tmp) / "record.sqlite3")
    return Context(rules=load_rules(rules_dir()), official=record)


def _snapshot(page: CorpusPage):
    """Built as checker's saved-page loader builds one: the user's URL, status 200, no charset
    (detected from the page), origin "file". The fixed time keeps runs comparable."""
    from checker import Snapshot

    url = page.meta["url"]
    fetched = datetime(2026, 1, 1, tzinfo=timezone.utc)
    return Snapshot(url, url, 200, (("content-type", "text/html"),),
                    page.html_path.read_bytes(), fetched, origin="file")


def check_pages(pages: list[CorpusPage], context, split: dict | None = None) -> list[PageResult]:
    from checker import check_snapshot

    split = split or load_split()
    results = []
    for page in pages:
        report = check_snapshot(_snapshot(page), context)
        statuses = {c.claim: c for c in report.comparisons}
        results.append(PageResult(page, part_of(page.slug, split), report, statuses))
    return results


# -- matching ---------------------------------------------------------------------------------

def _decimal(value) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def same_value(claimed, annotated) -> bool:
    """Equal within half a unit of the coarser of the two: "50,1%" and 50.07 agree, "50,07%"
    and 50.08 do not. Counts (exponent 0) must be equal."""
    a, b = _decimal(claimed), _decimal(annotated)
    if a is None or b is None:
        return False
    coarsest = max(a.as_tuple().exponent, b.as_tuple().exponent, -6)
    return abs(a - b) <= Decimal(5).scaleb(coarsest - 1)


def _claim_race_region(claim) -> str | None:
    if claim.race_region is not None:
        return claim.race_region
    return "" if claim.race_kind == "president" else claim.region_code


# The elections the annotations name (tests/corpus/check_corpus.py ELECTIONS); any other
# (Pilpres 2014, Pilkada DKI 2007) is annotated "other".
ANNOTATED_ELECTIONS = frozenset({"pilkada2024", "pemilu2024", "pilkada2020", "pilkada2018",
                                 "pemilu2019", "pilkada2017", "other"})


def _annotated(election: str | None) -> str | None:
    return election if election is None or election in ANNOTATED_ELECTIONS else "other"


def matches(claim, figure: dict) -> bool:
    return (claim.kind == figure.get("kind")
            and same_value(claim.value, figure.get("value"))
            and _annotated(claim.election) == figure.get("election")
            and claim.race_kind == RACE_KIND.get(figure.get("race") or "")
            and _claim_race_region(claim) == figure.get("race_region")
            and claim.region_code == figure.get("region_code")
            and claim.nomor_urut == figure.get("nomor_urut"))


def matches_stated(claim, figure: dict) -> bool:
    """Like `matches`, but a part the claim leaves unknown (None: no election, race, region or
    ballot number stated) is an abstention, not a wrong attribution. Kind and value must
    still agree; the country ("") is a stated region."""
    race_region = _claim_race_region(claim)
    return (claim.kind == figure.get("kind")
            and same_value(claim.value, figure.get("value"))
            and _annotated(claim.election) in (None, figure.get("election"))
            and claim.race_kind in (None, RACE_KIND.get(figure.get("race") or ""))
            and race_region in (None, figure.get("race_region"))
            and claim.region_code in (None, figure.get("region_code"))
            and claim.nomor_urut in (None, figure.get("nomor_urut")))


def in_record(figure: dict, record) -> bool:
    kind = RACE_KIND.get(figure.get("race") or "")
    region = figure.get("race_region")
    if record is None or kind is None or region is None or not figure.get("election"):
        return False
    return record.race_for(figure["election"], kind, region) is not None


# -- scoring ----------------------------------------------------------------------------------

def _empty() -> dict:
    return {"pages": 0, "claims": 0, "claims_correct": 0, "claims_unattributed": 0,
            "claims_stated_right": 0, "graded": 0, "graded_correct": 0, "graded_wrong": [],
            "figures_in_record": 0, "recalled_in_record": 0, "figures_all": 0,
            "recalled_all": 0, "labels_right": 0, "label_errors": [], "false_impostor": [],
            "false_flags": [], "flags_on_unknown": 0, "errors": 0, "errors_in_record": 0,
            "errors_caught": [], "errors_missed": [], "errors_refuted": 0}


def _score_page(result: PageResult, record, into: dict) -> None:
    page, report = result.page, result.report
    figures = page.truth.get("figures", [])
    into["pages"] += 1
    if report.label == page.truth["label"]:
        into["labels_right"] += 1
    else:
        into["label_errors"].append(f"{page.slug}: {report.label} (expected {page.truth['label']})")
        if report.label == "impostor":
            into["false_impostor"].append(page.slug)
    matched = [[f for f in figures if matches(c, f)] for c in report.claims]
    for index, (claim, found) in enumerate(zip(report.claims, matched)):
        into["claims"] += 1
        if found:
            into["claims_correct"] += 1
        elif claim.election is None and claim.region_code is None:
            into["claims_unattributed"] += 1
        if found or any(matches_stated(claim, f) for f in figures):
            into["claims_stated_right"] += 1
        comparison = result.statuses.get(index)
        if comparison is not None and comparison.status != "unverifiable":
            into["graded"] += 1
            into["graded_correct"] += bool(found)
            if not found:
                into["graded_wrong"].append(
                    f"{page.slug}: {claim.kind} {claim.value} (nomor {claim.nomor_urut}, region "
                    f"{claim.region_code}) {comparison.status}")
        if not flagged(comparison):
            continue
        if any(f.get("accurate") is False for f in found):
            continue  # a real error, caught (counted below, per figure)
        if found and all(f.get("accurate") is None for f in found):
            into["flags_on_unknown"] += 1
            continue
        what = f"accurate figure {found[0]['text']!r}" if found else "no annotated figure"
        into["false_flags"].append(
            f"{page.slug}: {claim.kind} {claim.value} (nomor {claim.nomor_urut}, region "
            f"{claim.region_code}) {comparison.status} vs {comparison.official_value} "
            f"[{comparison.tier}] on {what}")
    for figure in figures:
        if figure.get("kind") not in CLAIM_KINDS:
            continue
        recalled = any(figure in found for found in matched)
        recordable = in_record(figure, record)
        into["figures_all"] += 1
        into["recalled_all"] += recalled
        into["figures_in_record"] += recordable
        into["recalled_in_record"] += recalled and recordable
        if figure.get("accurate") is False:
            into["errors"] += 1
            into["errors_in_record"] += recordable
            caught = [result.statuses[i] for i, found in enumerate(matched)
                      if figure in found and flagged(result.statuses.get(i))]
            into["errors_refuted"] += bool(caught) and all(
                c.status not in FLAGS for c in caught)
            into["errors_caught" if caught else "errors_missed"].append(
                f"{page.slug}: {figure['text']!r}")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score(results: list[PageResult], record) -> dict:
    """Per part (dev, holdout, all): counts, ratios and the lists behind them."""
    parts = {name: _empty() for name in PARTS}
    for result in results:
        for name in (result.part, "all"):
            _score_page(result, record, parts[name])
    for s in parts.values():
        s["precision"] = _ratio(s["claims_correct"], s["claims"])
        s["precision_stated"] = _ratio(s["claims_stated_right"], s["claims"])
        s["precision_graded"] = _ratio(s["graded_correct"], s["graded"])
        s["recall_in_record"] = _ratio(s["recalled_in_record"], s["figures_in_record"])
        s["recall_all"] = _ratio(s["recalled_all"], s["figures_all"])
        s["label_accuracy"] = _ratio(s["labels_right"], s["pages"])
        s["catch_rate"] = _ratio(len(s["errors_caught"]), s["errors"])
    return parts


def show(result: PageResult, record) -> str:
    """One page's claims beside its truth, for an annotator or a developer chasing a miss."""
    page, report = result.page, result.report
    figures = page.truth.get("figures", [])
    lines = [f"{page.slug} ({result.part}) {page.meta['url']}",
             f"label: {report.label} (expected {page.truth['label']}), "
             f"figures status: {report.figures_status}", "", "claims (= matches a figure):"]
    for i, c in enumerate(report.claims):
        ok = "=" if any(matches(c, f) for f in figures) else "x"
        comp = result.statuses.get(i)
        graded = f"{comp.status} {comp.official_value or ''} {comp.reason or ''}" if comp else "-"
        lines.append(f" {ok} {c.kind} {c.value} el={c.election} race={c.race_kind}/"
                     f"{c.race_region} region={c.region_code} nomor={c.nomor_urut} "
                     f"type={c.claim_type} -> {graded.strip()}  | {c.excerpt[:70]}")
    lines += ["", "truth (+ recalled, . not an extracted kind, - missed; R = race in record):"]
    for f in figures:
        if f.get("kind") not in CLAIM_KINDS:
            mark = "."
        else:
            mark = "+" if any(matches(c, f) for c in report.claims) else "-"
        rec = "R" if in_record(f, record) else " "
        lines.append(f" {mark}{rec} {f['kind']} {f['value']} el={f.get('election')} "
                     f"race={f.get('race')}/{f.get('race_region')} region={f.get('region_code')} "
                     f"nomor={f.get('nomor_urut')} accurate={f.get('accurate')} "
                     f"| {f['text'][:60]}")
    return "\n".join(lines)
