"""Where a figure is counted, as pages say it: a dateline or an office is not the place
("KONTAN.CO.ID - JAKARTA.", "KPU Jakarta"), the country ("di tingkat nasional"), votes abroad,
a place with its prefix, a partial tally ("di 34 provinsi"), a legislative race (DPD, DPR).
Patterns only; checker/figures/from_text.py applies them (issue 10, attribution)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from checker.figures.at_words import Keys, find_at_words
from checker.figures.regions import RegionHit
from checker.figures.caps_names import in_caps_name
from checker.figures.party_branch import party_branch
from checker.figures.colon_dateline import colon_dateline
from checker.figures.caps_masthead import caps_masthead
from checker.figures.name_places import opens_name
from checker.figures.opening_line import masthead_first, opening_line
from checker.figures.speech_place import after_speech, recap_seat
from checker.figures.wording import capitalised, may_end_with, may_say, may_say_between
from checker.figures.months import MONTH_WORD
from checker.figures.wire_dateline import wire_dateline

__all__ = ["ABROAD", "BELOW", "LEGISLATIVE", "MEETING", "NATIONAL", "NATIONAL_KEYS", "PARTIAL",
           "PLACE", "PLACE_KEYS", "dateline", "figure_area", "in_lower_name", "in_outlet",
           "institution", "national_mentions", "outlet_names", "partial_at", "pileg_election",
           "race_area", "race_named", "unknown_places", "venue", "won_in"]

_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{0,20}\))?\s*(?:-{1,2}|\u2013|\u2014|\.\s|,\s*[\w.]+\."
                             r"(?:com|id|net)\b)")
NATIONAL = re.compile(r"\b(?:(?:tingkat|secara|skala|level)\s+nasional|se-?indonesia|seluruh\s+"
                       r"indonesia|nationwide|nationally|3[48]\s+provinsi(?:\s+di\s+indonesia)?\s+(?:dan|serta)\s+"
                       r"(?:(?:pemungutan\s+suara|pemilu|pemilihan)\s+(?:di\s+)?|"
                       r"\d{1,3}\s+(?:panitia\s+pemilihan\s+|wilayah\s+|negara\s+)?)?(?:luar\s+"
                       r"negeri(?:\s+\(PPLN)?|PPLN)"
                       r"|nasional\s+(?:dan|serta|maupun)\s+(?:(?:di\s+)?luar\s+negeri|PPLN)"
                       r"|dalam\s+(?:negeri\s+)?(?:dan|serta|maupun)\s+luar\s+negeri)\b",
                       re.IGNORECASE)
# The words a NATIONAL match opens with (at_words: tried only there; tests/test_at_words.py).
NATIONAL_KEYS = Keys(("tingkat", "skala", "level", "34", "38", "nasional", "dalam"),
                     ("se", "nation"))
# ("38 provinsi dan luar negeri", "38 provinsi dan 128 Panitia Pemilihan Luar Negeri (PPLN)",
# "38 provinsi di Indonesia dan 128 wilayah luar negeri", "... dan pemilu luar negeri" (blind 24):
# every province and the votes abroad, i.e. the country; so are "suara sah nasional dan PPLN"
# and "dalam dan luar negeri".)
# "rapat pleno rekapitulasi tingkat nasional": the meeting where a province's result is read
# out, not the figure's scope (searched in the 45 characters before a NATIONAL match).
MEETING = re.compile(r"(?:rapat|pleno|sidang|forum|kantor)\b[^.]{0,40}$", re.IGNORECASE)
# The legislative races of the Pemilu (DPD, DPR/DPRD, "pemilihan legislatif"): none in the record.
LEGISLATIVE = re.compile(r"\b(?:DPD|DPRD?|[Ss]enator|[Cc]aleg|[Pp]ileg|[Ll]egislatif|Dewan\s+Perwakilan)\b")


def pileg_election(election: str | None) -> str:
    """A legislative figure's election: the Pemilu its paragraph names ("Pada Pileg 2019,
    caleg DPR RI dengan suara terbanyak ... Puan ... 404.034 suara"), else 2024's."""
    return election if election is not None and election.startswith("pemilu") else "pemilu2024"


