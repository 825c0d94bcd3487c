"""A share or count the page gives as a projection, not as KPU's count (issue 10, basis). Pure.

Before any plenary a page may list who "diprediksi akan kalah" or is "diperkirakan" to win,
with a pollster's quick-count shares that it does not name (lampung.viva.co.id, 28 Nov 2024:
Tanggamus 28,35 / 71,65, Rakata's quick count; Sirekap then 26.53 / 73.47; second blind run).
Such a figure is an estimate, as a quick count's is: set against the record it is never called
wrong. A flagged figure whose sentence, or the sentence before it (the page may give that one
a paragraph of its own), has a word of projection (rules/figures.yaml `projection_words`) is
held `quick_count_estimate`, when the page states a day before the record's plenary decree
there (or the record holds none). A figure the page gives as the plenary result, or a
fact-check's quote of a hoax, keeps its grade. Only flagged figures are looked up in the
text: no pass per figure.

A figure the page gives as a hope, target or forecast (rules/figures.yaml `hope_words` before it
in its own sentence: "DoaMu optimistis meraih kemenangan melawan kotak kosong ... dengan
perolehan suara sebanyak 93 persen", Pilgub Papua Barat; blind hunt 3; "menyebut perolehan
suaranya akan mencapai 50 persen lebih", Pilwalkot Malang; blind run 9) is no count on any
day: held `hoped_share`, whoever the sentence names nearest the number (here the empty box)
and whoever says it (a campaign's target too). Its wording decides, not its value: a forecast
that lies near the record (50 against 49,55) is held as one that does not, so every graded
figure is looked at, on a page that has such a word at all. A hope the sentence turns from
(`hope_contrasts`: "Meski sempat optimistis, pasangan itu hanya meraih 45 persen") leaves the
result after it graded; a quick count's or survey's figure keeps what its own basis gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from checker.analyse.opening_words import first_opening
from checker.figures.compare import claim_race
from checker.figures.decree_day import dated_before
from checker.figures.moment import stated_day
from checker.figures.numbers import find_numbers
from checker.figures.wording import may_say_between
from checker.models import Claim, Comparison

__all__ = ["around", "held_projections", "where", "word_cue"]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_REACH = 600  # characters before the excerpt where the sentence before it is looked for
_BASES = (None, "real_count")
# A campaign's target is a hope as a pair's is, and so is a figure on a page that reports
# the plenary ("Padahal semula mereka yakin menang 100 persen" after the plenary's shares:
# the page's type is the page's, the hope word is the figure's own); a quick count's or
# survey's projection is held on its own basis
_HOPED = (*_BASES, "internal_count", "plenary")
_MOMENT = "another_moment"
# How sure a win is, said right after the figure: "Pasangan Pram-Doel 99,99 Persen akan
# Memenangkan Pilgub Jakarta" (blind hunt 64: read as the pair's share, discrepant against the
# decree's 50,07), "99 persen bakal menang". A forecast, whatever its value; "meraih 50,07
# persen akan ditetapkan ..." (no verb of winning) is not one.
_ODDS = re.compile(r"\d[\d.,]*[^\S\n]*(?:%|persen)[^\S\n]+(?:akan|bakal|pasti|dipastikan)"
                   r"[^\S\n]+(?:(?:bisa|dapat)[^\S\n]+)?(?:menang|memenangkan|memenangi|"
                   r"unggul|(?:men)?jadi[^\S\n]+pemenang|keluar[^\S\n]+sebagai[^\S\n]+"
                   r"pemenang)\b", re.IGNORECASE)
_GRADED = ("consistent", "minor", "discrepant")


def where(excerpt: str, prose: str) -> int:
    """Where the excerpt starts in the prose (its first words, spaced as the prose has them)."""
    words = excerpt.split()[:8]
    if not words:
        return -1
    # What re.search(r"\s+".join(map(re.escape, words)), prose) finds, without building and
    # compiling a pattern per figure (a page's hoped shares ask it for every plenary figure):
    # the words, one space apart, looked for in the prose with each whitespace run one space (a
    # word holds no whitespace: the two have the same matches, in the same order). Taking runs
    # out moves a place back, never on, so the match is the first one in the prose from there:
    # the first word's places from there, each word after it after whitespace (str.isspace is
    # re's \s; a word cannot open with one, so the greedy \s+ never gives back).
    moved = _spaced(prose).find(" ".join(words))
    if moved < 0:
        return -1
    first, rest, end = words[0], words[1:], len(prose)
    at = prose.find(first, moved)
    while at >= 0:
        place = at + len(first)
        for word in rest:
            gap = place
            while gap < end and prose[gap].isspace():
                gap += 1
            if gap == place or not prose.startswith(word, gap):
                break
            place = gap + len(word)
        else:
            return at
        at = prose.find(first, at + 1)
    return -1


_SPACES = re.compile(r"\s+")
_LAST: list = []  # the last long prose (by identity) and its spacing: each figure of a page


def _spaced(prose: str) -> str:
    """The prose with each whitespace run one space."""
    last = _LAST[:]  # (a copy: another thread may replace it)
    if last and last[0] is prose:
        return last[1]
    spaced = _SPACES.sub(" ", prose)
    if len(prose) >= 2000:  # (a figure's own sentences are spaced anew each time: cheap)
        _LAST[:] = [prose, spaced]
    return spaced


def around(excerpt: str, prose: str) -> str:
    """The excerpt, its sentence's start before it and the sentence before that one (in its own
    paragraph or the one before: a page may give the projection a paragraph of its own)."""
    start = where(excerpt, prose)
    return _around_at(excerpt, prose, start) if start >= 0 else ""


def _around_at(excerpt: str, prose: str, start: int) -> str:
    """around(), the excerpt found at `start`: made of the pieces of prose[start - _REACH:
    start + len(excerpt)] joined by single spaces."""
    pieces = _SENTENCE_END.split(prose[max(0, start - _REACH):start])
    own = pieces.pop() if pieces and pieces[-1].strip() else ""
    before = [p for p in pieces if p.strip()][-1:]
    return " ".join(before + [own + prose[start:start + len(excerpt)]])


def _before_decree(claim: Claim, record) -> bool:
    if stated_day(claim.page_time) is None:
        return False
    race = claim_race(claim, record)
    if race is None:
        return False
    decree = record.best(race, race.area_of(claim.region_code), tier="rekap")
    return decree is None or dated_before(claim, decree.as_of)


@lru_cache(maxsize=8)
def word_cue(words: tuple[str, ...]):
    """Any of the words, whole, in any case (None if there are none); built once per rule
    set, not per page with a flagged figure."""
    return re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(words, key=len,
                                                                     reverse=True))), re.I) \
        if words else None


@lru_cache(maxsize=8)
def _openings(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words, lower case, as opening_words.first_opening looks for them: every match of
    word_cue(words) opens with one. None (search the plain way) if one is not ASCII."""
    return tuple(w.lower() for w in words) if all(w.isascii() for w in words) else None


