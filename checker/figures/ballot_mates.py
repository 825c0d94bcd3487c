"""A ballot number is the record's pair only if the page does not name that number's pair with
someone else: after a re-vote (PSU) a party may replace one member and keep the number, so
"KPU Kukar menetapkan pasangan Aulia Rahman Basri dan Rendi Solihin ... Pasangan nomor urut 01
itu meraih 209.905 suara" is the 2025 pair, not the record's 2024 "EDI DAMANSYAH - RENDI
SOLIHIN" (blind run 10), whose number and running mate it shares.

The page's written pairs (two capitalised names joined by a dash or a slash, or "pasangan X dan
Y") are read once per page. A pair of the record is contradicted when the page writes a pair
that is none of the record's, one of whose members is one of its members (every written word of
that member is the record member's) and whose other member is someone else: none of that
member's words is a word of the record pair (nor its start or a near spelling, so a nickname or
short form, "Edi-Rendi", is the same pair) and every one of them is a word of some candidate's
name in the record (a person, not a place or a dateline "Tenggarong - Rendi Solihin
mengatakan").
Where the page also writes the record's pair in full or in short, the number stays that pair's.
A name of the shared member alone ("Rendi Solihin mengatakan ...") is not the record's pair
either; the other member's alone still is. Pure.
"""

from __future__ import annotations

import re

from checker.figures.matching import name_tokens
from checker.figures.pair_members import _official, member_shares
from checker.official.model import Candidate

__all__ = ["WrittenPairs"]

_NAME = r"[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,3}"
# Joined by a dash or a slash, or by "dan" after "pasangan" ("Ahmad Luthfi dan Prabowo" are two
# people, not a pair).
_PAIR = re.compile(rf"({_NAME})\s*[-\u2013\u2014/]\s*({_NAME})|"
                   rf"\b[Pp]asangan\s+({_NAME})\s+dan\s+({_NAME})")
_MOST = 200  # written pairs kept per page (pages are hostile)


def _every(words: tuple[str, ...], official: frozenset[str], threshold: float) -> bool:
    """Every written word of a member is a word of the record's member (or its start, or a near
    spelling): "Rendi Solihin", "Rendi"; a given name many share ("Andi") is not enough."""
    return all(member_shares((w,), official, threshold) for w in words)


class WrittenPairs:
    def __init__(self, text, matcher) -> None:
        self._text = text  # a callable: the page's text, read only when a number is asked
        self.matcher = matcher
        self._pairs: list[tuple[str, tuple[str, ...], tuple[str, ...]]] | None = None
        self._answers: dict[str, frozenset[int]] = {}

    def _written(self) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        if self._pairs is None:
            stop = self.matcher._stop
            pairs = []
            for match in _PAIR.finditer(self._text()):
                first, second = (name_tokens(m, stop) for m in match.groups() if m is not None)
                if first and second and len(first) + len(second) <= 8:
                    pairs.append((match.group(0), first, second))
                if len(pairs) >= _MOST:
                    break
            self._pairs = pairs
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
        words = name_tokens(name, self.matcher._stop)
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
        shared: set[int] = set()
        for written, first, second in self._written():
            shares = [_every(first, official[0], threshold),
                      _every(second, official[1], threshold)]
            if not any(shares):
                continue  # (no member of cand's: the matcher is not asked, a page has hundreds)
            if all(shares) or self.matcher.candidate(written, (cand.race,)) is cand:
                return frozenset()  # the record's pair itself, written on the page
            if shares[0] != shares[1] and self.matcher.candidate(written) is None:
                # (a pair of the record is no changed pair: Sultra's "Andi Sumangerukka - Hugua"
                # beside Sulsel's ANDI SUDIRMAN SULAIMAN)
                stranger = second if shares[0] else first
                if not member_shares(stranger, own, threshold) and \
                        all(self.matcher.is_name_word(w) for w in stranger):
                    shared.add(0 if shares[0] else 1)
        return frozenset(shared)
