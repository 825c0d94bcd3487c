"""Ballot numbers a page gives pairs itself, for the elections the record holds no roster of
(Pilgub Jabar 2018, Pilpres 2019) and for pairs the record does not name as written:
"pasangan nomor urut 1 Ridwan Kamil-Uu Ruzhanul Ulum (RINDU)" once, then "Ridwan-Uu
mengumpulkan 7.226.254 suara" or "RINDU menang ...".

A short name takes the number only when it names one numbered pair member by member (every
member written shares a word with that member of the pair, in order), or is the acronym the
page put in brackets after it, and every such pair the page numbered has that number: a name
two numbered pairs share ("Khofifah-Emil", numbered 1 in 2018 and 2 in 2024) gets none.
"""

from __future__ import annotations

import re

from checker.figures.matching import fold, name_tokens
from checker.figures.abbreviated import abbreviations
from checker.figures.alias_names import aliases, with_names
from checker.figures.package_names import package_definitions
from checker.figures.short_first import short_first
from checker.figures.pair_members import by_members

__all__ = ["ShortNames", "defined_names", "page_acronyms", "roster_number"]

# Between a ballot number and the pair's name: spaces, a comma or colon, and "yaitu"/"yakni"
# ("dimenangkan paslon nomor 2, yaitu Erman Safar-Marfendi", corpus-ao, Bukittinggi 2020).
_GAP = re.compile(r"[\s,:]{0,4}(?:(?:yaitu|yakni)[\s,:]{1,3})?")
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z'\s-]{1,30})\)")
_MEMBERS = re.compile(r"\s*[-\u2013\u2014/&+]\s*|\s+(?:dan|and)\s+", re.IGNORECASE)
_MAX_ENTRIES = 60


def _members(written: str, stop: frozenset[str]) -> list[frozenset[str]]:
    members = [frozenset(name_tokens(m, stop)) for m in _MEMBERS.split(written)]
    return [m for m in members if m]


def _initials(written: str, stop: frozenset[str]) -> tuple[str, ...]:
    """Each member's initials in order: "Benhur Tomi Mano - Costan Karma" -> ("btm", "ck")."""
    members = (name_tokens(m, stop) for m in _MEMBERS.split(written))
    return tuple("".join(w[0] for w in m) for m in members if m)


def _roster(layout) -> list[tuple[int, list[frozenset[str]], str | None, tuple[str, ...]]]:
    """(number, members, acronym, initials) for every pair the page names right after a ballot number."""
    text, entries = layout.text, []
    for mark in layout.ballots:
        if len(entries) >= _MAX_ENTRIES:
            break
        if text.startswith("(", mark.start):
            continue  # "Dico-Basuki (01)": the name is before the number
        start = _GAP.match(text, mark.end).end()
        runs = layout.runs(start, min(len(text), start + 120), first=True)
        if not runs or runs[0][0] != start:
            continue
        end = runs[0][1]
        cut = text.find("\n", start, end)  # a run may go on into the next line's name
        end = cut if cut >= 0 else end
        members = _members(text[start:end], layout.stop | layout.titles)
        if len(members) < 2:
            continue  # "paslon 2 Prabowo": one word is no pair's name to carry over
        acronym = _ACRONYM.match(text, end)
        entries.append((int(mark.value), members,
                        fold(acronym.group(1)) if acronym else None,
                        _initials(text[start:end], layout.stop | layout.titles)))
    return entries


def roster_number(layout, written: str | None, nomor: int | None, skip: bool) -> int | None:
    """`nomor` when the page wrote one beside the name, else the number it gave the pair
    `written` names elsewhere; asked where the record named nobody (an election it does not
    hold, a pair written otherwise); `skip` for a legislative race, whose numbers are not
    pairs'."""
    if nomor is not None or written is None or skip:
        return nomor
    entries = layout.__dict__.get("_roster")
    if entries is None:
        entries = layout.__dict__["_roster"] = _roster(layout)
    if not entries:
        return None
    known = layout.__dict__.setdefault("_roster_numbers", {})  # a name's, once a page
    if written not in known:
        known[written] = _number_of(entries, written, layout.stop | layout.titles)
    return known[written]


