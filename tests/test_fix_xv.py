"""Areas and kinds of figures met on the dev pages of corpus-x and corpus-v (issue 10,
precision first). Each case is a short page in our own words holding the real figures of the
dev page named beside it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    """The record the package ships (kab/kota counts of the Pilkada and every province's
    Pilpres result)."""
    from checker.official.embedded import default_record
    return default_record(tmp_path_factory.mktemp("fixxv") / "record.sqlite3")


def check(title: str, body: str, record):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    return check_snapshot(snapshot("https://berita.example/a", html.encode()),
                          replace(context(), official=record))


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, hold, status)} of the page's claims."""
    report = check(title, body, record)
    status = {c.claim: c.status for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.hold, status.get(i))
            for i, c in enumerate(report.claims)}


# ---- 1. A reading attributed to a province's KPU is that province's count, though KPU RI's
# national plenary in Jakarta adopted it (news-antaranews-kalbar-pilpres-dpt).
KALBAR = ("<p>Jakarta - KPU menyatakan sah keunggulan Prabowo-Gibran di Provinsi Kalimantan "
          "Barat dalam rapat pleno rekapitulasi hasil penghitungan perolehan suara tingkat "
          "nasional di Gedung KPU RI, Jakarta, Minggu.</p><p>Menurut paparan KPU Provinsi "
          "Kalimantan Barat, Prabowo-Gibran memimpin dengan 1.964.183 suara, Anies-Muhaimin di "
          "bawahnya dengan 718.641 suara, dan Ganjar-Mahfud 534.450 suara.</p>")


def test_counts_read_out_by_a_provincial_kpu_are_the_province_s(shipped):
    found = claims("KPU RI Sahkan Prabowo-Gibran Unggul di Kalimantan Barat", KALBAR, shipped)
    for value, nomor in (("1964183", 2), ("718641", 1), ("534450", 3)):
        assert found[value][1:] == (nomor, "61", None, "consistent"), value


def test_a_provincial_kpu_only_speaking_gives_no_area(shipped):
    # The office as the speaker ("kata Ketua KPU Provinsi ..."), not the reading's source:
    # the count stays as it was (never the province's on that word alone).
    body = ("<p>Prabowo-Gibran meraih 96.214.691 suara secara nasional, kata Ketua KPU "
            "Provinsi Kalimantan Barat.</p>")
    found = claims("Hasil Pilpres 2024", body, shipped)
    assert found["96214691"][2] == ""


