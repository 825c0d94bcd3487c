"""Where the legislative races of the Pemilu (DPR, DPRD, DPD) are named on a page, and which
area a figure of theirs is counted in (issue 10). The record holds none of these races, so such
a figure is never compared; it is still reported, and it must name the area the page gives it.
A party's or a caleg's count has no pair to carry the race's area, as a Pilpres pair's does, so
a region named paragraphs before is weak evidence (a masthead's "ANTARA Jateng", a kecamatan
that had not begun its recapitulation): the page's own area (its title's, "KPU Cilacap: ...")
when it lies inside that region; that region when it lies inside the page's own (a province's
page going regency by regency); else none.
Patterns and plain values only; from_text.py and collect.py ask."""

from __future__ import annotations

import re

from checker.figures.at_words import find_at_words
from checker.figures.cues import Mark
from checker.figures.parties import PARTY, PARTY_WORD, owning_party
from checker.figures.party_branch import party_board
from checker.figures.places import HOUSE_KEYS, LEGISLATIVE
from checker.figures.regions import RegionHit

__all__ = ["house_area", "house_marks", "party_count"]

_MAX_HOUSES = 500  # marks read on one page (pages are hostile)
# The figure at a position ("92,3%", "80,55 persen"), then the next number of the text.
_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|persen\b)?")
_NEXT_NUMBER = re.compile(r"\d")
_REACH = 160  # how far after a progress its sentence's next figure may be (characters)


def house_marks(text: str) -> list[Mark]:
    """Every legislative word of the text, in order: "dpd" for the senate (DPD, senator),
    "legislative" for the others (DPR, DPRD, caleg, pileg, Dewan Perwakilan ...)."""
    # A party's board ("DPD PDIP", "DPD Partai Golkar") names no race: skipped.
    return [Mark(m.start(), m.end(), "dpd" if m.group().lower() in ("dpd", "senator")
                 else "legislative")
            for _, m in zip(range(_MAX_HOUSES), find_at_words(LEGISLATIVE, text, HOUSE_KEYS))
            if not party_board(text, m.start())]


def house_area(scope, own, name: str | None = None):
    """The area (a RegionHit, or None: unknown) of a legislative figure of `scope` (owned by
    `name`, if read), whose nearest region named before it is scope.region (scope.near: in its
    paragraph, its line or its heading), on a page whose own area is `own`. A party's count the
    page places nowhere (no region before it but the country, none in the title, no dapil, TPS
    or part of the country) is the whole country's: the DPR's national count, as a party list
    under "Hasil Pemilu 2024" gives it (DW, Pikiran Merdeka, corpus-ar). A caleg's own count is
    a dapil's, a senator's a province's, a DPRD's its legislature's: left unknown."""
    region, near = scope.region, scope.near
    if own is None and (region is None or region.code == ""):  # (or only the country named)
        owner = name is None or PARTY.match(name) is not None or \
            LEGISLATIVE.match(name) is not None  # a party, or the house ("Dewan Perwakilan ...")
        whole = owner and not (scope.place or scope.lower or scope.partial or scope.senate)
        return (region or RegionHit("", "", 0, 0, 0)) if whole else None
    if region is None or near:
        return region if region is not None else own
    if own is None or own.code is None:
        return None  # a caption's "Petugas PPK Tatanga, Palu" before a party's national count
    if region.code is not None and own.code.startswith(region.code):
        return own  # "ANTARA Jateng" paragraphs before, a page about KPU Cilacap: Cilacap
    if region.code is not None and region.code.startswith(own.code):
        return region  # a page about Sulsel, area by area: "Di Kabupaten Takalar, ..." before
    return None  # an area outside the page's own, named paragraphs before: either's, or neither


def party_count(layout, position: int) -> bool:
    """Is the progress at `position` the count of a legislative race: the next figure of its
    sentence a party's ("Menurut quick count ... tingkat nasional dengan 92,3% data masuk, PDIP
    berada di urutan pertama dengan 15,85%"), as a progress before the pairs' shares is the
    pairs' race's (owners.race_of_pairs_after)?"""
    text = layout.text
    figure = _FIGURE.match(text, position)
    if figure is None:
        return False
    end = min(layout._where(position)[1], position + _REACH, len(text))
    if PARTY_WORD.search(text, figure.end(), end) is None:
        return False  # (asked of every progress: most sentences name no party)
    after = _NEXT_NUMBER.search(text, figure.end(), end)
    return after is not None and owning_party(text, after.start(), figure.end()) is not None
