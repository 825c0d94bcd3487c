"""The country named as a count's coverage right after it: in its own clause ("won 24.95%
nationwide", "24,95 persen secara nasional", blind hunt 31) or in the sentence after it
(corpus-ar). Pure.

    "... PSI untuk Pileg DPR 2024 sudah mengantongi 153.844 suara atau setara 3,64 persen. Suara
     yang masuk ke KPU baru berasal dari 20.087 TPS dari 823236 TPS di seluruh Indonesia."

(Tentangkita, on a page about the DPRD DKI count.) The figure's own sentence and its paragraph
before it name no place, so the page's area (DKI, its title's) was taken; the sentence after it
says what the count covers: TPS of the whole country. Only that sentence, in the same paragraph,
and only when it gives a TPS count and names the country ("seluruh Indonesia", "secara
nasional": places.national_mentions, already among the layout's regions); a place named in the
paragraph before the figure still decides.

And (whole_goes_on) the country's Pilpres count going on in the paragraph after the one that
gave the whole (issue 10, recall; tests/test_recall_s40.py):

    "... Ganjar-Mahfud di Jakarta mendapat 623.335 suara. Secara keseluruhan, Anies-Muhaimin
     mengantongi 23.933.303 suara atau 24,25 persen."
    "Dengan itu keduanya berada di urutan kedua. Prabowo-Gibran memimpin dengan 57.928.587
     suara, sedangkan Ganjar-Mahfud mencapai 16.823.290 suara."

The second paragraph names no place; the last one named (Jakarta, with figures of its own) made
its counts of no one area (held `region_unclear`). They go on with the country when the
paragraph right before (asides skipped) says the whole after its last place ("secara
keseluruhan", "secara nasional") and its last figure was read as the country's; not when the
figure's paragraph names a place before it or opens by pointing back to one ("Di provinsi
itu"); the paragraph's later figures go on with its first. Only on a Pilpres page, whose whole
is the country. Pure; asked by from_text."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.asides import scope_before
from checker.figures.carried_area import OPENS_BACK
from checker.figures.regions import RegionHit
from checker.figures.won_part import whole_said

__all__ = ["national_after", "whole_goes_on"]

# "20.087 TPS", "dari 823.236 TPS": the coverage of a reading, counted in TPS
_TPS_COUNT = re.compile(r"\d[\d.,]*\s+TPS\b", re.IGNORECASE)
# The figure, its unit and what it is of, and nothing else, before the country's name: "24.95%
# nationwide", "24.95 percent of the vote nationwide", "24,95 persen suara secara nasional".
# "Anies Baswedan, who led Jakarta from 2017 to 2022, won 24.95% nationwide": the place named
# before in the sentence is the person's past office; the words after the figure say where it
# was counted. Not "41,07 persen, sementara secara nasional 24,95": a comma opens another clause.
_OWN_COVERAGE = re.compile(r"\d[\d.,]*\s*(?:%|persen\b|percent\b|per\s+cent\b)?\s*(?:(?:of\s+)?"
                           r"(?:the\s+)?(?:total\s+)?(?:popular\s+)?(?:votes?|suara(?:\s+sah)?)\s+)?",
                           re.IGNORECASE)

# The share's own base named as the country's: "58,59 persen dari total suara sah nasional" (the
# decree read out by KPU's chairman, blind hunt 57), "58.6% of the national valid votes"; a place
# named in the sentence before ("... di Jakarta") is where it was read out, not what it counts.
_OF_NATIONAL = re.compile(r"\d[\d.,]*\s*(?:%|persen\b|percent\b)\s*(?:dari\s+(?:total\s+|jumlah\s+)?"
                          r"suara(?:\s+sah)?\s+(nasional)|of\s+the\s+(?:total\s+)?(national)\s+"
                          r"(?:valid\s+)?votes?)\b", re.IGNORECASE)


def national_after(layout, position: int, where: tuple[int, int, int, int], region=None):
    """The country's RegionHit named right after the figure at `position` (its own clause), or,
    where no region in the figure's paragraph comes before it (`region`, the one read so far),
    in the sentence after it when that sentence, in the figure's paragraph, states a TPS
    coverage of the whole country; else None. `where`: layout._where(position)."""
    sentence_end, paragraph, paragraph_end = where[1], where[2], where[3]
    starts = layout.region_starts
    own = _OWN_COVERAGE.match(layout.text, position, sentence_end)
    if own is not None and (at := bisect_left(starts, own.end())) < len(starts) and \
            starts[at] == own.end() and layout.regions[at].code == "":
        return layout.regions[at]
    if (base := _OF_NATIONAL.match(layout.text, position, sentence_end)) is not None:
        word = 1 if base.group(1) else 2
        return RegionHit("", "", 0, base.start(word), base.end(word))
    if region is not None and (region.start >= paragraph or region.line):
        return None
    if sentence_end >= paragraph_end:
        return None
    if bisect_left(starts, position) > bisect_left(starts, paragraph):
        return None  # a place named in the paragraph before the figure decides
    after = layout._where(sentence_end)
    if after[2] != paragraph:
        return None
    hits = [r for r in layout.regions[bisect_left(starts, after[0]):bisect_left(starts, after[1])]
            if r.code == ""]
    if not hits or _TPS_COUNT.search(layout.text, after[0], min(after[1], paragraph_end)) is None:
        return None
    return hits[0]


def whole_goes_on(layout, position: int, where: tuple[int, int, int, int], region):
    """The country's RegionHit for the figure at `position` when it goes on with the whole the
    paragraph before gave; else None. `where`: layout._where(position)."""
    out, text = layout.out, layout.text
    sentence, paragraph = where[0], where[2]
    if not out.presidential or region is None or region.code == "" or region.line or \
            region.start >= paragraph:
        return None  # (no place before: nothing to go on from; one in the paragraph decides)
    if OPENS_BACK.match(text, sentence) or OPENS_BACK.match(text, paragraph):
        return None
    going = layout.__dict__.setdefault("_whole_goes_on", set())  # paragraphs that went on
    if paragraph in going:  # ("..., sedangkan Ganjar-Mahfud mencapai 16.823.290 suara")
        return RegionHit("", "", 0, position, position)
    before = scope_before(layout, paragraph)
    previous = getattr(layout, "previous", None)
    if before is None or previous is None or not before <= previous[1] < paragraph:
        return None  # the last figure read is not the paragraph before's
    claims = out.claims
    last = claims[-1] if claims else None
    if last is None or last.origin != "text" or last.race_kind != "president" or \
            last.region_code != "":
        return None
    if region.end > previous[1] or not whole_said(text, max(before, region.end), previous[1]):
        return None  # the whole said after the last place, before the country's figure
    going.add(paragraph)
    return RegionHit("", "", 0, position, position)
