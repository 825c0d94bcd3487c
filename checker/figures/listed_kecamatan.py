"""The first place of a kecamatan list a sentence opens with its level word (issue 10, recall;
tests/test_recall_s40.py):

    "Pasangan Beramal unggul pada 9 kecamatan, yaitu Kolaka 58,06 persen, Watubangga 66,64
     persen, ..."                                  (a Kolaka campaign's count, dev corpus)

"kecamatan, yaitu" says what the places after it are, so the first one is the kecamatan of that
name even when its kab/kota bears the name too (Kecamatan Kolaka in Kabupaten Kolaka, Kecamatan
Kendari in Kota Kendari): read as the regency's, its share was held below the record's level at
best, and the items after it, following no placed item, were not read (kecamatan_runs goes on
from a figure placed at a kecamatan). The figure goes to the record's one kecamatan of that name
in the race's kab/kota (the regent's or mayor's own; for a governor, the one named last before
the list, else the page's) when only the name, and "Kecamatan" or a colon, stand between the
list's opening and the figure, and a count fits in it. Anything else is left as it was: no
place is guessed. Pure; asked by kecamatan_heads.kecamatan_of."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.kecamatan_list import list_start
from checker.figures.kecamatan_runs import list_kabkota
from checker.figures.kecamatan_said import beyond_kecamatan
from checker.figures.regions import RegionHit, kecamatans_named
from checker.figures.wording import capitalised

__all__ = ["listed_kecamatan"]

# Between the list's opening and its first figure: the item's name, nothing else.
_FIRST = re.compile(r"\s*(?:(?:[Kk]ecamatan|Kec\.)[^\S\n]+)?(" + capitalised(3) + r")"
                    r"[^\S\n]*(?::[^\S\n]*)?")
_REACH = 300  # how far back the sentence's list may open


def listed_kecamatan(reader, number, sentence: int, who, scope):
    """The scope at the kecamatan the figure is the first item of, in a list its sentence opens
    with "kecamatan, yaitu|yakni|antara lain|:"; else None."""
    if who is None or who[0] is None or reader.out.record is None:
        return None
    race = who[0].race
    if race.kind == "president":
        return None
    text = reader.text
    begin = max(sentence, number.start - _REACH)
    opened = list_start(text[begin:number.start])
    if opened is None:
        return None
    item = _FIRST.fullmatch(text, begin + opened, number.start)
    if item is None:
        return None
    area = list_kabkota(reader, begin + opened, race)
    if area is None:
        return None
    words = item.group(1).split()
    found = kecamatans_named(reader.out.record, area, " ".join(words))
    if len(found) != 1 or beyond_kecamatan(reader.out.record, race, found[0].code, number.value):
        return None
    region = RegionHit(found[0].code, found[0].name, 3, item.start(1), item.end(1))
    return replace(scope, region=region, near=True, unclear=False, lower=False, partial=False,
                   place=False)
