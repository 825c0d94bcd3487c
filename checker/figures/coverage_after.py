"""The country named as a count's coverage in the sentence right after it (corpus-ar). Pure.

    "... PSI untuk Pileg DPR 2024 sudah mengantongi 153.844 suara atau setara 3,64 persen. Suara
     yang masuk ke KPU baru berasal dari 20.087 TPS dari 823236 TPS di seluruh Indonesia."

(Tentangkita, on a page about the DPRD DKI count.) The figure's own sentence and its paragraph
before it name no place, so the page's area (DKI, its title's) was taken; the sentence after it
says what the count covers: TPS of the whole country. Only that sentence, in the same paragraph,
and only when it gives a TPS count and names the country ("seluruh Indonesia", "secara
nasional": places.national_mentions, already among the layout's regions); a place named in the
paragraph before the figure still decides.
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["national_after"]

# "20.087 TPS", "dari 823.236 TPS": the coverage of a reading, counted in TPS
_TPS_COUNT = re.compile(r"\d[\d.,]*\s+TPS\b", re.IGNORECASE)


def national_after(layout, position: int, where: tuple[int, int, int, int]):
    """The country's RegionHit in the sentence after the figure at `position` when that
    sentence, in the figure's paragraph, states a TPS coverage of the whole country; else
    None. `where`: layout._where(position)."""
    sentence_end, paragraph, paragraph_end = where[1], where[2], where[3]
    if sentence_end >= paragraph_end:
        return None
    starts = layout.region_starts
    if bisect_left(starts, position) > bisect_left(starts, paragraph):
        return None  # a place named in the paragraph before the figure decides
    after = layout._where(sentence_end)
    if after[2] != paragraph:
        return None
    hits = [r for r in layout.regions[bisect_left(starts, after[0]):bisect_left(starts, after[1])]
            if r.code == ""]
    if not hits or _TPS_COUNT.search(layout.text, after[0], min(after[1], paragraph_end)) is None:
        return None
    return hits[0]
