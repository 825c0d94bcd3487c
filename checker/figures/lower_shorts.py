"""A short name the page gave a pair, written again in lower case after a pair's noun
(blind hunt 25, Garut): the pair named once in full with "(Someah)" after it, then "paslon
Santri unggul ..., sedangkan paslon someah memperoleh N suara". One lower-case word
is no name run (name_runs: "melalui akun resmi" must not name YANSEN AKUN EFFENDY), so the
figure fell to the pair named before it. After "paslon", "pasangan (calon)" or "paket" the word
is the pair's name when it is one the page defined in brackets (page_roster.ShortNames); an
ordinary word there ("pasangan yang", "paslon nomor") is none. Pure."""

from __future__ import annotations

import re

from checker.figures.at_words import Keys, find_at_words

__all__ = ["lower_short_starts"]

# A pair's noun, then one lower-case word (group 1) that may be the short name.
_AFTER_NOUN = re.compile(r"\b(?:paslon|pasangan(?:[^\S\n]+calon)?|paket)[^\S\n]+"
                         r"([a-z][a-z'\u2019]{2,}(?:-[a-z][a-z'\u2019]+)?)\b", re.IGNORECASE)
_MOST = 400  # nouns looked at on one page
# Every match opens at one of these words (a whole word: \b, then space after it): the pattern
# is tried only there (at_words), not at each position of the page's prose.
_NOUN_KEYS = Keys(("paslon", "pasangan", "paket"))


def lower_short_starts(text: str, short_names) -> frozenset[int]:
    """Where a lower-case short name of the page's own starts, right after a pair's noun;
    `short_names` is the page's ShortNames (asked only when such a word is found)."""
    found = []
    for _, match in zip(range(_MOST), find_at_words(_AFTER_NOUN, text, _NOUN_KEYS)):
        word = match.group(1)
        if word.islower() and short_names.defines(word):
            found.append(match.start(1))
    return frozenset(found)
