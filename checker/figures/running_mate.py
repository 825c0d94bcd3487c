"""A written pair whose other member is not the 2024 running mate (issue 10, election).

Within one race the matcher lets a written pair carry a word more than the official name, so
"Roslina Rahim-La Ode Yasin" (Pilwalkot Baubau 2018) reads as 2024's NUR ARI RAHARJA - LA ODE
YASIN: La Ode Yasin stood in both, with different running mates. A pair written member by
member, one of whose members shares no word (nor a short name cut from one, nor an alias) with
the pair found while the other does, is someone else's pair: another election's. One member
alone ("La Ode Yasin meraih ...") or both members, by first names or nicknames, still match.
"""

from __future__ import annotations

from checker.figures.matching import official_members, name_tokens
from checker.figures.pair_members import member_shares
from checker.figures.wording import MEMBER_JOIN
from checker.official.model import Candidate

__all__ = ["other_mate"]


def other_mate(matcher, written: str, found: Candidate) -> bool:
    """Does `written`, a pair of two members, name `found` by one member only, the other
    member being someone who is not in that pair?"""
    parts = [p for p in MEMBER_JOIN.split(written) if p.strip()]
    if len(parts) != 2:
        return False
    titles = matcher._titles
    forms = [frozenset(f) for f in official_members(found.name, titles)]
    forms += [frozenset(name_tokens(a, titles))
              for a in matcher.rules.candidate_aliases.get(found.id, ())]
    words = frozenset(w for f in forms for w in f)
    members = [name_tokens(p.split(",", 1)[0], matcher._stop) for p in parts]
    if not all(members):
        return False
    known = [member_shares(m, words, matcher.threshold) for m in members]
    return any(known) and not all(known)
