"""Issue 10 §2, labels of the corpus-g batches: who the page is. Each case is the smallest
real-shaped page behind a dev page the batch got wrong (named beside it)."""

from __future__ import annotations

import pytest

from builders import label


# ---- Newsrooms a third party shows to be established (rules/sources.yaml says where).
@pytest.mark.parametrize("url", [
    # pilkada-era-sulsel-2020-12-daerah: ERA.id, in Dewan Pers's register (a copy of 2022).
    "https://era.id/nasional/46454/berikut-hasil-sementara-real-count-pilkada-12-daerah-di-sulsel",
    "https://www.era.id/x",
    # qc-minanews-pilkada-2018-17-provinsi: Kantor Berita MINA, launched 2012 (ANTARA).
    "https://minanews.net/hasil-perhitungan-cepat-pilkada-serentak-2018-di-17-provinsi",
])
def test_established_newsrooms_of_corpus_g_are_independent(url):
    assert label(url) == "independent"


@pytest.mark.parametrize("url", ["https://era.id.evil.xyz/x", "https://minanews.net.pages.dev/x",
                                 "https://eraid.pages.dev/x", "https://mina-news.net/x"])
def test_lookalikes_of_the_new_entries_are_not_independent(url):
    assert label(url) != "independent"


# ---- A quick-count explainer states no result.
EXPLAINER = """<html><head><title>Hitung Cepat PSU Pilgub Papua: Prediksi Akurat Hasil Pemilihan
Gubernur - Nikato</title></head><body><article><h1>Hitung Cepat PSU Pilgub Papua: Prediksi
Akurat Hasil Pemilihan Gubernur</h1><p>by ADMIN | 72 views</p><h2>Apa Itu Hitung Cepat dan
Mengapa Penting dalam Pilgub Papua?</h2><p>Hitung cepat atau quick count adalah cara
memperkirakan hasil pemilu dari sampel TPS yang dipilih secara acak.</p><p>Prosesnya bertahap:
memilih sampel TPS, relawan mengumpulkan data suara, lalu hasilnya dipublikasikan.</p>
</article></body></html>"""


def test_a_quick_count_explainer_without_figures_shows_no_result():
    # noresult-nikato-hitung-cepat-psu-papua: "hitung cepat" heads a page that explains what a
    # quick count is ("Apa Itu Hitung Cepat"); no pollster's or KPU's figure anywhere.
    assert label("http://nikato.web.id/blog/hitung-cepat-psu-pilgub-papua", EXPLAINER) == "no_claims"


def test_an_explainer_that_also_gives_the_count_still_shows_results():
    html = EXPLAINER.replace("</article>", "<p>Hasil hitung cepat: pasangan nomor urut 1 "
                             "meraih 52,3 persen, pasangan nomor urut 2 47,7 persen.</p></article>")
    assert label("http://nikato.web.id/blog/x", html) == "unofficial"


def test_a_quick_count_headline_without_explainer_still_shows_results():
    # An app shell or a headline-only page naming the count is still a result page.
    html = ("<html><head><title>Hitung Cepat Pilgub Papua 2024</title></head><body>"
            "<h1>Hitung Cepat Pilgub Papua 2024</h1></body></html>")
    assert label("https://hitungcepat.example/papua", html) == "unofficial"


# ---- The areas each pair won are result claims, even without a percentage.
KENDARI = """<html><head><title>Siska-Sudirman vs Rasak-Afdhal, Unggul di Kecamatan Mana Saja?
</title></head><body><article><h1>Siska-Sudirman vs Rasak-Afdhal, Unggul di Kecamatan Mana
Saja?</h1><p>Pasangan calon wali kota pada Pilkada Kendari 2024, Siska Karina Imrah-Sudirman menang di lima
kecamatan.</p><p>Menurut data Model C di situs KPU, pasangan nomor urut 1 meraih suara terbanyak
di lima kecamatan: Kadia, Kendari, Kendari Barat, Mandonga, dan Puuwatu.</p><p>Adapun pasangan
nomor urut 5 Rasak-Afdhal unggul di 6 kecamatan.</p></article></body></html>"""


def test_kecamatan_won_per_pair_are_result_claims():
    # news-pilarsultra-kendari-kecamatan-unggul: "unggul di 6 kecamatan", "suara terbanyak di
    # lima kecamatan" say who won where, from the C forms: results without a percentage.
    assert label("https://pilarsultra.com/2024/12/x/", KENDARI) == "unofficial"


@pytest.mark.parametrize("sentence", [
    # A hope, a target, a past count of offices: no area won in this election.
    "Pasangan nomor urut 1 yakin menang di Pilkada Kendari 2024.",
    "Tim pemenangan menargetkan menang di lima kecamatan pada Pilkada Kendari 2024.",
    "Pasangan nomor urut 1 tidak menang di satu kecamatan pun, kata pengamat, itu mustahil.",
    "Persib menang di lima laga terakhir.",
])
def test_words_of_winning_that_state_no_area_won_are_not_results(sentence):
    html = (f"<html><head><title>Berita Kendari</title></head><body><article><p>{sentence}</p>"
            "</article></body></html>")
    assert label("https://pilarsultra.com/2024/11/x/", html) == "no_claims"
