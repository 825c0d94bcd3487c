"""Another article's headline inside this one ("Baca juga: ...", "Berita terkait: ..."): a
link to a page the reader did not open (issue 10, corpus-i). Its figure is that article's:
the words around it here (this article's area, count, election) say nothing about it, so it
stands only where the line itself names a pair of the record; a name the record lacks
("Suara Jokowi Tembus 60 Juta") is left unread rather than given this article's scope. Nor
is the race the line names the race of an article whose head names none ("Baca juga  Syarat
Calon Perseorangan di Pilgub Kaltara 2024" in a story of the Pilpres count: corpus-j). Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from checker.figures.asides import past_aside
from checker.figures.far_teaser import elsewhere
from checker.figures.joined_areas import among_several
from checker.figures.regions import RegionHit
from checker.figures.wording import capitalised
from checker.figures.teasers import (in_teaser, teaser_hold, teaser_lines, teaser_sentences,
                                     teaser_spans)

__all__ = ["before_teasers", "line_starts", "outside", "past_aside", "related", "related_lines",
           "related_scope", "teaser_hold", "teaser_lines", "teaser_sentences"]

# "KPU Jember", "KPU Kabupaten Jember", "KIP Aceh Jaya": the office whose count it is.
_BODY = re.compile(r"\b(?:KPU|KPUD|KIP)[^\S\n]+((?:(?:Provinsi|Kabupaten|Kab\.|Kota)[^\S\n]+)?"
                   + capitalised(3) + ")")

_INTRO = re.compile(r"(?i)\bberikut\b|:\s*$")
_RESULT = re.compile(r"(?i)\d(?:[.,]\d+)+|\d\s*(?:%|persen\b|suara\b)")


def related(layout, number) -> bool:
    """Whether the paragraph (a line of the page) holding `number` opens as a link to a
    related article."""
    return in_teaser(layout, number.start) is not None


def related_scope(layout, number, scope):
    """The scope of a figure in a related article's line: the region the line itself names
    (nearest before the figure, else the first after), never one this article named above it
    ("Baca juga: UPDATE Hasil Real Count KPU Jember, ... Khofifah-Emil 723.833 Suara" under
    this article's heading "Pilkada Kabupaten Malang 2024" is no count of Kabupaten Malang:
    Tirtoberita). With none, its area is unclear."""
    span = in_teaser(layout, number.start) if scope.region is not None and \
        scope.region.level in (1, 2) else None
    if span is None:
        return scope  # (the country, or no area: the scope gate asks its evidence)
    line, end = span
    hits = [h for h in layout.regions if line <= h.start < end]
    before = [h for h in hits if h.start < number.start]
    hit = before[-1] if before else hits[0] if hits else _counted_by(layout, line, end)
    if hit is None and in_teaser(layout, scope.region.start) is not None:
        # The place came from another teaser above ("Hasil Real Count KPU Suara di Sumbar"
        # over "Quick Count CSIS Masuk 90% Suara: ..."): no place of this page's; the line's
        # figure stands as one with no place would (merdeka.com, corpus-aw).
        return replace(scope, region=None, near=False, unclear=False, lower=False)
    if hit is None or among_several(layout, hit, number.start, line):
        # No place, or one of several joined ("di Bali-NTT-NTB": the three summed)
        return replace(scope, region=None, near=False, unclear=True, lower=False)
    return replace(scope, region=hit, near=True, unclear=False, lower=False)


def _counted_by(layout, line: int, end: int):
    """The area of the one KPU whose count the line reports ("Hasil Real Count KPU Jember,
    ..."): the page's regions leave an office's place out (places.institution: "KPU Jakarta"
    is a body), but in another article's headline it is all that says where it was counted."""
    found = {}
    for body in _BODY.finditer(layout.text, line, end):
        words = body.group(1).split()
        for size in range(len(words), 0, -1):  # "KPU Kota Malang Tetapkan": "Kota Malang"
            hit = layout.out.matcher.region(" ".join(words[:size]))
            if hit is not None and hit.level in (1, 2):
                found.setdefault(hit.code or hit.name, RegionHit(
                    hit.code, hit.name, hit.level, body.start(1), body.end(1), False,
                    hit.options))
                break
    return next(iter(found.values())) if len(found) == 1 else None


def related_lines(text: str, paragraphs: list[int], links=()) -> list[tuple[int, int]]:
    """The spans of the lines (paragraphs) that are a related article's headline
    (teasers.teaser_spans; `links`: the page's, whose article links' lines are too)."""
    return teaser_spans(text, paragraphs, links)


def outside(marks: list, spans: list[tuple[int, int]]) -> list:
    """`marks` (sorted by start) without those inside a related article's line (a line's own
    figures keep its marks: they are read apart, in from_text)."""
    if not spans:
        return marks
    starts = [a for a, _ in spans]
    kept = []
    for mark in marks:
        index = bisect_right(starts, mark.start) - 1
        if index < 0 or mark.start >= spans[index][1]:
            kept.append(mark)
    return kept


def before_teasers(layout, marks: list, index: int, position: int):
    """The mark before `position` (index = bisect_right of it over `marks`) outside the
    teasers that give a result of their own: such a teaser's place ("Baca juga: Prabowo-Gibran
    Unggul 63,73 Persen di Luar Negeri") is that article's, not the place of this article's
    paragraphs after it. None when there is no such mark. A figure inside a teaser keeps the
    nearest mark (related_scope reads its line's own place)."""
    spans = layout.__dict__.get("_teaser_spans")
    if spans is None:
        # Only a teaser giving a result of its own is surely another count: one naming a
        # place alone is often this story's ("Baca juga: Pleno KPU DKI Jakarta Digelar").
        # "Simak juga perolehan suara di Kabupaten Bogor berikut:" opens this article's list.
        spans = layout.__dict__["_teaser_spans"] = [
            (a, b) for a, b in teaser_lines(layout)
            if (_RESULT.search(layout.text, a, b) or elsewhere(layout, a, b)) and
            not _INTRO.search(layout.text, a, b)]
    starts = [a for a, _ in spans]
    here = bisect_right(starts, position) - 1
    inside = here >= 0 and position < spans[here][1]
    while index > 0:
        mark = marks[index - 1]
        line = bisect_right(starts, mark.start) - 1
        if inside or line < 0 or mark.start >= spans[line][1]:
            return mark
        index -= 1
    return None


def line_starts(text: str) -> list[int]:
    """Where each line of `text` starts."""
    return [0] + [m.end() for m in re.finditer(r"\n", text)]
