"""The official record as the pure core sees it: frozen values and a read-only, in-memory
index (MemoryRecord; lookup.StoreRecord answers the same queries from the store on demand). It is built at the edge (from the SQLite store or from test data) and
passed in through Context.official; nothing here touches files, clocks or networks.

Vocabulary
- election: "pilkada2024" | "pemilu2024"
- race kind: "governor" (Sirekap pkwkp), "regent_mayor" (pkwkk; the API does not separate
  bupati from walikota), "president" (ppwp)
- a race is one contest: (election, kind, race_region) — the DKI governor race is
  ("pilkada2024", "governor", "31"); the presidential race is ("pemilu2024", "president", "").
- an area is where votes were counted: the race region itself or any region nested in it
  (codes nest by prefix: province 2 digits, kab/kota 4, kecamatan 6, desa 10, TPS 13).
- tier: "sirekap" (digitised C1 photos, provisional) or "rekap" (plenary recapitulation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from datetime import datetime
from decimal import Decimal
from typing import Iterable, Mapping

from checker.models import quick_init

__all__ = ["Candidate", "MemoryRecord", "Race", "RaceIndex", "Region", "Result", "TIERS"]

TIERS = ("rekap", "sirekap")  # preference order: the plenary result is the legal one


@dataclass(frozen=True)
class Region:
    code: str          # "31", "3171", ...; "" is the whole country
    name: str          # as Sirekap spells it ("DKI JAKARTA", "KOTA JAKARTA PUSAT")
    level: int         # 0 national, 1 province, 2 kab/kota, 3 kecamatan, 4 desa, 5 TPS
    parent: str | None


@dataclass(frozen=True)
class Race:
    election: str
    kind: str
    region: str        # the race's own region code ("" for national)

    # Races key the record's dicts (pairs, results by race and area) and are looked up
    # thousands of times a page: the generated __hash__ built a tuple each time (issue 11).
    # Kept out of the fields (equality, repr, codec) and out of a pickle (a string's hash
    # differs between processes).
    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.election, self.kind, self.region)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self):
        return Race, (self.election, self.kind, self.region)

    @property
    def key(self) -> str:
        return f"{self.election}/{self.kind}/{self.region or '0'}"

    def area_of(self, code: str | None) -> str:
        """Where a figure with region `code` was counted in this race: the race region, or an
        area inside it (a kab/kota of a governor race, a Pilpres province)."""
        return code if code and code != self.region and code.startswith(self.region) else \
            self.region


@dataclass(frozen=True)
class Candidate:
    race: Race
    id: str            # Sirekap's id ("1000025")
    nomor_urut: int    # ballot number
    name: str          # as KPU writes it, titles included ("Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - ...")
    is_empty_box: bool = False  # "KOLOM KOSONG": the empty box of a single-candidate race


@quick_init
@dataclass(frozen=True)
class Result:
    """One tier's figures for one race in one area at one time."""

    race: Race
    area: str                          # region code the votes were counted in
    tier: str                          # sirekap | rekap
    as_of: datetime                    # aware (Sirekap timestamps are WIB)
    votes: Mapping[str, int]           # candidate id -> votes
    progress_done: int | None = None   # TPS whose forms are in
    progress_total: int | None = None
    progress_percent: Decimal | None = None  # when only a percentage is published (Pemilu)
    source: str = ""                   # URL or citation

    # The record's results outlive the pages: a check asks a reading's total and shares again
    # for every figure and every step (compare, copied readings, own totals), so each is
    # worked out once per Result (its votes are never changed once it is built).
    @cached_property
    def total(self) -> int:
        return sum(self.votes.values())

    def share(self, candidate_id: str) -> Decimal | None:
        """A candidate's share of all candidate votes, in percent (the way pages compute it)."""
        shares = self.__dict__.get("_shares")
        if shares is None:
            shares = self.__dict__["_shares"] = {}
        elif candidate_id in shares:
            return shares[candidate_id]
        total = self.total
        share = None if not total or candidate_id not in self.votes else \
            Decimal(self.votes[candidate_id]) * 100 / Decimal(total)
        shares[candidate_id] = share
        return share

    @property
    def progress(self) -> Decimal | None:
        if self.progress_total:
            return Decimal(self.progress_done or 0) * 100 / Decimal(self.progress_total)
        return self.progress_percent


class RaceIndex:
    """Races and their pairs, from a `candidates` mapping (race -> pairs) that both records
    hold in memory: the in-memory test record and the store's on-demand one."""

    candidates: Mapping[Race, tuple[Candidate, ...]]

    def races(self, election: str | None = None, kind: str | None = None) -> list[Race]:
        return [r for r in self.candidates
                if (election is None or r.election == election) and (kind is None or r.kind == kind)]

    def race_for(self, election: str, kind: str, region: str) -> Race | None:
        """The record's own Race object: every look-up keyed on it after (pairs, results)
        then finds its key by identity, not by comparing fields."""
        own = self.__dict__.get("_own_races")
        if own is None or own[0] is not self.candidates or own[1] != len(self.candidates):
            own = (self.candidates, len(self.candidates), {
                (r.election, r.kind, r.region): r for r in self.candidates})
            self.__dict__["_own_races"] = own
        return own[2].get((election, kind, region))

    def candidates_of(self, race: Race) -> tuple[Candidate, ...]:
        return self.candidates.get(race, ())


@dataclass
class MemoryRecord(RaceIndex):
    """A read-only index over regions, races, candidates and results. Build it once with
    `add_*` at the edge; the core only calls the query methods."""

    regions: dict[str, Region] = field(default_factory=dict)
    candidates: dict[Race, tuple[Candidate, ...]] = field(default_factory=dict)
    results: dict[tuple[Race, str], list[Result]] = field(default_factory=dict)
    # code -> every spelling the elections used (SOURCES.md: names differ between elections)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # -- building (edge only) --------------------------------------------------------------
    def add_region(self, region: Region) -> None:
        self.regions[region.code] = region

    def add_candidates(self, race: Race, candidates: Iterable[Candidate]) -> None:
        self.candidates[race] = tuple(sorted(candidates, key=lambda c: c.nomor_urut))

    def add_result(self, result: Result) -> None:
        self.results.setdefault((result.race, result.area), []).append(result)

    # -- queries (pure) --------------------------------------------------------------------
    def region(self, code: str) -> Region | None:
        return self.regions.get(code)

    def names_of(self, code: str) -> tuple[str, ...]:
        """Every known spelling of a region's name: its display name first, then the
        spellings of each election (tidied), without repeats."""
        region = self.regions.get(code)
        first = (region.name,) if region else ()
        return tuple(dict.fromkeys(first + self.aliases.get(code, ())))

    def children(self, code: str) -> tuple[Region, ...]:
        """The regions directly inside `code` (a kecamatan's desa, a desa's TPS), by code."""
        return tuple(sorted((r for r in self.regions.values() if r.parent == code),
                            key=lambda r: r.code))

    def results_for(self, race: Race, area: str | None = None) -> list[Result]:
        """Every result for the race in `area` (default: the race region), newest first."""
        found = self.results.get((race, race.region if area is None else area), [])
        return sorted(found, key=lambda r: r.as_of, reverse=True)

    def best(self, race: Race, area: str | None = None, tier: str | None = None,
             before: datetime | None = None) -> Result | None:
        """The figure to compare against: the plenary tier where it exists, else the newest
        Sirekap result (optionally the newest at or before `before`)."""
        for wanted in ((tier,) if tier else TIERS):
            for result in self.results_for(race, area):
                if result.tier == wanted and (before is None or result.as_of <= before):
                    return result
        return None
