"""A kab/kota's or province's name that runs on into the name of a place inside it (blind hunt
4, niaga.asia on the Pilwalkot Balikpapan: "perlawanan kuat di Balikpapan Selatan, wilayah di
mana mereka meraih 30,96 persen suara" is Kecamatan Balikpapan Selatan's share; the city's,
25,47, was two sentences before):

    "di Balikpapan Selatan", "Samarinda Ulu", "Medan Baru", "Bandung Kulon"  a kecamatan
    "di Jember Utara", "Banten Selatan"                    a part the record has no name for

Indonesian kecamatan are very often named after their kab/kota with a compass or position
word, and pages write them without "Kecamatan". region_mentions reads the longest region name
it knows, so "Jakarta Selatan", "Lampung Selatan" or "Bandung Barat" is the region itself; a
hit followed on its line by more words is a sub-area where those words, with the name, are a
kecamatan of that kab/kota in the record, or where they are a compass word (rules/figures.yaml
sub_area_words) and the whole is no region. Such a hit is no region of the figures after it:
it becomes a "lower" level mark, as "Kecamatan Balikpapan Selatan" would be, and the figure
is held below the record's level. Where the whole is a region the scan let go (the province
"Lampung" before "Selatan", bare), the hit is that region's. A kecamatan of the page's
kab/kota written bare after a place word ("Di Klojen, ...") is such a mark too. A mark whose
name is exactly one kecamatan of the kab/kota (or of the areas a bare name was looked for in),
and no desa the record holds, carries that kecamatan's code (Mark.extra, else ""; a level
word's is None): sub_area_kecamatan may compare its figure there. Pure."""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from checker.figures.cues import Mark
from checker.figures.regions import RegionHit, fold
from checker.figures.tier_levels import off_tier_seats, without_kabkota_tiers
from checker.figures.venue_levels import off_venues

__all__ = ["sub_areas"]

# Up to two capitalised words right after the name, on its line ("Balikpapan Selatan",
# "Medan Barat Daya"): a kecamatan's name has at most three words, the kab/kota's first.
_NEXT = re.compile(r"[^\S\n]+([A-Z][\w'-]*)(?:[^\S\n]+([A-Z][\w'-]*))?")
_AREAS = 4     # the page's kab/kota and the first few its text names
_MARKS = 200
# A kecamatan's name opening with a region word ("Kota Baru", "Kabupaten ..."): the region's.
_NOT_FIRST = frozenset({"kota", "kabupaten", "kab", "provinsi"})
# "di Sukarami (38.326 suara), Ilir Barat I (...)": a list item with its own figure
# (bracket_items reads it), no place of the sentences after it.
_ITEM = re.compile(r"[^\S\n]*\(")
# "rumah pemenangan mereka di Mojolaban": where the camp sat, not where the count was.
_VENUE = re.compile(r"\b(?:rumah|posko|kediaman|markas|kantor|gedung|hotel|aula|"
                    r"sekretariat|balai|pendopo)\b[^,.;:\n]*$", re.IGNORECASE)
_PREFIX = re.compile(r"(?:Kota|KOTA|Kabupaten|KABUPATEN|Kab\.|Provinsi|PROVINSI|Prov\.)"
                     r"[^\S\n]+")
# A matcher's record does not change under it (its region index is built from it once): each
# kab/kota's folded kecamatan names, and the bare-name pattern of a set of kab/kota, are kept
# with the matcher rather than worked out again for every page.
_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_KEEP = 1024


def sub_areas(text: str, regions: list[RegionHit], levels: list[Mark], out
              ) -> tuple[list[RegionHit], list[Mark]]:
    """(the regions that are no part of a sub-area's name, the level marks with a "lower"
    one where a sub-area is named), both in text order. `out`: the page's Collector (its
    matcher, and the kab/kota the page is about)."""
    matcher = out.matcher
    levels = off_venues(text, levels)  # "di Hotel X, Kecamatan Y": where a meeting sat
    levels = without_kabkota_tiers(text, levels, out.scope)  # a Pilgub's "tingkat kabupaten"
    regions = off_tier_seats(text, regions, out.scope)  # "... tingkat kabupaten di Jakarta"
    kept: list[RegionHit] = []
    names = _kept(matcher)  # kab/kota -> its kecamatan's names, folded (and the patterns)
    below = _bare_kecamatan(text, [out.scope.region, *regions], matcher, names)
    for hit in regions:
        found = _below(text, hit, matcher, names) if hit.level in (1, 2) else None
        if found is None:
            kept.append(hit)
        elif isinstance(found, RegionHit):
            kept.append(found)
        else:
            end, code = found
            below.append(Mark(hit.start, end, "lower", code or ""))
    if not below:
        return kept, levels  # (most pages)
    return kept, sorted([*levels, *below], key=lambda m: m.start)