def _hoped(claim: Claim, prose: str, hope, turn, opens, first: bool = False) -> bool:
    """Does a word of hope stand before the figure in its own sentence ("DoaMu optimistis
    meraih kemenangan melawan kotak kosong ... sebanyak 93 persen"), the sentence not turning
    from it to the result (`turn`) before the figure? A hope after the figure ("... 11,2
    persen. Meski optimis dengan hasil ini") says nothing of it. `first`: only the first
    number after the hope word is hoped (a page reporting the plenary: "yang diperkirakan
    akan memperoleh 20,1 persen meraih 17,29 persen" hopes 20,1; 17,29 is the result)."""
    start = where(claim.excerpt, prose)
    if start < 0 or opens is not None and not may_say_between(
            prose, max(0, start - _REACH), start + len(claim.excerpt), *opens):
        # No hope word's first token in its sentences (held_projections' `opens`): none in
        # the stretch of prose they are cut from and joined with spaces (a token has none),
        # the page's places of the tokens found once, not each figure's sentences cut out and
        # lowered (45 graded figures of a news page, 96 % of them with no hope word).
        return False
    for piece in _SENTENCE_END.split(_around_at(claim.excerpt, prose, start)):
        for found in hope.finditer(piece):
            after = piece[found.end():]
            turned = turn.search(after) if turn is not None else None
            numbers = find_numbers(after[:turned.start()] if turned else after)
            if any(n.value == claim.value for n in (numbers[:1] if first else numbers)):
                return True
    return False


def _odds(claim: Claim) -> bool:
    """Is the figure, in its excerpt, how sure a win is (_ODDS)?"""
    return any(numbers and numbers[0].value == claim.value
               for numbers in (find_numbers(m.group(0)) for m in _ODDS.finditer(claim.excerpt)))


def held_projections(claims, comparisons: tuple[Comparison, ...], prose: str,
                     words: tuple[str, ...], record, hopes: tuple[str, ...] = (),
                     contrasts: tuple[str, ...] = ()) -> tuple[Comparison, ...]:
    """The comparisons, each flagged figure the page gives as a projection held; each graded
    one it gives as a hope, target or forecast (`hopes`, not turned from by `contrasts`) is
    held whatever the day and whatever its value: it is no count at all."""
    if record is None or not any(c.status in _GRADED or c.reason == _MOMENT for c in comparisons):
        return comparisons  # (most pages: no pattern built, no text looked at)
    cue, hope = word_cue(words), word_cue(hopes)
    odds = _ODDS.search(prose) is not None
    if hope is not None and not (first_opening(hope, prose, opens) if (
            opens := _openings(hopes)) else hope.search(prose)):
        hope = None  # one look at the page, not one per figure (tried only where a hope word
        # stands: the case-blind alternation tried at each character took 40 ms over a hostile
        # page's 240 KB prose, 1-2 ms over a news page's)
    if hope is None and not odds and (
            cue is None or not any(c.status in ("minor", "discrepant") for c in comparisons)):
        return comparisons
    turn = word_cue(contrasts)
    # Each hope word's first token, lower case: a match of `hope` in a figure's sentences (a
    # hope word whole, in any case; one with a space may span a line break around() joined)
    # holds its first token there, so a figure without one is not looked at further.
    tokens = tuple(w.split()[0] for w in opens) if hope is not None and opens and \
        all(w.split() for w in opens) else None
    out = []
    for c in comparisons:
        claim = claims[c.claim]
        # A figure held as of another moment (under_way.py) may still be a hope: no count at
        # all, which says more (DoaMu's "optimistis ... 93 persen", Papua Barat read mid-count).
        moment = c.status == "unverifiable" and c.reason == _MOMENT
        if c.status not in _GRADED and not moment or claim.kind not in ("share", "votes") or \
                claim.quoted:
            pass
        elif claim.claim_type in _HOPED and (
                odds and claim.kind == "share" and _odds(claim) or hope is not None and
                _hoped(claim, prose, hope, turn, tokens, claim.claim_type == "plenary")):
            c = replace(c, status="unverifiable", reason="hoped_share")
        elif moment or c.status == "consistent" or claim.claim_type not in _BASES:
            pass
        elif cue is not None and _before_decree(claim, record) and \
                cue.search(around(claim.excerpt, prose)):
            c = replace(c, status="unverifiable", reason="quick_count_estimate")
        out.append(c)
    return tuple(out)
