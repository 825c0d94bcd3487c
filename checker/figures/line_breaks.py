"""Where a line of the prose ends a sentence without a full stop (issue 10, scope).

The prose keeps a line break at every block edge (checker/analyse/walk.py): a headline, a
subheading, a caption, a list item or a dateline ends its line with no full stop, and the
sentence reader (cues.sentence_starts) ran it into the next line's sentence, so a figure's
scope (its pair, area, race, election) could read the words of the line above: "Hasil Pilkada
Kota X 2020" over "Paslon 2 meraih 41.200 suara.". A line that ends in no stop ends its
sentence, unless the page's structure says the next line goes on with it:
- the line ends with a colon (or is inside the list a colon opened, until a line ends with a
  stop): "menang di delapan kabupaten:" / "Parigi Moutong: 110.983 suara" / "Sigi: 51.336
  suara", one list read as before (its items carry the intro's pair);
- the line ends with a comma, a semicolon, a dash or a joining word ("dan", "atau", "serta",
  "yang"), or the next line opens in lower case: a sentence the markup broke (a <br>, a
  wrapper <div>), not two.
Only where a figure's sentence starts: it ends where the stops say, as before (sentence_spans),
so a list's lines still read the words after them up to the stop ("Pramono-Rano: 50,35%" /
"Hasil hitung cepat ini ... Indikator ...": the pollster who counted the list). Pure.
"""

from __future__ import annotations

import re

from checker.figures.cues import sentence_starts
from checker.figures.teasers import teaser_sentences
from checker.figures.wording import may_end_with

__all__ = ["line_sentences", "sentence_spans"]

_STOPPED = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s*$")
_OPENS = re.compile(r":\s*$")
_GOES_ON = re.compile(r"(?:[,;\-\u2013\u2014/&+(]|\b(?:dan|atau|serta|yang|dengan|di|ke|dari|"
                      r"untuk|oleh|sebesar|sebanyak|yakni|yaitu))\s*$", re.IGNORECASE)
# What a _GOES_ON match ends in (then only space): a C-speed look at the line's end spares a
# search tried at each of its characters, for every line of the page (wording.may_end_with).
_GOES_ON_ENDS = (",", ";", "-", "\u2013", "\u2014", "/", "&", "+", "(", "dan", "atau", "serta",
                 "yang", "dengan", "di", "ke", "dari", "untuk", "oleh", "sebesar", "sebanyak",
                 "yakni", "yaitu")


def line_sentences(text: str, sentences: list[int], paragraphs: list[int]) -> list[int]:
    """`sentences` (their starts), with a start added at each line the line before ends
    without a stop, where the page's structure does not carry it on (see the module)."""
    added: list[int] = []
    listing = False
    for index in range(1, len(paragraphs)):
        start, line = paragraphs[index], text[paragraphs[index - 1]:paragraphs[index] - 1]
        if not line.strip():
            listing = False
            continue
        if _STOPPED.search(line):
            listing = False  # a stop ends a list too; the sentence reader decides here
            continue
        if _OPENS.search(line):
            listing = True
            continue
        if listing or may_end_with(line, 0, len(line), _GOES_ON_ENDS) and \
                _GOES_ON.search(line) or text[start:start + 1].islower():
            continue  # (a sentence never opens in lower case: "paslon 1" / "memperoleh ...")
        added.append(start)
    return sorted(set(sentences).union(added)) if added else sentences


def sentence_spans(text: str, lines: list[int], teasers: list[tuple[int, int]]
                   ) -> tuple[list[int], list[int]]:
    """(where sentences end, where they start) in `text` whose lines start at `lines`: the
    ends at the stops only, the starts at the lines without one too; each teaser line a
    sentence of its own in both (teasers.teaser_sentences)."""
    stops = teaser_sentences(text, sentence_starts(text), teasers)
    return stops, line_sentences(text, stops, lines)
