"""A name of several areas ("Tangerang": the kabupaten and the kota) settled by the pairs the
page names (issue 10, candidate first).

collect._settled already takes, for a named pair, the one of the areas its race is in
("Tangerang - Sachrudin-Maryono meraih 394.137 suara": Kota Tangerang). A figure given by
ballot number alone in such an area ("Sementara paslon nomor urut 1 meraih 250.849 suara")
has no pair to decide, and stayed `region_unclear`. Once the page's named pairs have all
fallen in one of the areas, the page speaks of that area's race: the number is that race's
pair. Named pairs in two of them (a "Tangerang Raya" round-up), a figure of another race kind
("Pilgub", "capres"), or no named pair yet: the figure stays unclear, as before. Pure.

    option_pair(collector, region, scope, candidate, race, nomor) -> (candidate, race)
"""

from __future__ import annotations

__all__ = ["option_pair"]


def option_pair(collector, region, scope, candidate, race, nomor):
    """The (candidate, race) of a figure whose region hit names several areas: remembers the
    area a named pair's race settles; gives a bare ballot number the pair of the one area the
    page's named pairs settled on (or returns the arguments unchanged)."""
    named = collector.__dict__.setdefault("_options_named", {})
    options = region.options
    if race is not None:
        inside = [c for c in options if len(c) == 4 and race.region and c.startswith(race.region)]
        if candidate is not None and race.kind == "regent_mayor" and inside == [race.region]:
            named.setdefault(options, set()).add(race.region)
        elif candidate is not None:
            named.setdefault(options, set()).add(None)  # a pair of another race or area
        return candidate, race
    settled = named.get(options, ())
    if candidate is not None or nomor is None or len(settled) != 1 or None in settled or \
            scope.kind not in (None, "regent_mayor"):
        return candidate, race
    code = next(iter(settled))
    if _elsewhere(collector, options, code):
        return candidate, race
    found = collector.candidate(code, "regent_mayor", nomor, None)
    return (found, found.race) if found is not None else (candidate, race)


def _elsewhere(collector, options: tuple[str, ...], code: str) -> bool:
    """Does the page write a pair ("Deny Widyanarko-Mudawamah", no figure of its own) of
    another of the areas' races? Then a bare ballot number may be that race's."""
    others = tuple(race for other in options if other != code
                   for race in collector.matcher.races_for(other, "regent_mayor"))
    return bool(others) and any(collector.matcher.candidate(written, others, "regent_mayor")
                                is not None for written in collector.mates.written())
