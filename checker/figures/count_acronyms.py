"""A short name the page gives a count, spelled out once, names that count wherever the page
writes it again (from_text's claim-type marks, through speaker_count.carried_counts). Pure.

"Tim Pecat (Penghitungan Cepat) Jaringan Pemred Sumbar" (blind hunt 7, mimbarsumbar.id, Pilbup
Pesisir Selatan): later "hasil Tim Pecat JPS" is that quick count, even after the page named
Sirekap in between. Both ways of writing it: "Pecat (Penghitungan Cepat)" and "hitung cepat
(HC)". The short name is one capitalised word of 2 to 8 letters opening with the phrase's first
letter, matched again as written (case and all: "pecat" is also the verb "to fire")."""

from __future__ import annotations

import re

from checker.figures.cues import Mark

__all__ = ["with_count_acronyms"]

_BEFORE = re.compile(r"\b([A-Z][A-Za-z]{1,7})[^\S\n]*\([^\S\n]*$")     # "Pecat (" + phrase
_AFTER = re.compile(r"[^\S\n]*\)")                                       # ... + ")"
_BRACKETED = re.compile(r"[^\S\n]*\([^\S\n]*([A-Z][A-Za-z]{1,7})[^\S\n]*\)")  # phrase + "(HC)"
_MOST = 200  # marks one short name adds (a hostile page may repeat it endlessly)


def _short_name(text: str, mark: Mark) -> str | None:
    first = text[mark.start:mark.start + 1].lower()
    before = _BEFORE.search(text, max(0, mark.start - 12), mark.start)
    if before is not None and _AFTER.match(text, mark.end):
        name = before.group(1)
    else:
        after = _BRACKETED.match(text, mark.end)
        name = after.group(1) if after is not None else None
    return name if name is not None and name[0].lower() == first else None


def with_count_acronyms(text: str, marks: list[Mark]) -> list[Mark]:
    """`marks` (claim-type marks of `text`, in order) with a mark of the same count wherever
    a short name the page spells out as one stands on its own."""
    added: list[Mark] = []
    taken = {(m.start, m.end) for m in marks}
    for mark in marks:
        name = _short_name(text, mark)
        if name is None:
            continue
        for _, found in zip(range(_MOST), re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)):
            span = (found.start(), found.end())
            if span not in taken and not _defines(text, found.end(), mark):
                taken.add(span)
                added.append(Mark(found.start(), found.end(), mark.value, mark.extra))
    return sorted(marks + added, key=lambda m: m.start) if added else marks


def _defines(text: str, end: int, mark: Mark) -> bool:
    """Is the name at `end` the definition itself (right before or inside the brackets)?"""
    return mark.start - 12 <= end <= mark.end + 12
