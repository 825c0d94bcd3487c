"""A kab/kota and then its own province after a comma is one place, written with its address
(issue 10, regency level; ANTARA Kalbar: "memenangi pemilihan wali kota Pontianak, Kalimantan
Barat, dengan 203.211 suara"). The province is not a second area of a list ("Aceh dan
Sumatera Barat"), nor the area of the figures after it: the kab/kota is. places.institution
already drops such a province after "Kota X," or "Kabupaten X,"; this does it for any kab/kota
the page names (a race's "wali kota X", a bare "di Pontianak"), and a bare name of several
kab/kota ("Banjar": Kota Banjar in Jawa Barat, Kabupaten Banjar in Kalimantan Selatan) is
settled by the province written after it when exactly one of them is in it, as is a bare name
no region hit holds ("di Banjar, Kalimantan Selatan": Kabupaten Banjar). An appositive that
names the larger area is the same address (corpus-ai, Rakyat Maluku: "Di Ambon, ibu kota
Provinsi Maluku, pasangan ... memperoleh 36.00%" is Ambon's figure): "Kendari, ibukota Sulawesi
Tenggara", "Langkat, salah satu kabupaten di Sumatera Utara", "Kabupaten Langkat yang berada di
Provinsi Sumatera Utara", also written before the name ("di ibu kota Maluku, Ambon, ..."); and
the mirror, a province described by its capital ("Provinsi Maluku, yang beribu kota di Ambon")
is the province, not the city. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.regions import RegionHit
from checker.figures.wording import capitalised

__all__ = ["with_addresses"]

_COMMA = re.compile(r"[^\S\n]*[,(][^\S\n]*")  # "Pontianak, Kalimantan Barat", "Bima (NTB)"
_S = r"[^\S\n]+"
_CAPITAL = rf"(?:ibu{_S}kota|ibukota|pusat{_S}pemerintahan)"  # "ibu kota", "ibukota"
# What a kab/kota's appositive says before its province: "ibu kota (Provinsi)", "yang
# merupakan ibu kota", "salah satu kabupaten di", "yang berada di (wilayah) Provinsi". A hit
# may begin inside it ("ibu kota Maluku": the hit "kota Maluku"), hence the lone "ibu".
_APPOSITIVE = (rf"(?:(?:yang{_S})?(?:merupakan|menjadi|adalah|sebagai|selaku){_S})?"
               rf"(?:{_CAPITAL}{_S}|ibu{_S}|salah{_S}satu{_S}(?:kabupaten|kota|kabupaten/kota|"
               rf"daerah|wilayah){_S}(?:(?:yang{_S})?(?:ada{_S}|berada{_S}|terletak{_S})?di"
               rf"|dari){_S})"
               rf"|(?:yang{_S})?(?:berada|terletak){_S}di{_S}(?:wilayah{_S})?")
_ADDRESS = re.compile(rf"(?i)[^\S\n]*(?:[,(][^\S\n]*(?:{_APPOSITIVE})?|{_APPOSITIVE})")
# Written before the name: "di ibu kota Provinsi Maluku, Ambon, ...".
_CAPITAL_BEFORE = re.compile(rf"(?i)(?:{_CAPITAL}|ibu){_S}$")
_NAME_AFTER = re.compile(r"[^\S\n]*,[^\S\n]*(" + capitalised(3) + r")[^\S\n]*,")
# The mirror: a province and then its capital, "Provinsi Maluku, yang beribu kota di Ambon",
# "Maluku dengan ibu kota Ambon".
_CAPITAL_OF = re.compile(rf"(?i)[^\S\n]*,?[^\S\n]*(?:(?:yang{_S})?beribu[^\S\n]*kota"
                         rf"|dengan{_S}(?:{_CAPITAL}|ibu))(?:{_S}di)?[^\S\n]*")
# A bare name right before the comma that no region hit holds ("di Banjar, Kalimantan
# Selatan": a name of a kabupaten and a city is no hit on its own, regions.region_mentions).
_BARE = re.compile(r"(" + capitalised(3) + r")[^\S\n]*[,(][^\S\n]*$")


def with_addresses(text: str, regions: list[RegionHit], matcher) -> list[RegionHit]:
    """`regions` (in page order) without each province written as the address of the kab/kota
    right before it; that kab/kota settled by it where its name was of several. The kab/kota's
    hit then spans its address (no word of it is read as another place: "Kota Kendari, Provinsi
    Sulawesi Tenggara" is one area, not "Provinsi Sulawesi" unknown)."""
    kept: list[RegionHit] = []
    skip = -1
    for k, hit in enumerate(regions):
        if k == skip:
            continue
        before = kept[-1] if kept else None
        if hit.level == 1 and hit.code and _CAPITAL_BEFORE.search(text, max(0, hit.start - 25),
                                                                  hit.start):
            capital = _capital_after(text, hit, regions[k + 1:k + 2], matcher)
            if capital is not None:  # "di ibu kota Maluku, Ambon, ...": Ambon
                kept.append(replace(capital, start=hit.start))
                skip = k + 1 if k + 1 < len(regions) and capital is regions[k + 1] else -1
                continue
        if hit.level == 2 and hit.code and before is not None and before.level == 1 and \
                before.code and hit.code.startswith(before.code) and \
                _joined(text, before, hit, _CAPITAL_OF):
            kept[-1] = replace(before, end=hit.end)  # "Provinsi Maluku, yang beribu kota di
            continue  # Ambon": the province
        if hit.level == 1 and hit.code and before is not None and before.level == 2 and \
                _joined(text, before, hit, _ADDRESS):
            inside = [c for c in before.options if c.startswith(hit.code)]
            if before.code is not None and before.code.startswith(hit.code):
                kept[-1] = replace(before, end=hit.end)
                continue
            if before.code is None and inside:
                if len(inside) == 1:
                    kept[-1] = RegionHit(inside[0], before.name, 2, before.start, hit.end,
                                         before.line, (), before.race)
                continue
        elif hit.level == 1 and hit.code and matcher is not None:
            named = _bare_before(text, hit, before, matcher)
            if named is not None:
                kept.append(named)
                continue
        kept.append(hit)
    return kept


def _joined(text: str, first: RegionHit, second: RegionHit, between: re.Pattern) -> bool:
    """Whether the words from `first` to `second` are `between`'s; a lone "ibu" at its end
    only when `second` is written from "kota" on ("ibu kota Maluku": the hit "kota Maluku")."""
    gap = between.fullmatch(text, first.end, second.start)
    return gap is not None and (not re.search(r"(?i)\bibu[^\S\n]+$", gap.group())
                                or text[second.start:second.start + 4].lower() == "kota")


def _capital_after(text: str, hit: RegionHit, after: list[RegionHit], matcher):
    """The kab/kota of province `hit` named right after it as the capital it just described
    ("ibu kota Provinsi Maluku, Ambon,"): the next region hit when it is that kab/kota, a hit
    of it when only its bare name is written, else None."""
    if hit.start >= 4 and text[hit.start:hit.start + 4].lower() != "kota" and \
            re.search(r"(?i)\bibu[^\S\n]+$", text[max(0, hit.start - 5):hit.start]):
        return None  # a lone "ibu" before a province's name is no capital
    if after and after[0].level == 2 and after[0].code and after[0].code.startswith(hit.code) \
            and re.fullmatch(r"[^\S\n]*,[^\S\n]*", text[hit.end:after[0].start]):
        return after[0]
    named = _NAME_AFTER.match(text, hit.end)
    if named is None or matcher is None:
        return None
    written = named.group(1)
    own = _kabkota_in(matcher.region("Kota " + written), hit.code) or \
        _kabkota_in(matcher.region(written), hit.code)
    return None if own is None else RegionHit(own, written, 2, named.start(1), named.end(1))


def _bare_before(text: str, hit: RegionHit, before: RegionHit | None, matcher):
    """The kab/kota of the province `hit` that the capitalised words right before its comma
    end with ("Di Banjar, Kalimantan Selatan": Banjar), when no region hit holds them."""
    bare = _BARE.search(text, max(0, hit.start - 40), hit.start)
    if bare is None or before is not None and before.end > bare.start(1):
        return None
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", bare.group(1))]
    for first in range(len(words)):  # "Di Banjar": the name is "Banjar"
        start = bare.start(1) + words[first][0]
        own = _kabkota_in(matcher.region(text[start:bare.end(1)]), hit.code)
        if own is not None:
            return RegionHit(own, text[start:bare.end(1)], 2, start, bare.end(1))
    return None


def _kabkota_in(named: RegionHit | None, province: str) -> str | None:
    """The one kab/kota of `province` a bare name is, else None."""
    if named is None or named.level != 2:
        return None
    inside = [c for c in (named.options or (named.code,)) if c and c.startswith(province)]
    return inside[0] if len(inside) == 1 else None
