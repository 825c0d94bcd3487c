"""Which parts of a page speak for the site, and which report (issue 10 §2).

A site's own voice is its chrome: the banner (<header>, role=banner, .masthead, .site-title),
the navigation and the footer ("© 2024 Situs Resmi KPU"). An <article> or <main> is content:
a news story that says "warga bisa memantau di laman resmi KPU" or a fact-check quoting
"Real Count KPU" is reporting about KPU, not the page introducing itself. A page without any
<article>/<main> gives no such separation, so all of it counts as its own voice.

Pure: says which elements are chrome (checker/analyse/walk.py reads their text, outside the
content, in its one walk of the body); only body_out_of_head, called while parsing, moves
elements (to where a browser puts them).
"""

from __future__ import annotations

import re

__all__ = ["CONTENT", "MAX_CHARS", "MAX_ELEMENTS", "MAX_REACH", "body_out_of_head",
           "is_chrome"]

CONTENT = ("article", "main")
_CHROME_TAGS = ("header", "footer", "nav", "address")
_CHROME_ROLES = ("banner", "contentinfo", "navigation")
_CHROME_CLASS = re.compile(r"(?<![a-z])(?:masthead|site-?(?:title|name|header|footer|brand)|"
                           r"navbar|footer|copyright|brand(?:ing)?)(?![a-z])", re.IGNORECASE)
MAX_ELEMENTS = 5000   # hostile pages have 10^5 elements; the chrome is near the top and bottom
MAX_CHARS = 4000      # per chrome element: a footer, not a novel
MAX_REACH = 200       # levels looked up from an element for its <article>/<main> or banner


def is_chrome(element) -> bool:
    """Is this element the site's banner, navigation or footer by its tag, role or class?
    (checker/analyse/walk.py reads the text of those outside the content.)"""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _CHROME_TAGS or (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    marks = (element.get("class") or "") + " " + (element.get("id") or "")
    return bool(marks.strip()) and bool(_CHROME_CLASS.search(marks))


_HEAD_TAGS = frozenset("title meta link style script base noscript template".split())


def body_out_of_head(doc):
    """libxml2 knows no HTML5 elements: "<title>x</title><header>Situs Resmi KPU</header>..."
    with no <body> tag leaves the <header> (and all after it) in <head>, where no check reads
    it, while a browser shows it. Move everything from the first element that cannot be in
    <head> into <body>, as a browser does."""
    head = doc.find("head")
    if head is None:
        return doc
    stray = next((i for i, child in enumerate(head)
                  if isinstance(child.tag, str) and child.tag not in _HEAD_TAGS), None)
    if stray is None:
        return doc
    body = doc.find("body")
    if body is None:
        import lxml.html

        body = lxml.html.Element("body")
        doc.append(body)
    for offset, child in enumerate(list(head)[stray:]):
        body.insert(offset, child)
    return doc
