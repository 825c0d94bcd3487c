"""Pure extraction: Snapshot + vocabulary -> Page, the facts every analyser reads.

Parsing happens once, here, with lxml (the analysers never see markup). The page is hostile
input: nothing in it is executed, followed or trusted to say where it came from.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import islice
from typing import Any, Mapping
from urllib.parse import urljoin

from checker.analyse import chrome, pagedata
from checker.analyse.hosts import HostInfo, parse_url
from checker.models import Claim, Comparison, Snapshot
from checker.ruleset.model import Vocabulary

__all__ = ["Hit", "Page", "decode_body", "extract", "normalise"]

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
_SPACE = re.compile(r"\s+")
# Figures in the Indonesian style: "50,07 persen", "42.02%", "2.181.939 suara".
_FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|persen\b)|\d{1,3}(?:\.\d{3})+\s+suara\b",
                     re.IGNORECASE)
_NOT_TEXT = ("script", "style", "noscript", "template", "svg", "head")
_LOGO_CONTEXT = re.compile(r"logo|brand|navbar|header|masthead|site-title", re.IGNORECASE)
# Characters a browser does not show: C0/C1 controls (not whitespace), soft hyphen, zero-width
# and bidi format characters, BOM. "Situs Resmi K\u200bPU" reads "Situs Resmi KPU" on screen, so
# they are removed before anything is matched; a stray NUL must not hide a page either.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_PUNCT = ".,;:!?()[]-\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"  # around a negation word
# Elements that flow inside a line: their edges add no space ("K<b>P</b>U" shows as "KPU").
# libxml2 stops building the tree at depth 256 and silently drops everything deeper, while a
# browser still shows it. When that happens the page is re-parsed with the nesting removed:
# first keeping the tags the checks read, then (if those are what is nested) only the skeleton.
_KEEP_READABLE = frozenset("html head body title meta link script style noscript template svg "
                           "h1 h2 h3 a img header nav main article".split())
_KEEP_SKELETON = frozenset("html head body title meta link script style noscript template".split())
_MAX_HEADINGS = 60
_TITLE_SEGMENTS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022\u00bb]\s+|[|\u2013\u2014\u00b7\u2022\u00bb]")
_MAX_FIGURES = 1000  # counting stops here: a page with 1,000 figures has shown results
_MAX_HEADING_CHARS = 500


@dataclass(frozen=True)
class Hit:
    """A vocabulary phrase found on the page."""

    phrase: str
    where: str        # title | heading | text
    negated: bool     # preceded by bukan/tidak/not..., or on a fact-check that names the
                      # claim to debunk it: a disclaimer, not a claim
    excerpt: str
    reference: bool = False     # right after "mengunjungi", "tersedia di"...: the page
                                # points to KPU's site ("cek di situs resmi KPU"), not at itself
    near_figures: bool = False  # a percentage or vote count within the excerpt
    introduced: bool = False    # right after "selamat datang di", "ini adalah": the page
                                # introduces itself, wherever the sentence stands


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
    # What figures are read from (checker/figures/claims.py). Bounded: hostile pages are huge.
    tables: tuple[tuple[tuple[str, ...], ...], ...] = ()  # per table, rows of cell texts
    #                                  (case kept; rowspan/colspan expanded into a grid)
    table_contexts: tuple[str, ...] = ()  # per table: its <caption>, else the heading before it
    json_blobs: tuple[tuple[str, Any], ...] = field(default=(), compare=False)
    #                                  (where, parsed JSON): <script type="application/json">,
    #                                  __NEXT_DATA__, window.__X__ = {...}, a JSON body. Numbers
    #                                  with a fraction are Decimal, never float.
    prose: str = ""                  # visible text outside tables, case kept, one line per block
    claims: tuple[Claim, ...] = ()   # filled after extraction (checker/claims.extract_claims)
    quoted: tuple[Claim, ...] = ()   # the figures a fact-check quotes, kept out of `claims`
    comparisons: tuple[Comparison, ...] = ()  # filled by the comparison step
    # Rendered in Chromium: the fields above describe the DOM after its scripts ran, and
    # `static` the HTML as served (what "figures drawn by JavaScript" is judged on).
    static: "Page | None" = field(default=None, compare=False, repr=False)


def normalise(text: str) -> str:
    """Lower case, invisible characters dropped, whitespace collapsed, NFKC (fullwidth
    "ＫＰＵ" and "KPU" read the same on screen, so they must match the same)."""
    # split/join collapses the same whitespace as r"\s+" (str.isspace is re's \s) at C speed.
    return " ".join(unicodedata.normalize("NFKC", _INVISIBLE.sub("", text)).split()).lower()


def decode_body(snapshot: Snapshot) -> str:
    """Bytes -> text: charset from the Content-Type header, then <meta>, then detection."""
    from bs4.dammit import UnicodeDammit  # heavy-ish import, only when a page is decoded

    # Hostile pages are often undecodable; bs4 would log that to stderr on every such page,
    # breaking the CLI's one-line output. Replacement characters are expected here.
    logging.getLogger("bs4.dammit").setLevel(logging.ERROR)

    declared = []
    ctype = snapshot.header("content-type") or ""
    match = re.search(r"charset=[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
    if match:
        declared.append(match.group(1))
    dammit = UnicodeDammit(snapshot.body, known_definite_encodings=declared, is_html=True)
    return dammit.unicode_markup or snapshot.body.decode("utf-8", "replace")


@lru_cache(maxsize=128)
def _pattern(phrases: tuple[str, ...], tail: str) -> re.Pattern[str] | None:
    """Any of `phrases` as whole words, longest first, followed by `tail`."""
    if not phrases:
        return None
    alternatives = sorted((re.escape(normalise(p)) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")" + tail)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    return _pattern(phrases, r"(?!\w)")


def _ending_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Matches text that ends with one of `phrases` (then only spaces or quotes)."""
    return _pattern(phrases, "[\\s\"'\u201c\u2018(]*$")


