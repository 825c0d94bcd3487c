"""The last gate before a figure is compared (issue 10, precision first): a claim keeps its
election, race and area only when the page gives evidence for them; otherwise it is held
(`Claim.hold`) with a reason and listed as unverifiable. Pure: the page's text and the claims
the readers produced, nothing else.

    gate(claims, page, matcher) -> list[Claim]

Rules, each a way pages are written that made a correct figure look wrong:
- a range ("rata-rata 70-80%") is no single figure;
- a share of all ballots (the page's own count of ballots explains it: 119.643 of 274.048
  "surat suara" is 44 %) is not a share of valid votes;
- a figure in an article whose title or lead names a region inside the figure's area (a
  regency's plenary reporting Pilpres figures) is at most that region's: not the area's;
- a national (Pilpres) figure needs positive evidence that it is national ("secara
  nasional", "seluruh Indonesia", "38 provinsi" ...), never the mere absence of a region;
- a tally of part of the country ("di 33 provinsi", "di dua provinsi itu"), said in the
  figure's paragraph or the one before it, is never the national result (partial_tally says
  whose count it is: the country's so far, or a few provinces' sum);
- on a Pilpres page about one area, a figure whose area was guessed is the area's or the
  nation's as its paragraph's marker or the record's readings say, else held (nation_or_area).
"""

from __future__ import annotations

import re
from decimal import Decimal

from checker.analyse.page import Page
from checker.figures.ballot_basis import ballot_basis, race_counts, voters_base
from checker.figures.decree_slip import decree_slip
from checker.figures.gate_text import GateText
from checker.figures.headline_shares import listed_with_restated, restated
from checker.figures.in_dapil import placed_in_dapil
from checker.figures.kecamatan_list import in_kecamatan_list
from checker.figures.kecamatan_plenary import area_reading, one_kecamatan_plenary
from checker.figures.led_before import LOCATIVE, led_before
from checker.figures.matching import Matcher
from checker.figures.meeting_seat import without_seats
from checker.figures.nation_or_area import nation_or_area
from checker.figures.magnitude import (below_area, beyond_provinces, beyond_total,
                                       final_national, national_size)
from checker.figures.one_tally import same_tally
from checker.figures.opening_place import opening_line, opening_place
from checker.figures.past_race import past_race
from checker.figures.title_holder import person_hit
from checker.figures.own_name import own_name, page_outlets
from checker.figures.own_part import deepest, kabkota_office, kabkota_part
from checker.figures.partial_tally import partial, tally_area, written
from checker.figures.places import dateline, figure_area, institution, venue
from checker.figures.ranges import range_values
from checker.figures.office_names import bare_offices
from checker.figures.regency_plenary import opening_plenary
from checker.figures.restated_area import with_counts_area
from checker.figures.small_counts import hold_small_counts
from checker.figures.won_alone import inside, not_subject_spans
from checker.figures.wording import may_say
from checker.models import Claim, replace

__all__ = ["gate"]

# Evidence that a figure is the country's. "rapat pleno rekapitulasi tingkat nasional" names a
# meeting (where a province's result is read out), not the figure's scope: see _national.
# "suara sah nasional" too (blind hunt 34: the decree's share on an inauguration page).
_NATIONAL = re.compile(r"\b(?:(?:tingkat|secara|skala|level|perolehan(?:\s+suara)?|"
                       r"suara(?:\s+sah)?|hasil(?:\s+akhir)?|total|rekapitulasi)\s+nasional|"
                       r"se-?indonesia|seluruh\s+(?:indonesia|provinsi)|(?:di\s+)?38\s+provinsi|"
                       r"nationwide|nationally)\b", re.IGNORECASE)
# The country's TPS count is a national progress: "dari (total) 823.236 TPS/tempat pemungutan".
_NATIONAL_TPS = re.compile(r"\b(?:dari|total)\s+8[12]\d\.\d{3}\s+(?:TPS|tempat\s+pemungutan)", re.I)
# A headline that gives the Pilpres result as a figure and names no place: "Real Count KPU
# Pilpres 2024 7 Maret: Prabowo-Gibran 58,82 persen" (a region or partial tally: checked apart).
_PILPRES_HEADLINE = re.compile(r"\b(?:pilpres|capres|presiden)\b.*\d(?:[.,]\d+)?\s*(?:%|persen)",
                               re.IGNORECASE)
