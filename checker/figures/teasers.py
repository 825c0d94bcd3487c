"""Lines that are another article's headline (issue 10): "Baca juga: ...", and the list under a
"Berita Terkait", "Terpopuler" or "Terkini" heading. Such a line's figure is real and of a real
race, but of the linked article's day, which this page does not give (often a Sirekap share
while the count went on): it is read and attributed, and held unverifiable (reason `teaser`)
unless the line itself states its moment (a day, a counting progress) before the figure. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

__all__ = ["in_teaser", "teaser_hold", "teaser_lines", "teaser_sentences", "teaser_spans"]

# A line opening as a link to another article ("Baca juga: ...", "Berita terkait: ...", the
# Tribun network's "BACA: ...").
OPENS = re.compile(r"[^\S\n]*(?:baca|simak|lihat)[^\S\n]+(?:juga|pula)\b|[^\S\n]*(?:berita|"
                   r"artikel)[^\S\n]+terkait\b|[^\S\n]*baca[^\S\n]*:", re.IGNORECASE)
# A heading over a list of other articles' headlines, alone on its line.
_HEADING = re.compile(r"[^\S\n]*(?:(?:berita|artikel|baca|simak|lihat)[^\S\n]+)?(?:terkait|juga|"
                      r"pula|terpopuler|terkini|populer|terbaru|lainnya)[^\S\n]*:?[^\S\n]*",
                      re.IGNORECASE)
# A headline: no sentence end, short. Its list ends at the first line that is not one.
_HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?\"'”])[^\S\n]*")
_LIST = 12  # headlines a heading covers at most
_LISTED = re.compile(r"(?i)terkait")  # "Berita Terkait": a list, not one link


def teaser_spans(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of every teaser line, `starts` being where the lines begin."""
    spans, left = [], 0
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _HEADING.fullmatch(text, start, end):
            spans.append((start, end))
            # "Baca juga:" alone heads one headline: the lines after it are the article's
            # again (a results card's "83.498 suara" ends in no full stop either).
            left = 1 if OPENS.match(text, start, end) and not _LISTED.search(
                text, start, end) else _LIST
        elif OPENS.match(text, start, end):
            spans.append((start, end))
        elif left and _HEADLINE.fullmatch(text, start, end):
            spans.append((start, end))
            left -= 1
        else:
            left = 0
    return spans


def teaser_lines(layout) -> list[tuple[int, int]]:
    """teaser_spans of the page read by `layout` (over its paragraphs), once a page: its
    sentences, in_teaser and related.before_teasers all read them."""
    spans = layout.__dict__.get("_teaser_lines")
    if spans is None:
        spans = layout.__dict__["_teaser_lines"] = teaser_spans(layout.text, layout.paragraphs)
    return spans


def in_teaser(layout, position: int) -> tuple[int, int] | None:
    """The teaser line of the page read by `layout` holding `position`, if any."""
    spans = teaser_lines(layout)
    index = bisect_right(spans, (position, len(layout.text) + 1)) - 1
    return spans[index] if index >= 0 and position < spans[index][1] else None


def teaser_hold(layout, number, stated: set[int]) -> str | None:
    """"teaser" for a figure in another article's headline that states no moment before it
    ("Baca juga: Prabowo-Gibran Unggul 69,40 Persen di Sulawesi Tengah" is Sirekap's share of
    that article's day, not the plenary's 69,57); None otherwise. `stated`: the starts of the
    lines whose counting progress was read so far ("Baca juga: Sirekap Pilpres Data 77,85%:
    Prabowo 58,83%" states its moment: compared as any figure stating one is)."""
    span = in_teaser(layout, number.start)
    if span is None or span[0] in stated:
        return None
    first = bisect_left(layout.time_starts, span[0])
    dated = first < len(layout.time_starts) and layout.time_starts[first] < number.start
    return None if dated else "teaser"


def teaser_sentences(text: str, sentences: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """`sentences` (their starts) with each teaser line a sentence of its own: a headline ends
    in no full stop, and the page's own figure on the line after it ("Baca juga: Saepul-Abang
    Unggul 48,55 Persen di Pilkada Kabupaten Purwakarta" / "7.13%", a results card's next
    line) would read as the teaser's pair's. `spans`: the teaser lines (teaser_lines)."""
    bounds = {b for span in spans for b in (span[0], span[1] + 1)
              if b < len(text)}
    return sorted(bounds.union(sentences)) if bounds else sentences
