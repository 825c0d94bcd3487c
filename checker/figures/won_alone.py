"""Where a pair won alone, set against the rest: "Prabowo Unggul di 36 Provinsi, Ganjar Hanya
di Luar Negeri", "Anies Hanya Menang di Aceh dan Sumbar". The places of that clause are no
area of the page (blind hunt 24: a head's "Luar Negeri" made the country's Sirekap shares the
votes abroad's, three false flags on an edited copy). Pure; asked by checker/figures/claims.py
(the head's region and its votes abroad) and checker/figures/scope_gate.py (the lead's).

Nor are the places of the country named whole with its votes abroad ("7,27 persen itu berasal
dari 59.836 TPS baik di dalam maupun luar negeri", "38 provinsi dan luar negeri": places.NATIONAL)
a subject of the lead: blind hunt 43 (teropongmedia, Sirekap of 14 Feb 2024) took that "luar
negeri" for the page's area, and every figure of the page was held as the votes abroad's."""

from __future__ import annotations

import re

from checker.figures.places import national_mentions

__all__ = ["alone_spans", "inside", "not_subject_spans"]

# "hanya/cuma (unggul/menang) di ...", "kecuali di ...": to the clause's end.
_ONLY_WON = re.compile(r"\b(?:hanya|cuma|kecuali)(?:\s+(?:unggul|menang|berjaya|jawara|juara))?"
                       r"\s+di\s+[^,:;.|\n]*", re.IGNORECASE)


_PUNCT = re.compile(r"[^\w\s]*")


def alone_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that name where a pair won alone."""
    return [m.span() for m in _ONLY_WON.finditer(text)] if "di " in text else []


def not_subject_spans(text: str) -> list[tuple[int, int]]:
    """alone_spans, and the spans naming the country whole with its votes abroad (with the
    stop after them: a region's hit runs to the end of its last word's token, "negeri.")."""
    return alone_spans(text) + [(hit.start, _PUNCT.match(text, hit.end).end())
                                for hit in national_mentions(text)]


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) within one of `spans`?"""
    return any(a <= start and end <= b for a, b in spans)
