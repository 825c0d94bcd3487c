"""Written pairs (two names) that share one member with a record pair: is it that pair, or
someone else's? One page's answers, each fact worked out once per page (the written names' words,
which member of which record pair each written member names), for three questions:

- `other_mate` (issue 10, election): within one race the matcher lets a written pair carry a
  word more than the official name, so "Roslina Rahim-La Ode Yasin" (Pilwalkot Baubau 2018)
  reads as 2024's NUR ARI RAHARJA - LA ODE YASIN: La Ode Yasin stood in both, with different
  running mates. A pair written member by member, one of whose members shares no word (nor a
  short name cut from one, nor an alias) with the pair found while the other does, is someone
  else's pair: another election's. One member alone ("La Ode Yasin meraih ...") or both members,
  by first names or nicknames, still match.
- `names` (earlier_numbers): does the name written for a figure name the record's pair its
  ballot number gives, a word of every member it writes being that pair's?
- `contradict` (blind run 10): a ballot number is the record's pair only if the page does not
  name that number's pair with someone else: after a re-vote (PSU) a party may replace one
  member and keep the number, so "KPU Kukar menetapkan pasangan Aulia Rahman Basri dan Rendi
  Solihin ... Pasangan nomor urut 01 itu meraih 209.905 suara" is the 2025 pair, not the
  record's 2024 "EDI DAMANSYAH - RENDI SOLIHIN", whose number and running mate it shares.
  The page's written pairs (two capitalised names joined by a dash or a slash, or "pasangan X
  dan Y") are read once per page. A pair of the record is contradicted when the page writes a
  pair that is none of the record's, one of whose members is one of its members (every written
  word of that member is the record member's) and whose other member is someone else: none of
  that member's words is a word of the record pair (nor its start or a near spelling, so a
  nickname or short form, "Edi-Rendi", is the same pair) and every one of them is a word of some
  candidate's name in the record (a person, not a place or a dateline "Tenggarong - Rendi
  Solihin mengatakan"). Where the page also writes the record's pair in full or in short, the
  number stays that pair's. A name of the shared member alone ("Rendi Solihin mengatakan ...")
  is not the record's pair either; the other member's alone still is.
Pure.
"""

from __future__ import annotations

import re

from checker.figures.matching import name_tokens, official_members
from checker.figures.pair_members import _official, _word_matches, member_shares
from checker.figures.wording import MEMBER_JOIN
from checker.official.model import Candidate

__all__ = ["NAME", "WrittenPairs"]

# (possessive words and spaces: a word or a run of spaces given back never meets the join or
# the next capital, so backtracking into one only cost time, at every capital of the page)
NAME = r"[A-Z][\w'.]*+(?:\s++[A-Z][\w'.]*+){0,3}"  # a capitalised name of one to four words
_NAME = NAME
# Joined by a dash or a slash, or by "dan" after "pasangan" ("Ahmad Luthfi dan Prabowo" are two
# people, not a pair). ("[Pp]" before the look-behind, where "\b" stood: both branches open with
# a character class, which the regex engine skips to in C.)
_PAIR = re.compile(rf"({_NAME})\s*+[-\u2013\u2014/]\s*+({_NAME})|"
                   rf"[Pp](?<!\w[Pp])asangan\s+({_NAME})\s+dan\s+({_NAME})")
_MOST = 200  # written pairs kept per page (pages are hostile)

_Pair = tuple[str, tuple[str, ...], tuple[str, ...]]  # as written, its two members' words


