"""Names as pages write them -> the official record's candidate pairs (and, through
RegionIndex in regions.py, its regions). Candidates match by ballot number or by
their names with titles stripped: every word the page writes must be (nearly) a word of the
official name, so "Pramono-Rano" and "Rano Karno" name Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. -
H. RANO KARNO, S.IP., but "Mas Pram" names nobody unless it is listed as an alias. When two
candidates score alike the page names nobody: never guess.

A Matcher is built once per (record, rules) and cached: the record is immutable after loading.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from checker.official.model import Candidate, MemoryRecord, Race
from checker.figures.regions import RegionHit, RegionIndex, fold
from checker.ruleset.figures import FigureRules
from checker.figures.wording import MEMBER_JOIN
from checker.figures.empty_box import EMPTY_BOX_EN
from checker.figures.family_names import left_out_family

__all__ = ["Matcher", "RegionHit", "fold", "inner_pairs", "matcher_for", "name_tokens",
           "official_members"]

_ELECTION = {"governor": "pilkada2024", "regent_mayor": "pilkada2024", "president": "pemilu2024"}
_PAREN = re.compile(r"\(([^)]*)\)")
_MEMBERS = re.compile(r"\s+-\s*|\s*-\s+")  # "PRAMONO ANUNG - RANO KARNO": the pair's members
_ALIAS = re.compile(r"\balias\b", re.IGNORECASE)


def name_tokens(text: str, drop: frozenset[str]) -> tuple[str, ...]:
    """The words of a person's name: titles, stop words, initials and digits dropped."""
    return tuple(t for t in fold(text).split()
                 if len(t) > 1 and not t.isdigit() and t not in drop)


_JOINED = re.compile(r"\w[-\u2013\u2014]\w|^[-\u2013\u2014]|[-\u2013\u2014]$")


def inner_pairs(name: str, droppable, most: int = 3):
    """The runs of words inside `name` around its one hyphenated join, longest first: a pair
    written in a title-case headline or after an epithet ("Petahana Isran-Hadi", "Tetapkan
    Ahmad Luthfi-Taj Yasin Raih"). Only words `droppable` says are no part of a name (a
    title-case word that is no candidate's) are dropped, at most `most` on either side."""
    words = name.split()
    joins = [i for i, w in enumerate(words) if _JOINED.search(w)]
    if len(joins) != 1 or len(words) < 2:
        return
    j, n = joins[0], len(words)
    # words[:a] and words[b:] are dropped: each of them must be droppable
    first_kept = next((i for i in range(j) if not droppable(words[i])), j)
    last_kept = next((i for i in range(n - 1, j, -1) if not droppable(words[i])), j)
    # A member on either side of the join stays: "Suardi Saleh - Aska Mappe" never yields
    # "- Aska" (Aska of another pair took the figure: corpus-g, Barru 2020).
    last_a = j - 1 if words[j][0] in "-\u2013\u2014" else j
    first_b = j + 2 if words[j][-1] in "-\u2013\u2014" else j + 1
    spans = [(a, b) for a in range(0, min(first_kept, most, last_a) + 1)
             for b in range(max(last_kept + 1, n - most, first_b), n + 1) if (a, b) != (0, n)]
    for a, b in sorted(spans, key=lambda s: s[0] - s[1]):
        yield " ".join(words[a:b])


def _members(name: str) -> list[str]:
    """A pair's members; a name without a hyphen is one (built for 1,600 pairs on a cold
    check's first figure: the regex only where it can split)."""
    return _MEMBERS.split(name) if "-" in name else [name]


