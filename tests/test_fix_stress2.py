"""More context real news pages carry beside their own race (issue 10, precision first), found
by the snippet kinds of benchmarks/stress_more.py. The sentences are our own words around the
record's real figures (or other dev pages' annotated ones) of another race than the page's."""

from __future__ import annotations

import pytest

from test_fix_regency import _read

_FLAGS = ("discrepant", "minor")


# -- a "Baca Juga" link inside the flow of a paragraph is a line of its own ------------------

_SIREKAP = ("<h1>Sirekap Pilpres 2024 data 78 persen</h1><p>Menurut Sirekap KPU pada Selasa "
            "(5/3/2024) pukul 18.00 WIB, Prabowo-Gibran meraih 58,82 persen suara. ")
_REST = (" Pasangan nomor urut 1 Anies Baswedan-Muhaimin Iskandar memperoleh 24,49 persen atau "
         "31.376.708 suara.</p>")


@pytest.mark.parametrize("teaser", [
    '<strong>Baca Juga: <a href="/b/1">Hasil Pilpres 2024 di Kota Jambi: Prabowo-Gibran Raih '
    '150.619 Suara</a></strong>',
    'Baca juga: <a href="/b/1">Hasil Pilpres 2024 di Kota Jambi: Prabowo-Gibran Raih 150.619 '
    'Suara</a>'])
def test_an_inline_teasers_place_is_not_the_next_sentences(shipped_record, teaser):
    # Anies-Muhaimin's national share of 5 March; Kota Jambi is only the linked article's.
    found = _read(_SIREKAP + teaser + _REST, shipped_record)
    claim, comparison = found[__import__("decimal").Decimal("24.49")]
    assert claim.region_code != "1571"
    assert comparison.status not in _FLAGS


def test_an_inline_teaser_is_a_line_of_its_own():
    from checker.analyse.walk import body_texts
    from lxml import html
    body = html.fromstring("<body><p>Prabowo-Gibran meraih 58,82 persen. <strong>Baca Juga: "
                           "<a href='/b'>Prabowo Raih 150.619 Suara di Jambi</a></strong> "
                           "Anies memperoleh 24,49 persen.</p></body>")
    lines = body_texts(body, 10_000).prose.split("\n")
    assert lines == ["Prabowo-Gibran meraih 58,82 persen. Anies memperoleh 24,49 persen.",
                     "Baca Juga: Prabowo Raih 150.619 Suara di Jambi"]


def test_a_sentence_saying_read_also_is_no_teaser():
    from checker.analyse.walk import body_texts
    from lxml import html
    body = html.fromstring("<body><p>Warga diminta baca juga aturan <b>PKPU</b> terbaru.</p>"
                           "</body>")
    assert body_texts(body, 10_000).prose == "Warga diminta baca juga aturan PKPU terbaru."


# -- a share of another province's governor race in a paragraph on a regency's plenary --------

def test_a_plenary_stated_before_the_decree_is_not_graded_against_it(shipped_record):
    # Sherly-Sarbin's Sirekap share (28 Nov); Maluku Utara's plenary decree (51,68) came on
    # 8 December, after this page's day: the "pleno" here is Melawi's regent race's.
    found = _read("<h1>KPU Melawi tetapkan hasil Pilkada 2024</h1><p>Penetapan dilakukan lewat "
                  "rapat pleno terbuka rekapitulasi penghitungan suara di Nanga Pinoh, Selasa, 3 "
                  "Desember 2024. Hasilnya, paslon nomor urut 2 Dadi Sunarya Usfa Yursa dan "
                  "Malin memperoleh 88.083 suara. Adapun di Pilgub Maluku Utara yang digelar "
                  "serentak, Sherly-Sarbin meraih 331.540 suara atau 51,89 persen.</p>", shipped_record)
    claim, comparison = found[__import__("decimal").Decimal("51.89")]
    assert (claim.race_kind, claim.race_region) == ("governor", "82")
    assert comparison.status not in _FLAGS


# -- a page that names only earlier elections, of both kinds, is no page of 2024 --------------

def test_a_page_naming_only_earlier_elections_gives_no_2024_race_a_figure(shipped_record):
    # Bulukumba's regent race of 2020 (era.id, our words); the pair's names are those of a
    # 2024 pair too. A backing party's seats of the Pemilu 2019 make the page name two kinds
    # of earlier election: still no 2024 race's figures.
    found = _read("<h1>Hasil sementara real count Pilkada di Sulsel</h1><p>KPU sudah menghitung "
                  "perolehan suara Pilkada serentak 2020 di banyak daerah.</p><p>Di Kabupaten "
                  "Bulukumba, pasangan Muchtar Ali Yusuf - Andi Edy Manaf meraih 39.1 persen dari "
                  "88.927 suara.</p><p>Salah satu partai pengusung, Hanura, pada Pemilu 2019 "
                  "lalu meraih 1 kursi di DPRD Jawa Timur.</p>", shipped_record)
    claim, comparison = found[__import__("decimal").Decimal("39.1")]
    assert comparison.status not in _FLAGS
    assert claim.election != "pilkada2024" or claim.hold is not None


