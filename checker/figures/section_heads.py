"""The headings that speak for the page as a whole (issue 10, precision first). Pure.

A page's title and first heading say what it is about; a later heading may open a section on
another race ("Hasil Pilgub Papua Barat Daya di Kota Sorong per Kecamatan" under a story on
Depok's count): its race word and places are that section's, and read as the page's they made
Depok's progress the governor race's. A later heading naming only places apart from those the
title names (neither inside nor holding them) gives the page no race, election or basis, and
its line none of the prose's race words that stand for the page's race; one naming no place,
or a place of the title's, stays. Its places still count among the page's (a page on several
provinces' sections is about no one of them: claims._page_scope).
"""

from __future__ import annotations

import re

from checker.analyse.opening_words import lowered_alike
from checker.figures.region_words import prose_mentions

__all__ = ["own_race_marks", "page_headings"]


def page_headings(page, matcher, prose: str,
                  offices=()) -> tuple[list[str], list[tuple[int, int]]]:
    """The page's headings without those of another place's section, and the spans of the
    left-out ones' lines in `prose`; `offices`: the places of the KPU offices the title names
    ("Rekapitulasi KPU Jepara, ...")."""
    headings = list(page.headings)
    if len(headings) < 2:
        return headings, []
    lead = "\n".join([page.title, page.og_title, headings[0]])
    places = {r.code for r in [*matcher.region_mentions(lead), *offices] if r.code}
    titled = bool(places)
    told = None  # the title names no place: the places the prose names, with their offsets
    lowered = False  # prose lower-cased where its places stay a case-blind search's, once
    kept, apart = headings[:1], []
    for heading in headings[1:]:
        named = {r.code for r in matcher.region_mentions(heading) if r.code}
        if not named:
            kept.append(heading)
            continue
        if lowered is False:
            lowered = lowered_alike(prose)
        line = _line(heading, prose, lowered) if heading else None
        if not titled:
            # A listing page (its title "KPU - Halaman 346"): a heading is another section's
            # when the text before it names places, none of them its places ("Hasil Pilgub
            # NTB di Lombok Tengah" after a story on Magetan: not Jawa Timur's governor race).
            if told is None:  # (one scan of the prose, only for a page with such a heading)
                told = [(r.start, r.code) for r in prose_mentions(matcher, prose) if r.code]
            places = {code for start, code in told if line is None or start < line[0]}
        if places and not any(a.startswith(b) or b.startswith(a) for a in named for b in places):
            if line is not None:
                apart.append(line)
            continue
        kept.append(heading)
    return kept, apart


def _line(heading: str, prose: str, lowered: str | None) -> tuple[int, int] | None:
    """Where `heading` first stands in `prose`, in any case: a case-blind search of the
    heading, or, for an ASCII heading in a prose that lowers alike, str.find in the lowered
    prose, which finds the same place (opening_words) at C speed: a pattern per heading
    searched a 20 KB page's prose in about a tenth of a millisecond each."""
    if lowered is not None and heading.isascii():
        at = lowered.find(heading.lower())
        return (at, at + len(heading)) if at >= 0 else None
    line = re.search(re.escape(heading), prose, re.IGNORECASE)
    return line.span() if line is not None else None


def own_race_marks(marks: list, prose: str, matcher, places) -> list:
    """The prose's race words that may stand for the page's race: not one naming, right after
    it, a place apart from every place the title names ("Adapun di Pilgub Kalimantan Timur,
    Rudy-Seno meraih ..." on a page on Serang's re-vote is Kalimantan Timur's race). `places`:
    the RegionHits of the title and headings; none known, every word stays."""
    codes = {code for hit in places for code in (hit.code, *hit.options) if code}
    if not codes:
        return marks
    kept = []
    for mark in marks:
        after = matcher.region_mentions(prose[mark.end:mark.end + 60], limit=1)
        if after and after[0].start <= 1 and (after[0].code or after[0].options) and not any(
                a.startswith(b) or b.startswith(a) for a in (after[0].code, *after[0].options)
                if a for b in codes):
            continue
        kept.append(mark)
    return kept
