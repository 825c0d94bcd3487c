"""The figures a page states, as Claims: from Sirekap-shaped JSON (resources the page loaded,
inline scripts, a JSON body), from HTML tables and from running text.

    extract_claims(page, snapshot, record, rules) -> tuple[Claim, ...]

Pure: no network, clock, database or files. `record` is the official MemoryRecord or None;
without one the page's own words are kept (region and candidate names as written, codes None).
Every claim names its origin (json | table | text) and an excerpt; the number of claims and
the work per page are bounded (rules/figures.yaml `params`), hostile pages included.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cached_property

from checker.analyse.opening_words import first_opening
# (Imported here, not in the functions every check calls: an import statement inside a
# function costs 2-4 us at each call, about 1 % of a tiny page's check; issue 12.)
from checker.figures import from_fields as claims_fields
from checker.figures import from_json as claims_json
from checker.figures import from_tables as claims_table
from checker.figures import from_text as claims_text
from checker.figures import from_tps as claims_tps
from checker.figures.abroad import ABROAD_AREA
from checker.figures.won_alone import alone_spans, inside
from checker.figures.captions import caption_spans, outside_captions
from checker.figures.partial_tally import partial
from checker.figures.pilpres_areas import follow_pilpres_pairs
from checker.figures.party_branch import party_board
from checker.figures.quoted_races import unquote_other_elections
from checker.figures.places import ABROAD, LEGISLATIVE, national_mentions
from checker.figures.head_pair import names_pair
from checker.figures.regions import fold
from checker.figures.collect import ELECTION_OF, RECORDED, Collector, Scope
from checker.figures.office_names import office_places
from checker.figures.past_pairs import page_pairs_election, text_race
from checker.figures.quick_progress import hold_quick_progress
from checker.figures.recalls import page_text, recalled
from checker.figures.revote import page_revote
from checker.figures.cues import Cues, cues_for, election_key
from checker.figures.birth_dates import birth_line
from checker.figures.election_keys import last_held
from checker.figures.written_years import (first_date_year, latest_date_year, says_2024,
                                           without_announced, without_next)
from checker.figures.decree_year import decree_election
from checker.figures.earlier_numbers import hold_earlier_numbers
from checker.figures.earlier_round import hold_earlier_rounds
from checker.figures.fact_check import fact_check
from checker.figures.head_level import head_lower
from checker.analyse.page import Page
from checker.figures.pilpres_pairs import names_pilpres_pairs
from checker.figures.matching import Matcher, matcher_for
from checker.figures.moment import stated_day, without_periods
from checker.figures.nick_lists import read_nick_lists
from checker.figures.own_tier import OWN_TIER, own_kpu
from checker.figures.related import line_starts, outside, related_lines
from checker.figures.scope_gate import gate
from checker.figures.section_heads import own_race_marks, page_headings
from checker.figures.compared_races import not_compared
from checker.models import Claim, Snapshot
from checker.official.model import MemoryRecord
from checker.ruleset.figures import FigureRules
from checker.ruleset.model import RuleSet

__all__ = ["extract_claims", "fact_check"]


class _Dated:
    """A page's year of publication and whether it writes 2024 or later: each read once
    per page (the page scope and the collector both ask; issue 11)."""

    def __init__(self, page: Page, cues: Cues, limit: int = 20000) -> None:
        self.page, self.cues, self.limit = page, cues, limit

    @cached_property
    def year(self) -> int | None:
        return _published_year(self.page)

    @cached_property
    def says_2024(self) -> bool:
        return _says_2024(self.page)

    @cached_property
    def recalls(self) -> list[tuple[int, int]]:
        """The sentences recalling an earlier election beside their own figure (recalls)."""
        return recalled(self.page.prose[:self.limit], self.cues, RECORDED)

    @cached_property
    def own_prose(self) -> str:
        """The prose less its recalls: what the page-level readers take the page's election
        and race from."""
        return page_text(self.page.prose[:self.limit], self.recalls)


def _page_scope(page: Page, matcher: Matcher, cues: Cues, dated: _Dated | None = None) -> Scope:
    """What the page as a whole is about: its title, og:title and headings, where a hoax
    graphic or a news headline says "Real Count KPU Pilgub DKI Jakarta 28/11/2024"."""
    dated = dated or _Dated(page, cues)
    prose = page.prose[:20000]  # a link to another article ("Baca juga ...") names its race
    offices = office_places(matcher, _SITE_NAME.sub("", page.title))  # "KPU Cilacap: ..."
    headings, apart = page_headings(page, matcher, prose, offices)
    head = "\n".join([page.title, page.og_title, *headings])
    types = cues.claim_types(head)
    # "... di Pilkada Wonogiri - Rakyat Jateng": the site's name after the headline is no
    # place the page is about (the headline itself is its first heading).
    # (every heading: a section on another place leaves the page's own place open)
    named = "\n".join([_SITE_NAME.sub("", page.title), _SITE_NAME.sub("", page.og_title),
                       *page.headings]) if page.headings else head
    if named == head:  # (the same text: one object, so the region scan splits it once)
        named = head
    opening = page.prose[:3000]  # (a photo caption's date is the picture's: captions.py)
    times = without_periods(head, cues.times(head)) or \
        outside_captions(without_periods(opening, cues.times(opening)),
                         caption_spans(opening, page.captions))
    # "Menang di Dalam dan Luar Negeri": the country with its votes abroad, no page about the
    # votes abroad (area 99) whose national counts were then held (corpus-am, Pojok Negeri).
    whole_country = national_mentions(named)
    only = alone_spans(named)  # "Ganjar Hanya di Luar Negeri": no area of the page
    regions = {(r.code, r.name.lower()): r for r in matcher.region_mentions(named)
               if not any(n.start <= r.start and r.end <= n.end for n in whole_country)
               and not inside(only, r.start, r.end)}
    for hit in offices:
        regions.setdefault((hit.code, hit.name.lower()), hit)
    titled = {m.value for m in cues.race_kinds(head)}  # the races the title and headings name
    kinds = titled or {m.value for m in not_compared(own_race_marks(outside(
        cues.race_kinds(prose), sorted(related_lines(prose, line_starts(prose), page.links) +
                                       apart + dated.recalls)),
        prose, matcher, regions.values()), prose, matcher.rules.comparison_words)}
    # The election the title and headings name ("Hasil Pilgub Jabar 2018"); one only.
    elections = {m.value for m in cues.elections(head)}
    # A page about one TPS ("Mulia-PAS menang di TPS ..."): its figures are that TPS's unless
    # a paragraph says otherwise. Title and first heading only: later headings are sections.
    top = "\n".join([page.title, page.headings[0] if page.headings else ""])
    lower = head_lower(cues.levels(top), top, page.prose, page.headings) or \
        bool(re.search(r"(?i)\b(?:di|pada)\s+tps\b(?!\s+(?:se|di\s+seluruh))", top))
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    election = elections.pop() if len(elections) == 1 else None
    if election is None and not elections:
        # No election named with its year: an article published before 2024 cannot report a
        # 2024 count ("Sah! KPU Nyatakan Ridwan Kamil-Uu Ruzhanul Menang Pilkada Jabar",
        # Suara.com, 8 Juli 2018, is the Pilgub Jabar 2018). Its date: the address
        # (/2018/07/08/) or the byline at the top of the text. A date the text gives where the
        # text also writes 2024 is no byline of an older page but a reading's date, typed wrong
        # ("Senin 19/2/2014 pukul 22.00" beside "pileg 2024" and "(19/2/2024)", Pikiran
        # Merdeka, corpus-ar): the page is dated as by the other dates in its text (below).
        year = None if dated.says_2024 and not _address_year(page) else dated.year
        if year is not None and year < 2024:
            told = text_race(matcher.rules, matcher, cues, "\n".join([page.title,
                                                                       dated.own_prose]), year)
            if told is None:
                # Pairs of one earlier election only, even pairs that stood again in 2024
                # ("Eri Cahyadi-Armuji" on a page of 2023): that election, not the page's year
                told = _pairs_before(page_pairs_election(matcher.rules, matcher, "\n".join(
                    [page.title, dated.own_prose]), before_2024=True), year)
            election, kind = (told[0], told[1] or kind) if told else \
                (election_key(None, year, kind), kind)
        elif year is None:
            election = _titled_kind(_only_earlier_election(page, cues, dated), titled)
            if election is None and not dated.says_2024:  # "Prabowo-Sandi", no year: 2019
                election = _titled_kind(page_pairs_election(matcher.rules, matcher, "\n".join(
                    [page.title, dated.own_prose])), titled)
            if election is None and not dated.says_2024 and \
                    (written := latest_date_year(dated.own_prose) or 2024) < 2024:
                # Dated only by the dates in its text ("Rabu (9/12/2020)"): written_years.
                election = election_key(None, written, kind)
    # A page about a re-vote held after the record's round (PSU Pilkada 2025): another round.
    if election is None or election in RECORDED:
        base = election or ELECTION_OF.get(kind or "", "pilkada2024")
        election = page_revote(head, page.prose, dated.year, base) or election
    # (a party's board, "DPD PDIP DKI Klaim ...", names no house)
    legislative = any(not party_board(top, m.start()) for m in LEGISLATIVE.finditer(top)) and \
        not cues.race_kinds(top) and not names_pair(matcher, top)  # "Ganjar Kalah, PDIP Menang"
    # A head over many provinces ("Hasil Pilpres 2024 di 25 Provinsi") is about none of them.
    region = next(iter(regions.values())) if len(regions) == 1 and not partial(named) else None
    # Votes abroad are below the record's areas ("Unggul di Malaysia": several PPLN), unless
    # the head names them as a whole ("Unggul di Luar Negeri"): the record's area 99, which
    # is the 2024 Pemilu's (a 2019 page's "luar negeri" is no area of the record).
    whole = region is not None and region.code == ABROAD_AREA and \
        election in (None, ELECTION_OF["president"])
    top_country = national_mentions(top)
    only = alone_spans(top)
    abroad = any(not (whole and fold(m.group()) == fold(region.name))
                 for m in ABROAD.finditer(top)
                 if not any(n.start <= m.start() and m.end() <= n.end for n in top_country)
                 and not inside(only, m.start(), m.end()))
    return Scope(
        tier=region is not None and region.level == 2 and
        bool(OWN_TIER.search(page.prose[:800]) or own_kpu(page.prose[:800], region.code, matcher)),
        legislative=legislative,
        election=election,
        lower=lower or abroad, place=abroad,
        region=region,
        kind=kind,
        claim_type=types[0].value if types else None,
        claimed_by=types[0].extra if types else None,
        page_time=times[0].value if times else None,
    )


_SITE_NAME = re.compile(r"\s+(?:[-|\u2013\u2014])\s+[^-|\u2013\u2014\n]{1,40}$")


def extract_claims(page: Page, snapshot: Snapshot, record: MemoryRecord | None,
                   rules: RuleSet | FigureRules) -> tuple[Claim, ...]:
    """Every figure the page states (JSON first, then tables, then text), at most
    rules `max_claims`. Pure."""
    figures = rules.figures if isinstance(rules, RuleSet) else rules
    if figures is None:
        return ()
    negations = rules.vocabulary.negations if isinstance(rules, RuleSet) else ()
    matcher = matcher_for(record, figures)
    cues = cues_for(figures, tuple(negations))
    dated = _Dated(page, cues, figures.param("max_text_chars"))
    out = Collector(page, matcher, figures, cues, lambda: _page_scope(page, matcher, cues, dated))
    # A fact-check ("[SALAH] Grafik 'Real Count KPU' ...", or "Faktanya ... Kesimpulan ...
    # hoaks") quotes the hoax's figures to debunk them: quotes, not claims (golden
    # no_claims_fig_factcheck_quotes_dki_fake fired FIG004/FIG020 on the debunk).
    out.quoted = page.debunk or fact_check(page, figures)
    if isinstance(rules, RuleSet):
        words = set(page.election_words)
        named = [e.key for e in rules.elections if words & set(e.words)]
        out.election = named[0] if len(named) == 1 else None
        out.unheld = _unheld(page, rules)
    year = dated.year
    out.no_2024 = (year is None or year < 2024) and not dated.says_2024
    text = "\n".join([page.title, *page.headings, page.prose[:figures.param("max_text_chars")]])
    opening = "\n".join([page.title, *page.headings, dated.own_prose])
    out.only_race = "president" if names_pilpres_pairs(out, opening, text) else None
    out.presidential = out.only_race is not None or _presidential(opening)
    claims_json.collect(out, page, snapshot)
    # Tables and prose yield figures only on a page about an election: "lemak 10 persen" on a
    # recipe blog is not a candidate's share, whatever name-matching would find.
    if _about_an_election(page, out.claims):
        claims_tps.collect(out, page)  # one polling station's figures (issue 12)
        claims_table.collect(out, page)
        claims_text.collect(out, page)
        claims_fields.collect(out, page)  # an infobox's source: "| popular_vote1 = ..."
        out.claims[:] = claims_tps.without_shadowed(out.claims)
    # An undated page's ballot numbers where its own pairs are another election's
    out.claims[:] = hold_earlier_numbers(out.claims, out)
    # Precision first: what the page does not bear out is held, not compared (scope_gate).
    gated = hold_earlier_rounds(gate(out.claims, page, matcher), page, record)  # "Lima tahun lalu"
    # Area lists under the pairs' nicknames, tied to pairs by the page's own sums (of the
    # pairs' counts the gate lets stand): gated again with them, on the rare page that has one.
    extra = read_nick_lists(list(gated), page.prose[:figures.param("max_text_chars")],
                            matcher, out.limit - len(out.claims))
    # A progress on a quick count's page is the pollster's data-in (quick_progress); a
    # fact-check's quick count of another election is no hoax's (quoted_races); a page of the
    # Pilpres's pairs only has its areas' progress in the Pilpres (pilpres_areas).
    return follow_pilpres_pairs(unquote_other_elections(tuple(hold_quick_progress(
        hold_earlier_rounds(gate(out.claims + extra, page, matcher), page, record) if extra
        else gated, text, cues)), out.quoted, out.election if isinstance(rules, RuleSet)
        else None, out.holds), text, cues)


_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?:/|(?:0[1-9]|1[0-2])(?:[0-3]\d)?\b|-(?:0[1-9]|1[0-2])-)")
def _says_2024(page: Page) -> bool:
    """Does the page write the year 2024 or a later one anywhere (title, headings, text)? A
    term's closing year ("periode 2021 - 2026") is not one (written_years)."""
    return says_2024(page.prose[:20000], "\n".join([page.title, *page.headings]))


