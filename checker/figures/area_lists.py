"""A pair's votes listed area by area after its total (issue 10, recall):

    "Suara Gusnar-Idah tersebar di Kabupaten Gorontalo 104.695 suara, Boalemo 35.523 suara, ..."
    "... Tonny-Marten dengan 193.222 suara." / "Rinciannya di Kabupaten Gorontalo 59.079 suara, ..."

    "X ... 724.518 suara (45 %) dan menang di sembilan daerah:" / "Parigi Moutong: 110.983 suara"
    "Koster-Giri mengklaim menang di semua kabupaten. Perolehan terbesar di Kabupaten Bangli,
    75,04% atau 112.124 suara. Berikutnya Kabupaten Gianyar dengan 223.801 suara ..."
    "Dani-Sukatno meraih di Kecamatan Selebar 6.640 suara, Kecamatan Gading Cempaka 3.919 suara"
    "Mahyeldi-Vasko pada 77,15% suara." / "Suara tertinggi tercatat di Bukittinggi, 89,46%, dan
    terendah di Mentawai, 67,91%." (only after figures of that one pair: _one_pair_so_far)

An item is a kab/kota name (with or without "Kabupaten"/"Kota") right before its figure. Its
pair is the one of the figure before it: the item before in the same list, or, for the first
item of a sentence that opens by referring back ("Rinciannya", "Mereka berdua", "Pasangan
itu"), the pair's total just before; or, for a list a sentence of its own announces ("...
unggul di sembilan kabupaten/kota. Yakni, Ambon 54.84%, ..."), the one pair that sentence names
(announced_lists). Only a governor's or the president's race's list is read (its kab/kota are
its areas); an area outside the pair's province is kept as written, and the collector holds it
(region_conflict). Anything else is left to the reader as before: no figure is guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from checker.figures.announced_lists import announced_item, without_acronym
from checker.figures.area_after import written_area_after
from checker.figures.kecamatan_brackets import next_bracketed
from checker.figures.kecamatan_runs import kecamatan_run
from checker.figures.kecamatan_said import after_item, opens_at_kecamatan
from checker.figures.regions import RegionHit

__all__ = ["area_item", "listed_below", "lower_item", "paragraph_pair"]

# The area's name as written right before the figure: capitalised words, an optional prefix.
# ("Bukittinggi, 89,46%": a comma between them too)
# ("Maluku Tengah (Malteng) 53.16%": the acronym in brackets too)
_NAME = re.compile(r"(?:(?:Kabupaten|Kab\.|Kota)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
                   r"(?:\s*\([A-Z][\w-]*\))?\s*[:,]?\s*$")
# Between one item's figure and the next item's name: a comma, "dan", "di" and nothing else.
# ("89,46%, dan terendah di Mentawai": the next superlative's word too)
_SUPERLATIVE = r"(?:paling\s+)?(?:tertinggi|terbanyak|terbesar|terendah|terkecil|tersedikit)"
_BETWEEN = re.compile(r"\s*(?:suara\s*)?[,;]?\s*(?:(?:dan|serta|sedangkan|sementara)\s+)?"
                      r"(?:(?:yang\s+)?" + _SUPERLATIVE + r"\s+(?:(?:tercatat|ada)\s+)?)?"
                      r"(?:(?:di|dari)\s+)?", re.IGNORECASE)
# The item before: its area, then its figure (the whole of it, up to where it ends).
# An item may give two figures ("Kabupaten Gianyar dengan 223.801 suara atau 71,24%").
_FIGURE = r"\d[\d.,]*(?:\s*(?:ribu|juta))?(?:\s*(?:suara|persen|%))?"
_ITEM_BEFORE = re.compile(r"((?:(?:Kabupaten|Kab\.|Kota)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)"
                          r"{0,3})(?:\s*\([A-Z][\w-]*\))?\s*(?::|,|\s(?:dengan|meraih))?\s*" +
                          _FIGURE +
                          r"(?:\s*(?:atau|dengan(?:\s+suara)?)\s*" + _FIGURE + r")?\s*$")
# A sentence that refers back to the pair of the total before it, then lists its areas.
_OPENING = re.compile(r"\s*(?:rinciannya|perinciannya|mereka(?:\s+berdua)?|keduanya|"
                      r"(?:pasangan|paslon)\s+(?:itu|ini|tersebut))\b[^.\d]{0,60}$",
                      re.IGNORECASE)
# The rest of a sentence that gives a pair's total and introduces its areas' lines: words
# without a figure or a full stop, a colon ending the line, the item opening the next line.
# A sentence on where the votes were highest or lowest ("Suara tertinggi tercatat di
# Bukittinggi, 89,46%"): the pair's is the one pair the page has given figures for so far.
_HIGHEST = re.compile(r"\s*(?:suara|perolehan(?:\s+suara)?|raihan(?:\s+suara)?)\s+" +
                      _SUPERLATIVE + r"\s+(?:(?:tercatat|ada|diraih|diperoleh|berada)\s+)?"
                      r"(?:di|dari)\s+$", re.IGNORECASE)
_INTRO = re.compile(r"[^.\d\n:]{0,100}:[^\S\n]*\n\s*")
_REACH = 80  # how far before its figure an item's name and separator may start


def _area(reader, written: str) -> RegionHit | None:
    hit = reader.out.matcher.region(without_acronym(written.strip()).rstrip(":,").strip())
    if hit is None or hit.code is None or hit.level != 2:
        return None  # a bare "Gorontalo" is the province: not an item of a kab/kota list
    return hit


def _tail_area(reader, written: str) -> RegionHit | None:
    """The area a run of capitalised words ends with ("Berikutnya Kabupaten Gianyar")."""
    words = written.split()
    for k in range(min(len(words), 3)):
        hit = _area(reader, " ".join(words[k:]))
        if hit is not None:
            return hit
    return None


def area_item(reader, number, previous, scope):
    """(who, scope) for a figure that is an item of a pair's per-area list, else None."""
    if (announced := announced_item(reader, number, scope, _area)) is not None:
        return announced  # "... unggul di sembilan kabupaten/kota. Yakni, Ambon 54.84%"
    if previous is None or previous[2][0] is None:
        return None
    race = previous[2][0].race  # (the president's areas: every kab/kota)
    if race.kind not in ("governor", "president") or race.kind == "governor" and \
            len(race.region) != 2:
        return None
    text = reader.text
    sentence = reader._start_of(reader.sentences, number.start)
    low = max(sentence, number.start - _REACH)
    name = _NAME.search(text, low, number.start)
    if name is None or (previous[0] == sentence and name.start() < previous[1]):
        return None
    hit = _area(reader, name.group())
    if hit is None:
        return None
    if previous[0] == sentence and _INTRO.fullmatch(text, previous[1], name.start()):
        pass  # the first line under "... X 724.518 suara dan menang di sembilan daerah:"
    elif previous[0] == sentence:
        # The next item of a list: only a separator since the item before, which is an area
        # of the same race with its figure (a list written "N suara di X" is read the other way).
        if written_area_after(reader, number, previous) or \
                _BETWEEN.fullmatch(text, previous[1], name.start()) is None:
            return None
        before = _ITEM_BEFORE.search(text, max(sentence, previous[1] - _REACH), previous[1])
        area = _tail_area(reader, before.group(1)) if before else None
        if area is None or not area.code.startswith(race.region):
            return None
    else:
        # The first item of a sentence that refers back to the pair's total, said in this
        # paragraph or the one just before.
        if _OPENING.fullmatch(text, sentence, name.start()) is None and not (
                _HIGHEST.fullmatch(text, sentence, name.start())
                and _one_pair_so_far(reader, previous[2][0])):
            return None
        if not reader.same_or_next_paragraph(previous[1], number.start):
            return None
    region = RegionHit(hit.code, hit.name, hit.level, name.start(), name.end())
    return previous[2], replace(scope, region=region, near=True, unclear=False)


