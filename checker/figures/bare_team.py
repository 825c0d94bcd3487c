"""A campaign team named with no figure of its own, a paragraph before the figure: not the
figure's count (blind hunt 23, "Left"; tests/test_fix_left34.py). Pure.

"Tim pemenangan Muhidin-Hasnuryadi meminta relawan mengawal suara di setiap TPS." names the
team, not a count: as the last count words before the next paragraph's "Raudatul
Jannah-Akhmad Rozanie meraih 18,80 persen" it made the quick count's share the team's own
count, graded against Kalsel's decree (a false flag). A team's bare name ("tim pemenangan",
"tim sukses", "timses", "tim kampanye") in a sentence with no figure and no word of a count
("data", "hitungan", "tabulasi", "prediksi", ...) types a later paragraph's figures only when
that paragraph says, before the figure, whose or what figure it is: an attribution ("menurut",
"versi", "klaim", "kata"), the team's count or forecast ("hitungan", "prediksi", "data"), the
team again ("tim", "kubu", "kami", "pihaknya"), a count pointed back at ("hasil tabulasi itu")
or a quote. A dev page's "Tim pemenangan pun sudah memperkirakan hasil yang
memuaskan ..." then "Bahkan, menurut prediksi awal, Iqbal-Dinda akan mendapat suara sekitar
44 persen" keeps the team's projection (an earlier attempt that passed over every bare team
gave it an older plenary word's type). Otherwise the count words before the team's name
decide, as if it were not there.
"""

from __future__ import annotations

import re

from checker.figures.cues import Mark

__all__ = ["stale_team", "tied"]

# The team's bare name as the claim-type phrase matched it (rules/figures.yaml internal_count)
_BARE = frozenset({"tim pemenangan", "tim sukses", "timses", "tim kampanye"})
# Words of a count, a tally, a claim or a forecast: in the team's own sentence ("Sekretaris Tim
# Pemenangan ... memaparkan data terakhir", a dev page) the team speaks of its figures, which
# follow; not "mengawal suara", nor "hasil" ("belum menanggapi hasil itu")
_COUNTING = (r"data\w*|\w*hitung\w*|tabulasi\w*|rekap\w*|klaim\w*|mengklaim|mengeklaim|"
             r"diklaim|prediksi\w*|perkiraan\w*|memperkirakan|internal")
_COUNTS = re.compile(rf"\b(?:{_COUNTING})\b", re.IGNORECASE)
# Words of the figure's paragraph, before it, that tie it to someone's count or claim: those,
# an attribution, the team again, a quote, or a count pointed back at ("Hasil tabulasi itu")
_TIED = re.compile(rf"\b(?:{_COUNTING}|menurut\w*|versi|kata\w*|ujar\w*|tim\w*|timses|"
                   r"kubu\w*|kami|pihaknya|relawan|(?:hasil|angka)\s+(?:\w+\s+)?(?:itu|tersebut))\b"
                   r"|[\"\u201c\u201d]", re.IGNORECASE)
# A figure of the team's sentence: any number but a ballot number ("pasangan nomor urut 1"), a
# date ("(7/12/2024)", "pukul 10.15") or a year ("Pilgub Kalsel 2024"), which count nothing
_NOT_FIGURE = re.compile(r"(?:\b(?:nomor|no\.?)\s*(?:urut\s*)?|\burut\s*)\d{1,2}\b|"
                         r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\bpukul\s+\d{1,2}[.:]\d{2}\b|"
                         r"\b(?:19|20)\d{2}\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def stale_team(layout, mark: Mark, where: tuple[int, int, int, int]) -> bool:
    """Is `mark` a team's bare name in a sentence with no figure and no word of a count, in a
    paragraph before the figure's (`where`: layout._where of the figure)?"""
    if mark.value != "internal_count" or mark.start >= where[2] or \
            " ".join(layout.text[mark.start:mark.end].lower().split()) not in _BARE:
        return False
    sentence, stop, _, end = layout._where(mark.start)
    own = layout.text[sentence:min(stop, end)]
    return not _DIGIT.search(_NOT_FIGURE.sub("", own)) and not _COUNTS.search(own)


def tied(layout, position: int, where: tuple[int, int, int, int]) -> bool:
    """Does the figure's paragraph, before the figure at `position`, tie it to a count or a
    claim (see the module)?"""
    return _TIED.search(layout.text, where[2], position) is not None
