"""A party's or a team's own count, carried through its speaker's next words (corpus-aa). Pure.

"Menurut Ketua DPC PDI Perjuangan Kabupaten Nganjuk, Tatit ..., data internal partainya
mencatat Marhaen-Handy mendapat 40,70 persen suara." then '"Berdasarkan real count yang
dikerjakan DPC PDI Perjuangan ...," ujarnya.' and '"... data yang masuk sudah 99,8 persen,"
kata Tatit': the "real count" the chair speaks of is the party's own, as are the coverage and
the shares that follow it (Sirekap was at 99,69 %: the party's 99,8 is no misquote of it). A
bare "real count" in a quote whose speaker is the one who just gave the internal count (a
pronoun, "ujarnya", or a name the internal count's paragraph holds), within two paragraphs of
it with no other count word between, and in a paragraph that names no election body, is that
internal count. "real count KPU", Sirekap, a commissioner's words: KPU's, unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.count_acronyms import with_count_acronyms
from checker.figures.cues import Mark
from checker.figures.wording import SPEECH_VERBS

__all__ = ["carried_counts"]

_REACH = 2  # paragraphs from the internal count to the speaker's next count word
# characters looked at around a mark (a hostile page's one paragraph may be the whole page)
_WINDOW = 600
# After a quote's closing mark, a speech verb and who said it: '," ujarnya', '," kata Tatit'
_SAID = re.compile(r"[\"\u201d][^\S\n]*(?:" + SPEECH_VERBS + r"|imbuh|tambah|klaim)"
                   r"(?:nya\b|[^\S\n]+(\w+))")
_PRONOUN = frozenset({"dia", "ia", "beliau"})
# A body whose count a speaker could be quoting: then the count word may well be its own.
_BODY = re.compile(r"\b(?:kpu\w*|kip|bawaslu|sirekap|komisi\s+pemilihan)\b", re.IGNORECASE)


def carried_counts(text: str, marks: list[Mark], paragraphs: list[int]) -> list[Mark]:
    """`marks` (cues.claim_types of `text`, in order; `paragraphs`: where each paragraph
    starts, in order) with a bare real count in the words of an internal count's speaker made
    that internal count (and a count's short name the page spells out marked as that count)."""
    out = with_count_acronyms(text, list(marks))
    for i in range(1, len(out)):
        mark, team = out[i], out[i - 1]
        if mark.value != "real_count" or mark.extra is not None or \
                team.value != "internal_count":
            continue
        own = bisect_right(paragraphs, mark.start) - 1
        first = bisect_right(paragraphs, team.start) - 1
        if own - first > _REACH:
            continue
        end = min(paragraphs[own + 1] if own + 1 < len(paragraphs) else len(text),
                  mark.end + _WINDOW)
        start = max(paragraphs[own], mark.start - _WINDOW)
        if _BODY.search(text, start, end):
            continue
        speaker = _speaker(text, start, mark.start, end)
        team_end = paragraphs[first + 1] if first + 1 < len(paragraphs) else len(text)
        if speaker == "" or speaker and re.search(
                rf"\b{re.escape(speaker)}\b", text[max(paragraphs[first], team.start - _WINDOW):
                                                   min(team_end, team.end + _WINDOW)]):
            out[i] = Mark(mark.start, mark.end, "internal_count", team.extra)
    return out


def _speaker(text: str, start: int, position: int, end: int) -> str | None:
    """Who says the quote around `position` in the paragraph [start, end): "" for a pronoun,
    the name word as written, or None (not in a quote, or no speaker given)."""
    if text.count('"', start, position) % 2 == 0 and \
            text.rfind("\u201c", start, position) <= text.rfind("\u201d", start, position):
        return None
    said = _SAID.search(text, position, end)
    if said is None:
        return None
    word = said.group(1)
    if word is None or word.lower() in _PRONOUN:
        return ""
    return word if word[:1].isupper() else None
