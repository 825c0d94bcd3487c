"""A site's name in capitals that holds a region's name, opening the story's first line
before the place it was filed from: "ZONA KALBAR, NASIONAL – Lembaga survei ..." (blind hunt
36, page 23; fix-s38b). "KALBAR" there is the newsroom's name, not the page's area: read as
an area statement it made a Pilpres page Kalimantan Barat's (the figures held
`page_region_below`, or given Kalbar's area). So are "RAKYAT JATENG, JAKARTA –", "SUARA SUMUT,
MEDAN –". Only at a line's start, the capitals run (a word or three, none a race's or an
office's: "PILGUB KALBAR, PONTIANAK –" names the race) holding the region, then a comma, the
filing place or desk, a dash and a sentence's first word (not a figure: a list item). Pure."""

from __future__ import annotations

import re

__all__ = ["caps_masthead"]

# The capitals before the region on its line: the rest of the site's name
_BEFORE = re.compile(r"[^\S\n]*(?:[A-Z][A-Z0-9&.-]+[^\S\n]+){1,3}")
# Words that make the capitals a heading about a race or an office, not a site's name
_RACE = re.compile(r"\b(?:PIL\w*|PEMILU|PEMILIHAN|HASIL|KPU\w*|BAWASLU|DPRD|DPR|REAL|QUICK|"
                   r"REKAP\w*|PROVINSI|PROV|KABUPATEN|KAB|KOTA|GUBERNUR|BUPATI|WALI\w*|CAGUB|"
                   r"CABUP|PASLON|DAPIL|TPS)\b")
# After the region: a comma, the filing place or desk in one to three words, a dash, then a
# word that starts the story
_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*[A-Za-z][\w.-]*(?:[^\S\n]+[A-Za-z][\w.-]*){0,2}[^\S\n]*"
                    r"(?:-{1,2}|\u2013|\u2014)[^\S\n]*[\u201c\"]?[A-Z][A-Za-z]")


def caps_masthead(text: str, line: int, start: int, end: int) -> bool:
    """Is the region at [start, end), on the line beginning at `line`, the capitals of a site's
    name that opens the line before the filing place and the dash?"""
    lead = text[line:start]
    if not lead.strip() or not text[start:end].isupper() or not _BEFORE.fullmatch(lead) or \
            _RACE.search(lead):
        return False
    return _AFTER.match(text, end) is not None