def _one_pair_so_far(reader, candidate) -> bool:
    """Has the page's running text given figures for this pair only, so far?"""
    # (a pair the record does not match, written or by number, is another pair: no)
    return all(c.candidate_id == candidate.id or c.candidate_id is None and
               c.nomor_urut is None and c.candidate_name is None
               for c in reader.out.claims if c.origin == "text" and c.kind != "progress")


# A kecamatan, desa or kelurahan named right before its figure: an item of a pair's list below
# the race's own areas. The record holds no count there: the figure is held (lower_level).
# The name and its figure: a colon, a comma or a word between ("Kecamatan Tejakula sebanyak
# 24.980 suara, Kecamatan Sawan, 22.518 suara").
_LOWER = r"(?:Kecamatan|Kec\.|Desa|Kelurahan|Kel\.)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}" \
    r"(?:\s*[:,]|\s+(?:sebanyak|sebesar|dengan))?\s*"
_LOWER_NAME = re.compile(_LOWER + r"$")
_LOWER_BEFORE = re.compile(_LOWER + r"\d[\d.,]*(?:\s*suara)?\s*$")
# Between the list's last item of one paragraph and its next item opening the next paragraph.
_LINE_END = re.compile(r"\s*(?:suara)?[.,;]?\s*", re.IGNORECASE)


