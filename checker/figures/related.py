"""Another article's headline inside this one ("Baca juga: ...", "Berita terkait: ..."): a
link to a page the reader did not open (issue 10, corpus-i). Its figure is that article's:
the words around it here (this article's area, count, election) say nothing about it, so it
stands only where the line itself names a pair of the record; a name the record lacks
("Suara Jokowi Tembus 60 Juta") is left unread rather than given this article's scope. Pure."""

from __future__ import annotations

import re

__all__ = ["related"]

_RELATED = re.compile(r"[^\S\n]*(?:baca|simak|lihat)[^\S\n]+(?:juga|pula)\b|[^\S\n]*(?:berita|"
                      r"artikel)[^\S\n]+terkait\b", re.IGNORECASE)


def related(layout, number) -> bool:
    """Whether the paragraph (a line of the page) holding `number` opens as a link to a
    related article."""
    line = layout._start_of(layout.paragraphs, number.start)
    return _RELATED.match(layout.text, line) is not None
