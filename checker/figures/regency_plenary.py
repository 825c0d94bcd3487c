"""A kab/kota's own plenary of a wider race, on a page whose lead stops at a long headline the
prose repeats (its <h1>): the lead never reads the opening paragraph, so the kab/kota it
reports on is missed and the race's counts go to the province (known case 1: KPU Lahat's
plenary of Pilgub Sumsel under a 90-character headline; the same page with a shorter <h1>
holds them as Lahat's). The opening paragraph gives the kab/kota when it speaks of a plenary or
recapitulation and names one kab/kota as the body holding it ("KPU Kabupaten Lahat menggelar
rapat pleno ...", "KPU Lahat" bare: office_names) or as its stage ("rekapitulasi ... tingkat Kabupaten Lahat"), and no
province's KPU (a province's plenary held in a city: "KPU Papua Selatan ... di Merauke").
Only the paragraph a shorter <h1> would have let the lead read; never a dateline. Pure; asked
by scope_gate, which then treats the kab/kota as the lead's (its figures held below the
province, or the kab/kota's part as own_part.kabkota_part sizes them)."""

from __future__ import annotations

import re

from checker.figures.office_names import office_places
from checker.figures.opening_place import opening_line
from checker.figures.places import dateline, institution

__all__ = ["opening_plenary"]

# (or its decree by its verb: "KPU Kabupaten Tanah Datar menetapkan hasil perolehan suara
# ... Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati", relasipublik; blind hunt 56)
_PLENARY = re.compile(r"\b(?:pleno|rekapitulasi|rekap|(?:menetapkan|penetapan)\s+hasil)\b",
                      re.IGNORECASE)
# "KPU Kabupaten Lahat", "Komisi Pemilihan Umum (KPU) Kota Pagar Alam", "KPUD Lahat"
_OFFICE_BEFORE = re.compile(r"\b(?:KPUD?|KIP)\)?\s+(?:(?:Kabupaten|Kab\.|Kota)\s+)?$")
_STAGE_BEFORE = re.compile(r"\btingkat\s+(?:KPU\s+)?(?:(?:Kabupaten|Kab\.|Kota)\s+)?$",
                           re.IGNORECASE)


def opening_plenary(text, page, matcher) -> tuple[str, bool] | None:
    """(code, the kab/kota's KPU holds it) of the one kab/kota whose plenary the opening
    paragraph reports, where the lead stopped at a repeated headline; else None."""
    opening = opening_line(text, page)
    if opening is None or not _PLENARY.search(opening):
        return None
    hits = [hit for hit in matcher.region_mentions(opening)
            if hit.code and not dateline(opening, hit)]
    if any(len(hit.code) <= 2 and institution(opening, hit) for hit in hits):
        return None  # a province's KPU (or a place beside one): the province's plenary
    found = {}
    for hit in hits:
        if len(hit.code) != 4:
            continue
        before = opening[max(0, hit.start - 40):hit.start]
        if _OFFICE_BEFORE.search(before):
            found[hit.code] = True
        elif _STAGE_BEFORE.search(before):
            found.setdefault(hit.code, False)
    for hit in office_places(matcher, opening):  # "(KPU) Lahat menggelar ...": bare, its body's
        found[hit.code] = True
    return next(iter(found.items())) if len(found) == 1 else None
