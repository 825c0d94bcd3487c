"""A head of region's title right before a candidate of another race is the person's office,
not the figure's area (fix-s38b, from blind hunt 36's probe). Pure given the matcher.

"Wali Kota Medan Bobby Nasution unggul 64,52 persen di Pilgub Sumut": "Medan" says who Bobby
is (the city's mayor), not where the share was counted; read as the figure's area it made the
province's 64,52 Medan's and graded it `minor` against Medan's 63.55. Likewise "Gubernur Jawa
Tengah Ganjar Pranowo meraih 16,47 persen" on the Pilpres, "Bupati Purwakarta Dedi Mulyadi" on
Jawa Barat's governor race. The title, its area, then the name (no word of candidacy before the
title: "calon Wali Kota Medan Rico Waas" is the race's, office_titles.CANDIDACY), and the name
is a candidate of a race of another level in the record (governor or president for a regent or
mayor, president for a governor) and of no race of the title's own level in that area: a mayor
re-running for mayor ("Wali Kota Surabaya Eri Cahyadi meraih ...") keeps his city, so does any
official who is nobody's candidate (an official on duty where votes were counted).
"""

from __future__ import annotations

import re

from checker.figures.office_titles import CANDIDACY, HOLDER_NAME
from checker.figures.residence import held_office, neighbour, residence
from checker.figures.wording import may_hold

__all__ = ["held_title", "person_hit", "person_places"]

# The title and a province's or city's prefix, right before the place ("Wali |Kota Medan|":
# a hit that begins with its own "Kota" leaves "Wali")
_TITLE = re.compile(r"\b(?P<office>gubernur|bupati|wali(?:\s*kota)?)\s+(?:(?:provinsi|prov\.|dki|"
                    r"daerah\s+istimewa|kabupaten|kab\.|kota)\s+)?$", re.IGNORECASE)
# A word every _TITLE match holds, lower case: asked first of the 40 characters before each
# region the prose names (145 a 20 KB news page), where _TITLE was tried at each position.
_TITLE_WORDS = ("gubernur", "bupati", "wali")
_OTHER_KINDS = {"governor": ("president",), "regent_mayor": ("governor", "president")}


def person_places(text: str, mentions: list, matcher) -> list:
    """The region hits of `mentions` that say something of a person (where he lives, an office
    he holds or held), no count's area; their words are no part of the name after them
    either ("Wali Kota Medan Bobby Nasution": the name is "Bobby Nasution")."""
    return [r for r in mentions if person_hit(text, r, matcher)]


def person_hit(text: str, hit, matcher) -> bool:
    """Does the region `hit` say where a person lives or an office he holds or held, or what
    borders the place spoken of (residence.neighbour: no count's area either)?"""
    return residence(text, hit) or neighbour(text, hit) or held_title(text, hit, matcher)


def held_title(text: str, mention, matcher) -> bool:
    """Is the region `mention` part of a title a person holds or held (residence.held_office),
    or the office of a candidate of another race named right after it?"""
    return held_office(text, mention) or _other_race_holder(text, mention, matcher)


def _other_race_holder(text: str, mention, matcher) -> bool:
    if not may_hold(text, max(0, mention.start - 40), mention.start, _TITLE_WORDS):
        return False
    title = _TITLE.search(text, max(0, mention.start - 40), mention.start)
    if title is None or not mention.code or \
            CANDIDACY.search(text, max(0, title.start() - 30), title.start()):
        return False
    name = HOLDER_NAME.match(text, mention.end)
    if name is None or text[mention.end - 1:mention.end] in ".!?":
        return False  # ("Gubernur Jawa Tengah. Prabowo-Gibran ...": a hit may end a sentence)
    own = "governor" if title.group("office").lower() == "gubernur" else "regent_mayor"
    written = name.group().strip()
    if matcher.candidate(written, matcher.races_for(mention.code, own)) is not None:
        return False  # his own race's candidate there: the mayor re-running
    return any(matcher.candidate(written, kind=kind) is not None for kind in _OTHER_KINDS[own])
