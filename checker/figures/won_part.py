"""A figure right after the sentence that names the one part of the race's area a pair won
(blind hunt 19, region). A Pilgub page writes:

    "Rohidin-Meriani hanya unggul di Kabupaten Bengkulu Selatan."
    "Mereka memimpin dengan 55,11 persen, ..."            (the regency's share)
    "Secara keseluruhan, Helmi-Mian meraih 55,09 persen"  (the province's)

The place won is the sentence's topic only in passing: the next sentence may go on with that
regency's count or give the race's whole, and only its own words tell which. Said of the whole
("secara keseluruhan", "seluruh provinsi": `whole_said`) the figure is the race's, not the
regency's; said of neither, its area is unclear (held `region_unclear`), never the regency's by
nearness nor the province's by default. A figure that points back ("di kabupaten itu", "di
sana") is carried_area's. So is "... unggul di Kabupaten Bengkulu Selatan dari 10 kabupaten
kota di Provinsi Bengkulu": the province named last is the scope of the tally of regencies, no
area of its own for the sentence after. Only a place won inside the page's race area (a
regency of a governor race, a kecamatan of a regent's), in the sentence right before the
figure's. Pure; asked by layout.py (the whole) and carried_area.py (unclear)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from checker.figures.places import MEETING
from checker.figures.wording import may_hold

__all__ = ["WHOLE", "part_before_tally", "points_back", "total_after", "total_next", "whole_said",
           "won_part"]

# "di provinsi itu", "di wilayah pemilihan Yunani itu", "di sana", "di provinsinya".
_BACK = re.compile(r"\b(?i:di|dari|untuk)\s+(?i:provinsi|wilayah|daerah|kabupaten|kota|negara)"
                   r"(?:\s+(?i:pemilihan))?(?:\s+[A-Z][\w-]*){0,3}\s+(?i:itu|tersebut|ini)\b|"
                   r"\b(?i:di\s+sana)\b|\b(?i:provinsi|kabupaten|daerah|wilayah)nya\b")
# Every match of _BACK holds one of these words (the regex opens with \b: tried at every
# position of the span, which may run to the text's end; a C-speed look first).
_BACK_WORDS = ("provinsi", "wilayah", "daerah", "kabupaten", "kota", "negara", "sana")

# The whole, not the place: "secara keseluruhan", "total nasional", "di seluruh provinsi".
WHOLE = re.compile(r"\b(?:keseluruhan|nasional|se-?indonesia|seluruh\s+(?:indonesia|provinsi))\b",
                   re.IGNORECASE)
# A place won or lost, right before it: "hanya unggul di Kabupaten", "menang di Kota".
_WON_AT = re.compile(r"\b(?:menang|memenangi|memenangkan|unggul|kalah|keok|menguasai|"
                     r"mendominasi|berjaya)(?:[^\S\n]+(?:telak|tipis|mutlak|jauh|juga|pula))?"
                     r"(?:[^\S\n]+di)?[^\S\n]+(?:(?:Kabupaten|Kab\.|Kota|Kecamatan|Distrik)"
                     r"[^\S\n]+)?$", re.IGNORECASE)
# The whole a tally of areas is counted in: "dari 10 kabupaten kota di Provinsi".
_TALLY_OF = re.compile(r"\b(?:dari|di[^\S\n]+antara|antara)[^\S\n]+(?:\d{1,3}|\w+)[^\S\n]+"
                       r"(?:kabupaten[^\S\n]*(?:/|dan|atau)?[^\S\n]*kota|kab(?:upaten)?\.?/kota|"
                       r"kabupaten|kota|kecamatan|distrik|daerah|wilayah)(?:[^\S\n]+yang[^\S\n]+"
                       r"ada)?[^\S\n]+(?:di|se-?)[^\S\n]*(?:(?:Provinsi|Prov\.|Kabupaten|Kota)"
                       r"[^\S\n]+)?$", re.IGNORECASE)


# A sentence that opens on the whole: "Secara keseluruhan, Anies-Muhaimin mengantongi 23.933.303
# suara atau 24,25 persen." after a paragraph about DKI (FokusRiau, corpus-aq): the count and
# its share are the race's whole (the country on a Pilpres page), not the place named in the
# sentences before. Only at the sentence's opening: "dari keseluruhan suara sah" is no scope.
_OPENS_WHOLE = re.compile(r"[\W\d]{0,6}(?:(?:sedangkan|adapun|namun|sementara(?:[^\S\n]+itu)?)[\s,]+)?"
                          r"(?:secara[^\S\n]+(?:keseluruhan|nasional)|se-?indonesia|seluruh[^\S\n]+"
                          r"indonesia)\b", re.IGNORECASE)


# ... unless the sentences since the place spoke of its parts: "Di Kabupaten Bengkulu Selatan,
# Rohidin-Meriani unggul di 10 dari 11 kecamatan. Secara keseluruhan, mereka meraih 55,11
# persen." is the regency's whole (blind 19).
_PARTS = re.compile(r"\b(?:kecamatan|kec\.|distrik|desa|kelurahan|tps|nagari|gampong|kapanewon|"
                    r"kemantren)\b", re.IGNORECASE)
_PARTS_OF_PROVINCE = re.compile(_PARTS.pattern[:-3] + r"|kabupaten|kab\.|kota)\b", re.IGNORECASE)


def whole_said(text: str, start: int, end: int) -> bool:
    """Does text[start:end] speak of the whole? Not the meeting "rapat pleno rekapitulasi
    nasional", where each province's KPU reads out its own count."""
    return any(not MEETING.search(text, max(0, m.start() - 45), m.start())
               for m in WHOLE.finditer(text, start, end))


