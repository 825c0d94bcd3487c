"""A pair's count in a paragraph after a kecamatan list, naming no place of its own, that the
pair reaches in no kecamatan of its race's area is the race's own, the kab/kota's (corpus-ac,
TribunTrends on KPU Kendari's plenary):

    "... Kecamatan Wua-Wua (5.190), Kecamatan Kambu (3.759), serta Kecamatan Nambo (2.367)." /
    "Adapun paslon nomor urut 2, Yudhianto Mahardika-Nirna Lachmuddin, menempati posisi ketiga
    dengan perolehan 41.044 suara." / "Paslon nomor urut 3 ... dengan perolehan 19.419 suara."

Layout._unclear leaves such a paragraph without an area: it names none, and the last place the
page named is a kecamatan. A regent's or mayor's pair whose count is well above its best in
every kecamatan of the race (the record holding all of them) cannot be counting one of them:
the count is the race's area's, if it fits there (no more than the area's valid votes). A
share, a governor's or the president's pair (a kab/kota between), a race the record holds
no kecamatan of, a count a kecamatan could hold, or a sum its sentence says is over some
areas ("Bila suara di tiga kecamatan dijumlahkan, ... 203.257 suara") stays unclear, as
before. Pure."""

from __future__ import annotations

from dataclasses import replace

from checker.figures.race_totals import SOME_AREAS
from checker.figures.regions import RegionHit

__all__ = ["race_area_after_list"]

# How far above the pair's best kecamatan a count must be: Sirekap's kecamatan counts may be
# short of the plenary's by a few TPS, never by half.
_ABOVE = 1.5
_KECAMATAN = 80  # kecamatan of one kab/kota looked at, at most (more: none is sized)


def race_area_after_list(reader, number, who, scope):
    """The scope at the race's kab/kota for such a count, else `scope`."""
    record = reader.out.record
    if not scope.unclear or scope.lower or record is None or who is None or \
            who[0] is None or not isinstance(number.value, int) or number.unit != "votes":
        return scope
    candidate = who[0]
    area = candidate.race.region
    if len(area) != 4:
        return scope
    if _sums_areas(reader, number):
        return scope
    best = _best_kecamatan(reader, record, candidate)
    whole = record.best(candidate.race, area)
    if best is None or whole is None or not whole.total or number.value > whole.total or \
            number.value <= best * _ABOVE:
        return scope
    named = record.region(area)
    region = RegionHit(area, named.name if named is not None else area, 2, number.start,
                       number.end)
    return replace(scope, region=region, near=True, unclear=False)


def _sums_areas(reader, number) -> bool:
    """Whether the number's sentence counts areas ("di tiga kecamatan"): a sum over those."""
    sentence, end = reader._where(number.start)[:2]
    return SOME_AREAS.search(reader.text, sentence, min(end, len(reader.text))) is not None


def _best_kecamatan(reader, record, candidate) -> int | None:
    """The pair's largest count in any kecamatan of its race's area, when the record holds
    every one of them; else None. Once per pair and page."""
    known = reader.__dict__.setdefault("_best_kecamatan", {})
    if candidate.id not in known:
        kecamatan = [k for k in record.children(candidate.race.region) if k.level == 3]
        counts = []
        for place in kecamatan if len(kecamatan) <= _KECAMATAN else ():
            result = record.best(candidate.race, place.code)
            if result is None or candidate.id not in result.votes:
                counts = []
                break
            counts.append(result.votes[candidate.id])
        known[candidate.id] = max(counts) if counts else None
    return known[candidate.id]