@lru_cache(maxsize=8)
def _word_sets(negations: tuple[str, ...], conjunctions: tuple[str, ...]):
    return frozenset(negations), frozenset(conjunctions)


def _find(phrases: tuple[str, ...], voc: Vocabulary, text: str, where: str,
          debunk: bool = False) -> list[Hit]:
    pattern = _phrase_pattern(phrases)
    if pattern is None or not text:
        return []
    hits: list[Hit] = []
    negs, joins = _word_sets(voc.negations, voc.conjunctions)
    refs = _ending_pattern(voc.references)
    intros = _ending_pattern(voc.self_introductions)
    previous_end = -1
    for match in pattern.finditer(text):
        window = text[max(0, match.start() - 40):match.start()]
        negated = debunk or any(word.strip(_PUNCT) in negs for word in window.split()[-3:])
        # "tidak menerbitkan real count maupun quick count": a negation carries across a
        # conjunction to the next phrase of the same list.
        if not negated and hits and hits[-1].negated and previous_end >= 0:
            between = text[previous_end:match.start()].split()
            negated = len(between) == 1 and between[0].strip(_PUNCT) in joins
        previous_end = match.end()
        start, end = max(0, match.start() - 60), min(len(text), match.end() + 60)
        excerpt = text[start:end]
        hits.append(Hit(match.group(0), where, negated, excerpt,
                        reference=bool(refs and refs.search(window)),
                        near_figures=bool(_FIGURE.search(excerpt)),
                        introduced=bool(intros and intros.search(window))))
        if len(hits) >= 20:  # enough evidence; a hostile page may repeat a phrase 10^6 times
            break
    return hits


def _scan(phrases, voc: Vocabulary, title: str, headings: tuple[str, ...], text: str,
          text_too: bool = True, debunk: bool = False) -> tuple[Hit, ...]:
    hits = _find(phrases, voc, title, "title", debunk)
    for heading in headings:
        hits += _find(phrases, voc, heading, "heading", debunk)
    if text_too:
        hits += _find(phrases, voc, text, "text", debunk)
    return tuple(hits)


