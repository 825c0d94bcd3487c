"""A kab/kota and then its own province after a comma is one place, written with its address
(issue 10, regency level; ANTARA Kalbar: "memenangi pemilihan wali kota Pontianak, Kalimantan
Barat, dengan 203.211 suara"). The province is not a second area of a list ("Aceh dan
Sumatera Barat"), nor the area of the figures after it: the kab/kota is. places.institution
already drops such a province after "Kota X," or "Kabupaten X,"; this does it for any kab/kota
the page names (a race's "wali kota X", a bare "di Pontianak"), and a bare name of several
kab/kota ("Banjar": Kota Banjar in Jawa Barat, Kabupaten Banjar in Kalimantan Selatan) is
settled by the province written after it when exactly one of them is in it. Pure."""

from __future__ import annotations

import re

from checker.figures.regions import RegionHit

__all__ = ["with_addresses"]

_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


def with_addresses(text: str, regions: list[RegionHit]) -> list[RegionHit]:
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
        kept.append(hit)
    return kept
