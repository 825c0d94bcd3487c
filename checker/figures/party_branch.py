"""A party's board named after its region is a body, not the place a figure is about, as "KPU
Bali" or "Bawaslu Jawa Barat" are (places.institution): "Menurut hasil internal DPD PDIP Bali,
pasangan Gus Par-Guru Pandu memperoleh ... 51 persen" is the Karangasem regent race's share,
counted by the party's Bali board (blind run 15, pantaubali: put on the province of Bali).
"DPD PDIP Bali", "DPC Partai Gerindra Kabupaten Tabanan", "DPW PKB Jawa Timur", "DPD II Golkar
Bima": Dewan Pimpinan Pusat/Daerah/Wilayah/Cabang, a party's boards at each level. "DPD Bali"
with no party is the regional senate's seat, not this. Pure."""

from __future__ import annotations

import re

__all__ = ["party_board", "party_branch"]

_PARTY = (r"(?:PDI[\s-]?P|PDI\s+Perjuangan|Golkar|Gerindra|Nas[Dd]em|PKB|PKS|PAN|PPP|Demokrat|"
          r"Hanura|Perindo|PSI|Gelora|Buruh|Ummat|PBB|Garuda|PKN|Berkarya)")
# The board's name itself, read forward from its "DPD": "DPD PDIP", "DPD II Partai Golkar".
_BOARD = re.compile(r"(?:DPP|DPD|DPW|DPC)(?:\s+II?)?\s+(?:[Pp]artai\s+)?" + _PARTY + r"\b")
_BRANCH = re.compile(r"\b(?:DPP|DPD|DPW|DPC)(?:\s+II?)?\s+(?:[Pp]artai\s+)?" + _PARTY +
                     r"(?:\s+(?:Provinsi|Prov\.|Kabupaten|Kab\.|Kota))?\s+$")


def party_branch(text: str, start: int) -> bool:
    """Is the region named at `start` the end of a party board's name ("DPD PDIP Bali")?"""
    near = max(0, start - 50)
    return "DP" in text[near:start] and _BRANCH.search(text, near, start) is not None


def party_board(text: str, start: int) -> bool:
    """Is the "DPD" at `start` a party's regional board ("DPD PDIP", "DPD Partai Golkar"),
    not the senate (a figure after "DPD PDIP DKI Jakarta" is no DPD race's)?"""
    return _BOARD.match(text, start) is not None
