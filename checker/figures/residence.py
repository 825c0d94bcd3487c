"""A person's home is no count's area (corpus-ar, Republika on Sirekap's DPD count in Jawa
Barat; tests/test_fix_left34.py). Pure.

"Komeng, komedian yang tinggal di Sentul, Kabupaten Bogor, itu mengantongi 1.794.034 suara"
says where the candidate lives, not where the votes were counted: read as a region mention it
gave the count, and the next paragraph's, Kabupaten Bogor's area instead of the province's.
A place right after "(yang) tinggal / berdomisili / bermukim / menetap di", "asal" or
"kelahiran" (a few words and a comma between at most: "di Sentul, Kabupaten Bogor")
describes whoever lives there or comes from there ("caleg asal Kota Bogor"); it is a count's
area only when those are the voters ("pemilih / warga / penduduk yang tinggal di X": X's
count) or a place ("TPS asal", "daerah asal"), which the words before the verb tell.
("warga X" alone is left: "warga Kecamatan X memberi ..." is the voters there.)
"""

from __future__ import annotations

import re

__all__ = ["residence"]

# "yang tinggal di Sentul, " right before the place
_LIVES = re.compile(r"\b(?:(?:tinggal|berdomisili|bermukim|menetap)\s+di|asal|kelahiran)\s+"
                    r"(?:[\w.'-]+,?\s+){0,3}$", re.IGNORECASE)
# Who lives there, right before the verb ("pemilih yang tinggal di"): the voters, an area's count
_VOTERS = re.compile(r"\b(?:pemilih\w*|warga\w*|penduduk\w*|masyarakat\w*|konstituen\w*|"
                     r"orang|jiwa|rakyat\w*|dpt|tps|daerah|wilayah)\s+(?:yang\s+)?$", re.IGNORECASE)
_REACH = 60


def residence(text: str, mention) -> bool:
    """Is the region `mention` (its .start) where a person lives, not an area of votes?"""
    lives = _LIVES.search(text, max(0, mention.start - _REACH), mention.start)
    if lives is None or "\n" in text[lives.start():mention.start]:
        return False
    return _VOTERS.search(text, max(0, lives.start() - 40), lives.start()) is None
