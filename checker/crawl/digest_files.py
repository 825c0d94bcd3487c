"""The digest in words and files: HTML and Markdown from reports/digest.*, CSV, JSON, and one
HTML report per checked page (sites/NNNN-host.html) that the digest links to.

The digest data (checker.crawl.digest) is language-free; here every state gets its words in one
language, numbers are written the reader's way, and errors get their one-line message.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path

from checker.errors import CheckError
from checker.report.files import write_text
from checker.report.messages import error_line
from checker.report.formats import _render_template, render, ui
from checker.report.figures import number
from checker.report.races import place_name
from checker.crawl.digest import act_on
from checker.crawl.headline import headline

__all__ = ["FORMATS", "csv_cell", "digest_link", "render_digest", "thumbnails", "when",
           "worded", "write_digest"]

FORMATS = ("html", "md", "csv", "json")
_CSV_COLUMNS = ("url", "host", "kind", "label", "figures_status", "http_status", "error",
                "final_url", "title", "new", "changed", "went_offline", "rendered",
                "robots_override", "note", "report")


_MONTHS = {"id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                  "Des"),
           "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")}
_WIB = timezone(timedelta(hours=7))


def when(text, lang: str) -> str:
    """A stored ISO time (UTC) as a reader in Indonesia writes it: 8 Des 2024 10.00 WIB."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return str(text or "")
    if moment.tzinfo is None:  # stored times are UTC
        moment = moment.replace(tzinfo=timezone.utc)
    wib = moment.astimezone(_WIB)
    sep = "." if lang == "id" else ":"
    month = _MONTHS.get(lang, _MONTHS["id"])[wib.month - 1]
    return f"{wib.day} {month} {wib.year} {wib:%H}{sep}{wib:%M} WIB"


def _num(text, lang: str, words, kind: str = "") -> str:
    if text in (None, ""):
        return words["dg_missing"]
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return str(text)
    # Votes are whole numbers (152.235, not 152.235,00); shares keep two places.
    if kind == "votes" and value == value.to_integral_value():
        return number(int(value), lang)
    return number(value, lang)


def _who(item: dict, words) -> str:
    """A figure's subject: the pair, or for a figure about no pair (data masuk) its kind."""
    kind = words.get(f"dg_kind_{item['kind']}", item["kind"])
    return f"{item['candidate']} ({kind})" if item.get("candidate") else kind


def _worded_figure(f: dict, lang: str, words) -> None:
    unit = "%" if f["kind"] in ("share", "progress") else ""
    f["who"] = _who(f, words)
    f["region"] = place_name(f["region"], None, words)  # "DKI Jakarta", as the headline
    f["old_text"], f["new_text"] = (_num(v, lang, words, f["kind"]) + (unit if v else "")
                                    for v in (f["old"], f["new"]))


def _state_text(state: dict, lang: str, words, template_dir) -> None:
    state["error_line"] = None
    if state.get("error"):
        state["error_line"] = error_line(CheckError(state["error"], **state["error_params"]),
                                         lang, template_dir)
    if state.get("offline"):
        state["text"] = f"{words['dg_offline_word']}: " + (
            state.get("error_line") or f"HTTP {state.get('http_status')}")
    else:
        label = words.get(f"label_{state.get('label')}", str(state.get("label")))
        status = words.get(f"status_{state.get('figures_status')}",
                           str(state.get("figures_status")))
        state["text"] = f"{label} · {status}"


def _worded(digest: dict, lang: str, template_dir, thumbs=None) -> dict:
    d = copy.deepcopy(digest)
    d["crawl_raw"] = dict(digest["crawl"])  # ISO times, for the feed
    d.setdefault("act", act_on(d))  # a digest stored before the act-on list existed
    words = ui(lang, template_dir)
    d["headline"] = headline(d, words)
    reports = {s["url"]: s["report"] for s in d["sites"]}
    for site in d["sites"] + d["new_sites"] + d["proposed"] + [a["site"] for a in d["act"]]:
        site["offline"] = bool(site.get("error")) or (site.get("http_status") or 0) >= 400
        _state_text(site, lang, words, template_dir)
    for item in d["act"]:
        item["thumb"] = (thumbs or {}).get(item["url"])
        item["report"] = reports.get(item["url"])
        item["why_key"] = "turned" if item["turned"] and item["why"] == "impostor" else item["why"]
        for f in item["figures"]:
            _worded_figure(f, lang, words)
    for change in d["changes"]:
        change["report"] = reports.get(change["url"])
        for state in (change["old"], change["new"]):
            _state_text(state, lang, words, template_dir)
        for f in change["figures"]:
            _worded_figure(f, lang, words)
    for item in d["offline"] + d["back_online"]:
        for state in (item["old"], item["new"]):
            _state_text(state, lang, words, template_dir)
    for x in d["discrepancies"]:
        x["report"] = reports.get(x["url"])
        x["who"] = _who(x, words)
        x["region"] = place_name(x["region"], None, words)
        x["candidate"] = x["candidate"] or words.get(f"dg_kind_{x['kind']}", x["kind"])
        percent = x["kind"] in ("share", "progress")
        for key in ("claimed", "official"):
            x[f"{key}_text"] = _num(x[key], lang, words, x["kind"]) + ("%" if percent else "")
        # A difference between two shares is in percentage points, not a percentage of one.
        x["difference_text"] = _num(x["difference"], lang, words, x["kind"]) + (
            " " + words["dg_points"] if percent else "")
        x["as_of"] = when(x["as_of"], lang) if x.get("as_of") else ""
    for moment in (d["crawl"], d.get("previous") or {}):
        for key in ("started_at", "finished_at"):
            if moment.get(key):
                moment[key] = when(moment[key], lang)
    return d


