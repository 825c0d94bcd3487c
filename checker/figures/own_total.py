"""The page's own figures against each other (issue 10, basis): the pairs' vote counts of one
race and area must add up to the valid votes ("suara sah") the same page states for it.

    stated_totals(text) -> tuple[int, ...]          the valid-vote totals the text states
    page_totals(prose, max_chars)                   the same for a page, read once per check
    sum_gaps(claims, totals, record) -> list[Gap]   races whose pairs' votes miss a total
    blamed(gaps, record) -> {claim index: Comparison}

A gap is a fact about the page whatever the record holds ("7.830.084 + 11.390.191 is not the
19.260.275 valid votes it states": one of the three is wrong), reported as a finding of its
own (FIG009). Which figure is wrong is decided only when the record singles it out: putting
the gap on one pair (its count = total - the others') gives the record's count to the vote,
or the record's shares, while every other reading, the total's included, does not. Only then
is that pair's figure graded, against the value the page's own figures imply (tier "page").
Pure: no I/O. A count off by the gap is never guessed between two pairs (precision first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import wraps
from decimal import Decimal

from checker.figures.count_slips import one_keystroke, slip_status
from checker.models import Claim, Comparison
from checker.official.model import MemoryRecord, Race

__all__ = ["Gap", "against_record", "blamed", "full_rosters", "page_totals", "race_of",
           "stated_totals", "sum_gaps", "vote_groups"]

_COUNT = r"(\d{1,3}(?:[.,]\d{3})+)(?![.,]?\d)"
# "suara sah ... 19.260.275", "jumlah suara sah pilpres dari 38 provinsi ... 164.227.475",
# "suara sah pada Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah sebanyak 900.402":
# the first count (with thousands separators) within a short reach after the words, in the
# same sentence. "suara tidak sah" and "suara sah dan tidak sah" are other totals.
# Both are written to open with a character ("s" and the look-behinds after it, where
# "(?<!tidak\s)(?<!tidak)\bsuara" stood; "\d\d{0,2}" for "\d{1,3}"): the same matches, but
# `re` then skips in C to the next "s" or digit instead of trying the pattern at every
# character of the prose (stated_totals on a 20 KB news page: 3.0 ms -> 1.2 ms).
_AFTER = re.compile(r"s(?<!\ws)(?<!tidak\ss)(?<!tidaks)uara\s+sah\b(?!\s*(?:dan|&|\+|serta)\s*tidak)"
                    r"[^.!?\d]{0,100}?(?:\b\d{1,3}\b[^.!?\d]{1,40}?)?" + _COUNT,
                    re.IGNORECASE)
# "19.260.275 suara sah" (but not "... suara sah dan tidak sah")
_BEFORE = re.compile(_COUNT.replace(r"(\d{1,3}", r"(\d\d{0,2}", 1) +
                     r"\s+(?:surat\s+)?suara\s+sah\b(?!\s*(?:dan|&|\+|serta)\s*tidak)",
                     re.IGNORECASE)
_MAX_TOTALS = 50
# How far a stated total may be from the pairs' sum and still be theirs: a typo moves a count
# by a digit; a total of another race or area is seldom within one percent.
_NEAR = Decimal("0.01")
# Shares: the one reading that fits the record must fit it within this (percentage points),
# and every other reading must miss it by at least _APART.
_FITS, _APART = Decimal("0.05"), Decimal("0.1")
_MIN_PROGRESS = Decimal(99)


def _count(text: str) -> int:
    return int(re.sub(r"[.,]", "", text))


# "suara sah untuk pasangan X berjumlah ...": one pair's valid votes, not the race's total
_ONE_PAIR = re.compile(r"\b(?:untuk|bagi|milik|diraih|diperoleh|meraih)\b", re.IGNORECASE)
# "... suara sah dan 1.528.502 suara tidak sah": the count after is the invalid votes
_INVALID = re.compile(r"\s*(?:surat\s+)?(?:suara\s+)?tidak\s+sah\b", re.IGNORECASE)


_LAST: list[tuple[str, int, tuple[int, ...]]] = []  # (prose, its reach, totals), the last page


def page_totals(prose: str, max_chars: int) -> tuple[int, ...]:
    """stated_totals of a page's prose (up to `max_chars`). The pipeline and the sum rule
    (FIG009) both ask it of the same page: the second asking is answered from the first (two
    regex passes over up to 150 KB, a tenth of a hostile page's analysis). Known by the prose
    string itself (`is`): each check's Page has its own, so no other check shares the
    answer."""
    last = _LAST[-1] if _LAST else None  # one read: another thread may replace it
    if last is not None and last[0] is prose and last[1] == max_chars:
        return last[2]
    totals = stated_totals(prose[:max_chars])
    _LAST[:] = [(prose, max_chars, totals)]
    return totals


def stated_totals(text: str) -> tuple[int, ...]:
    """The distinct valid-vote totals the text states, in order."""
    found: list[int] = []
    for pattern, matches in zip((_AFTER, _BEFORE), _both(text)):
        for match in matches:
            if pattern is _AFTER and (_ONE_PAIR.search(text, match.start(), match.start(1))
                                      or _INVALID.match(text, match.end(1))):
                continue
            value = _count(match.group(1))
            if value not in found:
                found.append(value)
            if len(found) >= _MAX_TOTALS:
                return tuple(found)
    return tuple(found)


# Every match of _AFTER and _BEFORE holds "suara sah": found in the lower-cased text with a
# literal-led search (C skips to each "suara"), the patterns are tried only there, not at each
# "s" and digit of a 20 KB page (4 ms; most news pages have one or two). Same matches, in order.
_VALID = re.compile(r"suara\s+sah")
_BACK = 200  # a count longer than this before "suara sah": the plain search


def _both(text: str):
    low = text.lower()
    if len(low) != len(text) or "\u017f" in text:  # not one char per char; "\u017f" is an "s"
        return _AFTER.finditer(text), _BEFORE.finditer(text)
    spots = [m.start() for m in _VALID.finditer(low)]
    return _after(text, spots), _before(text, spots)


def _after(text: str, spots: list[int]):
    end = 0
    for at in spots:
        if at >= end and (match := _AFTER.match(text, at)):
            end = match.end()
            yield match


def _before(text: str, spots: list[int]):
    """A match ends at a spot; its count starts after whatever is not digits, separators,
    spaces or "surat" before it: tried from there on, leftmost first, as a search would."""
    end = 0
    for at in spots:
        if at < end:
            continue
        start = _run_start(text, at)
        if start is None:
            yield from _BEFORE.finditer(text, end)
            return
        for position in range(max(end, start), at):
            if match := _BEFORE.match(text, position):
                end = match.end()
                yield match
                break


def _run_start(text: str, at: int) -> int | None:
    i = at
    while i > 0 and (text[i - 1].isspace() or text[i - 1].isdigit() or text[i - 1] in ".," or
                     text[max(0, i - 5):i].lower() == "surat"):
        i -= 5 if text[max(0, i - 5):i].lower() == "surat" else 1
        if at - i > _BACK:
            return None
    return max(i, 0)


@dataclass(frozen=True)
class Gap:
    """A race (and area) whose pairs' votes, one each, sum to `sum`, not the stated `total`."""

    race: Race
    area: str
    claims: tuple[int, ...]       # indexes of the pairs' vote claims, one per pair
    sum: int
    total: int


def vote_groups(claims: list[Claim], kind: str = "votes", held: frozenset = frozenset(),
                quoted: bool = False) -> dict[tuple, dict[str, list[int]]]:
    """Claims of `kind` by (election, race, race region, area, count type), then by pair: the
    figures one count of one race gives, each pair's indexes (held figures only of `held`;
    a fact-check's quoted figures only when `quoted`, grouped apart from the page's own)."""
    groups: dict[tuple, dict[str, list[int]]] = {}
    for index, claim in enumerate(claims):
        if claim.kind != kind or (claim.hold is not None and claim.hold not in held) or \
                (claim.quoted and not quoted) or \
                claim.approximate or not claim.candidate_id or not claim.election or \
                not claim.race_kind or claim.region_code is None:
            continue
        key = (claim.election, claim.race_kind, claim.race_region, claim.region_code,
               claim.claim_type) + ((claim.quoted,) if quoted else ())
        groups.setdefault(key, {}).setdefault(claim.candidate_id, []).append(index)
    return groups


def against_record(check):
    """A check of the page's own figures that the record singles out, check(claims, record,
    ...): with no record it blames nothing, and it is given the claims as a list (it indexes
    them). Written once for the checks pipeline._own_total asks."""
    @wraps(check)
    def run(claims, record, *rest, **options) -> dict[int, Comparison]:
        return {} if record is None else check(list(claims), record, *rest, **options)
    return run


def race_of(record: MemoryRecord, key: tuple) -> Race | None:
    """The record's race of a claims group's key (election, race kind, the race's region, the
    claims' area, count type): the country's for the president, else the race's region, or
    the area where the claims name no race region."""
    election, race_kind, own_region, area = key[:4]
    return record.race_for(election, race_kind, "" if race_kind == "president" else
                           (own_region if own_region is not None else area))


def full_rosters(claims: list[Claim], record: MemoryRecord, kind: str = "votes", read=int,
                 held: frozenset = frozenset(), quoted: bool = False):
    """(key, race, by_pair, values) for each group of vote counts (or of `kind`, each value
    read by `read`) that gives every pair of the record's roster exactly one value; a pair
    missing, or two values for one pair (before and after a correction), leaves it out."""
    for key, by_pair in vote_groups(claims, kind, held, quoted).items():
        race = race_of(record, key)
        if race is None:
            continue
        roster = {c.id for c in record.candidates_of(race)}
        values = {cid: {read(claims[i].value) for i in idx} for cid, idx in by_pair.items()}
        if set(values) != roster or any(len(v) != 1 for v in values.values()):
            continue
        yield key, race, by_pair, {cid: next(iter(v)) for cid, v in values.items()}


def sum_gaps(claims, totals: tuple[int, ...], record: MemoryRecord | None) -> list[Gap]:
    """Races whose pairs' votes (every pair of the record's roster, one value each) come
    within one percent of a stated valid total without equalling any."""
    if record is None or not totals:
        return []
    # Asked twice a page with the same claims (pipeline._own_total, then the label's
    # votes_sum_total): the last answer is kept, for a tuple of claims (immutable) and the
    # same record, by identity. 0.2 ms of a 20 KB news page.
    last = _LAST_GAPS[:]  # (a copy: another thread may replace it)
    if last and last[0] is claims and last[1] == totals and last[2] is record:
        return list(last[3])
    gaps = _sum_gaps(list(claims), totals, record)
    if isinstance(claims, tuple):
        _LAST_GAPS[:] = [claims, totals, record, tuple(gaps)]
    return gaps


_LAST_GAPS: list = []


def _sum_gaps(claims: list, totals: tuple[int, ...], record: MemoryRecord) -> list[Gap]:
    gaps = []
    for key, race, by_pair, values in full_rosters(claims, record):
        area = key[3]
        total = sum(values.values())
        if total in totals:
            continue
        near = [t for t in totals if abs(t - total) <= _NEAR * t] or _keyed(values, total, totals)
        if near:
            stated = min(near, key=lambda t: abs(t - total))
            gaps.append(Gap(race, area, tuple(idx[0] for idx in by_pair.values()), total,
                            stated))
    return gaps


def _keyed(values: dict[str, int], total: int, totals: tuple[int, ...]) -> list[int]:
    """The one stated total further off than a typo of it moves it that one keystroke of a
    count makes (430.232 for 403.232 beside 497.170 and 900.402 suara sah: 27.000 off). A
    changed digit's gap may be closed by a keystroke of either pair's count (590.554 or 368.790
    beside 909.344); the record decides which, if any, is wrong (_culprit), as for a near gap.
    Another race's or area's total meets the pairs' counts that way only by chance."""
    keyed = [t for t in totals if any(one_keystroke(v, t - (total - v))
                                      for v in values.values() if t - (total - v) > 0)]
    return keyed if len(keyed) == 1 else []


def _misfit(counts: dict[str, int], total: int, shares: dict[str, Decimal]) -> Decimal:
    return max(abs(Decimal(counts[c]) * 100 / Decimal(total) - shares[c]) for c in counts)


def _culprit(gap: Gap, claims: list[Claim], record: MemoryRecord) -> int | None:
    best = record.best(gap.race, gap.area)
    if best is None:
        return None
    counts = {claims[i].candidate_id: int(claims[i].value) for i in gap.claims}
    index_of = {claims[i].candidate_id: i for i in gap.claims}
    implied = {c: gap.total - (gap.sum - v) for c, v in counts.items()}
    if best.tier == "rekap":
        # The decree's counts: the one pair whose implied count is the decree's, the others
        # stated as decreed.
        exact = [c for c in counts if implied[c] == best.votes.get(c) and
                 all(counts[o] == best.votes.get(o) for o in counts if o != c)]
        if len(exact) == 1:
            return index_of[exact[0]]
    if best.tier != "rekap" and (best.progress is None or best.progress < _MIN_PROGRESS):
        return None  # shares still moving: the record cannot tell the readings apart
    shares = {c: best.share(c) for c in counts}
    if any(s is None for s in shares.values()):
        return None
    readings = {c: _misfit({**counts, c: implied[c]}, gap.total, shares)
                for c in counts if implied[c] > 0}
    readings[None] = _misfit(counts, gap.sum, shares)  # the total is the wrong one
    fitting = [c for c, misfit in readings.items() if misfit <= _FITS]
    if len(fitting) != 1 or fitting[0] is None:
        return None
    if any(m < _APART for c, m in readings.items() if c != fitting[0]):
        return None
    return index_of[fitting[0]]


def blamed(gaps: list[Gap], claims, record: MemoryRecord | None,
           limits: dict[str, Decimal]) -> dict[int, Comparison]:
    """The pair figure each gap singles out, graded against the value the page's own total
    and other counts imply: at least `minor` (the page contradicts itself)."""
    if record is None:
        return {}
    claims = list(claims)
    out: dict[int, Comparison] = {}
    for gap in gaps:
        index = _culprit(gap, claims, record)
        if index is None:
            continue
        stated = int(claims[index].value)
        implied = gap.total - (gap.sum - stated)
        difference = stated - implied
        out[index] = Comparison(index, slip_status(difference, implied, limits), implied,
                                difference, "page", reason="own_total")
    return out
