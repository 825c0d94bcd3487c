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

Where the record holds the decree, a share the page gives as the plenary's is graded against it
at once (compare.py), and the same doubts are asked here, in the same function (rekap3): a far
share that is another pair's very figure is held `share_unplaced`; a share below the decree is
graded only as far as another pair's right share bounds the base, and held `larger_base` where
the page says its base is larger (larger_base.py). A far share alone is graded against the
decree only where its own sentence names the pair (a word of its name, its ballot number, or a
pointer at the pair just named): "Luthfi-Yasin raih 64,14 persen" is wrong; "Mereka meraih
64,14 persen", the pair carried from an earlier paragraph or the title, is held
(tests/corpus/findings/rekap-s41.md, "rekap3" and "decree-lone").
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
import re

from checker.figures.after_recap import plenary_basis
from checker.figures.held_agreeing import agrees
from checker.figures.larger_base import base_signs
from checker.figures.moment import COMPLETE
from checker.figures.numbers import last_unit
from checker.models import Claim, Comparison

__all__ = ["grade_settled"]

_GAP = Decimal(3)        # percentage points above the reading's share
_AGREE = Decimal(1)      # the share the page's counts give, within this of the reading's
_SLACK = Decimal("0.5")  # a consistent share's own leeway (rules/figure-rules.yaml)
_HELD = "plenary_not_loaded"
_FLAGS = ("minor", "discrepant")
# The reasons a figure below its race's areas is held (scope_gate, collect, magnitude)
_BELOW = frozenset({"lower_level", "page_region_below", "below_area", "partial_tally"})
_POINTER = re.compile(r"\b(?:pasangan|paslon|calon)\b[\w\s]{0,20}?\b(?:itu|tersebut)\b")
# A word of a name that names a pair by itself: titles and short particles do not
_TITLES = frozenset({"prof", "drs", "dra", "ir", "hj", "h", "kh", "dr", "sh", "se", "mm", "mh",
                     "msi", "mba", "st", "sos", "ag", "pd", "ak", "mt", "sp", "mpd", "phd"})


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
                    c: Comparison, exact: bool) -> bool:
    """Is a share below the reading's lower than any base the page's right shares allow? A
    share of every ballot cast is lower than one of the valid votes by the same factor for every
    pair; another pair's consistent share bounds that factor from below (its value less half a
    point, over its reading's), and the largest such reading bounds it best ("20,84%" for
    20.86: a factor of 0.975 at least, so the winner's 52.38 is 51.07 at least; "39,41%" is
    wrong, Pilgub Sultra, blind hunt 3). Against a decree (`exact`) the right share is the
    plenary's own to its last digit, so half that digit is all the slack it leaves, and the
    share need only be below the bound beyond its own rounding ("50,69" beside the decree's
    exact 24,18 and 11,01: Malut's 51,68 is 51,67 at least)."""
    j = max(others, key=lambda j: Decimal(comparisons[j].official_value))
    reading = Decimal(comparisons[j].official_value)
    if not reading:
        return False
    slack, margin = (last_unit(claims[j].value) / 2, last_unit(value) / 2) if exact else \
        (_SLACK, _GAP)
    factor = (Decimal(claims[j].value) - slack) / reading
    return value < Decimal(c.official_value) * factor - margin


def _named_here(claim: Claim, record, race) -> bool:
    """Does the figure's own sentence (its excerpt) name its pair: a word of the pair's name,
    as KPU or the page writes it, or its ballot number ("nomor urut 2", "paslon 02")? A pair
    carried from the title or an earlier paragraph ("Mereka meraih 64,14 persen") is the
    reader's guess, not the page's word; a pointer at the pair just named ("pasangan tersebut")
    is the page's. A table row or a data field is its own row: named."""
    if claim.origin != "text":
        return True
    text = claim.excerpt.lower()
    names = [claim.candidate_name or ""] + [c.name for c in record.candidates_of(race)
                                            if c.id == claim.candidate_id]
    words = {w for n in names for w in re.findall(r"[a-z']{3,}", n.lower())} - _TITLES
    if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
        return True
    if _POINTER.search(text):
        # "Pasangan tersebut meraih ..." points at the pair just named; which one (or none,
        # after two pairs) the reader decides there (test_fix_known11)
        return True
    n = claim.nomor_urut
    ballot = rf"\b(?:nomor|nomer|no\.?|urut|paslon|pasangan|calon)\s*(?:urut\s*)?0?{n}\b"
    return n is not None and re.search(ballot, text) is not None