def official_members(name: str, titles: frozenset[str]) -> list[tuple[str, ...]]:
    """KPU's "Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - H. RANO KARNO, S.IP. (SI DOEL)" -> the
    forms pages may use: each member's name (degrees after the comma dropped), nicknames in
    brackets or after "alias"."""
    forms: list[tuple[str, ...]] = []
    for member in _members(name):
        extras = _PAREN.findall(member) if "(" in member else []
        member = _PAREN.sub(" ", member) if extras else member
        core = member.split(",", 1)[0]
        # (the regex only where it can match: an ASCII name without the word is one piece)
        pieces = [core] if core.isascii() and "alias" not in core.lower() else _ALIAS.split(core)
        for piece in pieces + extras:
            tokens = name_tokens(piece, titles)
            if tokens:
                forms.append(tokens)
    return forms


def _initials(name: str, titles: frozenset[str]) -> frozenset[str]:
    """The initials KPU writes for given names: "M. FARHAN - ERWIN" -> {"m"} (titles such as
    "H." and "Hj." are not initials)."""
    found = set()
    for member in _members(_PAREN.sub(" ", name) if "(" in name else name):
        found |= {t for t in fold(member.split(",", 1)[0]).split()
                  if len(t) == 1 and t.isalpha() and t not in titles}
    return frozenset(found)


