"""Lines that are another article's headline (issue 10): "Baca juga: ...", the list under a
"Berita Terkait", "Terpopuler" or "Terkini" heading, and a list of such headlines with no heading
(merdeka's AMP pages set four under the lead, corpus-ap: "Hasil Real Count KPU di Bali dengan
Suara Masuk 42,15%: ..." over a national story): three or more title-case lines in a row, each
of six words or more with no sentence end, one of them giving no figure but a year. Such a line's figure is real and of a real
race, but of the linked article's day, which this page does not give (often a Sirekap share
while the count went on): it is read and attributed, and held unverifiable (reason `teaser`)
unless the line itself states its moment (a day, a counting progress) before the figure. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from checker.analyse.phrases import normalise

__all__ = ["in_teaser", "linked_headlines", "teaser_hold", "teaser_lines", "teaser_sentences",
           "teaser_spans"]

# A line opening as a link to another article ("Baca juga: ...", "Berita terkait: ...", the
# Tribun network's "BACA: ...").
OPENS = re.compile(r"[^\S\n]*(?:baca|simak|lihat)[^\S\n]+(?:juga|pula)\b|[^\S\n]*(?:berita|"
                   r"artikel)[^\S\n]+terkait\b|[^\S\n]*baca[^\S\n]*:", re.IGNORECASE)
# A heading over a list of other articles' headlines, alone on its line; also a site's picks
# ("Rekomendasi", "Pilihan Redaksi", "Berita Pilihan", "Paling Banyak Dibaca"): a headline
# under "Pilihan Redaksi" named the DKI race, and the lead's next "Pasangan nomor urut 2 meraih
# 58,81 persen" (Jawa Timur's) was graded as DKI's pair no. 2.
_HEADING = re.compile(r"[^\S\n]*(?:(?:(?:berita|artikel|baca|simak|lihat)[^\S\n]+)?(?:terkait|juga|"
                      r"pula|terpopuler|terkini|populer|terbaru|lainnya)|rekomendasi(?:[^\S\n]+"
                      r"(?:untuk[^\S\n]+anda|berita|artikel))?|(?:berita|artikel)[^\S\n]+(?:pilihan|"
                      r"rekomendasi)|pilihan[^\S\n]+(?:redaksi|editor)|(?:paling[^\S\n]+banyak|"
                      r"terbanyak)[^\S\n]+dibaca)[^\S\n]*:?[^\S\n]*", re.IGNORECASE)
# A headline: no sentence end, short. Its list ends at the first line that is not one.
_HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?\"'”])[^\S\n]*")
_SENTENCE_ENDS = frozenset(".!?\"'”")  # (_headline: the look-behind's)
_LIST = 12  # headlines a heading covers at most
_LISTED = re.compile(r"(?i)terkait")  # "Berita Terkait": a list, not one link
# An unheaded list of headlines: title-case words (Indonesian headlines keep their small
# function words lower case), six or more a line, three lines or more. A results list names a
# pair and its count ("Ridwan Kamil-Suswono: 1.718.160 suara (39,40%)"): too few words, and
# "suara" lower case. One line with no number but a year is a story, not a row of results.
_WORD = re.compile(r"[^\W\d_][\w'-]*")
# "versi" too: "Kalah Pilpres 2024 versi Quick Count" (merdeka.com, corpus-aw).
_SMALL = frozenset("di dan pada dengan ke dari yang untuk atau hingga vs versi per ini itu oleh"
                   .split())
_RUN = 3
_WORDS = 6
# A results row ends in its count ("Pasangan Tonny Uloli dan Marten Taha : 31.691"), not in a
# year ("... pada Pemilu 2019 dan 2024" is a headline); a line
# with "|" is the page's own chrome (a section path, "Penulis: ... | Editor: ...").
_ROW_END = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d[^\S\n]*$)\d[\d.,]*[^\S\n]*$")
_FIGURE = re.compile(r"\d(?:[.,]\d+)+|\d+\s*(?:%|persen\b)|\b(?!(?:19|20)\d\d\b)\d+\b")


def teaser_spans(text: str, starts: list[int], links=()) -> list[tuple[int, int]]:
    """The (start, end) of every teaser line, `starts` being where the lines begin; `links`:
    the page's (address, anchor text), whose article links' lines are teasers too."""
    spans, left = [], 0
    bare = _unheaded(text, starts) | linked_headlines(text, starts, links)
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
        elif left and _headline(text[start:end]):
            spans.append((start, end))
            left -= 1
        elif start in bare:
            spans.append((start, end))
        else:
            left = 0
    return spans


def _titled(text: str, start: int, end: int) -> bool:
    """Is the line a headline by its face: no sentence end, six words or more, each one but
    the small function words capitalised, not ending in a count, no "|"?"""
    line = text[start:end]
    if "|" in line or not _headline(line):
        return False
    last = line.rstrip()[-1:]  # _ROW_END's count ends the line: only then is it searched
    if (last.isdigit() or last in (".", ",")) and _ROW_END.search(text, start, end):
        return False
    words = _WORD.findall(text, start, end)
    return len(words) >= _WORDS and all(w[0].isupper() for w in words if w.lower() not in _SMALL)


def _headline(line: str) -> bool:
    """_HEADLINE.fullmatch(line) for a line (no newline), at C speed: at most 200 characters
    before its trailing space (str.rstrip strips what the pattern takes for space), not
    ending in a sentence end unless space follows within them. (The pattern backtracked
    through 200 characters of every longer line, line after line of a page.)"""
    kept = len(line.rstrip())
    return bool(line) and (kept < len(line) and kept < 200 or
                           0 < kept <= 200 and line[kept - 1] not in _SENTENCE_ENDS)


def _unheaded(text: str, starts: list[int]) -> set[int]:
    """The starts of the lines in a run of _RUN or more headlines with no heading over them, one
    of which gives no figure (only a year, or none)."""
    found, run = set(), []
    for start in [*starts, None]:
        end = None if start is None else (text.find("\n", start) + 1 or len(text) + 1) - 1
        if start is not None and _titled(text, start, end):
            run.append((start, end))
            continue
        if len(run) >= _RUN and any(not _FIGURE.search(text, a, b) for a, b in run):
            found.update(a for a, _ in run)
        run = []
    return found


def teaser_lines(layout) -> list[tuple[int, int]]:
    """teaser_spans of the page read by `layout` (over its paragraphs), once a page: its
    sentences, in_teaser and related.before_teasers all read them."""
    spans = layout.__dict__.get("_teaser_lines")
    if spans is None:
        spans = layout.__dict__["_teaser_lines"] = teaser_spans(
            layout.text, layout.paragraphs, layout.out.page.links)
    return spans


# A link to another article: its address ends in a slug of several words ("/2024/02/15/real-
# count-kpu-prabowo-unggul", "...-246637-mvk.html"), not a profile, a tag or a section ("/profil/
# koster", "/tag/pilpres").
_SLUG = re.compile(r"/[^/?#]*?[a-z0-9]+(?:[-_][a-z0-9]+){3,}[^/?#]*/?(?:[?#].*)?$", re.IGNORECASE)
_LINKED_WORDS = 4  # words and figures a linked headline has at least ("Anies Unggul 44,38%")
_MAX_HEADING = 300  # (anchor texts are kept normalised, as Page.links gives them)


def linked_headlines(text: str, starts: list[int], links) -> set[int]:
    """The starts of the lines whose whole text is the anchor text of a link to another
    article (`links`: the page's (address, normalised anchor text)), and reads as a headline: no
    sentence end, four words or more. "Real Count KPU Suara Masuk 35%: Prabowo Unggul 52,89%,
    Anies 44,38%" in a list of links under a Bali governor story is that article's, whatever
    this page's region (corpus merdeka Bali; stressed's "Berita Terkait")."""
    anchors = {words for href, words in links if words and _SLUG.search(href or "")}
    if not anchors:
        return set()
    found = set()
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = normalise(text[start:end]) if end - start <= _MAX_HEADING else ""
        if line in anchors and _headline(text[start:end]) and \
                len(line.split()) >= _LINKED_WORDS:
            found.add(start)
    return found


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
