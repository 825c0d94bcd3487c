"""How a reader names races, regions and pairs: "Pilgub Jawa Barat", "Kab. Bogor (Pilgub Jawa
Barat)", "Pramono-Rano", and dates in WIB words ("8 Desember 2024 pukul 10.00 WIB").

The record spells names as KPU files them ("Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - H. RANO KARNO,
S.IP."; "BOGOR" for the regency, "KOTA BOGOR" for the city). Reports shorten them the way the
press does: titles and degrees dropped, one name per member. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Mapping

__all__ = ["pair_name", "place_name", "race_title", "when_words"]

_WIB = timezone(timedelta(hours=7))
_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
# Words kept in capitals in a region's name.
_ACRONYMS = {"DKI", "DI", "NTB", "NTT", "II", "III"}
# Honorifics and ranks written before a name (with or without their dot).
_TITLES = {"H", "HJ", "KH", "DR", "DRS", "DRA", "IR", "PROF", "KOMJEN", "POL", "PURN", "LETJEN",
           "MAYJEN", "BRIGJEN", "IRJEN", "JENDERAL", "TNI", "HC", "R", "RA", "M", "MUH", "MOH",
           "MOCH", "HABIB", "KYAI", "NY", "ST", "KOL", "LAKSDA", "MARSDA"}
# First names so common that the press calls the person by the next one ("Ahmad Syaikhu" ->
# "Syaikhu").
_COMMON_FIRST = {"MUHAMMAD", "MUHAMAD", "MOHAMMAD", "MOHAMAD", "MOCHAMMAD", "AHMAD", "ACHMAD",
                 "SITI", "ANDI"}
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f']+")


def when_words(moment: datetime | str | None, lang: str) -> str:
    """A time in WIB as people write it: '28 November 2024 pukul 10.00 WIB' /
    '28 November 2024, 10:00 WIB'; a date alone (a plenary decree) without the clock."""
    if moment is None or moment == "":
        return "-"
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    wib = moment.astimezone(_WIB)
    day = f"{wib.day} {_MONTHS[lang][wib.month - 1]} {wib.year}"
    if (wib.hour, wib.minute) == (0, 0) and wib.second == 0:
        return day
    if lang == "id":
        return f"{day} pukul {wib.hour:02d}.{wib.minute:02d} WIB"
    return f"{day}, {wib.hour:02d}:{wib.minute:02d} WIB"


def _title_word(word: str) -> str:
    return word if word.upper() in _ACRONYMS else word[:1].upper() + word[1:].lower()


def place_name(name: str | None, code: str | None, words: Mapping[str, str]) -> str:
    """'JAWA BARAT' -> 'Jawa Barat'; a regency 'BOGOR' (4-digit code) -> 'Kab. Bogor';
    'KOTA BOGOR' -> 'Kota Bogor'."""
    text = " ".join(_title_word(w) for w in (name or code or "").split())
    if code and len(code) == 4 and not text.lower().startswith(("kota ", "kab")):
        return f"{words['regency_prefix']} {text}"
    return text


def race_title(race_kind: str | None, race_place: str, area: str | None,
               words: Mapping[str, str]) -> str:
    """'Pilgub Jawa Barat', or for an area inside it 'Kab. Bogor (Pilgub Jawa Barat)'."""
    kind = race_kind or "unknown"
    if kind == "regent_mayor" and race_place.lower().startswith("kota "):
        kind = "mayor"
    template = words.get(f"race_title_{kind}", words["race_title_unknown"])
    race = " ".join(template.replace("{region}", race_place).split())
    return words["race_area"].format(area=area, race=race) if area else race


def _member(text: str) -> str:
    """'Dr. Ir. PRAMONO ANUNG WIBOWO, M.M.' -> 'Pramono'."""
    text = re.sub(r"\([^)]*\)", " ", text.split(",")[0])  # degrees after the comma, (Purn)
    names = []
    for token in text.split():
        bare = token.strip(".").upper()
        if token.endswith(".") or bare in _TITLES or not _WORD.fullmatch(token.strip(".")):
            continue
        names.append(bare)
    if len(names) > 1 and names[0] in _COMMON_FIRST:
        names = names[1:]
    return _title_word(names[0]) if names else ""


def pair_name(name: str | None, aliases: Any = ()) -> str:
    """A pair as the press names it: 'Pramono-Rano'. A nickname from rules (an alias with a
    hyphen, such as 'andika-hendi') wins over the derived one."""
    return _pair_name(name, tuple(aliases or ()))


# A report names each of its pairs several times (tables, labels, bars, summary), and a crawl
# names the same few pairs on every page: the words are worked out once per name.
@lru_cache(maxsize=1024)
def _pair_name(name: str | None, aliases: tuple[str, ...]) -> str:
    for alias in aliases:
        if "-" in alias:
            return "-".join(_title_word(p) for p in alias.split("-"))
    if not name:
        return ""
    members = [m for m in (_member(p) for p in re.split(r"\s+-\s+|\s+&\s+", name)) if m]
    return "-".join(members) or " ".join(name.split())[:40]
