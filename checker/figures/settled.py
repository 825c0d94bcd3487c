"""A plenary share against a Sirekap count that is (nearly) complete (issue 10, basis). Pure.

Where the record holds only Sirekap for a race, a share the page gives as the plenary result
is graded within rounding of Sirekap; beyond it the plenary may simply differ from Sirekap's
count (compare.py: `plenary_not_loaded`). That difference has a size, though: once Sirekap
holds (nearly) every TPS, the plenary moves a share by a point or two at most (Bontang's plenary
"6,33 persen" against Sirekap's 7.87 at 96.75 % of the TPS; the provinces whose plenary the
record holds are within 0.3 of their Sirekap at 95 % or more). Below that progress the TPS still
missing can move a share by more (Papua Selatan's plenary "51,65 persen" against 47.82 at 30 %).

A share further off than that is a wrong figure only if it is the share of that pair in that
area, and a share that far off is as often one read into the wrong area or pair. So it is
graded only where the page's own figures there agree with Sirekap (they are of that area and
those ballot numbers): a share of another pair that is consistent, or plenary counts of every
pair that give this pair Sirekap's share; and only where it is near no pair's share there (a
share given the wrong ballot number is near the other pair's). "64,14 persen" for Jateng's
Luthfi-Yasin beside Andika-Hendi's right "40,86 persen", or beside the counts 11.390.191 and
7.870.084 (59.14 %, Sirekap's 59.14 at 99.75 %), is wrong.

A share above Sirekap's, or one below it beyond any base: a share of a larger base (every
ballot cast, the register of voters) is lower than the share of the valid votes and is no
wrong figure ("54,79 persen" of all 20.788.777 ballots beside the same counts,
tests/test_own_shares_graded.py), but every pair's share is lower by the same factor, so another
pair's consistent share bounds how much lower ("39,41%" for Sultra's winner, 52.38, beside the
runner-up's right "20,84%": blind hunt 3). Counts alone do not bound it below.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from checker.figures.held_agreeing import agrees
from checker.figures.moment import COMPLETE
from checker.models import Claim, Comparison

__all__ = ["grade_settled"]

_GAP = Decimal(3)        # percentage points above the reading's share
_AGREE = Decimal(1)      # the share the page's counts give, within this of the reading's
_SLACK = Decimal("0.5")  # a consistent share's own leeway (rules/figure-rules.yaml)
_HELD = "plenary_not_loaded"
# The reasons a figure below its race's areas is held (scope_gate, collect, magnitude)
_BELOW = frozenset({"lower_level", "page_region_below", "below_area", "partial_tally"})


def _below(claims: list[Claim]) -> bool:
    """Does the page give figures below an area it names (a kecamatan, a village, a TPS)? Those
    that are not told apart fall to the area, and a far-off share there is as likely one of
    them."""
    areas = {c.region_code for c in claims if c.region_code}
    return any(c.hold in _BELOW for c in claims) or \
        any(a != b and a.startswith(b) for a in areas for b in areas)


def _counts_agree(claims: list[Claim], races: list, index: int, reading, record) -> bool:
    """Does the page give one plenary count for every pair of the race there, and does the
    share they give the pair agree with the reading's (the counts are that area's, under those
    ballot numbers)?"""
    share = _counts_share(claims, races, index, reading, record)
    return share is not None and share[1] is not None and abs(share[0] - share[1]) <= _AGREE


def _counts_share(claims: list[Claim], races: list, index: int, reading, record):
    """(the share the page's plenary counts of every pair there give the pair, the reading's
    share of it), or None."""
    if reading is None:
        return None
    race, claim = races[index], claims[index]
    area = race.area_of(claim.region_code)
    ids = {c.nomor_urut: c.id for c in record.candidates_of(race)}
    counts: dict[str, set[int]] = {}
    for other, own in zip(claims, races):
        if own is race and other.kind == "votes" and other.hold is None and \
                other.claim_type == claim.claim_type and race.area_of(other.region_code) == area:
            pair = other.candidate_id or ids.get(other.nomor_urut)
            counts.setdefault(pair, set()).add(int(other.value))
    pair = claim.candidate_id or ids.get(claim.nomor_urut)
    if set(counts) != set(reading.votes) or any(len(v) > 1 for v in counts.values()) or \
            pair not in counts:
        return None
    total = sum(min(v) for v in counts.values())
    return (Decimal(min(counts[pair]) * 100) / total, reading.share(pair)) if total else None


def _swapped(claims: list[Claim], races: list, index: int, reading, record) -> bool:
    """Is the share the page's own counts give, written as the page writes its share, the
    same digits in another order ("40,43" where the four counts make 43,40, Sirekap 43.38:
    Pilgub Gorontalo, blind hunt 3)? A larger base lowers a share by a factor; it does not
    swap its digits. Only where the counts agree with the reading."""
    own = _counts_share(claims, races, index, reading, record)
    if own is None or own[1] is None or abs(own[0] - own[1]) > _AGREE:
        return False
    value = Decimal(claims[index].value)
    written = own[0].quantize(Decimal(1).scaleb(value.as_tuple().exponent))
    digits = [sorted(str(v).replace(".", "").lstrip("0")) for v in (value, written)]
    return value != written and digits[0] == digits[1]


def _below_any_base(claims: list[Claim], comparisons, others: list[int], value: Decimal,
                    c: Comparison) -> bool:
    """Is a share below the reading's lower than any base the page's right shares allow? A
    share of every ballot cast is lower than one of the valid votes by the same factor for every
    pair; another pair's consistent share bounds that factor from below (its value less half a
    point, over its reading's), and the largest such reading bounds it best ("20,84%" for
    20.86: a factor of 0.975 at least, so the winner's 52.38 is 51.07 at least; "39,41%" is
    wrong, Pilgub Sultra, blind hunt 3)."""
    j = max(others, key=lambda j: Decimal(comparisons[j].official_value))
    reading = Decimal(comparisons[j].official_value)
    if not reading:
        return False
    factor = (Decimal(claims[j].value) - _SLACK) / reading
    return value < Decimal(c.official_value) * factor - _GAP


def grade_settled(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                  record) -> tuple[Comparison, ...]:
    """`races`: each claim's Race (compare.claim_race) or None; the comparisons in claim order."""
    held = [i for i, c in enumerate(comparisons) if c.reason == _HELD and c.progress is not None
            and c.progress >= COMPLETE]
    if not held or _below(claims):
        return comparisons
    out = list(comparisons)
    for i in held:
        if claims[i].kind == "share" and _swapped(
                claims, races, i, record.best(races[i], races[i].area_of(claims[i].region_code),
                                              tier=comparisons[i].tier), record):
            out[i] = replace(comparisons[i], status="discrepant", reason=None)
            continue
        if abs(comparisons[i].difference) <= _GAP:
            continue
        c, race = comparisons[i], races[i]
        area = race.area_of(claims[i].region_code)
        others = [j for j, other in enumerate(claims)
                  if races[j] is race and other.kind == "share" and
                  race.area_of(other.region_code) == area and
                  agrees(comparisons[j], _SLACK) and
                  comparisons[j].official_value != c.official_value]
        reading = record.best(race, area, tier=c.tier)
        if reading is None or not (others or c.difference > 0 and
                                   _counts_agree(claims, races, i, reading, record)):
            continue
        value = Decimal(claims[i].value)
        if c.difference < 0 and not _below_any_base(claims, comparisons, others, value, c):
            continue
        shares = (reading.share(pair) for pair in reading.votes)
        if any(share is not None and abs(value - share) <= _GAP for share in shares):
            continue
        out[i] = replace(c, status="discrepant", reason=None)
    return tuple(out)
