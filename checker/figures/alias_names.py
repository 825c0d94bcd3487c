"""A member's nickname a page gives with "alias", then uses in the pair's name.

"pasangan Muzakir Manaf alias Mualem-Fadhlullah Dek Fadh unggul dengan 1.492.846 suara"
(corpus-ba, FTNews, Pilgub Aceh): "alias" is a name stop word, so the name read before the
figure is "Mualem-Fadhlullah Dek Fadh", which names nobody, and the count was left without a
pair. The page itself says who "Mualem" is: the name written right before "alias". Each
nickname so defined is replaced by that name and the pair asked again; a name so rebuilt that
names nobody (or one the matcher cannot tell apart) still gets none, so nothing is guessed.
"""

from __future__ import annotations

import re

from checker.figures.matching import fold

__all__ = ["aliases", "with_names"]

_WORD = r"[A-Z][\w.'\u2019]*"
# The name (up to four capitalised words) right before "alias", the nickname (up to three)
# right after it; a hyphen, comma or lower-case word ends the nickname ("alias Mualem-...").
_ALIASED = re.compile(r"((?:" + _WORD + r"[ \t]+){0,3}" + _WORD + r")[ \t]+alias[ \t]+("
                      + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})")
_JOIN = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*|[ \t]+dan[ \t]+")
_MAX = 20


def aliases(text: str, stop: frozenset[str]) -> dict[str, str]:
    """{folded nickname: the name it stands for} for each "Name alias Nick" of the page; a
    title-case word after the nickname may be the sentence's ("alias Mualem Unggul"), so each
    leading run of the nickname's words is kept. Capitalised words that are no name's (stop
    words: "Pasangan", "Calon") are dropped from the name's start."""
    found: dict[str, str] = {}
    if "alias" not in text:
        return found
    for _, match in zip(range(_MAX), _ALIASED.finditer(text)):
        words = match.group(1).split()
        while words and fold(words[0]) in stop:
            words.pop(0)
        if not words:
            continue
        nick = match.group(2).split()
        for n in range(1, len(nick) + 1):
            key = fold(" ".join(nick[:n]))
            if key not in stop:
                found.setdefault(key, " ".join(words))
    return found


def with_names(name: str, nicks: dict[str, str]) -> str | None:
    """`name` with each member written as a nickname of `nicks` replaced by the name it stands
    for ("Mualem-Fadhlullah Dek Fadh" -> "Muzakir Manaf-Fadhlullah Dek Fadh"); None when no
    member is such a nickname."""
    members = _JOIN.split(name.strip())
    if len(members) > 2:
        return None
    rebuilt = [nicks.get(fold(m), m) for m in members]
    return "-".join(rebuilt) if rebuilt != members else None
