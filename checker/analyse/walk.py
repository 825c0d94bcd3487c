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
    # An open entry is (node, depth); a close entry also carries what its opening worked
    # out: (node, depth, candidate, lowered tag, is element, inline, content element).
    stack: list[tuple] = [(body, 0)]
    while stack:
        entry = stack.pop()
        if len(entry) == 7:
            node, depth, candidate, lowered, is_element, inline, content = entry
            tail = (node.tail or "") if node is not body else ""
            space = " " if is_element and not inline else ""
            if space + tail:
                text.append(space + tail)
            if candidate is not None:
                candidate[3] = len(text) - (1 if space + tail else 0)
                candidate[6] = contents
                candidate[7] = order
            if lowered in _NOT_PROSE:
                muted -= 1
            elif not muted and prose_size <= prose_limit:
                edge = "" if not is_element else ("\x00" if inline else "\n")
                piece = edge + NEWLINES.sub(" ", tail) if tail else edge
                if piece:
                    prose.append(piece)
                    prose_size += len(piece)
            if content:
                open_content.pop()
            continue
        node, depth = entry
        tag = node.tag
        is_element = isinstance(tag, str)
        lowered = tag.lower() if is_element else ""
        inline = lowered in INLINE
        content = is_element and tag in CONTENT
        this = order
        order += 1
        if lowered in _NOT_PROSE:
            if not muted and prose_size <= prose_limit:
                tail = node.tail
                piece = "\n" + NEWLINES.sub(" ", tail) if tail else "\n"
                prose.append(piece)
                prose_size += len(piece)
            muted += 1
        if is_element and lowered in _HIDDEN and node is not body:
            stack.append((node, depth, None, lowered, is_element, inline, content))
            continue
        space = " " if is_element and not inline else ""
        own = (node.text or "") if is_element else ""
        candidate = None
        if is_element and this < MAX_ELEMENTS and not content and is_chrome(node) and \
                not (open_content and depth - open_content[-1] <= MAX_REACH):
            candidate = [this, depth, len(text), 0, space, contents, 0, 0]
            candidates.append(candidate)
        if space + own:
            text.append(space + own)
        if not muted and prose_size <= prose_limit and is_element and own:
            piece = ("\x00" if inline else "\n") + NEWLINES.sub(" ", own)
            prose.append(piece)
            prose_size += len(piece)
        elif not muted and prose_size <= prose_limit and is_element:
            prose.append("\x00" if inline else "\n")
            prose_size += 1
        if content:
            contents += 1
            open_content.append(depth)
        stack.append((node, depth, candidate, lowered, is_element, inline, content))
        stack.extend([(child, depth + 1) for child in reversed(node)])
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