def _identity(voc: Vocabulary, title: str, site_names, headings, text: str, own_voice: str,
              structured: bool, debunk: bool) -> tuple[Hit, ...]:
    """Self-claims where the page speaks as itself (see Page.identity_hits). KPU's office
    address counts only in the banner/footer: news writes "di kantor KPU, Jl. Imam Bonjol"."""
    phrases = voc.self_claims
    addresses = _find(voc.kpu_addresses, voc, own_voice, "header_footer")
    # In the title, only as the page's name: a segment that starts with it ("Situs Resmi KPU |
    # Real Count") or a welcome; "Cara Cek Hasil di Situs Resmi KPU" is a how-to headline.
    hits = [h for segment in _TITLE_SEGMENTS.split(title) if segment.strip()
            for h in _find(phrases, voc, segment.strip(), "title", debunk)
            if h.introduced or segment.strip().startswith(h.phrase)]
    for name in site_names:
        hits += _find(phrases, voc, name, "site_name", debunk)
    hits += [h for h in addresses if not debunk]
    if not structured:
        return tuple(hits + list(_scan(phrases, voc, "", headings, text, debunk=debunk)))
    hits += _find(phrases, voc, own_voice, "header_footer", debunk)
    return tuple(hits + [h for h in _find(phrases, voc, text, "text", debunk) if h.introduced])


def _debunks(voc: Vocabulary, *places: str) -> bool:
    """A fact-check names the hoax in its headline ("[SALAH] Situs 'Real Count KPU' ...") to
    debunk it: its claim phrases are quotes, not claims. Only the title and the first <h1>
    count (a "Cek Fakta" menu on a results page does not), and "bukan hoaks" does not."""
    return any(not h.negated for place in places for h in _find(voc.debunk_markers, voc, place,
                                                                "title"))


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


def _headings(doc) -> tuple[str, ...]:
    """Distinct headings, in order: 2,000 copies of one <h2> say no more than one. Stops
    after a bounded number of elements so hostile nesting costs no more than a normal page."""
    found: dict[str, None] = {}
    for count, element in enumerate(doc.iter("h1", "h2", "h3")):
        if len(found) >= _MAX_HEADINGS or count >= 4 * _MAX_HEADINGS:
            break
        text = _element_text(element, _MAX_HEADING_CHARS)
        if text:
            found[text] = None
    return tuple(found)


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
    structured, own_voice = False, ""
    if is_html and snapshot.body:
        html = _INVISIBLE.sub("", rendered if rendered is not None else decode_body(snapshot))
        doc = _parse(html)
        if doc is not None:
            title_el = doc.find(".//title")
            title = _SPACE.sub(" ", title_el.text_content()).strip() if title_el is not None else ""
            # Distinct headings, in order: 2,000 copies of one <h2> say no more than one.
            headings = _headings(doc)
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
                text = normalise(pagedata.visible_text(body))
                structured = chrome.has_content(body)
                own_voice = normalise(chrome.chrome_text(body))
                grids, contexts = pagedata.tables(body, limits)
                prose = pagedata.prose(body, limits["max_prose_chars"])
    if not blobs and snapshot.body[:64].lstrip()[:1] in (b"{", b"["):
        # A JSON file checked directly (raw.githubusercontent.com serves it as text/plain).
        value = pagedata.parse_json(snapshot.body, limits["max_json_bytes"])
        if isinstance(value, (dict, list)):
            blobs = (("body", value),)
    title_n = normalise(title)
    voc = vocabulary
    debunk = _debunks(voc, title_n, first_h1)
    return Page(
        final=final, requested=requested, hops=hops, status=snapshot.status,
        content_type=ctype, is_html=is_html, title=title, headings=headings,
        site_names=site_names, og_title=og_title, text=text, links=links, logos=logos,
        script_count=scripts, app_shell=app_shell,
        figure_count=sum(1 for _ in islice(_FIGURE.finditer(text), _MAX_FIGURES)),
        result_hits=_scan(voc.result_strong + voc.result_weak, voc, title_n, headings, text,
                          debunk=debunk),
        claim_hits=_scan(voc.self_claims, voc, title_n, headings, text, debunk=debunk),
        headline_hits=_scan(voc.headline_claims, voc, title_n,
                            headings + site_names + ((og_title,) if og_title else ()), "",
                            text_too=False, debunk=debunk),
        citation_hits=_scan(voc.citations, voc, "", (), text),
        election_words=tuple(sorted({h.phrase for h in _scan(voc.election_words, voc, title_n,
                                                              headings, text)})),
        debunk=debunk,
        identity_hits=_identity(voc, title_n, site_names, headings, text, own_voice, structured,
                                debunk),
        tables=grids, table_contexts=contexts, json_blobs=blobs, prose=prose,
    )
