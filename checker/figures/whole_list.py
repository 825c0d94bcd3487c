"""A list of places that is every kab/kota of one province is that province (issue 10,
region): "Jika perolehan paslon di enam wilayah, yaitu Kabupaten Kepulauan Seribu, Jakarta
Pusat, Jakarta Barat, Jakarta Timur, Jakarta Utara, dan Jakarta Selatan, dijumlahkan, ...
mengantongi total 2.183.239 suara": the sum of all of DKI's areas is DKI's count, not one of
the places listed (which Layout._unclear otherwise holds: no one area). Only with the record,
only when the places listed are exactly the province's kab/kota as the record holds them, and
the words between the list and the figure sum them ("dijumlahkan", "total", "akumulasi"):
"masing-masing 10.241, ..." gives each place its own count.
Pure; asked by checker/figures/layout.py for the last place of a list before a figure."""

from __future__ import annotations

import re

from checker.figures.regions import RegionHit
from checker.figures.wording import listed

__all__ = ["whole_of_list"]

_SUMMED = re.compile(r"\b(?:dijumlah\w*|jumlah\w*|total|akumulasi\w*|diakumulasi\w*|"
                     r"digabung\w*|gabungan)\b", re.IGNORECASE)
_EACH = re.compile(r"\b(?:masing-masing|berturut-turut|secara\s+berurutan)\b", re.IGNORECASE)


def whole_of_list(layout, index: int, position: int) -> RegionHit | None:
    """The province whose every kab/kota the list ending at layout.regions[index] names, as a
    region spanning the list, for the figure at `position` after it in its sentence when the
    words between sum the places; else None. The list looked at once per page."""
    known = layout.__dict__.setdefault("_whole_lists", {})
    if index not in known:
        known[index] = _whole(layout, index)
    whole = known[index]
    if whole is None or position - whole.end > 300 or \
            layout._start_of(layout.sentences, position) > whole.start:
        return None
    return whole if _SUMMED.search(layout.text, whole.end, position) and \
        not _EACH.search(layout.text, whole.end, position) else None


def _whole(layout, index: int) -> RegionHit | None:
    regions, text, record = layout.regions, layout.text, layout.out.record
    if record is None or index < 1 or not listed(text, regions[index - 1].end,
                                                 regions[index].start):
        return None
    first = index
    while first >= 1 and listed(text, regions[first - 1].end, regions[first].start):
        first -= 1
    items = regions[first:index + 1]
    codes = {r.code for r in items}
    if any(r.level != 2 or not r.code or len(r.code) != 4 for r in items) or \
            len(codes) != len(items) or len({c[:2] for c in codes}) != 1:
        return None
    province = next(iter(codes))[:2]
    if codes != {r.code for r in record.children(province)}:
        return None
    known = record.region(province)
    return RegionHit(province, known.name if known is not None else "", 1, items[0].start,
                     items[-1].end)
