"""A region's name that ends a building's: "rapat pleno di Pendopo Kabupaten Jember" sat in
the regent's hall of Jember; the figures the plenary adopted are of the race it recapitulated
(Pilgub Jatim's, 58,81 %), not Jember's. Taken as the page's area, the province's shares were
held as figures of a place below it (tests/test_fix_known10.py). The hall, the building or
the hotel is where a meeting sat, as places.venue's "di Gedung KPU, Jakarta" is; the area
a page reports on is named otherwise ("KPU Jember", "Pilbup Jember", "di Jember"). Pure."""

from __future__ import annotations

import re

__all__ = ["in_building"]

# The building's word (a regent's or governor's hall, a building, a hall, a guesthouse, a
# hotel), perhaps its epithet, then the region with or without its prefix. Not "Balai Kota"
# nor "Kantor Bupati": the city hall and the regent's office name the body more than a room.
_BUILDING = re.compile(r"\b(?:[Pp]endopo|[Pp]endapa|PENDOPO|[Gg]edung|[Aa]ula|[Ww]isma|[Gg]raha|"
                       r"[Hh]otel)(?:[^\S\n]+(?:[Aa]gung|[Uu]tama|[Ss]erbaguna|[Rr]apat))?"
                       r"[^\S\n]+$")
_WORDS = ("endopo", "endapa", "ENDOPO", "edung", "ula", "isma", "raha", "otel")


def in_building(text: str, region) -> bool:
    """Does a building's word stand right before the region's name (its prefix included)?"""
    near = text[max(0, region.start - 30):region.start]
    return any(word in near for word in _WORDS) and \
        _BUILDING.search(text, max(0, region.start - 30), region.start) is not None
