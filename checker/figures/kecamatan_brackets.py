"""A pair's counts after kecamatan names written without the word "Kecamatan", in brackets or
not (issue 10, regency level; Harian OKU Selatan on the Sumsel governor race in Palembang):

    "Di Palembang, ERA unggul di Sukarami (38.326 suara), Ilir Barat I (33.972 suara), dan
     Kalidoni (26.004 suara)."          ("... di Sukarami 38.326 suara, Kalidoni 26.004 suara")

The name right before the figure or its bracket is a kecamatan only where the record holds
exactly one kecamatan of that name in the kab/kota the figure is already placed in (the regent's
or mayor's own, or for a governor's or the president's race the kab/kota its scope names) and
the count fits in it; a name that is itself a kab/kota is none. The next items of the list take
the pair of the item before when only a separator stands between them, and only when their own
name is such a kecamatan: otherwise nothing is read, no area is guessed. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.kecamatan_said import beyond_kecamatan
from checker.figures.regions import RegionHit, kecamatans_named
from checker.figures.wording import capitalised

__all__ = ["bracketed_kecamatan", "next_bracketed"]

# "Sukarami (" / ", Ilir Barat I (" / "Kalidoni ": capitalised words (a Roman numeral too)
# right before the figure or its bracket.
_NAME = re.compile(r"(?<![\w-])(" + capitalised(4) + r")[^\S\n]*(\()?$")
_CLOSE = re.compile(r"[^\S\n]*\)")
# An item with no bracket ends at a separator or the sentence's end.
_ITEM_END = re.compile(r"[^\S\n]*(?:[,;.]|(?:dan|serta)\b|$)")
# The item before: its name, then its count, in brackets or not (up to where the count ends).
_ITEM_BEFORE = re.compile(capitalised(4) + r"[^\S\n]*\(?\d[\d.]*"
                          r"[^\S\n]*(?i:suara)$")
# Between one item's count (or its closing bracket) and the next item's name.
_SEPARATOR = re.compile(r"[^\S\n]*[,;]?[^\S\n]*(?:(?:dan|serta)[^\S\n]+)?")
# A sentence that opens on where the pair of the sentence before got most of its votes, "-nya"
# pointing back to it: "Lumbung suara terbesarnya berada di Sukarami (38.326 suara), ...".
_ITS_MOST = re.compile(r"[^\S\n]*(?:lumbung|basis|kantong)?[^\S\n]*(?:suara|perolehan"
                       r"(?:[^\S\n]+suara)?)[^\S\n]+(?:terbesar|tertinggi|terbanyak)nya[^\S\n]+"
                       r"(?:(?:berada|ada|tercatat|diraih)[^\S\n]+)?di[^\S\n]+$", re.IGNORECASE)
_REACH = 50
# "Ilir Barat I" is the record's ILIR BARAT SATU: a numbered kecamatan's Roman numeral.
_ROMAN = re.compile(r"[^\S\n]+(I{1,3}|IV|V)$")
_NUMBER_WORD = {"I": "Satu", "II": "Dua", "III": "Tiga", "IV": "Empat", "V": "Lima"}


def _written(text: str, number) -> re.Match | None:
    """The name right before the figure, or before its opening bracket when the figure is
    alone in brackets; the figure ends its item."""
    name = _NAME.search(text, max(0, number.start - _REACH), number.start)
    if name is None or (_CLOSE if name.group(2) else _ITEM_END).match(text, number.end) is None:
        return None
    return name


def _kecamatan(reader, number, race, scope, written: str):
    """The record's one kecamatan of that name in the figure's kab/kota, else None."""
    record = reader.out.record
    kabkota = race.region if len(race.region) == 4 else (
        scope.region.code if scope.region is not None and scope.region.level == 2 and
        scope.region.code and scope.region.code.startswith(race.region) else None)
    if record is None or kabkota is None:
        return None
    named = reader.out.matcher.region(written)
    if named is not None and named.level <= 2:
        return None  # "Palembang (...)": a province's or kab/kota's own count
    found = kecamatans_named(record, kabkota, written)
    roman = _ROMAN.search(written)
    if not found and roman is not None:
        found = kecamatans_named(record, kabkota, written[:roman.start()] + " " +
                                 _NUMBER_WORD[roman.group(1)])
    if len(found) != 1:
        return None
    if beyond_kecamatan(record, race, found[0].code, number.value):
        return None
    return found[0]


def bracketed_kecamatan(reader, number, who, scope):
    """The scope at the kecamatan named right before the figure (or its bracket), else None."""
    if who is None or who[0] is None or number.unit != "votes":
        return None
    name = _written(reader.text, number)
    if name is None:
        return None
    found = _kecamatan(reader, number, who[0].race, scope, name.group(1))
    if found is None:
        return None
    region = RegionHit(found.code, found.name, 3, name.start(1), name.end(1))
    return replace(scope, region=region, near=True, unclear=False, lower=False, place=False)


def next_bracketed(reader, number, previous, scope):
    """(who, scope) for the next item of such a list: the pair of the bracketed kecamatan item
    just before in the same sentence, only a separator between them; or, for the first item,
    of the figure before in the same paragraph when the sentence opens by pointing back to it
    (_ITS_MOST). Else None."""
    if previous is None or previous[2][0] is None or number.unit != "votes":
        return None
    text = reader.text
    name = _written(text, number)
    if name is None:
        return None
    sentence = reader._start_of(reader.sentences, number.start)
    if previous[0] != sentence:
        if previous[1] < reader._start_of(reader.paragraphs, number.start) or \
                _ITS_MOST.fullmatch(text, sentence, name.start()) is None:
            return None
    else:
        close = _CLOSE.match(text, previous[1])
        after = close.end() if close else previous[1]
        if name.start() < after or _SEPARATOR.fullmatch(text, after, name.start()) is None or \
                _ITEM_BEFORE.search(text, max(0, previous[1] - _REACH - 20),
                                    previous[1]) is None:
            return None
    scope = bracketed_kecamatan(reader, number, previous[2], scope)
    return None if scope is None else (previous[2], scope)
