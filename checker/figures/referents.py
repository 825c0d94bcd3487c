"""Whose figure it is when no name stands right before it (issue 10, attribution): the pair
of the figure before ("... suara atau 50,07 persen"), the pair a ballot number with "ini"
refers to, the pair "mereka"/"pasangan itu" (or a sentence with no subject: subjectless.py)
refers back to, a name right after the figure.
The prose reader (from_text.py) asks these in turn; each answers a (candidate, nomor,
written) triple or None. Pure."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from checker.figures.court_sides import owned_by_side, side_pair
from checker.figures.eliminated import left_over
from checker.figures.labels import CONTRAST
from checker.figures.opponents import opponent
from checker.figures.pair_pointer import among_pairs
from checker.figures.parties import PARTY
from checker.figures.subjectless import opens_bare
from checker.figures.single_pair import single_before
from checker.figures.teasers import teaser_lines
from checker.figures.wording import (ANAPHORA, ANAPHORA_OPENS, CLAUSE, GAINS, LOOK_AFTER,
                                     THIS_BALLOT, search_between)

if TYPE_CHECKING:
    from checker.figures.collect import Scope
    from checker.figures.numbers import Number

__all__ = ["carried_over", "named_after", "referred", "this_pair"]

# The same pair's figure by another count, set against the first in one sentence ("Prabowo-
# Gibran memperoleh 58,25% dalam quick count CSIS, sedangkan hasil KPU 58,59%"): the gap ends
# in the other count's name and at most a verb of reading it, none of progress ("sementara real
# count KPU mencapai 65%" is the count's progress, not the pair's share). Only a count the rules
# name (rules/figures.yaml's claim types): "sedangkan hasil KPU 58,59%" says neither KPU's
# real count nor its plenary, and would take the quick count's basis named before.
_OTHER_COUNT = re.compile(
    r"\b(?:sedangkan|sementara|adapun)[^\S\n]+(?:(?:hasil|data|versi|menurut|berdasarkan)"
    r"[^\S\n]+)*(?:rekapitulasi|rekap|real[^\S\n]+count|quick[^\S\n]+count|hitung[^\S\n]+"
    r"(?:cepat|nyata)|sirekap|pleno)\b[^\n,;.]{0,30}?(?:[^\S\n]+(?:mencatat|menunjukkan|"
    r"sebesar|yakni|yaitu|adalah|di[^\S\n]+angka))?[^\S\n]*:?[^\S\n]*$", re.IGNORECASE)
# Words that give one figure to every pair named before ("kedua paslon itu sama kuat,
# masing-masing memperoleh 104 suara"): no antecedent to choose between.
# The words point at both pairs the sentence before names: "keduanya", "kedua paslon itu",
# "masing-masing" (respectively.each_other gives the figure to each); not "posisi kedua".
# "masing-masing 104 suara": each pair named before has the figure (a tie); with two figures of
# a kind after it ("masing-masing meraih 32,52 persen dan 58,81 persen") it is a list in an
# order the pointer does not give. "Keduanya meraih 32,52 persen" alone is no tie: either pair's,
# or their sum (fix-known11: given to the nearer name and flagged against its share).
_EACH = re.compile(r"\bmasing-masing\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*\s*(%|persen\b)?", re.IGNORECASE)
_PROGRESS = re.compile(r"\b(?:mencapai|masuk|terkumpul|progres|progress|data|tps|baru)\b",
                       re.IGNORECASE)


# A group of parties as the subject of its own verb between the two figures: "koalisi
# Prabowo-Gibran meraih 2.692.011 suara; koalisi perubahan meraih 2.653.762 suara; dan koalisi
# PDIP mengantongi 1.115.138" gives each coalition its pair's Pilpres count in Jakarta (blind
# hunt 33: both carried to Prabowo-Gibran and flagged). The coalition's name ("perubahan",
# "PDIP") names no pair of the record: the figure is nobody's rather than the pair's before.
_GROUP_SUBJECT = re.compile(r"\b(?:koalisi|gabungan|partai|parpol)\b[^\d.;:!?\n]{0,40}?\b(?:"
                            + GAINS + r"|mengumpulkan|mendulang|menguasai)\b", re.IGNORECASE)


# A pair named by the party behind it, as the subject after the figure before: "Luthfi-Yasin
# meraih 59,14 persen, sementara jagoan PDIP hanya 40,86 persen" is Andika-Hendi's share, not
# Luthfi-Yasin's again (blind hunt 33, probed: flagged against 59,14). Nobody's: which of the
# party's pairs is meant, the words do not say.
_BACKED = re.compile(r"\b(?:jagoan|usungan|andalan|diusung|didukung|dukungan|pengusung)\b"
                     r"[^\S\n]+(?:oleh[^\S\n]+)?(?:partai[^\S\n]+)?$", re.IGNORECASE)


def _backed_subject(gap: str) -> bool:
    return any(_BACKED.search(gap, 0, party.start()) for party in PARTY.finditer(gap))


# The tail of a figure naming its race right after it (layout._RACE_AFTER past the number).
_RACE_TAIL = re.compile(r"[^\S\n]*(?:suara|persen|%)?[^\S\n]*(?:untuk|bagi|di|pada|dalam)"
                        r"[^\S\n]+(?:(?:pemilihan|pilkada|calon|ajang)[^\S\n]+)?", re.IGNORECASE)


def _other_count(gap: str) -> bool:
    found = _OTHER_COUNT.search(gap)
    return found is not None and _PROGRESS.search(found.group()) is None


def carried_over(layout, previous, sentence: int, span: int, number: Number):
    """"2.181.939 suara atau 50,07 persen": the previous figure's candidate; so is the
    same pair's true figure after "padahal", or by another count after "sedangkan hasil KPU"
    (_OTHER_COUNT), unless another pair is named there."""
    if previous is None or previous[0] != sentence or owned_by_side(layout, previous[1],
                                                                    number.start):
        return None  # "X 395.092 suara, sementara pemohon 73.520": the MK applicant's
    gap = layout.text[previous[1]:number.start]
    if _GROUP_SUBJECT.search(gap) or _backed_subject(gap):
        return None  # "...; koalisi perubahan meraih 2.653.762 suara": the coalition's
    # "..., adapun lawan hanya 45.306 suara", "... dan 45.306 suara untuk lawannya"
    against = opponent(layout, previous[2], gap, layout.text[number.end:number.end + 60])
    if against is not None:
        return _in_race_between(layout, against, previous[1], number)
    if len(gap.split()) <= 6 and not layout.runs(previous[1], number.start, first=True) or \
            (CONTRAST.search(gap) or _other_count(gap)) and \
            not any(layout.name_of(  # "X 24,24%, padahal TV Y: 58,82%"
                previous[1], number.start, layout.scope(number.start))):
        if previous[2][0] is not None and previous[2][0].is_empty_box and _PAIR_NOUN.search(gap):
            # "kotak kosong meraih 57,98 persen, sedangkan paslon petahana hanya 42,02 persen"
            paragraph = layout._start_of(layout.paragraphs, number.start)
            return _not_the_box(layout, sentence, paragraph, number.start,
                                layout.scope(number.start))
        return _in_race_between(layout, layout._in_race_after(
            previous[2], number.start, layout.scope(number.start)), previous[1], number)
    return None


def _in_race_between(layout, carried, start: int, number: Number):
    """The carried pair in the race a race word between the two figures names: "paslon nomor
    urut 1 unggul di dua pemilihan: 57,18 persen di Pilwalkot dan 65,96 persen di Pilgub", "...
    kalah di Pilwalkot dengan 42,82 persen dan juga kalah di Pilgub dengan 34,04 persen" give
    the second figure to ballot 1 or 2 of the governor race, not the mayor pair again (blind
    hunt 33, probed: flagged against the mayor's share). A pair the page named (not by its
    number alone), or one of another election, is nobody's there."""
    if carried is None or carried[0] is None or layout._race_after(number.start) is not None:
        return carried  # (a race written right after this figure decided it: _in_race_after)
    index = bisect_left(layout.kind_starts, start)
    # (not the race written right after the figure before: "57,18 persen di Pilwalkot dan")
    marks = [m for m in layout.kinds[index:index + 8] if m.start < number.start and
             not _RACE_TAIL.fullmatch(layout.text, start, m.start)]
    if not marks or marks[-1].value == carried[0].race.kind:
        return carried
    race = marks[-1].value
    if carried[2] is not None or carried[1] is None or "president" in (race, carried[0].race.kind):
        return None
    scope = layout.scope(number.start)
    area = scope.region.code if scope.region is not None else None
    found = layout.out.candidate(area, race, carried[1], None)
    return (found, carried[1], None) if found is not None else None


