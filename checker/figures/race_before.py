"""The race of the figure before, for a pair named by its ballot number alone after it
(layout._kind_of_before). Where the figure before named a ballot number its race lacks
("Paslon 03" in Pilwalkot Solo's two-pair race, a writer's slip for 02; corpus-av), its pair
is nobody and its figure held `candidate_unknown`, never given to another race's 03; but the
race it was read in still stands for the figures after it: "di Kecamatan Serengan, Paslon 01
meraih 10.762 suara" goes on in the mayor race, as it did before the slip.

`race_said_before`: a race named by its words since that figure, in the paragraph right before
("Sementara ... pemilihan Gubernur dan Wakil Gubernur Jawa Barat ..." on KPU Garut's plenary of
its regent race), is what a paragraph of ballot numbers alone goes on with ("Dengan perolehan
tersebut pasangan nomor urut 01 mendapatkan suara 205.363, ..."): the governor race's, not the
regent pairs' of the headline (blind hunt 56). Pure."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.teasers import in_teaser

__all__ = ["race_before", "race_said_before"]

# A race named as a race ("Pilgub", "pemilihan Gubernur dan Wakil Gubernur", "Pilkada
# Kabupaten"), not an office ("Bupati Garut mengapresiasi ...", "menetapkan wali kota terpilih"):
# only the race's name says what the ballot numbers after it are of.
_RACE_NAMED = re.compile(r"\b(?:pemilihan|pemilu|pilkada)[^\S\n]+(?:umum[^\S\n]+)?$", re.IGNORECASE)


def race_before(layout, previous) -> str | None:
    """The race kind of `previous` (from_text's (sentence, end, who) of the figure before):
    its pair's race, else, for a ballot number the race its claim was read in lacks (the last
    claim read, of that number), that race."""
    if previous is None:
        return None
    who = previous[2]
    if who[0] is not None:
        return who[0].race.kind
    claims = layout.out.claims
    if who[1] is None or who[2] is not None or not claims:
        return None
    last, record = claims[-1], layout.out.record
    if last.nomor_urut != who[1] or last.candidate_id is not None or last.origin != "text" or \
            record is None or None in (last.election, last.race_kind, last.race_region):
        return None
    race = record.race_for(last.election, last.race_kind, last.race_region)
    if race is None or any(c.nomor_urut == who[1] for c in record.candidates_of(race)):
        return None  # (a number the race has, left unresolved between two races: no slip)
    return race.kind


def race_said_before(layout, previous, paragraph: int, before: int | None,
                     number=None) -> str | None:
    """The one race the paragraph `before` (the one right before `paragraph`, asides skipped)
    names by its words after the figure before (`previous`), when it names no other and, in
    the figure's area, has a pair of its ballot number (`number`: (area, nomor), when given):
    None when it names none, or two ("Pilgub dan Pilwalkot"), or the figure before stands
    after them, or its ballot number is none of that race's (a slip, or another race's)."""
    if before is None:
        return None
    start = max(before, previous[1]) if previous is not None else before
    kinds, starts = layout.kinds, layout.kind_starts
    text = layout.text
    named = {m.value for m in kinds[bisect_left(starts, start):bisect_left(starts, paragraph)]
             if (text[m.start:m.start + 3].lower() in ("pil", "pkw", "ppw") or
                 _RACE_NAMED.search(text, max(0, m.start - 20), m.start)) and
             in_teaser(layout, m.start) is None}  # not another article's ("Baca Juga: ...")
    said = named.pop() if len(named) == 1 else None
    if said is None or number is None:
        return said
    return said if layout.out.candidate(number[0], said, number[1], None) is not None else None
