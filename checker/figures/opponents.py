"""The opponent a clause names after a pair's figure ("Muhidin mengantongi 105.502 suara,
adapun lawan hanya 45.306 suara"; "..., sedangkan rivalnya 45.306"; "... dan 45.306 suara
untuk lawannya"): the figure is the other
pair's, not the one carried from the figure before (issue 10, attribution; corpus-ae). In a
race of two pairs that is the other pair; in a larger race the page does not say which, and
the figure is written as the page words it, resolving to no pair. Pure; asked by
referents.carried_over."""

from __future__ import annotations

import re

__all__ = ["opponent", "other_pair"]

# The opponent's words ("lawannya", "sang rival"; group 1: the word).
_RIVAL = r"(?:sang[^\S\n]+)?(lawan|rival|pesaing|kompetitor|penantang)(?:nya)?\b"
# The opponent as the subject of a clause of its own: after a comma or a clause word.
_OPPONENT = re.compile(r"(?:[,;][^\S\n]*|\b(?:adapun|sedangkan|sementara|namun|dan)[^\S\n]+)"
                       + _RIVAL, re.IGNORECASE)
# The opponent written after the figure as its owner: "40.676 suara dan 16.221 suara untuk
# lawannya", "sementara 16.221 suara diraih rivalnya", "16.221 suara milik pesaingnya".
_OWNED_BY_OPPONENT = re.compile(r"[^\S\n]*(?:suara[^\S\n]+)?(?:untuk|bagi|milik|diraih|"
                                r"diperoleh|didapat|dikantongi)(?:[^\S\n]+oleh)?[^\S\n]+" + _RIVAL,
                                re.IGNORECASE)


def opponent(layout, carried, gap: str, after: str = ""):
    """(candidate, nomor, written) of the pair opposing `carried` (the figure before's) when
    `gap`, the words from that figure to this one, or `after`, the words right after this one,
    names the opponent; else None."""
    found = _OPPONENT.search(gap) or _OWNED_BY_OPPONENT.match(after)
    if found is None:
        return None
    other = other_pair(layout, carried[0] if carried is not None else None)
    return other if other is not None else (None, None, found.group(1))


def other_pair(layout, cand):
    """(candidate, nomor, None) of the one other pair of `cand`'s race, when the race has two
    pairs (the empty box is none); else None."""
    record = layout.out.record
    pairs = [c for c in record.candidates_of(cand.race) if not c.is_empty_box] \
        if cand is not None and record is not None else []
    others = [c for c in pairs if c.id != cand.id] if len(pairs) == 2 else []
    return (others[0], others[0].nomor_urut, None) if len(others) == 1 else None
