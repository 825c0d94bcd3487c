"""A pair's kecamatan counts in a running list whose unit and level word only its first item
carries (corpus-ai, ANTARA Sumut on the Pilpres in Langkat):

    "Suara terbanyak Prabowo-Gibran datang dari kecamatan Stabat 28.974 suara, Selesai 24.595,
     Secanggang 24.041, Kuala 19.162, Hinai 18.712, dan Padang Tualang 18.623 suara."
    "Berikutnya Kecamatan Wampu 16.943, Binjai 16.282, Bahorok 15.453, ..."

A number with no unit is no figure on its own (figure_kind reads none, or one only a named pair
may own), and a count with no pair named since the item before has no owner. It is read only as
the next item of such a list: the figure just before was a pair's vote count written after
"Kecamatan <name>" (the list's first item) or an item read here, only a separator stands
between that item and this one's name (or, in the next sentence of the same or the next
paragraph, only a word that goes on, "Berikutnya", "Disusul"), and the name is the record's one
kecamatan of that name in the list's kab/kota (the first item's, else the race's or the one
named last), which the count fits in. The item takes the pair and the unit of the item before.
A name that is itself a kab/kota ("Binjai": a city too) or anything else the record does not
hold there (a party, "DPT", "TPS") gives nothing: no area is guessed. Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from checker.figures.area_lists import same_or_next_paragraph
from checker.figures.kecamatan_said import beyond_kecamatan
from checker.figures.regions import RegionHit, kecamatans_named

__all__ = ["running_count"]

_S = r"[^\S\n]"
# The item's name right before its count: capitalised words, "Kecamatan" before them or not.
_WORD = r"(?!(?:Kecamatan|Kec)\b)[A-Z][\w'-]*"
_NAME = re.compile(rf"(?:(?:Kecamatan|kecamatan|Kec\.){_S}+)?({_WORD}(?:{_S}+{_WORD}){{0,2}})"
                   rf"{_S}*$")
# The item ends at a separator, "suara" or the sentence's end: "24.595, Secanggang".
_ITEM_END = re.compile(rf"{_S}*(?:suara\b)?{_S}*(?:[,;.]|(?:dan|serta)\b|$)")
# Between the item before (its count, "suara" or not) and this one's name.
_BETWEEN = re.compile(rf"{_S}*(?:suara\b)?{_S}*[,;]?{_S}*(?:(?:dan|serta|disusul|lalu)"
                      rf"{_S}+)?(?:(?:di|dari){_S}+)?")
# A sentence that goes on with the list of the sentence before.
_GOES_ON = re.compile(rf"\s*(?:berikutnya|selanjutnya|disusul|kemudian|lalu)\b{_S}*(?:oleh{_S}+)?"
                      rf",?{_S}*(?:(?:di|dari){_S}+)?", re.IGNORECASE)
# The item before ends its sentence: "... Padang Tualang 18.623 suara."
_ENDS = re.compile(r"\s*(?:suara\b)?\s*[.;]?\s*", re.IGNORECASE)
# The list's first item: its kecamatan named with the level word right before its count.
_FIRST_ITEM = re.compile(rf"(?:Kecamatan|kecamatan|Kec\.){_S}+[A-Z][\w'-]*(?:{_S}+[A-Z][\w'-]*)"
                         rf"{{0,2}}{_S}*(?::|,|{_S}(?:sebanyak|sebesar|dengan))?{_S}*\d[\d.]*"
                         rf"(?:{_S}*suara)?$")
_REACH = 60


def running_count(reader, number, previous):
    """(who, scope) for a count (a unit-less one, or "N suara" with no pair named since the
    item before) that is the next item of a pair's kecamatan list, else None."""
    if number.unit not in (None, "votes") or previous is None or previous[2][0] is None:
        return None
    claims, record = reader.out.claims, reader.out.record
    last = claims[-1] if claims else None
    if last is None or last.kind != "votes" or last.origin != "text" or record is None:
        return None
    text = reader.text
    state = reader.__dict__.setdefault("_running_items", {})
    if previous[1] not in state and _FIRST_ITEM.search(
            text, max(0, previous[1] - _REACH), previous[1]) is None:
        return None  # the figure before is no kecamatan's item
    # The item before: the figure before, or an item after it passed over (a city's name).
    passed = reader.__dict__.setdefault("_running_passed", [])
    end = max((at for at in passed if at > previous[1]), default=previous[1])
    name = _NAME.search(text, max(end, number.start - _REACH), number.start)
    if name is None or _ITEM_END.match(text, number.end) is None:
        return None
    sentence = reader._start_of(reader.sentences, number.start)
    if previous[0] == sentence:
        if _BETWEEN.fullmatch(text, end, name.start()) is None:
            return None
    elif not same_or_next_paragraph(reader, previous[1], number.start) or \
            _ENDS.fullmatch(text, end, sentence) is None or \
            _GOES_ON.fullmatch(text, sentence, name.start()) is None:
        return None
    written = name.group(1)
    race = previous[2][0].race
    area = state.get(previous[1]) or _kabkota(reader, number.start, race, last)
    named = reader.out.matcher.region(written)
    if named is not None and named.level is not None and named.level <= 2:
        # "Binjai": a city's name too, no item to guess; the list goes on after it
        passed.append(number.end)  # ("Binjai 16.282, Bahorok 15.453")
        return None
    found = kecamatans_named(record, area, written) if area else []
    if len(found) != 1 or beyond_kecamatan(record, race, found[0].code, number.value):
        return None
    state[number.end] = area
    region = RegionHit(found[0].code, found[0].name, 3, name.start(1), name.end(1))
    return previous[2], replace(reader.scope(number.start), region=region, near=True,
                                unclear=False, lower=False, place=False)


def _kabkota(reader, position: int, race, last) -> str | None:
    """The kab/kota of the list: the first item's kecamatan's, the regent's or mayor's own,
    else the one named last before it (inside the race's area), else the page's."""
    if last.region_code and len(last.region_code) == 6:
        return last.region_code[:4]
    if len(race.region) == 4:
        return race.region
    named = [r for r in reader.regions[:bisect_right(reader.region_starts, position)]
             if r.level == 2 and r.code]
    own = reader.out.scope.region
    for hit in (named[-1] if named else None, own):
        if hit is not None and hit.level == 2 and hit.code and hit.code.startswith(race.region):
            return hit.code
    return None
