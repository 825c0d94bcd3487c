"""Pure extraction: Snapshot + vocabulary -> Page, the facts every analyser reads.

Parsing happens once, here, with lxml (the analysers never see markup). The page is hostile
input: nothing in it is executed, followed or trusted to say where it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin

from .hosts import HostInfo, parse_url
from .models import Snapshot
from .rules import Vocabulary

__all__ = ["Hit", "Page", "decode_body", "extract", "normalise"]

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
_SPACE = re.compile(r"\s+")
# Figures in the Indonesian style: "50,07 persen", "42.02%", "2.181.939 suara".
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|persen\b)|\d{1,3}(?:\.\d{3})+\s+suara\b",
                     re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+|\s*[|–—·•»]\s*")
_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "head")
_LOGO_CONTEXT = re.compile(r"logo|brand|navbar|header|masthead|site-title", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    """A vocabulary phrase found on the page."""

    phrase: str
    where: str        # title | heading | text
    negated: bool     # preceded by bukan/tidak/not...: a disclaimer, not a claim
    excerpt: str


@dataclass(frozen=True)
class Page:
    final: HostInfo
    requested: HostInfo
    hops: tuple[HostInfo, ...]
    status: int
    content_type: str
    is_html: bool
    title: str
    headings: tuple[str, ...]
    site_names: tuple[str, ...]      # og:site_name, application-name
    text: str                        # visible text, whitespace collapsed
    links: tuple[tuple[str, str], ...]   # (absolute href, anchor text)
    logos: tuple[str, ...]           # src/alt of images that brand the page, favicons
    script_count: int
    app_shell: bool
    figure_count: int
    result_hits: tuple[Hit, ...]
    claim_hits: tuple[Hit, ...]      # "situs resmi KPU" anywhere
    headline_hits: tuple[Hit, ...]   # "real count KPU" in title/headings
    citation_hits: tuple[Hit, ...]   # "sumber: KPU"
    election_words: tuple[str, ...]


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def decode_body(snapshot: Snapshot) -> str:
    """Bytes -> text: charset from the Content-Type header, then <meta>, then detection."""
    from bs4.dammit import UnicodeDammit  # heavy-ish import, only when a page is decoded

    declared = []
    ctype = snapshot.header("content-type") or ""
    match = re.search(r"charset=[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
    if match:
        declared.append(match.group(1))
    dammit = UnicodeDammit(snapshot.body, known_definite_encodings=declared, is_html=True)
    return dammit.unicode_markup or snapshot.body.decode("utf-8", "replace")


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = sorted((re.escape(normalise(p)) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _find(phrases: tuple[str, ...], negations: tuple[str, ...], text: str,
          where: str) -> list[Hit]:
    pattern = _phrase_pattern(phrases)
    if pattern is None or not text:
        return []
    hits = []
    negs = set(negations)
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 40):match.start()].split()[-3:]
        negated = any(word.strip(".,;:!?()\"'") in negs for word in before)
        start, end = max(0, match.start() - 60), min(len(text), match.end() + 60)
        hits.append(Hit(match.group(0), where, negated, text[start:end]))
        if len(hits) >= 20:  # enough evidence; a hostile page may repeat a phrase 10^6 times
            break
    return hits


def _scan(phrases, voc: Vocabulary, title: str, headings: tuple[str, ...], text: str,
          text_too: bool = True) -> tuple[Hit, ...]:
    hits = _find(phrases, voc.negations, title, "title")
    for heading in headings:
        hits += _find(phrases, voc.negations, heading, "heading")
    if text_too:
        hits += _find(phrases, voc.negations, text, "text")
    return tuple(hits)


def _element_text(element) -> str:
    return normalise(" ".join(element.itertext()))


def _parse(html: str):
    import lxml.html
    from lxml import etree

    try:
        return lxml.html.document_fromstring(html or "<html></html>")
    except (etree.ParserError, ValueError):
        return None


def _logos(doc, base: str) -> list[str]:
    found = []
    for icon in doc.iterfind(".//link[@rel][@href]"):
        if "icon" in (icon.get("rel") or "").lower():
            found.append(urljoin(base, icon.get("href")))
    for img in doc.iterfind(".//img"):
        branded = False
        for ancestor in img.iterancestors():
            if ancestor.tag in ("header", "nav") or _LOGO_CONTEXT.search(
                    (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")):
                branded = True
                break
            if ancestor.tag in ("main", "article", "body"):
                break
        if branded or _LOGO_CONTEXT.search(img.get("class") or ""):
            found.append(" ".join(filter(None, (img.get("alt"), img.get("src")))))
        if len(found) >= 20:
            break
    return found


def extract(snapshot: Snapshot, vocabulary: Vocabulary) -> Page:
    final = parse_url(snapshot.final_url)
    requested = parse_url(snapshot.requested_url)
    hops = tuple(parse_url(h.url) for h in snapshot.redirects)
    ctype = snapshot.content_type
    is_html = ctype in HTML_TYPES or ctype.endswith("+xml") and "html" in ctype
    title, text, headings, site_names, links, logos = "", "", (), (), (), ()
    scripts, app_shell = 0, False
    if is_html and snapshot.body:
        html = decode_body(snapshot)
        doc = _parse(html)
        if doc is not None:
            title_el = doc.find(".//title")
            title = _SPACE.sub(" ", title_el.text_content()).strip() if title_el is not None else ""
            headings = tuple(t for t in (_element_text(h) for h in doc.iter("h1", "h2", "h3")) if t)
            site_names = tuple(normalise(m.get("content") or "") for m in doc.iterfind(".//meta")
                               if (m.get("property") or m.get("name") or "").lower()
                               in ("og:site_name", "application-name", "og:title"))
            links = tuple((urljoin(final.url, a.get("href")), _element_text(a))
                          for a in doc.iterfind(".//a[@href]"))[:500]
            logos = tuple(_logos(doc, final.url))
            scripts = sum(1 for _ in doc.iter("script"))
            lowered = html.lower()
            app_shell = any(marker.lower() in lowered for marker in vocabulary.app_shell_markers)
            body = doc.find("body")
            if body is not None:
                for element in list(body.iter(*_NOT_TEXT)):
                    element.drop_tree()
                text = normalise(" ".join(body.itertext()))
    title_n = normalise(title)
    voc = vocabulary
    return Page(
        final=final, requested=requested, hops=hops, status=snapshot.status,
        content_type=ctype, is_html=is_html, title=title, headings=headings,
        site_names=site_names, text=text, links=links, logos=logos, script_count=scripts,
        app_shell=app_shell, figure_count=len(_FIGURE.findall(text[:200_000])),
        result_hits=_scan(voc.result_strong + voc.result_weak, voc, title_n, headings, text),
        claim_hits=_scan(voc.self_claims, voc, title_n, headings, text),
        headline_hits=_scan(voc.headline_claims, voc, title_n, headings + site_names, "",
                            text_too=False),
        citation_hits=_scan(voc.citations, voc, "", (), text),
        election_words=tuple(sorted({h.phrase for h in _scan(voc.election_words, voc, title_n,
                                                              headings, text)})),
    )
