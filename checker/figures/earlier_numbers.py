"""Ballot numbers on a page that never says 2024, whose own pairs are not the record's (issue 10,
election; blind run 7: the Pilkada Mamuju 2020 plenary, "pasangan nomor urut dua, Habsi Wahid
bersama Irwan SP Pababari meraih 67.029 suara", read as 2024's pair 2 Ado Mas'ud-Damris; the
Pilwalkot Baubau 2018 one, "paslon nomor urut 3 ..., Wa Ode Maasra Manarfa-Ikhsan Ismail").

Every Pilkada draws its own numbers. A page without a year of its own (address, meta, text) is
read as the record's election by default, and its "nomor urut 2" as the record's pair 2. The
page's own roster can say otherwise:
- it names, in the same race, a pair that stood in 2024 with another running mate (already held
  `other_election`: Collector.reformed, written_pairs): the page's pairs are another election's,
  and so is every figure of that race the page gives a pair by number only;
- the pair it writes beside the figure names nobody of the record and shares no member's word
  with the record's pair of that number: the page's pair 2 is someone else.
Either way the figure is held (unverifiable, with the reason) rather than compared with the
wrong election's pair. And where that race's roster on the page holds, beside the pair of the
other running mate, a pair the record does not know at all (written member by member), the
roster is another round's whole: a pair the record holds by name too is that round's, it stood
again with the same mate (blind hunt 23: KPU Kotawaringin Timur's 2020 plenary, no year on the
page, four pairs, "Halikinnor-Irawati memperoleh 56.536 suara" read as 2024's pair 1). A page
dated 2024 or later, or writing such a year, keeps its numbers: there a name the record does
not know is a nickname ("Melki-Johni"). A page whose only 2024 is an election announced to come
(written_years) is no such page. There the roster may also be written by number ("pasangan
calon petahana nomor urut satu Lukas Enembe-Klemen Tinal kalah dari paslon nomor dua John Wempi
Wetipo-Habel Melkias Suwae", Pilgub Papua 2018, blind hunt 26) with the figures given by number
only ("paslon nomor satu sebanyak 140.659 atau 46.53 persen"): where every number of a race the
page writes a pair beside (two or more) is a pair that names nobody of the record's pair of that
number, the roster is another round's, and so is every figure of that race, its progress too.
One such numbered pair is enough for the figures the page gives by number only: Merdeka's
Panwas count of the 2015 Indragiri Hulu race by kecamatan (corpus, no year on the page) writes
"nomor urut 2, Yopi Arianto-Khairizal" once and tabulates "Nomor Urut 1 | Nomor Urut 2"; its
columns were 2024's pairs 1 and 2. (A figure beside a name of its own is left to that name.)
Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.figures.written_pairs import NAME
from checker.models import Claim

__all__ = ["hold_earlier_numbers"]

_PAIRED = ("votes", "share")
_NAMING = (None, "lower_level", "region_unclear")
_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
# "nomor urut satu Lukas Enembe-Klemen Tinal", "paslon nomor 2, Ado Mas'ud-Damris": a number
# and the pair written right after it, member by member.
_NUMBERED = re.compile(r"\b[Nn]omor\s+(?:urut\s+)?(satu|dua|tiga|empat|lima|enam|0?[1-9])\b"
                       rf"[\s,:]*+({NAME}\s*+[-\u2013\u2014/]\s*+{NAME})")


def _race_key(claim: Claim) -> tuple[str | None, str | None]:
    return claim.race_kind, "" if claim.race_kind == "president" else claim.race_region


def _pair_of(claim: Claim, record):
    """The record's pair the claim's id, or else its ballot number, gives (as compare does)."""
    kind, region = _race_key(claim)
    race = record.race_for(claim.election, kind, region) if kind and region is not None else None
    if race is None:
        return None
    for candidate in record.candidates_of(race):
        if candidate.id == claim.candidate_id or \
                claim.candidate_id is None and candidate.nomor_urut == claim.nomor_urut:
            return candidate
    return None


def _names(out, written: str | None, found) -> bool:
    """Does the name the page wrote for the figure name `found` (a word of each member it
    writes, an alias, or the matcher's own reading of it: written_pairs)? Nothing written, or
    the record's name filled in for a number, names nobody."""
    if not written or written == found.name:
        return False
    return out.mates.names(written, found) or \
        out.candidate(found.race.region, found.race.kind, None, written) == found


def _written(claim: Claim, out) -> bool:
    """Does the page write a name of its own beside the claim (not the record's, filled in)?"""
    found = _pair_of(claim, out.record)
    return bool(claim.candidate_name) and (found is None or claim.candidate_name != found.name)


def _numbered(text: str) -> dict[int, list[str]]:
    """The pairs the page writes right after a ballot number, by number."""
    found: dict[int, list[str]] = {}
    for match in _NUMBERED.finditer(text):
        word = match.group(1).lower()
        found.setdefault(_WORDS.get(word) or int(word), []).append(match.group(2))
    return found


def _numbered_elsewhere(claims: list[Claim], out, numbered: dict) -> set:
    """The races (_race_key) whose every numbered pair the page writes names nobody of the
    record's pair of that number: another round's roster."""
    if not numbered:
        return set()
    races = {}
    for claim in claims:
        if claim.kind in _PAIRED and claim.hold is None and claim.election is not None and \
                claim.nomor_urut is not None and (found := _pair_of(claim, out.record)):
            races.setdefault(_race_key(claim), found.race)
    other = set()
    for key, race in races.items():
        pairs = {c.nomor_urut: c for c in out.record.candidates_of(race)}
        if all(n in pairs and not any(_names(out, w, pairs[n]) for w in written)
               for n, written in numbered.items()):
            other.add(key)
    return other


def hold_earlier_numbers(claims: list[Claim], out) -> list[Claim]:
    """`claims`, those whose pair only a ballot number of another election's roster gave held
    (see the module's doc)."""
    if not out.no_2024 or out.record is None:
        return claims
    numbered = _numbered(out.mates._text())
    if elsewhere := _numbered_elsewhere(claims, out, numbered):
        # One numbered pair written: the figures given by number only (a table's column) are
        # that roster's (the 2015 Inhu count by kecamatan, corpus); a figure the page writes a
        # name beside is told by its own name below (candidate_unknown, Mamuju 2020).
        claims = [replace(c, hold="other_election", candidate_id=None, election=None,
                          candidate_name=None if c.candidate_id else c.candidate_name)
                  if c.hold is None and _race_key(c) in elsewhere and (
                      len(numbered) > 1 or not _written(c, out)) else c for c in claims]
    earlier = {_race_key(c) for c in claims if c.hold == "other_election" and
               c.election is None and c.candidate_id is None and bool(c.candidate_name) and
               len(out.mates.members(c.candidate_name)) == 2}  # a pair written member by member
    # ... and beside it a pair nobody of the record is: the whole roster is that round's
    # (a kecamatan's figure held as such names its pair all the same)
    whole = earlier & {_race_key(c) for c in claims if c.kind in _PAIRED and c.hold in _NAMING and
                       c.election is not None and c.candidate_id is None and
                       c.candidate_name and len(out.mates.members(c.candidate_name)) == 2 and
                       _pair_of(c, out.record) is None}
    if whole:
        claims = _whole_roster(claims, whole)
    held = []
    for claim in claims:
        found = _pair_of(claim, out.record) if claim.kind in _PAIRED and claim.hold is None \
            and claim.election is not None and (claim.candidate_id or claim.nomor_urut) else None
        if found is None or _names(out, claim.candidate_name, found) and \
                _race_key(claim) not in whole:
            held.append(claim)
            continue
        if _race_key(claim) in earlier:
            reason = "other_election"  # the page's roster is another election's
        elif claim.candidate_name and claim.candidate_name != found.name:
            reason = "candidate_unknown"  # the page's pair of that number is someone else
        else:
            held.append(claim)  # a bare number, nothing on the page against it
            continue
        held.append(replace(claim, hold=reason, candidate_id=None, election=None if
                            reason == "other_election" else claim.election, candidate_name=(
                                None if claim.candidate_name == found.name
                                else claim.candidate_name)))
    return held


def _whole_roster(claims: list[Claim], whole: set) -> list[Claim]:
    """Every pair's figure of a race whose whole roster is another round's is that round's,
    whatever else held it (the kecamatan's counts, "lower_level"; the sum of the kecamatan,
    "region_unclear"): Posko Malut's undated 2020 Ternate recap, "Tauhid Soleman dan Jasri Usman
    (TULUS)" beside three pairs of no 2024 race, gave its figures the 2024 race. A figure of
    that kind whose race region is unknown is the same race's when the page's figures of that
    kind name no other race."""
    kinds = {kind for kind, _ in whole}
    others = {_race_key(c) for c in claims if c.kind in _PAIRED and c.race_kind in kinds and
              c.race_region is not None} - whole
    return [replace(c, hold="other_election", election=None, candidate_id=None)
            if c.kind in _PAIRED and c.election is not None and (
                _race_key(c) in whole or c.race_region is None and c.race_kind in kinds and
                not others) else c for c in claims]