def this_pair(layout, previous, span: int, number: Number, scope: Scope, who):
    """"Prabowo-Gibran menang di NTB. Di NTB, pasangan nomor urut 02 ini meraih ...": a
    ballot number with "ini"/"itu" is the pair named just before with that number (its
    race: the president's), not whatever race of the area has that number (Tempo)."""
    if not THIS_BALLOT.search(layout.text, span, number.start):
        return who
    paragraph = layout._start_of(layout.paragraphs, number.start)
    sentence = layout._start_of(layout.sentences, number.start)
    named = [previous[2]] if previous is not None and \
        layout._start_of(layout.paragraphs, previous[1]) == paragraph else []
    if sentence > 0:
        # the sentence before, in the paragraph before too: news sites give each sentence a
        # paragraph of its own ("<p>Prabowo-Gibran berada di depan.</p><p>Pasangan nomor
        # urut 2 ini ..."); "ini" points back, and the number must be the named pair's
        before = layout._start_of(layout.sentences, sentence - 1)
        named.append(layout.name_of(before, sentence, scope))
    return next((n for n in named if n[0] is not None and n[0].nomor_urut == who[1]), who)


def referred(layout, previous, span: int, number: Number, scope: Scope | None = None):
    """"Perolehan suara mereka mencapai 14,1 juta": the pair of the figure before, else
    the one pair of the record named in the sentence before ("Pasangan Ridwan
    Kamil-Suswono berada di posisi kedua. Pasangan itu memperoleh ...")."""
    if (side := owned_by_side(layout, span, number.start)) is not None:
        return side_pair(layout, side, scope) if scope is not None else None  # "Pemohon ..."
    paragraph = layout._start_of(layout.paragraphs, number.start)
    sentence = layout._start_of(layout.sentences, number.start)
    if (left := left_over(layout, sentence, paragraph, number, scope, _pairs_in)) is not None:
        return left  # "Menantu Jokowi itu meraup X, sementara Edy Rahmayadi ...": eliminated
    if _INCUMBENT.search(layout.text, max(span, sentence), number.start):
        # "Pasangan petahana hanya mendapat 28,35 persen": the pair the page called "petahana",
        # never the figure before's, which may be the challenger's (corpus-bb, VIVA Lampung)
        return _incumbent_named(layout, sentence, paragraph, scope)
    if scope is not None and (single := single_before(layout, span, number.start, scope)):
        return single  # "Paslon tunggal ... menang dengan perolehan suara 503.719" (blind 54)
    pointer = search_between(ANAPHORA, layout.text, span, number.start, ANAPHORA_OPENS)
    bare = not pointer and not _THEN_THIS.match(layout.text, number.end)
    if bare and not opens_bare(layout, max(sentence, paragraph), number.start):
        return None
    if among_pairs(layout, pointer, sentence, paragraph, scope, _pairs_in):
        return None  # ", diikuti Dharma-Kun ... pasangan ini": the subject or the last named?
    if previous is not None and layout._start_of(layout.paragraphs, previous[1]) == paragraph \
            and previous[0] >= layout._start_of(layout.sentences, max(paragraph, sentence - 1)):
        if previous[0] < sentence and scope is not None and _ambiguous(
                layout, previous[0], sentence, number.start, scope):
            return None  # "B kalah dari A yang meraih X suara. Pasangan itu meraih ...": B's?
        if previous[2][0] is not None and previous[2][0].is_empty_box and pointer and \
                _PAIR_WORD.match(pointer.group()):
            return _not_the_box(layout, sentence, paragraph, number.start, scope)
        return previous[2]
    if scope is None:
        return None
    if sentence <= paragraph:
        # "<p>... diikuti satu pasangan, petahana Hendrar Prihadi-Hevearita ...</p><p>Paslon
        # petahana ini unggul dengan 436.338 suara ...": the last sentence of the paragraph
        # before, when no heading stands between (corpus-h, single-pair races of 2020).
        if paragraph == 0:
            return None
        last = layout._start_of(layout.paragraphs, paragraph - 1)
        if any(a <= last < b for a, b in teaser_lines(layout)):
            return None  # "Baca juga: ... Anies-Muhaimin Raih 119.783 Suara": another article's
        if last in layout.heading_starts:
            return None
        named = _pairs_in(layout, last, paragraph, scope) or _carried_on(layout, last, scope)
        return next(iter(named.values())) if len(named) == 1 else None
    if bare:  # no word pointing back: only a sentence naming one pair says whose it is
        return _named_back(layout, sentence, paragraph, scope)
    before = max(paragraph, layout._start_of(layout.sentences, sentence - 1))
    if _ambiguous(layout, before, sentence, number.start, scope):
        return None
    who = layout.name_of(before, sentence, scope)
    if who[0] is not None and who[0].is_empty_box:
        # "X-Y juga melawan kotak kosong. ... menempatkan mereka di 70,50 persen": they
        # are the pair, never the empty box the sentence before named last
        who = next((w for a, b in layout.runs(before, sentence) if (w := layout.name_of(
            a, b, scope))[0] is not None and not w[0].is_empty_box), (None,))
    return who if who[0] is not None else _named_back(layout, sentence, paragraph, scope)