# A cell starting with = + - @ (or a tab or carriage return before one) is a formula to a
# spreadsheet, and crawled titles and watch notes are hostile: such a cell gets a leading
# apostrophe, and so does every line inside a cell that starts that way (a reader that splits
# at line breaks must not find a formula either).
_FORMULA = re.compile(r"(\A|\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])(?=[=+\-@\t\r])")


def csv_cell(value):
    """One digest CSV cell, neutralised; an empty or non-text value is left as it is."""
    if not isinstance(value, str) or not value:
        return value
    return _FORMULA.sub(lambda m: m[1] + "'", value)


def worded(digest: dict, lang: str, template_dir=None, thumbs=None) -> dict:
    """A copy of the digest with every state, figure and time in the reader's words, its
    headline sentence, and `thumbs` (url -> data: URI) on the act-on list."""
    return _worded(digest, lang, template_dir, thumbs)


def thumbnails(digest: dict, reports: dict) -> dict[str, str]:
    """url -> thumbnail data: URI for the pages on the act-on list that the crawl rendered."""
    from checker.crawl.thumbs import thumbnail

    out = {}
    for item in digest.get("act", []):
        report = reports.get(item["url"])
        rendering = report.rendering if report is not None else None
        shot = thumbnail(rendering.screenshot if rendering else None)
        if shot:
            out[item["url"]] = shot
    return out


def _csv(digest: dict) -> str:
    changed = {c["url"] for c in digest["changes"]}
    offline = {o["url"] for o in digest["offline"]}
    out = io.StringIO()
    # Every cell quoted: a line break inside a note or title (even a lone \r) stays in its
    # cell, never starts a row of its own.
    writer = csv.DictWriter(out, fieldnames=_CSV_COLUMNS, extrasaction="ignore",
                            lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for site in digest["sites"]:
        row = {**site, "changed": site["url"] in changed, "went_offline": site["url"] in offline}
        writer.writerow({k: csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def render_digest(digest: dict, fmt: str, lang: str = "id", template_dir=None,
                  reports: dict | None = None, feed: str | None = None) -> str:
    """`reports` (url -> Report) gives the HTML its thumbnails; `feed` is the Atom feed's
    address, linked from the HTML."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown digest format {fmt!r} (known: {', '.join(FORMATS)})")
    if fmt == "json":
        return json.dumps({**digest, "lang": lang}, ensure_ascii=False, indent=2,
                          default=str) + "\n"
    if fmt == "csv":
        return _csv(digest)
    if fmt == "md":
        return _render_template("digest.md", lang, template_dir,
                                d=_worded(digest, lang, template_dir))
    thumbs = thumbnails(digest, reports) if reports else None
    return _render_template("digest.html", lang, template_dir, feed=feed, sites="sites/",
                            d=_worded(digest, lang, template_dir, thumbs))


def digest_link(out_dir: str | Path, digest_url: str | None = None) -> str:
    """Where readers open the digest: under --digest-url when the folder is published, else
    the file on this machine."""
    if digest_url:
        return digest_url.rstrip("/") + "/digest.html"
    return str(Path(out_dir) / "digest.html")


def _feed(out: Path, digest: dict, lang: str, template_dir, digest_url: str | None) -> str:
    """feed.xml: this crawl's entry on top of the entries already in the folder's feed."""
    from checker.crawl.feed import atom, entry, read_entries

    words = ui(lang, template_dir)
    base = digest_url.rstrip("/") + "/" if digest_url else ""
    new = entry(_worded(digest, lang, template_dir), base + "digest.html", words)
    return atom([new, *read_entries(out / "feed.xml")], title=f"{words['app_name']}: "
                f"{words['dg_title']}", feed_id="urn:cekresmi:digests:" + (digest_url or "local"),
                self_link=base + "feed.xml", alternate=base + "digest.html", lang=lang)


def write_digest(out_dir: str | Path, digest: dict, reports: dict, rules, lang: str = "id",
                 template_dir=None, digest_url: str | None = None) -> Path:
    """digest.{html,md,csv,json}, feed.xml and sites/NNNN-host.html in `out_dir`; returns the
    HTML path. `reports` maps a checked URL to its Report (None for an error); `digest_url`
    is the address the folder is published at (links in the feed)."""
    out = Path(out_dir)
    try:
        (out / "sites").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CheckError("output_unwritable", path=str(out), reason=exc.strerror or exc) from None
    for site in digest["sites"]:
        report = reports.get(site["url"])
        if site["report"] and report is not None:
            write_text(out / "sites" / f"{site['report']}.html",
                          render(report, rules, "html", lang, template_dir=template_dir))
    for fmt in ("md", "csv", "json"):
        write_text(out / f"digest.{fmt}", render_digest(digest, fmt, lang, template_dir))
    write_text(out / "feed.xml", _feed(out, digest, lang, template_dir, digest_url))
    # The HTML last: its links are all there now.
    write_text(out / "digest.html", render_digest(digest, "html", lang, template_dir,
                                                  reports=reports, feed="feed.xml"))
    return out / "digest.html"
