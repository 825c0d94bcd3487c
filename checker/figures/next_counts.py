"""The rest of an area's counts, a paragraph after its first (blind hunts 26 and 27: a national
plenary's report, province by province, one sentence a paragraph):

    "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara."
    "Adapun Anies-Muhaimin memperoleh 448.046 suara dan Ganjar-Mahfud 240.143 suara."

The second paragraph names no place and points back to none, so its counts were the race's
whole or of no one area (held `region_unclear`). They go on with the area when the paragraph
right before names that one area, one level below the race's own (a province of the Pilpres,
a kab/kota of a governor's race), with a count read of it that is the last claim read, and each
count is no larger than that area's last count of its kind (carried_area._goes_on: a larger
one is another tally, the country's). Whose race it is the pairs decide (candidate first,
collect.add): another province's pair is held `region_conflict`, an unknown name no pair's.
carried_area._carried asks `next_counts` last, once its own shapes are ruled out. Pure."""

from __future__ import annotations

from bisect import bisect_left

__all__ = ["next_counts"]

# The race's own area has this many digits of code; the area one level below it, the next.
_BELOW = {"president": 2, "governor": 4}


def next_counts(layout, region, race: str | None, home: int, paragraph: int) -> bool:
    """Does the paragraph starting at `paragraph` go on with the counts of `region`, named in
    the paragraph right before it (starting at `home`)? `layout`: from_text's _Text."""
    if _BELOW.get(race or "") != len(region.code):
        return False
    first = bisect_left(layout.region_starts, home)
    if any(other.code != region.code for other in layout.regions[first:first + 8]
           if other.start < paragraph):
        return False  # the paragraph before names more than the one area
    if region.start not in layout.figured:
        return False  # no count read of that mention (from_text marks those it reads)
    claims = layout.out.claims
    last = claims[-1] if claims else None
    return last is not None and last.origin == "text" and last.region_code == region.code \
        and last.race_kind == race and last.hold is None
