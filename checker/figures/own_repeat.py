"""A plenary figure the page states twice, two ways (issue 10, errors caught): the headline's
"81,4 persen" and the body's "81,3 persen" for the same pair's plenary share of one race and
area; "140.814" in one paragraph and "141.814" in the next. A plenary has one result, so one
of the two is wrong. Which one is decided only when the record settles it (the plenary
decree, or Sirekap with 99 % of the TPS or more in): one figure equals the settled result (to
the vote, or at its own precision) and the other does not, while the other differs from it as
a slip of the pen does (one digit changed, two neighbouring digits swapped, or off by a round
number: 141.814 for 140.814, 10,07 for 19,07). A share is settled as well by the page's own
counts, one for every pair of the race there (980.380 of 1.204.720 valid votes is 81,378 %:
"81,4", and "81,3" is cut, not rounded). That figure is graded against the page's own other
statement (tier "page", reason "own_repeat"), `minor` at the least.

Figures of a real count are never held to each other (a count at two moments gives a pair two
shares); a figure of another area or basis read into this place seldom looks like a slip of one
digit, and is not held when it does not. Pure.
"""

from __future__ import annotations

from decimal import Decimal

from checker.figures.compare import claim_race
from checker.figures.copied_reading import of_reading, with_pairs
from checker.figures.moment import COMPLETE
from checker.figures.numbers import last_unit, written_from
from checker.figures.own_total import against_record
from checker.figures.grade_bounds import decimal_bounds
from checker.models import Claim, Comparison

__all__ = ["repeat_blamed"]

_HUNDREDTH = Decimal("0.01")
_SETTLED = Decimal(99)
# Against a Sirekap reading of at least COMPLETE % of the TPS: a plenary count within 5 % of
# the pair's count there is that count (the plenary corrects forms, the last TPS come in);
# one off by more than a fifth is no count of that pair there.
_NEAR_READING, _FAR_READING = Decimal("0.05"), Decimal("0.2")


def _usable(claim: Claim) -> bool:
    return claim.kind in ("votes", "share") and claim.hold is None and not claim.quoted and \
        not claim.approximate and bool(claim.candidate_id) and \
        claim.claim_type in ("plenary", None) and claim.election is not None and \
        claim.race_kind is not None and claim.region_code is not None


def _digits(value) -> str:
    return format(Decimal(value), "f").replace(".", "")


def _slip(written, meant) -> bool:
    """Does `written` differ from `meant` as a slip of the pen does? Same digits written (and
    the same precision), one changed, two neighbours swapped, or off by one round number."""
    a, b = _digits(written), _digits(meant)
    if len(a) != len(b) or a == b or last_unit(written) != last_unit(meant):
        return False
    apart = [i for i in range(len(a)) if a[i] != b[i]]
    if len(apart) == 1:
        return True
    if len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and \
            a[apart[1]] == b[apart[0]]:
        return True
    return len(str(abs(int(a) - int(b))).strip("0")) == 1


class _Counts:
    """The page's own counts of a race and area, read as a reading of them."""

    def __init__(self, votes: dict[str, int]):
        self.votes, self.total = votes, sum(votes.values())

    def share(self, candidate_id: str) -> Decimal | None:
        count = self.votes.get(candidate_id)
        return None if count is None or not self.total else \
            Decimal(count) * 100 / Decimal(self.total)


def _settled(claim: Claim, record, counts: dict) -> list:
    race = claim_race(claim, record)
    if race is None:
        return []
    area = claim.region_code
    area = area if area and area != race.region and area.startswith(race.region) else race.region
    own = counts.get(_place(claim))
    roster = {c.id for c in record.candidates_of(race)}
    found = [own] if claim.kind == "share" and own is not None and set(own.votes) == roster \
        else []
    best = record.best(race, area)
    if best is None:
        return found
    if best.tier == "rekap":
        return found + [best]
    return found + [r for r in record.results_for(race, area) if r.tier == "sirekap" and
                    r.progress is not None and r.progress >= _SETTLED]


def _place(claim: Claim) -> tuple:
    return (claim.election, claim.race_kind, claim.race_region, claim.region_code)


def _own_counts(claims: list[Claim]) -> dict[tuple, _Counts]:
    """Each place's counts, where the page gives each pair there one count."""
    given: dict[tuple, dict[str, set]] = {}
    for claim in claims:
        if _usable(claim) and claim.kind == "votes":
            given.setdefault(_place(claim), {}).setdefault(claim.candidate_id, set()).add(
                int(claim.value))
    return {place: _Counts({c: next(iter(v)) for c, v in pairs.items()})
            for place, pairs in given.items() if all(len(v) == 1 for v in pairs.values())}


