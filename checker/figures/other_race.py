"""A pair of the other Pilkada race of the same area, named in the sentence (issue 10, precision).

A governor-race page often reports a regency's own race in passing: "Sementara itu pada Pilkada
Kabupaten Pulang Pisau, pasangan nomor urut 1, Ahmad-Ahmad, memperoleh ... 61,03 persen". The
written pair names nobody of the page's race, so its ballot number alone once named the
governor pair number 1, and the regent pair's share was graded `discrepant` against the
governor pair's share in that regency (found by bench_accuracy --stressed). When the written
pair is, member by member, a pair of the area's other race (with the same ballot number, if
one is given), the figure is that pair's."""

from __future__ import annotations

__all__ = ["other_race_pair"]

_OTHER = {"governor": "regent_mayor", "regent_mayor": "governor"}


def other_race_pair(out, area: str | None, kind: str | None, nomor: int | None,
                    written: str | None):
    other = _OTHER.get(kind or "")
    if written is None or area is None or other is None or len(area) < 4:
        return None
    found = out.by_members(area, other, written)
    return found if found is not None and nomor in (None, found.nomor_urut) else None