def _number_of(entries, written: str, stop: frozenset[str]) -> int | None:
    members, folded = _members(written, stop), fold(written)
    numbers = set()
    # "BTM-CK" for "Benhur Tomi Mano - Costan Karma": each written member one word, the
    # initials of that member of the pair (two letters at least in one of them)
    short = tuple(next(iter(m)) for m in members) if all(len(m) == 1 for m in members) else ()
    for number, pair, acronym, initials in entries:
        if acronym is not None and folded == acronym:
            numbers.add(number)
        elif len(short) >= 2 and short == initials and any(len(w) >= 2 for w in short) and \
                sum(len(w) for w in short) >= 4:
            numbers.add(number)
        elif any(2 <= len(written) <= len(pair) and all(
                written_member & member for written_member, member in zip(written, pair))
                for written in (members, members[-len(pair):] if len(members) > len(pair) else ())):
            # (the last members alone too: a dateline's dash before the pair, "BUKITTINGGI,
            # Padek - Erman Safar - Marfendi memenangi ...", corpus-ao)
            numbers.add(number)
    return numbers.pop() if len(numbers) == 1 else None


# "Eddy Santana Putra-Riezky Aprilia (ERA)": a pair's full name with a short name in brackets
# right after it; later "ERA dengan 51.179 suara". Capitalised, one word, two capitals at least,
# or the members' initials joined by a dash ("Beni Warlis dan M. Iqbal (BW-MI)"), spaced or
# not ("Lalu Ahmad Zaini – Nurul Adha (LAZ – Adha)", corpus-ac).
_SHORT_PAIR = r"[A-Z][A-Za-z]{0,6}(?:-|[ \t]*[\u2013\u2014][ \t]*|[ \t]+-[ \t]+)[A-Z][A-Za-z]{0,6}"
# The members joined by a dash or by "dan" ("Nadalsyah Koyem dan Supian Hadi (SHD)"), or by
# "dengan" ("Hari Wuryanto dengan Purnomo Hadi (Harmonis)", corpus-bj: a reader's blog).
_DEFINED = re.compile(r"([A-Z][\w.'\u2019]*(?:[ \t]+[\w.'\u2019]+){0,5}?(?:[ \t]*[-\u2013\u2014][ \t]*|"
                      r"[ \t]+(?:dan|dengan)[ \t]+)"
                      r"[A-Z][\w.'\u2019]*(?:[ \t]+[\w.'\u2019]+){0,5}?)[ \t]*"
                      r"\(([A-Z][A-Za-z]{1,14}|" + _SHORT_PAIR + r")\)")
_MAX_DEFINED = 40
_WITH = re.compile(r"[ \t]+dengan[ \t]+")  # the members' joiner, as the matcher reads one: " - "
# Every _DEFINED match is characters of _NAME_CHARS up to its "(" and then the short name in
# brackets (_BRACKETED): it can only start in the run of _NAME_CHARS that ends right at such
# a bracket. Those brackets are rare and found in C from their "("; the run before each is
# measured on the reversed text. _DEFINED is tried only there, where it did the same work
# before, instead of at every capital letter of the page (a 20 KB page: 5 ms -> a tenth).
_NAME_CHARS = r"[\w.'\u2019 \t\-\u2013\u2014]"
_BRACKETED = re.compile(r"\((?:[A-Z][A-Za-z]{1,14}|" + _SHORT_PAIR + r")\)")
_RUN_BACK = re.compile(_NAME_CHARS + "*")


def _definitions(text: str):
    """_DEFINED.finditer(text): the same matches, in order."""
    reverse, cursor = None, 0
    for bracket in _BRACKETED.finditer(text):
        at = bracket.start()
        if at < cursor:
            continue
        if reverse is None:
            reverse = text[::-1]
        run = _RUN_BACK.match(reverse, len(text) - at).end() - (len(text) - at)
        match = _DEFINED.search(text, max(cursor, at - run), bracket.end())
        if match is not None:
            cursor = match.end()
            yield match


