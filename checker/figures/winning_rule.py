"""The rule of who wins, written with its bar as a figure (blind hunt 29, a CNN copy on Pilgub
DKI):

    "Sesuai Undang-Undang Nomor 2 Tahun 2024 ... Pasal 10 Ayat (2), calon gubernur dan wakil
     gubernur yang memperoleh suara 50 persen, ditetapkan menjadi gubernur dan wakil
     gubernur."

No pair's share: the bar any pair must pass. Read as a share (of a pair named "Sesuai
Undang-Undang", given Dharma-Kun's ballot number), it was flagged against their 10,53. A
figure is the rule's when a generic candidate ("calon ...", "pasangan calon", "paslon") is
its subject through a relative clause of gaining ("yang memperoleh (suara) (lebih dari) N
persen") and the sentence then says what such a candidate is declared ("ditetapkan",
"dinyatakan", "terpilih", "menjadi pemenang"). A named pair that "memperoleh 50,07 persen,
ditetapkan ..." has a name, not "calon": its share stays. Pure; asked by figure_kind.
"""

from __future__ import annotations

import re

from checker.figures.wording import GAINS, may_hold

__all__ = ["states_rule"]

# "calon gubernur dan wakil gubernur yang memperoleh suara", "pasangan calon yang mendapatkan
# lebih dari", "paslon yang meraih sedikitnya"
_GENERIC_BEFORE = re.compile(
    r"\b(?:pasangan[^\S\n]+calon|calon|paslon)(?:[^\S\n]+(?:gubernur|bupati|wali[^\S\n]*kota|"
    r"presiden|dan|wakil|kepala|daerah|tunggal))*[^\S\n]+yang[^\S\n]+(?:" + GAINS +
    r"|mencapai|mengumpulkan)(?:[^\S\n]+suara(?:[^\S\n]+sah)?)?(?:[^\S\n]+(?:lebih[^\S\n]+dari|"
    r"lebih|minimal|sedikitnya|paling[^\S\n]+sedikit|di[^\S\n]+atas))?[^\S\n]*$", re.IGNORECASE)
# ", ditetapkan menjadi gubernur", "dinyatakan sebagai pemenang", "terpilih"
_DECLARED_AFTER = re.compile(r"[^\S\n]*(?:%|persen\b)?(?:[^\S\n]+(?:suara|sah|dari|jumlah|"
                             r"total|plus|satu|\+|1))*[^\S\n]*,?[^\S\n]*(?:akan[^\S\n]+)?"
                             r"(?:ditetapkan|dinyatakan|terpilih|menjadi[^\S\n]+pemenang)\b",
                             re.IGNORECASE)


def states_rule(text: str, start: int, end: int) -> bool:
    """Is the figure at text[start:end] the bar of the rule of who wins?"""
    at = max(0, start - 120)
    return may_hold(text, at, start, ("yang",)) and \
        _GENERIC_BEFORE.search(text, at, start) is not None and \
        _DECLARED_AFTER.match(text, end) is not None