def _pairs_before(election: str | None, year: int) -> tuple[str, None] | None:
    """(page_pairs_election's election, no kind) on a page written in a year of no election
    (2021, 2023), when it is the last one held before: a pair named in an aside ("pada
    Pilgub Riau 2018, Andi Rachman-Suyatno ...") does not redate a page of a year that held
    its own ("pilkada2020" stays the 2020 page's)."""
    held = last_held(year)
    return (election, None) if election is not None and held != year and \
        held == int(election[-4:]) else None


def _titled_kind(election: str | None, titled: set[str]) -> str | None:
    """An earlier election the text names (or whose pair it names), as the default of a page
    whose title names its race only when of that race's kind: "Pada Pilkada 2018 lalu,
    Ganjar-Yasin ..." on a page titled "Rekapitulasi Suara Hasil Pilpres" recalls another
    election, it does not date the page's figures (nor a Pemilu those of a Pilgub page)."""
    if election is None or not titled or (len(titled) > 1 and "president" in titled):
        return election
    return election if election.startswith("pemilu") == ("president" in titled) else None


def _only_earlier_election(page: Page, cues: Cues, dated: _Dated) -> str | None:
    """The one earlier election a page of unknown date names in its text ("Pilkada serentak
    2020" in the lead, the figures paragraphs later), when the text never says 2024 or later:
    its figures are that election's, even where a pair of then ran again in 2024 (ERA.id,
    Pilkada Bulukumba 2020, corpus-g). Several of one kind ("Pemilu 2019" in the lead,
    "Pilpres 2014" recalled): the latest, since a page cannot report an election after the
    last it names, and an earlier one it recalls is named where its figures are (a paragraph's
    own year wins over this default; Obsessionnews, Pilpres 2019 against 2014, corpus-i).
    Of both kinds (a party's "Pemilu 2019" seats recalled beside the "Pilkada serentak 2020"),
    the latest too: whichever it is, it is no recorded election, so a wrong pick is an
    attribution, never a grade. Any later year: no default. None named at all: the year the
    KPU decree it quotes was numbered in, before 2024 (decree_year)."""
    if dated.says_2024:
        return None
    # Only an election named with its word ("Pilkada 2018"): a bare year ("pada 2018 pernah
    # memimpin asosiasi bupati", a profile after the figures) dates a fact of its own sentence,
    # and cannot make a whole page of no year another election's (corpus-bh, channel9: Papua
    # Pegunungan's first governor race read as "pilkada2018").
    named = {m.value for m in cues.elections(dated.own_prose[:20000], limit=50) if m.extra}
    if not named:  # the year its decree's number ends in ("Nomor 580/.../12/2020")
        return decree_election(dated.own_prose[:20000])
    if named & RECORDED:
        return None
    return max(named, key=lambda key: (key[-4:], key))


