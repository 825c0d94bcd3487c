"""A figure one keystroke off, where the page's own other figures show it is a slip and not a
count of another moment (issue 10, precision first). Pure.

A count the record cannot place in time is held (`progress_differs`, `plenary_not_loaded`,
`another_moment`): counts move with every form, and the page may speak of a moment the record
does not hold. That reasoning fails only where something on the page pins the moment, and a
slip is then told from another moment by its shape: one digit changed, two neighbouring digits
swapped, the leading digits dropped (a number cut short), or one digit too many or two
swapped in a count beyond all the area's votes ("102.612" for a kecamatan's 12.612, "415.440"
for 145.440). Three shapes are graded:

- against the record's final figure (the plenary decree, else Sirekap at 100 % of the TPS):
  the page's other pairs' counts there equal that final figure to the vote ("297 suara" beside
  359.416, 168.174 and 76.605, the plenary's, where the plenary gives 91.297: Pilgub Malut), or
  the pair's own share equals the final share to its last decimal while the count is above the
  final count, which no earlier moment gives ("532 ribu atau 44,64%" for 523 thousand and
  44.64 with Sirekap complete: Pilwalkot Bandung; a share of one decimal at least), or, for a
  digit changed, swapped or too many, two or more of the page's other counts of the race,
  there or in its other areas, equal their final counts to the vote (the page gives the final
  count, and states no progress of the race short of every TPS), the other pairs' counts it
  gives there within a plenary's drift of theirs ("Koster-Giri 121.125" in Bangli for
  Sirekap's complete 112.125, beside Jembrana's and Gianyar's counts equal to theirs). Against
  Sirekap (no decree loaded) the count must also be further off than a plenary drifts from
  Sirekap (one per cent). A plenary count dated before the decree is graded consistent
  within the votes' band, not held: where the same pins show the page copies the decree, one
  keystroke off it is the same slip (_within_decree: Aceh's "2.369.434" for 2.369.534, 15 Mar
  2024). Reason "final_slip"; a margin or total the page states that the count also breaks
  names it first (pipeline._own_total);
- against what the page's own shares give: every pair's count and share stated, all shares
  consistent with the record, none following from the counts as given (a slip of a share
  leaves the others following), and one digit of one count changed, one count only, makes
  every share follow ("377.512 atau 46,18 persen" where 337.512 makes all four shares: Pilgub
  Sulbar), graded against that count (tier "page", reason "own_shares"). Two pairs' shares
  are one ratio: there the fixed count must also be a nearly complete reading's within 0.1 %;
- a share above what the page's counts give, where those counts equal a (nearly) complete
  Sirekap reading to the vote for every pair ("185.970 suara atau 61,422 persen", 60.49: a share
  of a larger base is lower, never higher): graded against the reading (Pilwalkot Solo).

Never a quick count, a campaign's or volunteers' count, a survey, a hoax's quoted figure, a
figure held for its area or election, nor a rounded count's changed digit (a rounded count of
an earlier moment may differ from the final one in one digit only by chance)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Mapping

from checker.figures.digit_slip import one_digit_off
from checker.figures.held_agreeing import agrees
from checker.figures.numbers import last_unit, rounding_unit
from checker.models import Claim, Comparison

__all__ = ["FINAL_SLIP", "grade_slips", "one_keystroke", "pair_id", "slip_status"]

# The reason a count graded against the final figure carries: where the page's own figures
# contradict it too (a stated total or margin: pipeline._own_total), they say so instead.
FINAL_SLIP = "final_slip"

_COUNTED = (None, "plenary", "real_count")        # the count types KPU's record speaks for
_HELD = frozenset({"progress_differs", "plenary_not_loaded", "another_moment"})
_FINAL = Decimal(100)                             # Sirekap holding every TPS
# A count held for its size is a slip of one shape only: too small for the area, its leading
# digits lost; too large for it (beyond all its votes), a digit too many, or two neighbouring
# digits swapped (_shape_fits).
_SHAPE_OF = {"below_area": "cut", "beyond_total": "extra"}
_COMPLETE = Decimal(95)                           # settled.py's nearly complete reading
# A plenary count off complete Sirekap: up to 0.1 % seen (plenary_drift.py); beyond 1 % it is
# no drift. A count within 0.1 % of the record's reading is that count.
_DRIFT, _NEAR = Decimal("0.01"), Decimal("0.001")
_HUNDREDTH = Decimal("0.01")


def _swapped_or_changed(a: str, b: str, change: bool) -> bool:
    """Are two digit strings of one length one changed digit (`change`) or two neighbouring
    digits swapped apart?"""
    if len(a) != len(b) or a == b:
        return False
    places = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(places) == 1:
        return change
    return len(places) == 2 and places[1] == places[0] + 1 and \
        a[places[0]] == b[places[1]] and a[places[1]] == b[places[0]]


def one_keystroke(value: int, other: int) -> bool:
    """Is `value` `other` with one digit changed or two neighbouring digits swapped?"""
    return _swapped_or_changed(str(value), str(other), change=True)


def _cut_short(value: int, final: int) -> bool:
    """"297" for 91.297: the final count's last three or more digits, its leading ones lost."""
    digits = str(value)
    return len(digits) >= 3 and len(digits) < len(str(final)) and \
        str(final).endswith(digits)


