"""A pair's count far too small for the area it was read as (issue 10, precision first): on a
page that names parts of that area, it is one of theirs, written under a heading or after a
name the reader did not take as a place ("Pulau Seribu", then "Ridwan Kamil-Suswono: 6.578
suara / 44,78 persen" read as DKI Jakarta's, whose plenary gives the pair 1.718.160). Held
`below_area`, as a count under a thousand is (magnitude.below_area): never graded, unless its
digits are the official count's last ones and the page's other counts are the official ones
(a number cut short: count_slips grades it). The same pair's share in that sentence is the
same tally's, held `region_unclear`; not beside a count cut short (a slip's share may be the
area's: "297 suara (12,88 persen)" for 91.297 and 13,13). So is the share beside a count the
gate held as too small already (magnitude.below_area: "hanya memperoleh 68 suara atau sekitar
13,5 persen" at one TPS of Badung, whose regent race gave the pair 29,78, blind hunt 47), when
the share is written as that count's percentage (_its_percentage). A page that names no part of the
area keeps the grade: its wrong count is an error to catch. The other pairs' counts of that
race in the sentence, each a third or less of its own pair's, are the same list's and held with
it (_companions). Pure; asked once by scope_gate.gate, after every other hold."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.gate_text import GateText
from checker.figures.magnitude import far_below, own_counts
from checker.figures.partial_tally import written
from checker.models import Claim

__all__ = ["hold_small_counts"]

_HOLD = "region_unclear"
# What stands between a count and its own percentage: "suara", "atau (sekitar)", "(", "setara".
_JOIN = re.compile(r"[\s(,]*(?:suara[\s(,]*)?(?:(?:atau|sekitar|setara|dengan|sebesar|"
                   r"ekuivalen|yakni)[\s(,]+)*", re.IGNORECASE)


def _sentence(claim: Claim, text: GateText):
    found = text.places(claim.excerpt)[:1] if claim.origin == "text" else []
    return (found[0][0], found[0][1]) if found else None


def hold_small_counts(claims: list[Claim], text: GateText, record,
                      named: set[str]) -> list[Claim]:
    """`named`: the regions the page's lead names; the claims' own areas are added."""
    areas = named | {c.region_code for c in claims if c.region_code and c.hold != "below_area"}
    # A code some area's code is longer than and opens with: one set of every area's shorter
    # openings (region codes are a few digits), not every area asked for every claim.
    wider = {a[:k] for a in areas for k in range(len(a))}
    small = {i for i, c in enumerate(claims) if c.hold is None and c.kind == "votes" and
             c.region_code is not None and c.origin != "json" and c.region_code in wider
             and far_below(c, record)}
    if small:
        small |= _companions(claims, small, text, record, wider)
    # The counts the gate held as too small already (magnitude.below_area), their area kept
    # for this: held with none, and the share written as their percentage with them.
    gated = {i for i, c in enumerate(claims) if c.hold == "below_area" and
             c.region_code is not None}
    if not small and not gated:
        return claims
    tallies = {(claims[i].candidate_id, where) for i in small
               if not _cut(claims[i], record) and (where := _sentence(claims[i], text))}
    counts = {(claims[i].candidate_id, where): claims[i] for i in gated
              if not _cut(claims[i], record) and (where := _sentence(claims[i], text))}
    out = []
    for i, claim in enumerate(claims):
        if i in small or i in gated:  # (an area it is no part of: held, with none)
            claim = replace(claim, hold="below_area", region_code=None, region_name=None)
        elif claim.hold is None and claim.kind == "share" and claim.candidate_id is not None \
                and ((key := (claim.candidate_id, _sentence(claim, text))) in tallies or
                     key in counts and _its_percentage(counts[key], claim, key[1][1])):
            claim = replace(claim, hold=_HOLD, region_code=None, region_name=None)
        out.append(claim)
    return out


def _its_percentage(count: Claim, share: Claim, sentence: str) -> bool:
    """Is the share written right after the count, as its percentage ("68 suara atau sekitar
    13,5 persen", "337 suara (67 persen)")? Further on in the sentence it may be another
    tally's: the nation's or the race's beside one TPS's count."""
    for found in written(count).finditer(sentence):
        after = written(share).search(sentence, found.end())
        if after is not None and _JOIN.fullmatch(sentence[found.end():after.start()]):
            return True
    return False


def _companions(claims: list[Claim], small: set[int], text: GateText, record,
                wider: set[str]) -> set[int]:
    """The other pairs' counts of the same race in a sentence that holds a small count, each
    a third or less of its own pair's count there: the same list's, of the same smaller area
    ("... 72.124 suara, nomor urut 03 ... 241.900 suara, dan nomor urut 04 ... 439.110 suara"
    in Depok, beside West Java's 2,1, 4,3 and 14,1 million: 241.900 is a seventeenth, not a
    twentieth, of its pair's and still Depok's, corpus-av). A count near its pair's own (a
    slip of a digit or two) is never one: it stays graded."""
    places = {(claims[i].race_kind, claims[i].race_region, where) for i in small
              if (where := _sentence(claims[i], text))}
    if not places:
        return set()
    found = set()
    for i, c in enumerate(claims):
        if i in small or c.hold is not None or c.kind != "votes" or c.origin == "json" or \
                c.region_code is None or c.region_code not in wider:
            continue
        if (c.race_kind, c.race_region, _sentence(c, text)) not in places:
            continue
        own = own_counts(c, record)
        if own and int(c.value) * 3 <= min(own):
            found.add(i)
    return found


def _cut(claim: Claim, record) -> bool:
    """Are the count's digits the last ones of the pair's own count there (a number cut
    short, count_slips' shape)?"""
    return any(str(v).endswith(str(int(claim.value))) for v in own_counts(claim, record))
