"""Validate the accuracy corpus: every tests/corpus/pages/<slug>/ folder has its files, its
meta.json and truth.json follow tests/corpus/README.md, and every annotated figure's text occurs
in the visible text of the page the benchmark reads (capture.html when present, else page.html).

    python tests/corpus/check_corpus.py [SLUG ...]     prints one line per problem, exit 1 if any

tests/test_corpus_pages.py runs the same checks under pytest.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"

META_KEYS = {"url", "outlet", "published", "outlet_kind", "topic", "obtained", "synthetic", "notes"}
META_REQUIRED = META_KEYS - {"notes"}
OUTLET_KINDS = {"national_news", "regional_news", "factcheck", "kpu", "kpud", "blog",
                "results_site", "other"}
TRUTH_KEYS = {"label", "label_note", "figures"}
LABELS = {"official", "impostor", "independent", "unofficial", "no_claims"}
FIGURE_KEYS = {"text", "kind", "value", "election", "race", "region_code", "region_level",
               "race_region", "nomor_urut", "candidate", "basis", "as_of", "quoted_hoax",
               "accurate", "pattern", "pollster", "note"}
FIGURE_REQUIRED = {"text", "kind", "value", "election", "race", "region_code", "race_region",
                   "nomor_urut", "accurate"}
KINDS = {"votes", "share", "progress", "total_valid", "total_invalid", "total_votes", "dpt",
         "turnout", "margin", "count_other", "threshold", "seats", "other"}
ELECTIONS = {"pilkada2024", "pemilu2024", "pilkada2020", "pilkada2018", "pemilu2019",
             "pilkada2017", "other"}
RACES = {"governor", "regent", "mayor", "president", "dpd", "dpr", "dprd", "none"}
LEVELS = {"national", "province", "regency", "district", "village", "tps"}
BASES = {"rekap", "sirekap", "quick_count", "third_party_count", "internal_count", "exit_poll",
         "survey", "unknown"}
PATTERNS = {"before_name", "after_name", "table", "list", "inline_list", "card",
            "next_sentence", "pronoun", "headline", "chart_label"}
# BPS/Sirekap codes; a PPLN (votes abroad, region 99) as the record codes it, letters past 9999
# included ("99AI", Songkhla).
_CODE = re.compile(r"^(\d{2}|\d{4}|99[0-9A-Z]{2}|\d{6}|\d{10}|\d{13})?$")
_VALUE = re.compile(r"^\d+(\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_AS_OF = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?($|T| )")  # a day, a month or a year
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")


def _pagedata():
    return importlib.import_module("checker.analyse.pagedata")


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).casefold()


def visible_text(html: bytes) -> str:
    """Title plus body text as a browser lays it out (checker's own walk), flattened."""
    import lxml.html

    doc = lxml.html.document_fromstring(html.decode("utf-8"))
    for element in list(doc.iter("script", "style", "template", "noscript")):
        element.drop_tree()
    title = doc.find(".//title")
    body = doc.find("body")
    parts = [title.text_content() if title is not None else "",
             _pagedata().visible_text(body) if body is not None else ""]
    return _flat(" ".join(parts))


def _figure_problems(i: int, fig: dict, text: str) -> list[str]:
    where = f"figure {i} ({fig.get('text')!r})"
    out = []
    if not isinstance(fig, dict):
        return [f"figure {i} is not an object"]
    if unknown := set(fig) - FIGURE_KEYS:
        out.append(f"{where}: unknown keys {sorted(unknown)}")
    if missing := FIGURE_REQUIRED - set(fig):
        out.append(f"{where}: missing keys {sorted(missing)}")
    checks = (("kind", KINDS), ("election", ELECTIONS), ("race", RACES),
              ("basis", BASES | {None}), ("pattern", PATTERNS | {None}),
              ("region_level", LEVELS | {None}))
    for key, allowed in checks:
        if key in fig and fig[key] not in allowed:
            out.append(f"{where}: {key} {fig[key]!r} not one of {sorted(a for a in allowed if a)}")
    if not isinstance(fig.get("value"), str) or not _VALUE.match(fig.get("value") or ""):
        out.append(f"{where}: value must be a normalised decimal string, got {fig.get('value')!r}")
    for key in ("region_code", "race_region"):
        value = fig.get(key)
        if value is not None and (not isinstance(value, str) or not _CODE.match(value)):
            out.append(f"{where}: {key} {value!r} is not a region code (2/4/6/10/13 digits, a PPLN's 99xx, '')")
    rc, rr = fig.get("region_code"), fig.get("race_region")
    if isinstance(rc, str) and isinstance(rr, str) and not rc.startswith(rr):
        out.append(f"{where}: region_code {rc!r} is not inside race_region {rr!r}")
    nomor = fig.get("nomor_urut")
    if nomor is not None and (not isinstance(nomor, int) or isinstance(nomor, bool) or nomor < 0):
        out.append(f"{where}: nomor_urut must be a whole number or null")
    if fig.get("accurate") not in (True, False, None):
        out.append(f"{where}: accurate must be true, false or null")
    if "quoted_hoax" in fig and not isinstance(fig["quoted_hoax"], bool):
        out.append(f"{where}: quoted_hoax must be true or false")
    if fig.get("as_of") is not None and not _AS_OF.match(str(fig["as_of"])):
        out.append(f"{where}: as_of must be YYYY-MM-DD (or YYYY-MM, YYYY), a time may follow")
    if not isinstance(fig.get("text"), str) or not fig.get("text", "").strip():
        out.append(f"{where}: text must be the figure as written")
    elif _flat(fig["text"]) not in text:
        out.append(f"{where}: text does not occur in the page's visible text")
    return out


def problems(folder: Path) -> list[str]:
    """Everything wrong with one page folder (empty when it is fine)."""
    out = []
    if not _SLUG.match(folder.name):
        out.append("slug must be lower-case words joined by '-', e.g. factcheck-rido-real-count")
    for name in ("page.html", "meta.json", "truth.json"):
        if not (folder / name).is_file():
            out.append(f"{name} is missing")
    if out and any("missing" in p for p in out):
        return out
    try:
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        truth = json.loads((folder / "truth.json").read_text("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        return [f"unreadable JSON: {exc}"]
    if unknown := set(meta) - META_KEYS:
        out.append(f"meta.json: unknown keys {sorted(unknown)}")
    if missing := META_REQUIRED - set(meta):
        out.append(f"meta.json: missing keys {sorted(missing)}")
    if not str(meta.get("url", "")).startswith(("http://", "https://")):
        out.append("meta.json: url must be the original http(s) address")
    if meta.get("outlet_kind") not in OUTLET_KINDS:
        out.append(f"meta.json: outlet_kind {meta.get('outlet_kind')!r} not one of "
                   f"{sorted(OUTLET_KINDS)}")
    if meta.get("published") is not None and not _DATE.match(str(meta.get("published"))):
        out.append("meta.json: published must be YYYY-MM-DD, or null when the copy has no date")
    if not isinstance(meta.get("topic"), list):
        out.append("meta.json: topic must be a list of tags")
    if not isinstance(meta.get("synthetic"), bool):
        out.append("meta.json: synthetic must be true or false")
    if meta.get("synthetic") and not (folder / "capture.html").is_file():
        out.append("a synthetic (client-rendered) page needs capture.html")
    if unknown := set(truth) - TRUTH_KEYS:
        out.append(f"truth.json: unknown keys {sorted(unknown)}")
    if truth.get("label") not in LABELS:
        out.append(f"truth.json: label {truth.get('label')!r} not one of {sorted(LABELS)}")
    figures = truth.get("figures")
    if not isinstance(figures, list):
        return out + ["truth.json: figures must be a list"]
    shown = folder / ("capture.html" if (folder / "capture.html").is_file() else "page.html")
    try:
        text = visible_text(shown.read_bytes())
    except (UnicodeDecodeError, ValueError) as exc:
        return out + [f"{shown.name} is not readable UTF-8 HTML: {exc}"]
    for i, fig in enumerate(figures):
        out += _figure_problems(i, fig, text)
    return out


def main(argv: list[str]) -> int:
    folders = [PAGES / s for s in argv] if argv else sorted(p for p in PAGES.iterdir()
                                                              if p.is_dir())
    bad = 0
    for folder in folders:
        for problem in problems(folder):
            print(f"{folder.name}: {problem}")
            bad += 1
    print(f"{len(folders)} pages, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
