"""A country's presidential count one keystroke off the decree, beside the other pairs'
counts given as the decree gives them (issue 10, errors caught). Pure.

scope_gate holds a presidential count placed in the country (`national_unproven`) unless
something proves it is the country's: a word ("secara nasional"), a size no province reaches
beside a stated count type, or the very count of the record's national decree
(magnitude.final_national). A typo in one pair's count loses that last proof although the
page's other counts still give it. Where every other pair of the roster (two at least) has one
count on the page, placed in the country too, of the same election and count type, and each is
the decree's to the vote, the page gives the decree's tally: a count of the remaining pair one
digit changed or two neighbouring digits swapped from that pair's decree count is the same
tally's, mistyped ("27.044.878" beside the decree's 40.971.906 and 96.214.691), and is
compared. So is a count more than one keystroke off (caught-s42's planted misses) that is
within a twentieth of the decree's, above every count the pair has in any province, and
nearer the decree's than any other reading of the country the record holds: the other pairs'
counts fix the tally as the decree's, no province's count comes near, and no moment's either
("26.940.878" beside the decree's 40.971.906 and 96.214.691; Ganjar-Mahfud's best province is
Jawa Tengah's 7.827.335, Sirekap's last national reading gave the pair 21.374.165). Left held:
a count further off (a province's, another moment's), a pair given two counts, a roster not
given whole, a rounded or quoted count.

    decree_slip(claim, votes, record) -> bool
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.count_slips import one_keystroke
from checker.figures.kept import kept
from checker.figures.magnitude import final_national
from checker.models import Claim

__all__ = ["decree_slip"]

_WITNESSES = 2  # the other pairs' decree counts that pin the page's tally, at least
_NEAR = Decimal("0.05")  # a count this near its decree's, beyond every province, is the tally's
_BEST_IN_PROVINCE: dict = {}


def _best_in_province(record, race) -> dict[str, int]:
    """Each pair's largest count in any one province, of any reading the record holds."""
    def build() -> dict[str, int]:
        best: dict[str, int] = {}
        for code, region in list(record.regions.items()):
            if region.level != 1:
                continue
            for reading in record.results_for(race, code):
                for pair, votes in reading.votes.items():
                    best[pair] = max(best.get(pair, 0), votes or 0)
        return best
    return kept(_BEST_IN_PROVINCE, (id(record), race.election), record, build)


def _near_beyond_provinces(value: int, official: int, pair: str, record, race) -> bool:
    """Within a twentieth of the decree's count, above the pair's every province count, and
    nearer the decree's than any other reading of the country the record holds (Sirekap's
    running count stopped at 78 % of the TPS: a count near one of its readings is that
    moment's)."""
    best = _best_in_province(record, race).get(pair)
    gap = abs(value - official)
    return best is not None and value > best and gap <= _NEAR * official and all(
        abs(value - votes) > gap for reading in record.results_for(race, "")
        if reading.tier != "rekap" and (votes := reading.votes.get(pair)))


def _national_count(claim: Claim) -> bool:
    return claim.kind == "votes" and claim.race_kind == "president" and \
        claim.region_code == "" and bool(claim.candidate_id) and not claim.approximate and \
        not claim.quoted


def decree_slip(claim: Claim, votes: list[Claim], record) -> bool:
    """Is `claim` its pair's decree count mistyped, in a tally of the decree's other counts?"""
    if record is None or not _national_count(claim):
        return False
    race = record.race_for(claim.election or "", "president", "")
    decree = record.best(race, "", tier="rekap") if race is not None else None
    official = decree.votes.get(claim.candidate_id) if decree is not None else None
    value = int(claim.value) if official is not None else 0
    if official is None or not (one_keystroke(value, official) or _near_beyond_provinces(
            value, official, claim.candidate_id, record, race)):
        return False
    roster = {c.id for c in record.candidates_of(race)}
    alike = [c for c in votes if _national_count(c) and c.election == claim.election and
             c.claim_type == claim.claim_type and c.candidate_id in roster]
    counts: dict[str, set[int]] = {claim.candidate_id: {int(claim.value)}}
    for other in alike:
        counts.setdefault(other.candidate_id, set()).add(int(other.value))
    if set(counts) != roster or any(len(found) != 1 for found in counts.values()):
        return False  # a pair missing, or one given two counts: no one tally on the page
    witnesses = [c for c in alike if c.candidate_id != claim.candidate_id]
    return len({c.candidate_id for c in witnesses}) >= _WITNESSES and \
        all(final_national(c, record) for c in witnesses)