# A word pointing back to a pair (blind hunt 32, a kotak-kosong round-up): "kotak kosong ...
# meraih 57,98 persen. Paslon petahana itu hanya memperoleh 42,02 persen" is the single pair's
# figure, never the empty box's, whose figure came just before ("Angka itu setara dengan
# 48.528 suara" restates the box's own, and is no pair word).
_PAIR_NOUN = re.compile(r"\b(?:pasangan|paslon|calon|petahana|penantang|kandidat)\b", re.IGNORECASE)
_PAIR_WORD = re.compile(r"(?:mereka|keduanya|pasangan|paslon|penantang|bupati|wali|gubernur|calon|"
                        r"ia|dia|beliau)\b", re.IGNORECASE)


def _not_the_box(layout, sentence: int, paragraph: int, position: int, scope: Scope | None):
    """The one pair, not the empty box, named from the sentence before to `position`; else
    the one the sentences before name (_named_back); else no one's."""
    if scope is None:
        return None
    before = max(paragraph, layout._start_of(layout.sentences, max(0, sentence - 1)))
    named = _pairs_in(layout, before, position, scope)
    if len(named) == 1:
        return next(iter(named.values()))
    return None if named else _named_back(layout, sentence, paragraph, scope)


def _ambiguous(layout, before: int, sentence: int, position: int, scope: Scope) -> bool:
    """Does the sentence before (from `before` to `sentence`) name two pairs or more, the
    figure's words at `position` pointing back to one? "A unggul atas B. Pasangan tersebut
    meraih ...": "tersebut" may be either pair (the nearer name is the loser there); the
    figure is no one's rather than a guess (issue 10, candidate: precision first; blind
    hunt 25, Garut: "X menempati posisi kedua, tertinggal dari Y. Mereka ..."). "Kedua
    paslon itu ... masing-masing 104 suara" is each pair's figure: either name owns it."""
    return not _tie(layout, sentence, position) and \
        len(_pairs_in(layout, before, sentence, scope)) > 1


