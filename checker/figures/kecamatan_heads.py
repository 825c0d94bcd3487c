"""A kecamatan list whose items are the kecamatan's name on a line of its own, then one line per
pair (issue 10, corpus-o, Jambisatu on the Jambi governor race in Tanjung Jabung Barat):

    Berikut rincian hasil suara di 12 kecamatan di Kabupaten Tanjung Jabung Barat:
    Tungkal Ulu
    Haris-Sani: 4.738 suara
    Romi-Sudirman: 2.713 suara
    Tungkal Ilir
    ...

Each count is the pair's in the kecamatan heading it, never the province's or the regency's.
The heading counts only when it is a line that is only a name (with or without "Kecamatan"),
the lines between it and the count are the item's other pair lines, and the record holds
exactly one kecamatan of that name in the race's regency: the regent's or mayor's own, or, for
a governor race, the kab/kota the list is said to be of (the last one of the province named
at or before the list's introducing line, else the page's). A name that is a kab/kota of the
race itself ("Kota Jambi" heading a governor race's list per kab/kota) is no kecamatan; a
list of desa, kelurahan or TPS is not read here. A pair's line may name the pair by its ballot
number ("Paslon 01: 7.553 suara"); a paragraph of prose right under such a line (a section's
heading) is the kecamatan's too. Never a line that, before its figure, names another place, a
place below the kecamatan or the whole area ("Secara keseluruhan, ..."). Anything else is left as it was: no area is
guessed, and a count the record cannot place stays unverifiable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from checker.figures.above_lower import kabkota_above
from checker.figures.after_lists import race_area_after_list
from checker.figures.bracket_items import named_kecamatan
from checker.figures.kecamatan_brackets import bracketed_kecamatan
from checker.figures.kecamatan_said import progress_kecamatan, said_kecamatan
from checker.figures.listed_kecamatan import listed_kecamatan
from checker.figures.ppk_reading import ppk_reading
from checker.figures.regions import RegionHit, kecamatans_named
from checker.figures.restated_kecamatan import restated_kecamatan
from checker.figures.sub_area_kecamatan import sub_area_kecamatan
from checker.figures.wording import capitalised, may_hold

# (progress_kecamatan is kecamatan_said's, for a progress figure: from_text asks it here too)
__all__ = ["headed_kecamatan", "kecamatan_of", "progress_kecamatan"]

# A line that is only a name: "Tungkal Ulu", "Kecamatan Tebing Tinggi", "Kec. Bram Itam:"
# (DIY's "Kapanewon Pakem", Papua's "Distrik ...").
_HEADING = re.compile(r"[^\S\n]*(?:(?:Kecamatan|Kec\.|Kapanewon|Kemantren|Distrik)[^\S\n]+)?"
                      r"(" + capitalised(4) + r")[^\S\n]*:?[^\S\n]*\n?")
# A pair's line of the item: short, with its count ("Haris-Sani: 4.738 suara"); its name may
# be its ballot number ("Paslon 01: 7.553 suara", "Nomor urut 2 Harda-Danang: 16.011 suara"):
# a number of one or two digits standing alone, never the start of a count.
_PAIR_LINE = re.compile(r"(?:[^\n\d]|(?<![\d.,])\d{1,2}(?![\d.,])){2,60}\d[\d.,]*"
                        r"(?:[^\S\n]*(?:suara|persen|%))?[^\n\d]{0,30}\n?")
# An introducing line that says the items are below the kecamatan.
_SMALLER = re.compile(r"\b(?:desa|kelurahan|tps|dusun|rt|rw)\b", re.IGNORECASE)
# In a section's paragraph before its figure: another kecamatan, or the whole area's count.
_WIDER = re.compile(r"\b(?:kecamatan|kec\.|kapanewon|kemantren|distrik|desa|kelurahan|tps|"
                    r"keseluruhan|total|secara\s+umum|se-?(?:kabupaten|kota|provinsi))\b",
                    re.IGNORECASE)
# A word every _WIDER match holds (a C-speed look first: most lines name none of them).
_WIDER_KEYS = ("kec", "kapanewon", "kemantren", "distrik", "desa", "kelurahan", "tps",
               "keseluruhan", "total", "secara", "kabupaten", "kota", "provinsi")
_ITEM_LINES = 4  # how many pair lines of one item may stand between the heading and the count
_REACH = 400  # how far into its line a figure of an item or a section's paragraph may stand


def headed_kecamatan(reader, number, who, scope):
    """The scope at the kecamatan whose bare name heads the figure's item, else None."""
    if who is None or who[0] is None or reader.out.record is None:
        return None
    race = who[0].race
    if race.kind == "president":
        return None
    heading = _heading(reader, number.start)
    if heading is None:
        return None
    line, start, end, written = heading
    intro = reader._intro(line)
    if intro != line and _SMALLER.search(reader.text, intro, _line_end(reader.text, intro)):
        return None  # "Berikut hasil per desa di Kecamatan X:": its items are desa
    matcher = reader.out.matcher
    named = matcher.region(written)
    if named is not None and named.level == 2 and (named.code or "").startswith(race.region):
        return None  # "Kota Jambi": a kab/kota of the race itself
    regency = race.region if len(race.region) == 4 else _regency_of_list(reader, race, intro)
    if regency is None:
        return None
    found = kecamatans_named(reader.out.record, regency, written)
    if len(found) != 1:
        return None
    region = RegionHit(found[0].code, found[0].name, 3, start, end)
    return replace(scope, region=region, near=True, unclear=False, lower=False, partial=False,
                   place=False)


