"""Vocabulary phrases on a page: `normalise` (how page text and phrases are compared), `Hit`
(a phrase found, with what surrounds it), and the finders checker.analyse.page runs over the
title, headings, site names, chrome and text. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from heapq import heapify, heappop, heapreplace

from checker.ruleset.model import Vocabulary
from checker.models import quick_init

__all__ = ["FIGURE", "Hit", "INVISIBLE", "debunks", "find", "identity", "nfkc", "normalise",
           "phrases_in", "scan"]

# Figures in the Indonesian style: "50,07 persen", "42.02%", "2.181.939 suara". Written
# \d(?:\d{0,2}...|\d{0,2}...) rather than \d{1,3}...|\d{1,3}...: the same matches, but a
# pattern that opens with a character class lets re skip to the next digit in C (2x faster).
FIGURE = re.compile(r"\d(?:\d{0,2}(?:[.,]\d{1,2})?\s?(?:%|persen\b)"
                    r"|\d{0,2}(?:\.\d{3})+\s+suara\b)", re.IGNORECASE)
# Characters a browser does not show: C0/C1 controls (not whitespace), soft hyphen, zero-width
# and bidi format characters, BOM. "Situs Resmi K\u200bPU" reads "Situs Resmi KPU" on screen, so
# they are removed before anything is matched; a stray NUL must not hide a page either.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                       "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_PUNCT = ".,;:!?()[]-\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"  # around a negation word
_SHORT = 2000  # characters: on a shorter text the phrase pattern alone is as fast (find)
_TITLE_SEGMENTS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022\u00bb]\s+|[|\u2013\u2014\u00b7\u2022\u00bb]")


@quick_init
@dataclass(frozen=True)
class Hit:
    """A vocabulary phrase found on the page."""

    phrase: str
    where: str        # title | heading | text
    negated: bool     # preceded by bukan/tidak/not..., or on a fact-check that names the
                      # claim to debunk it: a disclaimer, not a claim
    excerpt: str
    reference: bool = False     # right after "mengunjungi", "tersedia di"...: the page
                                # points to KPU's site ("cek di situs resmi KPU"), not at itself
    near_figures: bool = False  # a percentage or vote count within the excerpt
    introduced: bool = False    # right after "selamat datang di", "ini adalah": the page
                                # introduces itself, wherever the sentence stands


def normalise(text: str) -> str:
    """Lower case, invisible characters dropped, whitespace collapsed, NFKC (fullwidth
    "ＫＰＵ" and "KPU" read the same on screen, so they must match the same)."""
    # Short strings (the rules' phrases, titles, headings) are asked again and again, by
    # every check of every page: remembered. A page's text is not (nor kept alive).
    return _normalise_short(text) if len(text) <= 300 else _normalise(text)


def _normalise(text: str) -> str:
    # split/join collapses the same whitespace as r"\s+" (str.isspace is re's \s) at C speed.
    return " ".join(nfkc(INVISIBLE.sub("", text)).split()).lower()


_CHUNK = 2048
_ASCII_CHAR = re.compile(r"[\x00-\x7f]")


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), a page's text at a time. One character that is
    not in NFKC ("\u2026", a no-break space) made the whole 20 KB text go through the full
    normalisation (1.5 ms, against 0.04 ms for the check that it is already normal); here it
    is cut into pieces of about _CHUNK characters, each normalised on its own, so only the
    pieces holding such a character pay. A piece ends before an ASCII character: no ASCII
    character combines with what precedes it nor has a combining class (a canonical pair
    never ends with one), so the pieces normalise as the whole does."""
    if len(text) <= _CHUNK:
        return unicodedata.normalize("NFKC", text)
    pieces, start = [], 0
    while start < len(text):
        ascii_at = _ASCII_CHAR.search(text, start + _CHUNK)
        end = ascii_at.start() if ascii_at else len(text)
        pieces.append(unicodedata.normalize("NFKC", text[start:end]))
        start = end
    return "".join(pieces)


_normalise_short = lru_cache(maxsize=8192)(_normalise)


