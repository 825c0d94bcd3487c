"""What every claim reader shares: the Scope a figure is read in (election, race, region,
basis, time) and the Collector that resolves a figure's pair and region against the record and
keeps each claim once, within the page's bounds. The readers (from_json, from_tables,
from_text, from_tps) and checker.figures.claims import this; it imports none of them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from checker.analyse.page import Page
from checker.figures.revote import is_revote, rerun
from checker.figures.cues import Cues
from checker.figures.empty_box import names_box
from checker.figures.matching import Matcher, RegionHit
from checker.figures.pair_members import by_members
from checker.figures.given_names import page_provinces, stray_given_name
from checker.figures.houses import house_area
from checker.figures.spelt_otherwise import spelt_otherwise
from checker.figures.places import pileg_election, race_area
from checker.figures.province_pairs import area_race
from checker.figures.wording import may_match, word_pattern
from checker.figures.named_option import option_pair, settled
from checker.figures.past_pairs import past_by_name, past_fill
from checker.figures.page_roster import ShortNames
from checker.figures.written_pairs import WrittenPairs
from checker.models import Claim, quick_init, replace
from checker.official.model import Candidate, MemoryRecord, Race
from checker.ruleset.figures import FigureRules

__all__ = ["Collector", "ELECTION_OF", "RECORDED", "Scope", "race_region"]

ELECTION_OF = {"governor": "pilkada2024", "regent_mayor": "pilkada2024", "president": "pemilu2024"}
# The elections the record can hold: figures of any other are read and listed, never graded.
RECORDED = frozenset(ELECTION_OF.values())


@quick_init
@dataclass(frozen=True)
class Scope:
    """What a figure is about, as far as the page says: region, race words, count type, time."""

    region: RegionHit | None = None
    kind: str | None = None
    claim_type: str | None = None
    claimed_by: str | None = None
    page_time: str | None = None
    near: bool = True  # the region was named near the figure (not paragraphs before it)
    election: str | None = None  # the election the page names for it ("pilkada2018")
    lower: bool = False  # counted at a TPS, desa/kelurahan or kecamatan, not the region named
    place: bool = False  # counted in a place the record's names do not know ("Kab. Mahulu")
    partial: bool = False  # a tally of part of the race's area ("di 34 provinsi")
    legislative: bool = False  # a DPD/DPR/DPRD race of the Pemilu (not in the record)
    senate: bool = False  # that race is the DPD's, whose area is the province
    unclear: bool = False  # no one area: a list of places, or the last named is below it
    figured: bool = False  # the region (named paragraphs before) had figures of its own
    tier: bool = False  # the lead says the count is the page's own kab/kota's ("tingkat kota")


def race_region(kind: str, code: str) -> str | None:
    """The race a figure counted in `code` belongs to: the province for a governor, the
    kab/kota for a regent or mayor, the country for the president."""
    if kind == "president":
        return ""
    size = 2 if kind == "governor" else 4
    return code[:size] if len(code) >= size else None


class Collector:
    """Builds every origin's claims the same way, drops repeats and stops at the limit."""

    def __init__(self, page: Page, matcher: Matcher, figures: FigureRules, cues: Cues,
                 scope) -> None:  # a Scope, or a function that gives it (see `scope`)
        self.page, self.matcher, self.figures, self.cues, self._scope = \
            page, matcher, figures, cues, scope
        self.record: MemoryRecord | None = matcher.record
        self.limit = figures.param("max_claims")
        self.excerpt_chars = figures.param("excerpt_chars")
        self.claims: list[Claim] = []
        self._seen: set[tuple] = set()
        self.election: str | None = None  # the one election the page's words name
        self._memo: dict[tuple, Candidate | None] = {}
        self.max_lookups = figures.param("max_name_lookups")
        self.quoted = False  # a fact-check: every figure is quoted from what it debunks
        self.unheld: frozenset[str] = frozenset()  # elections held after the page was written
        self.presidential = False  # the page speaks of the Pilpres ("capres", "pilpres")
        self.only_race: str | None = None  # the one race the page's pairs name (pilpres_pairs)
        self._reports_hoax: bool | None = None  # see attributed()
        self.short_names = ShortNames(  # the short names the page gives pairs ("... (ERA)")
            lambda: self._page_text()[:figures.param("max_text_chars")], matcher)
        self.mates = WrittenPairs(  # the pairs the page writes, its written names' members
            lambda: self._page_text()[:figures.param("max_text_chars")], matcher)
        self._text: str | None = None  # see _page_text()
        self._named_provinces: frozenset[str] | None = None  # see _provinces()
        self.no_2024 = False  # the page never says 2024 or later, nor was written then

    @cached_property
    def scope(self) -> Scope:
        """The page's (claims._page_scope), built at a reader's first ask: a page of no figure
        (no digit, no election's words) never pays for it, a third of its check (issue 12)."""
        return self._scope() if callable(self._scope) else self._scope

    def reformed(self, written: str | None) -> bool:
        """On a page that never says 2024, a written pair one of whose members stood in 2024
        with someone else is another election's (Matcher.reformed). Where the page says 2024
        it is more likely a nickname the record does not know ("Melki-Johni")."""
        return self.no_2024 and self.matcher.reformed(written)

    def _page_text(self) -> str:
        """Title, headings and prose in one text, joined once for the page-wide questions."""
        if self._text is None:
            self._text = "\n".join([self.page.title, *self.page.headings, self.page.prose])
        return self._text

    def _provinces(self) -> frozenset[str]:
        if self._named_provinces is None:
            self._named_provinces = page_provinces(
                self._page_text()[:self.figures.param("max_text_chars")], self.matcher)
        return self._named_provinces

    def attributed(self, before: str) -> bool:
        """On a page that reports a hoax, the words of a figure's sentence before it give the
        figure as a post's (rules/figures.yaml quote_attributions): quoted, not claimed."""
        if self._reports_hoax is None:
            words = self.figures.hoax_report_words
            # (a C-speed look for a word every match holds spares a regex pass over the page)
            self._reports_hoax = bool(words) and may_match(self._page_text(), words) and \
                bool(word_pattern(words).search(self._page_text()))
        return self._reports_hoax and bool(self.figures.quote_attributions) and bool(
            word_pattern(self.figures.quote_attributions).search(before))

    @property
    def full(self) -> bool:
        return len(self.claims) >= self.limit

    def holds(self, election: str | None) -> bool:
        """Does the record hold `election` (or the page names none)? Another election's pair
        resolves to nobody: a 2018 table's Khofifah-Emil is no 2024 pair (candidate, name_of)."""
        return self.record is not None and (election is None or rerun(election) in RECORDED)

    def candidate(self, area: str | None, kind: str | None, nomor: int | None, name: str | None,
                  fallback: bool = True, election: str | None = None) -> Candidate | None:
        """The candidate a page means (none for an `election` the record does not hold): by
        name in the races of `area` (and, when the region the page named last may be stale,
        in every race), else by ballot number when that names exactly one candidate of those
        races. A name that matches nobody is not overruled by a ballot number."""
        if not self.holds(election):
            return None
        key = (area, kind, nomor, name, fallback)
        if key in self._memo:
            return self._memo[key]
        if len(self._memo) >= self.max_lookups:
            return None  # past the budget a hostile page gets its names as written only
        found = self._candidate(area, kind, nomor, name, fallback)
        if found is not None and found.race.election in self.unheld:
            found = None  # a pair of an election held after the page was written
        elif found is not None and name and self.no_2024 and self.mates.other_mate(name, found):
            found = None  # "Roslina Rahim-La Ode Yasin": Baubau 2018's, not 2024's (written_pairs)
        elif found is not None and name and self.mates.contradict(found, name) and \
                not self.short_names.defines(name):  # ("Ar-Rahman (... Baso Rahmanuddin)")
            found = None  # "Rendi Solihin" beside "pasangan Aulia Rahman Basri dan Rendi Solihin"
        self._memo[key] = found
        return found

    def _candidate(self, area: str | None, kind: str | None, nomor: int | None,
                   name: str | None, fallback: bool) -> Candidate | None:
        # The presidential race is one: its words ("capres", "Pilpres") fix it without a region.
        races = self.matcher.races_for(area, kind) \
            if area is not None or kind == "president" else None
        if name:
            found = self.matcher.candidate(name, races, kind)
            if found is None and fallback and self.short_names.defines(name):
                # "Ika Puspitasari-Rachman Sidharta Arisandi (Sandi)": the page's own short
                # name is its pair's, not a namesake's in another race (corpus-z, Mojokerto),
                # even a pair of the area's other race ("(Mulia-PAS)", Bali's governor pair,
                # on a page about Denpasar's mayor race: one polling day held both)
                found, fallback = self.short_names.pair(name, races) or (
                    self.short_names.pair(name, None) if races else None), False
            found, fallback = spelt_otherwise(self.matcher, name, races, found, fallback)
            if found is None and fallback:
                # The region or race words the page named last may be about something else:
                # the name alone, in every race (still never a guess between two).
                found = (self.matcher.candidate(name, None, kind) if area is not None else None) \
                    or (self.matcher.candidate(name, None, None) if kind is not None else None)
                if found is not None and stray_given_name(name, found, self._provinces):
                    found = None  # "Aria Bima" on a DKI page: not Mataram's LALU ARIA DHARMA
            if found is None and names_box(name) and \
                    (own := self.scope.region) is not None and own.code:
                # "kotak kosong" after the page named the governor race, which has none: the box
                # of the page's own area's race (corpus-bb, harianSIB: Serdang Bedagai's)
                found = self.matcher.candidate(name, self.matcher.races_for(own.code, None), None)
            if found is None and " " not in name.strip():
                found = self.short_names.pair(name, races) or \
                    self.short_names.with_alias(name, races, kind)  # "ERA"; "... alias Mualem"
            elif found is None:  # "Mualem-Dek Fad", nicknames; "Koyem SHD"
                found = self.short_names.pair(name, races) or \
                    self.short_names.with_member(name, races, kind) or \
                    self.short_names.with_alias(name, races, kind)
            if found is not None or self.matcher.split_name(name):
                return found
        if nomor is not None and races:
            if kind is None and self.election is not None:
                # "Pilkada Jateng: paslon 01": the governor's 01, not the president's
                races = tuple(r for r in races if r.election == self.election) or races
            found = {c for r in races if (c := self.matcher.by_ballot(r, nomor)) is not None}
            if len(found) == 1 and not self.mates.contradict(next(iter(found))):  # written_pairs
                return found.pop()
        return None

    def by_members(self, area: str | None, kind: str | None, name: str) -> Candidate | None:
        """The pair of the figure's races that `name` names member by member ("Anwar Hafid -
        Reny Lamadjido", "Dhito-Dewi": pair_members), for a name written right before a
        figure that the matcher found nobody for."""
        if self.record is None or (area is None and kind != "president"):
            return None
        races = self.matcher.races_for(area, kind)
        key = ("members", races, name)  # (areas of one race ask once)
        if key not in self._memo:
            found = by_members(self.matcher, name, races, initials=(
                self.short_names.pair(name, ()) is None and not self.short_names.defines(name)))
            self._memo[key] = None if found is not None and \
                found.race.election in self.unheld else found
        return self._memo[key]

    def _race_there(self, region: RegionHit) -> str | None:
        """The Pilkada race of a province (governor) or a kab/kota (regent or mayor) named
        with no race word, where the record holds one: DKI's cities elect no mayor (their
        only race is the governor's), DIY elects no governor (only its regents and mayor)."""
        kind = "governor" if region.level == 1 else "regent_mayor"
        if self.record is None or region.code is None:
            return kind
        election = ELECTION_OF["governor"]
        if self.record.race_for(election, kind, region.code) is not None:
            return kind
        if kind == "regent_mayor" and \
                self.record.race_for(election, "governor", region.code[:2]) is not None:
            return "governor"
        return None

    def add(self, kind: str, value: int | Decimal, origin: str, excerpt: str, scope: Scope,
            candidate: Candidate | None = None, race: Race | None = None,
            nomor: int | None = None, name: str | None = None, approximate: bool = False,
            done: int | None = None, total: int | None = None, source_url: str | None = None,
            candidate_id: str | None = None, quoted: bool = False,
            hold: str | None = None) -> Claim | None:
        """`hold`: why not to compare, known already (a correction's old value); or below."""
        if self.full:
            return None
        region_code, region_name, race_kind, election, own_region = None, None, None, None, None
        if scope.legislative:
            # A legislator's votes: no such race in the record, no pair's ballot number.
            candidate, race, nomor, hold = None, None, None, hold or "other_race"
            scope = Scope(region=house_area(scope, self.scope.region, name),
                          kind=None, claim_type=scope.claim_type,
                          claimed_by=scope.claimed_by, page_time=scope.page_time,
                          near=scope.near, election=pileg_election(scope.election),
                          lower=scope.lower, place=scope.place, partial=scope.partial,
                          legislative=True, unclear=scope.unclear, figured=scope.figured,
                          senate=scope.senate)
        # "Prabowo-Sandi": Pilpres 2019's pair, whatever the page's year (past_pairs)
        past = past_by_name(self, scope, name, RECORDED) if (candidate, race) == (None, None) \
            else None
        scope = replace(scope, election=past.race.election, kind=past.race.kind) if past else scope
        race, region = candidate.race if candidate is not None else race, scope.region
        if region is not None and region.code is None and region.options:
            candidate, race = option_pair(self, region, scope, candidate, race, nomor)
            region, scope = settled(region, scope, race)
        if region is not None:
            region_code, region_name = region.code, region.name or None
        if race is not None:
            race_kind, election, own_region = race.kind, race.election, race.region
            if is_revote(scope.election):
                election = scope.election  # a re-vote of this race: another round (revote)
            if scope.near and race.kind != "president" and region is not None and \
                    region.code is not None and region.level in (1, 2) and \
                    not (region.code.startswith(race.region) or race.region.startswith(region.code)):
                # "Pilkada di Jawa Barat: Pramono-Rano 50,07 persen": the pair stands in DKI
                # only. The page and the record disagree on what the figure is about: it is
                # compared with neither (issue 10, candidate first).
                hold = hold or "region_conflict"
            if region_code is None or not region_code.startswith(race.region) or \
                    (not scope.near and region_code != race.region):
                # The region named is not in this race, or was named paragraphs before (about
                # something else): the figure is about the race as a whole, or about the one
                # region the page's title names within it ("Prabowo Kalahkan Anies di DKI
                # Jakarta": the presidential figures are DKI's, not the country's).
                stale = not scope.near and scope.figured and region_code is not None and \
                    region_code != race.region and region_code.startswith(race.region) and \
                    (scope.claim_type != "quick_count" or quoted)  # (it estimates the race)
                named, region_code, region_name = region_code, race.region, None
                own = self.scope.region
                if own is not None and own.code is not None and \
                        own.code.startswith(race.region) and own.code != race.region:
                    # The title's place, unless the text named another of the race's since
                    # (area by area: "Di Banten, ..."): either's, or the race's (issue 10).
                    sibling = named is not None and named != race.region and \
                        named.startswith(race.region) and not own.code.startswith(named) \
                        and not named.startswith(own.code)
                    region_code, hold = (None, hold or "region_unclear") if sibling \
                        else (own.code, hold)
                elif stale:
                    # The area named last is a part of the race that the page gave figures
                    # for, paragraphs before (area by area): the figure may be that part's
                    # or the whole race's (issue 10, region).
                    region_code, hold = None, hold or "region_unclear"
            region_code, hold = race_area(region, region_code, race.region, self.scope, hold)
            if scope.unclear:
                region_code, region_name, hold = None, None, hold or "region_unclear"
        else:
            race_kind = scope.kind or (self.only_race if nomor is not None else None)
            if race_kind is None and region is not None and region.level in (1, 2) and \
                    not region.options and not scope.legislative and not self.presidential and \
                    (ELECTION_OF["governor"] not in self.unheld or scope.election not in (
                        None, *RECORDED)) and (region.level == 2 or rerun(scope.election) in (
                            None, *RECORDED)):
                # A province alone is the governor race only on a page not of the Pilpres (an
                # area of it there); not before the Pilkada 2024 ("progres 66,61 persen" in
                # Jakarta, 18 Feb 2024) unless an earlier Pilkada is named, and then only a
                # kab/kota's race is inferred (NTB elected no governor in 2020, only regents).
                race_kind, hold = area_race(self, region, nomor, name, hold)
            election = ELECTION_OF.get(race_kind or "")
            if scope.election is not None and scope.election not in RECORDED:
                election = scope.election
            elif scope.election is not None and race_kind is None:
                election = scope.election
            own = self.scope.region
            named = race_region(race_kind, region_code) if race_kind and region_code else None
            if named and named == region_code and own is not None and own.code and \
                    own.code != region_code and own.code.startswith(region_code):
                # The race was named ("pemilihan gubernur Jawa Barat") on the page of a place
                # inside it (KPU Kota Banjar's plenary): the city's figures, or the
                # province's? The page does not say; the race it does (issue 10, region).
                # Unless its lead says the plenary was the city's own ("rekapitulasi ...
                # tingkat Kota Banjar"): then the city's (Sorot Indonesia, Pilgub Jabar 2018).
                region_code, region_name = (own.code, None) if self.scope.tier else (None, None)
                hold = hold if self.scope.tier else hold or "region_unclear"
                own_region = named
            elif scope.unclear:
                region_code, region_name, hold = None, None, hold or "region_unclear"
            elif race_kind == "president" and (region_code is None or not scope.near and own):
                region_code = own.code if own is not None and own.code else ""  # as a pair's
            if race_kind and region_code is not None:
                own_region = race_region(race_kind, region_code)
            elif scope.senate and region_code:
                own_region = region_code[:2]  # a DPD seat is the province's whole
        if election is not None and election not in RECORDED:
            if candidate is None:  # its pair and ballot number from the past roster
                race_kind, region_code, own_region, nomor = past_fill(self, past, election, (
                    race_kind, region_code, own_region, nomor), name, scope, hold)
            hold = "other_election"  # Pilgub Jabar 2018, Pemilu 2019: not in the record
        elif election in self.unheld:
            hold = "not_yet_held"  # the page was written before that election's polling day
        elif candidate is None and name and election is not None and not scope.legislative \
                and self.reformed(name):
            # "Ridwan Kamil-Uu Ruzhanul Ulum": a pair the record does not have, one of whose
            # members stood in 2024 with someone else: another election, which one unsaid.
            election, hold = None, hold or "other_election"
        if scope.lower:
            # A TPS, desa or kecamatan: never its kab/kota or province (the record holds no
            # count below kab/kota). The race stays; the area is unknown.
            region_code, region_name = None, None
            hold = hold or ("region_unknown" if scope.place else "lower_level")
        if region_code and len(region_code) > 2 and region_code[:2] == "99" and \
                election != "pemilu2024":  # a PPLN's code is the 2024 Pemilu's own list
            region_code, region_name = None, None
        if scope.claim_type == "survey":
            hold = hold or "survey"  # voters' intentions in a poll: no count, never graded
        if scope.partial and hold is None:
            # Some provinces' tally: the country's count at a moment (area ""), never graded.
            hold = "partial_tally"
        if self.record is not None and region_code is not None:
            known = self.record.region(region_code)
            region_name = known.name if known is not None else region_name
        if candidate is not None:
            candidate_id = candidate.id
            # The pair resolved is the claim's; a ballot number written beside it that is not
            # the pair's ("nomor urut 02, Ganjar Pranowo - Mahfud MD") is the page's slip.
            nomor = candidate.nomor_urut if candidate.nomor_urut is not None else nomor
            name = name or candidate.name
        claim = Claim(
            kind=kind, value=value, origin=origin,
            excerpt=" ".join(excerpt.split())[:self.excerpt_chars],
            election=election, race_kind=race_kind, region_code=region_code,
            region_name=region_name, nomor_urut=nomor, candidate_id=candidate_id,
            candidate_name=" ".join(name.split())[:200] if name else None,
            claim_type=scope.claim_type, claimed_by=scope.claimed_by,
            page_time=scope.page_time, progress_done=done, progress_total=total,
            source_url=source_url, approximate=approximate, race_region=own_region,
            hold=hold, quoted=quoted or self.quoted)
        key = (kind, str(value), region_code if region_code is not None else region_name,
               race_kind, candidate_id or nomor or (name or "").lower(), scope.claim_type,
               election)
        if key in self._seen:
            return None
        self._seen.add(key)
        self.claims.append(claim)
        return claim