_MEETING = re.compile(r"(?:rapat|pleno|sidang|forum|kantor)\b[^.]{0,40}$", re.IGNORECASE)
def _national(text: str) -> bool:
    # Every wording of _NATIONAL holds one of these words; _NATIONAL_TPS holds "tps".
    if not may_say(text, "nasional", "indonesia", "provinsi", "nation", "tps"):
        return False
    if _NATIONAL_TPS.search(text):
        return True
    for match in _NATIONAL.finditer(text):
        if not _MEETING.search(text, max(0, match.start() - 45), match.start()):
            return True
    return False


def _stage_only(sentence: str) -> bool:
    """Is "rekapitulasi nasional" all that makes the sentence national? The national plenary
    is where each province's count is read out: a pair's 12.096.454 "by the national
    recapitulation" is Jawa Tengah's, the province named paragraphs before (third hunt on
    unseen news pages)."""
    return not _NATIONAL_TPS.search(sentence) and all(
        m.group(0).lower().startswith("rekapitulasi") for m in _NATIONAL.finditer(sentence))


def _marks_nation(text: str) -> bool:
    """A national marker that is the figures' scope, not only the plenary's stage."""
    return _national(text) and not _stage_only(text)


def _is_range(claim: Claim, sentence: str, text: GateText) -> bool:
    """"rata-rata 70-80%": the claim's value is a number of a range in the sentence."""
    if claim.kind not in ("share", "progress"):
        return False
    whole, _, fraction = format(Decimal(claim.value).normalize(), "f").partition(".")
    return (whole, fraction) in text.once(range_values, sentence)


def _regions(matcher: Matcher, text: str) -> set[str]:
    """Regions the text names as a subject: a dateline ("REPUBLIKA.CO.ID, JAKARTA --") is
    where the reporter wrote, not what the article is about."""
    return {hit.code for hit in matcher.region_mentions(text)
            if hit.code and not dateline(text, hit)}


# The lead says at which tier the recapitulation was held ("rekapitulasi ... tingkat provinsi"):
# a figure of that level's area is the area's, whatever smaller place a photo caption or an
# aside names (Banda Aceh under "KIP Aceh ... tingkat provinsi").
_TIER = re.compile(r"\b(?:tingkat|level)\s+(provinsi|kabupaten|kota|kabupaten/kota)\b", re.IGNORECASE)


def _tier_width(lead: str) -> int | None:
    if not may_say(lead, "tingkat", "level"):
        return None
    widths = {2 if m.group(1).lower() == "provinsi" else 4 for m in _TIER.finditer(lead)}
    return widths.pop() if len(widths) == 1 else None


def _counted_in(matcher: Matcher, sentence: str, area: str, text: GateText) -> bool:
    """The sentence says the figure was counted in `area` ("di Jawa Timur", "tingkat
    Provinsi Jawa Timur", "se-Jatim"): naming the race ("Pilgub Jatim") in a city's article
    does not make a figure the province's."""
    return any(hit.code == area and LOCATIVE.search(sentence[max(0, hit.start - 25):hit.start])
               for hit in text.once(matcher.region_mentions, sentence))