# "di 34 provinsi", "dari 20 kabupaten/kota": a partial tally, not the race's result. 38
# provinces are the whole country (2024): "data dari 36 dari 38 provinsi" is no part of it.
PARTIAL = re.compile(r"\b(?:di|dari|pada)\s+(?!38\s+provinsi)\d{1,3}\s+(?:provinsi|kabupaten|kota|kab/kota|kabupaten/"
                      r"kota|kecamatan)\b(?!\s+(?:se-?|di\s+)?(?:indonesia|seluruh))", re.IGNORECASE)
# "hanya kalah di dua provinsi", "unggul di 36 provinsi": provinces won or lost are counted,
# no votes are tallied over them.
_WON = re.compile(r"\b(?:kalah|menang|unggul|memenangi|memenangkan|mendominasi|berjaya|"
                  r"keok|tumbang|jawara)(?:\s+[\w-]+){0,2}\s*$", re.IGNORECASE)


def national_mentions(text: str) -> list[RegionHit]:
    """The country named as a region of its own (code ""): "Di tingkat nasional, Prabowo-Gibran
    memimpin ..." on a page about Aceh. Not the meeting "rapat pleno ... tingkat nasional"."""
    if not may_say(text, "nasional", "indonesia", "nation", "negeri"):
        return []  # (every wording of NATIONAL holds one of these words)
    return [RegionHit("", "", 0, m.start(), m.end())
            for _, m in zip(range(200), find_at_words(NATIONAL, text, NATIONAL_KEYS))
            if not MEETING.search(text, max(0, m.start() - 45), m.start())]


def won_in(text: str, start: int) -> bool:
    """Is "di N provinsi" at `start` where a pair won or lost, not a tally's coverage?"""
    return _WON.search(text, max(0, start - 40), start) is not None


def partial_at(text: str, start: int, end: int) -> bool:
    """A partial tally ("di 34 provinsi") in text[start:end], provinces won or lost apart."""
    if not may_say_between(text, start, end, "provinsi", "kab", "kota", "kecamatan"):
        return False  # (asked for every figure: a C-speed look spares the regex)
    return any(not won_in(text, m.start()) for _, m in zip(range(20),
                                                          PARTIAL.finditer(text, start, end)))


