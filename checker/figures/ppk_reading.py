"""A kecamatan's counts read out at a kab/kota plenary (issue 10, corpus-o, Batam Pos on KPU
Batam's plenary, which opens with Kecamatan Bulang):

    "Di pleno itu, PPK Kecamatan Bulang membacakan hasil rekapitulasi Pemilihan Gubernur ...
    Paslon nomor urut 1 ... unggul dengan perolehan 3.141 suara ..."
    "Adapun untuk Pemilihan Walikota dan Wakil Walikota Batam, paslon nomor urut 2 ... menang
    dengan 4.636 suara."

The PPK (the kecamatan's election committee) reads its kecamatan's result: the counts after it,
in its paragraph and in the next one when that one names no area of its own (a race's name,
"Pemilihan Walikota ... Batam", is no area here), are the kecamatan's, never the race's whole
area. Where the record holds exactly one kecamatan of that name in the race's area and the
count fits in it (no more than its valid votes), the count is put there; otherwise it is held
below the record's level (lower_level), never compared with the kab/kota or the province. A
sentence that goes back up ("secara keseluruhan", "tingkat kota") ends the reading.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from checker.figures.places import named_as_race
from checker.figures.regions import RegionHit, kecamatans_named

__all__ = ["ppk_reading"]

# "PPK Kecamatan Bulang membacakan hasil ...", "PPK Bulang menyampaikan ...".
_PPK = re.compile(r"\bPPK[^\S\n]+(?:(?:Kecamatan|Kec\.)[^\S\n]+)?([A-Z][\w'-]*(?:[^\S\n]+[A-Z]"
                  r"[\w'-]*){0,2})[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:membacakan|memaparkan|"
                  r"menyampaikan|melaporkan|mempresentasikan)\b")

# How far back a PPK's reading is looked for (characters; a hostile page's one endless
# paragraph is not scanned again for every figure).
_REACH = 1500


def ppk_reading(reader, number, who, scope):
    """The scope of a pair's count that a PPK read out for its kecamatan, else None."""
    if who is None or who[0] is None or scope.place:
        return None
    race = who[0].race
    if race.kind == "president":
        return None
    text, paragraphs = reader.text, reader.paragraphs
    index = bisect_right(paragraphs, number.start) - 1
    here = paragraphs[index]
    found = _last_ppk(text, max(here, number.start - _REACH), number.start)
    if found is None and index > 0:
        region = scope.region
        if region is not None and region.start >= here and not (
                region.race or named_as_race(text, region)):
            return None  # the paragraph names an area of its own
        found = _last_ppk(text, max(paragraphs[index - 1], here - _REACH), here)
    if found is None:
        return None
    ups = reader.levels[bisect_left(reader.level_starts, found.end()):
                        bisect_left(reader.level_starts, number.start)]
    if any(m.value == "upper" for m in ups):
        return None  # "Secara keseluruhan di Kota Batam, ...": back at the race's level
    held = replace(scope, lower=True, near=False, unclear=False, partial=False)
    record = reader.out.record
    if record is None:
        return held
    hits = kecamatans_named(record, race.region, found.group(1))
    if len(hits) != 1:
        return held
    best = record.best(race, hits[0].code)
    if best is not None and best.total and isinstance(number.value, int) and \
            number.value > best.total:
        return held  # more than all its valid votes: no count of it, nor of the whole race
    region = RegionHit(hits[0].code, hits[0].name, 3, number.start, number.end)
    return replace(scope, region=region, near=True, unclear=False, lower=False, partial=False)


def _last_ppk(text: str, start: int, end: int):
    """The last PPK reading in text[start:end], if every one there names the same place."""
    if text.find("PPK", start, end) < 0:
        return None  # (every match holds it: a C-speed look, not _PPK tried at each of 1,500
        # positions for every figure of a hostile page's endless paragraph)
    found = list(_PPK.finditer(text, start, end))
    if not found or len({m.group(1) for m in found}) != 1:
        return None
    return found[-1]
