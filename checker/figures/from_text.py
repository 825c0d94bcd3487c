"""Claims from running text, in the style of Indonesian news and hoax captions:

    "Pramono-Rano memperoleh 2.181.939 suara atau 50,07 persen", "Dharma-Kun 10,49%"
    "paslon nomor urut 4 ... 62,22 persen", "data masuk 99,12 persen (60.219 dari 60.751 TPS)"

A figure belongs to the pair (name or ballot number) named nearest before it in its sentence
(or listed "masing-masing": respectively.py); "... suara atau 50,07 persen" carries the pair
before. Region, race, count type and time: the nearest the page states before (Layout, Scope)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal
from itertools import accumulate, chain

from checker.figures.abroad import ppln_named, ppln_tally
from checker.figures.addresses import with_addresses
from checker.figures.area_lists import area_item, lower_item, paragraph_pair
from checker.figures.bracket_items import bracket_item
from checker.figures.at_words import find_at_words
from checker.figures.captions import caption_spans, outside_captions
from checker.figures.cards import card_owner
from checker.figures.carried_area import carried
from checker.figures.basis_sentence import split_basis
from checker.figures.count_basis import count_mark
from checker.figures.head_to_head import rival_leads
from checker.figures.lead_gap import lead_gap
from checker.figures.kecamatan_heads import kecamatan_of, progress_kecamatan
from checker.figures.kecamatan_runs import kecamatan_run, unless_item
from checker.figures.collect import RECORDED, Collector, Scope
from checker.figures.comma_counts import comma_counts
from checker.analyse.page import Page
from checker.figures.coverage_after import national_after, whole_goes_on
from checker.figures.cues import Mark, mark_before
from checker.figures.dapil import dapil_named, dpr_province
from checker.figures.houses import house_marks
from checker.figures.matching import RegionHit, inner_pairs
from checker.figures.figure_kind import figure_kind
from checker.figures.layout import Layout
from checker.figures.line_breaks import sentence_spans
from checker.figures.region_words import folded_words, prose_mentions
from checker.figures.name_runs import NameRuns, shared_words
from checker.figures.title_holder import person_places
from checker.figures.speaker_count import carried_counts
from checker.figures.split_halves import halves_apart
from checker.figures.sub_areas import sub_areas
from checker.figures.year_lines import year_lines
from checker.figures.revote import marks as revote_marks, is_revote
from checker.figures.revote_sum import summed_round
from checker.figures.all_kecamatan import all_of_area
from checker.figures.own_name import own_name, page_outlets
from checker.figures.places import (ABROAD, ABROAD_KEYS, BELOW, dateline, in_lower_name,
                                    institution, national_mentions, race_named, unknown_places)
from checker.figures.moment import dated_after, without_periods
from checker.figures.figure_election import election_and_kind
from checker.figures.owners import borrow, owner_after, race_of_pairs_after, rival_race
from checker.figures.pair_election import record_pair_election, record_pair_figure
from checker.figures.numbers import find_fractions, find_numbers
from checker.figures.hedges import hedged
from checker.figures.office_titles import without_office_holders
from checker.figures.other_race import other_race_pair
from checker.figures.page_roster import roster_number
from checker.figures.not_owner import names_no_owner
from checker.figures.parties import house_at, owning_party
from checker.figures.race_totals import race_total, total_here
from checker.figures.ranges import low_ends
from checker.figures.read_out import read_by
from checker.figures.related import related, related_scope, teaser_hold, teaser_lines, past_aside
from checker.figures.referents import carried_over, named_after, referred, this_pair
from checker.figures.respectively import each_other, respective
from checker.figures.rivals import rival_owner
from checker.figures.wording import superseded, TRAILING_JOIN as _TRAILING_JOIN

__all__ = ["collect"]
_REACH = 300  # how far before a figure its name may be (characters)


class _Text(NameRuns, Layout):
    def __init__(self, out: Collector, text: str) -> None:
        self.out, self.text, self._words = out, text, shared_words(out.matcher, out.figures)
        self.paragraphs = lines = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.stops, self.sentences = sentence_spans(text, lines, teaser_lines(self))

    def _index(self) -> None:  # on first use of an index (Layout.__getattr__)
        out, text, cues, matcher = self.out, self.text, self.out.cues, self.out.matcher
        # A dateline ("Jakarta - "), the outlet's name, a photo caption's place: no figure's.
        outlets, self.captions = page_outlets(out.page), caption_spans(text, out.page.captions)
        mentions = outside_captions(prose_mentions(matcher, text, 2000), self.captions)
        filed = [r for r in mentions if dateline(text, r)]
        people = person_places(text, mentions, matcher)  # "Wali Kota Medan Bobby": Bobby's
        self.datelines = [(r.start, r.end) for r in filed + people]  # (NameRuns: no name's)
        self.regions = [r for r in mentions
                        if r not in filed and (not institution(text, r) or read_by(text, r))
                        and not in_lower_name(text, r, out) and not own_name(text, r, outlets)
                        and r not in people]
        dapils = [r for r in self.regions if dapil_named(text, r)]  # "Jatim XI": no region
        self.regions = with_addresses(text, [r for r in self.regions if r not in dapils], matcher)
        self.regions, self.levels = sub_areas(text, self.regions, cues.levels(text), out)
        national = national_mentions(text)  # "Di tingkat nasional, ...": the country
        if national:  # a place inside "38 provinsi dan luar negeri" is part of the country
            self.regions = sorted([r for r in self.regions if not any(
                n.start <= r.start < n.end for n in national)] + national, key=lambda r: r.start)
        self.types = carried_counts(text, cues.claim_types(text), self.paragraphs)
        self.type_starts = [m.start for m in self.types]
        self.times = outside_captions(without_periods(text, cues.times(text)), self.captions)
        self.time_starts = [m.start for m in self.times]
        self.kinds = without_office_holders(text, cues.race_kinds(text), self.regions)
        self.kind_starts = [m.start for m in self.kinds]
        self.ballots = cues.ballots(text)
        self.ballot_starts = [m.start for m in self.ballots]
        self.elections = revote_marks(text, year_lines(text, cues.elections(text), self.kinds),
                                      out.scope.election, RECORDED)
        self.election_starts = [m.start for m in self.elections]
        self.relative = cues.relative(text, self.elections)
        self.scoping = [m for m in self.elections if m.start not in self.relative]
        self.places = [Mark(a, b, "place") for a, b in unknown_places(text, self._in_region)
                       if matcher.region(text[a:b]) is None]  # known: "KPU Kota Banjar", an office
        inside = [*national, *(r for r in self.regions if r.code and r.code[:2] == "99")]
        self.places += [Mark(r.start, r.end, "dapil") for r in dapils]
        self.places += [Mark(m.start(), m.end(), "abroad") for _, m in  # (a PPLN: an area)
                        zip(range(200), find_at_words(ABROAD, text, ABROAD_KEYS))
                        if not any(n.start <= m.start() < n.end for n in inside)]
        self.places.sort(key=lambda m: m.start)
        self.place_starts = [m.start for m in self.places]
        self.houses = house_marks(text)  # DPR, DPRD, DPD, caleg, ...
        self.house_starts = [m.start for m in self.houses]
        self.level_starts = [m.start for m in self.levels]
        self.pollsters = cues.pollsters(text)
        self.pollster_starts = [m.start for m in self.pollsters]
        self.stop, self.titles = folded_words(out.figures)
        self.is_name_word = matcher.is_name_word
        self.figured: set[int] = set()

    # -- what a figure is about ------------------------------------------------------------
    def scope(self, position: int) -> Scope:
        """Once per position (referents.carried_over asks a figure's again); worked out again
        when the region it read has had figures of its own since (`figured`, read() marks)."""
        known = self.__dict__.setdefault("_scopes", {})
        found = known.get(position)
        if found is None or found[1] is not None and (found[1] in self.figured) != \
                found[0].figured:
            found = known[position] = self._scope(position)
        return found[0]

    def _scope(self, position: int) -> tuple[Scope, int | None]:
        """The figure's Scope, and where its region starts when `figured` was read of it."""
        page = self.out.scope
        where = self._where(position)  # (sentence, its end, paragraph, its end)
        sentence, paragraph = where[0], where[2]
        region = self._region_for(position, where)
        region = national_after(self, position, where, region) or \
            whole_goes_on(self, position, where, region) or region  # "24.95% nationwide"
        kind = self._kind_for(position, where)
        named = region or page.region
        mark = count_mark(self, position, where, named.code if named is not None else None,
                          kind.value if kind is not None else page.kind)
        claimed_by = mark.extra if mark else page.claimed_by
        if mark is not None and mark.value == "quick_count" and claimed_by is None:
            pollster = mark_before(self.pollsters, self.pollster_starts, position, paragraph)
            claimed_by = pollster.value if pollster else None
        time = mark_before(self.times, self.time_starts, position, paragraph)
        intro = self._intro(paragraph)
        election, kind = election_and_kind(self, position, where, intro, kind, region)
        # A figure dated in a later year than the earlier election the page's head names
        # ("Suara Prabowo Lampaui Perolehan Pilpres 2019": "hingga Selasa (27/2/2024) ...
        # 75.033.960 suara") is no count of it: the names and race words decide.
        # So is a figure after the body named the record's election in full ("... perolehan
        # suara Pilpres 2024 dengan 75.033.960. Anies-Muhaimin di posisi kedua ...").
        later = mark_before(self.elections, self.election_starts, position)
        election = election.value if election is not None else None if \
            page.election not in (None, *RECORDED) and not is_revote(page.election) and (
                time is not None and dated_after(time.value, page.election) or
                later is not None and later.value in RECORDED) else page.election
        # A window near the figure (a hostile page's endless sentence made this quadratic),
        # within its paragraph: "Di 24 provinsi lainnya ..." opening the next is not its tally.
        window = (max(sentence, position - 240), min(position + 80, where[3]))
        partial = self._partial(*window) and not all_of_area(self, *window, position)
        place = mark_before(self.places, self.place_starts, position, sentence) or \
            self._abroad(position, sentence, paragraph)
        below = place is not None and region is not None and BELOW.match(self.text, place.start)
        total = race_total(self, position, where)  # "..., Kecamatan X 3.552 suara dan total"
        # "Untuk DPD, empat perolehan tertinggi adalah:" over one line per senator (Serayunews)
        legislative, senate = house_at(self, page.legislative, kind, position, intro, sentence)
        if legislative and dpr_province(self, region, position, max(
                sentence, place.end if place is not None else 0)):
            place, region = Mark(region.start, region.end, "dapil"), None  # the DPR dapil
        if place is not None and (region is None or region.start < place.start) and not \
                (below or total):
            # "Di Kabupaten Mahulu Isran-Hadi unggul ...": a place the record's names do not
            # know, named after any region it does: not the region named before it.
            abroad = ppln_tally(self.text, position, place, sentence)  # "di 127 wilayah PPLN"
            dapil = legislative and place.value == "dapil"  # a legislator's district
            return Scope(election=election, region=abroad, partial=abroad is not None,
                         near=abroad is not None, lower=abroad is None, place=abroad is None,
                         legislative=dapil, senate=dapil and senate,
                         kind=kind.value if kind is not None
                         else page.kind, claim_type=mark.value if mark else page.claim_type,
                         claimed_by=claimed_by if mark else page.claimed_by,
                         page_time=time.value if time else page.page_time), None
        going_on = carried(self, region, position, where, kind.value if kind else page.kind)
        lower = below or self._lower(position, where) and \
            not (going_on or ppln_named(self, region, position, paragraph))
        # A count too large for the kecamatan named before is the kab/kota the page is about
        # (its title), a party's as a pair's, when no other place was named since.
        own = page.region
        wide = own is not None and own.level == 2 and own.code and \
            (region is None or region.code is not None and own.code.startswith(region.code))
        unclear = going_on is None or not going_on and self._unclear(region, position, where, wide, lower)
        if (lower or unclear) and (total or self._race_wide(
                mark, kind.value if kind is not None else page.kind, position, paragraph,
                sentence)):
            lower = unclear = False
            if region is not None and region.start < paragraph and not region.line:
                region = None  # named paragraphs before: the race's own area decides
        region = race_named(self.text, region, page.region)  # "Untuk Pilgub Jawa Barat, ..."
        return Scope(unclear=unclear, lower=lower,
            figured=region is not None and region.start in self.figured,
            legislative=legislative, senate=senate, partial=partial, election=election,
            near=region is not None and (region.start >= paragraph or region.line or going_on
                                         or self._headed(region, position)
                                         or self._intro_place(region, intro, paragraph)),
            region=region or page.region, kind=kind.value if kind is not None else page.kind,
            claim_type=mark.value if mark else page.claim_type,
            claimed_by=claimed_by if mark else page.claimed_by,
            page_time=time.value if time else page.page_time), \
            region.start if region is not None else None

    def name_of(self, start: int, end: int, scope: Scope):
        """(candidate, ballot number, name as written) named between start and end; nobody
        for an election the record does not hold (Ridwan Kamil of Pilgub Jabar 2018)."""
        area = scope.region.code if scope.region is not None else None
        resolve = not scope.legislative and self.out.holds(scope.election)
        race = "president" if scope.kind is None and scope.election == "pemilu2024" else scope.kind
        if scope.legislative and (party := owning_party(self.text, end, start)):
            return None, None, party  # "PKB 106.881 suara": the party's votes, no pair's
        ballot = mark_before(self.ballots, self.ballot_starts, end, start)
        nomor = int(ballot.value) if ballot else None
        runs = self.runs(start, end)
        written, written_end, last = None, end, runs[-1][1] if runs else None
        for a, b in reversed(runs):
            if names_no_owner(self.text, a, b, end):
                continue  # "di TPS Edy Rahmayadi" (where he voted), "Partai X", a backer
            name = self.text[a:b]  # a run ends in a word: a join only as "dan"/"and"
            name = (_TRAILING_JOIN.sub("", name) if name[-3:].lower() in ("dan", "and")
                    else name).strip()  # "Wardan": no join
            if not self.out.matcher.split_name(name):
                continue
            if resolve and halves_apart(self.out, area, race, name):
                written, written_end = name, b  # "Andi Rio-Andi Akmal": two pairs' members
                break
            if resolve:  # the nearest run may hold a pair in title-case words (its race only)
                for part in chain((name,), inner_pairs(name, self._loose) if b == last else ()):
                    found = self.out.candidate(area, race, None, part, part is name)
                    if found is None and part is name and end - b <= 40:
                        found = self.out.by_members(area, race, name)  # "Dhito-Dewi"
                    if found:
                        if ballot is not None and ballot.start >= b and found.nomor_urut != nomor:
                            # a ballot number after it is nearer ("Hendri: paslon 2", corpus-f)
                            return self.out.candidate(area, race, nomor, None), nomor, None
                        return found, nomor, part
            if written is None and self._pair_like(name, a, resolve):
                written, written_end = name, b  # "A-B: 10.7604 C-D: 150.808": C-D's
                if not resolve or end - b <= 40:
                    break
        # The number the page gave the written pair elsewhere: for an election (a re-vote)
        # the record does not hold, or, on a page written before a vote (its pairs not yet
        # the record's: "Prabowo-Gibran" on 10 Feb 2024), for a pair written right before it.
        nomor = roster_number(self, written, nomor, scope.legislative or resolve and not (
            is_revote(scope.election)) and (not self.out.unheld or end - written_end > 40))
        if written is None and nomor is None:
            return None, None, None
        kind = self._kind_of_before(race, end, (area, nomor)) if written is None else race
        # Another election's pair keeps its number; the area's other race's pair is that race's.
        cand = other_race_pair(self.out, area, kind, nomor, written) if resolve else None
        return cand or (self.out.candidate(area, kind, nomor, None) if nomor is not None and
                        resolve and not self.out.reformed(written) else None), nomor, written

    def read(self) -> None:
        text, out, style = self.text, self.out, self.style
        limit = out.figures.param("max_text_figures")  # a range "70-80%": its first number
        numbers = low_ends(text, comma_counts(text, find_numbers(text, style, limit=limit)))
        fractions = [f for f in find_fractions(text, style, limit=2000)
                     if f.tps or out.cues.is_progress(text[max(0, f.start - 60):f.start])]
        # (in order, as found: one bisection tells whether a number is inside a fraction)
        fraction_starts = [f.start for f in fractions]
        fraction_reach = list(accumulate((f.end for f in fractions), max))
        used_fractions: set[int] = set()
        previous: tuple[int, int, tuple] | None = None  # (sentence, end, who)
        stated: set[int] = set()  # paragraphs that state a progress percentage
        loose: set[int] = set()  # paragraphs with a percentage no pair owns
        listed: tuple[int, Scope] | None = None  # (end, scope) of the last area item read
        for number in numbers:
            if out.full:
                return
            previous = past_aside(self, number, previous)  # "Baca juga: ...": skipped
            inside = bisect_right(fraction_starts, number.start) - 1
            if inside >= 0 and fraction_reach[inside] > number.start:
                continue
            sentence = self._start_of(self.sentences, number.start)
            span = sentence if previous is None or previous[0] != sentence else previous[1]
            span = max(span, number.start - _REACH)  # a "sentence" may be a whole hostile page
            span = max(span, self._start_of(self.paragraphs, number.start))  # not a heading's
            kind = figure_kind(self, number, span, sentence)
            if kind is None and (item := bracket_item(self, number, previous)
                                 or kecamatan_run(self, number, previous)):  # "Selesai 924"
                # "Kecamatan Gerokgak (32.411), Seririt (25.719)"
                self._bracketed(number, sentence, item)
                previous = self.previous = (sentence, number.end, item[0])
                continue
            if kind in (None, "total"):
                if number.unit == "percent":
                    loose.add(self._start_of(self.paragraphs, number.start))
                elif kind and previous is not None and previous[0] == sentence:
                    previous = (sentence, number.end, previous[2])  # "X N suara dari total M,
                continue  # atau 58,81 persen": the share after the total is still X's
            scope = record_pair_figure(self, related_scope(self, number, self.scope(number.start)), number, kind)  # "Baca juga"
            excerpt = text[max(sentence, number.start - 140):number.end + 40]
            if kind == "progress":
                stated.add(self._start_of(self.paragraphs, number.start))
                scope = progress_kecamatan(self, number, sentence, record_pair_election(  # "Kec. X dengan progress", "Prabowo-Gibran"
                    self, race_of_pairs_after(self, borrow(self, scope, previous, number.start), number), number))
                fraction = self._fraction(fractions, used_fractions, sentence, number)
                # Over 800.000-830.000 TPS: every TPS of a Pemilu (823.220 in 2024), national.
                if fraction and out.presidential and 800_000 <= fraction.total < 830_000:
                    scope = replace(scope, region=RegionHit("", "", 0, number.start, number.end),
                                    kind="president", near=True, unclear=False)
                out.add("progress", number.value, "text", excerpt, scope,
                        done=fraction.done if fraction else None,
                        total=fraction.total if fraction else None)
                continue
            who, item = respective(self, number, style, scope) or \
                owner_after(self, number, scope) or \
                rival_owner(self, number, span, scope, previous) or \
                unless_item(self, number, previous, self.name_of(span, number.start, scope)), None
            if who[0] is None and who[1] is not None and who[2] is None:
                who = this_pair(self, previous, span, number, scope, who)
            if who[0] is None and who[1] is None and who[2] is None:
                # "Kabupaten Gorontalo 104.695 suara, Boalemo 35.523 suara": a pair's area list
                item = area_item(self, number, previous, scope) or \
                    lower_item(self, number, previous, scope)
                carried = None if item else carried_over(self, previous, sentence, span, number)
                if carried is not None and listed is not None and listed[0] == previous[1] \
                        and (scope.region is None or listed[1].region is None or
                             scope.region.start <= listed[1].region.start) and \
                        not total_here(self, number, previous):
                    item = carried, listed[1]  # "Tabanan 67,03% atau 204.005": Tabanan's too
                who = item[0] if item else carried or card_owner(self, number, scope) or \
                    named_after(self, number, scope) or referred(self, previous, span, number, scope)
                if who is None and (item := paragraph_pair(self, number, previous, scope)):
                    who, scope = item
                scope = item[1] if item else scope
            who = None if rival_leads(self, number, previous, sentence, scope, who) or \
                lead_gap(self, number, who) else who  # "unggul 1,7 persen": a lead
            if who is None or who[0] is None and (kind[-6:] == "_named" or related(self, number)):
                if kind == "share":
                    loose.add(self._start_of(self.paragraphs, number.start))
                continue
            cand, nomor, name = who
            scope = kecamatan_of(self, number, sentence, who, rival_race(
                scope, previous, sentence) if cand is None else scope)
            if scope.near and scope.region is not None and item is None and (  # a list's item:
                    scope.region.line or scope.region.start >= self._start_of(  # not an area
                        self.paragraphs, number.start)):  # the page gives figures for; nor
                self.figured.add(scope.region.start)  # a section heading's (_headed)
            scope = summed_round(self, number, scope)  # "sebelumnya N ditambah suara PSU"
            for cand, nomor, name in (who, *each_other(self, number)):  # "masing-masing 12"
                out.add("share" if kind.startswith("share") else "votes", number.value, "text",
                        excerpt, scope, candidate=cand, nomor=nomor, name=name,
                        approximate=number.approximate or hedged(text, number.start),
                        hold="superseded" if superseded(text, number.start, number.end)
                        else teaser_hold(self, number, stated) or split_basis(self, number.start),
                        quoted=out.attributed(text[max(sentence, number.start - _REACH):number.start]))
            previous = self.previous = (sentence, number.end, who)
            listed = (number.end, scope) if item is not None else None  # an area list's item
        for index, fraction in enumerate(fractions):
            if self._start_of(self.paragraphs, fraction.start) in stated | loose:
                # The paragraph states its progress in words (that is the claim), or a
                # percentage no pair owns ("sudah mencapai 69,45 persen"): a progress computed
                # from "21.367 dari 21.367 TPS" beside it may contradict the page's own.
                continue
            if index not in used_fractions and fraction.tps and not out.full:
                value = (Decimal(fraction.done) * 100 / Decimal(fraction.total)).quantize(
                    Decimal("0.01"))
                excerpt = text[max(0, fraction.start - 120):fraction.end + 20]
                out.add("progress", value, "text", excerpt, self.scope(fraction.start),
                        done=fraction.done, total=fraction.total)

    def _bracketed(self, number, sentence: int, item) -> None:
        (cand, nomor, name), scope = item
        excerpt = self.text[max(sentence, number.start - 140):number.end + 40]
        self.out.add("votes", number.value, "text", excerpt, scope, candidate=cand,
                     nomor=nomor, name=name)


def collect(out: Collector, page: Page) -> None:
    text = page.prose[:out.figures.param("max_text_chars")]
    if text and not out.full:
        _Text(out, text).read()
