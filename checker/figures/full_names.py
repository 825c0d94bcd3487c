"""A person the page names in full, then by one word of that name ("Aria Bima", then "kata
Aria"): the one word is that person, not a namesake candidate of a race in a region the page
never names (a DKI campaign secretary is not Mataram's LALU ARIA DHARMA). Asked only of a
one-word name that the page's own races do not know and that every race matched."""

from __future__ import annotations

import re

from checker.figures.matching import fold

_CAPITAL = r"[A-Z][\w'\u2019-]+"
# Region words stripped before a race's region name is looked for on the page.
_PREFIXES = ("KABUPATEN ", "KOTA ", "PROVINSI ", "KAB. ", "ADM. ")


def _full_names(text: str, word: str) -> list[str]:
    """The runs of capitalised words around `word` as the page writes it ("Aria Bima"). A
    word before it counts only mid-sentence: "Kata Aria" opens a sentence, it is no name."""
    w = re.escape(word)
    found = re.finditer(rf"(?:(?<=[a-z,] ){_CAPITAL}\s+)?(?<!\w){w}(?!\w)(?:\s+{_CAPITAL})?",
                        text)
    return [m.group(0) for m in found if m.group(0) != word]


def _named(text: str, names) -> bool:
    """Whether the page writes one of a region's names (without its Kota/Kabupaten word)."""
    for name in names:
        bare = name.upper()
        for prefix in _PREFIXES:
            if bare.startswith(prefix):
                bare = bare[len(prefix):]
        if len(bare) >= 3 and re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", text, re.I):
            return True
    return False


def someone_else(text: str, word: str, found, matcher, record) -> bool:
    """Whether `word`, matched to `found` only across every race, is rather a person the page
    names in full: beside another capitalised word that is no word of `found`'s name, while
    neither the race's region nor its province is named on the page."""
    if " " in word.strip() or record is None:
        return False
    region = found.race.region
    if not region or _named(text, [n for code in dict.fromkeys((region, region[:2]))
                                   for n in record.names_of(code)]):
        return False
    own = set(matcher.written_tokens(found.name))
    for full in _full_names(text, word):
        others = [t for t in matcher.written_tokens(full) if t != fold(word)]
        if others and not own.intersection(others):
            return True
    return False
