"""The name of each claim's race region, as the record spells it, for the report's titles.

A page whose figures are all a race's kecamatan (or all held with no area) never names the
race's own region in any claim, so the report could only title the race by its code ("Pilgub
15"). The record knows the name; the report layer is pure and has no record, so the name
rides on the claim."""

from __future__ import annotations

from checker.models import Claim, replace

__all__ = ["name_races"]


def name_races(claims: tuple[Claim, ...], record) -> tuple[Claim, ...]:
    if record is None:
        return claims
    names: dict[str, str | None] = {}
    out = []
    for claim in claims:
        code = claim.race_region
        if code and claim.race_region_name is None:
            if code not in names:
                region = record.region(code)
                names[code] = region.name if region is not None else None
            if names[code]:
                claim = replace(claim, race_region_name=names[code])
        out.append(claim)
    return tuple(out)
