"""On a Pilpres page about one area, is a figure the area's or the country's? Outlets write the
province's result and the national one side by side: the lead names the province, the next
sentences give shares with no area of their own, then "Secara nasional, ..." gives the
country's (or the reverse: the national result first, then "Sementara di Provinsi X").
A figure read with an area its paragraph never names, or as the nation's with no national
marker in its sentence or paragraph on a page about one area, was guessed. What decides:

- a national marker in the figure's paragraph ("Dari 38 provinsi", "perolehan suara
  nasional") makes it the nation's, graded only where it is the nation's reading;
- the record's readings (a share's or count's size is evidence): a figure that is the nation's
  reading and not the area's is the nation's (the winner's 58,59 % after a lead about Jawa
  Tengah, a fact-check's national Sirekap after a sentence about Jawa Barat); one that is the
  page's area's and not the nation's, read as the nation's, is the area's (a headline figure
  with no place over a province's plenary); either way held `region_unclear`, never graded
  against the other one;
- a figure that is neither reading is no ground to flag where the other reading is in play:
  read as the nation's on a page about one area, or read as the area's beside the same pair's
  other figure of that kind there (its two shares cannot both be the area's): held;
- a count more than the area could cast is not the area's: its province's reading, else the
  country's (tens of millions under a regency's title), held; so are figures already held as
  the area's that are the nation's reading and not the area's (the country's progress).

A figure whose sentence or paragraph names its area keeps its grade; so does every figure of
a page that names no one area, abroad and below a kab/kota. Pure: the page's paragraphs, the
record's readings."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal

from checker.figures.gate_text import GateText
from checker.figures.matching import Matcher
from checker.figures.moment import COMPLETE
from checker.figures.partial_tally import written
from checker.models import Claim

__all__ = ["nation_or_area"]

# How near a reading a figure must be to be that reading's (the record's own "consistent":
# rules/figure-rules.yaml, 0.5 points of a share, 0.5 % of a count). Not a grade: only which
# of two readings a figure can be.
_SHARE_NEAR = Decimal("0.5")
_VOTES_NEAR = Decimal("0.005")
# Holds that keep a figure's area: one that cannot be the area's is still relabelled.
_AREA_HOLDS = ("page_region_below", "beyond_total")


def _readings(record, claim: Claim, area: str) -> list:
    race = record.race_for(claim.election, "president", "") if claim.election else None
    return record.results_for(race, area) if race is not None else []


def _distance(claim: Claim, readings: list) -> Decimal | None:
    """How far the figure is from the nearest of these readings: points of a share or of the
    progress, a count's difference as a part of the reading's count; None without one."""
    value, found = Decimal(claim.value), []
    for result in readings:
        if claim.kind == "progress":
            if result.progress is not None:
                found.append(abs(Decimal(result.progress) - value))
        elif claim.candidate_id is None:
            continue
        elif claim.kind == "share":
            if (share := result.share(claim.candidate_id)) is not None:
                found.append(abs(share - value))
        elif count := result.votes.get(claim.candidate_id):
            found.append(abs(value - count) / count)
    return min(found, default=None)


def _fits(claim: Claim, readings: list) -> bool:
    """Is the figure one of these readings' (its pair's share or count, or the progress)?"""
    found = _distance(claim, readings)
    return found is not None and found <= (_VOTES_NEAR if claim.kind == "votes" else _SHARE_NEAR)


def _nearer_nation(claim: Claim, record, area: str) -> bool:
    """Is the figure nearer the nation's readings than the area's (which the record may lack)?
    A typo in the area's count stays the area's; the country's figure of another day does not."""
    nation = _distance(claim, _readings(record, claim, ""))
    own = _distance(claim, _readings(record, claim, area))
    return nation is not None and (own is None or nation < own)


def _beyond_area(claim: Claim, record, area: str) -> bool:
    """Is a pair's count more than the area could cast? Above a tenth more than all the valid
    votes of the Pilpres there, or three times the Pilkada 2024's in a kab/kota (no turnout is
    a third of another's), by the largest complete count; a kab/kota the record has neither
    of, above its province's: not the area's."""
    if claim.kind != "votes":
        return False
    bounds = [r.total * Decimal("1.1") for r in _readings(record, claim, area) if _complete(r)]
    if len(area) == 4:
        for kind, region in (("governor", area[:2]), ("regent_mayor", area)):
            race = record.race_for("pilkada2024", kind, region)
            bounds += [r.total * 3 for r in (record.results_for(race, area) if race else ())
                       if _complete(r)]
        bounds = bounds or [r.total * Decimal("1.1") for r in _readings(record, claim, area[:2])
                            if _complete(r)]
    return bool(bounds) and int(claim.value) > max(bounds)


def _wider(claim: Claim, record, area: str) -> str:
    """Whose count one too large for `area` is: its province's where it is that reading's
    (Jawa Barat's 16.805.854 under a regency's title), else the country's."""
    return area[:2] if len(area) == 4 and _fits(claim, _readings(record, claim, area[:2])) \
        else ""


def _complete(result) -> bool:
    return result.progress is None or result.progress >= COMPLETE


