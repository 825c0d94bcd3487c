"""A kab/kota and then its own province after a comma is one place, written with its address
(issue 10, regency level; ANTARA Kalbar: "memenangi pemilihan wali kota Pontianak, Kalimantan
Barat, dengan 203.211 suara"). The province is not a second area of a list ("Aceh dan
Sumatera Barat"), nor the area of the figures after it: the kab/kota is. places.institution
already drops such a province after "Kota X," or "Kabupaten X,"; this does it for any kab/kota
the page names (a race's "wali kota X", a bare "di Pontianak"), and a bare name of several
kab/kota ("Banjar": Kota Banjar in Jawa Barat, Kabupaten Banjar in Kalimantan Selatan) is
settled by the province written after it when exactly one of them is in it, as is a bare name
no region hit holds ("di Banjar, Kalimantan Selatan": Kabupaten Banjar). Pure."""

from __future__ import annotations

import re

from checker.figures.regions import RegionHit

__all__ = ["with_addresses"]

_COMMA = re.compile(r"[^\S\n]*[,(][^\S\n]*")  # "Pontianak, Kalimantan Barat", "Bima (NTB)"
# A bare name right before the comma that no region hit holds ("di Banjar, Kalimantan
# Selatan": a name of a kabupaten and a city is no hit on its own, regions.region_mentions).
_BARE = re.compile(r"([A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,2})[^\S\n]*[,(][^\S\n]*$")


def with_addresses(text: str, regions: list[RegionHit], matcher) -> list[RegionHit]:
    """`regions` (in page order) without each province written as the address of the kab/kota
    right before it; that kab/kota settled by it where its name was of several."""
    kept: list[RegionHit] = []
    for hit in regions:
        before = kept[-1] if kept else None
        if hit.level == 1 and hit.code and before is not None and before.level == 2 and \
                _COMMA.fullmatch(text, before.end, hit.start) is not None:
            inside = [c for c in before.options if c.startswith(hit.code)]
            if before.code is not None and before.code.startswith(hit.code):
                continue
            if before.code is None and inside:
                if len(inside) == 1:
                    kept[-1] = RegionHit(inside[0], before.name, 2, before.start, before.end,
                                         before.line, (), before.race)
                continue
        elif hit.level == 1 and hit.code and matcher is not None:
            named = _bare_before(text, hit, before, matcher)
            if named is not None:
                kept.append(named)
                continue
        kept.append(hit)
    return kept


def _bare_before(text: str, hit: RegionHit, before: RegionHit | None, matcher):
    """The kab/kota of the province `hit` that the capitalised words right before its comma
    end with ("Di Banjar, Kalimantan Selatan": Banjar), when no region hit holds them."""
    bare = _BARE.search(text, max(0, hit.start - 40), hit.start)
    if bare is None or before is not None and before.end > bare.start(1):
        return None
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", bare.group(1))]
    for first in range(len(words)):  # "Di Banjar": the name is "Banjar"
        start = bare.start(1) + words[first][0]
        own = _kabkota_in(matcher.region(text[start:bare.end(1)]), hit.code)
        if own is not None:
            return RegionHit(own, text[start:bare.end(1)], 2, start, bare.end(1))
    return None


def _kabkota_in(named: RegionHit | None, province: str) -> str | None:
    """The one kab/kota of `province` a bare name is, else None."""
    if named is None or named.level != 2:
        return None
    inside = [c for c in (named.options or (named.code,)) if c and c.startswith(province)]
    return inside[0] if len(inside) == 1 else None