class WrittenPairs:
    def __init__(self, text, matcher) -> None:
        self._text = text  # a callable: the page's text, read only when a number is asked
        self.matcher = matcher
        self._words: dict[str, tuple[str, ...]] = {}  # a written name -> its words
        self._members: dict[str, tuple[tuple[str, ...], ...]] = {}  # see members()
        self._named: dict[tuple[str, str, str], tuple[bool | None, ...]] = {}  # see _named_by()
        self._pairs: list[_Pair] | None = None
        self._first: dict[str, list[int]] = {}  # a first member's first word -> its pairs
        self._second: dict[str, list[int]] = {}  # the same for the second member
        self._answers: dict[str, frozenset[int]] = {}

    def _tokens(self, name: str) -> tuple[str, ...]:
        words = self._words.get(name)
        if words is None:
            words = self._words[name] = name_tokens(name, self.matcher._stop)
        return words

    # -- a figure's written name against the pair found for it --------------------------------
    def members(self, written: str) -> tuple[tuple[str, ...], ...]:
        """The words of each member `written` names ("Roslina Rahim-La Ode Yasin", degrees after
        a comma dropped); a member without a name word is ()."""
        found = self._members.get(written)
        if found is None:
            found = self._members[written] = tuple(
                self._tokens(p.split(",", 1)[0]) for p in MEMBER_JOIN.split(written) if p.strip())
        return found

    def _named_by(self, written: str, found: Candidate) -> tuple[bool | None, ...]:
        """For each member `written` names: does it share a word with `found` (a member's word,
        a short name cut from one, an alias's word)? None for a member without a name word."""
        key = (written, found.id, found.name)  # (ids are unique per race only)
        if key not in self._named:
            matcher = self.matcher
            forms = [frozenset(f) for f in official_members(found.name, matcher._titles)]
            forms += [frozenset(name_tokens(a, matcher._titles))
                      for a in matcher.rules.candidate_aliases.get(found.id, ())]
            words = frozenset(w for f in forms for w in f)
            self._named[key] = tuple(member_shares(m, words, matcher.threshold) if m else None
                                     for m in self.members(written))
        return self._named[key]

    def other_mate(self, written: str, found: Candidate) -> bool:
        """Does `written`, a pair of two members, name `found` by one member only, the other
        member being someone who is not in that pair?"""
        known = self._named_by(written, found) if len(self.members(written)) == 2 else ()
        return len(known) == 2 and None not in known and any(known) and not all(known)

    def names(self, written: str, found: Candidate) -> bool:
        """Does every member `written` names with a name word share a word with `found`? Every
        member, not one: "Wa Ode Maasra Manarfa-Ikhsan Ismail" shares "Wa Ode" (a Buton lineage
        title) with 2024's "YUSRAN FAHIM - WA ODE HAMSINAH BOLU" and is not that pair."""
        known = [k for k in self._named_by(written, found) if k is not None]
        return bool(known) and all(known)

    # -- the pairs the page writes against a ballot number's pair -----------------------------
    def written(self) -> list[str]:
        """The page's written pairs as written, each once."""
        return [pair[0] for pair in self._written()]

    def _written(self) -> list[_Pair]:
        """The page's written pairs, each once (a page repeats its pairs: the same answer)."""
        if self._pairs is None:
            pairs: dict[_Pair, None] = {}
            kept = 0
            for match in _PAIR.finditer(self._text()):
                first, second = (self._tokens(m) for m in match.groups() if m is not None)
                if first and second and len(first) + len(second) <= 8:
                    pairs[(match.group(0), first, second)] = None
                    kept += 1
                if kept >= _MOST:
                    break
            self._pairs = list(pairs)
            for k, (_, first, second) in enumerate(self._pairs):
                self._first.setdefault(first[0], []).append(k)
                self._second.setdefault(second[0], []).append(k)
        return self._pairs

    def contradict(self, cand: Candidate, name: str | None = None) -> bool:
        """The page names `cand`'s ballot number's pair with one member who is not `cand`'s;
        with `name`, a name of one member of `cand` (no join), when that member is the one the
        other pair shares ("Rendi Solihin mengatakan ..." beside "Aulia Rahman Basri dan Rendi
        Solihin")."""
        if cand.id not in self._answers:
            self._answers[cand.id] = self._shared(cand)
        shared = self._answers[cand.id]
        if name is None or not shared:
            return bool(shared)
        official = _official(cand.name, self.matcher._titles)
        words = self._tokens(name)
        named = {k for k, own in enumerate(official)
                 if words and member_shares(words, own, self.matcher.threshold)}
        return len(named) == 1 and named <= shared

    def _shared(self, cand: Candidate) -> frozenset[int]:
        """The members of `cand` (0, 1) that a pair the page writes shares with someone else."""
        official = _official(cand.name, self.matcher._titles)
        if len(official) != 2:
            return frozenset()
        threshold = self.matcher.threshold
        own = frozenset().union(*official)
        pairs = self._written()
        # A written member is `cand`'s when each of its words is a word of that member (or its
        # start, or a near spelling; a given name many share, "Andi", is not enough): only the
        # pairs whose first word is, in order, are asked further (a page has hundreds).
        first = {w: _word_matches(w, official[0], threshold) for w in self._first}
        second = {w: _word_matches(w, official[1], threshold) for w in self._second}
        asked = sorted({k for w, hit in first.items() if hit for k in self._first[w]} |
                       {k for w, hit in second.items() if hit for k in self._second[w]})
        shared: set[int] = set()
        for written, one, two in (pairs[k] for k in asked):
            shares = [all(_word_matches(w, official[0], threshold) for w in one),
                      all(_word_matches(w, official[1], threshold) for w in two)]
            if not any(shares):
                continue  # (a first word only: the matcher is not asked)
            if all(shares) or self.matcher.candidate(written, (cand.race,)) is cand:
                return frozenset()  # the record's pair itself, written on the page
            if shares[0] != shares[1] and self.matcher.candidate(written) is None:
                # (a pair of the record is no changed pair: Sultra's "Andi Sumangerukka - Hugua"
                # beside Sulsel's ANDI SUDIRMAN SULAIMAN)
                stranger = two if shares[0] else one
                if not member_shares(stranger, own, threshold) and \
                        all(self.matcher.is_name_word(w) for w in stranger):
                    shared.add(0 if shares[0] else 1)
        return frozenset(shared)
