"""The rest of an area's counts, a paragraph after its first (blind hunts 26 and 27: a national
plenary's report, province by province, one sentence a paragraph):

    "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara."
    "Adapun Anies-Muhaimin memperoleh 448.046 suara dan Ganjar-Mahfud 240.143 suara."

The second paragraph names no place and points back to none, so its counts were the race's
whole or of no one area (held `region_unclear`). They go on with the province when the
paragraph right before names that one province of the Pilpres with a count read of it, the
last claim read, and each count is no larger than the province's last count (carried_area.
_goes_on: a larger one is another tally); a share only as its count's restatement ("448.046
suara atau 20,09 persen", the count carried just before). A share alone after a province's may be
the country's and smaller ("Di Bali, Ganjar-Mahfud meraih 44,82 persen." then "Anies-Muhaimin
mengantongi 24,25 persen", his national share; test_precision), while no pair's national count
of the Pilpres 2024 is under a province's (27.040.878 at the least; Jawa Barat's largest,
16.805.854). Whose race it is the pairs decide (candidate first, collect.add): another
province's pair is held `region_conflict`, an unknown name is no pair's.
carried_area._carried asks `next_counts` last, once its own shapes are ruled out. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left

from checker.figures.numbers import find_numbers

__all__ = ["next_counts"]

# A share right after the count it restates ("448.046 suara atau 20,09 persen"): that count's.
_COUNT_BEFORE = re.compile(r"(\d{1,3}(?:[.,]\d{3})+)[^\S\n]+suara[^\S\n]*(?:atau|\(|/)[^\S\n]*$")

# The Pilpres's provinces only (two digits of code): a governor race's province-wide count of a
# minor pair may be smaller than a big regency's count (Jawa Barat), so a kab/kota's counts are
# never carried so.
_BELOW = {"president": 2}


def next_counts(layout, region, race: str | None, home: int, paragraph: int,
                position: int) -> bool:
    """Does the count at `position`, in the paragraph starting at `paragraph`, go on with the
    counts of `region`, named in the paragraph right before it (starting at `home`)?
    `layout`: from_text's _Text."""
    if _BELOW.get(race or "") != len(region.code):
        return False
    number = find_numbers(layout.text[position:position + 40], layout.style, limit=1)
    if not number or number[0].start:
        return False
    claims = layout.out.claims
    if number[0].unit == "percent":  # a share: the country's may be smaller than the province's
        restated = _COUNT_BEFORE.search(layout.text, max(paragraph, position - 40), position)
        return restated is not None and bool(claims) and claims[-1].kind == "votes" and \
            claims[-1].region_code == region.code and claims[-1].value == int(
                restated.group(1).replace(".", "").replace(",", ""))  # "448.046 suara atau 20,09"
    first = bisect_left(layout.region_starts, home)
    if any(other.code != region.code for other in layout.regions[first:first + 8]
           if other.start < paragraph):
        return False  # the paragraph before names more than the one area
    if region.start not in layout.figured:
        return False  # no count read of that mention (from_text marks those it reads)
    last = claims[-1] if claims else None
    return last is not None and last.origin == "text" and last.region_code == region.code \
        and last.race_kind == race and last.hold is None  # ("N suara atau P persen": P last)