def _address_year(page: Page) -> int | None:
    """The year in the page's address (/2018/07/08/, /20180708...), if any."""
    found = _URL_YEAR.search(page.final.url if page.final is not None else "")
    return int(found.group(1)) if found else None


def _published_year(page: Page) -> int | None:
    """The year a page was published: from its address (/2018/07/08/, /20180708...), else
    the first date near the top of its text (the byline)."""
    year = _address_year(page)
    if year is not None:
        return year
    return first_date_year(without_announced(without_next(page.prose[:600])))  # the byline's


_URL_DAY = re.compile(r"/(20\d\d)/(0[1-9]|1[0-2])/(?:([0-3]\d)/)?|/(20\d\d)-(0[1-9]|1[0-2])-([0-3]\d)\b|"
                      r"/(20\d\d)(0[1-9]|1[0-2])([0-3]\d)(?!\d)")


def _unheld(page: Page, rules: RuleSet) -> frozenset[str]:
    """The elections held after the page was published, whose results it cannot report: by
    the date in its address (/2024/02/29/; /2024/02/ counts as the month's last day). A
    fact-check of 29 Feb 2024 names no Pilkada pair: "Agnes" is not Tambrauw's candidate."""
    found = _URL_DAY.search(page.final.url if page.final is not None else "")
    if found is None:
        latest = _byline_day(page)
        if latest is None:
            return frozenset()
    else:
        year, month, day = [g for g in found.groups() if g is not None] + [None] * \
            (3 - len([g for g in found.groups() if g is not None]))
        try:
            latest = date(int(year), int(month), int(day)) if day else \
                date(int(year) + int(month) // 12, int(month) % 12 + 1, 1) - timedelta(days=1)
        except ValueError:
            return frozenset()
    held = []
    for election in rules.elections:
        try:
            held.append((election.key, date.fromisoformat(election.date)))
        except (TypeError, ValueError):
            continue
    return frozenset(key for key, day in held if day > latest)


def _byline_day(page: Page) -> date | None:
    """The day on the page's byline: a short line near the top of its text that is mostly a
    date ("Minggu, 18 Februari 2024 14:30 WIB", "Tim detikBali - Rabu, 27 Nov 2024"). A date
    inside a paragraph is what the story is about, not when it was written. Of several such
    lines the latest: a headline's polling day ("Pemilu 14 Februari 2024") on a page of
    December must not make the Pilkada a future election."""
    days = []
    for line in page.prose.split("\n", 12)[:12]:  # (not every line of a long page)
        line = " ".join(line.split())
        if 0 < len(line) <= 70 and not re.search(r"[.!?]\s+\S", line) and not birth_line(line):
            day = stated_day(line)
            if day is not None:
                days.append(day)
    return max(days, default=None)


# Words only a page about the presidential race uses ("Presiden Prabowo" is in Pilkada news).
_PRESIDENTIAL = re.compile(r"\b(?:pilpres|capres|cawapres|ppwp|pemilihan\s+presiden|"
                           r"presidential)\b", re.IGNORECASE)
# The words its every match opens with (first_opening: tried only where one starts, not at
# every position of the page's text: 3-9 ms on a hostile page).
_PRESIDENTIAL_WORDS = ("pilpres", "capres", "cawapres", "ppwp", "pemilihan", "presidential")
_EARLY = 2000  # characters: a page about the race names it in its title or first lines


def _presidential(text: str) -> bool:
    """Does `text` hold a word of _PRESIDENTIAL? Its first characters are searched the plain
    way first (most pages that name it do so there, and lowering the whole text costs more);
    a match ending before their end is a match in the whole text (its closing \b reads the
    same character)."""
    early = _PRESIDENTIAL.search(text, 0, _EARLY)
    if early is not None and early.end() < _EARLY:
        return True
    return first_opening(_PRESIDENTIAL, text, _PRESIDENTIAL_WORDS) is not None


def _about_an_election(page: Page, claims: list[Claim]) -> bool:
    # A debunk negates every result phrase it quotes ("Viral Hasil Quick Count Anies 41
    # Persen, Voxpol Pastikan Hoaks"), yet it is about an election's result: its figures are
    # read, as quotes (corpus factcheck-wartatangsel-voxpol-quick-count-41-persen-hoaks read
    # none, and the hoax's 41,47 for Anies, 24.95 at KPU, went uncaught).
    return bool(claims or page.election_words
                or any(page.debunk or not h.negated
                       for h in page.result_hits if h.where != "text"))

