"""How pages state the area of a Pilpres count (issue 10, region attribution of the
presidential race): a province's count read over several short paragraphs, a tally of some
provinces in the next paragraph, the votes abroad as a whole. Small pages in our own words
with the real figures of the dev pages behind each cause (tests/corpus/findings/)."""

from __future__ import annotations

from decimal import Decimal

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


# -- a province's count read over short paragraphs ---------------------------------------------

from test_unseen_n import _PLENARY, _URL as _PLENARY_URL  # noqa: E402 (Liputan6, 12 Mar 2024)


def test_the_province_a_paragraph_points_back_to_is_the_counts_area():
    # "Untuk Kalimantan Timur ..." / "Di provinsi itu ... 1.542.346 suara" / "Ganjar-Mahfud
    # berada di posisi buncit dengan hanya 240.143 suara"; "Di Kalimantan Utara, Anies ...
    # berada di urutan kedua" then the next paragraph's counts: Kaltim's and Kaltara's.
    found = _areas(_PLENARY, _PLENARY_URL)
    for value in (240143, 448046):
        assert found[value][0] == "64", (value, found[value])
    for value in (72065, 284209, 51451):
        assert found[value][0] == "65", (value, found[value])
    # and, the province's, they agree with its plenary result
    graded = statuses(_PLENARY, _PLENARY_URL)
    assert {graded[v][0] for v in (240143, 448046, 72065, 284209, 51451)} == {"consistent"}


_LIST_THEN_NATION = (
    "<html><head><title>Real count Pilpres 2024</title></head><body><article>"
    "<h1>Real count Pilpres 2024: Prabowo-Gibran memimpin</h1>"
    "<p>Untuk sementara Prabowo-Gibran hanya kalah di dua provinsi, Aceh dan Sumatera Barat, "
    "yang dimenangkan Anies-Muhaimin.</p>"
    "<p>Sebagai informasi, Prabowo-Gibran kini memimpin perolehan suara Pilpres 2024 dengan "
    "75.033.960 atau 58,84 persen.</p>"
    "<p>Anies-Muhaimin di posisi kedua dengan 31.186.568 suara atau 24,46 persen.</p>"
    "</article></body></html>")


def test_a_rank_after_the_countrys_count_does_not_take_a_province_named_before():
    # The last of a list of places, and a count between that was not that place's: the
    # second pair's rank goes on with the country's tally, never Sumatera Barat's.
    found = _areas(_LIST_THEN_NATION)
    assert found[Decimal("24.46")][0] != "13" and found[31186568][0] != "13"


def test_a_province_named_before_without_words_pointing_back_is_not_carried():
    body = ("<html><head><title>Pilpres 2024</title></head><body><article><h1>Pilpres 2024</h1>"
            "<p>KPU terus menghitung suara Pilpres 2024 dari seluruh TPS hingga Senin "
            "(19/2/2024) sore, menurut laman Sirekap yang dipantau wartawan.</p>"
            "<p>Di Jawa Tengah, Ganjar-Mahfud unggul tipis dari Prabowo-Gibran.</p>"
            "<p>Prabowo-Gibran meraih 58,59 persen suara.</p></article></body></html>")
    code, hold = _areas(body)[Decimal("58.59")]
    assert code != "33" and hold is not None, (code, hold)


def test_the_whole_named_between_stops_the_carry():
    body = _PLENARY.replace("Ganjar-Mahfud berada di posisi buncit",
                            "Secara keseluruhan, Ganjar-Mahfud berada di posisi buncit")
    found = _areas(body, _PLENARY_URL)
    assert found[240143][0] != "64" and found[240143][1] is not None
