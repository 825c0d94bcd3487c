"""A percentage said of a sentence's turnout subject (blind hunt 38, the turnout pages of
Medan, Makassar and Jakarta): "Partisipasi pemilih di Pilwalkot Medan 2024 yang dimenangi Rico
Waas-Zakiyuddin Harahap hanya 34,8 persen." The sentence opens with what is measured (the
turnout, the golput, the invalid ballots), and the percentage is said of it; the winner named
on the way, in a clause that only tells which race it was, owns no figure there. Read as the
winner's share it was graded `discrepant` (49,35), as were Sumut's 55,27 (Bobby-Surya 64,52)
and Makassar's 57,76 (Munafri-Aliyah 54,68).

Only when nothing between the subject and the percentage gives a pair a figure or starts
another clause: no other number (a year aside), no verb of winning or getting ("meraih",
"unggul", "menang"), no "dengan"/"atau", no joining or comparing word ("dan", "sementara",
"dibanding", "dari"), no cause ("membuat", "sehingga"). "Tingkat partisipasi ... 55,27 persen,
sementara Bobby-Surya meraih 64,52 persen": the second is the pair's. Pure."""

from __future__ import annotations

import re

__all__ = ["said_of_turnout"]

# The sentence's opening: a dateline ("HARIAN.NEWS, MAKASSAR – ", "com, MEDAN - "), a
# connective ("Adapun,", "Sementara itu,"), then the turnout's noun phrase.
_SUBJECT = re.compile(
    r"\s*(?:[^\n]{0,40}?\b(?-i:[A-Z]{3,}(?:[^\S\n]+[A-Z]{3,})*)"
    r"[^\S\n]*[-\u2013\u2014]{1,2}[^\S\n]*)?"
    r"(?:(?:adapun|namun|sementara\s+itu|di\s+sisi\s+lain)\s*,?\s*)?"
    r"(?:(?:tingkat|angka|jumlah|persentase|total)\s+)?"
    r"(?:partisipasi(?:\s+(?:pemilih|masyarakat|warga|politik))?|kehadiran(?:\s+pemilih)?|"
    r"golput|golongan\s+putih|(?:surat\s+)?suara\s+tidak\s+sah|pengguna\s+hak\s+pilih)\b",
    re.IGNORECASE)
# What gives a pair the figure, or opens another clause, between the subject and the figure.
_BREAKS = re.compile(
    r"[;:]|\b(?:meraih|memperoleh|mendapat\w*|meraup|mengantongi|mengumpulkan|menyabet|raihan|"
    r"perolehan|unggul|menang|dengan|atau|dan|serta|sedangkan|sementara|dari|daripada|"
    r"dibanding\w*|ketimbang|membawa|mengantar\w*|membuat|sehingga|karena|suara\s+sah)\b",
    re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def said_of_turnout(text: str, sentence: int, start: int) -> bool:
    """Is the percentage at `start` the predicate of its sentence's turnout subject?"""
    subject = _SUBJECT.match(text, sentence, start)
    if subject is None:
        return False
    between = _YEAR.sub("", text[subject.end():start])
    return not any(c.isdigit() for c in between) and _BREAKS.search(between) is None
