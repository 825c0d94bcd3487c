"""A count too large for the kecamatan named last before it, which are kecamatan of the kab/kota
named just before them, is that kab/kota's (issue 10, regency level; Harian Merah Putih on the
Jatim governor plenary):

    "... KPU Kota Surabaya membacakan formulir D Hasil KABKOTA ..., karena ada perbedaan data di
    tiga kecamatan Kota Surabaya." / "... di 331 TPS di Kecamatan Bubutan, Krembangan dan
    Gubeng." / "Setelah perbaikan, suara pasangan nomor urut 1 berubah dari 34.071 suara menjadi
    34.079 suara, ..., nomor urut 3 naik dari 861.134 suara menjadi 882.414 suara."

Layout._unclear leaves such a paragraph without an area: it names none, and the last place
named is a kecamatan. Its counts are beyond any kecamatan (Layout._beyond_lower), so they are
of the kab/kota those kecamatan were named in: the one named last before them, in the two
paragraphs before, with nothing but kecamatan, desa or TPS named since and no word that goes
back up. Only a vote count the record shows fits in that kab/kota (no more than its valid
votes in the race) is put there; a share, or a count the record cannot size, stays unclear,
and so does a count larger than the kab/kota's (the province's, perhaps: never guessed). Pure.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from checker.figures.collect import ELECTION_OF

__all__ = ["kabkota_above"]


def kabkota_above(reader, number, who, scope):
    """The scope at the kab/kota above the kecamatan named before the figure, else `scope`."""
    record = reader.out.record
    if not scope.unclear or scope.lower or record is None or who is None or \
            not isinstance(number.value, int) or who[0] is None and who[1] is None:
        return scope
    paragraphs = reader.paragraphs
    index = bisect_right(paragraphs, number.start) - 1
    here = paragraphs[index]
    last = bisect_right(reader.region_starts, number.start) - 1
    hit = reader.regions[last] if last >= 0 else None
    if hit is None or hit.level != 2 or not hit.code or hit.start >= here or \
            hit.start < paragraphs[max(0, index - 2)] or not reader._beyond_lower(here):
        return scope
    since = reader.levels[bisect_left(reader.level_starts, hit.end):
                          bisect_left(reader.level_starts, here)]
    if not since or any(m.value != "lower" for m in since):
        return scope
    race = who[0].race if who[0] is not None else _race(record, scope.kind, hit.code)
    if race is None or not hit.code.startswith(race.region):
        return scope
    best = record.best(race, hit.code)
    if best is None or not best.total or number.value > best.total:
        return scope
    return replace(scope, region=hit, near=True, unclear=False)


def _race(record, kind: str | None, code: str):
    area = {"president": "", "governor": code[:2], "regent_mayor": code}.get(kind or "")
    return None if area is None else record.race_for(ELECTION_OF[kind], kind, area)
