"""The forms Indonesian derives from one root, so that a word list written with one form reads
every other (rules/figures.yaml `word_roots`). Pages name one thing with the root's nouns and
verbs alike: "hitung cepat", "hitungan cepat", "penghitungan cepat" and "perhitungan cepat" are
one quick count (blind hunt 7: a press network's "Penghitungan Cepat" graded as KPU's count,
since only "hitung cepat" was listed). Pure: the affixes follow the standard rules of the
nasal prefixes (KBBI; Tata Bahasa Baku Bahasa Indonesia), no dictionary is consulted."""

from __future__ import annotations

import re
from itertools import product
from typing import Iterable, Mapping

__all__ = ["AFFIXES", "derived_forms", "with_derivations"]

AFFIXES = ("-an", "peN-an", "per-an", "peN-", "meN-", "di-")
_VOWELS = "aiueo"
# A diphthong is one syllable: "klaim" has one, "kuat" two.
_SYLLABLE = re.compile(r"ai|au|oi|ei|[aiueo]")
_MAX_FORMS = 64  # variants of one phrase (a phrase of several roots multiplies them)


def _nasal(base: str, root: str) -> list[str]:
    """meN-/peN- before `root`: the nasal takes the root's first sound, and k, p, t, s fall
    before a vowel ("hitung" -> menghitung, "pilih" -> memilih, "tulis" -> menulis, "sebut" ->
    menyebut, "rekap" -> merekap). A one-syllable root takes menge-/penge- ("klaim" ->
    mengeklaim), and before a cluster pages also write the nasal alone ("mengklaim")."""
    first, second = root[:1], root[1:2]
    before_vowel = second in _VOWELS
    if first in _VOWELS or first in "gh" or first == "k":
        forms = [base + "ng" + (root[1:] if first == "k" and before_vowel else root)]
    elif first in "bfvp":
        forms = [base + "m" + (root[1:] if first == "p" and before_vowel else root)]
    elif first in "dtcjz":
        forms = [base + "n" + (root[1:] if first == "t" and before_vowel else root)]
    elif first == "s":
        forms = [base + ("ny" + root[1:] if before_vowel else "n" + root)]
    else:  # l, m, n, r, w, y: no nasal
        forms = [base + root]
    if len(_SYLLABLE.findall(root)) == 1:
        forms.insert(0, base + "nge" + root)
    return forms


def derived_forms(root: str, affixes: Iterable[str]) -> tuple[str, ...]:
    """The forms of `root` with each of `affixes` (AFFIXES), the root itself left out."""
    out: list[str] = []
    for affix in affixes:
        if affix == "-an":
            out.append(root + "an")
        elif affix == "per-an":
            out.append("per" + root + "an")
        elif affix == "peN-an":
            out += [form + "an" for form in _nasal("pe", root)]
        elif affix == "peN-":
            out += _nasal("pe", root)
        elif affix == "meN-":
            out += _nasal("me", root)
        elif affix == "di-":
            out.append("di" + root)
        else:
            raise ValueError(f"{affix!r} is not one of {', '.join(AFFIXES)}")
    return tuple(dict.fromkeys(f for f in out if f != root))


def with_derivations(phrases: Iterable[str], roots: Mapping[str, Iterable[str]]
                     ) -> tuple[str, ...]:
    """`phrases` (lower case), then each phrase again with every word that is a form of one of
    `roots` (root -> affixes) written as each other form of that root. A whole word only:
    "terhitung" and "hitungannya" are other words."""
    family: dict[str, tuple[str, ...]] = {}
    for root, affixes in roots.items():
        forms = (root, *derived_forms(root, affixes))
        for form in forms:
            family[form] = forms
    phrases = tuple(phrases)
    out = dict.fromkeys(phrases)
    for phrase in phrases:
        words = phrase.split()
        if not any(word in family for word in words):
            continue
        choices = [family.get(word, (word,)) for word in words]
        for _, variant in zip(range(_MAX_FORMS), product(*choices)):
            out.setdefault(" ".join(variant))
    return tuple(out)