# A place named with its prefix: one the record does not know is no region of the record.
# The prefix and the name share a line ("Limapuluh Kota" heading, "Deni Asra-..." under it).
PLACE = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Provinsi)[^\S\n]+([A-Z][\w'-]+)")
PLACE_KEYS = Keys(("kabupaten", "kab", "kota", "kecamatan", "kec", "provinsi"))  # (at_words)
# A PLACE inside the region named before it ("Kecamatan Ayah: ..."), so in that region's race.
BELOW = re.compile(r"Kecamatan\b|Kec\.")
# Votes cast abroad (PPLN): the record holds no count for them.
ABROAD = re.compile(r"\b(?:luar\s+negeri|PPLN|Malaysia|Singapura|Hong\s+Kong|Taiwan|Arab\s+Saudi|"
                    r"Jepang|Kuala\s+Lumpur|Belanda|Australia|Kamboja)\b")
_INSTITUTION = re.compile(r"\b(?:KPU|KPUD|KIP|Bawaslu|DPRD|Pemprov|Pemkab|Pemkot|Polda|Polres)"
                          r"\)?(?:\s+(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota))?\s+$")  # "(KPU) Sultra"
# The words ABROAD and LEGISLATIVE open with (at_words; tests/test_at_words.py).
ABROAD_KEYS = Keys(("luar", "ppln", "malaysia", "singapura", "hong", "taiwan", "arab", "jepang",
                    "kuala", "belanda", "australia", "kamboja"))
HOUSE_KEYS = Keys(("dpd", "dpr", "dprd", "senator", "caleg", "pileg", "dewan", "legislatif"))


# The words every match of _INSTITUTION ends with before its spaces (wording.may_end_with: a
# C-speed test first; the pattern was tried at each of 30 positions for every region).
_INSTITUTION_ENDS = ("kpu", "kpud", "kip", "bawaslu", "dprd", "pemprov", "pemkab", "pemkot", "kpu)",
                     "kip)", "polda", "polres", "provinsi", "prov.", "kabupaten", "kab.", "kota")


# "dari 38 provinsi dan luar negeri": the overseas vote named with every province is part of
# the whole country (the shipped record has "Luar Negeri" as a region of the Pilpres).
_WITH_PROVINCES = re.compile(r"\bprovinsi\s+(?:dan|serta|\+|&)\s+(?:(?:(?:pemungutan\s+)?suara|"
                             r"pemilu|pemilihan)\s+)?(?:di\s+)?$", re.IGNORECASE)

# A building and then its city: "di Gedung KPU, Jakarta", "di Kantor KPU RI, Menteng, Jakarta
# Pusat", the building's word last ("di Ballroom Fugo Hotel, Kota Banjarmasin", blind16). Where
# a meeting sat (KPU RI reads every province's result out in Jakarta), not where the votes it
# adopted were cast. "di Kompleks Parlemen, Senayan, Jakarta" (blind hunt 34: an inauguration
# there held the decree's national share as the city's) and "di Istana ..." are venues too.
_VENUE = re.compile(r"\b(?i:gedung|kantor|hotel|aula|balai|wisma|kompleks|istana)(?:\s+[^.;:!?\n,]{1,40})?,"
                    r"\s*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*)?$"
                    # "di kantornya di Jakarta", "di Kantor KPU RI di Jakarta"
                    r"|\b(?:[Gg]edung|[Kk]antor(?:nya)?|[Hh]otel|[Aa]ula|[Bb]alai|[Ww]isma)"
                    r"(?:\s+[^.;:!?\n,]{1,30})?\s+di\s+$"
                    # A street address ends with its city: "di kantornya di Jalan Veteran, Kota
                    # Semarang", "Jl. Veteran No. 1A, Semarang" (KPU Jateng's page put the
                    # governor race's figures in Kota Semarang; blind hunt 4).
                    r"|\b(?:Jalan|Jl\.?)[^\S\n]*[A-Z0-9](?:[^.;:!?\n,]|\.(?=[^\S\n]*\d)){0,50},"
                    r"\s*(?:" + capitalised(3) + r",\s*){0,2}$")


def unknown_places(text: str, known, limit: int = 2000) -> list[tuple[int, int]]:
    """Spans of PLACE names the record's names do not know (`known(position)` says a region
    found there), other than an office's ("KPU Kota Banjar": the body, not a place); a prefix
    that ends a known name opens none ("di Limapuluh Kota Deni Asra unggul")."""
    places = find_at_words(PLACE, text, PLACE_KEYS)
    return [(m.start(), m.end()) for _, m in zip(range(limit), places)
            if not known(m.start(1)) and not known(m.start()) and
            not institution(text, RegionHit(None, "", None, m.start()))
            and not _TIER.search(text, max(0, m.start() - 12), m.start())
            and not _EPITHET.search(text, max(0, m.start() - 16), m.start())]


# "di Tingkat Kota Rampung" (a headline in title case): the count's stage, "tingkat kota"; the
# word after it is no city's name ("rampung": done).
_TIER = re.compile(r"\btingkat\s+$", re.IGNORECASE)
# "Di kota berjuluk Kota Rambutan ini" (Binjai, second blind run): a place's epithet, not
# another place; the figure's area is the place the page named before it.
_EPITHET = re.compile(r"\b(?:berjuluk|dijuluki|julukan)\s+$", re.IGNORECASE)


# "KPU Kabupaten Kulon Progo, DIY": the province after an office's place is its address.
# "Komisi Pemilihan Umum (KPU) Kabupaten Kulon Progo, Daerah Istimewa Yogyakarta, ...".
_ADDRESS = re.compile(r"\b(?:KPU|KPUD|KIP|Bawaslu)\)?(?:\s+(?:Kabupaten|Kab\.|Kota))?(?:\s+[A-Z]"
                      r"[\w'-]*){1,3},\s*$")
# "(KPU) Kabupaten Jepara, Jawa Tengah", "di Kota Tangerang, Banten": the province after a
# kab/kota and a comma is its address, not another area (Murianews: Jepara's plenary of both
# races went to the governor race at the province). With their acronyms in brackets, the
# province's too: "Pemerintah Kabupaten (Pemkab) Hulu Sungai Selatan (HSS), Kalimantan Selatan
# (Kalsel)" is the regency (corpus-aa: its data centre's count went to the province).
_KABKOTA_ADDRESS = re.compile(r"\b(?:Kabupaten|Kab\.|Kota)(?:\s+\([A-Z][\w-]*\))?(?:\s+[A-Z]"
                              r"[\w'-]*){1,3}(?:\s+\([A-Z][\w-]*\))?,\s*(?:(?:[A-Z][\w'-]*\s+)"
                              r"{1,3}\()?$")


# "Kecamatan Singgaran Pati", "TPS 03 Kampung Buantan Besar Kecamatan Siak", "Kecamatan
# Buleleng": a kecamatan's or desa's name holding a kab/kota's (Pati, Siak, Buleleng) names
# the kecamatan, not that kab/kota (Rakyat Bengkulu's city total went to Kabupaten Pati).
_LOWER_NAME = re.compile(r"\b(?:Kecamatan|Kec\.|Desa|Kelurahan|Kel\.|Nagari|Gampong|Dusun|"
                         r"Kampung)[^\S\n]+(?:(?!(?:Kota|Kabupaten|Kab|Provinsi)\b)[A-Z][\w'-]*"
                         r"[^\S\n]+){0,3}$")
_PREFIXED = re.compile(r"(?i:kota|kabupaten|kab\.|provinsi|prov\.)\s")


def in_lower_name(text: str, region: RegionHit, out=None) -> bool:
    """Is the region's name (not prefixed "Kota ...", "Kabupaten ...") the end of a
    kecamatan's, desa's or kampung's name written before it, or of a name in capitals
    ("Paslon 3, ANTI BALI": caps_names), or (with `out`, the page's Collector) the start of a
    kecamatan's name of the page's kab/kota ("Riau Silip": kecamatan_opening) or a word of a
    candidate's name ("Yohanes Halut": name_places)? (The words every match holds are looked
    for first, in C: the pattern opens with \b and would be tried at each of the 60 places.)"""
    if out is not None and opens_name(text, region, out):
        return True
    window = text[max(0, region.start - 60):region.start]
    return in_caps_name(text, region) or ("Kec" in window or "Kel" in window or "Desa" in window
        or "Nagari" in window or "Gampong" in window or "Dusun" in window or "Kampung" in window) \
        and _LOWER_NAME.search(text, max(0, region.start - 60), region.start) is not None \
        and _PREFIXED.match(text, region.start) is None


def venue(text: str, region: RegionHit, near: str | None = None) -> bool:
    """"di Gedung KPU, Jakarta", "di kantornya di Jalan Veteran, Kota Semarang": where a
    meeting sat or an office stands, not a place a page reports on (`near`: the 70 characters
    before, when the caller has them)."""
    if near is None:
        near = text[max(0, region.start - 70):region.start]
    return ("edung" in near or "antor" in near or "otel" in near or "ula" in near or
            "alai" in near or "isma" in near or "ompleks" in near or "stana" in near or
            "Jl" in near or "Jalan" in near) and \
        _VENUE.search(text, max(0, region.start - 70), region.start) is not None or \
        recap_seat(text, region)


def institution(text: str, region: RegionHit) -> bool:
    """"KPU Jakarta", "Bawaslu Jawa Barat": a body, not the place a figure is about; nor is
    a venue ("di Gedung KPU, Jakarta"; "ujar Ketua KPU Malut, di Ternate": speech_place), nor
    the overseas vote named after "38 provinsi dan" (the whole country), nor the province an
    office's address ends with."""
    # Asked for every region of a page: each pattern is searched only when a word it cannot
    # match without is in the 70 characters before (C-speed `in`; none, most regions): every
    # match of _INSTITUTION and _ADDRESS holds one of the first six words, of _VENUE one of the
    # others. Written out: a generator, or a regex search of the words, cost three times as much.
    near = text[max(0, region.start - 70):region.start]
    body = "KPU" in near or "KIP" in near or "Bawaslu" in near or "DPRD" in near or \
        "Pem" in near or "Pol" in near
    return bool(body and may_end_with(text, max(0, region.start - 30), region.start,
                                      _INSTITUTION_ENDS)
                and _INSTITUTION.search(text, max(0, region.start - 30), region.start)
                or body and region.level == 1 and _ADDRESS.search(
                    text, max(0, region.start - 60), region.start)
                or region.level == 1 and may_say(near, "kab", "kota") and _KABKOTA_ADDRESS.search(
                    text, max(0, region.start - 90), region.start)
                or venue(text, region, near)
                or may_say(near, "provinsi") and _WITH_PROVINCES.search(
                    text, max(0, region.start - 40), region.start)
                or after_speech(text, region.start) or party_branch(text, region.start))


_AGENCY_AFTER = re.compile(r"\s*\([A-Z][A-Za-z/.&\s]{1,24}\)\s*(?:-{1,2}|\u2013|\u2014)")
_MASTHEAD_AFTER = re.compile(r",\s*[\w-]+(?:\.[\w-]+)*\.(?:com|id|net)\b", re.IGNORECASE)
# "TEMPO.CO, Jakarta -", "KOMPAS.TV", "Liputan6.com": a newsroom's name as a masthead.
_MASTHEAD = re.compile(r"[\w-]+\.(?:com|co\.id|co|tv|id|net|or\.id)\b", re.IGNORECASE)
# "PARBOABOA, Jakarta -", "SUARAMALANG, Batu -": the newsroom's name in capitals opening
# the line, then the city and a dash (corpus-p: the national result put in Jakarta).
_CAPS_MASTHEAD = re.compile(r"[^\S\n]*[A-Z][A-Z0-9&-]{3,}(?:[^\S\n]+[A-Z][A-Z0-9&-]+)?[^\S\n]*,[^\S\n]*")
# "Jakarta - Komisi ...", "Tangerang, IDN Times - ...", "Ruteng, Ekorantt.com-": a place that
# opens its line, then (optionally) the newsroom's name, then a dash and the story's first
# words. Not "Jakarta - 41,47 persen" (a list item gives the place of its figure).
_OUTLET_DASH = re.compile(r"\s*(?:,\s*(?:[A-Za-z][\w.-]*)(?:\s+[A-Z][\w.-]*){0,2}\s*)?"
                          r"(?:-{1,2}|\u2013|\u2014)\s*[^\W\d_][^\n]{40}")


# A line opening with a name and a dash: "Jakarta - Komisi ...", a list item ("Jawa Tengah -
# Ganjar-Mahfud 34,39 persen"); a hyphen between letters joins a pair's name, no dash.
_DASH_LINE = re.compile(r"^[A-Z][\w.]*(?:[ ,]+[A-Za-z][\w.]*){0,3}(?:\s*(?:--|\u2013|\u2014)|"
                        r"\s+-|-(?=\s))\s*[^\W\d_][^\n|]{40}", re.MULTILINE)

_SENTENCE_GAP = re.compile(r"[.!?]\s")
# "Jakarta, Kamis (21/3/2024) -", "Medan, 5/12/2024 -", "Jakarta, CNN Indonesia, Rabu (20/3)
# --": the city, a newsroom's name maybe, the day and date, then a dash. A list item names a
# place and its figure, never a date: the date makes it the line the story was filed under.
_DATED_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:[A-Za-z][\w.-]*(?:[^\S\n]+[A-Z][\w.-]*){0,2}[^\S\n]*,[^\S\n]*)?"
    r"(?:(?i:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad),?[^\S\n]*)?\(?(?:\d{1,2}/\d{1,2}"
    r"(?:/\d{2,4})?|\d{1,2}[^\S\n]+(?i:" + MONTH_WORD + r")\.?"
    r"[^\S\n]+\d{4})\)?[^\S\n]*(?:-{1,2}|\u2013|\u2014)[^\S\n]*\S")