# "H. L. Ahmad Zaini dan Hj. Nurul Adha atau LAZ-Adha": the short name after "atau" ("or")
# right after the pair's members joined by a dash or "dan" (Suara NTB, Lombok Barat 2024); "atau
# paket Hery-Faby" says the same with the package word (corpus-bd, iNewsFlores, Manggarai).
_OR_SHORT = re.compile(r"[ \t]+atau[ \t]+(?:[Pp]aket[ \t]+)?([A-Z][A-Za-z]{1,14}|"
                       r"[A-Z][A-Za-z]{0,6}-[A-Z][A-Za-z]{0,6})(?![\w-])")
_FULL_BEFORE = re.compile(r"[A-Z][\w.'\u2019]*(?:[ \t]+[\w.'\u2019]+){0,5}?(?:[ \t]*[-\u2013\u2014][ \t]*|"
                          r"[ \t]+dan[ \t]+)[A-Z][\w.'\u2019]*(?:[ \t]+[\w.'\u2019]+){0,5}?\Z")
_MAX_OR = 300  # "atau" is a common word: at most this many looked at per page


def _or_definitions(text: str):
    """(short name, full name) for each pair named in full, then "atau" and its short name."""
    at = text.find(" atau ")
    for _ in range(_MAX_OR):
        if at < 0:
            return
        short = _OR_SHORT.match(text, at)
        if short is not None:
            start = max(0, at - 120)
            run = _RUN_BACK.match(text[start:at][::-1]).end()
            full = _FULL_BEFORE.search(text, at - run, at)
            if full is not None:
                yield short.group(1), full.group()
        at = text.find(" atau ", at + 6)


def _resolve_tail(full: str, resolve):
    """The pair the bracketed name's words name, read from the first capitalised word on:
    "Di belakangnya pasangan Guspardi Gaus dan Yogi Yolanda (GG-YY)" is the pair's full
    name after the sentence's own words. A shorter tail must still join two members."""
    words = full.split()
    # (a name of two words is tried whole: "dr. Khairul-Ibnu Saud (Kharisma)" after a comma
    # gives "Khairul-Ibnu Saud", which words[:-2] left untried, corpus-ao)
    for i, word in enumerate(words[:-2] or words[:1]):
        if i and not word[:1].isupper():
            continue
        tail = " ".join(words[i:])
        if i and not _MEMBERS.search(tail):
            break
        pair = resolve(tail)
        if pair is not None:
            return pair
    return None


def defined_names(text: str, stop: frozenset[str], place=None) -> tuple[tuple[str, str], ...]:
    """(folded short name, full name) for each pair the page names in full with a short name
    in brackets; a word of the rules' stop list ("PDIP", "KPU") is none, nor a word in one
    capital that `place(word)` finds a region ("Bobby-Surya (Sumut)": where they stand). Read
    once per page: the pairs they name are resolved per set of races (page_acronyms)."""
    found = []
    defined = [(m.group(2), m.group(1), True)
               for _, m in zip(range(_MAX_DEFINED), _definitions(text))]
    defined += [(*d, False) for _, d in zip(range(_MAX_DEFINED), _or_definitions(text))]
    # "(Paket Stori)", "..., yang dikenal sebagai Paket ADDIBU"
    defined += [(*d, False) for d in package_definitions(text)]
    defined += [(*d, True) for d in abbreviations(text)]  # "Paslon yang disingkat Jamin"
    defined += [(*d, True) for d in short_first(text)]  # "AKUR (Agas Andreas dan ...)"
    for short, full, bracketed in defined:
        # A word in brackets right after a pair's members is its short name even in one
        # capital ("Jiwo-Sukriyanto (Jikir)"); after "atau" it must look like one ("LAZ-Adha").
        if (sum(c.isupper() for c in short) >= 2 or bracketed and len(short) >= 4 and
                (place is None or place(short) is None)) and fold(short) not in stop:
            found.append((fold(short), _WITH.sub(" - ", full)))
    return tuple(found) + _nicknamed(text) + _aliased(text, stop)