def _one_too_many(value: int, final: int) -> bool:
    """"102.612" for 12.612: the final count with one digit inserted."""
    digits, own = str(value), str(final)
    return len(digits) == len(own) + 1 and any(
        digits[:k] + digits[k + 1:] == own for k in range(len(digits)))


def _slip(claim: Claim, final: int) -> str | None:
    """"cut", "digit", "extra" or None: how the page's count relates to the final one."""
    value = int(claim.value)
    if claim.approximate:
        # "532 ribu": the final count rounded or cut to the page's unit; only a swap
        unit = rounding_unit(value)
        own = str(value // unit)
        for near in {final // unit, (final + unit // 2) // unit}:
            if _swapped_or_changed(own, str(near), change=False):
                return "digit"
        return None
    if _swapped_or_changed(str(value), str(final), change=True):
        return "digit"
    if _one_too_many(value, final):
        return "extra"
    return "cut" if _cut_short(value, final) else None


def _shape_fits(reason: str | None, shape: str, value: int, final: int) -> bool:
    """Is the slip of a shape the figure's hold leaves open? A count beyond all its area's
    votes may also be the final count with two neighbouring digits swapped ("415.440" for
    145.440): a total or a larger area's count set beside the pair is no such anagram of it."""
    return _SHAPE_OF.get(reason, "digit") == shape or reason == "beyond_total" and \
        shape == "digit" and _swapped_or_changed(str(value), str(final), change=False)


def pair_id(claim: Claim, race, record) -> str | None:
    """The record's id of the claim's pair in `race`: its resolved name, else its ballot number."""
    if claim.candidate_id:
        return claim.candidate_id
    return next((c.id for c in record.candidates_of(race) if c.nomor_urut == claim.nomor_urut),
                None) if claim.nomor_urut is not None else None


def _final(race, area: str, record):
    decree = record.best(race, area, tier="rekap")
    if decree is not None:
        return decree
    reading = record.best(race, area, tier="sirekap")
    return reading if reading is not None and reading.progress is not None and \
        reading.progress >= _FINAL else None


def _grouped(claims: list[Claim], races: list, record):
    """own(race, area, kind): the page's figures of `kind` for the race there, by pair
    ({pair: [index, ...]}); every group built in one pass over the claims, on first asking."""
    groups: dict[tuple, dict[str, list[int]]] = {}

    def own(race, area: str, kind: str) -> dict:
        if not groups:
            groups[None] = {}
            for j, (other, its) in enumerate(zip(claims, races)):
                if its is None or other.quoted or other.hold is not None or \
                        other.claim_type not in _COUNTED:
                    continue
                pair = pair_id(other, its, record)
                if pair is not None:
                    key = (its, its.area_of(other.region_code), other.kind)
                    groups.setdefault(key, {}).setdefault(pair, []).append(j)
        return groups.get((race, area, kind), {})
    return own


def _roster_agrees(claims, counts: dict, pair: str, final) -> bool:
    """Does the page give every other pair's count there, each equal to the final one?"""
    others = set(final.votes) - {pair}
    return bool(others) and others <= set(counts) and all(
        int(claims[j].value) == final.votes[p] for p in others for j in counts[p])


def _final_pins(claims: list[Claim], races: list, record) -> dict:
    """{race: the indices of the page's counts of the race, in any of its areas, equal to the
    record's final count there to the vote}, for the races of which the page states no progress
    short of every TPS."""
    pins: dict = {}
    short = set()
    for j, (claim, race) in enumerate(zip(claims, races)):
        if race is None:
            continue
        if claim.kind == "progress" and claim.claim_type != "quick_count":
            if Decimal(claim.value) < _FINAL:
                short.add(race)
            continue
        if claim.kind != "votes" or claim.quoted or claim.hold is not None or \
                claim.approximate or claim.claim_type not in _COUNTED:
            continue
        pair, final = pair_id(claim, race, record), _final(race, race.area_of(claim.region_code),
                                                         record)
        if pair is not None and final is not None and final.votes.get(pair) == int(claim.value):
            pins.setdefault(race, set()).add(j)
    return {race: found for race, found in pins.items() if race not in short}


def _race_pinned(i: int, claims, counts: dict, pair: str, final, pinned) -> bool:
    """Do two or more of the page's other counts of the race, here or in its other areas, equal
    the final count to the vote, while the other pairs' counts it gives here are within a
    plenary's drift of theirs? The page then speaks of the final count: a count one keystroke
    off it beyond that drift is a slip ("Koster-Giri 121.125" in Bangli, 112.125 in Sirekap's
    complete count, beside Jembrana's and Gianyar's counts equal to it)."""
    return len(pinned - {i}) >= 2 and all(
        abs(int(claims[j].value) - final.votes[p]) <= _DRIFT * final.votes[p]
        for p, found in counts.items() if p != pair and p in final.votes for j in found)


def _share_agrees(claims, shares: dict, pair: str, final) -> bool:
    """Is the pair's own share on the page the final share, rounded to its last decimal (one
    at least: a whole percent fits many counts)?"""
    exact = final.share(pair)
    return exact is not None and any(
        last_unit(claims[j].value) < 1 and
        abs(Decimal(claims[j].value) - exact) <= last_unit(claims[j].value) / 2
        for j in shares.get(pair, ()))


def slip_status(difference, expected, limits: Mapping[str, Decimal]) -> str:
    """A count off the figure the page or record implies (`expected`): "minor" within the
    rules' votes_minor percent of it, else "discrepant" (an expected 0: off by a hundred)."""
    relative = abs(Decimal(difference)) * 100 / Decimal(expected) if expected else Decimal(100)
    return "minor" if relative <= limits["votes_minor"] else "discrepant"


def _within_decree(claim: Claim, c: Comparison) -> bool:
    """A plenary count (or one of no count type) graded consistent against the decree but not
    equal to it: within the votes' band, yet the decree is one count to the vote. Where the
    page's other counts pin the decree (below), one keystroke off it is a slip, not a count of
    another moment (a real count's Sirekap figure may differ from the decree by any amount)."""
    return c.status == "consistent" and c.reason is None and c.tier == "rekap" and \
        claim.claim_type in (None, "plenary") and c.official_value is not None and \
        int(claim.value) != c.official_value


def _against_final(i: int, claims, races, results, record, limits, own,
                   pins) -> Comparison | None:
    claim, race, c = claims[i], races[i], results[i]
    if race is None or c.reason not in _HELD | set(_SHAPE_OF) and not _within_decree(claim, c):
        return None
    area = race.area_of(claim.region_code)
    pair, final = pair_id(claim, race, record), _final(race, area, record)
    if pair is None or final is None or pair not in final.votes:
        return None
    official, value = final.votes[pair], int(claim.value)
    shape = _slip(claim, official)
    if shape is None or not _shape_fits(c.reason, shape, value, official) or \
            (final.tier == "sirekap" and abs(value - official) <= _DRIFT * official):
        return None
    counts = own(race, area, "votes")
    agrees = _roster_agrees(claims, counts, pair, final) or shape != "cut" and _race_pinned(
        i, claims, counts, pair, final, pins().get(race, set()))
    if not agrees and not (shape == "digit" and value > official and _share_agrees(
            claims, own(race, area, "share"), pair, final)):
        return None
    return Comparison(i, slip_status(value - official, official, limits), official,
                      value - official, final.tier, final.as_of,
                      None if final.progress is None else final.progress.quantize(_HUNDREDTH),
                      final.source, reason=FINAL_SLIP, official_page=c.official_page)


def _following(claims, counts: dict, shares: dict) -> int:
    """How many of the page's shares follow from `counts`, to one unit of their last decimal."""
    total = sum(counts.values())
    return sum(1 for p, idx in shares.items() for j in idx if total and abs(
        Decimal(claims[j].value) - Decimal(counts[p]) * 100 / total) <= last_unit(
            claims[j].value))


def _variants(value: int):
    """Every count one digit changed, or two neighbouring digits swapped, from `value`."""
    yield from one_digit_off(value)
    digits = str(value)
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1] and not (i == 0 and digits[1] == "0"):
            yield int(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])