def _hold(claim: Claim, page_regions: set[str], national_page: bool, partial_page: bool,
          places: list[tuple[int, str, str]], matcher: Matcher, text: GateText,
          votes: dict[tuple, tuple[dict[int, int], int | None]], sized: set[int],
          tier: int | None = None) -> str | None:
    if any(_is_range(claim, sentence, text) for _, sentence, _ in places):
        return "range"
    if claim.kind == "share" and claim.claim_type != "quick_count" and (
            ballot_basis(claim, votes, text, {i for i, _, _ in places}) or
            any(voters_base(claim, sentence) for _, sentence, _ in places)):
        return "other_basis"
    if claim.race_kind is None or claim.region_code is None or claim.origin == "json":
        return None  # nothing to compare yet; a Sirekap JSON names its own area
    if beyond_total(claim, matcher.record):
        return "beyond_total"
    if below_area(claim, matcher.record):
        return "below_area"
    if claim.kind in ("share", "votes") and len(claim.region_code) <= 4 and any(
            in_kecamatan_list(sentence, written(claim)) for _, sentence, _ in places):
        # "unggul pada 9 kecamatan, yakni Kolaka 58,06 persen, ...": a kecamatan read as the
        # regency it is named after (a list's kecamatan read as such keep their 6-digit code)
        return "lower_level"
    area = claim.region_code
    said_here = any(_counted_in(matcher, sentence, area, text) for _, sentence, _ in places) \
        or (area == "" and any(text.once(_national, sentence) for _, sentence, _ in places))
    if said_here:
        if area == "" and any(text.once(partial, s) for _, s, _ in places):
            return "partial_tally"
        if area == "" and claim.kind == "votes" and not national_size(claim, matcher.record) \
                and all(_stage_only(s) for _, s, _ in places):
            return "national_unproven"
        return None
    if tier == 6 and len(area) <= 4 and not area_reading(claim, matcher.record):
        return "lower_level"  # a figure of one kecamatan's plenary, not of the race's area
    below = any(code != area and code.startswith(area) for code in page_regions) and \
        not (area and len(area) == tier)
    if claim.race_kind == "president" and len(area) == 2 and any(
            text.once(partial, p) and written(claim).search(p) and not any(
                hit.code[:2] == area for hit in text.once(matcher.region_mentions, p))
            for _, _, p in places):
        # A province its paragraph never names (nor a place in it: "Bengkulu" may be read as
        # the city), the figure written in a paragraph that tallies some provinces
        # ("14.023.664 suara di delapan provinsi tersebut. Selanjutnya, Ganjar-Mahfud ..."
        # on a page about Jawa Tengah): the provinces' sum, not the page's province.
        return "partial_tally"
    if area != "" or claim.race_kind != "president":
        # A regency's article: its figures are the regency's, not the province's.
        return "page_region_below" if below else None
    before = [text.lines[i - 1] for i, _, _ in places if i > 0]
    if partial_page or any(text.once(partial, p) for _, _, p in places) or \
            any(text.once(partial, b) for b in before):
        return "partial_tally"
    if any(text.once(_national, p) for _, _, p in places) or final_national(claim, matcher.record):
        return None  # said the country's, or the very count of the country's decree
    # "Prabowo-Gibran juga mampu unggul di DKI Jakarta ..." and then, a paragraph or two on,
    # counts with no place: the province's, not the country's the lead spoke of (blind 24).
    led = "region_unclear" if any(led_before(matcher, i, text, _national)
                                  for i, _, _ in places) else None
    if national_page:
        # Only the lead says "nasional" (KPU's national plenary, where each province's count
        # is read out: "Di provinsi itu Prabowo-Gibran menang dengan 1.542.346 suara"): a
        # pair's count small enough to be one province's, on a page naming places, may be one of
        # them (corpus-n: six such counts were graded against the country's).
        small = claim.kind == "votes" and claim.nomor_urut is not None and \
            not national_size(claim, matcher.record)
        return "national_unproven" if small and page_regions else led
    if claim.claim_type in ("real_count", "plenary") and text.touched(claim.excerpt) & sized:
        # Its paragraph names no place and gives a count no province reaches (tens of
        # millions): the country's, where the page states the count it comes from.
        return led
    if claim.quoted:
        # A hoax a fact-check quotes ("Real Count KPU: Anies 58,77 persen") claims the
        # national result by what it is; it is compared as the hoax's claim and never makes
        # the page discrepant (figures_status leaves quotes out).
        return None
    if below:
        return "page_region_below"
    return "national_unproven"


def _national_paragraphs(claims: list[Claim], text: GateText, matcher: Matcher) -> set[int]:
    """Paragraphs that name no place and give a presidential pair a count larger than any
    province's valid votes, and those of the other pairs' counts of that tally (one_tally)."""
    found: set[int] = set()
    anchors = []
    votes = [c for c in claims if c.kind == "votes" and c.hold is None]

    def unplaced(claim: Claim) -> set[int]:
        return {i for i, _, line in text.places(claim.excerpt)
                if not text.once(_regions, matcher, line)}

    for claim in votes:
        if claim.region_code == "" and claim.origin != "json" and \
                national_size(claim, matcher.record) and (where := unplaced(claim)):
            anchors.append(claim)
            found |= where
    if anchors:
        shares = [c for c in claims if c.kind == "share" and c.hold is None]
        found |= same_tally(anchors, votes, shares, matcher.record, unplaced)
    return found


def _restates_partial(claim: Claim, text: GateText) -> bool:
    """A national count also written in or after a paragraph stating a partial tally ("di 36
    provinsi"): a lead or headline giving the same figure gives that tally, not the final."""
    if claim.race_kind != "president" or claim.region_code != "" or claim.origin == "json" or \
            claim.kind not in ("votes", "share") or claim.claim_type == "quick_count":
        return False
    found = text.once(_partial_lines, text)
    return bool(found) and any(written(claim).search(text.lines[i]) for i in found)


