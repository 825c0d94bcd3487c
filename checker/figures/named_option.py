"""A name of several areas ("Tangerang": the kabupaten and the kota) settled by the pairs the
page names (issue 10, candidate first).

`settled` takes, for a named pair, the one of the areas its race is in
("Tangerang - Sachrudin-Maryono meraih 394.137 suara": Kota Tangerang). A figure given by
ballot number alone in such an area ("Sementara paslon nomor urut 1 meraih 250.849 suara")
has no pair to decide, and stayed `region_unclear`. Once the page's named pairs have all
fallen in one of the areas, the page speaks of that area's race: the number is that race's
pair. Named pairs in two of them (a "Tangerang Raya" round-up), a figure of another race kind
("Pilgub", "capres"), or no named pair yet: the figure stays unclear, as before. Pure.

    option_pair(collector, region, scope, candidate, race, nomor) -> (candidate, race)
    settled(region, scope, race) -> (region, scope)
"""

from __future__ import annotations

from checker.models import replace

__all__ = ["option_pair", "settled"]


def _inside(options: tuple[str, ...], race) -> list[str]:
    """The areas among `options` (kab/kota codes) that lie in `race`'s region."""
    return [c for c in options if len(c) == 4 and race.region and c.startswith(race.region)]


def settled(region, scope, race):
    """A name of several regions ("Di Bogor": Kabupaten or Kota Bogor; "Malang Raya"): the
    one the figure's regent or mayor race is in, when it is one of them; otherwise the area
    is unknown (issue 10: never the province named before, never a guessed Bogor)."""
    inside = _inside(region.options, race) if race is not None and race.kind != "president" \
        else []
    if len(inside) == 1:
        # The one of them in the pair's race: Kota Bogor for its mayor's pair, Kabupaten
        # Banjar (Kalsel) for a Kalsel governor's pair (Kota Banjar is in Jawa Barat).
        region = replace(region, code=inside[0], options=())
        return region, replace(scope, region=region)
    return region, replace(scope, unclear=True)


def option_pair(collector, region, scope, candidate, race, nomor):
    """The (candidate, race) of a figure whose region hit names several areas: remembers the
    area a named pair's race settles; gives a bare ballot number the pair of the one area the
    page's named pairs settled on (or returns the arguments unchanged)."""
    named = collector.__dict__.setdefault("_options_named", {})
    options = region.options
    if race is not None:
        inside = _inside(options, race)
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
