"""A figure whose own paragraph goes on to say the count "includes" the place it would take
("data yang masuk telah melewati 52,51%. Data itu berasal dari ... TPS yang ada, termasuk di
Papua"): the figure is a larger whole's (the country's), of which that place is one part, not
that place's own. Its area is left unclear rather than guessed (a national progress graded as
Papua's would call an accurate page wrong)."""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["included_later"]

# "termasuk di Papua", "termasuk juga dari Provinsi Papua", "termasuk wilayah Papua"
_INCLUDING = re.compile(r"\btermasuk(?:\s+(?:juga|pula))?(?:\s+(?:di|dari|untuk|wilayah))?"
                        r"\s+(?:(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota)\s+)?$", re.IGNORECASE)


def included_later(layout, region, position: int, paragraph_end: int) -> bool:
    """Does the paragraph of the figure at `position`, after it, name `region`'s place, or a
    place `region` is part of, as one included in the count ("termasuk di Papua")? A place
    inside `region` ("..., termasuk di Kota Bogor" of Jawa Barat's count) is no such sign."""
    if region is None or not region.code:
        return False
    regions, text = layout.regions, layout.text
    for mention in regions[bisect_right(layout.region_starts, position):]:
        if mention.start >= paragraph_end:
            return False
        if mention.code and region.code.startswith(mention.code) and \
                _INCLUDING.search(text, max(0, mention.start - 40), mention.start):
            return True
    return False
