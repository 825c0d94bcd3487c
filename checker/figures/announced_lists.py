"""The first item of an area list that a sentence of its own announces, the pair named once
there with no figure (corpus-ai, Rakyat Maluku on Kawal Pemilu's Pilpres count):

    "... pasangan Prabowo-Gibran unggul di sembilan kabupaten/ kota." / "Yakni, Ambon 54.84%,
     Buru 61,75%, Kepulauan Aru 77.25%, ..., Seram Bagian Timur (SBT) 50.76%."

The list's sentence opens on a word that says the areas follow ("Yakni", "Yaitu", "Antara
lain", "Di antaranya"), then its first item: a kab/kota's name (its acronym in brackets or not)
right before the figure. The sentence before it, in the same paragraph or the one before, says
where a pair won ("unggul di N kabupaten/kota", "menang di sembilan daerah") and names exactly
one pair; that pair's is the item's figure, at that kab/kota, when the kab/kota is in the pair's
race's area. The next items are read by area_lists.area_item as any list's. Anything else is
left as before: no pair is guessed. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.regions import RegionHit
from checker.figures.wording import capitalised

__all__ = ["announced_item", "without_acronym"]

_S = r"[^\S\n]"
# The list's opening word, then "di" or nothing, then the first item's name right before the
# figure: "Yakni, Ambon ", "Yaitu di Kota Ambon ", "Antara lain Maluku Tengah (Malteng) ".
_OPENS = re.compile(rf"\s*(?:yakni|yaitu|antara{_S}+lain|di{_S}+antaranya)\b{_S}*[,:]?{_S}*"
                    rf"(?:(?:di|ialah|adalah){_S}+)?((?:(?:Kabupaten|Kab\.|Kota){_S}+)?"
                    + capitalised(4) + rf"(?:{_S}*\([A-Z][\w-]*\))?){_S}*[:,]?{_S}*",
                    re.IGNORECASE)
# Where the pair won: "unggul di sembilan kabupaten/ kota", "menang di 9 daerah".
_WON = re.compile(rf"\b(?:unggul|menang|memenangi|memenangkan|berjaya|mendominasi)\b[^.\n]{{0,30}}?"
                  rf"\bdi{_S}+(?:[\w-]+{_S}+){{1,2}}(?:kabupaten(?:{_S}*/{_S}*kota)?|kota|daerah|"
                  rf"wilayah)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d\s*(?:%|persen|suara)", re.IGNORECASE)
_ACRONYM = re.compile(rf"{_S}*\([A-Z][\w-]*\){_S}*[:,]?{_S}*$")


def without_acronym(written: str) -> str:
    """A kab/kota's name without its acronym in brackets: "Maluku Tengah (Malteng)"."""
    return _ACRONYM.sub("", written)


def announced_item(reader, number, scope, area_of):
    """(who, scope) for the first item of such a list, else None. `area_of(reader, written)`:
    the kab/kota a name is (area_lists._area)."""
    text = reader.text
    sentence = reader._start_of(reader.sentences, number.start)
    opening = _OPENS.fullmatch(text, sentence, number.start)
    if opening is None or sentence == 0:
        return None
    before = reader._start_of(reader.sentences, sentence - 1)
    if not reader.same_or_next_paragraph(before, number.start):
        return None  # (the announcing sentence is in this paragraph or the one before)
    if _WON.search(text, before, sentence) is None or _FIGURE.search(text, before, sentence):
        return None
    hit = area_of(reader, without_acronym(opening.group(1)))
    if hit is None:
        return None
    found = reader.pairs_named(before, sentence, scope)
    if len(found) != 1:
        return None
    who = next(iter(found.values()))
    race = who[0].race
    if race.kind not in ("governor", "president") or not hit.code.startswith(race.region):
        return None
    region = RegionHit(hit.code, hit.name, hit.level, opening.start(1), opening.end(1))
    return who, replace(scope, region=region, near=True, unclear=False)
