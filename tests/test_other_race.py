"""A regency's own race reported in passing on a governor-race page (issue 10, precision).

Found by `bench_accuracy.py --stressed`: the written pair named nobody of the page's race, so
its ballot number alone named the governor pair number 1 and the regent pair's share (61,03 %,
Sirekap, Pulang Pisau) was graded `discrepant` against the governor pair's share there.
(The snippet said "Pilkada Kabupaten Pulang Pisau", since a race word of the regent's race,
rules/figures.yaml: the page below names the regency alone, so the race is the page's.)"""

from __future__ import annotations

from datetime import datetime, timezone

from builders import context
from checker import Snapshot, check_snapshot

_PAGE = ("<html><head><title>Hasil Pilgub Kalteng 2024</title></head><body><article>"
         "<h1>Agustiar-Edy Unggul di Pilgub Kalimantan Tengah</h1><p>PALANGKA RAYA - Pasangan "
         "Agustiar Sabran-Edy Pratowo unggul dalam hitung Sirekap KPU Pilgub Kalimantan Tengah "
         "2024.</p><p>Sementara itu di Kabupaten Pulang Pisau, pasangan nomor urut "
         "{nomor}, {pair}, memperoleh 45.473 suara atau 61,03 persen menurut hitung Sirekap "
         "KPU.</p></article></body></html>")


def _report(nomor: str, pair: str):
    url = "https://berita.example/kalteng"
    body = _PAGE.format(nomor=nomor, pair=pair).encode()
    return check_snapshot(Snapshot(url, url, 200, (("content-type", "text/html"),), body,
                                   datetime(2024, 12, 1, tzinfo=timezone.utc), origin="file"),
                          context())


def test_the_regent_pair_of_the_area_owns_its_figures_on_a_governor_page():
    report = _report("1", "Ahmad-Ahmad")
    share = next(c for c in report.claims if c.kind == "share")
    assert (share.race_kind, share.region_code, share.nomor_urut) == ("regent_mayor", "6211", 1)
    statuses = {c.claim: c.status for c in report.comparisons}
    assert all(statuses.get(i) != "discrepant" for i in range(len(report.claims)))


def test_a_ballot_number_the_other_race_s_pair_does_not_hold_gives_it_nothing():
    report = _report("2", "Ahmad-Ahmad")  # the regent pair "Ahmad-Ahmad" is number 1
    share = next(c for c in report.claims if c.kind == "share")
    assert share.race_kind != "regent_mayor" or share.nomor_urut != 1
