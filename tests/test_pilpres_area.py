"""How pages state the area of a Pilpres count (issue 10, region attribution of the
presidential race): a province's count read over several short paragraphs, a tally of some
provinces in the next paragraph, the votes abroad as a whole. Small pages in our own words
with the real figures of the dev pages behind each cause (tests/corpus/findings/)."""

from __future__ import annotations

from test_precision import run, statuses

_URL = "https://berita.example/2024/03/13/pilpres"


def _areas(body: str, url: str = _URL) -> dict:
    """value -> (region code, hold) of every presidential claim."""
    return {c.value: (c.region_code, c.hold) for c in run(body, url) if c.race_kind == "president"}


# -- a tally of some provinces said in the NEXT paragraph is not this figure's ---------------

_SUMBAR = (
    "<html><head><title>Prabowo Hanya Gagal Menang di Sumbar</title></head><body><article>"
    "<h1>Prabowo Hanya Gagal Menang di Sumbar</h1>"
    "<p>KPU RI sudah menetapkan hasil rekapitulasi Pilpres 2024 di sejumlah provinsi.</p>"
    "<p>Di Sumbar, peraih suara terbanyak adalah pasangan nomor urut 1 Anies Rasyid Baswedan-"
    "Abdul Muhaimin Iskandar dengan 1.744.042 suara atau 56,52 persen.</p>"
    "<p>Di 24 provinsi lainnya Prabowo-Gibran menang dengan perolehan di atas 50 persen.</p>"
    "</article></body></html>")


def test_a_partial_tally_in_the_next_paragraph_does_not_hold_this_provinces_count():
    # "di 24 provinsi lainnya" opens the paragraph after Sumbar's count: it is about the other
    # provinces, not a tally Sumbar's 1.744.042 belongs to (Metrokota, 25 provinces).
    found = _areas(_SUMBAR)
    assert found[1744042] == ("13", None)


def test_a_partial_tally_in_the_figures_own_sentence_still_holds_it():
    body = _SUMBAR.replace("dengan 1.744.042 suara atau 56,52 persen.",
                           "dengan 1.744.042 suara di 24 provinsi.")
    code, hold = _areas(body)[1744042]
    assert hold == "partial_tally"