@lru_cache(maxsize=8)
def _dash_lines(text: str) -> int:
    """How many lines open with a name and a dash (a page's text is checked once)."""
    return sum(1 for _ in zip(range(3), _DASH_LINE.finditer(text)))


def dateline(text: str, region: RegionHit) -> bool:
    """"KONTAN.CO.ID - JAKARTA.", "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -",
    "TEMPO.CO, Jakarta -", "Jakarta - ...", "Tangerang, IDN Times - ...": at the start of a
    line, after a masthead or in capitals or alone, then a dash or a full stop. It says where
    the reporter filed from, never what a figure is about (issue 10)."""
    line = text.rfind("\n", 0, region.start) + 1
    lead = text[line:region.start]
    if not lead.strip() and opening_line(text, line, region.end):
        return True  # "Merauke" alone on a line under the headline, then the story
    if masthead_first(text, line, region.start, region.end) or \
            caps_masthead(text, line, region.start, region.end):  # "ZONA KALBAR, NASIONAL –"
        return True  # "TVRINews, Jakarta" alone on its line, then the story
    if region.start - line > 45 or _SENTENCE_GAP.search(lead):
        return False
    written = text[region.start:region.end].rstrip(".")
    if not lead.strip() and (_AGENCY_AFTER.match(text, region.end) or _DATED_AFTER.match(
            text, region.end)) or wire_dateline(text, line, region.start, region.end):
        return True  # "Surabaya (ANTARA) -", "(JAKARTA) - ...", "JAKARTA, March 20 (Reuters) -"
    if not lead.strip() and (_OUTLET_DASH.match(text, region.end) and _dash_lines(text) <= 1
                             or colon_dateline(text, line, region)):
        return True  # "Jakarta - ...", "Jakarta: ...": one such line; several list places
    if not lead.strip() and _MASTHEAD_AFTER.match(text, region.end):
        return True  # "Jakarta, EDITOR.ID -", "Solo, Sonora.ID -": the city, then the masthead
    if not (_MASTHEAD.search(lead) or (written.isupper() and len(lead.strip()) <= 25)
            or _CAPS_MASTHEAD.fullmatch(lead)):
        return False
    ends_sentence = text[region.end - 1:region.end] == "." and text[region.end:region.end + 1] == " "
    return ends_sentence or bool(_DATELINE_AFTER.match(text, region.end)
                                 or _DATED_AFTER.match(text, region.end))