def _doubt(claims: list[Claim], races: list, comparisons, i: int, reading, record,
           exact: bool, below: bool) -> str | None:
    """None when the share at `i`, off `reading`, is the page's wrong figure for that pair
    there; else why it may not be: "share_unplaced" (nothing on the page says it is that pair's
    share in that area, or it is near another pair's), "larger_base" (below the reading, and
    no right share of another pair pins the page's base to the valid votes). `exact`: the
    reading is the decree, which a plenary share should equal (beyond Sirekap's own gap the
    same doubts hold for both); `below`: the page gives figures below an area (_below)."""
    c, race, claim = comparisons[i], races[i], claims[i]
    if claim.kind == "share" and _swapped(claims, races, i, reading, record):
        return None
    far = abs(c.difference) > _GAP
    if not far and (not exact or c.difference > 0):
        # Within Sirekap's gap the plenary may simply differ from it; a share a little above
        # the decree is a slip whatever its base (a larger base only lowers a share)
        return None if exact else _HELD
    if far and below:
        return "share_unplaced"
    area = race.area_of(claim.region_code)
    others = [j for j, other in enumerate(claims)
              if races[j] is race and other.kind == "share" and
              race.area_of(other.region_code) == area and
              agrees(comparisons[j], _SLACK) and
              comparisons[j].official_value != c.official_value]
    value = Decimal(claim.value)
    if exact and far and not others and not _counts_agree(claims, races, i, reading, record) \
            and not _named_here(claim, record, race):
        # Alone, a far share is graded against the decree only where its own sentence names
        # the pair: one whose pair the reader carried in from elsewhere may be another's
        return "share_unplaced"
    if c.difference < 0 and not others:
        # Nothing pins the page's base. Against the decree, a share of every ballot cast if the
        # page says as much (larger_base.py); against Sirekap, no far share below is graded
        if exact:
            all_low, count_right, any_base = base_signs(claims, races, comparisons, i, record)
            if any_base and (all_low or count_right):
                return "larger_base"
        else:
            return "share_unplaced"
    elif c.difference < 0 and not _below_any_base(claims, comparisons, others, value, c, exact):
        return "larger_base"
    if c.difference > 0 and not exact and not (
            others or _counts_agree(claims, races, i, reading, record)):
        # (Against the decree a far share alone is graded where its own sentence names the
        # pair, _named_here: the suite's lone planted shares, rekap-s41.md "rekap3")
        return "share_unplaced"
    # Another pair's share: against Sirekap within its gap of the plenary; against the decree,
    # that pair's very figure (Jateng's "40,86" for Luthfi-Yasin, Andika-Hendi's; DKI's "40,07"
    # for Pramono-Rano is 0,67 from Ridwan Kamil-Suswono's 39,40, a misquote)
    near = _SLACK if exact else _GAP
    shares = (reading.share(pair) for pair in reading.votes)
    if far and any(share is not None and abs(value - share) <= near for share in shares):
        return "share_unplaced"
    return None


def _against_decree(claim: Claim, c: Comparison) -> bool:
    """A share the page gives as the plenary's, graded against the decree."""
    return c.tier == "rekap" and c.status in _FLAGS and c.reason is None and \
        claim.kind == "share" and not claim.quoted and claim.claim_type != "quick_count" and \
        c.difference is not None and plenary_basis(claim)


def grade_settled(claims: list[Claim], races: list, comparisons: tuple[Comparison, ...],
                  record) -> tuple[Comparison, ...]:
    """`races`: each claim's Race (compare.claim_race) or None; the comparisons in claim order.
    A share held against a (nearly) complete Sirekap is graded where the page places it; one
    graded against the decree is held where the page does not (the same doubts, one place)."""
    held = [i for i, c in enumerate(comparisons) if c.reason == _HELD and c.progress is not None
            and c.progress >= COMPLETE]
    decreed = [i for i, c in enumerate(comparisons)
               if races[i] is not None and _against_decree(claims[i], c)]
    if not (held or decreed):
        return comparisons
    below = _below(claims)
    out = list(comparisons)
    for i in sorted(held + decreed):
        c, race, exact = comparisons[i], races[i], i in decreed
        if below and not exact:
            continue
        reading = record.best(race, race.area_of(claims[i].region_code), tier=c.tier)
        if reading is None:
            continue
        why = _doubt(claims, races, comparisons, i, reading, record, exact, below)
        if not exact and why is None:
            out[i] = replace(c, status="discrepant", reason=None)
        elif exact and why is not None:
            out[i] = replace(c, status="unverifiable", reason=why)
    return tuple(out)
