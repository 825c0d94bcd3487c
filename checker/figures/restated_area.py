"""A share written as the restatement of a pair's count ("Andra-Dimyati 475.441 atau 52,58
persen", "356.052 suara (39,37%)") is of the count's area (blind run 15, KPU Kabupaten Serang's
plenary of Pilgub Banten). scope_gate places a governor count on the kab/kota whose part it is
by its size (own_part.kabkota_part); a share is no size and stays on the province unless it is
near the pair's share there, so the share of the very count the regency's plenary gives was
put on the province. Where the share follows its count in one phrase, for the same pair and
race, and the count was placed and held inside the share's area, the share takes the count's
area, held too (its own hold first): a share of the regency's may be of all ballots cast, and
is never graded for being moved. Never the other way (a count is not moved up). And where the
count is held as more than its area could cast (`beyond_total`: "Sementara itu pada Pilgub
Sumatera Barat, ... 1.750.873 suara atau 77,15 persen" on a Payakumbuh page, the stressed
corpus's one snippet flag), the share restating it is no share of that area either: held
`region_unclear`, never graded against the area's own result. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from checker.figures.numbers import parse_number
from checker.models import Claim

__all__ = ["with_counts_area"]

# "<count> [suara] atau [sekitar|sebesar] <share> persen", "<count> suara (<share>%)"
_RESTATED = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:suara\s*)?(?:atau\s+(?:sekitar\s+|"
                       r"sebesar\s+|setara\s+)?|\(\s*)(\d{1,2}(?:,\d{1,3})?|100)\s*(?:persen|%)",
                       re.IGNORECASE)


def _pairs(excerpt: str) -> set[tuple[int, Decimal]]:
    out = set()
    for m in _RESTATED.finditer(excerpt):
        count = parse_number(m.group(1), prefer="integer", style="id")
        share = parse_number(m.group(2), prefer="decimal", style="id")
        if isinstance(count, int) and share is not None:
            out.add((count, Decimal(share)))
    return out


def with_counts_area(claims: list[Claim]) -> list[Claim]:
    """`claims` with each share that restates a count placed below it on that count's area,
    and each share that restates a count too large for its area held."""
    counts, beyond = {}, set()
    for c in claims:
        if c.kind != "votes" or not c.candidate_id:
            continue
        if c.hold == "beyond_total":
            beyond.add((c.candidate_id, c.race_kind, c.region_code, int(c.value)))
        elif c.region_code and c.race_region and c.hold and c.region_code != c.race_region \
                and c.region_code.startswith(c.race_region):
            counts.setdefault((c.candidate_id, c.race_kind, c.race_region, int(c.value)),
                              []).append(c)
    if not counts and not beyond:
        return claims
    out = []
    for c in claims:
        if c.kind == "share" and c.candidate_id and c.region_code and c.origin == "text":
            restated = [count for count, share in _pairs(c.excerpt) if share == Decimal(c.value)]
            below = {(n.region_code, n.region_name, n.hold) for count in restated
                     for n in counts.get((c.candidate_id, c.race_kind, c.race_region, count), ())
                     } if c.region_code == c.race_region else set()
            if len(below) == 1:
                (code, name, hold), = below
                c = replace(c, region_code=code, region_name=name, hold=c.hold or hold)
            elif any((c.candidate_id, c.race_kind, c.region_code, count) in beyond
                     for count in restated):
                c = replace(c, hold=c.hold or "region_unclear")
        out.append(c)
    return out