# "Muzakir Manaf (Mualem) dan Fadhlullah (Dek Fad)": each member's nickname in brackets after
# the name; the page then writes the pair "Mualem-Dek Fad" (corpus-j: distori.id, orinews).
_NICK = r"\(([A-Z][\w'\u2019]*(?:[ \t]+[A-Z][\w'\u2019]*){0,2})\)"
# A retired officer's rank before the name, "(Purn)" in it: "Mayjend (Purn) TNI Salim S Mengga
# (JSM)", "Letjen TNI (Purn.) ...". Its bracket is the rank's, not the member's nickname
# (corpus-au, Mediatha: "Suhardi Duka (SDK) dan Mayjend (Purn) TNI Salim S Mengga (JSM)", then
# "SDK-JSM").
_RANK = (r"(?:(?:[A-Z][\w.]*[ \t]+){1,2}\((?:Purn|Ret)\.?\)[ \t]+"
         r"(?:(?:TNI|Polri|POLRI|Pol\.?)[ \t]+)?)?")
_MEMBER = _RANK + r"((?:[A-Z][\w.'\u2019]*[ \t]+){0,3}[A-Z][\w.'\u2019]*)[ \t]*"
_JOIN = r"[ \t]*(?:[-\u2013\u2014][ \t]*|,?[ \t]+dan[ \t]+)"
_NICKNAMED = re.compile(_MEMBER + _NICK + _JOIN + _MEMBER + _NICK)
_NICK_JOIN = re.compile(r"\)" + _JOIN + r"[A-Z]")  # where such a pair may be: rare


def _nicknamed(text: str) -> tuple[tuple[str, str], ...]:
    """(folded "nick1 nick2", "member1 - member2") for each pair written with a nickname after
    each member; looked for only around a bracket closed before a joiner (a few per page)."""
    found, cursor = [], 0
    for _, join in zip(range(_MAX_DEFINED), _NICK_JOIN.finditer(text)):
        if join.start() < cursor:
            continue
        match = _NICKNAMED.search(text, max(cursor, join.start() - 90), join.end() + 90)
        if match is None or join.start() != match.end(2):
            continue  # the joiner right after the first member's nickname, not another one
        cursor = match.end()
        found.append((fold(match.group(2) + " " + match.group(4)),
                      match.group(1) + " - " + match.group(3)))
    return tuple(found)


# "Maulan Aklil alias Molen dan Masagus M Hakim": a member's nickname after "alias", the
# page then writing "Molen-Hakim" (corpus-az, Pangkalpinang); the second member's too
# ("... dan Muetazim Mansyur alias Puang Ical", then "Chaidir-Ical").
_ALIAS_NICK = r"(?:[ \t]*(?<=[ \t])alias[ \t]+([A-Z][\w'\u2019]*(?:[ \t]+[A-Z][\w'\u2019]*)?))"
_SENTENCE_END = re.compile(r"(?<=\w\w)\.(?:[ \t]|$)")
_ALIASED = re.compile(_MEMBER + _ALIAS_NICK + "?" + _JOIN + _MEMBER + _ALIAS_NICK + "?")