def _heading(reader, position: int):
    """(line, start, end, name) of the line naming the item the figure at `position` is in: the line
    before the figure's (a pair's line, or a paragraph of prose under it), or before the item's
    other pair lines; None if the lines between are anything else."""
    text, paragraphs = reader.text, reader.paragraphs
    index = bisect_right(paragraphs, position) - 1
    if index < 1:
        return None
    own = paragraphs[index]
    if position - own > _REACH:
        return None  # deep in a long paragraph: no item's line (and no search of it per figure)
    # The figure's line speaks of another place, of a place below the kecamatan, or of the
    # whole area ("Secara keseluruhan, Harda-Danang meraih 57,12 persen"): no item's.
    named = bisect_left(reader.region_starts, own)
    if may_hold(text, own, position, _WIDER_KEYS) and _WIDER.search(text, own, position) or \
            named < len(reader.region_starts) and reader.region_starts[named] < position:
        return None
    if not _PAIR_LINE.fullmatch(text, own, _end(reader, index)):
        # a paragraph of prose right under a line that is only the kecamatan's name (a
        # section's heading: "Kecamatan Pakem", "Pakem")
        line = _HEADING.fullmatch(text, paragraphs[index - 1], own)
        return None if line is None else \
            (paragraphs[index - 1], line.start(1), line.end(1), line.group(1))
    for back in range(index - 1, max(-1, index - 2 - _ITEM_LINES), -1):
        start, end = paragraphs[back], _end(reader, back)
        line = _HEADING.fullmatch(text, start, end)
        if line is not None:
            return start, line.start(1), line.end(1), line.group(1)
        if not _PAIR_LINE.fullmatch(text, start, end):
            return None
    return None


def _end(reader, index: int) -> int:
    paragraphs = reader.paragraphs
    return paragraphs[index + 1] if index + 1 < len(paragraphs) else len(reader.text)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _regency_of_list(reader, race, intro: int) -> str | None:
    """The kab/kota of a governor race's province the list is of: the last one named up to the
    end of the list's introducing line, else the page's own."""
    stop = _line_end(reader.text, intro)
    for hit in reversed(reader.regions[:bisect_right(reader.region_starts, stop)]):
        if hit.level == 2 and hit.code and hit.code.startswith(race.region):
            return hit.code
    own = reader.out.scope.region
    if own is not None and own.level == 2 and own.code and own.code.startswith(race.region):
        return own.code
    return None


def kecamatan_of(reader, number, sentence: int, who, scope):
    """A pair's figure at a kecamatan the page gives it under: a bare name heading its lines
    (headed_kecamatan), the first place of a list opened "kecamatan, yaitu" (listed_kecamatan),
    a kecamatan named before the count's bracket (bracketed_kecamatan), a
    PPK's reading at a plenary (ppk_reading), a kab/kota's name restating its kecamatan of
    that name (restated_kecamatan), a kecamatan named in brackets or in the sentence
    (bracket_items.named_kecamatan, kecamatan_said, sub_area_kecamatan); a count too
    large for the kecamatan named before it, at their kab/kota (above_lower), or for any
    kecamatan of the pair's regency or city, at it (after_lists); else `scope` as it was."""
    return headed_kecamatan(reader, number, who, scope) or \
        listed_kecamatan(reader, number, sentence, who, scope) or \
        bracketed_kecamatan(reader, number, who, scope) or \
        ppk_reading(reader, number, who, scope) or \
        restated_kecamatan(reader, number, sentence, who, scope) or \
        race_area_after_list(reader, number, who, kabkota_above(
            reader, number, who, sub_area_kecamatan(reader, number, sentence, who, (
                said_kecamatan(reader, number, sentence, who,
                               named_kecamatan(reader, number, sentence, who, scope))))))
