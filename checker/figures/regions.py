"""Region names as pages write them -> the official record's regions.

Names match after normalisation and the aliases of rules/figures.yaml and rules/regions.yaml:
"Jatim", "DKI", "Kota Adm. Jakarta Pusat" -> KOTA JAKARTA PUSAT, "Kab. Bogor" -> BOGOR (Sirekap
writes kabupaten without a prefix, cities with "KOTA"), "Pulau Seribu" (name_forms). Only
provinces and kab/kota match by name: deeper names repeat across the country."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, count

from checker.figures.joined_names import names_kecamatan
from checker.figures.name_forms import written_forms
from checker.figures.ppln_cities import ppln_cities, ppln_full_names
from checker.figures.region_words import _title_case, _whole_line, country_end, fold, scan_words
from checker.models import quick_init
from checker.official.model import MemoryRecord
from checker.ruleset.figures import FigureRules

__all__ = ["CHANNEL_NEXT", "RegionHit", "RegionIndex", "fold", "kecamatans_named", "scan_words"]

_MAX_NGRAM = 6
_CACHE_SIZE = 4096
_KEPT_TEXT = 1000  # characters: a shorter text's mentions are kept (_cache)
_WORD = re.compile(r"\S+")
_BREAK = re.compile(r"[\n:;,]")
# "Pilkada Kebumen 2020": the local race of the kab/kota named right after the word (it is no
# race kind: "Pilkada" is a governor's race as well as a regent's). A name of a kabupaten and
# a city ("Pilkada Bogor") is either: the figure's pair may say which (collect.py).
_LOCAL_RACE = "pilkada"
# Words after which a capitalised kab/kota name is a place: "di Garut", "di wilayah Garut",
# "warga Garut", "Untuk Garut, ...", "612.345 suara dari Garut" (a bare kabupaten name
# elsewhere may be a word or a name: "berasal dari Tuban" is a person's origin).
# A list item's place: a name right before its figure ("Sidoarjo 612.345 suara, Gresik ...",
# "Sidoarjo (55,2%)"), a count with separators or a share, not a year ("Demak 2024").
_FIGURE_NEXT = re.compile(r"[^\S\n]*[:(]?[^\S\n]*\d{1,3}(?:[.,]\d+)+")
_PLACE_WORDS = frozenset({"di", "in", "wilayah", "daerah", "kawasan", "warga", "masyarakat",
                          "pemilih", "untuk", "ppln"})
# A PPLN city and then its country: "Abu Dhabi, UEA", "Baghdad (Irak)".
_COUNTRY_NEXT = re.compile(r"[^\S\n]*[,(][^\S\n]*[A-Z]")
# A name written right before "TV" is a channel's ("di Metro TV" is no Kota Metro; blind 35).
CHANNEL_NEXT = re.compile(r"[^\S\n]+TV\b", re.IGNORECASE)


def _placed(hit: RegionHit, start: int, end: int, line: bool) -> RegionHit:
    """dataclasses.replace(hit, start=start, end=end, line=line), at a third of its cost."""
    return RegionHit(hit.code, hit.name, hit.level, start, end, line, hit.options)


def _is_city(code: str) -> bool:
    """A kota's BPS code: its kab/kota part is 71-99 ("3273" KOTA BANDUNG)."""
    return len(code) == 4 and code[2] in "789"


@quick_init
@dataclass(frozen=True)
class RegionHit:
    """A region a page names. code is None without an official record (or when ambiguous)."""

    code: str | None
    name: str          # the official name, or as written when there is no record
    level: int | None  # 1 province, 2 kab/kota, None unknown
    start: int = 0
    end: int = 0
    line: bool = False  # the name is a whole line: a heading or a card's title
    # A name of several regions ("Bogor": Kabupaten or Kota Bogor; "Malang Raya"): code is
    # None and these are the regions it may be; the figure's pair may say which (collect.py).
    options: tuple[str, ...] = ()
    race: bool = False  # named as a race's ("Untuk Pilgub Jawa Barat, ..."): places.race_named