# "Joko Sutopo-Setyo Sukarno Menang Telak di Pilkada Wonogiri - Rakyat Jateng": the site's
# name after the headline.
_TITLE_SUFFIX = re.compile(r"\s+[-|\u2013\u2014]\s+([^-|\u2013\u2014\n]{3,40})$")


def outlet_names(title: str, site_names: tuple[str, ...]) -> tuple[str, ...]:
    """The names the site signs with (its declared name, the title's suffix) that are longer
    than one word: "Rakyat Jateng", "Tribun Jabar" hold a region's name, and are no place."""
    names = [" ".join(n.split()) for n in site_names[:4]]
    found = _TITLE_SUFFIX.search(title or "")
    if found:
        names.append(" ".join(found.group(1).split()))
    return tuple(dict.fromkeys(n for n in names if 2 <= len(n.split()) <= 5))


def in_outlet(text: str, region: RegionHit, names: tuple[str, ...]) -> bool:
    """Is the region named inside the outlet's own name ("Rakyat Jateng — 17 Desember 2020",
    a byline)? It says who wrote, never where a figure was counted (issue 10)."""
    for name in names:
        if len(name) <= region.end - region.start:
            continue
        start = max(0, region.start - len(name))
        for match in re.finditer(re.escape(name).replace(r"\ ", r"\s+"),
                                 text[start:region.end + len(name)], re.IGNORECASE):
            if match.start() + start <= region.start and match.end() + start >= region.end:
                return True
    return False


