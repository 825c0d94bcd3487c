"""A dateline written with a colon ("Jakarta: Ketua KPU ...", "JAKARTA: ...", "Jakarta, 21
Maret 2024: ...", "Jakarta (ANTARA): ..."), the form some outlets use where others write
"Jakarta -": where the report was written, never the area of the figures it gives
(places.dateline tells the dash, agency and masthead forms; blind run, a national count put
on DKI Jakarta by its newsroom's "Jakarta:").

A line that opens with a place and a colon is also how a list of areas is written
("Jawa Barat: Prabowo-Gibran 58,6 persen"), so the colon form is a dateline only as the
dash form is: at the start of a line among the text's first few, followed by a sentence of
prose (a capitalised word, no figure soon after the colon), with no line opening that way
right before or after it (a list's items are on lines in a row), and only for a city's name
(a newsroom sits in a city; "Sumatera Barat:" opens a province's item). Pure."""

from __future__ import annotations

import re

__all__ = ["colon_dateline"]

# After the place: a date ("Jakarta, 21 Maret 2024:", "Jakarta, Senin (20/3):"), a news
# agency in brackets, then the colon and a capitalised word of running prose.
_AFTER = re.compile(r"(?:,[^\S\n]*[^\n:.]{1,28}?)?[^\S\n]*(?:\([A-Za-z/.&\s]{2,24}\)[^\S\n]*)?"
                    r":[^\S\n]+[\"'\u201c]?[A-Z][^\n\d]{40}")
# A line that opens with a capitalised name (up to four words) and a colon: a dateline, or an
# item of a list of places ("Jawa Tengah: Ganjar-Mahfud 34,39 persen").
_COLON_LINE = re.compile(r"[^\S\n]*[A-Z][\w.]*(?:[ ,]+[A-Za-z0-9][\w.()/]*){0,4}[^\S\n]*:[^\S\n]")
_FIRST_LINES = 4


def _listed(text: str, line: int) -> bool:
    """Is the line starting at `line` one of a list of such lines: does the line before or
    after it (blank lines skipped) open with a name and a colon too? ("Baca juga: ..." or
    "Editor: ..." further down the page are no list.)"""
    end = len(text[:line].rstrip())
    before = text.rfind("\n", 0, end) + 1
    after = text.find("\n", line)
    return end > 0 and _COLON_LINE.match(text, before, end) is not None or \
        after >= 0 and _COLON_LINE.match(text, after + len(text[after:after + 200]) -
                                         len(text[after:after + 200].lstrip())) is not None


def colon_dateline(text: str, line: int, region) -> bool:
    """Is `region` (a RegionHit), which opens the line starting at `line`, a dateline written
    with a colon? A newsroom's city: a kab/kota, or a name of one word ("Jakarta", "Ambon");
    "Sumatera Barat: ..." opens an item on a province."""
    if region.level != 2 and len(text[region.start:region.end].split()) > 1:
        return False
    at = -1
    for _ in range(_FIRST_LINES):  # (not text.count: a page may have thousands of such lines)
        at = text.find("\n", at + 1, line)
        if at < 0:
            break
    else:
        return False
    return _AFTER.match(text, region.end) is not None and not _listed(text, line)
