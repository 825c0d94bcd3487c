"""A kecamatan the page writes joined where the record spells it in two words (issue 10,
recall): "Batulayar" for BATU LAYAR, "Labuhanhaji Barat" for LABUHAN HAJI BARAT,
"Karyapenggawa" for KARYA PENGGAWA, "Muara Bangkahulu" for MUARA BANGKA HULU.

Not a kecamatan whose name runs on its kab/kota's own ("Tanjungpinang Timur" of Kota
Tanjungpinang, TANJUNG PINANG TIMUR): a city's name and a compass word are the page's part of
the city, held below the record's level unless written as the record writes them
(tests/test_fix_kec.py), and the corpus annotates such counts with no area. Pure."""

from __future__ import annotations

import re

from checker.figures.region_words import fold

__all__ = ["names_kecamatan"]

_KIND = re.compile(r"^(?:kota|kabupaten|kab\.?)\s+")


def names_kecamatan(record, kab: str, official: str, key: str) -> bool:
    """Does `key` (a name as written, folded) name the record's kecamatan `official` of the
    kab/kota `kab`: the same words, or the same letters with a space dropped or added?"""
    name = fold(official)
    if name == key:
        return True
    joined = name.replace(" ", "")
    if joined != key.replace(" ", ""):
        return False
    own = record.region(kab)
    return own is None or not joined.startswith(_KIND.sub("", fold(own.name)).replace(" ", ""))
