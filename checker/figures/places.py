"""Where a figure is counted, as pages say it: a dateline or an office is not the place
("KONTAN.CO.ID - JAKARTA.", "KPU Jakarta"), the country ("di tingkat nasional"), votes abroad,
a place with its prefix, a partial tally ("di 34 provinsi"), a legislative race (DPD, DPR).
Patterns only; checker/figures/from_text.py applies them (issue 10, attribution)."""

from __future__ import annotations

import re

from checker.figures.regions import RegionHit

__all__ = ["ABROAD", "LEGISLATIVE", "NATIONAL", "PARTIAL", "PLACE", "dateline", "institution"]

_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{0,20}\))?\s*(?:-{1,2}|\u2013|\u2014|\.\s|,\s*[\w.]+\."
                             r"(?:com|id|net)\b)")


NATIONAL = re.compile(r"\b(?:(?:tingkat|secara|skala|level)\s+nasional|se-?indonesia|seluruh\s+"
                       r"indonesia|nationwide|nationally|3[48]\s+provinsi\s+dan\s+(?:pemungutan\s+"
                       r"suara\s+(?:di\s+)?)?luar\s+negeri)\b", re.IGNORECASE)
# ("38 provinsi dan luar negeri": every province and the votes abroad, i.e. the country.)
# The legislative races of the Pemilu (DPD senators, DPR/DPRD members): not in the record.
LEGISLATIVE = re.compile(r"\b(?:DPD|DPR|DPRD|[Ss]enator|[Cc]aleg|[Pp]ileg|Dewan\s+Perwakilan)\b")
# "di 34 provinsi", "dari 20 kabupaten/kota": a partial tally, not the race's result.
PARTIAL = re.compile(r"\b(?:di|dari|pada)\s+\d{1,3}\s+(?:provinsi|kabupaten|kota|kab/kota|kabupaten/"
                      r"kota|kecamatan)\b(?!\s+(?:se-?|di\s+)?(?:indonesia|seluruh))", re.IGNORECASE)
# A place named with its prefix: one the record does not know is no region of the record.
PLACE = re.compile(r"\b(?:Kabupaten|Kab\.|Kota|Kecamatan|Kec\.|Provinsi)\s+([A-Z][\w'-]+)")
# Votes cast abroad (PPLN): the record holds no count for them.
ABROAD = re.compile(r"\b(?:luar\s+negeri|PPLN|Malaysia|Singapura|Hong\s+Kong|Taiwan|Arab\s+Saudi|"
                    r"Jepang|Kuala\s+Lumpur|Belanda|Australia)\b")
_INSTITUTION = re.compile(r"\b(?:KPU|KPUD|KIP|Bawaslu|DPRD|Pemprov|Pemkab|Pemkot|Polda|Polres)"
                          r"(?:\s+(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota))?\s+$")


# "dari 38 provinsi dan luar negeri": the overseas vote named with every province is part of
# the whole country (the shipped record has "Luar Negeri" as a region of the Pilpres).
_WITH_PROVINCES = re.compile(r"\bprovinsi\s+(?:dan|serta|\+|&)\s+(?:(?:pemungutan\s+)?suara\s+)?"
                             r"(?:di\s+)?$", re.IGNORECASE)


# A building and then its city: "di Gedung KPU, Jakarta", "di Kantor KPU RI, Menteng, Jakarta
# Pusat". Where a meeting sat (KPU RI reads every province's result out in Jakarta), not
# where the votes it adopted were cast.
_VENUE = re.compile(r"\b(?:[Gg]edung|[Kk]antor|[Hh]otel|[Aa]ula|[Bb]alai|[Ww]isma)\s+[^.;:!?\n,]{1,40},"
                    r"\s*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s*)?$")


def institution(text: str, region: RegionHit) -> bool:
    """"KPU Jakarta", "Bawaslu Jawa Barat": a body, not the place a figure is about; nor is
    a venue ("di Gedung KPU, Jakarta"), nor the overseas vote named after "38 provinsi dan"
    (the whole country)."""
    return bool(_INSTITUTION.search(text, max(0, region.start - 30), region.start)
                or _VENUE.search(text, max(0, region.start - 70), region.start)
                or _WITH_PROVINCES.search(text, max(0, region.start - 40), region.start))


_AGENCY_AFTER = re.compile(r"\s*\([A-Z][A-Za-z/.&\s]{1,24}\)\s*(?:-{1,2}|\u2013|\u2014)")
_MASTHEAD = re.compile(r"[\w-]+\.(?:com|co\.id|id|net|or\.id)\b", re.IGNORECASE)


def dateline(text: str, region: RegionHit) -> bool:
    line = text.rfind("\n", 0, region.start) + 1
    """"KONTAN.CO.ID - JAKARTA.", "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -":
    at the start of a line, after a masthead or in capitals, then a dash or a full stop."""
    lead = text[line:region.start]
    if region.start - line > 45 or re.search(r"[.!?]\s", lead):
        return False
    written = text[region.start:region.end].rstrip(".")
    if not lead.strip() and _AGENCY_AFTER.match(text, region.end):
        return True  # "Jakarta (ANTARA/JACX) –", "Surabaya (ANTARA) -": a news agency's
    if not (_MASTHEAD.search(lead) or (written.isupper() and len(lead.strip()) <= 25)):
        return False
    ends_sentence = text[region.end - 1:region.end] == "." and text[region.end:region.end + 1] == " "
    return ends_sentence or bool(_DATELINE_AFTER.match(text, region.end))