class Matcher(RegionIndex):
    """Region and candidate lookup for one official record (or none) and one rules file."""

    def __init__(self, record: MemoryRecord | None, rules: FigureRules) -> None:
        super().__init__(record, rules)
        self.threshold = rules.param("candidate_threshold")
        self.margin = rules.param("candidate_margin")
        self._titles = frozenset(fold(t) for t in rules.titles)
        self._stop = frozenset(fold(w) for w in rules.name_stopwords) | self._titles
        self._candidate_index()

    # -- candidates ------------------------------------------------------------------------
    def _candidate_index(self) -> None:
        self._by_id: dict[str, list[Candidate]] = {}
        self._by_race: dict[Race, tuple[Candidate, ...]] = {}
        self._cands: list[Candidate] = []
        self._tokens: list[frozenset[str]] = []
        self._initials: dict[int, frozenset[str]] = {}  # by candidate index, on first use
        self._inverted: dict[str, list[int]] = {}   # name word -> candidate indexes
        self._race_index: dict[Race, list[int]] = {}
        self._vocabulary: list[str] = []
        self._aliases: dict[str, str] = {}
        if self.record is None:
            return
        declared = self.rules.candidate_races
        aliases = {cid: names for cid, names in self.rules.candidate_aliases.items()
                   if self._alias_race_holds(cid, declared.get(cid))}
        for race, candidates in self.record.candidates.items():
            self._by_race[race] = candidates
            for cand in candidates:
                self._by_id.setdefault(cand.id, []).append(cand)
                forms = official_members(cand.name, self._titles)
                if cand.is_empty_box:  # "koko": how 2024's pages shorten "kotak kosong"
                    forms += [("kolom", "kosong"), ("kotak", "kosong"), ("koko",)] + EMPTY_BOX_EN
                forms += [name_tokens(a, self._titles) for a in aliases.get(cand.id, ())]
                tokens = frozenset(t for f in forms for t in f)
                for token in tokens:
                    self._inverted.setdefault(token, []).append(len(self._cands))
                self._race_index.setdefault(race, []).append(len(self._cands))
                self._cands.append(cand)
                # KPU's "AL JUFRI", "ABDUL KARIM" run together as pages write them
                # ("Aljufri"): two neighbouring words of a form, joined, are a word too, within
                # a race only (kept out of the index that every-race lookups search by fuzz).
                self._tokens.append(tokens | {a + b for f in forms for a, b in zip(f, f[1:])})
        self._vocabulary = sorted(self._inverted)
        self._aliases = {" ".join(name_tokens(a, self._titles)): cid
                         for cid, names in aliases.items() for a in names}

    def _alias_race_holds(self, cid: str, declared: tuple[str, str, str] | None) -> bool:
        """An alias written for one race names nobody if the record has the id elsewhere."""
        if declared is None or self.record is None:
            return True
        return any((race.election, race.kind, race.region) == declared
                   for race, candidates in self.record.candidates.items()
                   for cand in candidates if cand.id == cid)

    def is_name_word(self, folded: str) -> bool:
        """A word of some candidate's name in the record (lower-case text names people too)."""
        return folded in self._inverted

    def race_words(self, races: Sequence[Race]):
        """(candidate, its name's words) of each candidate of `races`."""
        for race in dict.fromkeys(races):
            for i in self._race_index.get(race, ()):
                yield self._cands[i], self._tokens[i]

    def by_id(self, cid: str, race: Race | None = None) -> Candidate | None:
        """The candidate with Sirekap id `cid` (in `race` when given: ids are unique per race)."""
        found = self._by_id.get(str(cid), [])
        if race is not None:
            found = [c for c in found if c.race == race]
        return found[0] if len(found) == 1 else None

    def by_ballot(self, race: Race, nomor_urut: int) -> Candidate | None:
        found = [c for c in self._by_race.get(race, ()) if c.nomor_urut == nomor_urut]
        return found[0] if len(found) == 1 else None

    def races_for(self, region_code: str | None, kind: str | None) -> tuple[Race, ...]:
        """The races a figure about `region_code` can belong to (all races, without a region)."""
        key = ("races", region_code, kind)
        if key not in self._cache:
            self._remember(key, self._races_for(region_code, kind))
        return self._cache[key]  # type: ignore[return-value]

    def _races_for(self, region_code: str | None, kind: str | None) -> tuple[Race, ...]:
        if self.record is None:
            return ()
        kinds = (kind,) if kind else ("governor", "regent_mayor", "president")
        if region_code is None:
            return tuple(r for r in self._by_race if r.kind in kinds)
        races = []
        for k in kinds:
            if k == "president":
                region = ""
            elif k == "governor":
                region = region_code[:2] if len(region_code) >= 2 else None
            else:
                region = region_code[:4] if len(region_code) >= 4 else None
            race = Race(_ELECTION[k], k, region) if region is not None else None
            if race is not None and race in self._by_race:
                races.append(race)
        return tuple(races)

    def split_name(self, written: str) -> tuple[str, ...]:
        return self.written_tokens(written)

    def _member_sizes(self, written: str) -> tuple[int, ...]:
        """How many of written_tokens' words each member of the written pair gives."""
        key = ("sizes", written)
        if key not in self._cache:
            sizes = tuple(len(self.written_tokens(m)) for m in MEMBER_JOIN.split(written))
            self._remember(key, tuple(n for n in sizes if n) or (0,))
        return self._cache[key]  # type: ignore[return-value]

    def written_tokens(self, written: str) -> tuple[str, ...]:
        """A written name's words, cleaned like KPU's: degrees after each member's comma,
        titles, stop words and initials dropped. Remembered: a page asks it of the same run
        of words for every figure near it, and again for every race tried."""
        key = ("words", written)
        found = self._cache.get(key)
        if found is None:
            members = _MEMBERS.split(written)
            found = tuple(t for m in members for t in name_tokens(m.split(",", 1)[0], self._stop))
            self._remember(key, found)
        return found  # type: ignore[return-value]

    def candidate(self, written: str, races: Sequence[Race] | None = None,
                  kind: str | None = None) -> Candidate | None:
        """The one candidate of `races` (default: every race, of `kind` when given) that
        `written` names, or None."""
        tokens = self.written_tokens(written)
        if not tokens or len(tokens) > 12 or self.record is None:
            return None
        sizes = self._member_sizes(written)
        # the words written in lower case are part of the key: family_names takes only a
        # capitalised word for a family name left out
        lower = tuple(w for w in written.split() if w[:1].islower())
        key = ("cand", tokens, sizes, tuple(races) if races is not None else None, kind, lower)
        if key not in self._cache:
            found = self._candidate(tokens, races, kind, sizes)
            if found is None and len(tokens) >= 3 and tokens[-1] not in self._inverted and \
                    sizes[-1] >= 2:
                # A headline's capitalised verb after the pair: "Haris-Sani Raih 1.092.823
                # Suara" (corpus-f). A word of nobody's name is no part of one; but a member
                # of its own after the join is ("Arinal Djunaidi-Chusnunua", Lampung 2018).
                found = self._candidate(tokens[:-1], races, kind, sizes[:-1] + (sizes[-1] - 1,))
            if found is None and len(tokens) >= 3:
                # "Amri Djamaluddin-Husmaluddin" for H. AMRI - H. HUSMALUDDIN (corpus-bd)
                found = left_out_family(self, written, tokens, sizes, races, kind, lambda c: (
                    official_members(c.name, self._titles)))
            self._remember(key, found)
        return self._cache[key]  # type: ignore[return-value]

    def reformed(self, written: str | None) -> bool:
        """A written pair the record does not have, though one of its members is a candidate
        of the record, standing with someone else: "Ridwan Kamil-Uu Ruzhanul Ulum" (Pilgub
        Jabar 2018; Ridwan Kamil stood in Jakarta in 2024), "Prabowo-Sandi" (Pilpres 2019).
        Another election's pair: neither it nor its ballot number is a 2024 pair (corpus-g)."""
        if not written or self.record is None:
            return False
        members = [(m, set(t)) for m in MEMBER_JOIN.split(written)
                   if (t := self.written_tokens(m))]
        if not 2 <= len(members) <= 3 or self.candidate(written) is not None:
            return False
        for k, (member, _) in enumerate(members):
            found = self.candidate(member)
            if found is None:
                continue
            own = {t for form in official_members(found.name, self._titles) for t in form}
            # The others share no word with that pair ("Uu Ruzhanul Ulum" beside Ridwan
            # Kamil): someone else. One spelt otherwise ("Ahmad HM Ali" for "AHMAD H M. ALI")
            # still shares one.
            if not any(words & own for j, (_, words) in enumerate(members) if j != k):
                return True
        return False

    def _similar(self, token: str) -> dict[str, float]:
        key = ("tok", token)
        if key not in self._cache:
            found = process.extract(token, self._vocabulary, scorer=fuzz.ratio,
                                    score_cutoff=60, limit=None)
            self._remember(key, {choice: score for choice, score, _ in found})
        return self._cache[key]  # type: ignore[return-value]

    def _candidate(self, tokens: tuple[str, ...], races: Sequence[Race] | None,
                   kind: str | None, sizes: tuple[int, ...] = ()) -> Candidate | None:
        allowed = None if races is None else set(races)
        races = tuple(dict.fromkeys(races)) if races is not None else None
        alias = self._aliases.get(" ".join(tokens))
        if alias:
            hits = [c for c in self._by_id.get(alias, ())
                    if (allowed is None or c.race in allowed) and kind in (None, c.race.kind)]
            if len(hits) == 1:
                return hits[0]
        # Every written word must be a word of the official name, or nearly (typos): a
        # candidate scores its worst-matched word, so "Ridwan-Rano" names nobody.
        scored: list[tuple[float, int]] = []
        if allowed is not None:
            # A race or two: compare with each of their candidates' words directly.
            for i in (i for race in races or () for i in self._race_index.get(race, ())):
                own = self._tokens[i]
                best = [max((fuzz.ratio(w, t, score_cutoff=60) for t in own), default=0.0)
                        for w in tokens]
                score = self._with_initials(best, tokens, i, sizes)
                if score < self.threshold:
                    score = self._left_out(best, tokens, i, races or ())
                scored.append((score, i))
        else:
            # Every race: only candidates sharing a (nearly) equal word are scored. One word
            # alone must be a word of the name as written: across the whole country a near
            # miss is a guess ("Dalam grafik itu ..." is not Sultra's TINA NUR ALAM).
            similar = [self._similar(t) for t in tokens]
            if len(tokens) == 1:
                similar = [{w: s for w, s in similar[0].items() if w == tokens[0]}]
            for i in {i for s in similar for word in s for i in self._inverted[word]}:
                if kind is not None and self._cands[i].race.kind != kind:
                    continue
                own = self._tokens[i]
                best = [max((s.get(t, 0.0) for t in own), default=0.0) for s in similar]
                scored.append((self._with_initials(best, tokens, i, sizes), i))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < self.threshold:
            return None
        if allowed is None and len(tokens) == 1 and (scored[0][0] < 100 or len(tokens[0]) < 3):
            # One word against every race of the country: only the very word, and not a
            # two-letter one ("Sabtu malam" named Tina Nur Alam of Sultra, "atas TU-MT" the
            # Aceh Selatan pair nicknamed "Nek Tu": issue 10, corpus-e).
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < self.margin:
            return None  # two candidates score alike: never guess
        if allowed is None and self._cands[scored[0][1]].is_empty_box:
            # "kotak kosong", "koko": every single-candidate race has one; the only governor
            # race with an empty box is no reason to put a Bengkulu page's figure in Papua
            # Barat. Only a race already known names it.
            return None
        return self._cands[scored[0][1]]

    def _left_out(self, best: list[float], tokens: tuple[str, ...], i: int,
                  races: Sequence[Race]) -> float:
        """Within the race the page names, one written word KPU's name leaves out (a family
        name: "Anwar Hafid" for "Dr. ANWAR, S.Sos., M.Si.") beside at least three that match
        is the candidate's, unless that word is in another candidate's name of the race.
        Two such words are another name."""
        missing = [w for b, w in zip(best, tokens) if b < self.threshold]
        kept = [b for b in best if b >= self.threshold]
        if len(missing) != 1 or len(kept) < 3:
            return 0.0
        others = {j for race in races for j in self._race_index.get(race, ()) if j != i}
        if any(missing[0] in self._tokens[j] for j in others):
            return 0.0
        return min(kept)

    def _with_initials(self, best: list[float], tokens: tuple[str, ...], i: int,
                       sizes: tuple[int, ...] = ()) -> float:
        """The candidate's score: its worst-matched word. A written given name that KPU wrote
        as an initial ("Muhammad Farhan" for "M. FARHAN") just passes, but only before a word
        of its own member that matched in full: an initial alone names nobody (golden
        independent_fig_tribun_pilwalkot_bandung), nor is a running mate the initial of the
        other member ("A.S Chaidir Syam - Suhartina Bohari": KPU's "A. S. Chaidir Syam", corpus-g)."""
        initials = self._initials.get(i)
        if initials is None:  # a few candidates a page are scored: not all 1,600 up front
            initials = self._initials[i] = _initials(self._cands[i].name, self._titles)
        if initials and any(b >= self.threshold for b in best):
            member = [k for k, n in enumerate(sizes) for _ in range(n)] \
                if sum(sizes) == len(tokens) else [0] * len(tokens)
            best = [b if b >= self.threshold or w[0] not in initials or not any(
                        best[x] >= self.threshold and member[x] == member[k]
                        for x in range(k + 1, len(tokens))) else float(self.threshold)
                    for k, (b, w) in enumerate(zip(best, tokens))]
        return min(best)


_MATCHERS: dict[tuple[int, int], tuple[object, FigureRules, Matcher]] = {}


def matcher_for(record: MemoryRecord | None, rules: FigureRules) -> Matcher:
    """The cached Matcher for this record and these rules (built on first use)."""
    key = (id(record), id(rules))
    entry = _MATCHERS.get(key)
    if entry is not None:
        ref, cached_rules, matcher = entry
        alive = ref() if isinstance(ref, weakref.ref) else ref
        if alive is record and cached_rules is rules:
            return matcher
    matcher = Matcher(record, rules)
    if len(_MATCHERS) >= 8:
        _MATCHERS.clear()
    _MATCHERS[key] = (weakref.ref(record) if record is not None else None, rules, matcher)
    return matcher
