"""A written pair whose two halves are members of two different pairs of the race: "Andi
Rio-Andi Akmal" in Pilkada Bone 2024 joins pair 1's head (ANDI RIO IDRIS PADJALANGI) to pair
3's running mate (ANDI AKMAL PASLUDDIN). The prose reader, finding nobody for the whole, went
on to its parts and gave the figure to pair 1 ("Andi Rio-Andi", the last word dropped as a
headline's word) or, member by member, to pair 3 ("Islamuddin-Andi Akmal"): a false
discrepant either way. Such a name is the pair both halves belong to, or nobody: the figure is
held unless a ballot number names its pair. Pure."""

from __future__ import annotations

from checker.figures.wording import MEMBER_JOIN

__all__ = ["halves_apart"]


def halves_apart(out, area: str | None, race: str | None, name: str) -> bool:
    """Is `name` two members joined ("X-Y", "X dan Y") that the race's record names as
    members of two different pairs, the whole naming no pair? `out`: the Collector."""
    members = MEMBER_JOIN.split(name) if "-" in name or " " in name else ()
    members = [m for m in members if out.matcher.written_tokens(m)]
    if len(members) != 2 or out.candidate(area, race, None, name, False) is not None:
        return False
    # (the second half is not looked up when the first names nobody: 170 of 172 such names
    # on five news pages, a lookup of 20-30 us each)
    first = out.candidate(area, race, None, members[0], False)
    if first is None:
        return False
    second = out.candidate(area, race, None, members[1], False)
    return second is not None and first.id != second.id
