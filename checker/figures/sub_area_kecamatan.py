"""A pair's figure the sentence ties to a sub-area named without "Kecamatan" (issue 10, region
level): sub_areas marks "di Balikpapan Selatan" (a city's name run on into its kecamatan's) or
"Di Klojen" (a kecamatan of the page's kab/kota written bare) as a "lower" level, and gives the
mark the kecamatan's code where the record holds exactly one of that name there (and no desa of
it). The figure is then compared at that kecamatan, as "Di Kecamatan Klojen, ..." is
(kecamatan_said), when its sentence says the figure is the place's:

    "Di Klojen, Wahyu-Ali mengantongi 50,37 persen suara."          the sentence opens at it
    "... perlawanan kuat di Balikpapan Selatan, wilayah di mana mereka meraih 30,96 persen"
                                                                     a word restates the place
    "Rahmad-Bagus unggul di Balikpapan Timur dengan 68,69 persen"    "dengan" gives its figure
    "Rahmad-Bagus meraih 68,69 persen di Balikpapan Timur"          the place right after it

and, of these shapes, the one kecamatan_said does not read: "di Kecamatan Balikpapan Selatan,
wilayah di mana ..." (the kecamatan of the regent's or mayor's kab/kota, or of the page's).

Not where another place, level word or region stands between the mark and the figure, nor
where the sentence named a place of that level before it ("unggul di Balikpapan Timur dan
Balikpapan Barat dengan ..."), nor a level word after the figure in its sentence, nor where
the clause naming the place concedes or contrasts ("Meski kalah di Klojen, ..."), nor a count
larger than the kecamatan's valid votes.
The pair's race must hold the kecamatan; the figure's race, moment and basis are resolved as
any other's (the scope keeps them). Otherwise the figure stays held below the record's level.
Pure; asked by kecamatan_heads.kecamatan_of."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from checker.figures.cues import mark_before
from checker.figures.kecamatan_said import beyond_kecamatan, more_places
from checker.figures.regions import RegionHit, kecamatans_named

__all__ = ["sub_area_kecamatan"]

_S = r"[^\S\n]"
# The sentence opens at the place: "Di Klojen, ...", "Sementara itu, di Klojen ...".
_OPENS = re.compile(_S + r"*(?:(?:Sementara" + _S + r"+itu|Adapun|Sedangkan|Lalu|Kemudian|"
                    r"Selanjutnya),?" + _S + r"+)?(?i:di|untuk)" + _S + r"+(?:(?i:wilayah|"
                    r"kawasan|daerah)" + _S + r"+)?")
# A word after the place that restates it: "Balikpapan Selatan, wilayah di mana ...".
_RESTATES = re.compile(_S + r"*," + _S + r"*(?i:wilayah|daerah|kawasan|tempat|kecamatan|di" + _S +
                       r"+mana)\b")
# The place's own figure follows it: "di Balikpapan Timur dengan 68,69 persen".
_GIVES = re.compile(_S + r"*,?" + _S + r"*(?i:dengan|sebesar|sebanyak|yakni|yaitu)" + _S +
                    r"+(?:(?i:perolehan)" + _S + r"+)?(?:(?i:suara)" + _S + r"+)?")
# The figure then the place: "68,69 persen di Balikpapan Timur", "12.612 suara di Klojen".
_AFTER = re.compile(_S + r"*(?:%|(?i:persen)\b)?" + _S + r"*(?:(?i:suara)" + _S +
                    r"+)?(?i:di)" + _S + r"+(?:(?i:wilayah|kawasan|daerah)" + _S + r"+)?")
# The kecamatan a level word names, up to the comma after it.
_WRITTEN = re.compile(r"(?:Kecamatan|Kec\.|Kapanewon|Kemantren|Distrik)" + _S + r"+([A-Z][\w'-]*"
                      r"(?:" + _S + r"+[A-Z][\w'-]*){0,2})(?=" + _S + r"*,)")
# A clause that concedes or contrasts names the place, not the figure's.
_ASIDE = re.compile(r"\b(?i:meski(?:pun)?|walau(?:pun)?|kendati|selain|kecuali|berbeda|"
                    r"dibanding(?:kan)?|ketimbang|kalah)\b")


def sub_area_kecamatan(reader, number, sentence: int, who, scope):
    """The scope at the kecamatan of the sub-area the figure's sentence ties it to, else
    `scope`."""
    record = reader.out.record
    if not scope.lower or record is None or who is None or who[0] is None:
        return scope
    race = who[0].race
    found = _tied(reader, number, sentence, race)
    if found is None or not found[1] or not found[1].startswith(race.region):
        return scope
    mark, code = found
    known = record.region(code)
    if known is None or beyond_kecamatan(record, race, code, number.value):
        return scope
    region = RegionHit(code, known.name, 3, mark.start, mark.end)
    return replace(scope, region=region, near=True, unclear=False, lower=False, place=False)


def _tied(reader, number, sentence: int, race):
    """(the sub-area mark the figure's sentence gives the figure to, its kecamatan's code)."""
    text, levels, starts = reader.text, reader.levels, reader.level_starts
    end = reader._where(number.start)[1]
    after = bisect_right(starts, number.end)
    if after < len(levels) and levels[after].start < end:
        mark = levels[after]  # "68,69 persen di Balikpapan Timur"; any other: its level
        # (the run-on and the bare reading may both have marked it: the next is another's)
        others = bisect_left(starts, mark.end)
        if mark.extra and _AFTER.fullmatch(text, number.end, mark.start) and not (
                others < len(levels) and levels[others].start < end) and \
                _clear(reader, sentence, number.start, number.end, mark.start):
            return mark, mark.extra
        return None
    mark = mark_before(levels, starts, number.start, sentence)
    if mark is None or mark.value != "lower" or \
            not _clear(reader, sentence, mark.start, mark.end, number.start) or \
            mark_before(levels, starts, mark.start, sentence) is not None:
        return None  # (a place named before it in the sentence: "di A dan B dengan ...")
    if mark.extra is None:  # a level word: "di Kecamatan Balikpapan Selatan, wilayah di mana"
        written = _WRITTEN.match(text, mark.start)  # (kecamatan_said reads the other shapes)
        return (mark, _written(reader, race, written.group(1))) if written and \
            _RESTATES.match(text, written.end(), number.start) else None
    opens = max(sentence, reader._start_of(reader.paragraphs, mark.start))  # (after a heading)
    if mark.extra and not more_places(text, mark.end) and (
            _OPENS.fullmatch(text, opens, mark.start) or
            _GIVES.fullmatch(text, mark.end, number.start) or
            _RESTATES.match(text, mark.end, number.start)):
        return mark, mark.extra
    return None


def _written(reader, race, name: str) -> str:
    """The code of the one kecamatan of that name in the regent's or mayor's kab/kota, or (a
    wider race) in the page's own kab/kota; else ""."""
    area = race.region if len(race.region) == 4 else getattr(reader.out.scope.region, "code",
                                                             None) or ""
    found = kecamatans_named(reader.out.record, area, name) if len(area) == 4 and \
        area.startswith(race.region) else []
    return found[0].code if len(found) == 1 else ""


def _clear(reader, sentence: int, place: int, start: int, end: int) -> bool:
    """No region or other place between `start` and `end`, and no conceding clause before
    the place in its sentence."""
    if _ASIDE.search(reader.text, sentence, place):
        return False
    first = bisect_left(reader.region_starts, start)
    if first < len(reader.regions) and reader.regions[first].start < end:
        return False
    first = bisect_left(reader.place_starts, start)
    return not (first < len(reader.places) and reader.places[first].start < end)
