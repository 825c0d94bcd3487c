"""Counts of one tally with a national one (issue 10, scope): "Pasangan nomor urut 2 ini
mengumpulkan 57.747.557 suara", then, each in a paragraph of its own, "Anies-Muhaimin, dengan
23.859.990 suara atau 24,25 persen" and "Ganjar-Mahfud meraih 16.782.922 suara atau 17,06
persen". The first is the country's by its size (no province has that many valid votes); the
others are too small to tell by size alone, and might be some province's. They are the same
tally's when the page's own shares say so: every pair of the roster has one count, and the
share printed beside a count is that count over the roster's sum, to the share's last
decimal. Counts from several provinces do not add up to a total their shares are fractions
of; nor does a count whose share of the counts' sum is within three points of a share the
country's result had (_NEAR). Pure.

    same_tally(anchors, votes, shares, record, paragraphs) -> set[int]
"""

from __future__ import annotations

from decimal import Decimal
from typing import Callable

from checker.figures.numbers import last_unit
from checker.models import Claim

__all__ = ["same_tally"]


# The count's share of the counts' sum this near a share the country's result ever had: a
# province's count beside national ones gives a share far off (Jabar's 9.099.674 for Anies
# beside two national counts: 13 % against 24.95), so the count is the national tally's even
# where a share printed beside it is wrong (a typo is then graded, not held as unproven).
_NEAR = Decimal(3)


def same_tally(anchors: list[Claim], votes: list[Claim], shares: list[Claim], record,
               paragraphs: Callable[[Claim], set[int]]) -> set[int]:
    """The paragraphs of the presidential counts (and their shares) proven of one tally with
    a national-size count in `anchors`."""
    found: set[int] = set()
    if record is None:
        return found
    for anchor in anchors:
        race = record.race_for(anchor.election, "president", "")
        if race is None:
            continue
        roster = {c.id for c in record.candidates_of(race)}
        alike = [c for c in votes if c.region_code == "" and c.race_kind == "president" and
                 c.election == anchor.election and c.claim_type == anchor.claim_type and
                 c.candidate_id in roster and not c.approximate and not c.quoted]
        counts: dict[str, set[int]] = {}
        for claim in alike:
            counts.setdefault(claim.candidate_id, set()).add(int(claim.value))
        if set(counts) != roster or any(len(v) != 1 for v in counts.values()):
            continue  # a pair missing, or two counts for one: not one tally on the page
        total = sum(next(iter(v)) for v in counts.values())
        shares_of = {cid: [s for r in record.results_for(race, "")
                           if (s := r.share(cid)) is not None] for cid in roster}
        for claim in alike:
            if claim.candidate_id == anchor.candidate_id:
                continue
            where = paragraphs(claim)
            implied = Decimal(int(claim.value)) * 100 / Decimal(total)
            beside = [s for s in shares if s.candidate_id == claim.candidate_id and
                      s.claim_type == claim.claim_type and s.region_code == "" and
                      s.election == claim.election and paragraphs(s) & where]
            if beside and all(abs(Decimal(s.value) - implied) <= last_unit(Decimal(s.value))
                              for s in beside) or any(
                    abs(implied - national) <= _NEAR for national in shares_of[claim.candidate_id]):
                found |= where
    return found