def lower_item(reader, number, previous, scope):
    """(who, scope) for a figure that is the next item of a pair's list of kecamatan (or desa,
    kelurahan): the item before it was the same list's, with only a separator between them,
    or it ended the paragraph just before, which this item opens. Else None."""
    if previous is None or previous[2][0] is None:
        return None
    if (run := kecamatan_run(reader, number, previous, scope)) is not None:
        return run  # "Kecamatan Pujut 39.368 suara, lalu Praya Barat 25.411 suara"
    text = reader.text
    name = _LOWER_NAME.search(text, max(0, number.start - _REACH), number.start)
    if name is None or name.start() < previous[1]:
        return after_item(reader, number, previous, scope) or \
            next_bracketed(reader, number, previous, scope)  # "Ilir Barat I (33.972 suara)"
    if _LOWER_BEFORE.search(text, max(0, previous[1] - _REACH), previous[1]) is None and \
            not opens_at_kecamatan(text, previous[0], previous[1]):
        # The figure before was no item of such a list (its kecamatan right before it, or
        # opening its sentence: "Di Kecamatan Kubutambahan, Mulia-PAS meraih 10.915 suara,
        # Kecamatan Tejakula sebanyak 8.608 suara"); or its kecamatan follows it and ends where
        # this figure starts ("18.321 suara di Kecamatan Kubutambahan, 24.980 suara di ...").
        return after_item(reader, number, previous, scope)
    paragraphs = reader.paragraphs
    here = reader._start_of(paragraphs, number.start)
    if previous[1] >= here:
        if _BETWEEN.fullmatch(text, previous[1], name.start()) is None:
            return None
    else:
        index = paragraphs.index(here)
        if name.start() != here or index == 0 or \
                reader._start_of(paragraphs, previous[1]) != paragraphs[index - 1] or \
                _LINE_END.fullmatch(text, previous[1], here) is None:
            return None
    return previous[2], replace(scope, lower=True, near=False)


# Words by which a sentence gives a figure to someone other than the pair of its paragraph.
_OTHER = re.compile(r"\b(?:lawan|rival|pesaing|penantang|kompetitor|paslon\s+lain|pasangan\s+"
                    r"lain)\w*", re.IGNORECASE)
_CAPITAL = re.compile(r"\b[A-Z]")
_PARAGRAPH_REACH = 600  # how far back a paragraph's one pair is looked for (characters)


def paragraph_pair(reader, number, previous, scope):
    """(who, scope) for a figure of a kab/kota named in its sentence, in a paragraph that names
    one pair only (and gives no other pair's figure): that pair's. "Koster-Giri menang di
    semua kabupaten. Di Kabupaten Bangli 75,04%": Koster-Giri's, in Bangli. Else None."""
    region = scope.region
    if not scope.near or region is None or region.code is None or region.level != 2:
        return None
    text = reader.text
    paragraph = reader._start_of(reader.paragraphs, number.start)
    sentence = reader._start_of(reader.sentences, number.start)
    if region.start < sentence or number.start - paragraph > _PARAGRAPH_REACH or \
            _OTHER.search(text, sentence, number.start) or \
            _CAPITAL.search(text, region.end, number.start):
        return None  # "Di Jembrana ..., dan di Karangasem 54,25%": a place not read, nearer
    found = reader.pairs_named(paragraph, sentence, scope)
    if previous is not None and previous[1] >= paragraph and previous[2][0] is not None:
        found.setdefault(previous[2][0].id, previous[2])
    if len(found) != 1:
        return None
    who = next(iter(found.values()))
    race = who[0].race
    if race.kind != "governor" or not region.code.startswith(race.region):
        return None
    ballots = reader.ballots[bisect_left(reader.ballot_starts, paragraph):
                             bisect_left(reader.ballot_starts, number.start)]
    if any(int(m.value) != who[0].nomor_urut for m in ballots):
        return None  # "paslon nomor urut 1" named there too: another pair
    return who, scope


# A list's introducing line that says its items are kecamatan, desa or TPS: "Berikut perolehan
# ketiga pasangan calon di empat belas kecamatan:", "... per kecamatan:", "di setiap TPS:".
# Not the process ("rekapitulasi tingkat kecamatan"): that names the count's stage.
_PER_LOWER = re.compile(r"\b(?:per|setiap|tiap|masing-masing|(?:di|dari)\s+(?!tingkat\b)"
                        r"[a-z]+(?:\s+[a-z]+)?)\s+(?:kecamatan|desa|kelurahan|tps)\b"
                        r"(?![^\S\n]+(?-i:[A-Z]))"
                        r"[^\n]*:\s*$", re.IGNORECASE | re.MULTILINE)


def listed_below(reader, paragraph: int, position: int) -> bool:
    """Is the figure at `position` an item of a list whose introducing line (the one ending in
    a colon that Layout._intro finds) says its items are kecamatan, desa or TPS? Its headings
    ("I. Siak", "II. Sungai Apit") then name kecamatan, even one named as the regency is: the
    figures are below the record's level. A line that goes back up ("Total Kabupaten ...",
    "tingkat kabupaten") between the introduction and the figure ends it."""
    intro = reader._intro(paragraph)
    if intro == paragraph:
        return False
    # (the introducing line read once: the figures of its list share it)
    known = reader.__dict__.setdefault("_per_lower", {})
    if intro not in known:
        end = reader.text.find("\n", intro)
        end = len(reader.text) if end < 0 else end
        known[intro] = end if end - intro <= 400 and _PER_LOWER.search(
            reader.text, intro, end + 1) else None
    end = known[intro]
    if end is None:
        return False
    first = bisect_left(reader.level_starts, end)
    last = bisect_left(reader.level_starts, position)
    return not any(m.value == "upper" for m in reader.levels[first:last]) and \
        not _TOTAL.search(reader.text, paragraph, position)


_TOTAL = re.compile(r"\b(?:total|jumlah)\b", re.IGNORECASE)
