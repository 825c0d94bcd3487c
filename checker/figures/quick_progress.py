"""A progress figure on a quick count's page is the pollster's data-in (blind hunt 5). Pure.

"Data Masuk 100 Persen, Khofifah-Emil Dardak Unggul" heads a page that closes on "Hasil hitung
cepat bukanlah hasil resmi pemilu": the 100 % is the share of the pollsters' sample TPS that
reported, not Sirekap's progress (then 99,12 %). A progress with no count named before it
(no real count, plenary, Sirekap) on a page that speaks of a quick count (its words, or a
pollster named) is held `quick_count_sample`, as a progress said to be a quick count's is; one
its own words give to KPU or Sirekap stays KPU's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.cues import Cues
from checker.models import Claim

__all__ = ["hold_quick_progress"]

# KPU's own count named in the figure's excerpt: "data masuk KPU 99 persen".
_KPU = re.compile(r"\b(?:kpu|sirekap|komisi pemilihan umum|real count|rekapitulasi)\b",
                  re.IGNORECASE)


def hold_quick_progress(claims: list[Claim], text: str, cues: Cues) -> list[Claim]:
    """`claims` with each unattributed progress held `quick_count_sample` when `text` (the
    page's title, headings and prose) speaks of a quick count."""
    loose = {i for i, c in enumerate(claims)
             if c.kind == "progress" and c.claim_type is None and c.hold is None and
             not _KPU.search(c.excerpt or "")}
    if not loose or not (any(m.value == "quick_count" for m in cues.claim_types(text))
                         or cues.pollsters(text, limit=1)):
        return claims
    return [replace(c, hold="quick_count_sample") if i in loose else c
            for i, c in enumerate(claims)]