def _aliased(text: str, stop: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(folded "nick word", "member1 - member2") for each pair written with a member's
    nickname after "alias": the nickname beside each word of the other member (or the other
    nickname), the way pages then shorten the pair; looked for only around " alias " (rare)."""
    found, at = [], text.find(" alias ")
    for _ in range(_MAX_DEFINED):
        if at < 0:
            break
        match = next((m for m in _ALIASED.finditer(text, max(0, at - 90), at + 150)
                      if m.start() <= at < m.end() and (m.group(2) or m.group(4))), None)
        at = text.find(" alias ", at + 7)
        if match is None:
            continue  # (the window's first match may be "Wali Kota dan Wakil Wali Kota")
        first, nick1, second, nick2 = (g.strip() if g else g for g in match.groups())
        second = _SENTENCE_END.split(second, 1)[0]  # "... Masagus M Hakim. Dalam ..."
        heads = [nick1] if nick1 else [w for w in first.split() if len(w) >= 3 and
                                       fold(w) not in stop]
        tails = [nick2] if nick2 else [w for w in second.split() if len(w) >= 3 and
                                       fold(w) not in stop]
        found += [(fold(h + " " + t), first + " - " + second) for h in heads for t in tails]
    return tuple(found)


def page_acronyms(defined: tuple[tuple[str, str], ...], resolve) -> dict[str, object]:
    """{folded short name: candidate} for the record's pairs among `defined` (defined_names);
    `resolve(name)` is the pair the full name names, or None. A short name two pairs get is
    none."""
    found: dict[str, object] = {}
    clashes: set[str] = set()
    for key, full in defined:
        pair = _resolve_tail(full, resolve)
        if pair is None:
            continue
        if found.get(key, pair) is not pair:
            clashes.add(key)
        found[key] = pair
    return {k: v for k, v in found.items() if k not in clashes}


_WORDS = re.compile(r"[\s\-\u2013\u2014/&+]+")


class ShortNames:
    """The short names one page gives its pairs ("Muzakir Manaf-Fadhlullah (Mualem-Dek Fad)",
    "(ERA)"): read from the page once, on first use, and resolved per set of races the figure
    may be in (within the page's race a full name spelt otherwise still names its pair:
    "Martiaswanto" for KPU's MARTIAS WANTO, Agam)."""

    def __init__(self, text, matcher) -> None:
        self._text = text  # () -> the page's text, joined only when a short name is asked
        self.matcher = matcher
        self._by_races: dict | None = None
        self._defined: tuple[tuple[str, str], ...] = ()  # as written, twice if given twice
        self._shorts: frozenset[str] = frozenset()  # the folded short names of _defined
        self._aliases: dict[str, str] = {}  # "Muzakir Manaf alias Mualem": alias_names

    def _read(self) -> None:
        if self._by_races is None:
            self._by_races = {}
            self._defined = defined_names(self._text(), self.matcher._stop, self.matcher.region)
            self._shorts = frozenset(short for short, _ in self._defined)
            self._aliases = aliases(self._text(), self.matcher._stop)

    def defines(self, name: str) -> bool:
        """Whether the page gives `name` as a short name (whoever it names)."""
        self._read()
        return fold(name) in self._shorts

    def pair(self, name: str, races):
        self._read()
        if fold(name) not in self._shorts:
            return None  # (most names asked are no short name: no set of races resolved)
        key = tuple(races or ())
        if key not in self._by_races:
            # within the races, a pair written member by member ("Jiwo-Sukriyanto" for
            # SUJIWO - SUKIRYANTO: pair_members, one pair only)
            self._by_races[key] = page_acronyms(
                self._defined, lambda full: self.matcher.candidate(full) or (
                    self.matcher.candidate(full, key) or
                    by_members(self.matcher, full, key, initials=False) if key else None))
        found = self._by_races[key].get(fold(name))
        return found if found is not None and (not races or found.race in races) else None

    def with_alias(self, name: str, races, kind: str | None):
        """The pair `name` names once each member the page wrote as "Name alias Nick" is
        written as its name ("Mualem-Fadhlullah": alias_names), or None."""
        self._read()
        rebuilt = with_names(name, self._aliases) if self._aliases else None
        return self.matcher.candidate(rebuilt, races, kind) if rebuilt else None

    def with_member(self, name: str, races, kind: str | None):
        """A member's name beside the short name the page gave the other member or the pair
        ("Nadalsyah Koyem dan Supian Hadi (SHD)", then "Koyem SHD"): the pair, when the short
        names name it and the other words name it too."""
        words = _WORDS.split(name.strip())
        short = [w for w in words if len(w) >= 2 and w.isupper()]
        rest = " ".join(w for w in words if w not in short)
        if not short or not rest or len(words) > 6:
            return None
        pairs = {self.pair(w, races) for w in short}
        if len(pairs) != 1 or None in pairs:
            return None
        found = pairs.pop()
        return found if self.matcher.candidate(rest, races, kind) is found else None
