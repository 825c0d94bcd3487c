"""The pairs of earlier elections (rules/past-candidates.yaml) by the names pages write.

The record holds only 2024's races, so a figure of Pilpres 2019 or of Pilgub Jabar 2018 has no
pair to resolve to. Once a figure's election and race are decided (checker.figures.collect),
this tells which of that race's pairs a written name means, and so its ballot number. A pair
written member by member ("Jokowi-Ma'ruf", "Ridwan Kamil-Uu") that stood in one past
election only also says which election; one name alone ("Prabowo", "Anies") never does.
These figures stay unverifiable ("another election"): the roster never makes them comparable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from checker.figures.kept import kept
from checker.figures.region_words import fold, folded_words
from checker.figures.wording import MEMBER_JOIN
from checker.ruleset.past import PastPair, PastRace

__all__ = ["PastHit", "PastRoster", "number_quotes", "roster_for"]

_NAMED = 4096  # names whose by_name answer a roster keeps (a hostile page writes endless ones)


@dataclass(frozen=True)
class PastHit:
    race: PastRace
    pair: PastPair


@dataclass(frozen=True)
class _Entry(PastHit):
    """A roster's pair with the words its names are found by."""
    members: tuple[frozenset[str], frozenset[str]]  # each member's words, short forms included
    whole: frozenset[str]                           # the pair's names folded whole


class PastRoster:
    """The roster indexed once per rules object: by race, and every entry for names."""

    def __init__(self, races: tuple[PastRace, ...], drop: frozenset[str]) -> None:
        self._drop = drop
        self._named: dict[str, PastHit | None] = {}  # by_name's answers, by name as written
        self._by_race: dict[tuple[str, str, str], list[_Entry]] = {}
        self._all: list[_Entry] = []
        for race in races:
            for pair in race.pairs:
                members: list[set[str]] = [set(), set()]
                whole = {fold(pair.name)}
                for form in (pair.name, *pair.names):
                    parts = [self._words(p) for p in MEMBER_JOIN.split(form)]
                    parts = [p for p in parts if p]
                    whole.add(fold(form))
                    if len(parts) == 2:  # a short form of both members ("Koster-Ace")
                        members[0].update(parts[0])
                        members[1].update(parts[1])
                entry = _Entry(race, pair, (frozenset(members[0]), frozenset(members[1])),
                               frozenset(whole))
                self._by_race.setdefault((race.election, race.kind, race.region), []).append(entry)
                self._all.append(entry)
        # page_pairs_election's forms, folded once here rather than on every page: each
        # entry's forms that name both members (an acronym, "Asyik", is an everyday word too)
        self.pair_forms: list[tuple[_Entry, list[tuple[str, str]]]] = []
        for entry in self._all:
            forms = [(form, f" {fold(form)} ") for form in (entry.pair.name, *entry.pair.names)
                     if len([p for p in MEMBER_JOIN.split(form) if p.strip()]) == 2]
            self.pair_forms.append((entry, forms))

    def _words(self, text: str) -> tuple[str, ...]:
        return tuple(t for t in fold(text).split()
                     if len(t) > 1 and not t.isdigit() and t not in self._drop)

    def in_race(self, election: str, kind: str, region: str, written: str) -> PastPair | None:
        """The pair of that race (every round of it) the written name means, when it means
        exactly one: "Ganjar-Yasin", "Sudirman Said dan Ida Fauziyah", "Rindu", "Ahok"."""
        entries = self._by_race.get((election, kind, region))
        if not entries or not written:
            return None
        folded = fold(written)
        found = {e.pair.nomor for e in entries if folded in e.whole}
        if not found:
            parts = [w for w in (self._words(p) for p in MEMBER_JOIN.split(written)) if w]
            if len(parts) >= 2:
                found = {e.pair.nomor for e in entries if _both(e, parts[0], parts[1])} or {
                    # the other member misspelt ("Arinal Djunaidi-Chusnunua"), not someone
                    # else ("Prabowo-Gibran" is no 2019 pair)
                    e.pair.nomor for e in entries if _alone(e, parts[0], entries) and
                    _misspelt(parts[1], e)}
            elif len(parts) == 1:
                found = {e.pair.nomor for e in entries
                         if _alone(e, parts[0], entries)}
        if len(found) != 1:
            return None
        nomor = found.pop()
        return next(e.pair for e in entries if e.pair.nomor == nomor)

    def in_election(self, election: str, written: str) -> PastHit | None:
        """The one race of `election` whose pair the name means whole ("Eramas") or member by
        member ("Edy-Ijeck"), whatever place the page named last ("Djoss hanya menang di
        Kabupaten Simalungun. Secara keseluruhan Eramas meraih ..."): pair first."""
        folded = fold(written or "")
        parts = [w for w in (self._words(p) for p in MEMBER_JOIN.split(written or "")) if w]
        hits = {(e.race.kind, e.race.region, e.pair.nomor): e for e in self._all
                if e.race.election == election and
                (folded in e.whole or (len(parts) >= 2 and _both(e, parts[0], parts[1])))}
        if len(hits) != 1:
            return None
        entry = next(iter(hits.values()))
        return PastHit(entry.race, entry.pair)

    def entries(self, election: str) -> list[_Entry]:
        """Every pair of `election`'s races."""
        return [e for (held, _, _), found in self._by_race.items() if held == election
                for e in found]

    def by_name(self, written: str) -> PastHit | None:
        """The past race and pair a name written member by member means, when one past
        election's pair only has both members ("Prabowo-Sandi": Pilpres 2019, not 2014).
        Remembered (up to _NAMED names): a page asks it for every figure after the name."""
        if written in self._named:
            return self._named[written]
        found = self._by_name(written)
        if len(self._named) < _NAMED:
            self._named[written] = found
        return found

    def _by_name(self, written: str) -> PastHit | None:
        parts = [w for w in (self._words(p) for p in MEMBER_JOIN.split(written or "")) if w]
        if len(parts) < 2:
            return None
        hits = {(e.race.election, e.race.kind, e.race.region, e.pair.nomor): e
                for e in self._all if _both(e, parts[0], parts[1])}
        if len(hits) != 1:
            return None
        entry = next(iter(hits.values()))
        return PastHit(entry.race, entry.pair)


