"""The fifth blind run (57 real pages nobody had tuned on, 2026-12-06): the causes of its false
flags and lucky grades, each a short page in our own words with the real figures of the page
named beside it (tests/corpus/findings/hunt.md, "Blind hunt 5")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import context, snapshot
from checker import Context
from checker.analyse.pipeline import check_snapshot

FLAGS = ("minor", "discrepant")


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Context:
    """The rules and the record the package ships."""
    from checker.official.embedded import default_record
    record = default_record(tmp_path_factory.mktemp("fixblind5") / "record.sqlite3")
    return Context(rules=context().rules, official=record)


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> dict:
    """(kind, value) -> (claim, comparison) of the page's figures."""
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    rep = check_snapshot(snapshot(url, html.encode()), ctx)
    return {(rep.claims[c.claim].kind, rep.claims[c.claim].value): (rep.claims[c.claim], c)
            for c in rep.comparisons}


# ---- 1. A quick count's "data masuk 100 persen" (makassar.tribunnews.com, 27 Nov 2024, Pilgub
# Jatim: the title's data-in is the pollsters'; the page closes on the usual note that a quick
# count is no official result; Sirekap was at 99,12 % then).
JATIM_TPS = ("<p>Surabaya, Rabu (27/11/2024). Di TPS ini pasangan nomor urut 2, Khofifah Indar "
             "Parawansa dan Emil Elestianto Dardak memperoleh 113 suara.</p>{note}")
QC_NOTES = ["<p>Catatan: Hasil hitung cepat bukanlah hasil resmi pemilu. Hasil resmi tetap "
            "menunggu penghitungan KPU.</p>",
            "<p>Hasil quick count ini bukan hasil resmi KPU.</p>",
            "<p>Data tersebut berdasarkan rilis Litbang Kompas.</p>"]


@pytest.mark.parametrize("note", QC_NOTES, ids=["hitung-cepat", "quick-count", "pollster"])
@pytest.mark.parametrize("title", [
    "Data Masuk {p} Persen, Khofifah-Emil Dardak Unggul di Pilgub Jawa Timur",
    "Pilgub Jatim 2024: Khofifah-Emil Menang, Suara Masuk {p}%"])
def test_a_progress_on_a_quick_count_page_is_the_pollster_s_data_in(shipped, note, title):
    found = read(shipped, title.format(p="100"), JATIM_TPS.format(note=note))
    claim, c = found[("progress", Decimal("100"))]
    assert c.status not in FLAGS and c.reason == "quick_count_sample"


def test_a_progress_said_of_sirekap_on_a_quick_count_page_is_still_graded(shipped):
    # the control: KPU's own count named beside the figure keeps it KPU's
    body = ("<p>Surabaya, Rabu (27/11/2024). Data masuk Sirekap KPU sudah 100 persen.</p>"
            + QC_NOTES[0])
    found = read(shipped, "Khofifah-Emil Dardak Unggul di Pilgub Jawa Timur", body)
    assert found[("progress", Decimal("100"))][1].status in FLAGS


def test_a_progress_on_a_page_with_no_quick_count_is_still_graded(shipped):
    found = read(shipped, "Data Masuk 100 Persen, Khofifah-Emil Dardak Unggul di Pilgub Jawa "
                 "Timur", JATIM_TPS.format(note=""))
    assert found[("progress", Decimal("100"))][1].status in FLAGS
