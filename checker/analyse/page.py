"""Pure extraction: Snapshot + vocabulary -> Page, the facts every analyser reads.

Parsing happens once, here, with lxml (the analysers never see markup). The page is hostile
input: nothing in it is executed, followed or trusted to say where it came from.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Any, Mapping
from urllib.parse import urljoin

from checker.analyse import chrome, pagedata
from checker.analyse.utf8_first import declared_first
from checker.analyse.walk import body_texts
from checker.analyse.phrases import (FIGURE, INVISIBLE, Hit, debunks, identity,
                                      normalise, phrases_in, scan)
from checker.analyse.hosts import HostInfo, parse_url
from checker.models import Claim, Comparison, Snapshot, quick_init, replace
from checker.ruleset.model import Vocabulary

__all__ = ["Hit", "Page", "decode_body", "extract", "normalise"]

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
_SPACE = re.compile(r"\s+")
_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "head")
_LOGO_CONTEXT = re.compile(r"logo|brand|navbar|header|masthead|site-title", re.IGNORECASE)
# Elements that flow inside a line: their edges add no space ("K<b>P</b>U" shows as "KPU").
# libxml2 stops building the tree at depth 256 and silently drops everything deeper, while a
# browser still shows it. When that happens the page is re-parsed with the nesting removed:
# first keeping the tags the checks read, then (if those are what is nested) only the skeleton.
_KEEP_READABLE = frozenset("html head body title meta link script style noscript template svg "
                           "h1 h2 h3 a img header nav main article".split())
_KEEP_SKELETON = frozenset("html head body title meta link script style noscript template".split())
_MAX_HEADINGS = 60
_MAX_FIGURES = 1000  # counting stops here: a page with 1,000 figures has shown results
_MAX_HEADING_CHARS = 500
_MAX_CAPTIONS = 50  # <figcaption>s read: a page has a few pictures


@quick_init
@dataclass(frozen=True)
class Page:
    final: HostInfo                  # the address the body came from, after redirects
    requested: HostInfo              # the address asked for
    hops: tuple[HostInfo, ...]       # each redirect's address, in order
    status: int                      # HTTP status of the final response
    content_type: str                # its media type, lower case, no parameters
    is_html: bool                    # False: JSON, text or a binary body (no DOM was read)
    title: str                       # <title>, as written
    headings: tuple[str, ...]        # distinct h1-h3 texts in page order (_headings)
    site_names: tuple[str, ...]      # og:site_name, application-name: the name a site declares
    og_title: str                    # og:title, normalised (a headline, not a site name)
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
    debunk: bool = False             # title or first <h1> says "[HOAKS]", "cek fakta"...
    # "situs resmi KPU" where the page speaks for itself (checker/analyse/chrome.py): the
    # title, the declared site name, the banner/navigation/footer, a self-introduction; on a
    # page with no <article>/<main>, anywhere. Reporting inside an article is not identity.
    identity_hits: tuple[Hit, ...] = ()
    # The banner, navigation and footer's text, normalised (checker/analyse/chrome.py): where
    # a campaign's site names itself ("media relawan"; checker/figures/reported_counts.py).
    voice: str = ""
    # Headings a story writes below its headline, inside <article>/<main> ("Hasil real count
    # KPU terkini" over a paragraph of figures): the section titles of a report, not the
    # page's name (checks/page.py _headline_places).
    section_headings: tuple[str, ...] = ()
    # What figures are read from (checker/figures/claims.py). Bounded: hostile pages are huge.
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()  # per table, rows of cell texts
    #                                  (case kept; rowspan/colspan expanded into a grid)
    table_contexts: tuple[str, ...] = ()  # per table: its <caption>, else the heading before it
    json_blobs: tuple[tuple[str, Any], ...] = field(default=(), compare=False)
    #                                  (where, parsed JSON): <script type="application/json">,
    #                                  __NEXT_DATA__, window.__X__ = {...}, a JSON body. Numbers
    #                                  with a fraction are Decimal, never float.
    prose: str = ""                  # visible text outside tables, case kept, one line per block
    captions: tuple[str, ...] = ()   # the <figcaption>s' texts, spaces collapsed: a picture's
    #                                  place and date, no figure's (checker/figures/captions.py)
    claims: tuple[Claim, ...] = ()   # filled after extraction (checker/claims.extract_claims)
    quoted: tuple[Claim, ...] = ()   # the figures a fact-check quotes, kept out of `claims`
    comparisons: tuple[Comparison, ...] = ()  # filled by the comparison step
    # Rendered in Chromium: the fields above describe the DOM after its scripts ran, and
    # `static` the HTML as served (what "figures drawn by JavaScript" is judged on).
    static: "Page | None" = field(default=None, compare=False, repr=False)


def decode_body(snapshot: Snapshot) -> str:
    """Bytes -> text: charset from the Content-Type header, then <meta>, then detection."""
    declared = []
    ctype = snapshot.header("content-type") or ""
    match = _CHARSET.search(ctype)
    if match:
        declared.append(match.group(1))
    text = declared_first(snapshot.body, declared)  # most pages: bs4 not imported
    if text is not None:
        return text
    from bs4.dammit import UnicodeDammit  # heavy import (soupsieve, charset_normalizer)

    # Hostile pages are often undecodable; bs4 would log that to stderr on every such page,
    # breaking the CLI's one-line output. Replacement characters are expected here. Set only
    # when it is not so already: setLevel clears every logger's cache, page after page.
    quiet = logging.getLogger("bs4.dammit")
    if quiet.level != logging.ERROR:
        quiet.setLevel(logging.ERROR)
    dammit = UnicodeDammit(snapshot.body, known_definite_encodings=declared, is_html=True)
    return dammit.unicode_markup or snapshot.body.decode("utf-8", "replace")


_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def _element_text(element, limit: int | None = None) -> str:
    return normalise(pagedata.visible_text(element, limit))[:limit]


@lru_cache(maxsize=4)
def _tags_pattern(names: frozenset[str], exclude: bool) -> re.Pattern[str]:
    """Start or end tags named in `names` (or, with exclude, named anything else). Matched
    in C, without a Python callback per tag: hostile pages have 10^5 of them."""
    alternatives = "(?:" + "|".join(sorted(names, key=len, reverse=True)) + r")(?![\w:-])"
    name = r"(?!" + alternatives + r")[a-z][\w:-]*" if exclude else alternatives
    return re.compile(r"</?" + name + r"[^>]*>", re.IGNORECASE)


def _flatten(html: str, keep: frozenset[str]) -> str:
    """Drop every tag not in `keep`: inline ones without a trace, the others as a space."""
    html = _tags_pattern(pagedata.INLINE - keep, False).sub("", html)
    return _tags_pattern(keep, True).sub(" ", html)


def _parse(html: str):
    import lxml.html
    from lxml import etree

    for keep in (None, _KEEP_READABLE, _KEEP_SKELETON):
        source = html if keep is None else _flatten(html, keep)
        parser = lxml.html.HTMLParser()
        try:
            doc = lxml.html.document_fromstring(source or "<html></html>", parser=parser)
        except (etree.ParserError, ValueError):
            return None
        if not any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            return chrome.body_out_of_head(doc)
    return chrome.body_out_of_head(doc)  # still too deep: what the parser kept is all we can read


def _join(base: str, href: str | None) -> str | None:
    """urljoin, but a hostile href ("http://[oops") is skipped instead of raising."""
    try:
        return urljoin(base, href or "")
    except ValueError:
        return None


def _brands_page(img) -> bool:
    """An image brands the page when it (or a container) is the site's banner (header, nav,
    .logo, .brand...) and it is not inside the content: a photo of the KPU building in an
    article's <header class="entry-header"> is news, not a logo."""
    branded = bool(_LOGO_CONTEXT.search(img.get("class") or ""))
    for ancestor in islice(img.iterancestors(), 50):
        if ancestor.tag in ("article", "main"):
            return False
        if ancestor.tag in ("header", "nav") or _LOGO_CONTEXT.search(
                (ancestor.get("class") or "") + " " + (ancestor.get("id") or "")):
            branded = True
    return branded


