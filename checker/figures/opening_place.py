"""The one kab/kota an article's opening paragraph reports on, for a page whose lead stops at
the headline (issue 10, region; Radar Lambar on KPU's Sirekap count in Pesisir Barat):

    Berdasarkan Data Sementara Website KPU, Pasangan Prabowo-Gibran Unggul di Pesisir Barat
    PESISIR TENGAH - Menurut laman resmi KPU ..., hasil sementara penghitungan suara Pemilu
    Presiden dan Wakil Presiden 2024 di Kabupaten Pesisir Barat (Pesbar) ...
    Pasangan calon presiden dan wakil presiden nomor urut 2 ... meraih 6.696 suara ...

GateText.lead ends at the first long line, which is the headline the prose repeats; the title's
bare "di Pesisir Barat" in title case is no place (a capital says nothing there), and the
outlet's own name ("Radar Lambar") is never the subject. The paragraph after the headline
names the regency with its prefix: scope_gate gives a presidential figure it already holds
below the country (page_region_below) that regency, still held. Only a kab/kota, only one,
never a dateline, a venue, an office or the outlet's name.

Asked for a province (`width` 2), it answers a Pilpres page whose headline names no place and
whose opening paragraph names one province and nothing in it (TribunWow on Sumatera Barat,
corpus-am: "Warga Sumatera Barat cenderung memilih ...", then Sirekap's counts there with no
place in their sentences): scope_gate gives the counts it holds as not proven national that
province, still held. A byline long enough to pass for a paragraph ("Penulis: ... | Editor:
... | Sabtu, 17 Februari 2024") is no opening. Pure."""

from __future__ import annotations

import re

from checker.figures.own_name import own_name
from checker.figures.own_part import deepest
from checker.figures.places import dateline, institution, venue
from checker.figures.teasers import OPENS

__all__ = ["opening_line", "opening_place"]

_LONG = 80  # the lead's own measure of a real paragraph (GateText.lead)
_BYLINE = re.compile(r"^\W*(?:Penulis|Reporter|Pewarta|Editor|Redaktur|Kontributor)\s*:",
                     re.IGNORECASE)


def opening_line(text, page, bylines: bool = False) -> str | None:
    """The first long paragraph that repeats no headline (nor, with `bylines`, is a byline),
    where the lead stopped at one the prose repeats (or at a byline, with `bylines`); else None:
    the lead read the opening paragraph already."""
    heads = {" ".join(h.split()).lower() for h in (page.title, page.og_title, *page.headings[:2])
             if h}
    long = [line for line in text.lines[:10] if len(line) >= _LONG and not OPENS.match(line)]

    def new(line: str) -> bool:  # neither a headline repeated nor (with `bylines`) a byline
        return line.lower() not in heads and not (bylines and _BYLINE.match(line))
    if not long or new(long[0]):
        return None
    return next((line for line in long if new(line)), None)


def opening_place(text, page, matcher, outlets, width: int = 4) -> str | None:
    """The kab/kota (`width` 4) or province (2) the first long paragraph that repeats no
    headline and is no byline names, else None."""
    opening = opening_line(text, page, bylines=True)
    if opening is None:
        return None
    codes = {hit.code for hit in matcher.region_mentions(opening)
             if hit.code and not dateline(opening, hit) and not venue(opening, hit)
             and not institution(opening, hit) and not own_name(opening, hit, outlets)}
    code = deepest(codes)
    # (votes abroad, "99", are no province: "... termasuk luar negeri" is the whole count)
    return code if code is not None and len(code) == width and code != "99" else None
