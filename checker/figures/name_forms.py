"""The record's region names as pages write them otherwise, by the word they open with
(rules/regions.yaml `name_words`): KEPULAUAN SERIBU is "Pulau Seribu" or "Kep. Seribu" on
news pages, PULAU MOROTAI "Kepulauan Morotai", and with the word left out "Kabupaten
Morotai". A form names its region only where it names nothing else: not two regions (the
record's KEPULAUAN RIAU left without its word is the province RIAU's name), not a name, short
form or group already known. A form without the word may be an everyday word ("Seribu" is a
thousand, "Aru"): it names the region only after a prefix or a race word, as rules/regions.yaml's
`prefix_only` short forms do. Pure; asked once per record by checker/figures/regions.py."""

from __future__ import annotations

from checker.figures.region_words import fold

__all__ = ["written_forms"]


def written_forms(regions, rules, names: dict[str, set[str]], levels: dict[str, int],
                  taken) -> frozenset[str]:
    """Add to `names` (folded form -> codes) and `levels` (form -> 1 province, 2 kab/kota)
    each unambiguous written form (rules.region_name_words) of the provinces' and kab/kotas'
    names in `regions` that names nothing yet (`names`, a city's "kota" + form, the groups in
    `taken`); the forms that need a prefix are returned."""
    found: dict[str, set[str]] = {}
    bare: set[str] = set()
    for region in regions:
        if region.level not in (1, 2):
            continue
        first, _, rest = fold(region.name).partition(" ")
        for word, written, drop in rules.region_name_words:
            if first != word or not rest:
                continue
            for form in (*(f"{w} {rest}" for w in written), *((rest,) if drop else ())):
                found.setdefault(form, set()).add(region.code)
            if drop:
                bare.add(rest)
    added = {form: codes.pop() for form, codes in sorted(found.items())
             if len(codes) == 1 and form not in names and "kota " + form not in names
             and form not in taken}
    for form, code in added.items():
        names[form] = {code}
        levels[form] = 1 if len(code) == 2 else 2
    return frozenset(form for form in added if form in bare)