def nation_or_area(claims: list[Claim], text: GateText, matcher: Matcher, page_area: str | None,
                   national) -> list[Claim]:
    """The claims, each presidential figure whose area was guessed held where the record's
    readings say it may be the other one's. `page_area`: the one area the page is about (its
    lead's subject), or None; `national(text)`: does a text mark its figures the country's."""
    record = matcher.record
    if record is None:
        return claims
    given: dict[tuple, set] = {}  # the values each pair's figure of a kind has in an area
    for claim in claims:
        if claim.hold is None and claim.race_kind == "president":
            given.setdefault(_figure(claim), set()).add(Decimal(claim.value))
    out = []
    for claim in claims:
        area = claim.region_code
        if claim.hold in _AREA_HOLDS and claim.race_kind == "president" and area and \
                claim.origin != "json" and not area.startswith("99") and len(area) <= 4 and \
                claim.claim_type != "quick_count":
            # Already held as the area's part or beyond its votes: still held, but the
            # country's where it cannot be the area's (tens of millions under a regency's
            # title) or is the nation's reading and not the area's (Sirekap's 78,11 % of TPS
            # on a page about Sulawesi Utara, whose own stood at 95,4 %).
            if _beyond_area(claim, record, area):
                claim = replace(claim, region_code=_wider(claim, record, area), region_name=None)
            elif _fits(claim, _readings(record, claim, "")) and \
                    not _fits(claim, _readings(record, claim, area)) and not any(
                        area in _codes(text, matcher, p) for _, p in _spots(claim, text)):
                claim = replace(claim, region_code="", region_name=None)
            out.append(claim)
            continue
        if claim.hold is not None or claim.race_kind != "president" or \
                claim.origin == "json" or area is None or claim.kind not in (
                    "share", "votes", "progress") or claim.claim_type == "quick_count":
            out.append(claim)
            continue
        places = _spots(claim, text)
        if not places:
            out.append(claim)
            continue
        if area:
            if area.startswith("99") or len(area) > 4:
                out.append(claim)  # abroad, or a kecamatan named where it stands (sub_areas)
                continue
            named = any(area in _codes(text, matcher, paragraph) for _, paragraph in places)
            beyond = _beyond_area(claim, record, area)
            if named and not beyond:
                out.append(claim)
                continue
            nation, own = _fits(claim, _readings(record, claim, "")), \
                not beyond and _fits(claim, _readings(record, claim, area))
            if any(text.once(national, paragraph) for _, paragraph in places):
                # "Dari 38 provinsi, ...": the country's, graded only where it is its reading
                claim = replace(claim, region_code="", region_name=None,
                                hold=None if nation and not beyond else "region_unclear")
            elif beyond or nation and not own:
                claim = replace(claim, region_code=_wider(claim, record, area) if beyond else "",
                                region_name=None, hold="region_unclear")
            elif nation or not own and not claim.quoted and \
                    len(given.get(_figure(claim), ())) > 1 and _nearer_nation(claim, record, area):
                # The pair's other figure of this kind here ("74,10" in the lead about Sulut,
                # "secara keseluruhan 56,88" after it, nearer the country's 58,82): they cannot
                # both be the area's. One nearer the area's reading is its typo: still graded.
                claim = replace(claim, region_code=None, region_name=None, hold="region_unclear")
        elif page_area and not any(text.once(national, s) or text.once(national, p)
                                   for s, p in places):
            nation = _fits(claim, _readings(record, claim, ""))
            own = _fits(claim, _readings(record, claim, page_area))
            if own and not nation:
                known = record.region(page_area)
                claim = replace(claim, region_code=page_area, hold="region_unclear",
                                region_name=known.name if known is not None else None)
            elif own or not nation and not claim.quoted and \
                    not _nearer_nation(claim, record, page_area):
                # Neither reading, and no nearer the country's: the page's area's as likely.
                claim = replace(claim, region_code=None, region_name=None, hold="region_unclear")
        out.append(claim)
    return out


def _spots(claim: Claim, text: GateText) -> list[tuple[str, str]]:
    """(sentence, paragraph) where the figure itself stands: its excerpt is a window that may
    begin in the paragraph before (a list's heading line, "... sebagai berikut:")."""
    found = []
    occurrences = text.occurrences(claim.excerpt)
    # (where the figure stands in its excerpt: searched once, not once per occurrence)
    match = written(claim).search(claim.excerpt) if occurrences else None
    for at in occurrences:
        spot = at + (match.start() if match else len(claim.excerpt) // 2)
        index = max(0, bisect_right(text.starts, spot) - 1)
        offset = spot - text.starts[index]
        sentence = next((text.lines[index][a:b] for a, b in text.sentences(index)
                         if a <= offset < b), text.lines[index])
        found.append((sentence, text.lines[index]))
    return found


def _figure(claim: Claim) -> tuple:
    return (claim.kind, claim.candidate_id or claim.nomor_urut, claim.region_code)


def _codes(text: GateText, matcher: Matcher, paragraph: str) -> set[str]:
    """The region codes a paragraph names. Its region scan is the one the scope gate asks of
    the same text (a sentence that is its paragraph: scope_gate._counted_in): scanned once,
    not twice (a 20 KB news page asked 40 of its 170 texts again)."""
    return {hit.code for hit in text.once(matcher.region_mentions, paragraph) if hit.code}