@lru_cache(maxsize=128)
def _pattern(phrases: tuple[str, ...], tail: str) -> re.Pattern[str] | None:
    """Any of `phrases` as whole words, longest first, followed by `tail`."""
    if not phrases:
        return None
    alternatives = sorted((re.escape(normalise(p)) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")" + tail)


@lru_cache(maxsize=128)
def _needles(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    """The distinct strings _phrase_pattern(phrases) matches (None if one is empty)."""
    needles = {normalise(p) for p in phrases}
    return None if "" in needles else tuple(sorted(needles))


@lru_cache(maxsize=128)
def _any_needle(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the phrases, anywhere (None if one is empty): what a _phrase_pattern match
    holds at least. Opening with the phrases' first characters, it skips in C to where one
    may start; a heading that holds none of them is done in about a microsecond."""
    needles = _needles(phrases)
    if needles is None:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


def _matches(pattern: re.Pattern[str], phrases: tuple[str, ...], text: str):
    """pattern.finditer(text) for a _phrase_pattern: the same matches, in order. A match can
    only start where one of the phrases does, so on a long text the phrases are looked for
    with str.find (C, no regex step per character: a 20 KB page is 20,000 of them per list)
    and the pattern is tried only there, leftmost first and from the end of the last match,
    as finditer does. Lazy: find() stops after 20 hits."""
    needles = _needles(phrases)
    if needles is None or len(text) < _SHORT:
        yield from pattern.finditer(text)
        return
    heap = [(at, needle) for needle in needles if (at := text.find(needle)) >= 0]
    heapify(heap)
    cursor, tried = 0, -1
    while heap:
        at, needle = heap[0]
        following = text.find(needle, max(at + 1, cursor))
        if following >= 0:
            heapreplace(heap, (following, needle))
        else:
            heappop(heap)
        if at < cursor or at == tried:
            continue
        tried = at
        match = pattern.match(text, at)  # the lookbehind still sees the text before `at`
        if match:
            cursor = match.end()
            yield match


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    return _pattern(phrases, r"(?!\w)")


def _ending_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Matches text that ends with one of `phrases` (then only spaces or quotes)."""
    return _pattern(phrases, "[\\s\"'\u201c\u2018(]*$")


_TRAILING = "\"'\u201c\u2018("  # what _ending_pattern allows after a phrase, with spaces


_ENDINGS: dict[int, tuple[tuple[str, ...], frozenset[str] | None, tuple[str, ...]]] = {}


def _endings(phrases: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The strings an _ending_pattern(phrases) match ends its text with, before the trailing
    spaces and quotes (its phrases, normalised), and their last characters; None when one
    is empty or itself ends with such a character, and this would not hold. Kept by the
    identity of the rules' tuple: hashing its 50 phrases for every window cost as much as the
    look it spares."""
    entry = _ENDINGS.get(id(phrases))
    if entry is None or entry[0] is not phrases:
        endings = tuple({normalise(p) for p in phrases})
        lasts = None if any(not e or e[-1].isspace() or e[-1] in _TRAILING for e in endings) \
            else frozenset(e[-1] for e in endings)
        if len(_ENDINGS) >= 32:
            _ENDINGS.clear()
        entry = _ENDINGS[id(phrases)] = (phrases, lasts, endings)
    return None if entry[1] is None else (entry[1], entry[2])


def _ends_with(pattern: re.Pattern[str] | None, phrases: tuple[str, ...], text: str) -> bool:
    """bool(pattern.search(text)) for pattern = _ending_pattern(phrases). A match needs the
    text, its trailing spaces and quotes set aside, to end with one of the phrases: said with
    a set and str.endswith first, the pattern (tried at each of the window's 40 characters,
    with every phrase) runs only then. Twice per phrase found, up to 100 phrases a page."""
    if pattern is None:
        return False
    found = _endings(phrases)
    if found is not None:
        lasts, endings = found
        end = len(text)
        while end and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
            end -= 1
        if not end or text[end - 1] not in lasts or not text.endswith(endings, 0, end):
            return False
    return pattern.search(text) is not None


@lru_cache(maxsize=8)
def _word_sets(negations: tuple[str, ...], conjunctions: tuple[str, ...]):
    return frozenset(negations), frozenset(conjunctions)


def find(phrases: tuple[str, ...], voc: Vocabulary, text: str, where: str,
         debunk: bool = False) -> list[Hit]:
    pattern = _phrase_pattern(phrases)
    if pattern is None or not text:
        return []
    if len(text) < _SHORT:
        # Titles, headings, site names: most hold none of the phrases (5 lists x 30 headings
        # a page); said so before the per-hit patterns and word sets are even looked up.
        quick = _any_needle(phrases)
        if quick is not None and quick.search(text) is None:
            return []
    hits: list[Hit] = []
    negs, joins = _word_sets(voc.negations, voc.conjunctions)
    refs = _ending_pattern(voc.references)
    intros = _ending_pattern(voc.self_introductions)
    previous_end = -1
    for match in _matches(pattern, phrases, text):
        window = text[max(0, match.start() - 40):match.start()]
        negated = debunk or any(word.strip(_PUNCT) in negs for word in window.split()[-3:])
        # "tidak menerbitkan real count maupun quick count": a negation carries across a
        # conjunction to the next phrase of the same list.
        if not negated and hits and hits[-1].negated and previous_end >= 0:
            between = text[previous_end:match.start()].split()
            negated = len(between) == 1 and between[0].strip(_PUNCT) in joins
        previous_end = match.end()
        start, end = max(0, match.start() - 60), min(len(text), match.end() + 60)
        excerpt = text[start:end]
        hits.append(Hit(match.group(0), where, negated, excerpt,
                        reference=_ends_with(refs, voc.references, window),
                        near_figures=bool(FIGURE.search(excerpt)),
                        introduced=_ends_with(intros, voc.self_introductions, window)))
        if len(hits) >= 20:  # enough evidence; a hostile page may repeat a phrase 10^6 times
            break
    return hits


def phrases_in(phrases: tuple[str, ...], texts) -> set[str]:
    """{hit.phrase for each text for hit in find(phrases, voc, text, ...)}: the phrases of the
    first 20 matches in each text, as find() gives them, without building a Hit (its excerpt,
    negation and reference looks) for each: the election words are read for their names only."""
    pattern = _phrase_pattern(phrases)
    found: set[str] = set()
    if pattern is None:
        return found
    quick = _any_needle(phrases)
    for text in texts:
        if not text or len(text) < _SHORT and quick is not None and quick.search(text) is None:
            continue  # (find()'s quick look: no phrase in it, no match)
        found.update(m.group(0) for _, m in zip(range(20), _matches(pattern, phrases, text)))
    return found


def scan(phrases, voc: Vocabulary, title: str, headings: tuple[str, ...], text: str,
         text_too: bool = True, debunk: bool = False) -> tuple[Hit, ...]:
    hits = find(phrases, voc, title, "title", debunk)
    for heading in headings:
        hits += find(phrases, voc, heading, "heading", debunk)
    if text_too:
        hits += find(phrases, voc, text, "text", debunk)
    return tuple(hits)


def identity(voc: Vocabulary, title: str, site_names, own_voice: str, structured: bool,
             debunk: bool, claims: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """Self-claims where the page speaks as itself (see Page.identity_hits). KPU's office
    address counts only in the banner/footer: news writes "di kantor KPU, Jl. Imam Bonjol".
    `claims` is scan(voc.self_claims, ...) of the title, headings and text (Page.claim_hits):
    its heading and text hits are not looked for a second time."""
    phrases = voc.self_claims
    addresses = find(voc.kpu_addresses, voc, own_voice, "header_footer")
    # In the title, only as the page's name: a segment that starts with it ("Situs Resmi KPU |
    # Real Count") or a welcome; "Cara Cek Hasil di Situs Resmi KPU" is a how-to headline.
    hits = [h for segment in _TITLE_SEGMENTS.split(title) if segment.strip()
            for h in find(phrases, voc, segment.strip(), "title", debunk)
            if h.introduced or segment.strip().startswith(h.phrase)]
    for name in site_names:
        hits += find(phrases, voc, name, "site_name", debunk)
    hits += [h for h in addresses if not debunk]
    if not structured:
        return tuple(hits + [h for h in claims if h.where != "title"])
    hits += find(phrases, voc, own_voice, "header_footer", debunk)
    return tuple(hits + [h for h in claims if h.where == "text" and h.introduced])


def debunks(voc: Vocabulary, *places: str) -> bool:
    """A fact-check names the hoax in its headline ("[SALAH] Situs 'Real Count KPU' ...") to
    debunk it: its claim phrases are quotes, not claims. Only the title and the first <h1>
    count (a "Cek Fakta" menu on a results page does not), and "bukan hoaks" does not."""
    return any(not h.negated for place in places
               for h in find(voc.debunk_markers, voc, place, "title"))
