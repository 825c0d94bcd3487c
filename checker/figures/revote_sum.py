"""A pair's count before a re-vote, the re-vote's votes added to it and the total after, in one
sentence: "bila pada perolehan sebelumnya paslon Nanik-Suyatni sudah mengantongi 136.444 suara
lalu ditambah suara PSU 904, hasil akhir calon petahana itu menjadi 137.345 suara" (ANTARA
Sumbar on Magetan's re-vote at four TPS, corpus-ab).

A re-vote at a few TPS adds its votes to the count of the first vote elsewhere: the count said
"sebelumnya" (earlier) before the votes added is the first vote's (the round the re-vote
re-runs), over the race's area without the re-voted TPS, so no area total of the record: held
`partial_tally`, never graded against the regency's count. The total after the addition is the
re-vote round's, over the race's whole area. Both are the race's area, not the TPS the
paragraph before named. Pure: the sentence's words only.

    summed_round(layout, number, scope) -> Scope   the figure's scope, told apart
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.revote import PSU, is_revote, rerun

__all__ = ["summed_round"]

# The re-vote's votes added to the count before: "ditambah suara PSU 904", "tambahan suara
# dari PSU", "plus hasil PSU".
_ADDED = re.compile(r"\b(?:ditambah(?:kan)?|tambahan|plus)\b", re.IGNORECASE)
# The earlier count: "sebelumnya", "semula", "perolehan awal".
_EARLIER = re.compile(r"\b(?:sebelumnya|semula|perolehan\s+awal)\b", re.IGNORECASE)
# The total after it: "hasil akhir ... menjadi 137.345 suara", "sehingga totalnya".
_RESULT = re.compile(r"\b(?:hasil\s+akhir(?:nya)?|menjadi|total(?:nya)?|sehingga)\b",
                     re.IGNORECASE)


def summed_round(layout, number, scope):
    """The scope of a count in a sentence that adds a re-vote's votes to an earlier count:
    before the addition (with an earlier-word before it), the first vote's partial count;
    after it, the re-vote's total; both over the race's area. Else `scope` as it was."""
    if not is_revote(scope.election):
        return scope
    sentence, end, _, _ = layout._where(number.start)
    text = layout.text
    added = _ADDED.search(text, sentence, end)
    if added is None or not PSU.search(text, added.end(), min(end, added.end() + 40)):
        return scope
    whole = replace(scope, unclear=False, lower=False)
    if number.end <= added.start() and _EARLIER.search(text, sentence, number.start):
        return replace(whole, election=rerun(scope.election), partial=True)
    if _RESULT.search(text, added.end(), number.start):
        return whole
    return scope
