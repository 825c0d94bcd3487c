"""An Atom feed of digests (RFC 4287): one entry per crawl, titled with the digest's headline
sentence, its content the act-on list in plain text, linking to the digest. Written beside the
digest files (feed.xml, keeping the entries of earlier crawls from the feed already there) and
served by `cekresmi serve` at /digest/feed.xml.

Everything in an entry that comes from a crawled page (hosts, URLs) is XML-escaped by
ElementTree; the feed holds no notes and nothing from the newsroom's configuration.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

__all__ = ["MAX_ENTRIES", "atom", "entry", "read_entries"]

MAX_ENTRIES = 20
_NS = "http://www.w3.org/2005/Atom"
_A = "{%s}" % _NS
# Characters XML 1.0 cannot carry at all (ElementTree would write them and break the feed).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value) -> str:
    return _NOT_XML.sub("\ufffd", str(value or ""))


def _rfc3339(text) -> str:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        moment = datetime.now(timezone.utc)
    if moment.tzinfo is None:  # stored times are UTC
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def entry(worded: dict, link: str, words) -> dict:
    """A feed entry from a worded digest (checker.crawl.digest_files.worded) and the raw
    crawl times (`worded["crawl_raw"]`, else now)."""
    raw = worded.get("crawl_raw") or {}
    lines = [worded["headline"] + "."]
    for item in worded.get("act", [])[:30]:
        lines.append(f"- {words['act_' + item['why_key']]}: {item['url']}")
    return {"id": "urn:cekresmi:crawl:" + quote(str(worded["crawl"]["id"]), safe=""),
            "title": worded["headline"], "link": link,
            "updated": _rfc3339(raw.get("finished_at") or raw.get("started_at") or ""),
            "summary": "\n".join(lines)}


def read_entries(path: str | Path) -> list[dict]:
    """The entries of a feed this module wrote (an unreadable or foreign file: none)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return []
    if root.tag != _A + "feed":
        return []
    out = []
    for node in root.findall(_A + "entry"):
        link = node.find(_A + "link")
        out.append({"id": node.findtext(_A + "id", ""), "title": node.findtext(_A + "title", ""),
                    "updated": node.findtext(_A + "updated", ""),
                    "link": link.get("href", "") if link is not None else "",
                    "summary": node.findtext(_A + "summary", "")})
    return out


def atom(entries: list[dict], *, title: str, feed_id: str, self_link: str,
         alternate: str, lang: str) -> str:
    """The feed, newest entry first, at most MAX_ENTRIES, one entry per id."""
    ET.register_namespace("", _NS)
    seen, kept = set(), []
    for item in sorted(entries, key=lambda e: e["updated"], reverse=True):
        if item["id"] not in seen:
            seen.add(item["id"])
            kept.append(item)
    kept = kept[:MAX_ENTRIES]
    feed = ET.Element(_A + "feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    ET.SubElement(feed, _A + "id").text = feed_id
    ET.SubElement(feed, _A + "title").text = _text(title)
    ET.SubElement(feed, _A + "updated").text = (
        kept[0]["updated"] if kept else _rfc3339(datetime.now(timezone.utc).isoformat()))
    ET.SubElement(feed, _A + "link", {"rel": "self", "href": self_link,
                                      "type": "application/atom+xml"})
    ET.SubElement(feed, _A + "link", {"rel": "alternate", "href": alternate,
                                      "type": "text/html"})
    ET.SubElement(ET.SubElement(feed, _A + "author"), _A + "name").text = "cekresmi"
    for item in kept:
        node = ET.SubElement(feed, _A + "entry")
        ET.SubElement(node, _A + "id").text = _text(item["id"])
        ET.SubElement(node, _A + "title").text = _text(item["title"])
        ET.SubElement(node, _A + "updated").text = _text(item["updated"])
        ET.SubElement(node, _A + "link", {"rel": "alternate", "href": _text(item["link"]),
                                          "type": "text/html"})
        ET.SubElement(node, _A + "summary", {"type": "text"}).text = _text(item["summary"])
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            + ET.tostring(feed, encoding="unicode") + "\n")
