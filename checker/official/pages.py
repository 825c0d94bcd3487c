"""The address of KPU's own public page for an area's figures, where a reader sees the numbers
and, at TPS level, the photos of the C1 form (pure: names come from the record passed in).

Pemilu 2024 (presidential): the code path under /pilpres/hitung-suara, e.g.
  https://pemilu2024.kpu.go.id/pilpres/hitung-suara/31/3171/317106/3171061001/3171061001010
(the scheme scrapers and C1 guides link to; found through the search tool's stored code: a
KawalPemilu-style C1-Plano guide and several TPS scrapers build exactly this path, and one
maps the Sirekap endpoint .../pemilu/hhcw/ppwp/<codes>.json onto it by swapping the prefix).

Pilkada 2024: /pilgub, /pilbup or /pilwalkot, then the province and kab/kota as name slugs,
then the kecamatan, desa and TPS codes, e.g.
  https://pilkada2024.kpu.go.id/pilgub/jawa-tengah/pekalongan/332612/3326122005/3326122005005
  https://pilkada2024.kpu.go.id/pilwalkot/nusa-tenggara-barat/bima/<kec>/<desa>/<tps>
(both from C1-photo downloaders in the stored code; the province page
https://pilkada2024.kpu.go.id/pilgub/dki-jakarta is in tests/fixtures/pages). The kab/kota slug
drops "KOTA" (the pilwalkot example writes Kota Bima as "bima"); what the site writes for a
kota inside a governor race is not attested, so the same rule is used there.
"""

from __future__ import annotations

import re

__all__ = ["official_page"]

PEMILU = "https://pemilu2024.kpu.go.id/pilpres/hitung-suara"
PILKADA = "https://pilkada2024.kpu.go.id"
_SLUG = re.compile(r"[^a-z0-9]+")
_LENGTHS = (2, 4, 6, 10, 13)


def _slug(name: str) -> str:
    text = name.lower().strip()
    text = text[5:] if text.startswith("kota ") else text
    return _SLUG.sub("-", text).strip("-")


def _codes(code: str) -> list[str]:
    return [code[:n] for n in _LENGTHS if n <= len(code)]


def official_page(election: str, kind: str, area: str, record) -> str | None:
    """The KPU page for `area` (a region code, "" = national) in a race of `kind`, or None
    when the record lacks the names the address needs or the code is not a region's."""
    if not area.isdigit() and area != "" or len(area) not in (0, *_LENGTHS):
        return None
    codes = _codes(area)
    if election == "pemilu2024":
        return "/".join([PEMILU, *codes])
    if election != "pilkada2024" or not codes:
        return None
    province = record.region(codes[0]) if record is not None else None
    if province is None:
        return None
    if kind == "governor":
        segment = "pilgub"
    else:
        if len(codes) < 2:
            return None
        kab = record.region(codes[1])
        if kab is None:
            return None
        segment = "pilwalkot" if kab.name.upper().startswith("KOTA ") else "pilbup"
    parts = [PILKADA, segment, _slug(province.name)]
    if len(codes) >= 2:
        kab = record.region(codes[1])
        if kab is None:
            return None
        parts.append(_slug(kab.name))
    return "/".join(parts + codes[2:])