def _both(entry: _Entry, first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """The first part ends with a word of one member (words before it are the sentence's:
    "Ranah Minang Prabowo"), the second has a word of the other ("Sandiaga S Uno")."""
    one, other = entry.members
    return (first[-1] in one and bool(other.intersection(second))) or \
        (first[-1] in other and bool(one.intersection(second)))


def _misspelt(words: tuple[str, ...], entry: _Entry) -> bool:
    """A word of the other member's name with a letter or two off: the first four letters
    the same ("Chusnunua" for Chusnunia)."""
    own = {w[:4] for member in entry.members for w in member if len(w) >= 5}
    return any(len(w) >= 5 and w[:4] in own for w in words)


def _alone(entry: _Entry, words: tuple[str, ...], entries: list[_Entry]) -> bool:
    """One member named ("Lawannya Sudirman Said", "Ahok"): its last word is this pair's and
    no other pair's of the race."""
    last = words[-1]
    if last not in entry.members[0] and last not in entry.members[1]:
        return False
    return not any(last in e.members[0] or last in e.members[1]
                   for e in entries if e.pair.nomor != entry.pair.nomor)


_ROSTERS: dict[int, tuple[object, PastRoster]] = {}


def roster_for(figures) -> PastRoster:
    """The roster of a FigureRules, built once per rules object (titles and name stop words
    dropped from names, as for the record's pairs)."""
    stop, titles = folded_words(figures)
    return kept(_ROSTERS, id(figures), figures,
                lambda: PastRoster(figures.past_races, stop | titles))


def past_by_name(collector, scope, name: str | None, recorded: frozenset[str]) -> PastHit | None:
    """The past race a figure's written pair names, when nothing else the page says points
    elsewhere: no earlier election named for it but that one, no other race kind, no province
    outside that race named beside it, and no 2024 pair of the record by that name
    ("Khofifah-Emil" stood again in 2024: on a page of 2024 it is that pair, unless the page
    was written before the 2024 vote: "Eri Cahyadi-Armuji meraih 597.540 suara" on a page of
    October 2024 is Surabaya 2020's count, not a result of a race not yet held)."""
    if not name or scope.legislative or not collector.figures.past_races:
        return None
    roster = roster_for(collector.figures)
    hit = roster.by_name(name)
    if hit is None or scope.kind not in (None, hit.race.kind) or \
            scope.election not in (None, *recorded, hit.race.election) and \
            not _stood_elsewhere(roster, scope.election, hit, name):
        return None
    region = scope.region
    if hit.race.kind != "president" and scope.near and region is not None and \
            region.code is not None and region.level in (1, 2) and \
            not region.code.startswith(hit.race.region):
        return None
    if collector.record is not None and (now := collector.matcher.candidate(name)) is not None \
            and now.race.election not in collector.unheld:
        return None  # (on a page written before the 2024 vote, the pair's 2024 race is not it)
    return hit


def _stood_elsewhere(roster: PastRoster, election: str, hit: PastHit, name: str) -> bool:
    """Is `election` another past round of the hit's race whose pairs do not include the
    name? "Ulang Kemenangan Pilpres 2014" over "Jokowi-Ma'ruf meraih 85.607.362 suara": that
    pair stood in 2019 only, so the figure is 2019's (pair first), not a 2014 count."""
    race = hit.race
    return any(e.race.election == election and (e.race.kind, e.race.region) ==
               (race.kind, race.region) for e in roster.entries(election)) and \
        roster.in_race(election, race.kind, race.region, name) is None


def past_fill(collector, past: PastHit | None, election: str,
              found: tuple[str | None, str | None, str | None, int | None], name: str | None,
              scope, hold: str | None = None) -> tuple[str | None, str | None, str | None,
                                                       int | None]:
    """An earlier election's figure: the race its pair decided (`past`, or the one race of
    that election the name means: pair first) gives the race and its region, and the written
    name that race's ballot number where the page states none. `found`: the claim's race
    kind, region code, race region and ballot number so far."""
    kind, region_code, own_region, nomor = found
    # an area left unknown on purpose (whose plenary? a TPS?) stays unknown
    unclear = scope.unclear or scope.lower or hold in ("region_unclear", "lower_level",
                                                       "region_unknown")
    roster = roster_for(collector.figures) if collector.figures.past_races else None
    if past is None and roster is not None and name and \
            (kind is None or own_region is None or
             roster.in_race(election, kind, own_region, name) is None):
        past = roster.in_election(election, name)
    if past is not None:
        kind, own_region = past.race.kind, past.race.region
        if past.race.kind != "president" and not unclear and \
                (region_code is None or not region_code.startswith(own_region) or
                 (not scope.near and region_code != own_region)):
            # A part of the race named paragraphs before that had figures of its own (area
            # by area): the figure may be that part's or the whole race's, as for a race the
            # record holds (collect's "stale").
            stale = not scope.near and scope.figured and region_code is not None and \
                region_code.startswith(own_region)
            region_code = None if stale else own_region
    if collector.quoted:
        # A debunk's figures are the hoax's: graded as quotes only for pairs the page numbers
        # or the record knows (hoax_figures). The roster never changes a figure's status.
        return kind, region_code, own_region, nomor
    pair = past.pair if past is not None else None
    if kind is not None and own_region is not None and name and roster is not None \
            and pair is None:
        pair = roster.in_race(election, kind, own_region, name)
    if pair is None:
        return kind, region_code, own_region, nomor
    # a number the page states stays (its own slip)
    return kind, region_code, own_region, pair.nomor if nomor is None else nomor


def number_quotes(claims: tuple, figures) -> tuple:
    """`claims` with a debunk's quoted figures of an earlier election numbered by the roster
    from the pair they name ("Ahok-Djarot 55,62%" in a screenshot of Pilkada DKI 2017: 2).
    Asked once the report's comparisons and rules are decided: past_fill leaves such quotes
    unnumbered so that the roster never makes one the refuted hoax's (hoax_figures) nor
    changes the page's label; the reader still learns which pair each is about."""
    if not figures.past_races or not any(c.quoted and c.nomor_urut is None for c in claims):
        return claims
    roster = roster_for(figures)
    numbered = []
    for claim in claims:
        pair = None
        if claim.quoted and claim.nomor_urut is None and claim.candidate_id is None and \
                claim.candidate_name and claim.race_kind and claim.race_region is not None and \
                claim.hold == "other_election":
            pair = roster.in_race(claim.election or "", claim.race_kind, claim.race_region,
                                  claim.candidate_name)
        numbered.append(claim if pair is None else replace(claim, nomor_urut=pair.nomor))
    return tuple(numbered)


def page_pairs_election(figures, matcher, text: str, before_2024: bool = False) -> str | None:
    """The one earlier election whose pairs a page names member by member ("Prabowo-Sandi",
    "Joko Widodo-Ma'ruf Amin"), when it names pairs of no other: the default of a page of
    unknown date that never says 2024 (a regency's progress beside them names no pair). A
    form the record also knows ("Khofifah-Emil" stood again in 2024) says nothing, unless the
    page was written before 2024 (`before_2024`): then it cannot mean the 2024 pair."""
    if not figures.past_races or not text:
        return None
    folded = f" {fold(text[:20000])} "
    found: set[str] = set()
    for entry, forms in roster_for(figures).pair_forms:
        for form, spaced in forms:
            if spaced in folded and (before_2024 or matcher.record is None or
                                     matcher.candidate(form) is None):
                found.add(entry.race.election)
                break
        if len(found) > 1:
            return None
    return found.pop() if len(found) == 1 else None


def text_race(figures, matcher, cues, text: str, year: int) -> tuple[str, str | None] | None:
    """The earlier election a page written in `year` is about, and the kind of its race when
    the pairs named are of one kind only: its text names that election with its year and its
    pairs member by member, and no other election: a clarification of 2019 on "Pilkada DKI
    tahun 2017" quoting "Ahok-Djarot 55,62%" is about the 2017 governor race, not about the
    election of the year it was written (corpus-w). A page that names its own year's
    election, or pairs of two elections, keeps its date's."""
    text = text[:20000]
    marks = cues.elections(text, limit=50)
    named = {m.value for m in marks}
    # "yang pada Pilpres 2014 dimenangi ...": a clause recalling it, not what the page is on
    if len(named) != 1 or cues.relative(text, marks):
        return None
    election = next(iter(named))
    if int(election[-4:]) >= year or page_pairs_election(figures, matcher, text) != election:
        return None
    folded = f" {fold(text)} "
    kinds = {entry.race.kind for entry, forms in roster_for(figures).pair_forms
             if entry.race.election == election and any(f in folded for _, f in forms)}
    return election, (kinds.pop() if len(kinds) == 1 else None)
