"""A figure the page sets at an earlier moment than the count it reports (blind hunt 43: live
blogs and pages that compare an early reading with the final one, tests/corpus/findings/
hunt.md). "KPU Jakarta menetapkan ... 50,07 persen pada Minggu (8/12/2024). Sebelumnya, real
count Sirekap sempat menunjukkan ... Ridwan Kamil-Suswono kala itu mengantongi 40,5 persen":
the page dates every figure by its head (the plenary's day), so the reading of 27 Nov is graded
against the decree; its own words say it is the count as it stood then.

Held `another_moment` (a grade of minor or discrepant only; an agreeing one is left) when, in its
sentence before it, a word sets it at that earlier moment ("kala itu", "saat itu", "semula",
"awalnya", "sempat", "hari pencoblosan") with no word of the later count after that word
("akhirnya", "menjadi", "hasil akhir"), and the page gives the same race's count there as it
stands: another of its figures in that race and area is graded consistent, so the page itself
sets the two side by side. "Sebelumnya" says so only beside the same pair's own later figure (it
also opens a sentence on what was decided before). A figure further off than a count moves
(moment.FAR, 10 points, the bound on another moment) stays graded. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.moment import FAR
from checker.models import Claim, Comparison

__all__ = ["hold_earlier_readings"]

_THEN = re.compile(r"\b(?:(?:pada\s+)?(?:kala|saat|ketika|waktu)\s+itu|semula|awalnya|"
                   r"mula-mula|sempat|hari\s+(?:pencoblosan|pemungutan\s+suara)|"
                   r"pada\s+awal\s+(?:penghitungan|perhitungan|hitung))\b", re.IGNORECASE)
_BEFORE = re.compile(r"\bsebelumnya\b", re.IGNORECASE)
# A past office, no count: "yang sempat menjabat Wali Kota", "sebelumnya menjabat".
_OFFICE = re.compile(r"\s+(?:menjabat|menjadi|dikenal|memimpin|maju|bertugas|dilantik)\b",
                     re.IGNORECASE)
# The later count named after the earlier-moment word: "sempat tertinggal, namun akhirnya
# menang dengan 50,07 persen" is the final figure; so is a figure after the sentence turns from
# the earlier moment ("semula yakin menang, namun cuma memperoleh 42,02 persen").
_LATER = re.compile(r"\b(?:akhirnya|menjadi|kini|sekarang|berakhir|hasil\s+akhir|namun|"
                    r"tetapi|tapi|ternyata|"
                    r"(?:di|pada)\s+(?:penetapan|rekapitulasi|pleno))\b", re.IGNORECASE)
# from_text.py's excerpt runs 40 characters past the figure.
_TAIL = 40


def _head(excerpt: str, value) -> str:
    """The excerpt before its figure: the last place the value is written as a page writes it
    ("40,1", "40.1", "152.235") before the 40 characters that follow it."""
    text = format(value, "f") if not isinstance(value, int) else f"{value:,}".replace(",", ".")
    forms = {text, text.replace(".", ",")} if not isinstance(value, int) else {text, str(value)}
    floor = max(0, len(excerpt) - _TAIL - max(len(f) for f in forms) - 2)
    at = max(excerpt.rfind(f, floor) for f in forms)
    return excerpt[:at] if at >= 0 else excerpt[:floor]


def _said_earlier(excerpt: str, value) -> str | None:
    """"then" or "before" when the excerpt's part before the figure sets it at an earlier
    moment (the last such word, with no word of the later count after it); else None."""
    head = _head(excerpt, value)
    found = None
    for pattern, kind in ((_THEN, "then"), (_BEFORE, "before")):
        for m in pattern.finditer(head):
            if _OFFICE.match(head, m.end()) is None and (found is None or m.start() > found[0]):
                found = (m.start(), m.end(), kind)
    if found is None or _LATER.search(head, found[1]) is not None:
        return None
    return found[2]


def _area(claim: Claim, race) -> tuple:
    return race, race.area_of(claim.region_code)


def hold_earlier_readings(claims: list[Claim], races: list,
                          comparisons: tuple[Comparison, ...]) -> tuple[Comparison, ...]:
    flagged = [i for i, c in enumerate(comparisons)
               if c.status in ("minor", "discrepant") and races[i] is not None and
               claims[i].kind in ("share", "votes") and claims[i].origin == "text" and
               (claims[i].kind == "votes" or c.difference is None or abs(c.difference) <= FAR)]
    if not flagged:
        return comparisons
    agreeing = [(i, _area(claims[i], races[i])) for i, c in enumerate(comparisons)
                if c.status == "consistent" and races[i] is not None and
                claims[i].kind in ("share", "votes")]
    if not agreeing:
        return comparisons
    out = list(comparisons)
    for i in flagged:
        kind = _said_earlier(claims[i].excerpt, claims[i].value)
        if kind is None:
            continue
        here = _area(claims[i], races[i])
        same = [j for j, area in agreeing if area == here]
        if kind == "before":
            # only beside the same pair's own later figure of the same kind
            same = [j for j in same if claims[j].kind == claims[i].kind and
                    claims[j].candidate_id == claims[i].candidate_id and
                    claims[j].value != claims[i].value]
        if same:
            out[i] = replace(out[i], status="unverifiable", reason="another_moment")
    return tuple(out)
