"""A pair's kecamatan list in prose, each count in brackets after the kecamatan's name
(issue 10, corpus-m cause 2):

    "Perinciannya: Kecamatan Gerokgak (15.381), Seririt (15.835), ..., Tejakula (5857)."
    "Koster-Giri unggul di 8 kecamatan, yakni Kecamatan Gerokgak (28.569), Seririt (22.959)"
    "perolehan Mulia-PAS adalah Gerokgak 19.487, Seririt (18.832), ..." (the first item bare)

A bracketed number with no unit is no figure on its own (figure_kind reads none). It is read
here only when the name right before its bracket is a kecamatan the record holds under the
race of the pair whose figure came just before (same paragraph or the one before): that pair's
votes in that kecamatan, at the kecamatan's code. A name the record does not hold as one
kecamatan of the race's area gives nothing: no figure is guessed, and "Kecamatan Buleleng" is
never read as the regency Buleleng.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.asides import list_intro
from checker.figures.regions import RegionHit, kecamatans_named

__all__ = ["bracket_item"]

# "Kecamatan Gerokgak (" or ", Seririt (": the name, capitalised, right before the bracket.
_NAME = re.compile(r"(?:(?:Kecamatan|Kec\.)\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*\($")
_CLOSE = re.compile(r"\s*\)")
# The list's first item may have no bracket when the next one has ("Gerokgak 19.487, Seririt
# (18.832), ..."): its name right before the count, the next bracketed item right after it.
_BARE_NAME = re.compile(r"(?:(?:Kecamatan|Kec\.)\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+$")
_NEXT_BRACKETED = re.compile(r"\s*,\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*\(\d")
# The list's first item names its level: "Kecamatan Gerokgak (15.381)".
_LIST_HEAD = re.compile(r"(?:Kecamatan|Kec\.)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s*\(\d")
_REACH = 60


def _kecamatan(record, race_region: str, written: str) -> tuple[str, str] | None:
    """The one kecamatan of the race's area the record names so, else None."""
    if record is None or len(race_region or "") not in (2, 4):
        return None
    found = kecamatans_named(record, race_region, written)
    return (found[0].code, found[0].name) if len(found) == 1 else None


def bracket_item(reader, number, previous):
    """(who, scope) for a bracketed unit-less count after a kecamatan's name, else None.
    The figure's scope is asked (reader.scope) only once the count is seen to be such an
    item: the reader asks this of every number that is no figure (half of a news page's),
    and a scope is a quarter of a figure's reading (reader.scope is a pure function of the
    position and the regions figured so far: asking it later gives the same)."""
    if number.unit is not None or previous is None or previous[2][0] is None:
        return None
    text = reader.text
    # (the name starts in the count's paragraph: "... Persen\nKecamatan Mandonga (7.758)")
    low = max(text.rfind("\n", 0, number.start) + 1, number.start - _REACH)
    if _CLOSE.match(text, number.end) is not None:
        name = _NAME.search(text, low, number.start)
    elif _NEXT_BRACKETED.match(text, number.end) is not None:
        name = _BARE_NAME.search(text, low, number.start)
    else:
        return None
    if name is None or name.start() < previous[1]:
        return None
    # "Koster-Giri unggul di 8 kecamatan, yakni Kecamatan Gerokgak (28.569)": the pair the
    # sentence names before its list, if any, not the one of the figure before.
    sentence = reader._start_of(reader.sentences, number.start)
    scope = reader.scope(number.start)
    who = previous[2] if reader.same_or_next_paragraph(previous[1], number.start) else \
        list_intro(reader, previous, number.start, scope)  # (over an aside, an intro)
    if who is None or who[0] is None:
        return None
    for a, b in reader.runs(max(sentence, previous[1]), name.start()):
        named = reader.name_of(a, b, scope)
        if named[0] is not None:
            who = named
    race = who[0].race
    hit = None if race.kind == "president" else \
        _kecamatan(reader.out.record, race.region, name.group(1))
    if hit is None:
        # A list's item the record holds no kecamatan for: the pair's count below the
        # record's level, held (lower_level), if the list says it is one of kecamatan.
        if _LIST_HEAD.search(text, sentence, number.start + 1) is None:
            return None
        return who, replace(scope, lower=True, near=False)
    region = RegionHit(hit[0], hit[1], 3, name.start(1), name.end(1))
    return who, replace(scope, region=region, near=True, unclear=False, lower=False)


# A count said of one kecamatan in so many words (corpus-m, detikBali):
#   "Sutjidra-Supriatna meraih 23.858 suara di Kecamatan Sukasada, ..."
#   "Mulia-PAS hanya menang di Kecamatan Busungbiu dengan 12.612 suara, melawan Koster-Giri
#    yang di kecamatan tersebut mendapat 10.815 suara"
_KEC = r"(?:Kecamatan|Kec\.)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})"
_AFTER = re.compile(r"\s*(?:suara\s+)?di\s+" + _KEC)
_BEFORE = re.compile(_KEC + r"\s+dengan\s+(?:perolehan\s+)?$")
# "... menang di Kecamatan Belinyu dengan 11.474 suara, sedangkan kotak kosong di sana meraih
# 5.532 suara" (corpus-az, Newsurban): "di sana"/"di situ" point back the same way
_THAT_ONE = re.compile(r"\bdi\s+(?:kecamatan\s+(?:tersebut|itu)|sana|situ)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)
_ANY_KEC = re.compile(_KEC)


def named_kecamatan(reader, number, sentence: int, who, scope):
    """The scope at the kecamatan a pair's count is said of, where the record holds it under
    the pair's race; else the scope as it was (held below the record's level)."""
    if not scope.lower or scope.place or who is None or who[0] is None or \
            who[0].race.kind == "president":
        return scope
    text = reader.text
    low = max(sentence, number.start - _REACH)
    after = _AFTER.match(text, number.end)
    before = _BEFORE.search(text, low, number.start)
    if after is not None:
        written = after.group(1)
    elif before is not None:
        written = before.group(1)
    elif _THAT_ONE.search(text, low, number.start):
        names = {m.group(1) for m in _ANY_KEC.finditer(text, sentence, number.start)}
        if len(names) != 1:
            return scope
        written = names.pop()
    else:
        return scope
    hit = _kecamatan(reader.out.record, who[0].race.region, written)
    if hit is None:
        return scope
    region = RegionHit(hit[0], hit[1], 3, number.start, number.end)
    return replace(scope, region=region, near=True, unclear=False, lower=False)
