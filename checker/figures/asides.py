"""Another article's headline set between two paragraphs of this one ("Baca juga: Real Count
Pilkada Lebong 2024, Azhari-Bambang Unggul, Raih 51,02 Persen", "Simak juga", "Artikel
terkait", "BACA:") is an aside: the reader skips it, and so does the prose around it. Its own
figure is read on its own (related.related_scope, teasers.teaser_hold), but it never becomes the
figure "before" the paragraphs after it: a bare kecamatan list after the aside ("Kecamatan
Mandonga (7.758), Kecamatan Kendari (6.516), ...") continues the pair and the city of the
paragraphs before it (corpus-ac, TribunTrends on KPU Kendari's plenary). Pure."""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.teasers import in_teaser, teaser_lines

__all__ = ["list_intro", "past_aside", "scope_before"]

# The paragraph that announces a pair's kecamatan list: "Paslon nomor urut satu ini menang di
# lima kecamatan dari 11 kecamatan se-Kota Kendari", "unggul di 7 distrik".
_ANNOUNCES = re.compile(r"(?i)\b(?:menang|unggul|berjaya|mendominasi|menguasai)\b[^\n]{0,60}?\b"
                        r"(?:kecamatan|distrik|kapanewon|kemantren)\b")


def past_aside(reader, number, previous):
    """The figure before `number` for its reading: inside an aside, the one before (the aside
    reads its own line); at the first number after an aside, the figure before the aside again
    (reader.previous too, which other readers ask). Remembered on the reader, once an aside."""
    state = reader.__dict__
    if in_teaser(reader, number.start) is not None:
        state.setdefault("_before_aside", (previous,))
        return previous
    saved = state.pop("_before_aside", None)
    if saved is None:
        return previous
    reader.previous = saved[0]
    return saved[0]


def _paragraph_before(reader, start: int) -> int | None:
    """The start of the paragraph before the one starting at `start`, asides skipped."""
    paragraphs = reader.paragraphs
    index = bisect_right(paragraphs, start) - 2
    spans = teaser_lines(reader)
    starts = [a for a, _ in spans]
    while index >= 0:
        here = bisect_right(starts, paragraphs[index]) - 1
        if here < 0 or paragraphs[index] >= spans[here][1]:
            return paragraphs[index]
        index -= 1
    return None


# A quotation opening its paragraph ('"Kami berterima kasih kepada warga," ujar Respati.').
_QUOTE_OPENS = re.compile(r"[^\S\n]*[\"\u201c\u201d]")
_ASIDES = 3  # asides skipped in a row, at most


def scope_before(reader, start: int) -> int | None:
    """The start of the paragraph before the one starting at `start` whose scope that one goes
    on with: another article's headline ("Baca juga: ..."), a photo caption ("... (Foto:
    Dok)") and a quotation that states no figure and names no race are skipped (Solo's
    kecamatan paragraphs after "Baca Juga: Kalah di Pilkada Solo versi Quick Count ...",
    corpus-av). None when there is none."""
    paragraphs, text = reader.paragraphs, reader.text
    captions = reader.__dict__.get("_caption_starts")  # (from the reader's caption spans)
    if captions is None:
        captions = reader.__dict__["_caption_starts"] = frozenset(a for a, _ in reader.captions)
    index = bisect_right(paragraphs, start) - 2
    for _ in range(_ASIDES + 1):
        if index < 0:
            return None
        a = paragraphs[index]
        b = paragraphs[index + 1] if index + 1 < len(paragraphs) else len(text)
        if not (in_teaser(reader, a) is not None or a in captions or _QUOTE_OPENS.match(
                text, a) and not any(c.isdigit() for c in text[a:b]) and
                bisect_right(reader.kind_starts, b) == bisect_right(reader.kind_starts, a)):
            return a
        index -= 1
    return None


def list_intro(reader, previous, position: int, scope):
    """The pair of a kecamatan list at `position` whose figure before (`previous`) is not in the
    paragraph before the list's: asides between are skipped, and the paragraph right before it
    may announce the list ("... ini menang di lima kecamatan ...") between the pair's figure and
    the list. The pair that paragraph names, else the figure's; None when neither shape holds,
    or when the announcing paragraph names another ballot number than the figure's pair's."""
    paragraphs = reader.paragraphs
    own = paragraphs[bisect_right(paragraphs, position) - 1]
    before = _paragraph_before(reader, own)
    if before is None:
        return None
    if previous[1] >= before:
        return previous[2]
    end = paragraphs[bisect_right(paragraphs, before)] if \
        bisect_right(paragraphs, before) < len(paragraphs) else len(reader.text)
    earlier = _paragraph_before(reader, before)
    if earlier is None or not earlier <= previous[1] < before or \
            not _ANNOUNCES.search(reader.text, before, end):
        return None
    named = reader.name_of(before, end, scope)
    if named[0] is not None:
        return named
    if named[1] is not None and named[1] != previous[2][0].nomor_urut:
        return None
    return previous[2]