_FIGURE_AT = re.compile(r"\d[\d.,]*\s*(?:persen|%|suara)\s+di\s+(?:kabupaten\s+|kota\s+|kab\.\s*)?$",
                        re.IGNORECASE)


# (the unit and prefix in any case, the name capitalised)
_FIGURE_AT_NAME = re.compile(r"\d[\d.,]*\s*(?i:persen|%|suara)\s+(?i:di)\s+"
                             r"((?i:kabupaten|kota|kab\.)\s*)?([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})")
_SITE_AFTER = re.compile(r"\s+[-|\u2013\u2014]\s+[^-|\u2013\u2014\n]{1,40}$")
# "Final, 204.186 Suara Bawa Koster-Giri Menang di Badung": a headline's count and, in the
# same clause (no comma between: "63 Persen, Unggul di Kotabaru" places nothing), where the
# pair won puts the count there (KPU Badung's plenary of the governor race).
_WON_AT_NAME = re.compile(r"\d[\d.,]*\s*(?i:persen|%|suara)(?:[ \t]+[\w'-]+){0,5}?[ \t]+"
                          r"(?i:menang|unggul)\s+(?i:di)\s+((?i:kabupaten|kota|kab\.)\s*)?"
                          r"([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})")


def figure_area(matcher, headline: str) -> str | None:
    """The one kab/kota a headline puts a figure in ("63 Persen di Kotabaru", "Unggul
    143.799 Suara di Batam", "204.186 Suara Bawa Koster-Giri Menang di Badung"), or None."""
    if not headline or not may_say(headline, "di"):
        return None
    headline = _SITE_AFTER.sub("", headline)  # "... di Batam, ... - Tribunbatam.id"
    codes = {hit.code for hit in matcher.region_mentions(headline)
             if hit.code and len(hit.code) == 4 and
             _FIGURE_AT.search(headline[max(0, hit.start - 40):hit.start])}
    # A title-case headline ("Raih Suara Capai 63 Persen di Kotabaru, Paslon ...") gives no
    # bare kab/kota name as a place (a capital says nothing there: "di Puncak"); right after a
    # figure and its unit, the capitalised words are the figure's place: the longest run of
    # them (up to three) that names one kab/kota.
    for found in chain(_FIGURE_AT_NAME.finditer(headline), _WON_AT_NAME.finditer(headline)):
        words = found.group(2).split()
        for n in range(len(words), 0, -1):
            hit = matcher.region((found.group(1) or "") + " ".join(words[:n]))
            if hit is not None and hit.code and len(hit.code) == 4:
                codes.add(hit.code)
                break
    return codes.pop() if len(codes) == 1 else None


