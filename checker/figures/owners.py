"""Whose figure it is, from words after it (issue 10, ballot numbers and races): the prose
reader (from_text.py) asks these before the name written before the figure. Pure."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from checker.figures.bracket_label import bracket_owner
from checker.figures.houses import party_count
from checker.figures.numbered_after import numbered_after
from checker.figures.fronted import fronted_owner
from checker.figures.referents import named_after
from checker.figures.regions import RegionHit
from checker.figures.single_pair import single_after
from checker.figures.voters import chose_after, pair_like
from checker.figures.wording import OWNER_AFTER

# A share, then the count it stands for: "50,07 persen atau 2.183.239 suara ..."
_PAIRED_COUNT = re.compile(r"\s*(?:\(|atau|yaitu|yakni)\s*\d[\d.,]*\s*suara\)?(?=\s+\w)",
                           re.IGNORECASE)

# A count, then its share in brackets, or a bracketed share's own bracket: "berbanding 10.860
# suara (25,79%) untuk Mulyadi-Ardika", "28.700 suara (79,15%) untuk Sanjaya-Dirga" (corpus-bg,
# Tabanan): the giving word stands after the bracket, and it gives both.
_BRACKETED_SHARE = re.compile(r"(?:\s*suara)?\s*\(\s*\d[\d.,]*\s*(?:%|persen)\s*\)", re.IGNORECASE)
# ... or restated after "atau", the giving word after it: "sedangkan 224.340 suara atau sekitar
# 18,6 persen suara sah memilih kotak kosong" (blind hunt 54, Surabaya: the count went to the
# pair of the clause before; wording._VOTE_NOUN takes "suara sah" before the giving word).
_RESTATED_SHARE = re.compile(r"(?:\s*suara)?\s+atau\s+(?:sekitar\s+|sebesar\s+)?\d[\d.,]*\s*"
                             r"(?:%|persen)", re.IGNORECASE)
_CLOSING = re.compile(r"\s*\)")

# "dan 30 persen dari paslon Faruq-Ashim": "dari" a pair gives the figure to it only as a new
# item of a list (after "dan", "sedangkan", a comma); after a verb of winning or leading it
# names the rival ("unggul 8,56 persen dari paslon X", "menang dengan 54,28 persen dari
# pasangan X": blind hunt 29, one holdout flag).
_FROM = re.compile(r"\s*(?:suara\s+)?dari\b", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"(?:\b(?:dan|serta|sedangkan|sementara)|[,;])[^\S\n]*$",
                            re.IGNORECASE)

__all__ = ["borrow", "owner_after", "race_of_pairs_after", "rival_race"]


def owner_after(layout, number, scope):
    """"... berbanding 192.884 suara untuk Prabowo-Gibran": the pair written right after the
    figure after a word that gives it ("untuk", "milik", "diraih"), when the record or the
    page numbers that pair, or it is written as a pair ("untuk Anies-Sandi", Pilgub DKI 2017:
    the past roster numbers it; a pair the record lacks leaves the figure nobody's, never the
    pair named before); else None (the name before the figure decides)."""
    labelled = bracket_owner(layout, number, scope)  # "58% (Paslon 02) vs 42% (Paslon 01)"
    if labelled is not None:
        return labelled
    paired = _PAIRED_COUNT.match(layout.text, number.end) if number.unit == "percent" else None
    if paired is not None:  # "17,07 persen atau 936.609 suara memilih pasangan ...": the count's
        number = replace(number, end=paired.end())
    elif number.unit == "votes" and (share := _BRACKETED_SHARE.match(layout.text, number.end)):
        number = replace(number, end=share.end())
    elif number.unit == "votes" and (share := _RESTATED_SHARE.match(layout.text, number.end)) \
            and OWNER_AFTER.match(layout.text, share.end()) and not _FROM.match(layout.text,
                                                                              share.end()):
        number = replace(number, end=share.end())
    elif number.unit == "percent" and layout.text[number.start - 1:number.start] == "(" and \
            (closing := _CLOSING.match(layout.text, number.end)):
        number = replace(number, end=closing.end())
    chose = chose_after(layout.text, number.end)  # "3.018 WNI di Kamboja memilih Jokowi - Ma'ruf"
    if chose is not None:
        who = named_after(layout, replace(number, end=chose), scope)
        return who if pair_like(who) else None
    lead = OWNER_AFTER.match(layout.text, number.end)
    if lead and _FROM.match(layout.text, number.end) and not _JOINED_BEFORE.search(
            layout.text, max(0, number.start - 16), number.start):
        lead = None  # "menang dengan 54,28 persen dari pasangan X": won over X, not X's
    if not lead:
        return fronted_owner(layout, number, scope)  # "Dengan N suara, pasangan X ..."
    single = single_after(layout, lead.end(), scope)  # "... ditorehkan calon tunggal"
    if single is not None:
        return single
    who = named_after(layout, number, scope)
    if who is not None and (who[0] is not None or pair_like(who)):
        return who
    return numbered_after(layout, lead.end(), scope)  # "untuk pasangan nomor 4"


def race_of_pairs_after(layout, scope, number):
    """Progress before the pairs of its line, in a paragraph with no race word: the race
    those pairs (two at least, all of one race) stand in ("Suara Masuk 35% di Bali: Prabowo
    Unggul 52,89%, Anies 44,38%" on a Pilgub Bali page is the Pilpres's); with no area
    named for it, that race's own."""
    paragraph = layout._start_of(layout.paragraphs, number.start)
    if layout._nearest(layout.kinds, layout.kind_starts, number.start, paragraph,
                       layout._start_of(layout.sentences, number.start), anywhere=False):
        return scope
    following = bisect_right(layout.paragraphs, number.end)
    end = layout.paragraphs[following] if following < len(layout.paragraphs) else len(layout.text)
    pairs = {w[0] for w in layout.pairs_named(number.end, min(end, number.end + 200),
                                              scope, least=2).values()}
    races = {pair.race for pair in pairs}
    if len(races) != 1 or len(pairs) < 2:
        return scope
    race = races.pop()
    if race.kind != scope.kind:
        return replace(scope, kind=race.kind, election=race.election)
    if scope.region is not None or scope.lower or scope.unclear:
        return scope
    # The page names no area for it at all (a story told from a TPS: "Menurut Litbang Kompas
    # ... dengan data masuk 50 persen, Bobby-Surya unggul 61,18 persen"): the race's whole
    # area, as the pairs' own shares after it are.
    level = {0: 0, 2: 1, 4: 2}.get(len(race.region))
    return scope if level is None else replace(
        scope, region=RegionHit(race.region, "", level, number.start, number.end), near=True)


def rival_race(scope, previous, sentence: int):
    """A pair the record lacks, in the sentence of a pair it resolved whose race is the area
    named there ("Di Kota Surabaya, Eri Cahyadi-Armuji ... 52,1% suara, mengalahkan
    pesaingnya, Adies Kadir-Gagarin, yang meraih 47,2% suara"): the rival stands in that
    race, not in the one a paragraph before named (Spills, corpus-i)."""
    if previous is None or previous[0] != sentence or previous[2][0] is None or \
            scope.region is None or not scope.near:
        return scope
    race = previous[2][0].race
    if race.region != scope.region.code or race.kind == scope.kind:
        return scope
    return replace(scope, kind=race.kind, election=race.election)


def borrow(layout, scope, previous, position: int):
    """Progress with no region named in its paragraph is about the race of the pair
    named just before it there ("Pramono-Rano leads ... with 99.93% counted"), or at the
    end of the paragraph just before (news sites give each sentence its own). Where the
    sentence names a region, a pair of that region's own race named before the progress in it
    makes it that race's ("Di Pilkada Kabupaten Tegal, Ischak-Ahmad ... 67,87 persen, dengan
    data masuk 99,57 persen" on a Pilgub page: the regent race's count, not the governor's); a
    pair of a race that does not hold that region leaves it unclear. A progress of a legislative
    race ("Untuk DPR RI, data dari 4.804 TPS (80,55 persen) ...") is no pair's race's."""
    if scope.legislative or party_count(layout, position):
        return replace(scope, legislative=True)
    if scope.near:
        sentence = layout._start_of(layout.sentences, position)
        if previous is not None and previous[0] == sentence and previous[2][0] is not None \
                and scope.region is not None and scope.region.code is not None and \
                scope.region.start < previous[1] and \
                not scope.region.code.startswith(previous[2][0].race.region):
            # The sentence's pair stands elsewhere ("Pada Pilkada Kabupaten Halmahera Selatan,
            # ... Hasan-Helmi" taken for Bengkulu's governor pair): the progress is of a race
            # there, which is neither the pair's nor surely the page's (precision first). (A
            # pair before the place is the list's item before: "... Pilgub Jawa Barat" / "DKI
            # JAKARTA" / "progres 98 %".)
            return replace(scope, unclear=True)
        return rival_race(scope, previous, sentence)
    if previous is None or previous[2][0] is None:
        return scope
    own = layout._start_of(layout.paragraphs, position)
    if layout._start_of(layout.paragraphs, previous[1]) not in (
            own, layout._start_of(layout.paragraphs, max(0, own - 1))):
        return scope
    race = previous[2][0].race
    known = layout.out.record.region(race.region) if layout.out.record else None
    region = RegionHit(race.region, known.name if known else "", known.level if known
                       else None)
    return replace(scope, region=region, near=True, kind=race.kind)
