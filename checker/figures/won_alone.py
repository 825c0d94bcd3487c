"""Where a pair won alone, set against the rest: "Prabowo Unggul di 36 Provinsi, Ganjar Hanya
di Luar Negeri", "Anies Hanya Menang di Aceh dan Sumbar". The places of that clause are no
area of the page (blind hunt 24: a head's "Luar Negeri" made the country's Sirekap shares the
votes abroad's, three false flags on an edited copy). Pure; asked by checker/figures/claims.py
(the head's region and its votes abroad) and checker/figures/scope_gate.py (the lead's)."""

from __future__ import annotations

import re

__all__ = ["alone_spans", "inside"]

# "hanya/cuma (unggul/menang) di ...", "kecuali di ...": to the clause's end.
_ONLY_WON = re.compile(r"\b(?:hanya|cuma|kecuali)(?:\s+(?:unggul|menang|berjaya|jawara|juara))?"
                       r"\s+di\s+[^,:;.|\n]*", re.IGNORECASE)


def alone_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that name where a pair won alone."""
    return [m.span() for m in _ONLY_WON.finditer(text)] if "di " in text else []


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is [start, end) within one of `spans`?"""
    return any(a <= start and end <= b for a, b in spans)
