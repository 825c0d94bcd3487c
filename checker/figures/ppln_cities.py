"""The PPLN (votes abroad) a city names alone: the record holds each PPLN as "Athena, Yunani"
(region 99's kab/kota level); pages write "Baghdad (Irak)" (the same words) or the city alone
("di Athena", "PPLN Manila"). The city names the PPLN where it names one PPLN only and is no
word or name of its own ("Lima" is five). Sirekap keeps a re-voted PPLN twice, its re-vote
as "Kuala Lumpur, Malaysia (U)" (ulang) beside "Kuala Lumpur, Malaysia": one PPLN, which
"Kuala Lumpur" names (Gatra, 18 Mar 2024: "hasil rekapitulasi Kuala Lumpur, Malaysia.
Pasangan Prabowo-Gibran memperoleh suara paling banyak, yakni 6.266."; corpus-ay). Pure."""

from __future__ import annotations

from checker.figures.region_words import fold

__all__ = ["ppln_cities", "ppln_full_names"]

# PPLN cities whose name is an Indonesian word or a person's name: never by the city alone.
_NOT_CITIES = frozenset({"lima", "sofia", "darwin", "roma", "paris", "suva", "dili", "baku",
                         "santiago", "vatikan"})
_REVOTE = " (U)"  # Sirekap's mark of a PPLN's re-vote ("pemungutan suara ulang")


def ppln_cities(regions, names: dict[str, set[str]]) -> dict[str, set[str]]:
    """City (folded) -> {the one PPLN code it names}, for the cities no other name is."""
    cities: dict[str, dict[str, str]] = {}
    for region in regions:
        if region.level == 2 and region.code.startswith("99") and "," in region.name:
            cities.setdefault(fold(region.name.split(",")[0]), {})[region.code] = region.name
    found = {}
    for city, named in cities.items():
        full = set(named.values())
        codes = {code for code, name in named.items()
                 if not (name.endswith(_REVOTE) and name[:-len(_REVOTE)] in full)}
        if len(codes) == 1 and city and city not in names and city not in _NOT_CITIES:
            found[city] = codes
    return found


def ppln_full_names(regions) -> frozenset[str]:
    """The PPLN's full names, folded ("kuala lumpur malaysia"): the city with its country names
    the PPLN without a place word before it ("hasil rekapitulasi Kuala Lumpur, Malaysia"), as
    the city alone does only after one ("di Athena"); else the hit stops at the city and the
    country after it reads as a place abroad the record does not know (corpus-ay)."""
    return frozenset(fold(region.name) for region in regions if region.level == 2 and
                     region.code.startswith("99") and "," in region.name)
