"""What a page says about its figures besides the numbers: which count they come from (real
count, quick count and by whom, plenary result, a campaign's internal count), which race
(governor, regent/mayor, president), which ballot number, and the time it states.
Every finder returns marks (position, value) in order, so a figure takes the nearest mark before
it. Phrases: rules/figures.yaml; the patterns are built once per rules object."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from checker.ruleset.figures import FigureRules
from checker.models import quick_init
from checker.figures.awaited import awaited
from checker.figures.at_words import Keys, find_at_words, phrase_keys
from checker.figures.bare_ballots import bare_ballots
from checker.figures.birth_dates import not_born
from checker.figures.election_keys import REGIONAL_OFFICE, election_key, held_in
from checker.figures.kept import kept
from checker.figures.months import MONTH_WORD
from checker.figures.numbers import read_across
from checker.figures.wording import edge_words, found_at, may_end_with, may_hold, may_say, \
    numbered_act

__all__ = ["Cues", "Mark", "cues_for", "election_key", "mark_before", "sentence_starts", "time_marks"]

_CLOCK = r"(?:(?:pukul|pkl\.?|jam)\s*\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit))?|\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)\b|\d{1,2}:\d{2}(?::\d{2})?)"
_DATE = (r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+" + MONTH_WORD + r"\.?\s+\d{4})")
# A date, optionally followed (within a few characters: ") pukul") by a clock time; or a clock
# time on its own. "28/11/2024 10:15", "Kamis (28/11/2024) pukul 15.30 WIB", "pukul 15.30 WIB".
_TIME = re.compile(r"(?<![\w/])(?:" + _DATE + r"(?:[\s,)(]{0,4}(?:t|pukul\s*|pkl\.?\s*)?"
                   + r"\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*(?:wib|wita|wit)\b)?)?|" + _CLOCK + r")",
                   re.IGNORECASE)
# "paslon nomor urut 3", "nomor urut 01", "Paslon 2", "no. urut 1", "(01)"
_BALLOT = re.compile(r"(?:\b(?:paslon|pasangan(?:\s+calon)?|calon|kandidat|cagub|capres|"
                     r"nomor\s+urut|no\.?\s*urut|nomor|no\.)\s*(?:nomor\s*)?(?:urut\s*)?"
                     r"(?:no\.?\s*)?0?(\d{1,2})(?![\d.,]*\d|\s*(?:%|persen)))|\(0(\d)\)",
                     re.IGNORECASE)

# "paslon nomor urut dua", "capres-cawapres nomor urut satu", "paslon tiga": the number in
# words. Not "nomor satu" alone, which ranks ("peringkat nomor satu").
_NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6}
_BALLOT_WORD = re.compile(r"\b(?:(?:paslon|pasangan(?:\s+calon)?|capres(?:-cawapres)?|"
                          r"cagub(?:-cawagub)?|kandidat)\s+(?:nomor\s+)?(?:urut\s+)?|"
                          r"(?:nomor|no\.?)\s*urut\s+)(satu|dua|tiga|empat|lima|enam)\b",
                          re.IGNORECASE)

# A line opened by a zero-padded ballot number and a colon or "=", then the pair's figure
# ("01 : 25,6 persen", "01 = 19,5%" under each country of hoaxes quoted by Bisnis.com, Liputan6):
# that pair's line. Not a clock ("01:30 WIB"): the figure after it is a share or a vote count.
_BALLOT_LINE = re.compile(r"0(\d)[ \t]*[:=][ \t]*(?=\d[\d.,]*[ \t]*(?:%|persen\b|suara\b))",
                          re.IGNORECASE)

_HOLDER = re.compile(r"\s+(?:RI\b|Republik\b|[A-Z][a-z]+)")
_CANDIDACY = re.compile(r"\b(?:calon|pemilihan|wakil|pasangan)\s+$", re.IGNORECASE)
# An office held or its house, no race: "mantan Gubernur", "Pj Gubernur Bali", "Rumah Jabatan" (bg)
_FORMER = re.compile(r"(?:\b(?:mantan|eks|bekas|former|ex|penjabat|plt|plh|jabatan)|\(?\bpj\)?)"
                     r"\.?[\s-]+$", re.IGNORECASE)
_NAMED_BY = re.compile(r"\b(?:oleh|versi|rilis|by)\s+((?:[A-Z][\w&.'-]*)"
                       r"(?:\s+(?:[A-Z][\w&.'-]*|&|dan))*)")
_TEAM = re.compile(r"(?i:\b(?:tim\s+(?:pemenangan|sukses|kampanye)|timses|koalisi))\s+"
                   r"(?:[A-Z][\w'.]*(?:\s*[-\u2013&/]\s*|\s+)){0,3}[A-Z][\w']*")


# "Pilgub Jabar 2018", "Pemilu 2019": an election word, up to four words on its line (not one
# paragraph's race word and the next's "Pilkada 2020", corpus-am), then a year; a year alone after
# "pada"/"tahun" is a past election too; a bare year goes by the years each was held.
# "Pemilihan umum Gubernur Jawa Timur 2018" (a wiki's title) is a Pilkada (election_keys).
_ELECTION_WORD = (r"pilkada|pilgub|pilbup|pilwalkot|pilwali|pilpres|pileg|pemilu|pilkades|"
                  r"pemilihan\s+umum\s+" + REGIONAL_OFFICE + r"\b|"
                  r"pemilihan\s+(?:umum|gubernur|bupati|wali\s*kota|walikota|presiden|kepala\s+"
                  r"daerah|legislatif|serentak)")
_ELECTION_YEAR = re.compile(r"(?i:\b(" + _ELECTION_WORD + r"))(?:(?:[^\S\n]|,)+"
                            r"(?!(?:19|20)\d\d\b)[\w.'-]+){0,4}?(?:[^\S\n]|,)+"
                            r"((?:19|20)\d\d)\b(?![.,]\d)")
_PAST_YEAR = re.compile(r"(?i:\b(?:pada|tahun|periode|sejak|edisi)\s+)(20[0-2]\d)\b(?![.,/]\d|"
                        r"\s*[-\u2013\u2014]\s*(?:19|20)\d\d\b)")  # not a term ("periode 2021-2026")
# Where a figure was counted below the kab/kota: "TPS 09", "di TPS itu", "Desa Bojong Koneng",
# a sum of a few TPS ("904 suara dari empat TPS", "di tingkat TPS"). A lower-case word after
# kecamatan/desa is the process ("tingkat kecamatan"), not a place; nor a count ("Kuasai 24
# Kecamatan") or a word on the next line (a headline ending in "Kecamatan", then a heading).
_LOWER = re.compile(r"(?i:\btps)\s*(?:(?i:nomor|no\.?)\s*)?0*\d{1,3}\b(?![.,]\d|\s*(?:%|persen))"
                    r"|(?i:\b(?:di|pada|dalam)\s+(?:tps\s+(?:itu|tersebut|ini|yang\s+sama|tempat)|"
                    r"tingkat\s+tps\b))|(?i:\b(?:di|pada|dalam|dari)\s+(?:ke)?(?:dua|tiga|"
                    r"empat|lima|\d{1,2})\s+tps\b)"
                    r"|(?<!\d\s)\b(?:[Kk]ecamatan|[Kk]ec\.|[Dd]esa|[Kk]elurahan|[Kk]el\.|[Dd]usun|"
                    # a Balinese banjar, not Kota or Kabupaten Banjar ("KPU Kota Banjar Gelar")
                    r"(?<![Kk]ota\s)(?<![Kk]abupaten\s)(?<![Kk]ab\.\s)[Bb]anjar|"
                    # DIY's and Papua's kecamatan: "Kapanewon Pengasih", "Distrik Tembagapura"
                    r"[Gg]ampong|[Nn]agari|[Kk]apanewon|[Kk]emantren|[Dd]istrik)[^\S\n]+[A-Z]")
_LOWER_WORDS = tuple("tps kec desa kel dusun banjar gampong nagari kapanewon kemantren "
                     "distrik".split())
# Words that put a figure back at the race's own level after a TPS or kecamatan was named.
_UPPER = re.compile(r"(?i:\b(?:tingkat|level|se-?)\s*(?:provinsi|kabupaten|kota|nasional)\b|"
                    r"\bsecara\s+(?:keseluruhan|nasional)\b|\bkeseluruhan\b)")

# The words each pattern's match opens with (checker/figures/at_words.py; a test holds every
# pattern to plain finditer). A digit opens a date or a clock time; "TPS09" is one word.
_DIGITS = tuple("0123456789")
_TIME_KEYS = Keys(prefixes=(*_DIGITS, "pukul", "pkl", "jam"))
_BALLOT_KEYS = Keys(prefixes=("paslon", "pasangan", "calon", "kandidat", "cagub", "capres", "no"))
_BALLOT_WORD_KEYS = Keys(prefixes=("paslon", "pasangan", "capres", "cagub", "kandidat", "no"))
_ELECTION_KEYS = Keys(("pilkada", "pilgub", "pilbup", "pilwalkot", "pilwali", "pilpres", "pileg",
                       "pemilu", "pilkades", "pemilihan"))
_PAST_YEAR_KEYS = Keys(("pada", "tahun", "periode", "sejak", "edisi"))
_LOWER_KEYS = Keys(("di", "pada", "dalam", "dari", "kecamatan", "kec", "desa", "kelurahan", "kel",
                    "dusun", "banjar", "gampong", "nagari", "kapanewon", "kemantren",
                    "distrik"), ("tps",))
_UPPER_KEYS = Keys(("keseluruhan",), ("tingkat", "level", "se"))


_RELATIVE = re.compile(r"\b(?:yang|dibanding(?:kan)?(?:\s+dengan)?|ketimbang|daripada)\s+"
                       r"(?:(?:pada|di|dalam|saat|ketika|sejak)\s+)?$", re.IGNORECASE)

_NEGATION_WORD = re.compile(r"[\w']+")  # the words before a claim type (Cues._negated),
_NEGATION_END = re.compile(r"[.!?]\s|\n")  # in its sentence ("belum pasti. Hasil hitung cepat")
_RIVAL_AFTER = re.compile(r"\s*(?:persen|%)?\s*(?:suara\s+)?(?:atas|dari|di\s+atas|dibanding(?:kan)?|"
                          r"ketimbang|terhadap)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.!?\n]\s")
# A year in the rival's clause is no figure of the rival's: "tertinggal 10,67 persen dari
# Pramono-Rano dalam Pilgub Jakarta 2024" (blind hunt 30: the gap was read as Rido's share).
_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d/-]|[.,]\d)")

_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*\s+(?=[\"'\u201c(]*[A-Z0-9])")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_ABBREVIATIONS = frozenset("no kab prov adm dr ir h hj drs dra prof st dt dll dsb vs jl kh tgk "
                           "ust capt purn pol jend kol sdr tgh hi".split())


@quick_init
@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    value: str
    extra: str | None = None   # claimed_by for claim types


def alternation(phrases) -> str:  # longest first; a space is any run of spaces
    return "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len,
                           reverse=True))


def sentence_starts(text: str) -> list[int]:
    """Where sentences start: after ". " before a capital or digit, not after a title or an
    initial ("Dr. Ir. PRAMONO", "No. 3", "H. RANO")."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        before = _LAST_WORD.search(text[max(0, match.start() - 12):match.start() + 1])
        word = before.group(1).lower() if before else ""
        if (len(word) <= 1 and text[match.start() - 1:match.start()] not in (")", "%") or
                word in _ABBREVIATIONS or read_across(text, match.start())) and \
                "\n" not in match.group():
            # "Dr. Ir. PRAMONO", "No. 3", "H. RANO", "40. 676 suara": no end ("Senin (19/2).", a
            # paragraph's end, "margin of error 2%." are: "%" is no initial, blind hunt 48)
            continue
        starts.append(match.end())
    return starts


