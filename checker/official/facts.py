"""Fixed facts about the two elections and their Sirekap endpoints (tests/data/SOURCES.md).

Nothing here is computed: these are the constants the importers and the live client agree on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta, timezone
from functools import lru_cache

__all__ = ["ELECTIONS", "Election", "KINDS", "PRESIDENT_CANDIDATES", "WIB", "endpoint_url",
           "region_list_url", "tally_path"]

# Sirekap timestamps carry no zone; they are Western Indonesia Time (UTC+7), SOURCES.md.
WIB = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class Election:
    id: str
    name: str
    held_on: str        # polling day (ISO date)
    host: str           # Sirekap object-data host
    front: str          # public front end: sent as Referer/Origin, as the scrapers did
    rank: int           # newer elections rank higher: their region spellings win
    recap_closed: str   # the day by which every recapitulation plenary had closed (ISO date)


# recap_closed: Pemilu 2024, KPU RI's national decree of 20 March 2024 (in the record). Pilkada
# 2024, KPU's schedule as its chair gave it on 27 Nov 2024 (Kontan, Liputan6, Metro TV):
# kab/kota recapitulations 29 Nov - 6 Dec (announced by 12 Dec), provinces' 30 Nov - 9 Dec,
# the results announced 15 December 2024. A few ran later (Tempo, 13 Dec: 34 of 37 provinces
# done): a figure of theirs dated after the close is held, never flagged, for it (after_recap.py).
ELECTIONS = {
    "pemilu2024": Election("pemilu2024", "Pemilu 2024", "2024-02-14",
                           "https://sirekap-obj-data.kpu.go.id", "https://pemilu2024.kpu.go.id",
                           1, "2024-03-20"),
    "pilkada2024": Election("pilkada2024", "Pilkada 2024", "2024-11-27",
                            "https://sirekappilkada-obj-data.kpu.go.id",
                            "https://pilkada2024.kpu.go.id", 2, "2024-12-15"),
}

# race kind -> (election, Sirekap segment). The Pilkada API does not separate regent from
# mayor races: both are pkwkk (SOURCES.md).
KINDS = {
    "governor": ("pilkada2024", "pkwkp"),
    "regent_mayor": ("pilkada2024", "pkwkk"),
    "president": ("pemilu2024", "ppwp"),
}
SEGMENTS = {segment: kind for kind, (_, segment) in KINDS.items()}

# The presidential pairs of Pemilu 2024 and their Sirekap ids (SOURCES.md, "Facts about the
# official endpoints"; the ids are what /pemilu/ppwp.json and every ppwp tally use).
# id -> (nomor urut, name). Names are the pairs' common names; match on ids and ballot numbers.
PRESIDENT_CANDIDATES = {
    "100025": (1, "ANIES BASWEDAN - MUHAIMIN ISKANDAR"),
    "100026": (2, "PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA"),
    "100027": (3, "GANJAR PRANOWO - MAHFUD MD"),
}
PRESIDENT_SOURCE = "https://sirekap-obj-data.kpu.go.id/pemilu/ppwp.json"


def code_path(code: str) -> str:
    """"3171011001001" -> "31/3171/317101/3171011001/3171011001001": the nested path Sirekap
    uses below a tally or region-list root (codes nest by prefix 2/4/6/10/13)."""
    if len(code) >= 13:  # a TPS: its desa's path (shared by its siblings, kept) and its code
        return _short_path(code[:10]) + "/" + code[:13]
    return _short_path(code)


@lru_cache(maxsize=4096)
def _short_path(code: str) -> str:
    cuts = [n for n in (2, 4, 6, 10, 13) if n <= len(code)]
    return "/".join(code[:n] for n in cuts)


def tally_path(election: str, segment: str, code: str) -> str:
    """The endpoint path of a tally: national ("") or a region's."""
    root = f"/{'pilkada' if election == 'pilkada2024' else 'pemilu'}/hhcw/{segment}"
    return f"{root}.json" if not code else f"{root}/{code_path(code)}.json"


def endpoint_url(election: str, segment: str, code: str) -> str:
    return ELECTIONS[election].host + tally_path(election, segment, code)


def region_list_url(election: str, code: str) -> str:
    """The list of regions inside `code` ("" = the provinces)."""
    if election == "pilkada2024":
        root = "/wilayah/pilkada/pkwkp"
    else:
        root = "/wilayah/pemilu/ppwp"
    tail = "0" if not code else code_path(code)
    return f"{ELECTIONS[election].host}{root}/{tail}.json"
