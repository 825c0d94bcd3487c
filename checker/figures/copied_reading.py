"""Figures held to a reading the page's other figures copy exactly, whatever moment or basis it
states (issue 10, errors caught). compare grades a real count only against a reading of its
moment, and a plenary figure only against the decree: a share of Sirekap at a moment the record
does not hold is `another_moment`, a count where only Sirekap is loaded `progress_differs`. But
when the page's other figures of the race and area equal one reading the record holds, the
page copied that reading, and a figure beside them that departs from it is wrong (a digit
slipped), not of another moment:

- a share: every other pair of the roster has its share there, each equal to the reading's at
  its own precision ("58,82" and "16,68" beside "22,49", Sirekap at 78 % of the TPS giving
  24.49). Shares add to 100, so the others' equal shares leave this one less than the sum of
  their last units (plus half its own) away from the reading at any nearby moment: beyond
  that it cannot be of that reading or of a moment near it;
- a count: two other pairs' counts equal to the vote, or one other pair's count equal and a
  share of the race there equal to the reading's at two decimals or more (the count then also
  contradicts that share). One count equal alone proves nothing in a race of two: a pair's
  count may stay put between two moments, and a plenary may differ from Sirekap for one pair.

A page that gives one pair two figures of a kind there (two moments, two sources) copies more
than one reading: nothing there is held. Neither is a quick count, a count the writer rounded,
a figure equal to some reading of the record (it is that reading's), nor a place where a real
count and a plenary figure meet (two bases). The figure is graded against the reading with
the usual limits, `minor` at the least. Runs after compare (and same_reading); a figure
already flagged keeps its grade. Pure.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from checker.figures.compare import claim_race
from checker.figures.numbers import last_unit
from checker.figures.grade_bounds import decimal_bounds
from checker.models import Claim, Comparison, replace

__all__ = ["held_to_copied", "of_reading", "progress_of_copied", "with_pairs"]

_HUNDREDTH = Decimal("0.01")
# What compare could not grade for want of a moment or a plenary, and what it graded against
# another tier than the reading the page copied.
_OPEN = {"another_moment", "progress_differs", "plenary_not_loaded", None}
_BASES = ("real_count", "plenary")


def with_pairs(claims: list[Claim], record) -> list[Claim]:
    """The claims, each naming its pair by the record's id where the page gave only its ballot
    number ("Paslon nomor urut 1 ... 19,07 persen"): copies, for the look-ups here."""
    out = []
    for claim in claims:
        if claim.candidate_id is None and claim.nomor_urut is not None:
            race = claim_race(claim, record)
            found = [c.id for c in record.candidates_of(race) if c.nomor_urut ==
                     claim.nomor_urut] if race is not None else []
            claim = replace(claim, candidate_id=found[0]) if len(found) == 1 else claim
        out.append(claim)
    return out


# A camp's own tally (its team's C1 forms, its volunteers', a civic count) is no reading of the
# record: a second figure of the same pair from it is not a second reading the page copies
# ("Pramono-Rano 2.181.939 suara" from Sirekap, and the team's "2.183.577" a paragraph on: the
# page still copies one reading). Its figures make a place of their own.
_OWN_TALLIES = ("internal_count", "civic_count")


def _place(claim: Claim) -> tuple:
    # a hoax's figures a fact-check quotes are the hoax's set, the page's own are another
    return (claim.election, claim.race_kind, claim.race_region, claim.region_code, claim.quoted,
            claim.claim_type in _OWN_TALLIES)


def _usable(claim: Claim) -> bool:
    return claim.kind in ("votes", "share") and claim.hold is None and not claim.approximate \
        and bool(claim.candidate_id) and claim.claim_type != "quick_count" and \
        claim.election is not None and claim.race_kind is not None and \
        claim.region_code is not None


def of_reading(claim: Claim, reading) -> bool:
    """The figure is the reading's, to the vote or at its own precision."""
    if claim.kind == "votes":
        return reading.votes.get(claim.candidate_id) == int(claim.value)
    share = reading.share(claim.candidate_id)
    return share is not None and abs(Decimal(claim.value) - share) * 2 <= last_unit(claim.value)


def _cut_to(share: Decimal, value) -> bool:
    """Is the page's share the reading's cut to the page's last digit? Newsrooms cut as often
    as they round (after_recap.to_last_digit): "55,8 persen" beside "44,12" is Banten's decree
    of 55,88 cut to one decimal, the reading's own figure, not a slipped digit."""
    unit = last_unit(value)
    return share.quantize(unit, ROUND_DOWN) == Decimal(value)


def _grade(size: Decimal, minor: Decimal) -> str:
    return "discrepant" if size > minor else "minor"  # within the limits: still a slip


def held_to_copied(claims, comparisons: tuple[Comparison, ...], record,
                   limits) -> tuple[Comparison, ...]:
    if record is None:
        return comparisons
    claims = with_pairs(list(claims), record)
    places: dict[tuple, list[int]] = {}
    for index, claim in enumerate(claims):
        if _usable(claim):
            places.setdefault(_place(claim), []).append(index)
    bounds = decimal_bounds(limits)
    out = list(comparisons)
    for members in places.values():
        for index, reading, room in _held(claims, members, record):
            if out[index].status in ("consistent", "unverifiable") and \
                    out[index].reason in _OPEN:
                graded = _against(index, claims[index], reading, room, bounds)
                if graded is not None:
                    out[index] = replace(graded, official_page=out[index].official_page)
    return tuple(out)


