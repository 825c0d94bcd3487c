"""A province named as where a pair won or led, then its counts a paragraph on with no place:
"Prabowo-Gibran juga mampu unggul di DKI Jakarta ..." and then "Prabowo-Gibran unggul tipis
dengan raihan 544.763 suara atau 41,15 persen" (blind hunt 24: on a page whose lead says
"secara nasional" such counts were graded against the country's, four false flags). Asked by
checker/figures/scope_gate.py for a presidential count it would grade as the country's. Pure."""

from __future__ import annotations

import re

from checker.figures.speech_place import after_speech
from checker.figures.teasers import teaser_spans

__all__ = ["LOCATIVE", "led_before"]

# The words that place a figure where a region is named: "di Jawa Timur", "tingkat Provinsi
# Jawa Timur", "se-Jatim", "wilayah Jawa Timur".
LOCATIVE = re.compile(r"(?:\b(?:di|se|tingkat|seluruh|wilayah|provinsi|kabupaten|kota)\s*-?\s*)$",
                      re.IGNORECASE)


def _teaser_lines(text) -> frozenset[int]:
    """The paragraphs that are a related article's headline (teasers.teaser_spans)."""
    starts = text.starts
    spans = teaser_spans("\n".join(text.lines), starts)
    return frozenset(i for i, start in enumerate(starts) if any(a <= start < b for a, b in spans))


def led_before(matcher, index: int, text, national) -> bool:
    """Does one of the two paragraphs before paragraph `index` of `text` (scope_gate's
    GateText) say one province where a pair won or led ("unggul di DKI Jakarta", "menang di
    Jawa Tengah"), with nothing of the country (`national(paragraph)`) between? Not several
    ("unggul di Provinsi Aceh dan Sumatera Barat"), nor a related article's headline ("Hasil
    Real Count KPU di Bali ..." in a list of them above the story)."""
    teasers = text.once(_teaser_lines, text)
    for at in range(index - 1, max(0, index - 2) - 1, -1):
        if at in teasers:
            continue
        paragraph = text.lines[at]
        if text.once(national, paragraph):
            return False
        provinces = [hit for hit in text.once(matcher.region_mentions, paragraph)
                     if hit.code and len(hit.code) == 2 and hit.code != "99"  # (not abroad)
                     and not after_speech(paragraph, hit.start)]  # "dibacakan di Jakarta, Rabu"
        if provinces:
            return len({hit.code for hit in provinces}) == 1 and any(
                LOCATIVE.search(paragraph[max(0, hit.start - 25):hit.start]) for hit in provinces)
    return False
