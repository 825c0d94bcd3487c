"""A province's name that opens the name of a kecamatan of the page's own kab/kota (issue 10,
region; corpus-az): Kabupaten Bangka's kecamatan RIAU SILIP in a list ("Sungailiat, Belinyu,
..., Riau Silip dan Puding Besar") was read as the province Riau, and the figures after it were
looked for in Riau's races; Kota Jambi's JAMBI SELATAN, JAMBI TIMUR likewise ("Jambi" alone is
the province). A kab/kota's name before a kecamatan word ("Balikpapan Selatan") is left to
kecamatan_said, which reads such a run already. The province's name with the capitalised word
after it names the kecamatan, in the kab/kota the page is about (its title's, its lead's); a name
the record holds no such kecamatan for stays the region it was. Pure."""

from __future__ import annotations

import re

from checker.figures.regions import RegionHit, kecamatans_named

__all__ = ["opens_kecamatan"]

_NEXT = re.compile(r"[^\S\n]+([A-Z][\w'-]*)")
_PREFIXED = re.compile(r"(?i:kota|kabupaten|kab\.|provinsi|prov\.)\s")


def opens_kecamatan(text: str, region: RegionHit, out) -> bool:
    """Is `region`, unprefixed, with the capitalised word right after it, the name of a
    kecamatan of the page's own kab/kota (`out`: the page's Collector)?"""
    if region.level != 1:
        return False  # a kab/kota's ("Balikpapan Selatan"): kecamatan_said reads it already
    after = _NEXT.match(text, region.end)
    if after is None or out.record is None or _PREFIXED.match(text, region.start):
        return False
    own = out.scope.region
    if own is None or own.code is None or len(own.code) != 4:
        return False
    return bool(kecamatans_named(out.record, own.code, text[region.start:after.end()]))
