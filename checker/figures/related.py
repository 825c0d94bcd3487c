"""Another article's headline inside this one ("Baca juga: ...", "Berita terkait: ..."): a
link to a page the reader did not open (issue 10, corpus-i). Its figure is that article's:
the words around it here (this article's area, count, election) say nothing about it, so it
stands only where the line itself names a pair of the record; a name the record lacks
("Suara Jokowi Tembus 60 Juta") is left unread rather than given this article's scope. Nor
is the race the line names the race of an article whose head names none ("Baca juga  Syarat
Calon Perseorangan di Pilgub Kaltara 2024" in a story of the Pilpres count: corpus-j). Pure."""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["line_starts", "outside", "related", "related_lines"]

_RELATED = re.compile(r"[^\S\n]*(?:baca|simak|lihat)[^\S\n]+(?:juga|pula)\b|[^\S\n]*(?:berita|"
                      r"artikel)[^\S\n]+terkait\b", re.IGNORECASE)


def related(layout, number) -> bool:
    """Whether the paragraph (a line of the page) holding `number` opens as a link to a
    related article."""
    line = layout._start_of(layout.paragraphs, number.start)
    return _RELATED.match(layout.text, line) is not None


def related_lines(text: str, paragraphs: list[int]) -> list[tuple[int, int]]:
    """The spans of the lines (paragraphs) that open as a link to a related article (one
    anchored match per line)."""
    spans = []
    for start in paragraphs:
        if _RELATED.match(text, start) is not None:
            end = text.find("\n", start)
            spans.append((start, len(text) if end < 0 else end))
    return spans


def outside(marks: list, spans: list[tuple[int, int]]) -> list:
    """`marks` (sorted by start) without those inside a related article's line (a line's own
    figures keep its marks: they are read apart, in from_text)."""
    if not spans:
        return marks
    starts = [a for a, _ in spans]
    kept = []
    for mark in marks:
        index = bisect_right(starts, mark.start) - 1
        if index < 0 or mark.start >= spans[index][1]:
            kept.append(mark)
    return kept


def line_starts(text: str) -> list[int]:
    """Where each line of `text` starts."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]
