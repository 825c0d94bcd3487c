"""A kecamatan the page writes joined where the record spells it in two words (issue 10,
recall): "Batulayar" for BATU LAYAR, "Labuhanhaji Barat" for LABUHAN HAJI BARAT,
"Karyapenggawa" for KARYA PENGGAWA, "Muara Bangkahulu" for MUARA BANGKA HULU; and one
written with a doubled letter the record writes single, or the other way round ("Tewang
Sanggalang Garing" for TEWANG SANGALANG GARING).

Not a kecamatan whose name runs on its kab/kota's own ("Tanjungpinang Timur" of Kota
Tanjungpinang, TANJUNG PINANG TIMUR): a city's name and a compass word are the page's part of
the city, held below the record's level unless written as the record writes them
(tests/test_fix_kec.py), and the corpus annotates such counts with no area. Pure."""

from __future__ import annotations

import re

from checker.figures.region_words import fold

__all__ = ["names_kecamatan"]

_KIND = re.compile(r"^(?:kota|kabupaten|kab\.?)\s+")
# "Tewang Sanggalang Garing" for TEWANG SANGALANG GARING (corpus-al): a letter written twice
# where the record writes it once, or once where it writes it twice, in a name of as many
# words and at least this many letters (a short name's doubled letter may be another name's).
_LONG = 8
_DOUBLED = re.compile(r"(\w)\1+")


def _single(text: str) -> str:
    return _DOUBLED.sub(r"\1", text)


def names_kecamatan(record, kab: str, official: str, key: str) -> bool:
    """Does `key` (a name as written, folded) name the record's kecamatan `official` of the
    kab/kota `kab`: the same words, the same letters with a space dropped or added, or the
    same words with a letter doubled or undoubled (a name of _LONG letters or more)?"""
    name = fold(official)
    if name == key:
        return True
    joined, written = name.replace(" ", ""), key.replace(" ", "")
    if joined != written and not (
            len(written) >= _LONG and abs(len(joined) - len(written)) <= 3 and
            joined[:1] == written[:1] and _single(joined) == _single(written) and
            len(name.split()) == len(key.split())):
        return False
    own = record.region(kab)
    return own is None or not joined.startswith(_KIND.sub("", fold(own.name)).replace(" ", ""))