def _partial_lines(text: GateText) -> set[int]:
    # (partial needs "provinsi": only the paragraphs that may say it are asked)
    return {j for i in text.saying("provinsi") if partial(text.lines[i]) for j in (i, i + 1)
            if j < len(text.lines)}


def gate(claims: list[Claim], page: Page, matcher: Matcher) -> list[Claim]:
    """The claims, each held with a reason when the page does not bear out what it would be
    compared with. Claims already held keep their reason."""
    if not claims:
        return claims
    text = GateText(page)
    lead = text.lead(page)
    # "Di dapil ini, paslon ... 93,32%": a group of kecamatan's, held before the page's own
    # counts are added up (a dapil's count is no pair's count of the race: ballot_basis)
    claims = [replace(c, hold="lower_level") if placed_in_dapil(c, text) else c for c in claims]
    # The lead's regions (as _regions gives them; read once: a lead may be a hostile page's
    # one 150 KB paragraph) and, of those, the places it reports on: "KPU Jakarta" is an
    # office, not a subject.
    # Not a venue's city either: KPU Jateng's plenary "di kantornya di Jalan Veteran, Kota
    # Semarang" is no page about Kota Semarang (blind hunt 4).
    alone = not_subject_spans(lead)  # "Ganjar Hanya di Luar Negeri", "dalam maupun luar negeri"
    named = [hit for hit in matcher.region_mentions(lead) if hit.code and not dateline(lead, hit)
             and not venue(lead, hit) and not inside(alone, hit.start, hit.end)
             # a person's office or home, an earlier race ("mantan Gubernur DKI", "lahir di")
             and not person_hit(lead, hit, matcher) and not past_race(lead, hit)]
    named = without_seats(lead, named, institution)  # "KPU Sultra ... rapat pleno di Kendari"
    page_regions = {hit.code for hit in named}
    offices = {hit.code for hit in named if institution(lead, hit)} | \
        bare_offices(matcher, lead)  # "KPU Kota Depok", and "KPU Ciamis" bare: office_names
    page_regions |= offices
    subjects = {hit.code for hit in named if not institution(lead, hit)}
    # Nor is the outlet's name ("Radar Lambar" over a Pesisir Barat page: own_name) the place
    # the page's figures are given; left out, it would make a lead naming another place too
    # look clear about its subject: it stays, and is never the one chosen.
    outlets = page_outlets(page)
    if (code := deepest(subjects)) is not None and \
            all(own_name(lead, hit, outlets) for hit in named if hit.code == code):
        subjects = set()
    if not any(len(code) == 4 for code in page_regions) and \
            (plenary := opening_plenary(text, page, matcher)) is not None:
        # (the lead stopped at a long headline the prose repeats: regency_plenary)
        page_regions = page_regions | {plenary[0]}
        offices, subjects = (offices | {plenary[0]}, subjects) if plenary[1] else \
            (offices, subjects | {plenary[0]})
    head = "\n".join([page.title, page.og_title, *page.headings])
    national_page = _national(lead) or _national(head) or (
        bool(_PILPRES_HEADLINE.search(page.title or page.og_title or ""))
        and not _regions(matcher, "\n".join([page.title, page.og_title])))
    partial_page = partial("\n".join([page.title, page.og_title, *page.headings[:2]]))
    unheld = [c for c in claims if c.kind == "votes" and c.hold is None]
    sized = _national_paragraphs(claims, text, matcher)
    # One kecamatan's PPK plenary (the opening paragraph read too where a long headline
    # stopped the lead): its figures are that kecamatan's, never the race's area.
    opening = opening_line(text, page) or ""
    heads = {h for h in (page.title, page.og_title, *page.headings) if h}
    tier = 6 if one_kecamatan_plenary(lead + "\n" + opening, heads, matcher.region) \
        else _tier_width(lead)
    headline_area = figure_area(matcher, page.title or page.og_title)
    by_race: dict[tuple, list[Claim]] = {}  # a page of 1,500 figures made this quadratic
    for c in unheld:
        by_race.setdefault((c.race_kind, c.region_code), []).append(c)
    votes = {key: race_counts(found) for key, found in by_race.items()}
    own_races = {c.race_region for c in claims if c.race_kind == "regent_mayor" and  # whole
                 c.region_code == c.race_region}  # races: not one TPS of it
    out = []
    for claim in claims:
        if beyond_provinces(claim, matcher.record):
            # The country's by its size, against the page's province: held, never graded.
            claim = replace(claim, region_code="", region_name=None,
                            hold=claim.hold or "region_unclear")
        if headline_area and claim.race_kind == "governor" and claim.region_code and \
                claim.region_code == claim.race_region and \
                headline_area.startswith(claim.region_code) and claim.origin != "json" and \
                not any(_counted_in(matcher, sentence, claim.region_code, text)
                        for _, sentence, _ in text.places(claim.excerpt)):
            # The headline's "di <regency>" ("Unggul 143.799 Suara di Batam"): governor figures
            # not placed in the province are that regency's count; held, as no sentence says so.
            out.append(replace(claim, region_code=headline_area, region_name=None,
                               hold=claim.hold or "page_region_below"))
            continue
        if claim.hold == "region_unclear" and claim.region_code is None and \
                claim.race_kind == "governor" and claim.claim_type != "quick_count" and \
                (code := deepest(subjects)) in own_races and code in offices and \
                claim.race_region and code.startswith(claim.race_region):
            # places.race_area left "Untuk Pilgub Jawa Barat, ..." on a city's page without an
            # area; the city's KPU giving its own race too makes it its part (below). Held.
            # Not the province's KPU meeting there ("Di Kudus, KPU Jawa Tengah ...").
            known = matcher.record.region(code) if matcher.record else None
            claim = replace(claim, hold="page_region_below", region_code=code,
                            region_name=known.name if known is not None else None)
        if claim.hold is None:
            places = text.places(claim.excerpt) if claim.origin != "json" else []
            reason = _hold(claim, page_regions, national_page, partial_page, places, matcher,
                           text, votes, sized, tier)
            if reason is None and _restates_partial(claim, text):
                claim = replace(claim, hold="partial_tally")  # the country's, not yet whole
            elif reason == "page_region_below" and claim.region_code == "" and \
                    (code := deepest(subjects) or kabkota_office(offices) or
                     text.once(opening_place, text, page, matcher, outlets)) is not None:
                # A presidential figure on a regency's page, with nothing saying it is the
                # country's: the regency's the title or lead reports on (one place and the
                # provinces around it), else the one whose KPU's plenary it reports.
                known = matcher.record.region(code) if matcher.record else None
                claim = replace(claim, hold=reason, region_code=code,
                                region_name=known.name if known is not None else None)
            elif reason == "page_region_below" and (code := kabkota_part(
                    claim, subjects, offices, own_races, matcher.record)) is not None:
                # A kab/kota's page that gives its own regent or mayor race too, or counts
                # that fit in it: the KPU of that kab/kota recapped them, the governor figures
                # are its part (corpus-j, KPU Kota Depok's plenary of Pilgub Jabar and Pilkada
                # Depok). Still held. A quick count estimates the whole race
                # (Layout._race_wide).
                known = matcher.record.region(code) if matcher.record else None
                claim = replace(claim, hold=reason, region_code=code,
                                region_name=known.name if known is not None else None)
            elif reason == "national_unproven" and (
                    restated(claim, text, sized, unheld) or
                    listed_with_restated(claim, claims, text, sized, unheld, matcher.record) or
                    decree_slip(claim, unheld, matcher.record)):
                pass
            elif reason == "national_unproven" and claim.region_code == "" and \
                    not page_regions and (code := text.once(
                        opening_place, text, page, matcher, outlets, 2)) is not None:
                # Not proven the country's, on a page whose opening paragraph is about one
                # province (the headline names none): that province's, still held.
                known = matcher.record.region(code) if matcher.record else None
                claim = replace(claim, hold="page_region_below", region_code=code,
                                region_name=known.name if known is not None else None)
            elif reason is not None:
                claim = replace(claim, hold=reason)
        if claim.hold in ("partial_tally", "region_unclear") and claim.race_kind == "president" \
                and claim.origin != "json" and (where := text.places(claim.excerpt)[:1]):
            (i, sentence, paragraph), = where
            area = claim.region_code
            claim = tally_area(claim, [sentence, paragraph, *text.lines[max(0, i - 1):i]],
                               lambda s: _counted_in(matcher, s, area, text))
        out.append(claim)
    out = with_counts_area(hold_small_counts(out, text, matcher.record, page_regions))
    return nation_or_area(out, text, matcher, deepest(subjects), _marks_nation)
