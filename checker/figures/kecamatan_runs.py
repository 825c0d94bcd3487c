"""A pair's list of kecamatan that drops the word "Kecamatan" once under way (issue 10, recall):

    "kemenangan terbesar Iqbal-Dinda ada di Kecamatan Pujut 39.368 suara, lalu Kecamatan Praya
     dengan 34.765 suara, Praya Barat 25.411 suara. "Praya Tengah 21.964, Jonggat 23.863, ...""
    "Iqbal-Dinda mendapat suara 24.806 di Gunungsari, Batulayar 14.980, Labuapi 15.926, ..."
    "Perolehan X per kecamatan: Kecamatan Pujut: 39.368 suara; Praya: 34.765 suara; ..."

The figure after one the page has placed at a kecamatan is the next item of that list when only
a separator stands between the item before and this figure's name (a comma, a semicolon, "dan",
"lalu", "disusul", even a full stop, a line break and a quote opening the next sentence or
paragraph) and the name, with or without "Kecamatan", is right before the figure. It is the
pair's of the item before, at the record's one kecamatan of that name in the item before's
kab/kota, if the count fits in it. A name the record holds no kecamatan of there (another
kab/kota, a desa, a word that is no place) is no item: nothing is guessed. Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from checker.figures.kecamatan_said import beyond_kecamatan
from checker.figures.regions import RegionHit, kecamatans_named

__all__ = ["kecamatan_run"]

_GAP = r"[^\S\n]*"
_NAME = r"[A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,3}"
_KEC = r"(?:(?:Kecamatan|Kec\.)" + _GAP + r")?"
# The end of the item before (its kecamatan after it: "24.806 di Gunungsari"), the separator,
# the next item's name, the word before its figure.
_ITEM = re.compile(
    _GAP + r"(?i:suara\b)?" + _GAP + r"(?:(?i:di|dari)[^\S\n]+" + _KEC + _NAME + _GAP + r")?"
    r"(?:\([^()\n]{0,30}\)" + _GAP + r")?[,;.]?\s*[\"“”]?" + _GAP +
    r"(?i:(?:dan|serta|lalu|kemudian|disusul|berikutnya|selanjutnya)\b,?" + _GAP + r")?"
    r"(?i:(?:di|dari)[^\S\n]+)?" + _KEC + "(" + _NAME + ")" + _GAP +
    r"(?::|,|[^\S\n](?i:dengan|sebanyak|sebesar|yakni|yaitu)\b)?" + _GAP)
# "48.841 suara di Klungkung, 37.298 suara di Bangli": a list whose places follow the figures
_PLACE_AFTER = re.compile(_GAP + r"(?i:suara\b)?" + _GAP + r"(?i:di|dari)[^\S\n]+[A-Z]")


def kecamatan_run(reader, number, previous, scope):
    """(who, scope at the kecamatan) for the next item of a pair's kecamatan list, else None."""
    place = run_place(reader, number, previous)
    if place is None:
        return None
    return previous[2], replace(scope, region=place, near=True, unclear=False, lower=False,
                                place=False)


def run_place(reader, number, previous) -> RegionHit | None:
    """The kecamatan of a figure that is the next item of a pair's kecamatan list after
    `previous` (from_text's (sentence, end, who) of the figure before), else None. A count
    with no unit ("Batulayar 14.980") is such an item's votes when the item before was."""
    claims = reader.out.claims
    record = reader.out.record
    if previous is None or previous[2][0] is None or not claims or record is None:
        return None
    last = claims[-1]
    if last.origin != "text" or last.candidate_id != previous[2][0].id or \
            not last.region_code or len(last.region_code) != 6 or \
            number.unit is None and last.kind != "votes":
        return None  # the item before is no pair's figure at a kecamatan
    paragraphs = reader.paragraphs
    here = bisect_right(paragraphs, number.start) - 1
    if previous[1] < paragraphs[max(0, here - 1)]:
        return None  # (the paragraph before may end at an item: the next one opens this one)
    item = _ITEM.fullmatch(reader.text, previous[1], number.start)
    if item is None or _PLACE_AFTER.match(reader.text, number.end):
        return None
    words = item.group(1).split()
    for k in range(len(words)):  # "Berikutnya Praya Barat": the name the record holds
        found = kecamatans_named(record, last.region_code[:4], " ".join(words[k:]))
        if len(found) == 1:
            break
    else:
        return None
    if found[0].code == last.region_code or \
            beyond_kecamatan(record, previous[2][0].race, found[0].code, number.value):
        return None
    return RegionHit(found[0].code, found[0].name, 3, item.start(1), item.end(1))