def points_back(text: str, start: int, end: int) -> bool:
    """Does text[start:end] point back to a place ("di provinsi itu", "di sana")?"""
    return may_hold(text, start, end, _BACK_WORDS) and \
        _BACK.search(text, start, end) is not None


# The whole said after the place, in the figure's own sentence: "Luthfi-Yasin kalah di Kota
# Semarang dengan 34,04 persen, meski secara keseluruhan menang dengan 59,14 persen",
# "Andika-Hendi menang di Kota Semarang ... dan Solo (52,83 persen), tetapi kalah di tingkat
# provinsi dengan 40,86 persen" (blind hunt 33, probed: the race's share flagged as the city's).
_WHOLE_AFTER = re.compile(r"\b(?:secara[^\S\n]+keseluruhan|tingkat[^\S\n]+(?:provinsi|nasional))\b",
                          re.IGNORECASE)


# The whole's figure after the place's own, in the same sentence: "unggul di Jawa Tengah 53,08%,
# Jawa Timur 65,19%, dengan total persentase 58,59%" (blind hunt 51, jpnn's "Kabupaten Supiori
# 50,19%, dengan total presentasi 52,52%"): the last place already had its figure, the total
# after it is the race's (the country's share was graded as Jawa Timur's). Only "total" with
# nothing but its nouns before the figure; "Jawa Timur dengan total 16.716.603 suara", with no
# figure of the place's before it, stays the place's.
_TOTAL = re.compile(r"\btotal(?:[^\S\n]+(?:persentase|presentase|presentasi|prosentase|perolehan|"
                    r"suara|keseluruhan|sebesar|sebanyak|mencapai))*[^\S\n]*:?[^\S\n]*",
                    re.IGNORECASE)
# A figure of the place's own (a count or a share; a year, "Pilkada 2024 dengan total", is none)
_FIGURE = re.compile(r"\d[.,]\d|\d[^\S\n]*(?:%|persen\b|suara\b)", re.IGNORECASE)
# The same total right after the place's figure, only a link between: ", dengan total ...".
_TOTAL_NEXT = re.compile(r"(?:[^\S\n]*(?:%|persen\b|suara\b))?[^\S\n]*[,;]?[^\S\n]*(?:(?:dengan|dan|"
                         r"serta|sehingga)[^\S\n]+)?" + _TOTAL.pattern, re.IGNORECASE)


