"""One walk of the body (checker/analyse/walk.py) gives exactly what the three walks it replaced
gave: the visible text, the prose and the chrome text. Those walks are kept here, verbatim, as
the reference, and both are run over the golden pages and over random hostile trees (chrome
inside content, banners inside banners, content inside a "site-header", deep nesting, comments,
tables, inline edges, a prose cap hit mid-page)."""

from __future__ import annotations

import random
import re
import unicodedata
from itertools import islice
from pathlib import Path

import lxml.html
import pytest

from checker.analyse import pagedata
from checker.analyse.chrome import is_chrome
from checker.analyse.page import _NOT_TEXT, _parse
from checker.analyse.walk import body_texts

PAGES = Path(__file__).parent / "fixtures" / "pages"

# -- the reference: the walks as they were before walk.py ------------------------------------
_CONTENT = ("article", "main")
_SKIP = frozenset("script style noscript template svg head table".split())
_NEWLINES = re.compile("[\n\r\f\v\u2028\u2029\x85]")


def _prose(body, limit):
    parts, size = [], 0
    stack = [(body, False)]
    while stack and size <= limit:
        node, closing = stack.pop()
        is_element = isinstance(node.tag, str)
        tag = node.tag.lower() if is_element else ""
        edge = "" if not is_element else ("\x00" if tag in pagedata.INLINE else "\n")
        if closing:
            text = (node.tail or "") if node is not body else ""
        elif is_element and tag in _SKIP:
            edge, text = "\n", node.tail or ""
        else:
            text = (node.text or "") if is_element else ""
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node))
        piece = edge + _NEWLINES.sub(" ", text) if text else edge
        if piece:
            parts.append(piece)
            size += len(piece)
    text = pagedata.unglue(unicodedata.normalize("NFKC", "".join(parts))[:limit])
    return "\n".join(" ".join(words) for line in text.split("\n") if (words := line.split()))


def _in_content(element):
    return any(a.tag in _CONTENT for a in islice(element.iterancestors(), 200))


def _chrome_text(body):
    parts, taken = [], set()
    for element in islice(body.iter(), 5000):
        if not isinstance(element.tag, str) or element.tag in _CONTENT:
            continue
        if not is_chrome(element) or _in_content(element):
            continue
        if next(element.iter(*_CONTENT), None) is not None:
            continue
        if any(a in taken for a in islice(element.iterancestors(), 200)):
            continue
        taken.add(element)
        parts.append(pagedata.visible_text(element, 4000)[:4000])
    return " \n ".join(parts)


def _reference(body, limit):
    return (pagedata.visible_text(body), _prose(body, limit), _chrome_text(body),
            next(body.iter(*_CONTENT), None) is not None)


# -- the comparison -------------------------------------------------------------------------
def _body(html: str):
    doc = _parse(html)
    body = doc.find("body") if doc is not None else None
    if body is None:
        return None
    for element in list(body.iter(*_NOT_TEXT)):
        element.drop_tree()
    return body


def _same(html: str, limit: int = 300_000) -> None:
    body = _body(html)
    if body is None:
        return
    got = body_texts(body, limit)
    assert (got.text, got.prose, got.chrome, got.structured) == _reference(body, limit)


@pytest.mark.parametrize("case", sorted(p.name for p in PAGES.iterdir()))
def test_golden_pages(case):
    html = (PAGES / case / "page.html").read_bytes().decode("utf-8", "replace")
    _same(html)
    _same(html, limit=300)  # the prose cap reached mid-page


_TAGS = ["div", "p", "span", "b", "a", "header", "footer", "nav", "article", "main", "table",
         "tr", "td", "h1", "h2", "section", "address", "em", "script", "style", "svg", "i"]
_ATTRS = ['', ' class="masthead"', ' class="site-header"', ' role="banner"', ' id="footer"',
          ' class="entry"', ' role="navigation"', ' class="brand-logo"', ' class="copyright x"']
_WORDS = ["Situs Resmi KPU", "Real Count", "50,07%", "Pramono-Rano", "2.181.939 suara", "\n",
          "ＫＰＵ", "\u00a0", "&amp;", "<!-- c -->", "Dharma-Kun", "10.49%", " ", "\u2028", "x"]


def _tree(rng: random.Random, depth: int) -> str:
    out = []
    for _ in range(rng.randint(1, 4)):
        if depth > 0 and rng.random() < 0.7:
            tag = rng.choice(_TAGS)
            out.append(f"<{tag}{rng.choice(_ATTRS)}>{_tree(rng, depth - 1)}</{tag}>")
        out.append(rng.choice(_WORDS))
    return "".join(out)


def test_random_trees():
    rng = random.Random(11)
    for _ in range(400):
        html = "<html><body" + rng.choice(_ATTRS) + ">" + _tree(rng, rng.randint(1, 6)) + \
            "</body></html>"
        _same(html)
        _same(html, limit=rng.randint(0, 200))


def test_the_bounds_to_the_element():
    for levels in range(197, 203):  # an <article> or an outer banner 200 levels up, or 201
        for outer in ("article", "header", "main"):
            _same(f"<html><body><{outer}>a" + "<div>" * levels + "<nav>Situs Resmi KPU</nav>" +
                  "</div>" * levels + f"b</{outer}></body></html>")
    for count in range(4996, 5002):  # the footer as the 5,000th element of the body, or after
        _same("<html><body>" + "<i></i>" * count + "<footer>© 2024 KPU</footer></body></html>")


def test_deep_trees_past_the_reach_of_200_levels():
    rng = random.Random(5)
    for inner in ('<header>Situs Resmi KPU</header>', '<div class="navbar">Menu</div>',
                  '<article>isi</article>'):
        for outer in ("article", "header", "div"):
            html = (f"<html><body><{outer}>a" + "<div>" * 230 + inner + "</div>" * 230 +
                    f"b</{outer}><footer>© KPU</footer></body></html>")
            _same(html)
    html = "<html><body>" + _tree(rng, 3) * 400 + "<footer>© 2024 KPU</footer></body></html>"
    _same(html)  # the footer after the first 5,000 elements is not read
