"""Sentences that recall an earlier election beside a figure of their own: "Pada Pilkada 2018
lalu, pasangan X memperoleh 30,06 persen di Maluku Utara", "Ini bukan kali pertama ia
bertarung. Pada Pilpres 2019, Prabowo-Sandi memperoleh ...", "Tingkat partisipasi ... pada
Pilkada 2017 tercatat 75 persen", "pada Pemilu 2019 lalu meraih 13 kursi". The election such a
sentence names is its own figure's scope (the prose reader dates that figure by it); it says
nothing of what the rest of the page is about. A page that reports the Pilkada 2024 without
writing its year, or a 2019 page on the Pilpres, carries such background paragraphs, teasers
and sidebars after its own figures: read as the page's election, they took every figure of
the page to the recalled one (issue 10, context stress: the kinds past, past_self, turnout
and seats lost 184 own figures' attributions on dev pages, 48 of them on a PSU page that
revote.py now dates; 4 now).

    recalled(text, cues, recorded) -> the spans of those sentences
    page_text(text, spans) -> text without them, for the page-level readers (the page's
    default election, its race words, the presidential words, the pairs it names).

Only after the page's first figure: the lead that names the page's election with its first
figure ("Hasil Pilpres 2019 di Sulsel: Prabowo-Sandi 57,02 persen") still speaks for the page.
Only an election before the record's (a 2024 one is the page's own more often than not). Pure.
"""

from __future__ import annotations

import re

from checker.figures.cues import sentence_starts

__all__ = ["page_text", "recalled"]

# A figure: a count or share with its unit ("30,06 persen", "358.537 suara", "13 kursi").
_FIGURE = re.compile(r"(?<![\w.,])\d(?:[\d.,]*\d)?\s*(?:suara|persen|%|kursi)(?!\w)",
                     re.IGNORECASE)
_REACH = 600  # characters around a mark its sentence is looked for in (hostile pages)
_MARKS = 50  # the elections named that are looked at, at most


def recalled(text: str, cues, recorded) -> list[tuple[int, int]]:
    """The spans of the sentences of `text` after its first figure that name an election not
    in `recorded` (an earlier one) and state a figure of their own, in order."""
    first = _FIGURE.search(text)
    if first is None:
        return []
    cuts: list[tuple[int, int]] = []
    for mark in cues.elections(text, limit=_MARKS):
        if mark.value in recorded or mark.start < first.end() or \
                cuts and mark.start < cuts[-1][1]:
            continue
        start, end = _sentence(text, mark.start, mark.end)
        if start >= first.end() and _FIGURE.search(text, start, end):
            cuts.append((start, end))
    return cuts


def page_text(text: str, cuts: list[tuple[int, int]]) -> str:
    """`text` less the spans `cuts` (recalled's)."""
    if not cuts:
        return text
    kept, at = [], 0
    for start, end in cuts:
        kept.append(text[at:start])
        at = end
    return " ".join(kept + [text[at:]])


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of text[start:end], within its line and _REACH characters either side."""
    low = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    high = text.find("\n", end)
    high = min(high if high >= 0 else len(text), end + _REACH)
    starts = [low + s for s in sentence_starts(text[low:high])]
    begin = max(s for s in starts if s <= start)
    after = [s for s in starts if s > start]
    return begin, after[0] if after else high