def _logos(doc, base: str) -> list[str]:
    found = []
    for icon in doc.iterfind(".//link[@rel][@href]"):
        if "icon" in (icon.get("rel") or "").lower():
            href = _join(base, icon.get("href"))
            if href:
                found.append(href)
    for img in islice(doc.iterfind(".//img"), 1000):  # logos come first; 10^5 images would be slow
        if _brands_page(img):
            found.append(" ".join(filter(None, (img.get("alt"), img.get("src")))))
        if len(found) >= 20:
            break
    return found


def _headings(doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Distinct headings, in order: 2,000 copies of one <h2> say no more than one. Stops
    after a bounded number of elements so hostile nesting costs no more than a normal page.
    Second: those inside <article>/<main> after its first heading (a story's sections)."""
    found: dict[str, None] = {}
    sections: dict[str, None] = {}
    story_started = False
    for count, element in enumerate(doc.iter("h1", "h2", "h3")):
        if len(found) >= _MAX_HEADINGS or count >= 4 * _MAX_HEADINGS:
            break
        text = _element_text(element, _MAX_HEADING_CHARS)
        if not text:
            continue
        found[text] = None
        if next(element.iterancestors("article", "main"), None) is not None:
            if story_started:
                sections[text] = None
            story_started = True
    first = next(iter(found), None)  # the page's first heading names it, wherever repeated
    return tuple(found), tuple(h for h in sections if h != first)


def extract(snapshot: Snapshot, vocabulary: Vocabulary, limits: Mapping[str, int]) -> Page:
    """The page's facts; `limits` are rules/figures.yaml's params (RuleSet.figures.params),
    the caps on what is read from tables, scripts and prose."""
    rendering = snapshot.rendering
    if rendering is None or not rendering.html:
        return _extract(snapshot, vocabulary, limits, None)
    static = _extract(replace(snapshot, rendering=None), vocabulary, limits, None)
    return replace(_extract(snapshot, vocabulary, limits, rendering.html), static=static)


def _extract(snapshot: Snapshot, vocabulary: Vocabulary, limits: Mapping[str, int],
             rendered: str | None) -> Page:
    final = parse_url(snapshot.final_url)
    requested = parse_url(snapshot.requested_url)
    hops = tuple(parse_url(h.url) for h in snapshot.redirects)
    ctype = snapshot.content_type
    is_html = ctype in HTML_TYPES or ctype.endswith("+xml") and "html" in ctype
    title, text, headings, site_names, links, logos = "", "", (), (), (), ()
    og_title, first_h1 = "", ""
    scripts, app_shell = 0, False
    grids, contexts, blobs, prose = (), (), (), ""
    structured, own_voice, captions, sections = False, "", (), ()
    if is_html and snapshot.body:
        html = INVISIBLE.sub("", rendered if rendered is not None else decode_body(snapshot))
        doc = _parse(html)
        if doc is not None:
            title_el = doc.find(".//title")
            title = _SPACE.sub(" ", title_el.text_content()).strip() if title_el is not None else ""
            # Distinct headings, in order: 2,000 copies of one <h2> say no more than one.
            headings, sections = _headings(doc)
            h1 = doc.find(".//h1")
            first_h1 = _element_text(h1, _MAX_HEADING_CHARS) if h1 is not None else ""
            metas = [((m.get("property") or m.get("name") or "").lower(),
                      normalise(m.get("content") or "")) for m in doc.iterfind(".//meta")]
            site_names = tuple(v for k, v in metas if k in ("og:site_name", "application-name"))
            og_title = next((v for k, v in metas if k == "og:title"), "")
            links = tuple(islice(((href, _element_text(a, _MAX_HEADING_CHARS))
                                  for a in doc.iterfind(".//a[@href]")
                                  if (href := _join(final.url, a.get("href")))), 500))
            logos = tuple(_logos(doc, final.url))
            scripts = sum(1 for _ in doc.iter("script"))
            blobs = pagedata.json_blobs(doc, limits)
            lowered = html.lower()
            app_shell = any(marker.lower() in lowered for marker in vocabulary.app_shell_markers)
            body = doc.find("body")
            if body is not None:
                for element in list(body.iter(*_NOT_TEXT)):
                    element.drop_tree()
                captions = tuple(islice((" ".join(e.text_content().split())[:_MAX_HEADING_CHARS]
                                         for e in body.iter("figcaption")), _MAX_CAPTIONS))
                texts = body_texts(body, limits["max_prose_chars"])  # one walk, three texts
                text, prose = normalise(texts.text), texts.prose
                structured, own_voice = texts.structured, normalise(texts.chrome)
                grids, contexts = pagedata.tables(body, limits, vocabulary.table_lead_ins)
    if not blobs and snapshot.body[:64].lstrip()[:1] in (b"{", b"["):
        # A JSON file checked directly (raw.githubusercontent.com serves it as text/plain).
        value = pagedata.parse_json(snapshot.body, limits["max_json_bytes"])
        if isinstance(value, (dict, list)):
            blobs = (("body", value),)
    title_n = normalise(title)
    voc = vocabulary
    debunk = debunks(voc, title_n, first_h1)
    claim_hits = scan(voc.self_claims, voc, title_n, headings, text, debunk=debunk)
    return Page(
        final=final, requested=requested, hops=hops, status=snapshot.status,
        content_type=ctype, is_html=is_html, title=title, headings=headings,
        site_names=site_names, og_title=og_title, text=text, links=links, logos=logos,
        script_count=scripts, app_shell=app_shell,
        figure_count=sum(1 for _ in islice(FIGURE.finditer(text), _MAX_FIGURES)),
        result_hits=scan(voc.result_strong + voc.result_weak, voc, title_n, headings, text,
                         debunk=debunk),
        claim_hits=claim_hits,
        headline_hits=scan(voc.headline_claims, voc, title_n,
                           headings + site_names + ((og_title,) if og_title else ()), "",
                           text_too=False, debunk=debunk),
        citation_hits=scan(voc.citations, voc, "", (), text),
        election_words=tuple(sorted(phrases_in(voc.election_words, (title_n, *headings, text)))),
        debunk=debunk,
        identity_hits=identity(voc, title_n, site_names, own_voice, structured, debunk,
                               claim_hits),
        voice=own_voice, section_headings=sections,
        tables=grids, table_contexts=contexts, json_blobs=blobs, prose=prose, captions=captions,
    )
