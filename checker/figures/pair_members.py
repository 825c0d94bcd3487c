"""A pair as pages write it, member by member, against the record's roster of one race (issue
10, ballot numbers): "Anwar Hafid - Reny Lamadjido" for KPU's "Dr. ANWAR, S.Sos., M.Si. - dr.
RENY A. LAMADJIDO", "Muhidin-Hasnur" for "H. MUHIDIN - HASNURYADI SULAIMAN", "Dhito-Dewi" for
"H. HANINDHITO HIMAWAN PRAMANA - Hj. DEWI MARIYA ULFA". The matcher wants every written word in
the official name; here a word more, or a short name cut from a member's own name, may stand.

Only where the matcher named nobody, only in the races the figure's area and race words give
(never across the country), only a written pair of two members, and only when:
- each written member shares a word with the same member of the pair (equal or nearly, or a
  short name of four letters or more that the member's word begins or ends with), so
  "Prabowo-Sandi" (2019) is not Prabowo-Gibran and "Ridwan-Rano" is nobody;
- no word written names a member of any other pair of those races (never a guess between two).
Else a pair written by its members' initials ("PD-HB": initials.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from checker.figures.initials import by_initials
from checker.figures.matching import name_tokens
from checker.official.model import Candidate

__all__ = ["by_members", "member_shares"]

_SPLIT = re.compile(r"\s+[-\u2013\u2014/&+]\s*|\s*[-\u2013\u2014/&+]\s+|(?<=\w)[-\u2013\u2014/&+]"
                    r"(?=\w)|\s+(?:dan|and)\s+", re.IGNORECASE)
_OFFICIAL_SPLIT = re.compile(r"\s+-\s*|\s*-\s+")
_PAREN = re.compile(r"\(([^)]*)\)")
_SHORT = 4  # the fewest letters a short name cut from a longer one may have
_UNKNOWN = object()  # (a name not asked yet: None is an answer)
# Lower-case words before a capitalised written pair: words of the sentence ("lalu", then; "dan")
# that a name run took in because some candidate bears them (LALU MUHAMAD IQBAL), no member's.
_LEAD = re.compile(r"^(?:[^\W\d_A-Z][\w']*\s+)+(?=[A-Z])")


@lru_cache(maxsize=4096)  # the roster's names: the same few hundred for every written pair
def _official(name: str, titles: frozenset[str]) -> tuple[frozenset[str], ...]:
    """KPU's "Dr. ANWAR, S.Sos., M.Si. - dr. RENY A. LAMADJIDO, Sp.PK." -> the words of each
    member (degrees after the comma dropped, nicknames in brackets kept)."""
    members = []
    for member in _OFFICIAL_SPLIT.split(name):
        extras = " ".join(_PAREN.findall(member))
        core = _PAREN.sub(" ", member).split(",", 1)[0]
        members.append(frozenset(name_tokens(f"{core} {extras}", titles)))
    return tuple(members)


@lru_cache(maxsize=65536)  # a page's words against one member: asked again for every pair
def _word_matches(word: str, official: frozenset[str], threshold: float) -> bool:
    for own in official:
        if fuzz.ratio(word, own) >= threshold:
            return True
        if len(word) >= _SHORT and len(own) > len(word) and \
                (own.startswith(word) or own.endswith(word)):
            return True  # "Hasnur" of HASNURYADI, "Dhito" of HANINDHITO
    return False


@lru_cache(maxsize=65536)  # (words: name_tokens' tuple)
def member_shares(words: tuple[str, ...], official: frozenset[str], threshold: float) -> bool:
    return any(_word_matches(w, official, threshold) for w in words)


def by_members(matcher, written: str, races, initials: bool = True) -> Candidate | None:
    """The one pair of `races` that `written` names member by member, or None; by initials
    too unless `initials` is False (a short form the page defines itself, "Gusti Gani dan
    Yoga Yuliandra (GG-YY)", is that pair's, whoever else has those initials)."""
    # The answer is the matcher's roster's, whatever the page: kept with the matcher, since
    # pages name the same pairs again (a page's names that named nobody: 40 us each).
    key = ("members", written, races, initials)
    found = matcher._cache.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        found = _by_members(matcher, written, races, initials)
        matcher._remember(key, found)
    return found


def _by_members(matcher, written: str, races, initials: bool) -> Candidate | None:
    written = _LEAD.sub("", written.strip())  # "lalu Rohmi-Firin": "lalu" (then) opens no name
    parts = _SPLIT.split(written)
    if len(parts) != 2 or not races:
        return None
    stop = matcher._stop
    members = [name_tokens(p.split(",", 1)[0], stop) for p in parts]
    if not all(members) or sum(len(m) for m in members) > 10:
        return None
    found: set[Candidate] = set()
    touched: set[Candidate] = set()
    for race in races:
        for cand in matcher._by_race.get(race, ()):
            official = _official(cand.name, matcher._titles)
            if len(official) < 2:
                continue
            if all(member_shares(m, o, matcher.threshold) for m, o in zip(members, official)):
                found.add(cand)
            elif any(member_shares(m, o, matcher.threshold) for m in members for o in official):
                touched.add(cand)  # a word of another pair: the page may mean that one
    if not found and initials:
        # "PD-HB", "FKJ-Nur"; "HAR-Guntur", where "Guntur" touched the pair the initials name
        # (a word of another pair: the page may mean that one, nobody is named)
        pair = by_initials(matcher, written, races)
        return pair if pair is not None and touched <= {pair} else None
    return found.pop() if len(found) == 1 and not touched else None