class RegionIndex:
    """Region lookup for one official record (or none: then the page's words are kept)."""

    def __init__(self, record: MemoryRecord | None, rules: FigureRules) -> None:
        self.record, self.rules = record, rules
        self._cache: dict[tuple, object] = {}
        self._prefixes = {kind: sorted((tuple(fold(w).split()) for w in words), key=len,
                                       reverse=True)
                          for kind, words in rules.region_prefixes.items()}
        self._region_index()

    def _remember(self, key: tuple, value: object) -> None:
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = value

    def _region_index(self) -> None:
        # key (folded words) -> codes; provinces and kab/kota only: deeper names repeat.
        self._names: dict[str, set[str]] = {}
        self._city_base: dict[str, set[str]] = {}
        self._alias_level: dict[str, int] = {}
        regions = self.record.regions.values() if self.record else ()
        for region in regions:
            if region.level not in (1, 2):
                continue
            key = fold(region.name)
            if key.startswith("kab "):
                key = key[4:]  # the record's "KAB PEGUNUNGAN BINTANG"
            # BPS splits what pages write as one word: "KOTA TANJUNG PINANG" is Tanjungpinang,
            # "MUKO MUKO" Mukomuko (corpus-f), "TOLI TOLI" Tolitoli. The joined form names it too.
            city = key.startswith("kota ")
            joined = "kota " * city + key[5 * city:].replace(" ", "") \
                if region.level == 2 else key
            for form in {key, joined}:
                self._names.setdefault(form, set()).add(region.code)
                if region.level == 2 and city:
                    self._city_base.setdefault(form[5:], set()).add(region.code)
        cities = ppln_cities(regions, self._names)  # "di Athena", "PPLN Manila"
        self._names.update(cities)
        self._cities = set(cities)
        self._abroad_full = ppln_full_names(regions)  # "Kuala Lumpur, Malaysia"
        for code, aliases in self.rules.region_aliases.items():
            for alias in aliases:
                if self.record is None or code in self.record.regions:
                    self._names.setdefault(fold(alias), set()).add(code)
                self._alias_level[fold(alias)] = 1 if len(code) == 2 else 2
        # Names of several places (rules/regions.yaml groups): never one region.
        self._groups = {fold(name): tuple(c for c in codes
                                          if self.record is None or c in self.record.regions)
                        for name, codes in self.rules.region_groups.items()}
        self._prefix_only = frozenset(fold(w) for w in self.rules.region_prefix_only) | \
            written_forms(regions, self.rules, self._names, self._alias_level, self._groups)
        # Text scanning: n-grams that are a region on their own, and ones that need a prefix.
        self._mention: dict[str, str] = {}   # folded n-gram -> "strong" | "prefixed"
        # Sorted: the order decides which spelling a squashed name maps to (below), and a
        # set's order of strings changes with every process's hash seed.
        for key in sorted(self._names.keys() | self._alias_level.keys() | self._groups.keys()):
            codes = self._names.get(key, ())
            alias = (key in self._alias_level or key in self._groups) and \
                key not in self._prefix_only
            level1 = any(len(c) == 2 for c in codes) or self._alias_level.get(key) == 1
            self._mention[key] = "strong" if (alias or level1 or key.startswith("kota ")) \
                and key not in self._prefix_only else "prefixed"
        for key in self._city_base:
            self._mention.setdefault(key, "prefixed")
        self._first_words = {key.split()[0] for key in self._mention if key}
        # A name split or joined unlike the record ("Gunung Sitoli" for KOTA GUNUNGSITOLI,
        # "Bukit Tinggi", "Kota Waringin Timur"): matched by its letters without spaces, when
        # those name one region.
        squashed: dict[str, str] = {}
        clash = set()
        for key in self._mention:
            base = key[5:] if key.startswith("kota ") and key[5:] in self._city_base else key
            for form in dict.fromkeys((base, key)):  # "Banjar Baru", "Kota Banjar Baru"
                have = squashed.setdefault(form.replace(" ", ""), form)
                if have != form and self._codes_of(have) != self._codes_of(form):
                    clash.add(form.replace(" ", ""))
        self._squashed = {sq: base for sq, base in squashed.items() if sq not in clash}
        # The words such a split name may open with: the head of a name's long first word
        # ("bukit" of "bukittinggi", "labuhan" of "labuhanbatu utara": "Labuhan Batu Utara"
        # is three words where the record's name has two).
        self._squash_starts = {first[:k] for base in self._squashed.values()
                               if len(first := base.split()[0]) >= 8
                               for k in range(4, len(first) - 3)}
        self._opening = self._first_words | self._squash_starts  # one set test per word
        # The most words a name opening with a given word has: longer n-grams are not tried.
        self._longest: dict[str, int] = {}
        for key in self._mention:
            if key:
                first, size = key.split()[0], len(key.split())
                self._longest[first] = max(self._longest.get(first, 0), size)
        self._prefix_ends = {p[-1] for kind in self._prefixes.values() for p in kind}
        regency_races = {fold(w) for w in self.rules.regency_race_words}
        city_races = {fold(w) for w in self.rules.city_race_words}
        self._race_words = ({fold(w) for ws in self.rules.race_words.values() for w in ws}
                            | regency_races | city_races, city_races, regency_races)

    def _codes_of(self, key: str) -> set[str]:
        return self._names.get(key) or self._city_base.get(key) or set(self._groups.get(key, ()))

    def _strip_prefix(self, words: list[str]) -> tuple[str | None, list[str]]:
        for kind in ("city", "regency", "province"):
            for prefix in self._prefixes[kind]:
                if len(words) > len(prefix) and tuple(words[:len(prefix)]) == prefix:
                    return kind, words[len(prefix):]
        return None, words

    def region(self, written: str) -> RegionHit | None:
        """"Jabar", "Provinsi Jawa Barat", "Kab. Bogor", "Kota Adm. Jakarta Pusat" -> a hit;
        None when unknown or ambiguous ("Bekasi" is both a kabupaten and, with Kota, a city:
        bare, the kabupaten, the way Sirekap writes it)."""
        key = ("region", written)
        if key not in self._cache:
            self._remember(key, self._region(written))
        return self._cache[key]  # type: ignore[return-value]

    def _region(self, written: str) -> RegionHit | None:
        words = fold(written).split()
        if not words or len(words) > 8:
            return None
        kind, rest = self._strip_prefix(words)
        base = " ".join(rest)
        if base not in self._names and base not in self._city_base and " " in base:
            base = self._squashed.get(base.replace(" ", ""), base)  # "Gunung Sitoli"
        if kind is None and base in self._groups:
            return RegionHit(None, " ".join(written.split()), None,
                             options=self._groups[base]) if self._groups[base] else None
        if kind == "city":
            # a city's own name, or a short form or spelling of it ("Kota Palangka Raya")
            codes = self._names.get("kota " + base, set()) or self._city_base.get(base, set()) \
                or {c for c in self._names.get(base, ()) if _is_city(c)}
        elif kind == "regency":
            codes = {c for c in self._names.get(base, ()) if len(c) == 4 and not _is_city(c)}
        elif kind == "province":
            codes = {c for c in self._names.get(base, ()) if len(c) == 2}
        else:
            # A bare name: the province of that name ("Bengkulu", "Gorontalo"), else every
            # kab/kota it may be ("Bogor": Kabupaten and Kota Bogor, the page does not say).
            found = self._names.get(base, set())
            codes = {c for c in found if len(c) == 2} or \
                {c for c in found if len(c) == 4} | self._city_base.get(base, set())
        if self.record is None:
            level = {"city": 2, "regency": 2, "province": 1}.get(kind or "",
                                                             self._alias_level.get(base))
            known = base in self._alias_level or kind is not None
            return RegionHit(None, " ".join(written.split()), level) if known else None
        if len(codes) > 1 and kind is None and all(len(c) == 4 for c in codes):
            return RegionHit(None, " ".join(written.split()), 2, options=tuple(sorted(codes)))
        if len(codes) != 1:
            return None
        code = next(iter(codes))
        region = self.record.regions[code]
        return RegionHit(code, region.name, region.level)

    def _prefix_before(self, folded: list[str], i: int) -> tuple[str | None, int]:
        """The region prefix ("Kota Adm.", "Kab.") right before word i: (kind, its start)."""
        for kind in ("city", "regency", "province"):
            for prefix in self._prefixes[kind]:
                n = len(prefix)
                if i >= n and tuple(folded[i - n:i]) == prefix:
                    return kind, i - n
        return None, i

    def _alias_inside(self, folded: list[str], i: int, n: int) -> bool:
        return any(self._mention.get(" ".join(f for f in folded[i:i + m] if f)) == "strong"
                   for m in range(1, n))

    def bare_parts(self, run: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
        """The parts of a run of capitalised words that are bare kab/kota names: (start, end
        in `run`, bare_codes), longest first, then left to right ("Tanah Datar" before
        "Tanah"). Kept per run: the same runs come back before figure after figure."""
        known = self._cache.get(("bare parts", run))
        if known is None:
            words = [(m.start(), m.end()) for m in _WORD.finditer(run)]
            known = tuple((words[first][0], words[first + size - 1][1], codes)
                          for size in range(len(words), 0, -1)
                          for first in range(len(words) - size + 1)
                          if (codes := self.bare_codes(
                              run[words[first][0]:words[first + size - 1][1]])))
            self._remember(("bare parts", run), known)
        return known  # type: ignore[return-value]

    def bare_codes(self, written: str) -> tuple[str, ...]:
        """The kab/kota a name may be that region_mentions accepts only as a place
        ("Bukittinggi" without "Kota"): () for any other words, an alias like a plain word
        ("Tuba"), a province's name."""
        # Asked for every run of capitalised words before every figure (bare_names): the
        # same few words again and again, so kept (the 1,500-figure nested headings page
        # asked 107,604 times; _remember bounds the cache).
        known = self._cache.get(("bare", written))
        if known is not None:
            return known  # type: ignore[return-value]
        key = fold(written)
        key = key if key in self._mention else self._squashed.get(key.replace(" ", ""), key)
        codes: tuple[str, ...] = () if self._mention.get(key) != "prefixed" or \
            key in self._prefix_only else \
            tuple(sorted(c for c in self._codes_of(key) if len(c) == 4))
        self._remember(("bare", written), codes)
        return codes

    def region_mentions(self, text: str, limit: int = 200) -> list[RegionHit]:
        """Regions named in running text, in order. Province names and aliases count anywhere;
        a bare kabupaten name ("Bogor") only after its prefix or a race word ("Pilbup Bogor").
        Without a record, "Kabupaten/Kota X" is taken as written (X: capitalised words)."""
        if len(text) < _KEPT_TEXT:  # a sentence or heading the gate, the page scope and the
            key = ("mentions", text, limit)  # headings each scan: once (a third were repeats)
            if (kept := self._cache.get(key)) is None:  # (one get: a thread may clear it)
                kept = tuple(self._mentions(text, limit))
                self._remember(key, kept)
            return list(kept)  # type: ignore[call-overload]
        return self._mentions(text, limit)

    def _mentions(self, text: str, limit: int) -> list[RegionHit]:
        # Only a word that can open a region name (or, without a record, follows a prefix)
        # is looked at; every word is folded at C speed (_scan): this used to be a Python
        # call per word of the page, several times per page (issue 12).
        words, folded = scan_words(text)
        # Word k is raw[k], from offsets[2k] to offsets[2k + 1] (_Words): read in place, with
        # no tuple per look (a tenth of the scan), and a hit placed with its constructor, not
        # dataclasses.replace (a fifth: 140 hits on a 20 KB news page).
        raw, offsets = words.raw, words.offsets
        races, city_races, regency_races = self._race_words
        prefix_ends, mention, squashed = self._prefix_ends, self._mention, self._squashed
        if self.record is None:
            starts = [i for i, f in enumerate(folded) if f in self._first_words
                      or (i > 0 and folded[i - 1] in prefix_ends)]
        else:
            starts = list(compress(count(), map(self._opening.__contains__, folded)))
        hits: list[RegionHit] = []
        after = 0  # the first word not inside a region already found
        for i in starts:
            if i < after:
                continue
            if len(hits) >= limit:
                break
            prefixed = i > 0 and folded[i - 1] in prefix_ends
            kind, start = self._prefix_before(folded, i) if prefixed else (None, i)
            at = offsets[2 * i]  # where word i starts; `begin`, where the name does (a prefix)
            begin = offsets[2 * start]
            if kind and _BREAK.search(text, begin, at):
                kind, start, begin = None, i, at  # "tingkat kota/kabupaten:\nKepulauan Seribu"
            found = None
            # A key joins the non-empty folded words: with `empty` of them folded to nothing
            # ("'"), n words make a key of at least n - empty words; none is longer than
            # _longest (a word that opens no name: the prefixed case, every length).
            empty = folded[i:i + _MAX_NGRAM].count("")
            longest = self._longest.get(folded[i], _MAX_NGRAM) + empty
            if folded[i] in self._squash_starts:
                longest = max(longest, 3 + empty)  # "Banjar Baru", "Kota Waringin Timur"
            for n in range(min(_MAX_NGRAM, len(raw) - i, longest), 0, -1):
                # (no word folded to nothing in reach, the usual case: a plain join)
                key = " ".join(folded[i:i + n]) if not empty else \
                    " ".join(f for f in folded[i:i + n] if f)
                strength = mention.get(key)
                if strength is None and n > 1:
                    key = squashed.get(key.replace(" ", ""), key)
                    strength = mention.get(key)
                if strength is None:
                    continue
                end = offsets[2 * (i + n) - 1]  # the end of word i + n - 1
                if n > 1 and "\n" in text[at:end]:
                    continue  # "... 15 Kabupaten/Kota\nBandar Lampung (Lampost.co) —": two lines
                if CHANNEL_NEXT.match(text, end):
                    continue
                whole_line = _whole_line(text, begin, country_end(text, end)
                                         if key in self._cities else end)  # "Abu Dhabi, UEA"
                # "di Garut": a place. Not a name of a kabupaten and a city ("di Bogor"):
                # either, and as often the venue ("Di Semarang, KPU Jateng menetapkan ..."),
                # which would leave the province's figures after it without an area.
                if strength == "prefixed" and not kind and key not in self._prefix_only and \
                        (whole_line or
                         (i > 0 and (folded[i - 1] in _PLACE_WORDS or folded[i - 1] == "dari"
                                     and i > 1 and folded[i - 2] == "suara")
                          or _FIGURE_NEXT.match(text, end) is not None
                          or key in self._cities and _COUNTRY_NEXT.match(text, end)
                          or key in self._abroad_full)
                         and raw[i][:1].isupper()
                         and not (key in self._city_base and key in self._names)
                         and not _title_case(text, at)
                         or self._alias_inside(folded, i, n)
                         or _whole_line(text, begin, end, True)):
                    # "Jakarta Utara" on its own line (a heading, a card), after "di" ("Di
                    # Kutai Barat, ...": a place; not a name that is also a city's, "di
                    # Bogor"), or where a shorter part is a province alias ("Jakarta"): the
                    # kab/kota it names, never the province (issue 10: the per-city figures of a
                    # DKI rekap were read as DKI's); a name of a kabupaten and a city ("di
                    # Bogor") is either: an area the figure's pair may settle, or none.
                    hit = self.region(text[at:end])
                    if hit is not None:
                        found = (_placed(hit, begin, end, whole_line), n)
                        break
                if strength == "strong" or kind or (i > 0 and folded[i - 1] in races) or \
                        (i > 0 and folded[i - 1] == _LOCAL_RACE):
                    # A mayor's race word names the city, a regent's the kabupaten ("Pilbup
                    # Gorontalo" is no province, "Bupati Malang" no city).
                    before = folded[i - 1] if i > 0 and not kind else ""
                    hit = (kind and self.region(text[begin:end])) \
                        or (before in city_races and self.region("kota " + text[at:end])) \
                        or (before in regency_races
                            and self.region("kabupaten " + text[at:end])) \
                        or self.region(text[at:end])
                    if hit is not None:
                        found = (_placed(hit, begin, end, whole_line), n)
                        break
            if found is None and kind and self.record is None:
                n = 0
                while n < 3 and i + n < len(raw) and raw[i + n][:1].isupper():
                    n += 1
                if n:
                    end = offsets[2 * (i + n) - 1]
                    written = text[begin:end].rstrip(".")
                    found = (RegionHit(None, written, 1 if kind == "province" else 2,
                                       begin, end), n)
            if found:
                hits.append(found[0])
                after = i + found[1]
            else:
                after = i + 1
        return hits


def kecamatans_named(record, area: str, name: str) -> list:
    """The record's kecamatan of `area` (a kab/kota, or a province's) that `name` names."""
    key, kabs = fold(name), [area] if len(area) == 4 else \
        [r.code for r in record.children(area) if r.level == 2][:60]
    return [k for kab in kabs for k in record.children(kab)
            if names_kecamatan(record, kab, k.name, key)]
