"""Which way a running list of areas is written, read from its own items (corpus-ag,
SuaraKita's copy of Tempo on the Bali governor plenary):

    "Mulia-PAS meraih 73.468 suara di Jembrana, ..., 48.841 suara di Klungkung, 37.298 suara
    di Bangli, 125.986 suara di Karangasem"

Written "N suara di X", each figure is the area's named right after it; "Klungkung, 37.298"
only looks like the other way ("X: N suara", "X N suara") because the items run on. When both
this figure and the item before it are followed by "(suara) di <Area>", the list is written
area-after, and the reading of an area before the figure (area_lists.area_item) does not
apply: the area after it is the figure's, as the sentence reader finds it. Pure."""

from __future__ import annotations

import re

from checker.figures.wording import capitalised

__all__ = ["written_area_after"]

# A figure's tail naming an area after it: "suara di Bangli", "di Kabupaten Tabanan".
_AFTER = re.compile(r"[^\S\n]*(?:suara[^\S\n]+)?(?:di|dari)[^\S\n]+"
                    r"(?:(?:Kabupaten|Kab\.|Kota)[^\S\n]+)?"
                    r"(" + capitalised(3) + ")")


def _area_after(reader, end: int) -> bool:
    found = _AFTER.match(reader.text, end)
    if found is None:
        return False
    hit = reader.out.matcher.region(found.group(1))
    return hit is not None and hit.code is not None and hit.level == 2


def written_area_after(reader, number, previous) -> bool:
    """Do this figure and the list's item before it both name their area right after them?"""
    return _area_after(reader, number.end) and _area_after(reader, previous[1])