def _against_shares(claims, races, results, record, limits, own) -> dict[int, Comparison]:
    """Counts one keystroke off what the page's own shares give (the second shape above)."""
    out: dict[int, Comparison] = {}
    seen = set()
    for i, (claim, race) in enumerate(zip(claims, races)):
        if race is None or claim.kind != "votes" or results[i].reason not in _HELD:
            continue
        area = race.area_of(claim.region_code)
        if (race, area) in seen:
            continue
        seen.add((race, area))
        counts, shares = own(race, area, "votes"), own(race, area, "share")
        roster = {c.id for c in record.candidates_of(race)}
        values = {p: {int(claims[j].value) for j in idx} for p, idx in counts.items()}
        if set(values) != roster or set(shares) != roster or len(roster) < 2 or \
                any(len(v) != 1 or any(claims[j].approximate for j in counts[p])
                    for p, v in values.items()) or \
                not all(agrees(results[j], limits["share_consistent"])
                        for idx in shares.values() for j in idx):
            continue
        given = {p: next(iter(v)) for p, v in values.items()}
        if _following(claims, given, shares):
            # A share that follows: the counts' total is right, a slip is in a share
            # (own_shares.py); a slipped count moves the total, so no share follows it.
            continue
        every = sum(len(idx) for idx in shares.values())
        fixes = [(p, v) for p in sorted(given) for v in _variants(given[p])
                 if _following(claims, {**given, p: v}, shares) == every]
        reading = record.best(race, area)
        if len(fixes) > 1 or len(roster) == 2:
            # Two pairs' shares are one ratio: a slip of a share and one digit of a count
            # within a unit of it look alike (30,78 for 30,87 beside 42.362: 42.162), and one
            # digit of either count may make it (465.365 or 917.780 beside 915.780 and
            # 466.365). The record's nearly complete reading then decides, where one fix alone
            # comes within a plenary's drift of the pair's count there.
            fixes = [(p, v) for p, v in fixes if reading is not None and p in reading.votes
                     and (reading.tier == "rekap" or reading.progress is not None and
                          reading.progress >= _COMPLETE)
                     and abs(v - reading.votes[p]) <= _NEAR * reading.votes[p]]
        if len(fixes) != 1:
            continue  # none, or more than one count that would do: not singled out
        pair, fixed = fixes[0]
        for j in counts[pair]:
            if results[j].reason in _HELD:
                out[j] = Comparison(j, slip_status(given[pair] - fixed, fixed, limits), fixed,
                                    given[pair] - fixed, "page", reason="own_shares",
                                    official_page=results[j].official_page)
    return out


