"""A region's short name that is a word of a candidate's own name written around it is no
place (fix-s39b, corpus-bd's Manggarai page): "pasangan nomor urut 03, Yohanes Halut dan Thomas
Dohu" read "Halut" as Halmahera Utara (rules/regions.yaml), and the sentence's Manggarai counts
and shares were held `region_conflict`. The capitalised words joined to the hit (before and
after it, on one line) with the hit make a name the record resolves to a candidate whose name
holds the hit's word: the record says who that is. A place after a name ("Ganjar Pranowo
Jateng"?) resolves to no candidate whose name holds "Jateng", and a prefixed place ("Kabupaten
Halut") is never a name's word. Pure given the matcher."""

from __future__ import annotations

import re

from checker.figures.kecamatan_opening import opens_kecamatan

__all__ = ["in_candidate_name", "opens_name"]

# Up to two capitalised words right before the hit and one right after it, with single blanks.
_BEFORE = re.compile(r"(?:[A-Z][A-Za-z'.]*[^\S\n]){1,2}\Z")
_AFTER = re.compile(r"[^\S\n][A-Z][A-Za-z']*")
# A word that opens a place's name or a title, never a person's given name.
_NOT_NAMES = frozenset(("kabupaten", "kab.", "kota", "provinsi", "prov.", "kecamatan", "desa",
                        "kelurahan", "di", "dan", "pilkada", "pilbup", "pilwako", "pilgub",
                        "kpu", "bawaslu", "bupati", "wali", "gubernur"))


def in_candidate_name(text: str, hit, matcher) -> bool:
    """Is the region `hit` a word of a candidate's name written with the words around it?"""
    word = text[hit.start:hit.end]
    if not word[:1].isupper() or " " in word.strip():
        return False
    before = _BEFORE.search(text, max(0, hit.start - 40), hit.start)
    words = before.group().split() if before else []
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if not words or any(w.lower() in _NOT_NAMES for w in words):
        return False
    after = _AFTER.match(text, hit.end)
    written = " ".join(words + [word])
    for name in ((written + after.group()) if after else None, written):
        if name is None:
            continue
        found = matcher.candidate(name)
        if found is not None and word.upper() in re.findall(r"[A-Z']+", found.name.upper()):
            return True
    return False


def opens_name(text: str, hit, out) -> bool:
    """Does the region `hit` open a kecamatan's name of the page's kab/kota ("Riau Silip":
    kecamatan_opening) or stand in a candidate's name (`out`: the page's Collector)?"""
    return opens_kecamatan(text, hit, out) or in_candidate_name(text, hit, out.matcher)
