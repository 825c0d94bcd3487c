"""The paragraph that introduces a table ("Berikut hasil quick count ... per provinsi menurut
<pollster>", "... adalah sebagai berikut"): its words say what the table's figures are (a
pollster's estimate, the KPU's count, one kab/kota's), so pagedata.tables() adds it to the
table's context. Outlets often end it without a colon and put a label line ("Tabel 1"), an
empty paragraph or a wrapper (<figure class="wp-block-table">) between it and the table: those
are skipped.

The paragraph right before the table introduces it when it ends in a colon or says it does
(rules/vocabulary.yaml table_lead_ins: "berikut", "di bawah ini", "per provinsi" ...). Any
other paragraph there is about something else (an earlier survey, the KPU's schedule): it
gives the table nothing, so a results table after it keeps its own basis. A heading right
before the table is its context already (pagedata.tables)."""

from __future__ import annotations

import re
from functools import lru_cache

# A label line alone: "Tabel 1", "Table", "Grafik 2.", "Gambar (1)".
_LABEL = re.compile(r"(?:tabel|table|grafik|gambar|diagram|infografis|chart)\b[\s\d.:()-]{0,8}",
                    re.IGNORECASE)
_WRAPPERS = ("figure", "div", "section", "center", "span")
_STEPS = 4  # labels skipped and wrappers left, at most


@lru_cache(maxsize=8)
def _introducing(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)")


def _before(element):
    """The element sibling before `element` (comments and processing instructions skipped)."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


def lead_in(table, text, words: tuple[str, ...]) -> str:
    """The text of the paragraph introducing `table`, or "". `text(element)` reads an
    element's visible text."""
    element = table
    for _ in range(_STEPS):
        before = _before(element)
        if before is None:  # the table opens its wrapper: what comes before the wrapper
            parent = element.getparent()
            if parent is None or not isinstance(parent.tag, str) or \
                    parent.tag.lower() not in _WRAPPERS:
                return ""
            element = parent
            continue
        said = text(before).strip()
        if not said or _LABEL.fullmatch(said):  # a label, or an empty <p>&nbsp;</p>, an image
            element = before
            continue
        if before.tag.lower() != "p":
            return ""
        pattern = _introducing(tuple(words))
        if said.endswith(":") or (pattern is not None and pattern.search(said.lower())):
            return said
        return ""
    return ""