def _share_above_counts(i: int, claims, races, results, record, limits,
                        own) -> Comparison | None:
    """A plenary share held against Sirekap, above the share the page's counts give where those
    counts are a nearly complete reading's to the vote (the third shape above)."""
    claim, race, c = claims[i], races[i], results[i]
    if race is None or c.reason != "plenary_not_loaded" or c.progress is None or \
            c.progress < _COMPLETE:
        return None
    area = race.area_of(claim.region_code)
    reading, pair = record.best(race, area, tier="sirekap"), pair_id(claim, race, record)
    counts = own(race, area, "votes")
    if reading is None or pair is None or set(counts) != set(reading.votes) or any(
            int(claims[j].value) != reading.votes[p] for p, idx in counts.items() for j in idx):
        return None
    exact = reading.share(pair)
    value = Decimal(claim.value)
    if exact is None or value - exact <= last_unit(claim.value):
        return None
    difference = (value - exact).quantize(_HUNDREDTH)
    status = "minor" if difference <= limits["share_minor"] else "discrepant"
    return replace(c, status=status, reason=None)


def grade_slips(claims: list[Claim], races: list, results: tuple[Comparison, ...], record,
                limits: Mapping[str, Decimal]) -> tuple[Comparison, ...]:
    """`results`: one Comparison per claim (compare.with_page_anchors, before its holds)."""
    if not any(c.status == "unverifiable" and c.reason in _HELD | set(_SHAPE_OF) or
               claim.kind == "votes" and _within_decree(claim, c)
               for claim, c in zip(claims, results)):
        return results
    out, own = list(results), _grouped(claims, races, record)
    found: list[dict] = []

    def pins() -> dict:  # (read once, on first asking)
        if not found:
            found.append(_final_pins(claims, races, record))
        return found[0]
    for i, claim in enumerate(claims):
        if claim.quoted or claim.claim_type not in _COUNTED:
            continue
        if claim.kind == "votes":
            out[i] = _against_final(i, claims, races, results, record, limits, own, pins) or \
                out[i]
        elif claim.kind == "share":
            out[i] = _share_above_counts(i, claims, races, results, record, limits, own) or \
                out[i]
    for j, graded in _against_shares(claims, races, results, record, limits, own).items():
        if out[j].status == "unverifiable":
            out[j] = graded
    return tuple(out)