@against_record
def repeat_blamed(claims: list[Claim], record, limits) -> dict[int, Comparison]:
    claims = with_pairs(claims, record)
    groups: dict[tuple, list[int]] = {}
    for index, claim in enumerate(claims):
        if _usable(claim):
            key = (claim.kind, claim.election, claim.race_kind, claim.race_region,
                   claim.region_code, claim.candidate_id)
            groups.setdefault(key, []).append(index)
    out: dict[int, Comparison] = {}
    counts = _own_counts(claims)
    for members in groups.values():
        if len({claims[i].value for i in members}) < 2 or \
                not any(claims[i].claim_type == "plenary" for i in members):
            continue
        readings = _settled(claims[members[0]], record, counts)
        right = [claims[i] for i in members if any(of_reading(claims[i], r) for r in readings)]
        if not right:
            out.update(_by_share(claims, members, record, limits) or
                       _by_size(claims, members, record, limits))
            continue
        for i in members:
            claim = claims[i]
            if claim.claim_type != "plenary" or any(of_reading(claim, r) for r in readings):
                continue
            meant = next((r.value for r in right if _slip(claim.value, r.value)), None)
            if meant is not None:
                out[i] = _graded(i, claim, meant, limits)
    return out


def _by_share(claims: list[Claim], members: list[int], record, limits) -> dict:
    """Two counts of one pair, a slip apart, neither the record's to the vote, where the page
    gives the pair one share and every other pair one count there: the share follows from one
    of the two over the roster's sum and not from the other ("538.039 atau 36,87%" and later
    "539.039 atau 36,87 persen" beside 463.428 and 459.669: 539.039 gives 36,87, 538.039 gives
    36,82). The page's own share bears that one out; the other is the slip."""
    claim = claims[members[0]]
    race = claim_race(claim, record)
    if race is None or claim.kind != "votes":
        return {}
    place, pair = _place(claim), claim.candidate_id
    others: dict[str, set[int]] = {}
    shares = set()
    for other in claims:
        if not _usable(other) or _place(other) != place:
            continue
        if other.kind == "votes" and other.candidate_id != pair:
            others.setdefault(other.candidate_id, set()).add(int(other.value))
        elif other.kind == "share" and other.candidate_id == pair:
            shares.add(Decimal(other.value))
    roster = {c.id for c in record.candidates_of(race)} - {pair}
    if len(shares) != 1 or set(others) != roster or any(len(v) != 1 for v in others.values()):
        return {}
    share, rest = shares.pop(), sum(next(iter(v)) for v in others.values())
    fits = {claims[i].value for i in members
            if written_from(share, Decimal(int(claims[i].value)) * 100 /
                            (int(claims[i].value) + rest))}
    if len(fits) != 1:
        return {}
    meant = fits.pop()
    return {i: _graded(i, claims[i], meant, limits) for i in members
            if claims[i].value != meant and claims[i].claim_type == "plenary" and
            _slip(claims[i].value, meant)}


def _by_size(claims: list[Claim], members: list[int], record, limits) -> dict:
    """Two counts of one pair, a slip apart, neither the record's to the vote: one within a
    plenary's reach of the pair's count in a (nearly) complete Sirekap reading, the other
    beyond anything the TPS still missing could add or a correction take away (Kota Malang's
    "203.257" in the lead and "293.257" in the summary, Sirekap's 196.694 at 99 %: the
    second is the slip). No reading that complete, or both near, or both far: left alone."""
    claim = claims[members[0]]
    race = claim_race(claim, record)
    if race is None or claim.kind != "votes":
        return {}
    readings = [r.votes.get(claim.candidate_id) for r in record.results_for(race, race.area_of(
        claim.region_code)) if r.tier == "sirekap" and r.progress is not None and
        r.progress >= COMPLETE]
    official = max((v for v in readings if v), default=None)
    if official is None:
        return {}
    gaps = {i: abs(Decimal(int(claims[i].value) - official)) / official for i in members}
    near = [i for i in members if gaps[i] <= _NEAR_READING]
    far = [i for i in members if gaps[i] > _FAR_READING and claims[i].claim_type == "plenary"]
    meant = {claims[i].value for i in near}
    if len(meant) != 1:
        return {}
    meant_value = meant.pop()
    return {i: _graded(i, claims[i], meant_value, limits) for i in far
            if _slip(claims[i].value, meant_value)}


def _graded(index: int, claim: Claim, meant, limits) -> Comparison:
    bounds = decimal_bounds(limits)
    difference = claim.value - meant
    if claim.kind == "votes":
        size, limit = abs(Decimal(difference) * 100 / Decimal(meant)), bounds["votes_minor"]
    else:
        difference = Decimal(difference).quantize(_HUNDREDTH)
        size, limit = abs(difference), bounds["share_minor"]
    return Comparison(index, "discrepant" if size > limit else "minor", meant, difference,
                      "page", reason="own_repeat")
