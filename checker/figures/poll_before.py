"""A poll named in the sentences just before a figure, after any count named (blind hunt 42,
tests/test_blind42.py). "Indopolling Network merilis hasil survei terbarunya pada Rabu.
Pramono-Rano meraih 48,4 persen, disusul Ridwan Kamil-Suswono 38,4 persen": the shares are the
poll's, though their sentence names no survey; "Survei Indikator soal kepuasan publik terbit Mei
2025. Gubernur Jawa Timur Khofifah Indar Parawansa di posisi ketiga dengan 75,3 persen": the
governor's approval. On a page that named KPU's count before (or a count word that is none: "KPU
DKI telah menetapkan tiga pasangan calon"), or named no count at all, they were graded against
the decree as counts of that basis: false flags (48,4 and 4,0 against DKI's 50,07 and 10,53;
75,3 against Jatim's 58,81). poll_page.py types such figures where the headline names the poll
and the page no count; this reads the figure's own paragraph and the one before it.

Not a quick count a page calls a survey: "unggul dalam survei terbaru Voxpol Center ... Dengan
data masuk 82,67 persen per pukul 16.00 WIB, ... 77,58 persen" (corpus langgam.id, Pilgub
Sumbar: the data coming in on the day of the vote); nor a paragraph before that ends in no
sentence stop: another article's headline set between paragraphs ("Survei Terbaru Wali
Tertinggi, Unggul 6,8 Persen dari Abadi di Pilwali Kota Malang", corpus vivamalang.co.id,
over the DPRD plenary's counts of the parties). Nor a poll in the count word's own sentence: that
sentence sets the count beside the poll ("Rekapitulasi hasil Pemilu 2024 di Provinsi Jawa Barat
ternyata tak jauh berbeda dengan survei ...", tests/test_blind28.py), and the figures after it
are the count's, each forecast beside them marked by its own verb (forecast.py).

A poll's noun (survei, jajak pendapat, kepuasan, approval rating, elektabilitas; not "lembaga
survei", a pollster that runs quick counts too) after the count word nearest before the figure,
in the figure's paragraph or the paragraph before it, and not in another article's headline
line: the figure is the poll's (count_basis types it `survey`: held, never graded). A count
named after the poll ("Hasil survei meleset. Rekapitulasi KPU mencatat X 58,81 persen") is the
nearest count word, and stands. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from checker.figures.at_words import find_at_words
from checker.figures.poll_page import POLL, POLL_KEYS
from checker.figures.teasers import in_teaser

__all__ = ["poll_before"]

# "lembaga survei", "lembaga-lembaga survei": the pollster, which runs quick counts as well
_POLLSTER_WORD = re.compile(r"\blembaga(?:-lembaga)?\s+$", re.IGNORECASE)
# What a quick count has and a poll of opinions has not: data coming in, or its own name.
_COUNTED = re.compile(r"\b(?:yang|suara|data|sampel)[^\S\n]+masuk\b|\bhitung[^\S\n]+cepat\b|"
                      r"\bquick[^\S\n]+count|\bexit[^\S\n]+poll|\bkeluaran\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d)]*(?:\s|$)")
_STOPS = ".!?:\"'\u201d)"  # how a paragraph of sentences ends (a headline ends in none)


@lru_cache(maxsize=4)
def _polls(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Where the text names a poll: (starts, spans), found once per text (a page of one long
    paragraph asks for every figure: a search of the paragraph each time was quadratic)."""
    spans = tuple((m.start(), m.end()) for m in find_at_words(POLL, text, POLL_KEYS))
    return tuple(start for start, _ in spans), spans


def _last_visible(text: str, start: int, end: int) -> str:
    """The last character of text[start:end] that is not a blank ("" if none)."""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return text[k] if k >= start else ""


def poll_before(layout, since: int, position: int, paragraph: int, sentence_end: int) -> bool:
    """Is a poll named after `since` (the end of the count word nearest before the figure, or
    0) in the figure's paragraph (starting at `paragraph`) or the one before it (ending in a
    sentence stop), before `position`, with no sign of a quick count from there to the end of
    the figure's sentence (`sentence_end`)?"""
    text = layout.text
    starts, spans = _polls(text)
    if not starts:
        return False
    lines = layout.paragraphs
    at = bisect_left(lines, paragraph) - 1
    while at >= 0 and not _last_visible(text, lines[at], paragraph):
        at -= 1  # (an empty line is no paragraph)
    last = _last_visible(text, lines[at], paragraph) if at >= 0 else ""
    before = last != "" and last in _STOPS
    start = max(since, lines[at] if before else paragraph)
    if start >= position:
        return False
    for m_start, m_end in spans[bisect_left(starts, start):bisect_left(starts, position)]:
        if m_end > position:
            continue  # (the search ended at the figure)
        if _POLLSTER_WORD.search(text, max(start, m_start - 20), m_start) is None and \
                in_teaser(layout, m_start) is None and \
                (not since or _SENTENCE_END.search(text, since, m_start) is not None):
            return _COUNTED.search(text, m_end, max(position, sentence_end)) is None
    return False
