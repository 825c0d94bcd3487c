"""A campaign's count, then the forms it was built from: the figures after are still the
team's (corpus-ah, Koran Papua on the AIYE team's count in Mimika on election day). Pure.

Indonesian news gives a team's count its source in the next breath: "Menurut rekap sementara
pusat data tim AIYE hingga pukul 17.00 WIT, ... . Angka sementara itu disusun dari form D1
Plano dan form C1-KWK yang dikirim para saksi", "Data itu direkap dari salinan C.Hasil yang
dikumpulkan saksi". The forms' words are real-count words ("form C1", "data C1", "C.Hasil":
rules/figures.yaml `claim_types`), and as the nearest count words before the figures they made
them KPU's count: one of the team's three shares was graded against the next morning's Sirekap
while the other two, differing, were held. The forms are where the team's count came from, not
another count; and "Real count itu ..." points back at the count named before, the team's. So
a real-count mark that only names forms or points back, with no count of KPU's named by it
(its `extra`: "data C1 dari KPU" is KPU's), in the team mark's sentence or the sentence right
after it, leaves the figure the team's: the campaign's rules (campaign_counts.py,
reported_counts.py) then decide on the team's basis, whatever its value.

A bare recapitulation word does the same (fix-known13): "Tim pemenangan Iqbal-Dinda merampungkan
rekapitulasi. Hasilnya, Iqbal-Dinda meraih 1.156.159 suara" and "Ketua tim pemenangan ...
mengatakan, hasil rekapitulasi C1 menunjukkan ..." are the team's tally, which the plenary
type of "rekapitulasi" graded against the NTB decree (41,15 %: the team's 41,23 minor).
"Rekapitulasi" names a count, not whose it is; the team named just before says.

Not when an election body is named between the team's words and the figure ("Sementara itu,
data formulir C.Hasil yang diunggah ke Sirekap KPU menunjukkan ..."): those are KPU's forms and
count. Not when the forms' sentence is further from the team's words than the next sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from checker.figures.cues import Mark, mark_before

__all__ = ["team_forms"]

# The forms themselves, as the real-count phrase opens ("form C1", "formulir C1", "data C1",
# "C.Hasil"); not "real count", "Sirekap", "sistem rekapitulasi": counts, not forms.
_FORMS = re.compile(r"(?:form(?:ulir)?|data)\s*c(?:\d|\b)|c\.\s*hasil\b", re.IGNORECASE)
# A count word pointing back at the count named before ("Real count itu disusun ..."): that one.
_BACK = re.compile(r"\s+(?:itu|tersebut|ini)\b", re.IGNORECASE)
# An election body, or its count, named: its forms and its count.
_BODY = re.compile(r"\b(?:kpu\w*|kip|bawaslu|sirekap|ppk|pps|kpps|komisi\s+pemilihan)\b",
                   re.IGNORECASE)
# A recapitulation word alone ("rekapitulasi", "rekap", "hasil rekapitulasi C1"): a plenary mark
# that names no one's recapitulation.
_RECAP = re.compile(r"rekap(?:itulasi)?\b", re.IGNORECASE)
_REACH = 1500  # characters from the team's words to a figure (a bounded look per figure)


def team_forms(layout, mark: Mark | None, position: int) -> Mark | None:
    """The team's count mark for the figure at `position` when `mark`, its nearest count words,
    only names the forms a team's count named just before was built from (see the module);
    else `mark`."""
    if mark is None or mark.extra is not None or not (
            mark.value == "real_count" and (_FORMS.match(layout.text, mark.start) or
                                            _BACK.match(layout.text, mark.end)) or
            mark.value == "plenary" and _RECAP.fullmatch(layout.text, mark.start, mark.end)):
        return mark
    team = mark_before(layout.types, layout.type_starts, mark.start)
    if team is None or team.value != "internal_count" or position - team.start > _REACH:
        return mark
    sentences = layout.sentences
    at = bisect_right(sentences, mark.start) - 1
    if bisect_right(sentences, team.start) - 1 < at - 1 or \
            _BODY.search(layout.text, team.start, position):
        return mark
    return team
