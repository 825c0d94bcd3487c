"""A region's short name that is a word of a candidate's own name, as the page writes it, is
the person, not a place (caught-s39, from corpus-bd). Pure given the matcher.

iNewsFlores on KPU Manggarai's plenary: "... serta pasangan nomor urut 03, Yohanes Halut dan
Thomas Dohu (Yohan-Thomas), ... 44.357 suara atau 26,55 persen". "Halut" is Halmahera Utara's
short name (rules/regions.yaml), so the sentence's figures were read as about a regency of
Maluku Utara and held `region_conflict`; the runner-up's "38,18 persen", which the page's own
counts contradict (30,94), was never set beside them.

A hit is the person's only when the name word(s) written right before it and the hit together
name one candidate of the record, and the hit and each of those words are words of that
candidate's name: "Yohanes Halut" (YOHANES HALUT, S.TP.). A title or a place word before the
hit ("Bupati Halut", "Kabupaten Halut", "di Halut") is no word of a name, so the hit stays a
place; so does a hit after a name it is no word of ("Bobby Nasution Medan").
"""

from __future__ import annotations

import re

__all__ = ["name_word"]

# Up to two capitalised words right before the hit, on its line ("Yohanes |Halut|").
_BEFORE = re.compile(r"(?:[A-Z][A-Za-z'’-]+[ \t]+){1,2}$")


def name_word(text: str, hit, matcher) -> bool:
    """Is the region `hit` a word of a candidate's name written there?"""
    own = matcher.written_tokens(text[hit.start:hit.end])
    if not own or not all(matcher.is_name_word(word) for word in own):
        return False
    before = _BEFORE.search(text, max(0, hit.start - 60), hit.start)
    if before is None:
        return False
    words = matcher.written_tokens(before.group())
    if not words or len(words) != len(before.group().split()):
        return False  # a title or a stop word before the hit: no run of a name
    found = matcher.candidate(before.group() + text[hit.start:hit.end])
    if found is None:
        return False
    name = set(matcher.written_tokens(found.name))
    return set(own) <= name and set(words) <= name
