"""A table whose rows are the areas below the record's kab/kota (issue 10, region level; blind
16, a Bolsel plenary page): "Kecamatan | Paslon 01 | Paslon 02", a row per kecamatan, then
"Total Suara Sah". Each row's figures are that kecamatan's, never the regency's: the table's
area (the regency its lead-in names) is the area of its total row only. A kecamatan the record
holds under that area by exactly that name is the row's area (compared there, as a kecamatan
named in prose is); any other row (a desa's, a kelurahan's, a name the record does not hold
once) is held below the record's level. Pure; one call from from_tables."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.regions import RegionHit, fold, kecamatans_named

__all__ = ["area_header", "sub_area_scope"]

_LETTERS = re.compile(r"[^\W\d_]{2}")
_ROLES = ("kecamatan", "below_kecamatan")
# What a column of areas may be headed with besides the level's words: "Nama Kecamatan",
# "Kecamatan/Distrik", "Per Kecamatan", "Wilayah Kecamatan" (sultrax's tables of a kab/kota's
# governor votes, blind 63). A longer heading is a row's label ("Jumlah Kecamatan
# di Banjar | 20": a count of kecamatan, no area), not a column of areas.
_FILLERS = frozenset({"nama", "per", "no", "wilayah"})


def area_header(role, folded: str, words) -> bool:
    """May a header cell (folded) given `role` keep it? Any role but the areas' does; theirs
    only when the cell holds nothing but the level's words."""
    if role not in _ROLES:
        return True
    level = {w for r in _ROLES for w in words[r] for w in w.split()}
    return all(w in level or w in _FILLERS for w in folded.split())


def sub_area_scope(out, scope, cells: dict, totals: frozenset):
    """The row's scope when its row names an area below the table's, else `scope`."""
    role = "kecamatan" if "kecamatan" in cells else \
        "below_kecamatan" if "below_kecamatan" in cells else None
    if role is None:
        return scope
    written = re.sub(r"^\d{1,3}[.)]\s+", "", cells[role].strip())  # "1. Bolaang Uki"
    if not _LETTERS.search(written):
        return scope  # a column of numbers under the word ("Jumlah Kecamatan"): no area
    folded = fold(written)
    if any(folded == total or folded.startswith(total + " ") for total in totals):
        return scope  # "Total Suara Sah": the table's own area
    area = scope.region.code if scope.region is not None else None
    found = kecamatans_named(out.record, area, written) if role == "kecamatan" and \
        out.record is not None and area is not None and len(area) in (2, 4) else []
    if len(found) == 1:
        # the race the table's area holds when no race word said it (the kecamatan, a level
        # below, names none by itself)
        kind = scope.kind or out._race_there(scope.region)
        region = RegionHit(found[0].code, found[0].name, 3)
        return replace(scope, region=region, kind=kind, near=True, unclear=False, lower=False,
                       place=False)
    return replace(scope, region=RegionHit(None, written, None), lower=True, place=True)