def _tie(layout, sentence: int, position: int) -> bool:
    """Is the figure at `position` one each pair has: "masing-masing" before it in its sentence,
    and no other figure of its kind (a count, a share) after that word in the sentence?"""
    each = _EACH.search(layout.text, sentence, position)
    if each is None:
        return False
    index = bisect_right(layout.sentences, position)
    end = layout.sentences[index] if index < len(layout.sentences) else len(layout.text)
    kinds = [bool(m.group(1)) for m in _FIGURE.finditer(layout.text, each.end(), end)]
    return len(kinds) == len(set(kinds))


def _pairs_in(layout, start: int, end: int, scope: Scope) -> dict:
    """The pairs named between `start` and `end`: a record's pair (not the empty box), or a
    written "X-Y" of an election the record lacks (one join: not "A-B dan C-D")."""
    named = {}
    for a, b in layout.runs(start, end):
        who = layout.name_of(a, b, scope)
        if who[0] is not None and not who[0].is_empty_box or \
                who[0] is None and who[2] and who[2].count("-") == 1:
            named.setdefault(who[0] if who[0] is not None else who[2], who)
    return named


def _named_back(layout, sentence: int, paragraph: int, scope: Scope, reach: int = 3):
    """"Pasangan Prabowo Subianto - Sandiaga S Uno didukung mayoritas pemilih di Riyadh.
    Penantang itu meraih 5.133 suara" (a 2019 pair, no record's), "... satu paslon, Sri
    Sumarni-Bambang Pujiyanto. Sri Sumarni adalah ... . Menurut data ... 37,5 persen. Paslon
    ini unggul dengan 222.685 suara": the one pair named by the nearest of the `reach`
    sentences before that names any, in this paragraph or the one before it (no heading
    between); two pairs there, or none, and the figure is no one's."""
    floor = paragraph
    if paragraph > 0:
        last = layout._start_of(layout.paragraphs, paragraph - 1)
        floor = paragraph if last in layout.heading_starts else last
    at = bisect_left(layout.sentences, sentence)
    for back in range(1, min(reach, at) + 1):
        start, end = layout.sentences[at - back], layout.sentences[at - back + 1]
        if end <= floor:
            return None
        named = _pairs_in(layout, max(start, floor), end, scope)  # a sentence may run on from
        if named:  # the heading before its paragraph: only the paragraph's part counts
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _carried_on(layout, last: int, scope: Scope) -> dict:
    """The pairs of the paragraph before the one at `last` when that one names none and opens
    by pointing back: "<p>KPU menetapkan Prabowo-Gibran ...</p><p>Penetapan itu juga tercantum
    dalam Keputusan KPU Nomor 504 ...</p><p>"Dengan perolehan suara sebanyak 96.214.691 ...,"
    kata Hasyim.</p>" (turnbackhoax, blind hunt 57): that paragraph carries on the one before
    it, whose pair is still the subject. Never over a heading or another article's line."""
    if last == 0 or not _GOES_ON_BACK.match(layout.text, last):
        return {}
    earlier = layout._start_of(layout.paragraphs, last - 1)
    if earlier in layout.heading_starts or last in layout.heading_starts or \
            any(a <= earlier < b for a, b in teaser_lines(layout)):
        return {}
    return _pairs_in(layout, earlier, last, scope)


