"""A kecamatan the page writes joined where the record spells it in two words (issue 10,
recall): "Batulayar" for BATU LAYAR, "Labuhanhaji Barat" for LABUHAN HAJI BARAT,
"Karyapenggawa" for KARYA PENGGAWA, "Muara Bangkahulu" for MUARA BANGKA HULU; one
written with a doubled letter the record writes single, or the other way round ("Tewang
Sanggalang Garing" for TEWANG SANGALANG GARING); and one whose word the record cuts to its
initial ("Mandiangin Koto Selayan" for MANDIANGIN K. SELAYAN).

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


# "MANDIANGIN K. SELAYAN", "GN. BINTANG AWAI", "T. JAMBO AYE": the record cuts a word to its
# first letters and a period; pages write it whole ("Mandiangin Koto Selayan", ANTARA Sumbar on
# Bukittinggi, corpus-ax part 2). Every other word must be the record's.
_CUT = re.compile(r"\w{1,2}\.")


def _cut_words(official: str, key: str) -> bool:
    words, folded, written = official.split(), fold(official).split(), key.split()
    if len(words) != len(folded) or len(written) != len(words) or \
            not any(_CUT.fullmatch(w) for w in words):
        return False
    return all(_cut_of(f, k) if _CUT.fullmatch(w) else k == f
               for w, f, k in zip(words, folded, written))


def _cut_of(cut: str, word: str) -> bool:
    """Is `cut` ("k", "gn") the start of `word` ("koto", "gunung"): its first letter, then its
    other letters in order?"""
    if len(word) <= len(cut) or word[0] != cut[0]:
        return False
    rest = iter(word[1:])
    return all(letter in rest for letter in cut[1:])


def names_kecamatan(record, kab: str, official: str, key: str) -> bool:
    """Does `key` (a name as written, folded) name the record's kecamatan `official` of the
    kab/kota `kab`: the same words, the same letters with a space dropped or added, or the
    same words with a letter doubled or undoubled (a name of _LONG letters or more)?"""
    name = fold(official)
    if name == key or _cut_words(official, key):
        return True
    joined, written = name.replace(" ", ""), key.replace(" ", "")
    if joined != written and not (
            len(written) >= _LONG and abs(len(joined) - len(written)) <= 3 and
            joined[:1] == written[:1] and _single(joined) == _single(written) and
            len(name.split()) == len(key.split())):
        return False
    own = record.region(kab)
    return own is None or not joined.startswith(_KIND.sub("", fold(own.name)).replace(" ", ""))