def _below(text: str, hit: RegionHit, matcher, names: dict
           ) -> RegionHit | tuple[int, str | None] | None:
    """(where the sub-area's name `hit` opens ends, its kecamatan's code if one); or the region
    the name with the words after it is; or None (no more words, or words of no place below
    it)."""
    after = _NEXT.match(text, hit.end)
    if after is None:
        return None
    prefix = _PREFIX.match(text, hit.start, hit.end)
    name = text[prefix.end() if prefix else hit.start:hit.end]
    record = matcher.record
    ends = [after.end(group) for group in (2, 1) if after.group(group)]
    if record is not None and hit.level == 2:
        areas = (hit.code,) if hit.code else hit.options
        for end in ends:  # two words after the name first, then one
            written = fold(f"{name} {text[after.start(1):end]}")
            if any(written in _kecamatan_names(record, area, names) for area in areas):
                return end, _one_kecamatan(record, areas, written, names)
    words = matcher.rules.sub_area_words
    for end in ends:
        if fold(text[after.start(1):end]) not in words:
            continue
        whole = matcher.region(f"{name} {text[after.start(1):end]}")
        if whole is None:
            return end, None
        if (whole.code, whole.options) == (hit.code, hit.options):
            return None
        return RegionHit(whole.code, whole.name, whole.level, hit.start, end, hit.line,
                         whole.options)
    return None


def _kept(matcher) -> dict:
    kept = _KEPT.get(matcher)
    if kept is None or len(kept) >= _KEEP:
        kept = _KEPT[matcher] = {}
    return kept


def _kecamatan_names(record, area: str, names: dict) -> dict[str, tuple[str, ...]]:
    """The kab/kota's kecamatan codes by their folded name; once per kab/kota and matcher (a
    long page names its city hundreds of times)."""
    found = names.get(area)
    if found is None:
        found = names[area] = {}
        for k in record.children(area):
            if k.level == 3:
                found[fold(k.name)] = (*found.get(fold(k.name), ()), k.code)
    return found


def _bare_kecamatan(text: str, regions: list, matcher, known: dict) -> list[Mark]:
    """"unggul di Klojen dengan 48 persen", "di wilayah Bandung Kulon": a kecamatan of the
    page's kab/kota (or of one its text names) written after a place word without
    "Kecamatan". Not a name that is also a region's ("Kecamatan Tuban" of Kabupaten Tuban,
    "Batu" of Kota Batu): that one the region reading has."""
    record = matcher.record
    areas = list(dict.fromkeys(r.code for r in regions if r is not None and r.level == 2
                               and r.code))[:_AREAS]
    if record is None or not areas:
        return []
    pattern = _pattern(record, tuple(areas), matcher, known)
    if pattern is None:
        return []
    return [Mark(m.start(1), m.end(1), "lower",
                 _one_kecamatan(record, areas, m.group(1), known) or "")
            for _, m in zip(range(_MARKS), pattern.finditer(text))
            if m.group(1)[:1].isupper() and not _ITEM.match(text, m.end(1))
            and not _VENUE.search(text, max(0, m.start() - 50), m.start())]


def _pattern(record, areas: tuple[str, ...], matcher, known: dict) -> re.Pattern | None:
    """The bare-name pattern of those kab/kota's kecamatan (None: no name to look for)."""
    key = ("pattern", areas)
    if key not in known:
        names = sorted(set().union(*(_kecamatan_names(record, area, known) for area in areas))
                       - {""}, key=lambda n: (-len(n), n))
        names = [n for n in names if n.split()[0] not in _NOT_FIRST and
                 matcher.region(n) is None]
        known[key] = _place_pattern(tuple(names)) if names else None
    return known[key]


def _one_kecamatan(record, areas, written: str, names: dict) -> str | None:
    """The code of the one kecamatan of that name in the areas, unless a desa or kelurahan the
    record holds in it bears the name too ("Klojen" is a kelurahan of Kecamatan Klojen)."""
    key = fold(written)
    found = [code for area in dict.fromkeys(areas)
             for code in _kecamatan_names(record, area, names).get(key, ())]
    if len(found) != 1 or any(fold(d.name) == key for d in record.children(found[0])):
        return None
    return found[0]


@lru_cache(maxsize=64)
def _place_pattern(names: tuple[str, ...]) -> re.Pattern:
    """The names, written after a place word, whole words, on one line ("di Bandung Kulon")."""
    alternation = "|".join(r"[^\S\n]+".join(map(re.escape, n.split())) for n in names)
    # (\b(?:[Dd]i|[Ww]ilayah|[Kk]awasan|[Dd]aerah) written from the letter every place word
    # opens with, the word boundary looked behind it: the engine skips in C to those letters,
    # where a look-ahead or \b first had it try the pattern at each character of the page)
    return re.compile(r"[DdWwKk](?<!\w[DdWwKk])(?:(?<=[Dd])(?:i|aerah)|(?<=[Ww])ilayah|"
                      r"(?<=[Kk])awasan)[^\S\n]+((?i:" + alternation + r"))\b(?![^\S\n]+[A-Z])")