# -- another race's section at the end of the page does not make its race the page's ----------

def test_another_races_table_heading_does_not_make_its_race_the_pages(shipped_record):
    # Depok's mayor race (Sirekap 98,73 % of TPS on 28 Nov); the Pilgub Papua Barat Daya
    # table below is another race's, in another province.
    found = _read("<title>Real Count Pilkada Depok Sudah 98 Persen</title><h1>Real Count "
                  "Pilkada Depok Sudah 98 Persen</h1><p>Menurut data resmi yang diunggah di "
                  "situs KPU pada 28 November 2024, dari 2.763 TPS di Depok, data dari 2.728 "
                  "TPS sudah dihitung, setara 98,73%.</p><h3>Hasil Pilgub Papua Barat Daya di "
                  "Kota Sorong per Kecamatan</h3><table><tr><th>Kecamatan</th><th>Faris-Petrus"
                  "</th><th>Gabriel-Lukman</th></tr><tr><td>Sorong</td><td>2.058</td><td>506</td>"
                  "</tr><tr><td>Sorong Timur</td><td>4.585</td><td>894</td></tr></table>",
                  shipped_record)
    claim, comparison = found[__import__("decimal").Decimal("98.73")]
    assert comparison.status not in _FLAGS
    assert claim.race_kind != "governor"


# -- a progress in the sentence of a pair from elsewhere: which race's is unclear -------------

def test_progress_beside_a_pair_of_a_race_elsewhere_is_not_the_pages_race(shipped_record):
    # A Pilgub Maluku Utara page; Halmahera Selatan's regent race told in passing, its pair
    # written short ("Hasan-Helmi", Bengkulu's governor pair's names): 71,03 % of Halmahera
    # Selatan's regent race is not the governor race's 69,53 % there.
    found = _read("<h1>KPU Malut tetapkan Sherly-Sarbin peraih suara terbanyak Pilgub</h1><p>"
                  "Menurut hasil rekapitulasi, paslon Sherly Tjoanda-Sarbin Sehe meraih 359.416 "
                  "suara.</p><p>Sementara itu pada Pilkada Kabupaten Halmahera Selatan, pasangan "
                  "nomor urut 3, Hasan-Helmi, memperoleh 37.440 suara atau 42,26 persen menurut "
                  "hitung Sirekap KPU per 28 November 2024 pukul 10.15 WIB, dengan data masuk "
                  "71,03 persen.</p>", shipped_record)
    claim, comparison = found[__import__("decimal").Decimal("71.03")]
    assert comparison.status not in _FLAGS
    assert claim.race_kind != "governor" or claim.hold is not None


def test_a_page_naming_earlier_elections_of_both_kinds_is_of_the_latest(shipped_record):
    # The same 2020 page recalling the Pilkada 2018 ("Pada Pilkada 2018 lalu, ...") : its
    # figures are still the Pilkada 2020's, as with one kind of election named.
    found = _read("<h1>Hasil sementara real count Pilkada di Sulsel</h1><p>KPU sudah menghitung "
                  "perolehan suara Pilkada serentak 2020 di banyak daerah.</p><p>Di Kabupaten "
                  "Bulukumba, pasangan Muchtar Ali Yusuf - Andi Edy Manaf meraih 39.1 persen dari "
                  "88.927 suara.</p><p>Pada Pemilu 2019 lalu, Hanura meraih 1 kursi di DPRD "
                  "Jawa Timur.</p>", shipped_record)
    claim, _ = found[__import__("decimal").Decimal("39.1")]
    assert (claim.election, claim.region_code) == ("pilkada2020", "7302")


# -- a nickname area list beside another race's pair counts -------------------------------------

def test_a_nickname_list_is_read_beside_another_races_counts():
    # Kaltara's plenary by regency under the pairs' nicknames, then DKI's governor race told
    # in passing (Pramono-Rano 2.171.411): the list's sums still tie it to Kaltara's pairs.
    from test_fix_r import _kaltara, run
    page = _kaltara() + ("<p>Adapun di Pilgub DKI Jakarta yang digelar serentak, Pramono-Rano "
                         "meraih 2.171.411 suara atau 50,08 persen.</p>")
    found = {(c.region_code, c.value): c.nomor_urut for c in run(page)
             if c.region_code not in (None, "65", "31")}
    assert found[("6501", 8363)] == 1 and found[("6571", 21944)] == 3 and len(found) == 15


# -- another province's race word in the prose does not make its race the page's -------------

