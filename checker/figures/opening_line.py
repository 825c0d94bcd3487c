"""A place on a line of its own near a page's top, then the story: where the reporter filed
("Merauke" under the headline; "Jakarta, NU Online" under a photo caption), never the place a
figure is counted in (places.dateline asks; issue 10, attribution)."""

from __future__ import annotations

import re

__all__ = ["masthead_first", "opening_line"]

# ", NU Online", ", Kompas.com": the newsroom's name after the place's comma, up to three
# capitalised words and nothing else on the line (corpus-as: "Jakarta, NU Online" alone on
# the line under a photo caption put the national Pilpres count in DKI).
_LINE_MASTHEAD = re.compile(r",[^\S\n]*[A-Z][\w.&-]*(?:[^\S\n]+[A-Z][\w.&-]*){0,2}[^\S\n]*")


def _past_line(text: str, count: int, position: int) -> bool:
    """Are there `count` line breaks before `position`? Found from the text's start, not
    counted over all of it: asked for a region on a line of its own, and a page may have
    thousands of those (text.count made that quadratic)."""
    at = -1
    for _ in range(count):
        at = text.find("\n", at + 1, position)
        if at < 0:
            return False
    return True


def opening_line(text: str, line: int, end: int, named: bool = False) -> bool:
    """Is text[line:end] a line of its own among the text's first four, or with the
    newsroom's name after it (or, `named`, before it) among the first eight (a byline and a
    photo caption may come first), followed by a paragraph of running prose (not a list item's "Paslon 1: 45.210
    suara")?"""
    stop = text.find("\n", end)
    if stop < 0:
        return False
    masthead = _LINE_MASTHEAD.fullmatch(text, end, stop) is not None
    if text[end:stop].strip(" .") and (named or not masthead):
        return False
    if _past_line(text, 8 if masthead or named else 4, line):
        return False
    after = text.find("\n", stop + 1)
    follow = text[stop + 1:after if after >= 0 else len(text)]
    return len(follow) >= 100 and ":" not in follow[:40]


# "TVRINews, ", "iNews, ", "IDN Times, ", "Kompas.com, ": a newsroom's name before the place's
# comma, up to three words, one of them a newsroom's (News, Times, Online, TV, Post, a web
# address), so that a party or an office ("PDIP, Jawa Tengah") is never one (blind hunt 35:
# "TVRINews, Jakarta" alone on the line under the headline put the national quick count in DKI).
_LEAD_MASTHEAD = re.compile(r"[^\S\n]*[A-Za-z][\w.&-]*(?:[^\S\n]+[A-Z][\w.&-]*){0,2}[^\S\n]*,"
                            r"[^\S\n]*")
_NEWSROOM = re.compile(r"(?:News|Times|Online|TV|Post|\.com|\.id|\.net)\b")


def masthead_first(text: str, line: int, start: int, end: int) -> bool:
    """Is text[start:end] a place on a line of its own near the top but for the newsroom's
    name before it ("TVRINews, Jakarta" under the headline, then the story)? It is where the
    reporter filed, as "Jakarta, NU Online" is."""
    return _LEAD_MASTHEAD.fullmatch(text, line, start) is not None and \
        _NEWSROOM.search(text, line, start) is not None and opening_line(text, line, end, named=True)