def _held(claims: list[Claim], members: list[int], record):
    """(index, reading, room) for each figure of one place that the others prove copied a
    reading; `room`: how far a share may be from it and still be of it or of a moment near."""
    given: dict[tuple, set] = {}
    for i in members:
        given.setdefault((claims[i].kind, claims[i].candidate_id), set()).add(claims[i].value)
    if any(len(values) > 1 for values in given.values()) or \
            all(b in {claims[i].claim_type for i in members} for b in _BASES):
        return
    race = claim_race(claims[members[0]], record)
    if race is None:
        return
    area = claims[members[0]].region_code
    area = area if area and area != race.region and area.startswith(race.region) else race.region
    readings = record.results_for(race, area)
    roster = {c.id for c in record.candidates_of(race)}
    place = [claims[i] for i in members]
    for i in members:
        claim = claims[i]
        if any(of_reading(claim, r) for r in readings):
            continue
        others = [o for o in place if o.candidate_id != claim.candidate_id]
        for reading in readings:
            room = _proves(claim, others, place, reading, roster)
            if room is not None:
                yield i, reading, room
                break


def _proves(claim: Claim, others: list[Claim], place: list[Claim], reading,
            roster: set) -> Decimal | None:
    """None, or the room the reading leaves the figure (0 for a count: any vote is off)."""
    if claim.kind == "share":
        shares = [o for o in others if o.kind == "share"]
        if len(roster) < 2 or {o.candidate_id for o in shares} != roster - {claim.candidate_id} \
                or not all(of_reading(o, reading) for o in shares):
            return None
        return last_unit(claim.value) / 2 + sum((last_unit(o.value) for o in shares), Decimal(0))
    counts = {o.candidate_id for o in others if o.kind == "votes" and of_reading(o, reading)}
    fine = any(s.kind == "share" and last_unit(s.value) <= _HUNDREDTH and of_reading(s, reading)
               for s in place)
    return Decimal(0) if len(counts) >= 2 or (len(counts) == 1 and fine) else None


def _pct(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(_HUNDREDTH)


def _against(index: int, claim: Claim, reading, room: Decimal, bounds) -> Comparison | None:
    if claim.kind == "votes":
        official = reading.votes.get(claim.candidate_id)
        if not official:
            return None
        difference = int(claim.value) - official
        status = _grade(abs(Decimal(difference) * 100 / Decimal(official)), bounds["votes_minor"])
        return Comparison(index, status, official, difference, reading.tier, reading.as_of,
                          _pct(reading.progress), reading.source)
    official = reading.share(claim.candidate_id)
    if official is None:
        return None
    difference = Decimal(claim.value) - official
    if abs(difference) < room or _cut_to(official, claim.value):
        return None
    return Comparison(index, _grade(abs(difference), bounds["share_minor"]),
                      official.quantize(_HUNDREDTH), difference.quantize(_HUNDREDTH),
                      reading.tier, reading.as_of, _pct(reading.progress), reading.source)


def progress_of_copied(claims, comparisons: tuple[Comparison, ...], record,
                       limits) -> tuple[Comparison, ...]:
    """A progress figure beside counts that copy one Sirekap reading, every pair's to the vote:
    the counts pin the moment (a reading's counts are never another reading's: each TPS that
    comes in adds votes), so the page's one progress figure there is that reading's progress.
    compare holds a progress the record never showed (`progress_changes`: it moves by the
    minute); one beyond a unit of its last decimal from the pinned reading's ("99,93 persen"
    beside the counts of 99.91 %) is wrong, `minor` at the least. Only where the page gives
    that place one progress figure (one moment) and one count a pair, of one count type."""
    if record is None or not any(c.reason == "progress_changes" for c in comparisons):
        return comparisons
    claims = with_pairs(list(claims), record)
    bounds = decimal_bounds(limits)
    out = list(comparisons)
    for index, c in enumerate(comparisons):
        claim = claims[c.claim]
        if c.reason != "progress_changes" or claim.approximate or \
                claim.claim_type == "quick_count":
            continue
        reading = _pinned(claim, claims, record)
        if reading is None:
            continue
        difference = Decimal(claim.value) - reading.progress
        if abs(difference) <= last_unit(claim.value):
            continue
        out[index] = Comparison(
            c.claim, _grade(abs(difference), bounds["share_minor"]), _pct(reading.progress),
            difference.quantize(_HUNDREDTH), reading.tier, reading.as_of, _pct(reading.progress),
            reading.source, official_page=c.official_page)
    return tuple(out)


def _pinned(progress: Claim, claims: list[Claim], record):
    """The Sirekap reading every pair's count of the progress figure's place equals, or None."""
    place = (progress.election, progress.race_kind, progress.race_region, progress.region_code)
    here = [c for c in claims if (c.election, c.race_kind, c.race_region, c.region_code) == place
            and c.claim_type == progress.claim_type and not c.quoted]
    if sum(c.kind == "progress" for c in here) != 1:
        return None  # two moments stated there, or none read as this one
    counts: dict[str, set] = {}
    for c in here:
        if c.kind == "votes":
            if not _usable(c):
                return None
            counts.setdefault(c.candidate_id, set()).add(int(c.value))
    race = claim_race(progress, record)
    if race is None or any(len(v) != 1 for v in counts.values()):
        return None
    roster = {c.id for c in record.candidates_of(race)}
    if len(roster) < 2 or set(counts) != roster:
        return None
    area = race.area_of(progress.region_code)
    return next((r for r in record.results_for(race, area) if r.tier == "sirekap" and
                 r.progress is not None and all(r.votes.get(p) == next(iter(v))
                                                for p, v in counts.items())), None)
