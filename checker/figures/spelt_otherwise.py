"""A pair's name spelt otherwise than KPU writes it, in the race the page names.

Pages spell a given name as its bearer is called, not as the ballot has it: "Dedi" for DEDY,
"Hendri" for HENDRY, one letter of a short word, below the matcher's bar. When no pair of the
races of the figure's area reaches that bar, the collector looks for the name in every race of
the country, where a namesake of other words ("Abidin-Dedi" against Bener Meriah's EDI SARIMAN
USMAN - RAIS ABIDIN) wins and carries the figure off to a region the page never names (blind run
12, Pulau Taliabu's ABIDIN JAABA - DEDY MIRZAN). A pair of the area's own races that has one of
the written words as it is and every other one nearly is the pair the page means; two such name
nobody, and neither case looks further afield. Pure.
"""

from __future__ import annotations

from rapidfuzz import fuzz

_NEAR = 70  # fuzz.ratio of a short name one letter off ("dedi"/"dedy" 75, "edi"/"dedy" 57)


def spelt_otherwise(matcher, name: str | None, races, found, fallback: bool):
    """(candidate, fallback) for the collector's lookup of `name` in `races`: unchanged when a
    candidate was `found`, when no look further afield was due, or when no pair of `races`
    nearly spells `name`; else the one pair that does (None for two) and no further look."""
    if found is not None or not fallback or not races or not name:
        return found, fallback
    tokens = matcher.written_tokens(name)
    if len(tokens) < 2:
        return found, fallback  # one word is too little to tell a spelling from a namesake
    near = []
    for cand, words in matcher.race_words(races):
        # A ratio of 100 is the same word: a pair with none of the written words as they are
        # is passed at C speed (the ratios were worked out for every word of every pair of
        # the races, 1.5 % of a news page's check).
        if not any(w in words for w in tokens):
            continue
        best = [max((fuzz.ratio(w, t) for t in words), default=0.0) for w in tokens]
        if max(best) == 100 and min(best) >= _NEAR:
            near.append(cand)
    if not near:
        return found, fallback
    return (near[0] if len(near) == 1 else None), False