# A paragraph opening on the act the one before reported: "Penetapan itu ...", "Keputusan
# tersebut ...", "Hasil rekapitulasi itu ...". Not a connective ("Sementara itu", "Selain itu":
# a new topic may follow; the holdout's precision fell with any word before "itu").
_GOES_ON_BACK = re.compile(r"[^\S\n]*(?:penetapan|keputusan|pengumuman|putusan|rekapitulasi|"
                           r"pleno|rapat[^\S\n]+pleno|hasil(?:[^\S\n]+rekapitulasi)?)"
                           r"[^\S\n]+(?:itu|tersebut|ini)\b", re.IGNORECASE)
# "Pasangan petahana"/"paslon petahana" with no "ini/itu/tersebut" (ANAPHORA has those).
_INCUMBENT = re.compile(r"\b(?:pasangan|paslon)[^\S\n]+petahana\b"
                        r"(?![^\S\n]+(?:ini|itu|tersebut)\b)", re.IGNORECASE)
_CALLED_INCUMBENT = re.compile(r"\bpetahana[^\S\n]+$", re.IGNORECASE)
_OPENS_INCUMBENT = re.compile(r"petahana[^\S\n]+", re.IGNORECASE)


def _incumbent_named(layout, sentence: int, paragraph: int, scope: Scope | None):
    """The one pair written right after the word "petahana" in the two sentences before, in
    this paragraph or the one before it ("Petahana Dewi Handajani yang berpasangan ..."); else
    no one's."""
    if scope is None:
        return None
    floor = paragraph
    if paragraph > 0:  # the paragraph before, unless a heading opens this one's section
        last = layout._start_of(layout.paragraphs, paragraph - 1)
        floor = paragraph if last in layout.heading_starts else last
    at = bisect_left(layout.sentences, sentence)
    start = max(floor, layout.sentences[max(0, at - 2)])
    text = layout.text
    named = {}
    for a, b in layout.runs(start, sentence):
        if (opening := _OPENS_INCUMBENT.match(text, a, b)) is not None:
            a = opening.end()  # "Petahana Dewi Handajani ..." opening a sentence: one run
        elif not _CALLED_INCUMBENT.search(text, max(0, a - 12), a):
            continue
        if (w := layout.name_of(a, b, scope))[0] is not None and not w[0].is_empty_box:
            named[w[0]] = w
    return next(iter(named.values())) if len(named) == 1 else None