# "Untuk Pilgub Jawa Barat, ...", "pemilihan gubernur dan wakil gubernur Jawa Barat": the race.
_RACE_NAME = re.compile(r"\b(?:pil(?:gub|bup|walkot|wali|kada)|pemilihan\s+(?:gubernur|bupati|wali"
                        r"\s*kota)(?:\s+dan\s+wakil\s+(?:gubernur|bupati|wali\s*kota))?)\s+$",
                        re.IGNORECASE)


def named_as_race(text: str, region: RegionHit) -> bool:
    """Is the region named as a race's ("Pemilihan Walikota dan Wakil Walikota Batam")?"""
    return _RACE_NAME.search(text, max(0, region.start - 70), region.start) is not None


def race_named(text: str, region: RegionHit | None, own: RegionHit | None) -> RegionHit | None:
    """The region, marked `race` when named as a race's ("Untuk Pilgub Jawa Barat, pasangan
    ... 92.535 suara") on the page of another place (KPU Kota Depok's): it says which race,
    not where the figure was counted (race_area decides that; issue 10)."""
    if region is not None and own is not None and own.code != region.code and \
            _RACE_NAME.search(text, max(0, region.start - 70), region.start) is not None:
        return replace(region, race=True)
    return region


def race_area(region: RegionHit | None, code: str | None, race: str, page, hold: str | None):
    """(area code, hold) of a figure whose only place is its race's name ("Untuk Pilgub Jawa
    Barat, ..." on KPU Kota Depok's page, `page` its Scope): the page's own place inside the
    race when the lead says the plenary was its own (`tier`), else unknown, never the race's."""
    own = page.region
    if region is None or not region.race or code != race or own is None or not own.code or \
            not own.code.startswith(race) or own.code == race:
        return code, hold
    return (own.code, hold) if page.tier else (None, hold or "region_unclear")