def total_after(text: str, start: int, position: int) -> bool:
    """Is the figure at `position` a total said after a figure of the place ending at `start`
    ("Jawa Timur 65,19%, dengan total persentase 58,59%")?"""
    if "total" not in text[start:position].lower():
        return False
    at = text.lower().rfind("total", start, position)
    return _TOTAL.fullmatch(text, at, position) is not None and \
        _FIGURE.search(text, start, at) is not None


def total_next(text: str, end: int, position: int) -> bool:
    """Does the figure at `position` follow the one ending at `end` as its total, only a link
    and the total's words between ("50,19%, dengan total presentasi 52,52%")?"""
    return "total" in text[end:position].lower() and \
        _TOTAL_NEXT.fullmatch(text, end, position) is not None


def _won(text: str, region) -> bool:
    return _WON_AT.search(text, max(0, region.start - 60), region.start) is not None


def won_part(layout, region, position: int, where: tuple[int, int, int, int]) -> str | None:
    """"whole" or "unclear" for the figure at `position` (`where`: layout._where) whose nearest
    region is `region`, when the sentence before names a part of the page's race area as a place
    won (see above); None otherwise."""
    if region is not None and region.code and region.start < where[0] and \
            _OPENS_WHOLE.match(layout.text, where[0], position) and not \
            (_PARTS_OF_PROVINCE if len(region.code) == 2 else _PARTS).search(
                layout.text, region.end, where[0]):
        return "whole"  # (its sentence opens on the whole; a place before it is no scope)
    if region is not None and region.code and not region.line and region.start >= where[0] and \
            may_hold(layout.text, region.end, position, ("keseluruhan", "tingkat")) and \
            _WHOLE_AFTER.search(layout.text, region.end, position):
        return "whole"
    if region is not None and region.code and not region.line and region.start >= where[0] and \
            total_after(layout.text, region.end, position):
        return "whole"
    own = layout.out.scope.region
    if region is None or not region.code or own is None or not own.code or region.line:
        return None
    sentences, text = layout.sentences, layout.text
    index = bisect_right(sentences, position) - 1
    if index < 1 or not sentences[index - 1] <= region.start < sentences[index]:
        return None  # named in the figure's own sentence, or further back
    won = region
    if not _won(text, region) and _TALLY_OF.search(text, max(0, region.start - 80),
                                                   region.start):
        at = bisect_left(layout.region_starts, region.start)  # the place won, before the tally
        won = layout.regions[at - 1] if at > 0 else None
        if won is None or won.start < sentences[index - 1] or not won.code or \
                not won.code.startswith(region.code) or len(won.code) <= len(region.code):
            return None
    if not _won(text, won) or not won.code.startswith(own.code) or len(won.code) <= len(own.code):
        return None
    if points_back(text, where[0], position):
        return None  # "Di kabupaten itu, ...": the place won, carried or near
    return "whole" if whole_said(text, where[0], position) else "unclear"


def part_before_tally(layout, region, where: tuple[int, int, int, int]):
    """The place named before a tally's whole, in the figure's own sentence: "Hanya di
    Kabupaten Bengkulu Selatan dari 10 kabupaten kota yang ada di Provinsi Bengkulu, Rohidin
    Mersyah-Meriani unggul dengan perolehan 55,02 persen" is the regency's share (audit-s42,
    jambiekspres: CPI LSI Denny JA's count there), the province named last only the whole its
    ten regencies are counted in. That place (`region` the nearest one, `where` layout._where),
    or None: only a part inside the whole, both in the figure's sentence."""
    if region is None or not region.code or region.start < where[0] or \
            not _TALLY_OF.search(layout.text, max(where[0], region.start - 80), region.start):
        return None
    at = bisect_left(layout.region_starts, region.start)
    part = layout.regions[at - 1] if at > 0 else None
    if part is None or part.start < where[0] or not part.code or \
            not part.code.startswith(region.code) or len(part.code) <= len(region.code):
        return None
    return part