# A headline that opens with what was won, then who won it: "Raih 2,1 Juta Suara,
# Prabowo-Gibran Menang di NTB", "Hasil Pleno KPU Bengkulu, Raih 592.217 Suara, Helmi-Mian
# Menang" (the verb written in title case, at the line's or a clause's start).
_WON_FIRST = re.compile(r"(?:^|[\n,:|\u2013\u2014-][^\S\n]*)(?:Raih|Meraih|Raup|Meraup|Kantongi|"
                        r"Mengantongi|Dulang|Mendulang|Borong|Memborong|Sabet|Menyabet|Peroleh|"
                        r"Memperoleh)[^\S\n]+$")
# The unit may go on ("Persen Suara", "Suara Sah") and a count's name may follow before the
# comma: "Raup 35,62 Persen Suara Berdasarkan Hitung Cepat Internal, Paket AKUR Menang Telak"
# (corpus-bd, NTT Update: the headline's share was left to nobody).
_COMMA = re.compile(r"(?:[^\S\n]+(?:suara|persen)(?:[^\S\n]+sah)?)?(?:[^\S\n]+(?:berdasarkan|versi|"
                    r"menurut)[^\S\n]+[^\d,;:.\n]{1,50}?)?[^\S\n]*,[^\S\n]*(?:(?:paket|pasangan|"
                    r"paslon)[^\S\n]+)?", re.IGNORECASE)
_BARE_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")
# The figure opens its sentence and the pair it is of follows as "pasangan ini": "Dengan total
# suara sebesar 55,39% atau 402.351 suara, pasangan ini unggul dari ..." (blind hunt 5).
_THEN_THIS = re.compile(r"[^\S\n]*(?:%|persen)?(?:[^\S\n]+suara(?:[^\S\n]+sah)?)?"
                        r"(?:[^\S\n]*(?:atau|\()[^\S\n]*\d[\d.,]*[^\S\n]*(?:suara|%|persen)?\)?)?"
                        r"[^\S\n]*,[^\S\n]*(?:pasangan(?:[^\S\n]+calon)?|paslon)"
                        r"(?:[^\S\n]+nomor[^\S\n]+urut[^\S\n]+\d+)?[^\S\n]+(?:ini|itu|tersebut)\b",
                        re.IGNORECASE)


def named_after(layout, number: Number, scope: Scope):
    """"50,07 persen untuk Pramono-Rano": a name right after the figure; or after the comma
    that closes a headline's opening "Raih 2,1 Juta Suara, ..." (_WON_FIRST)."""
    text = layout.text
    lead = LOOK_AFTER.match(text, number.end)
    longer = False
    if not lead and _WON_FIRST.search(text, max(0, number.start - 14), number.start):
        lead = _COMMA.match(text, number.end)
        # past more than the comma, only a pair the record has: "Raih 60,49% Suara,
        # Cawali-Cawawali Respati-Astrid Resmi Menang" names none, and its share was read as
        # a third one of the race, the sum 160,49 (corpus-bd's dev sweep, Newsmeter)
        longer = lead is not None and _BARE_COMMA.fullmatch(lead.group()) is None
    if not lead:
        return None
    end = min(len(text), lead.end() + 80)
    boundary = CLAUSE.search(text, lead.end(), end)
    runs = layout.runs(lead.end(), boundary.start() if boundary else end)
    if not runs or runs[0][0] != lead.end():
        return None
    who = layout.name_of(lead.end(), runs[0][1], scope)
    if longer and who[0] is None:
        return None
    return who if any(x is not None for x in who) else None
