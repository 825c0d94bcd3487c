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
from bisect import bisect_right
from functools import lru_cache

from checker.figures.at_words import Keys, find_at_words
from checker.figures.months import MONTH_WORD

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
# Years and dates say when, not how many: "Pilkada 2024", "pada 27 November 2024".
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s+" + MONTH_WORD + r"\b|"
                   r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", re.IGNORECASE)
# A turnout word heading a list, anywhere in the sentence before the figure.
_TURNOUT = re.compile(r"\b(?:partisipasi\w*|kehadiran\w*|golput\w*|golongan\s+putih|suara\s+tidak"
                      r"\s+sah|pengguna\s+hak\s+pilih)\b", re.IGNORECASE)
# The words a _TURNOUT match opens with, folded: found in the prose's word index (at_words)
# instead of a case-blind pass tried at every character (0.6-0.9 ms of a 20 KB news page).
_TURNOUT_KEYS = Keys(("golongan", "suara", "pengguna"), ("partisipasi", "kehadiran", "golput"))
# What a list of places' turnouts does not hold: a pair ("Khofifah-Emil", "paslon"), a verb of
# winning or getting, another clause, a count (only percentages are the list's items).
_NOT_A_LIST = re.compile(
    r"[;:]|\b(?:pasangan|paslon|calon|meraih|memperoleh|mendapat\w*|meraup|mengantongi|raihan|"
    r"perolehan|unggul|\w*menang\w*|suara\s+sah|sedangkan|sementara|dibanding\w*)\b|"
    r"\b(?-i:[A-Z][a-z]+)[-\u2013](?-i:[A-Z])|\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?![.,]?\d)"
    r"(?!\s*(?:persen|%))", re.IGNORECASE)
# "34,8 persen pemilih yang datang ke TPS", "... persen warga yang menggunakan hak pilih"
_CAME_AFTER = re.compile(r"[\d.,]*\s*(?:persen|%)\s+(?:dari\s+)?(?:pemilih|warga|masyarakat|DPT)"
                         r"(?:\s+\w+)?\s+(?:yang\s+)?(?:(?:tidak|belum)\s+)?(?:datang|hadir|"
                         r"menggunakan\s+hak\s+pilih|mencoblos|memberikan\s+suara)\b",
                         re.IGNORECASE)
# ... unless a verb of support gives it to a pair: "didukung 60,07 persen pemilih yang datang"
_SUPPORTED = re.compile(r"\b(?:didukung|dipilih|dukungan|meraih|memperoleh|mendapat\w*|meraup|"
                        r"mengantongi)\s+(?:oleh\s+)?(?:\w+\s+)?$", re.IGNORECASE)

# The subject's relative clause giving the winner its own share first, then the subject's
# predicate (fix-s38b, blind hunt 38's probe): "Partisipasi pemilih di Pilwalkot Medan yang
# dimenangi Rico Waas-Zakiyuddin dengan 49,35 persen hanya 34,8 persen": 49,35 is the pair's,
# 34,8 the turnout's. Only a clause of winning with one percentage, then nothing but a
# predicate's words ("hanya", "mencapai", "tercatat") before the figure.
_OWN_SHARE_FIRST = re.compile(
    r"[^;:\d]*?\byang\s+(?:di)?menang(?:i|kan)\b[^;:\d]*?\d+(?:[.,]\d+)?\s*(?:persen|%)"
    r"(?:\s+suara(?:\s+sah)?)?\s*,?\s*(?:(?:hanya|cuma|sekadar|baru|mencapai|menyentuh|sebesar|"
    r"sekitar|tercatat|berada\s+di(?:\s+angka)?|di\s+angka|yakni|yaitu|adalah|ialah)\s+)+",
    re.IGNORECASE)


def said_of_turnout(text: str, sentence: int, start: int) -> bool:
    """Is the percentage at `start` the predicate of its sentence's turnout subject, an item
    of a list of turnouts, or the share of voters who came?"""
    if _CAME_AFTER.match(text, start) and not _SUPPORTED.search(text, max(0, start - 40), start):
        return True
    subject = _SUBJECT.match(text, sentence, start)
    if subject is not None:
        between = _YEAR.sub("", text[subject.end():start])
        if not any(c.isdigit() for c in between) and _BREAKS.search(between) is None or \
                _OWN_SHARE_FIRST.fullmatch(between):
            return True
    head = _last_head(text, sentence, start)
    return head is not None and _NOT_A_LIST.search(_YEAR.sub("", text[head:start])) is None


@lru_cache(maxsize=4)
def _heads(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each turnout word of the text starts and ends, found once per text: searched again
    from each figure's sentence, a page that is one long "sentence" cost a pass over all of it
    per figure (hostile_nested_headings: 5x its time before this check)."""
    found = [(m.start(), m.end()) for m in find_at_words(_TURNOUT, text, _TURNOUT_KEYS)]
    return tuple(s for s, _ in found), tuple(e for _, e in found)


def _last_head(text: str, sentence: int, start: int) -> int | None:
    """The end of the last turnout word between the sentence's start and the figure."""
    starts, ends = _heads(text)
    last = bisect_right(ends, start) - 1
    return ends[last] if last >= 0 and starts[last] >= sentence else None
