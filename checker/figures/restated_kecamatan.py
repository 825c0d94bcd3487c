"""A kab/kota's name that restates the kecamatan of that name the sentence before named with its
word (issue 10, regency level; 240 kab/kota of the record have a kecamatan of their own name:
Sleman, Kebumen, Banyumas, Pidie ...):

    "Hal serupa terjadi di Kapanewon Sleman, tempat tinggal Bupati Kustini. Di Sleman, Paslon 01
     hanya meraih 16.891 suara, sedangkan Paslon 02 meraih 25.331 suara."

"Di Sleman," alone is the regency's (kecamatan_said leaves a name that is a region's to the
region); right after "Kapanewon Sleman" it is that kapanewon said again. Only the sentence
right before counts, the bare name must open the figure's sentence ("Di X,", "Sementara di
X,"), no other place may stand between it and the figure, the record must hold exactly one
kecamatan of that name in the kab/kota, and a count larger than all its votes is no count of
it. Anything else is left as it was. Pure."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from checker.figures.kecamatan_said import BARE_OPENING, KECAMATAN_NAMED, beyond_kecamatan, \
    more_places
from checker.figures.regions import RegionHit, fold, kecamatans_named

__all__ = ["restated_kecamatan"]

_BEFORE = 400  # how far back the sentence before may start


def restated_kecamatan(reader, number, sentence: int, who, scope):
    """The scope at the kecamatan the sentence before named, which the figure's sentence opens
    with again by the bare name its kab/kota shares; else None."""
    region = scope.region
    if who is None or who[0] is None or region is None or region.level != 2 or \
            not region.code or region.start < sentence or region.start > sentence + 40:
        return None  # (cheap first: the kab/kota named at the opening of the sentence)
    race, record, text = who[0].race, reader.out.record, reader.text
    if record is None or race.kind == "president" or not region.code.startswith(race.region):
        return None
    opening = BARE_OPENING.match(text, sentence)
    if opening is None or opening.start(1) != region.start or \
            more_places(text, opening.end(1)) or \
            any(opening.end() <= r.start < number.start for r in reader.regions):
        return None
    name = opening.group(1)
    index = bisect_right(reader.sentences, sentence - 1) - 1
    before = max(reader.sentences[index] if index >= 0 else 0, sentence - _BEFORE)
    size = len(name.split())  # ("Kapanewon Sleman Bupati ...": the name's words first)
    if not any(fold(" ".join(named.group(1).split()[:size])) == fold(name)
               for named in KECAMATAN_NAMED.finditer(text, before, sentence)):
        return None
    found = kecamatans_named(record, region.code, name)
    if len(found) != 1 or beyond_kecamatan(record, race, found[0].code, number.value):
        return None
    hit = RegionHit(found[0].code, found[0].name, 3, region.start, region.end)
    return replace(scope, region=hit, near=True, unclear=False, lower=False, place=False)