def test_another_provinces_race_word_in_the_prose_is_not_the_pages_race():
    # Serang's regent race (Ratu Zakiyah-Najib 583.971 in the plenary); Kalimantan Timur's
    # governor race told in passing is the only race word of the page.
    from test_fix_r import run
    page = ("<h1>Hasil Pleno Pilkada Kabupaten Serang</h1><p>KPU Kabupaten Serang menetapkan "
            "hasil pleno. Di Kecamatan Anyar, paslon 01 : 6.166 suara, paslon 02 : 20.120 suara."
            "</p><p>Paslon nomor 02, Ratu Rachmatu Zakiyah-Najib Hamas, mendapatkan 583.971 suara "
            "atau 75,9 persen. Adapun di Pilgub Kalimantan Timur yang digelar serentak, Rudy-Seno "
            "meraih 962.804 suara atau 55,66 persen.</p>")
    found = {c.value: c.race_kind for c in run(page)}
    assert found[6166] == "regent_mayor" and found[583971] == "regent_mayor"


def test_another_races_heading_is_left_out_under_a_kpu_offices_title(shipped_record):
    # "Rekapitulasi KPU Jepara" names the page's place by its KPU office; the Pilgub Gorontalo
    # table's heading is another province's section, not the page's race (its places still
    # leave the page's own place open: a page of several provinces' sections is no one's).
    found = _read("<title>Rekapitulasi KPU Jepara, Wiwit-Hajar Menang</title><h1>Rekapitulasi "
                  "KPU Jepara, Wiwit-Hajar Menang</h1><p>Ketua KPU Jepara menyebut Wiwit-Hajar "
                  "meraih 427.892 suara sah pada 4 Desember 2024.</p><h3>Hasil Pilgub Gorontalo "
                  "di Kabupaten Bone Bolango per Kecamatan</h3><table><tr><th>Kecamatan</th><th>"
                  "Tonny-Marten</th><th>Hi-Mohamad</th></tr><tr><td>Tapa</td><td>2.034</td><td>"
                  "351</td></tr></table>", shipped_record)
    claim, comparison = found[427892]
    assert claim.race_kind != "governor" and comparison.status not in _FLAGS


# -- a teaser above the story does not give the story its place --------------------------------

def test_a_teaser_above_the_lead_is_not_the_pages_place(shipped_record):
    # Koster-Giri's internal count for the Bali governor race; the teaser on Denpasar's mayor
    # race stands above the story's first paragraph.
    found = _read("<h1>Koster-Giri Klaim Raih 1,4 Juta Suara</h1><p><strong>Baca juga:</strong> "
                  "<a href='/b'>Hasil Pilkada Kota Denpasar: Jaya-Agus Raih 217.568 Suara</a></p>"
                  "<p>Menurut hitungan internal tim Koster-Giri pada 28 November 2024, pasangan "
                  "petahana itu memperoleh 61,49% dari seluruh suara di Pilgub Bali, sementara "
                  "Mulia-PAS 38,51%.</p>", shipped_record)
    claim, _ = found[__import__("decimal").Decimal("61.49")]
    assert claim.region_code == "51"


def test_the_sentences_after_an_inline_teaser_stay_in_its_paragraph():
    from checker.analyse.walk import body_texts
    from lxml import html
    body = html.fromstring("<body><p>Koster-Giri menang di Bangli, 75,04%. <strong>Baca Juga: "
                           "<a href='/b'>Jaya-Agus Raih 217.568 Suara</a></strong> Berikutnya "
                           "Gianyar 71,24%.</p><p>Paragraf lain.</p></body>")
    assert body_texts(body, 10_000).prose.split("\n") == [
        "Koster-Giri menang di Bangli, 75,04%. Berikutnya Gianyar 71,24%.",
        "Baca Juga: Jaya-Agus Raih 217.568 Suara", "Paragraf lain."]


# -- a recalled Pilkada does not date a Pilpres page's figures ----------------------------------

def test_a_pilkada_recalled_on_a_pilpres_page_does_not_date_its_figures(shipped_record):
    # Kudus's Pilpres plenary (Prabowo-Gibran 336.243, 61,04 %); Jawa Tengah's governor race of
    # 2018 recalled after it, the only year the page writes.
    found = _read("<title>KPU: Rekapitulasi Suara Hasil Pilpres di Kudus Sah</title><h1>KPU: "
                  "Rekapitulasi Suara Hasil Pilpres di Kudus Sah</h1><p>Dukungan tertinggi di "
                  "Kabupaten Kudus diraih pasangan nomor 02, Prabowo Subianto - Gibran Rakabuming "
                  "Raka, sebanyak 336.243 suara atau 61,04 persen.</p><p>Pada Pilkada 2018 lalu, "
                  "pasangan Ganjar-Yasin memperoleh 58,78 persen di Jawa Tengah.</p>", shipped_record)
    claim, _ = found[336243]
    assert (claim.election, claim.race_kind, claim.nomor_urut) == ("pemilu2024", "president", 2)
