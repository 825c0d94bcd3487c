"""rules/past-candidates.yaml: the pairs of earlier elections the official record does not hold
(Pilpres 2014 and 2019, the governor races of 2017, 2018 and 2020, the mayor races of big
cities), with their ballot numbers.
A figure of one of those elections is never graded; the roster only says which pair (and
ballot number) it is about, and, for a pair named in full that stood in one past election
only, which election."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from checker.ruleset.schema import Field, RulesError, opt

__all__ = ["PAST_SHAPE", "PastPair", "PastRace", "parse_past"]

RACE_KINDS = ("governor", "president", "regent_mayor")
_REGION_DIGITS = {"governor": 2, "regent_mayor": 4}  # a province's code, a kab/kota's

PAST_SHAPE = {
    "races": Field([{
        "election": Field(str), "kind": Field(RACE_KINDS), "region": Field(str),
        "round": opt(int, 1), "source": Field(str), "single": opt(bool, False),
        "pairs": Field([{"nomor": Field(int), "name": Field(str), "names": opt([str], [])}]),
    }]),
}

# An earlier election's key: "pemilu2019", "pilkada2018" (what checker.figures.cues reads from
# the page), never one the record holds.
_KEY = re.compile(r"^(pemilu|pilkada)(19|20)\d\d$")
_RECORDED = frozenset({"pemilu2024", "pilkada2024"})


@dataclass(frozen=True)
class PastPair:
    nomor: int
    name: str                    # the pair as the press writes it, "Joko Widodo - Ma'ruf Amin"
    names: tuple[str, ...] = ()  # short forms: "Jokowi-Ma'ruf", "Rindu"


@dataclass(frozen=True)
class PastRace:
    election: str    # "pilkada2018"
    kind: str        # governor | president | regent_mayor
    region: str      # the province's two digits, a kab/kota's four; "" for the president
    round: int
    pairs: tuple[PastPair, ...]
    source: str
    single: bool = False  # one pair against the empty box (kolom kosong), which may win


def parse_past(raw: Mapping[str, Any], where: str) -> tuple[PastRace, ...]:
    """Strictly: an earlier election's key, a region of the race's size, a source with its
    address, ballot numbers 1..n once each per race and round, every pair with two members;
    a single-candidate race (`single`) lists its one pair (the empty box is no pair)."""
    races: list[PastRace] = []
    seen: set[tuple] = set()
    for index, entry in enumerate(raw["races"]):
        at = f"{where}.races[{index}]"
        election, kind, region = entry["election"], entry["kind"], entry["region"]
        if not _KEY.match(election) or election in _RECORDED:
            raise RulesError(f"{at}.election: {election!r} is not an earlier election's key")
        if (kind == "president") != election.startswith("pemilu"):
            raise RulesError(f"{at}: a {kind} race is not in {election}")
        if (kind == "president" and region) or kind != "president" and \
                not (len(region) == _REGION_DIGITS[kind] and region.isdigit()):
            raise RulesError(f"{at}.region: {region!r} is not a {kind} race's region code")
        if "http" not in entry["source"]:
            raise RulesError(f"{at}.source: give the address of the page that states the "
                             "ballot numbers")
        key = (election, kind, region, entry["round"])
        if key in seen:
            raise RulesError(f"{at}: race listed twice")
        seen.add(key)
        pairs = []
        for p_index, pair in enumerate(entry["pairs"]):
            if " - " not in pair["name"]:
                raise RulesError(f"{at}.pairs[{p_index}].name: write the pair's two members "
                                 "as 'Name - Name'")
            pairs.append(PastPair(pair["nomor"], pair["name"], tuple(pair["names"])))
        numbers = sorted(p.nomor for p in pairs)
        if entry["single"] and len(pairs) != 1:
            raise RulesError(f"{at}.pairs: a single-candidate race lists its one pair")
        if len(pairs) < (1 if entry["single"] else 2) or len(set(numbers)) != len(numbers) or \
                numbers[0] < 1:
            raise RulesError(f"{at}.pairs: two or more pairs, each with its own ballot number "
                             "(or `single: true` and one pair)")
        races.append(PastRace(election, kind, region, entry["round"], tuple(pairs),
                              entry["source"], entry["single"]))
    return tuple(races)
