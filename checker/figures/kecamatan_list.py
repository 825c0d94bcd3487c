"""A figure in a list of kecamatan the sentence opens: "Pasangan Beramal unggul pada 9 kecamatan,
yakni Kolaka 58,06 persen, Watubangga 66,64 persen, ..." (blind hunt 26, a Kolaka campaign's
count). Every place of such a list is a kecamatan, even one that shares its name with the
regency (Kecamatan Kolaka in Kabupaten Kolaka); read as the regency's, its share was compared
with the regency's count (a kecamatan 11 points above it: discrepant). The figure is held
`lower_level`, below the record's level. Asked by scope_gate. Pure."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["in_kecamatan_list", "list_start"]

# "(N) kecamatan, yakni|yaitu|antara lain|:" opening the list; "di kecamatan X" (one kecamatan
# named, kecamatan_said's) is not a list
_OPENS = re.compile(r"\bkecamatan\s*(?:,\s*)?(?:yakni|yaitu|antara\s+lain|di\s+antaranya|:)\s",
                    re.IGNORECASE)


def in_kecamatan_list(sentence: str, figure: re.Pattern) -> bool:
    """Is the figure (`figure`, its written value) written after a kecamatan list's opening in
    `sentence`?"""
    start = _list_start(sentence)
    return start is not None and figure.search(sentence, start) is not None


def list_start(sentence: str) -> int | None:
    """Where a kecamatan list opens in `sentence` (after its "yaitu"), None if none does."""
    return _list_start(sentence)


@lru_cache(maxsize=256)
def _list_start(sentence: str) -> int | None:
    """Where the list opens in `sentence`, searched once a sentence: every figure of a
    sentence asks, and a hostile page's one sentence is 300 KB (bench_prose)."""
    opening = _OPENS.search(sentence)
    return opening.end() if opening is not None else None