def mark_before(marks: list[Mark], starts: list[int], position: int,
                floor: int = -1) -> Mark | None:
    """The last mark ending before `position` (None if it starts before `floor`)."""
    index = bisect_right(starts, position) - 1
    while index >= 0:
        mark = marks[index]
        if mark.end <= position:
            return mark if mark.start >= floor else None
        index -= 1
    return None


def time_marks(text: str, limit: int = 200) -> list[Mark]:
    """The dates and clock times of `text` (Cues.times; needs no rules)."""
    found = zip(range(limit), find_at_words(_TIME, text, _TIME_KEYS))
    return not_born(text, [Mark(m.start(), m.end(), " ".join(m.group(0).split()))
                           for _, m in found])  # a date of birth is no count's moment


class Cues:
    def __init__(self, figures: FigureRules, negations: tuple[str, ...]) -> None:
        phrase_type = {p: kind for kind, phrases in figures.claim_types.items() for p in phrases}
        # Longest phrase first: "real count internal" before "real count".
        self._type_re = re.compile(r"(?<!\w)(?:" + alternation(phrase_type) + r")(?!\w)",
                                   re.IGNORECASE)
        self._type_keys = phrase_keys(phrase_type)
        self._phrase_type = {" ".join(p.split()): k for p, k in phrase_type.items()}
        self._negations = frozenset(negations)
        self._pending = frozenset(figures.pending_words)
        alias_name = {a: p.name for p in figures.pollsters for a in p.aliases}
        self._pollster_re = re.compile(r"(?<!\w)(?:" + alternation(alias_name) + r")(?!\w)",
                                       re.IGNORECASE)
        self._pollster_keys = phrase_keys(alias_name)
        self._alias_name = {" ".join(a.split()): n for a, n in alias_name.items()}
        word_kind = {w: k for k, words in figures.race_words.items() for w in words}
        self._race_re = re.compile(r"(?<!\w)(?:" + alternation(word_kind) + r")(?!\w)",
                                   re.IGNORECASE)
        self._race_keys = phrase_keys(word_kind)
        self._word_kind = {" ".join(w.split()): k for w, k in word_kind.items()}
        self._progress_re = re.compile(r"(?<!\w)(?:" + alternation(figures.progress_words)
                                       + r")(?!\w)", re.IGNORECASE)
        # Exceptions are matched in the same alternation, longest first, so "lembaga survei"
        # (the institution that runs the quick count) is consumed before "survei" can match.
        self._not_share_re = re.compile(
            r"(?<!\w)(?:" + alternation(figures.not_share_words
                                          + figures.not_share_exceptions) + r")(?!\w)",
            re.IGNORECASE)
        self._bound_re = re.compile(r"(?<!\w)(?:" + alternation(figures.bound_words)
                                    + r")\s*$", re.IGNORECASE) if figures.bound_words else None
        fillers = alternation(figures.margin_fillers) if figures.margin_fillers else "(?!)"
        self._margin_re = re.compile(
            r"(?<!\w)(?:" + alternation(figures.margin_words) + r")(?:\s+(?:" + fillers
            + r"))?\s*$", re.IGNORECASE) if figures.margin_words else None
        self._percent_margin_re = re.compile(r"(?<!\w)(?:" + alternation(
            figures.percent_margin_words) + r")(?:\s+(?:" + fillers + r"))?\s*$",
            re.IGNORECASE) if figures.percent_margin_words else None
        self._margin_topic_re = re.compile(
            r"(?<!\w)(?:" + alternation(figures.margin_topics) + r")(?!\w)",
            re.IGNORECASE) if figures.margin_topics else None
        self._share_ok = frozenset(" ".join(w.lower().split())
                                   for w in figures.not_share_exceptions)
        # (C-speed tests that spare the regexes of is_bound and is_margin, figure by figure:
        # wording.edge_words)
        self._bound_ends = edge_words(figures.bound_words)
        self._margin_ends = edge_words(figures.margin_words + figures.margin_fillers)
        self._topic_firsts = edge_words(figures.margin_topics, last=False)

    def _negated(self, text: str, start: int) -> bool:
        window = _NEGATION_END.split(text[max(0, start - 60):start])[-1]
        words = _NEGATION_WORD.findall(window.lower())
        return not self._negations.isdisjoint(words[-3:]) or \
            not self._pending.isdisjoint(words[-5:])

    def claim_types(self, text: str, limit: int = 500) -> list[Mark]:
        """Count-type phrases not negated ("bukan hasil resmi") nor pending ("akan
        ditetapkan"), with who made the count when the page says it."""
        marks = []
        for match in find_at_words(self._type_re, text, self._type_keys):
            if len(marks) >= limit:
                break
            if self._negated(text, match.start()) or awaited(text, match.start(), match.end()):
                continue  # ("bukan hasil resmi", "hingga hasil resmi KPU diumumkan")
            kind = self._phrase_type[" ".join(match.group(0).lower().split())]
            marks.append(Mark(match.start(), match.end(), kind,
                              self._claimed_by(text, kind, match.start(), match.end())))
        return marks

    def _claimed_by(self, text: str, kind: str, start: int, end: int) -> str | None:
        after = text[end:end + 80]
        if kind == "quick_count":
            near = self._pollster_re.search(text, max(0, start - 120), min(len(text), end + 120))
            if near:
                return self.pollster(near.group(0))
            # An institution the list does not know, named as pages name one ("oleh Lembaga
            # Survei X"): kept as written, so the registered-pollster check can flag it.
            named = _NAMED_BY.search(after.split(":", 1)[0])
            return " ".join(named.group(1).split())[:80] if named else None
        if kind == "real_count":
            if re.match(r"\s*(?:versi\s+|milik\s+|dari\s+)?(?:kpu|komisi pemilihan umum)\b",
                        after, re.IGNORECASE):
                return "KPU"
            if text[start:end].lower() == "sirekap":
                return "Sirekap"
            return None
        if kind == "internal_count":
            # "Tim pemenangan Khofifah-Emil ... hitung internal": the team, as written.
            team = _TEAM.search(text, max(0, start - 200), min(len(text), end + 80))
            if team:
                return " ".join(team.group(0).split())[:80]
            return " ".join(text[start:end].split())
        return None

    def pollster(self, written: str) -> str:
        return self._alias_name.get(" ".join(written.lower().split()), written)

    def pollsters(self, text: str, limit: int = 100) -> list[Mark]:
        return [Mark(m.start(), m.end(), self.pollster(m.group(0)))
                for _, m in zip(range(limit), find_at_words(self._pollster_re, text,
                                                            self._pollster_keys))]

    def race_kinds(self, text: str, limit: int = 500) -> list[Mark]:
        """Race words in order; "mantan Gubernur Jatim Khofifah" is a person's former office,
        not the race a figure belongs to."""
        marks = []
        for _, m in zip(range(limit), find_at_words(self._race_re, text, self._race_keys)):
            kind = self._word_kind[" ".join(m.group(0).lower().split())]
            if _FORMER.search(text, max(0, m.start() - 12), m.start()) or (
                    kind == "president" and m.group(0)[:1].isupper() and
                    _HOLDER.match(text, m.end()) and
                    not _CANDIDACY.search(text, max(0, m.start() - 12), m.start())):
                continue  # "mantan Gubernur Jatim Khofifah", "Presiden Prabowo": a person
            marks.append(Mark(m.start(), m.end(), kind))
        return marks

    def elections(self, text: str, limit: int = 500) -> list[Mark]:
        """Elections named with their year (never a numbered act's: "UU No. 10 Tahun 2016"), in
        order: value is the election key, extra the election word, or None for a bare year."""
        marks = [Mark(m.start(), m.end(), election_key(m.group(1), int(m.group(2))),
                      m.group(1).lower())
                 for _, m in zip(range(limit), find_at_words(_ELECTION_YEAR, text,
                                                             _ELECTION_KEYS))]
        marks += [Mark(m.start(), m.end(), election_key(None, int(m.group(1))), None)
                  for _, m in zip(range(limit), find_at_words(_PAST_YEAR, text, _PAST_YEAR_KEYS))
                  if int(m.group(1)) < 2024 and held_in(int(m.group(1)))]  # not "periode 2025-2030"
        return sorted((m for m in marks if not numbered_act(text, m.end)), key=lambda m: m.start)

    @staticmethod
    def relative(text: str, marks: list[Mark]) -> frozenset[int]:
        """Where an election is named inside a relative or comparing clause ("provinsi yang
        pada Pilpres 2014 dimenangi Jokowi", "dibandingkan Pilpres 2019"): it dates that
        clause's fact, not the figures of the sentences after it."""
        return frozenset(m.start for m in marks if _RELATIVE.search(
            text, max(0, m.start - 40), m.start))

    def levels(self, text: str, limit: int = 2000) -> list[Mark]:
        """"lower" where a TPS, desa/kelurahan or kecamatan is named, "upper" where the page
        goes back to the province or kab/kota level."""
        # Every wording of _LOWER holds one of these words (a C-speed look spares its pass).
        lower = find_at_words(_LOWER, text, _LOWER_KEYS) if may_say(text, *_LOWER_WORDS) else ()
        marks = [Mark(m.start(), m.end(), "lower") for _, m in zip(range(limit), lower)]
        marks += [Mark(m.start(), m.end(), "upper") for _, m in zip(
            range(limit), find_at_words(_UPPER, text, _UPPER_KEYS))]
        return sorted(marks, key=lambda m: m.start)

    times = staticmethod(time_marks)  # (text, limit=200)

    def ballots(self, text: str, limit: int = 2000) -> list[Mark]:
        marks = [Mark(m.start(), m.end(), str(int(m.group(1) or m.group(2))))
                 for _, m in zip(range(limit), find_at_words(_BALLOT, text, _BALLOT_KEYS,
                                                             found_at(text, "(0")))]
        words = [Mark(m.start(), m.end(), str(_NUMBER_WORDS[m.group(1).lower()]))
                 for _, m in zip(range(limit), find_at_words(_BALLOT_WORD, text,
                                                             _BALLOT_WORD_KEYS))]
        lines = [Mark(at + 1, m.end(), m.group(1)) for at in found_at(text, "\n0")[:limit]
                 if (m := _BALLOT_LINE.match(text, at + 1))]
        lines += [Mark(a, b, value) for a, b, value in bare_ballots(text, limit)  # "diikuti 03"
                  if not any(m.start <= a < m.end for m in lines)]
        if lines:
            marks = sorted(marks + lines, key=lambda m: m.start)[:limit]
        return sorted(marks + words, key=lambda m: m.start)[:limit] if words else marks

    def is_progress(self, text: str) -> bool:
        return bool(self._progress_re.search(text))

    def last_progress_word(self, text: str) -> int:
        """Where the last progress word in `text` ends (-1: none)."""
        end = -1
        for match in self._progress_re.finditer(text):
            end = match.end()
        return end

    def is_bound(self, text: str, position: int) -> bool:
        """A bound word right before `position` ("lebih dari 50 persen")."""
        start = max(0, position - 40)
        return self._bound_re is not None and (
            self._bound_ends is None or may_end_with(text, start, position, self._bound_ends)
        ) and bool(self._bound_re.search(text[start:position]))

    def is_margin(self, text: str, start: int, position: int, end: int,
                  percent: bool = False) -> bool:
        """A margin between pairs, not a pair's figure: a margin word right before `position`
        ("unggul 465.079 suara"; a percentage only when a rival follows with no figure of
        its own in the clause, or after "margin": "unggul 4,14 persen dari pesaing ..." is one,
        "unggul 50,07% atas RK-Suswono 39,4%" two shares) or a margin topic in text[start:position] ("Selisih suara ...
        mencapai 465.079 suara")."""
        near = max(start, position - 40)
        if self._margin_re is not None and (self._margin_ends is None or may_end_with(
                text, near, position, self._margin_ends)) and \
                self._margin_re.search(text[near:position]) and \
                (not percent or self._rival_without_figure(text, end) or self._percent_margin_re
                 is not None and self._percent_margin_re.search(text[near:position]) is not None):
            return True
        return self._margin_topic_re is not None and (self._topic_firsts is None or may_hold(
            text, start, position, self._topic_firsts)) and \
            bool(self._margin_topic_re.search(text, start, position))

    @staticmethod
    def _rival_without_figure(text: str, end: int) -> bool:
        rival = _RIVAL_AFTER.match(text, end)
        if not rival:
            return False
        stop = _CLAUSE_END.search(text, rival.end(), rival.end() + 200)
        return not re.search(r"\d", _YEAR.sub("", text[rival.end():stop.start() if stop else
                                                     rival.end() + 200]))

    def is_not_share(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """A not-share word in text[start:end]. Matching begins a little before `start`, so
        an exception cut by the window ("lemba|ga survei") still wins over its tail."""
        end = len(text) if end is None else end
        return any(m.end() > start and " ".join(m.group(0).lower().split()) not in self._share_ok
                   for m in self._not_share_re.finditer(text, max(0, start - 30), end))


_CUES: dict[tuple[int, tuple[str, ...]], tuple[FigureRules, Cues]] = {}


def cues_for(figures: FigureRules, negations: tuple[str, ...]) -> Cues:
    """Built once per rules object (checker.figures.kept)."""
    return kept(_CUES, (id(figures), negations), figures, lambda: Cues(figures, negations))
