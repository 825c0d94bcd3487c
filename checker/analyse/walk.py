"""One walk over a page's <body> for the three texts extract() reads (issue 12 §5):

    text      the visible text the checks read (pagedata.visible_text of the body)
    prose     the text figures are read from: visible text outside tables, case kept, a line
              break at every block edge (a caption's "Pramono-Rano" and "50,07%" in two
              <div>s stay two lines of one legend), source line breaks read as spaces, as a
              browser shows them; where inline elements meet, a letter and a digit are kept
              apart ("<span>Dharma-Kun</span><span>10.49%</span>": pagedata.unglue); bounded
    chrome    the site's own voice: banner, navigation, footer outside the content
              (checker/analyse/chrome.py says which elements those are)

and whether the page marks its content (<article>/<main>). Each of these used to walk the
whole tree on its own; this walk visits every node once and hands each piece to the texts
that want it, giving exactly what the separate walks gave (tests/test_walk.py holds them as
the reference). Iterative (hostile nesting). Pure; the body's scripts, styles, templates,
<noscript> and <svg> are dropped before (checker/analyse/page.py), as for the walks it replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

from checker.analyse.chrome import CONTENT, MAX_CHARS, MAX_ELEMENTS, MAX_REACH, is_chrome
from checker.analyse.pagedata import INLINE, NEWLINES, teaser_lines, unglue
from checker.analyse.phrases import nfkc

__all__ = ["BodyTexts", "body_texts"]

_HIDDEN = frozenset(("script", "style", "template"))  # what visible_text shows nothing of
_NOT_PROSE = frozenset("script style noscript template svg head table".split())


@dataclass(frozen=True)
class BodyTexts:
    text: str         # raw: page.py normalises it
    prose: str
    chrome: str       # raw: page.py normalises it
    structured: bool  # an <article> or <main> somewhere in the body


def _facts(tag) -> tuple:
    """What the walk asks of a node by its tag: (is element, content element, not prose,
    hidden, the space the text puts around it, the prose's edge)."""
    is_element = isinstance(tag, str)
    lowered = tag.lower() if is_element else ""
    inline = lowered in INLINE
    return (is_element, is_element and tag in CONTENT, lowered in _NOT_PROSE,
            is_element and lowered in _HIDDEN, " " if is_element and not inline else "",
            ("\x00" if inline else "\n") if is_element else "")


# The facts of each tag met (a page has a few dozen distinct tags and thousands of nodes:
# working them out per node was a third of the walk). Comments and processing instructions
# have a function for a tag; it is hashable too. Bounded: a hostile page may invent tags.
_FACTS: dict = {}
_MAX_FACTS = 512


def body_texts(body, prose_limit: int) -> BodyTexts:
    text: list[str] = []
    prose: list[str] = []
    prose_size, muted = 0, 0          # muted: open elements whose inside is not prose (tables)
    contents = 0                      # <article>/<main> elements met so far
    open_content: list[int] = []      # depths of the open ones
    # chrome candidates, in document order: [order, depth, text index at open, text index at
    # close, space, contents at open, contents at close, order after the last descendant]
    candidates: list[list] = []
    order = 0                         # preorder number of the next node (body.iter() order)
    known = _FACTS
    # An open entry is (node, depth); a close entry also carries what its opening worked
    # out: (node, depth, candidate, the tag's facts).
    stack: list[tuple] = [(body, 0)]
    while stack:
        entry = stack.pop()
        if len(entry) == 4:
            node, depth, candidate, facts = entry
            _, content, not_prose, _, space, edge = facts
            tail = (node.tail or "") if node is not body else ""
            if space or tail:
                text.append(space + tail)
            if candidate is not None:
                candidate[3] = len(text) - (1 if space or tail else 0)
                candidate[6] = contents
                candidate[7] = order
            if not_prose:
                muted -= 1
            elif not muted and prose_size <= prose_limit:
                piece = edge + NEWLINES.sub(" ", tail) if tail else edge
                if piece:
                    prose.append(piece)
                    prose_size += len(piece)
            if content:
                open_content.pop()
            continue
        node, depth = entry
        tag = node.tag
        facts = known.get(tag)
        if facts is None:
            facts = _facts(tag)
            if len(known) < _MAX_FACTS:
                known[tag] = facts
        is_element, content, not_prose, hidden, space, edge = facts
        this = order
        order += 1
        if not_prose:
            if not muted and prose_size <= prose_limit:
                tail = node.tail
                piece = "\n" + NEWLINES.sub(" ", tail) if tail else "\n"
                prose.append(piece)
                prose_size += len(piece)
            muted += 1
        if hidden and node is not body:
            stack.append((node, depth, None, facts))
            continue
        own = (node.text or "") if is_element else ""
        candidate = None
        if is_element and this < MAX_ELEMENTS and not content and is_chrome(node) and \
                not (open_content and depth - open_content[-1] <= MAX_REACH):
            candidate = [this, depth, len(text), 0, space, contents, 0, 0]
            candidates.append(candidate)
        if space or own:
            text.append(space + own)
        if is_element and not muted and prose_size <= prose_limit:
            piece = edge + NEWLINES.sub(" ", own) if own else edge
            prose.append(piece)
            prose_size += len(piece)
        if content:
            contents += 1
            open_content.append(depth)
        stack.append((node, depth, candidate, facts))
        if len(node):
            stack.extend(zip(reversed(node), repeat(depth + 1)))
    return BodyTexts("".join(text), _prose(prose, prose_limit), _chrome(candidates, text),
                     contents > 0)


def _prose(parts: list[str], limit: int) -> str:
    joined = unglue(teaser_lines(nfkc("".join(parts))[:limit]))
    return "\n".join(" ".join(words) for line in joined.split("\n") if (words := line.split()))


def _chrome(candidates: list[list], text: list[str]) -> str:
    """The chrome elements' texts: a candidate with no content inside it, and no chrome element
    taken within MAX_REACH levels above it (an outer banner already holds its text)."""
    parts: list[str] = []
    taken: list[list] = []  # the taken candidates enclosing the current one, outermost first
    for candidate in candidates:
        order, depth, first, last, space, before, after, end = candidate
        while taken and taken[-1][7] <= order:
            taken.pop()
        if after > before:
            continue  # a "site-header" wrapper around the whole page is not a banner
        if taken and depth - taken[-1][1] <= MAX_REACH:
            continue
        taken.append(candidate)
        pieces, size = [], 0
        for piece in text[first:last]:
            if size > MAX_CHARS:
                break
            pieces.append(piece)
            size += len(piece)
        parts.append(("".join(pieces) + space)[:MAX_CHARS])
    return " \n ".join(parts)
