"""A count whose paragraph names no place, going on with the province, regency (or PPLN) named a
paragraph or two before, as news sites write one sentence a paragraph (issue 10, region):

    "Untuk Kalimantan Timur (Kaltim), KPU Kaltim memaparkan DPT sebanyak 2.278.041."
    "Di provinsi itu Prabowo-Gibran menang dengan 1.542.346 suara."
    "Ganjar-Mahfud berada di posisi buncit dengan hanya 240.143 suara, ..."

    "Di Kalimantan Utara, Anies-Muhaimin berada di urutan kedua, kalah dari Prabowo-Gibran."
    "Anies-Imin memperoleh 72.065 suara, sedangkan Prabowo - Gibran 284.209."

A Pilkada's list by regency reads the same way (Pilgub Malut 2018, corpus-t), carried by
the rank alone (its "kabupaten itu" may be the race's own kab/kota: back_area):

    "AHM-Rivai memimpin di Kabupaten Pulau Morotai dengan 12.289 suara atau 39,9 persen."
    "Posisi kedua diisi pasangan nomor urut 4 ... dengan 7.276 suara atau 23,60 persen."
    "Di tempat ketiga ... 6370 suara. Pasangan nomor urut 3 ... paling bawah dengan 4889 suara."

The place is carried only with words that point back to it: a phrase that refers to it ("di
provinsi itu", "di sana", "provinsinya", "wilayah pemilihan Yunani itu"), or the pair's rank
after a count read as that place's ("di posisi kedua", "urutan terakhir", "disusul",
"menyusul", "paling bawah"), in the figure's sentence or earlier in its paragraph (the list
goes on: "Di urutan kedua ... 283.796 suara. Anies-Muhaimin hanya mendapat 119.103 suara"),
each count no larger than the place's count before it of the same kind (a ranked list
descends: a larger one is another tally); or a paragraph that opens with the place and ranks
the pairs without figures, right before the figure's. Never the last of a list of places,
never over another place or race, a kecamatan/desa/TPS, the country ("secara nasional",
"secara keseluruhan") or a tally of some provinces; never further than three paragraphs.
Otherwise the area stays what it was: the race's whole, held until the page proves it
(scope_gate); but a paragraph or sentence that opens by pointing back ("Di sini", "Di daerah
ini", "Di kabupaten tersebut") to a place below the race's area that cannot be carried (another
race's sentence, or more than the paragraph right before, stands between) is of no one area:
`carried` answers None, the figure held `region_unclear`, never the whole's by default. Last,
the rest of a Pilpres province's counts a paragraph after its first, asides between skipped
(next_counts: "Adapun Anies-Muhaimin memperoleh 448.046 suara"). Pure; asked by
checker/figures/from_text.py."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from checker.figures.asides import scope_before
from checker.figures.cues import mark_before
from checker.figures.next_counts import next_counts
from checker.figures.numbers import find_numbers
from checker.figures.office_since import title_past_kecamatan
from checker.figures.places import PARTIAL, national_mentions
from checker.figures.ranks import ranked
from checker.figures.won_before import won_before
from checker.figures.won_part import points_back as _back, whole_said, won_part

__all__ = ["OPENS_BACK", "carried"]

_REACH = 3  # paragraphs back, at most
# A sentence opening with "Di sini" speaks of the place just named ("Begitu pula di Kabupaten
# Banjar, ..." then "Di sini paslon nomor urut 2 memperoleh 52.698 suara"); elsewhere in a
# sentence it may be a link's words ("selengkapnya di sini") or the speaker's own place.
_HERE = re.compile(r"[\s\"\u201c]*(?i:di\s+sini)\b")
# A sentence opening by pointing back, after a lead-in or not: "Sementara di daerah tersebut,",
# "Di kabupaten ini", "Di sana".
_OPENS_BACK = re.compile(r"[\s\"\u201c]*(?:(?:Sementara(?:\s+itu)?|Namun|Adapun|Sedangkan|Lalu|"
                         r"Kemudian),?\s+)?(?i:di\s+(?:sini|sana|(?:provinsi|wilayah|daerah|"
                         r"kabupaten|kota)\s+(?:ini|itu|tersebut)))\b")
OPENS_BACK = _OPENS_BACK  # (here_back asks it of the figure's own paragraph)
# How many digits of a region's code the race's own area has: a place named deeper is a part.
_DEPTH = {"president": 0, "governor": 2, "regent_mayor": 4}


# "Di Kalimantan Utara, ...", "Untuk Kalimantan Timur (Kaltim), ...": the paragraph's topic.
_OPENS_WITH = re.compile(r"\s*(?:di|untuk|sementara\s+(?:itu\s+)?di)\s+(?:provinsi\s+)?$",
                         re.IGNORECASE)
def carried(layout, region, position: int, where: tuple[int, int, int, int],
            kind: str | None) -> bool | None:
    """Does the figure at `position` (in a paragraph naming no place: `region`, its nearest,
    was named before the paragraph) go on with `region`'s count? `layout`: the prose
    reader (from_text._Text); `where`: its _where(position); `kind`: the race its words (or
    the page's) name, None when none does (then nothing is carried). None: its sentence or
    paragraph opens pointing back to a part of the race's area it cannot be carried to."""
    if _carried(layout, region, position, where, kind):
        return True
    if won_part(layout, region, position, where) == "unclear":
        return None  # "X hanya unggul di Kabupaten A. Mereka meraih ...": A's or the race's
    race = "president" if layout.out.presidential and kind in (None, "president") else kind
    if race not in (*_DEPTH, None) or region is None or region.line or region.start >= where[2]:
        return False
    if region.code and not region.options and len(region.code) <= _DEPTH.get(race, 0):
        return False  # the race's own area pointed back to: the whole's, as before
    text = layout.text
    return None if _OPENS_BACK.match(text, where[0]) or _OPENS_BACK.match(text, where[2]) \
        else False


def _carried(layout, region, position: int, where: tuple[int, int, int, int],
             kind: str | None) -> bool:
    race = "president" if layout.out.presidential and kind in (None, "president") else kind
    if region is None or not region.code or region.line or region.options or \
            title_past_kecamatan(layout, region):  # "Kecamatan Toili, ... Bupati Banggai"
        return False
    sentence, sentence_end, paragraph, paragraph_end = where
    if race is None and not _OPENS_BACK.match(layout.text, sentence):
        return False  # no race word: only "Di sini ..." is carried (below)
    if region.start >= paragraph:
        return False  # named in the figure's own paragraph: near already
    paragraphs = layout.paragraphs
    own = bisect_right(paragraphs, position) - 1
    home = bisect_right(paragraphs, region.start) - 1
    if own - home > _REACH:
        return False
    if race is None:  # (its paragraph naming a race: "pada Pilkada Kabupaten Tanah Laut, ...")
        first = bisect_left(layout.kind_starts, paragraphs[home])
        if first < len(layout.kinds) and layout.kinds[first].start < paragraph:
            return False
    # What lies between the place and the figure's paragraph is the same for every figure of
    # that paragraph, and a sentence's words for every figure of the sentence: each is looked
    # at once (a news page's figures share them; asked per figure, 3% of a 20 KB page).
    spans = layout.__dict__.setdefault("_carried_spans", {})
    key = (region.start, region.end, paragraph, race)
    if key not in spans:
        spans[key] = _span(layout, region, race, paragraph, paragraph_end,
                           paragraphs[home] if own - home == 1 else None)
    span = spans[key]
    if span is None:
        return False
    sentences = layout.__dict__.setdefault("_carried_sentences", {})
    if (sentence, paragraph) not in sentences:  # (a rank earlier in the paragraph: its list)
        # "di sana" after a place the sentence names points to that place, not this one
        first = bisect_left(layout.region_starts, sentence)
        named = layout.region_starts[first] if first < len(layout.regions) else sentence_end
        sentences[sentence, paragraph] = (
            _back(layout.text, sentence, min(sentence_end, named))
            or _HERE.match(layout.text, sentence) is not None,
            ranked(layout.text, paragraph, sentence_end))
    back, rank = sentences[sentence, paragraph]
    # A Pilkada's "kabupaten itu" may be the race's own kab/kota (back_area): only its ranked
    # list goes on with a place named before. A governor's race is no kab/kota's: the figure's
    # own sentence pointing back to one named before (in the paragraph before it, at most:
    # no list of places, nor another place since) gives its count there. So does a sentence
    # opening "Di sini" where the page holds more than one race (a regent's count there is
    # that kab/kota's too; no race word may stand between: _span).
    if race == "president" and (back or span == "back"):
        return True  # (or "... meraih suara terbanyak di provinsinya." before the quote)
    if race in ("governor", None) and (back or race is None) and len(region.code) == 4 and \
            own - home == 1:
        return True
    if race is None:
        return False  # (no race: no ranked list is carried)
    if rank:
        return _goes_on(layout, region, position)
    if race == "president" and span == "opens":
        return True
    if race == "president" and span == "" and _after_won(layout, region, own, home, paragraph,
                                                         position):
        return True  # "X menang di Jawa Tengah, ..." / "Pasangan itu unggul dengan N suara"
    return span == "" and scope_before(layout, paragraph) == paragraphs[home] and next_counts(
        layout, region, race, paragraphs[home], paragraph, position) and \
        _goes_on(layout, region, position)  # "Adapun Anies-Muhaimin memperoleh 448.046 suara"


def _after_won(layout, region, own: int, home: int, paragraph: int, position: int) -> bool:
    """won_before: the paragraph right before says a pair won the province; or the one before
    that does, and the paragraph between gave the province's count carried so ("Sedangkan
    Anies-Cak Imin mengumpulkan 541.451 suara" after "Prabowo-Gibran unggul tipis dengan
    544.763 suara", after "... juga unggul di DKI Jakarta")."""
    paragraphs = layout.paragraphs
    if own - home == 1:
        return won_before(layout, region, paragraphs[home], paragraph, position)
    if own - home != 2 or scope_before(layout, paragraph) != paragraphs[home + 1]:
        return False
    claims = layout.out.claims
    last = claims[-1] if claims else None
    return last is not None and last.origin == "text" and last.region_code == region.code and \
        last.race_kind == "president" and last.hold is None and \
        won_before(layout, region, paragraphs[home], paragraphs[home + 1], position)


def _goes_on(layout, region, position: int) -> bool:
    """Does a ranked figure go on with the count just read? It must have been this place's
    (not the country's "75.033.960 atau 58,84 persen" after a province named in passing), and
    the figure no larger than the place's last count of its kind (a ranked list descends:
    "Prabowo-Gibran mengumpulkan 96.214.691 suara" after a province's list is another tally)."""
    claims = layout.out.claims
    if not claims or claims[-1].origin != "text" or claims[-1].region_code != region.code:
        return False
    number = find_numbers(layout.text[position:position + 40], layout.style, limit=1)
    if not number or number[0].start:
        return True  # (not read alone from here: the rank and the place decide, as before)
    kind = "share" if number[0].unit == "percent" else "votes"
    for claim in reversed(claims):
        if claim.origin != "text" or claim.region_code != region.code:
            break
        if claim.kind == kind:
            return number[0].value <= claim.value
    return True


def _span(layout, region, race: str, paragraph: int, paragraph_end: int,
          home: int | None) -> str | None:
    """What the text from the place to the figure's paragraph says: None when it speaks of
    the whole or of some provinces, goes below the place (a kecamatan, desa or TPS), names
    another race or house, or the place is the last of a list; "back" when it points back
    to the place; "opens" when the place opens its paragraph (starting at `home`, given when
    it is right before the figure's) that ranks the pairs, its counts in the next."""
    text = layout.text
    span_end = min(paragraph_end, len(text))
    if whole_said(text, region.end, span_end) or national_mentions(text[region.end:span_end]) \
            or PARTIAL.search(text, region.end, span_end):
        return None
    level = mark_before(layout.levels, layout.level_starts, span_end, region.end)
    if level is not None and level.value == "lower":
        return None
    first = bisect_left(layout.kind_starts, region.end)
    if any(mark.start < span_end and mark.value != race
           for mark in layout.kinds[first:first + 8]):
        return None  # another race named since (the governor's, a DPR list)
    first = bisect_left(layout.house_starts, region.end)
    if first < len(layout.houses) and layout.houses[first].start < span_end:
        return None
    if layout._region_fact(region, "list"):
        return None  # "hanya kalah di dua provinsi, Aceh dan Sumatera Barat": no one place
    if _back(text, region.end, paragraph):
        return "back"
    opens = home is not None and _OPENS_WITH.fullmatch(text, home, region.start) is not None \
        and ranked(text, region.end, paragraph) and \
        not re.search(r"\d[\d.,]*\d\s*(?:suara|persen|%)", text[region.end:paragraph])
    return "opens" if opens else ""
