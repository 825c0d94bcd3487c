"""Vocabulary phrases on a page: `normalise` (how page text and phrases are compared), `Hit`
(a phrase found, with what surrounds it), and the finders checker.analyse.page runs over the
title, headings, site names, chrome and text. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker.ruleset.model import Vocabulary

__all__ = ["FIGURE", "Hit", "INVISIBLE", "debunks", "find", "identity", "normalise", "scan"]

# Figures in the Indonesian style: "50,07 persen", "42.02%", "2.181.939 suara".
FIGURE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|persen\b)|\d{1,3}(?:\.\d{3})+\s+suara\b",
                    re.IGNORECASE)
# Characters a browser does not show: C0/C1 controls (not whitespace), soft hyphen, zero-width
# and bidi format characters, BOM. "Situs Resmi K\u200bPU" reads "Situs Resmi KPU" on screen, so
# they are removed before anything is matched; a stray NUL must not hide a page either.
INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
                       "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_PUNCT = ".,;:!?()[]-\"'\u201c\u201d\u2018\u2019\u00ab\u00bb"  # around a negation word
_TITLE_SEGMENTS = re.compile(r"\s+[|\-\u2013\u2014:\u00b7\u2022\u00bb]\s+|[|\u2013\u2014\u00b7\u2022\u00bb]")


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
    # split/join collapses the same whitespace as r"\s+" (str.isspace is re's \s) at C speed.
    return " ".join(unicodedata.normalize("NFKC", INVISIBLE.sub("", text)).split()).lower()


@lru_cache(maxsize=128)
def _pattern(phrases: tuple[str, ...], tail: str) -> re.Pattern[str] | None:
    """Any of `phrases` as whole words, longest first, followed by `tail`."""
    if not phrases:
        return None
    alternatives = sorted((re.escape(normalise(p)) for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")" + tail)


def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    return _pattern(phrases, r"(?!\w)")


def _ending_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """Matches text that ends with one of `phrases` (then only spaces or quotes)."""
    return _pattern(phrases, "[\\s\"'\u201c\u2018(]*$")


@lru_cache(maxsize=8)
def _word_sets(negations: tuple[str, ...], conjunctions: tuple[str, ...]):
    return frozenset(negations), frozenset(conjunctions)


def find(phrases: tuple[str, ...], voc: Vocabulary, text: str, where: str,
         debunk: bool = False) -> list[Hit]:
    pattern = _phrase_pattern(phrases)
    if pattern is None or not text:
        return []
    hits: list[Hit] = []
    negs, joins = _word_sets(voc.negations, voc.conjunctions)
    refs = _ending_pattern(voc.references)
    intros = _ending_pattern(voc.self_introductions)
    previous_end = -1
    for match in pattern.finditer(text):
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
                        reference=bool(refs and refs.search(window)),
                        near_figures=bool(FIGURE.search(excerpt)),
                        introduced=bool(intros and intros.search(window))))
        if len(hits) >= 20:  # enough evidence; a hostile page may repeat a phrase 10^6 times
            break
    return hits


def scan(phrases, voc: Vocabulary, title: str, headings: tuple[str, ...], text: str,
         text_too: bool = True, debunk: bool = False) -> tuple[Hit, ...]:
    hits = find(phrases, voc, title, "title", debunk)
    for heading in headings:
        hits += find(phrases, voc, heading, "heading", debunk)
    if text_too:
        hits += find(phrases, voc, text, "text", debunk)
    return tuple(hits)


def identity(voc: Vocabulary, title: str, site_names, headings, text: str, own_voice: str,
             structured: bool, debunk: bool) -> tuple[Hit, ...]:
    """Self-claims where the page speaks as itself (see Page.identity_hits). KPU's office
    address counts only in the banner/footer: news writes "di kantor KPU, Jl. Imam Bonjol"."""
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
        return tuple(hits + list(scan(phrases, voc, "", headings, text, debunk=debunk)))
    hits += find(phrases, voc, own_voice, "header_footer", debunk)
    return tuple(hits + [h for h in find(phrases, voc, text, "text", debunk) if h.introduced])


def debunks(voc: Vocabulary, *places: str) -> bool:
    """A fact-check names the hoax in its headline ("[SALAH] Situs 'Real Count KPU' ...") to
    debunk it: its claim phrases are quotes, not claims. Only the title and the first <h1>
    count (a "Cek Fakta" menu on a results page does not), and "bukan hoaks" does not."""
    return any(not h.negated for place in places
               for h in find(voc.debunk_markers, voc, place, "title"))
