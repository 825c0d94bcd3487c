"""National and abroad figures the tool read but left without their area (issue 10,
attribution): partial national tallies, national figures of earlier elections, quick counts'
national shares, the PPLN's figures. Each test is a wording met on a dev page, in our own
words with its real figures. Precision first: a partial tally is the country's count at a
moment, never graded against the final result."""

from __future__ import annotations

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from checker.figures.compare import compare_claims
from test_precision import graded, run, statuses


def _national(body: str, value: int | str) -> list:
    return [c for c in run(body) if str(c.value) == str(value)]


def test_a_tally_of_some_provinces_is_the_countrys_count_held_as_partial():
    # KPU's plenary had adopted 32 provinces by 17 Mar 2024 (76.250.286 for Prabowo-Gibran).
    # The paragraph before it gave the votes abroad: they do not carry over to this one.
    body = ("<h1>KPU Tetapkan Hasil Pilpres di Papua Tengah</h1><p>Pada rekapitulasi nasional "
            "4 Maret 2024, Prabowo-Gibran juga unggul di 127 wilayah PPLN dengan 421.605 suara, "
            "disusul Anies-Muhaimin 120.085 suara.</p><p>Sampai 17 Maret 2024 pukul "
            "18.00 WIB, KPU telah mengesahkan hasil Pilpres di 32 provinsi: Prabowo-Gibran "
            "76.250.286 suara, Anies-Muhaimin 30.989.627 suara, dan Ganjar-Mahfud 23.126.255 "
            "suara.</p>")
    claims = {c.value: c for c in run(body)}
    for value in (76250286, 30989627, 23126255):
        assert claims[value].region_code == "" and claims[value].race_kind == "president"
        assert claims[value].hold == "partial_tally"
    assert graded(body) == {}
    assert statuses(body)[76250286] == ("unverifiable", "partial_tally")


def test_a_headline_tally_of_some_provinces_in_shares():
    body = ("<h1>Update Rekapitulasi KPU per 13 Maret di 19 Provinsi: Anies 19,61%, Prabowo "
            "59,53%, Ganjar 20,86%</h1><p>KPU terus merekap suara Pilpres 2024.</p>")
    claims = {c.value: c for c in run(body) if c.kind == "share"}
    assert {str(v) for v in claims} >= {"19.61", "59.53", "20.86"}
    assert all(c.region_code == "" and c.hold == "partial_tally" for c in claims.values())
    assert graded(body) == {}


def test_a_tally_of_provinces_written_without_a_preposition_is_never_graded():
    # The same partial count (33 provinces by 19 Mar 2024) as pages also word it: never
    # compared with the final national result (it would be called discrepant).
    count = "Prabowo-Gibran meraih 76.888.902 suara atau 58,48 persen."
    for lead in ("KPU telah merampungkan rekapitulasi 33 provinsi.",
                 "Rekapitulasi 33 dari 38 provinsi sudah selesai.",
                 "Sebanyak 33 provinsi sudah disahkan.",
                 "Hingga Selasa, 33 provinsi telah direkapitulasi secara nasional."):
        body = f"<h1>Rekapitulasi Pilpres 2024</h1><p>{lead} {count}</p>"
        claims = run(body)
        assert claims and all(c.hold == "partial_tally" and c.region_code == "" for c in claims)
        assert graded(body) == {}, lead
    # Provinces a pair won are no tally: the final count after them is graded.
    body = ("<h1>KPU Tetapkan Hasil Pilpres 2024</h1><p>Secara nasional, Prabowo-Gibran menang "
            "di 36 provinsi dan meraih 96.214.691 suara.</p>")
    assert graded(body) == {96214691: "consistent"}


def test_a_few_provinces_sum_is_no_area_and_a_tally_of_33_is_the_countrys():
    # KPU finished Papua and Papua Pegunungan last; by 19 Mar 33 provinces were in.
    body = ("<h1>KPU Tuntaskan Rekapitulasi Pilpres 2024</h1><p>Papua dan Papua Pegunungan "
            "menjadi dua provinsi terakhir yang direkap.</p><p>Di dua provinsi paling timur itu "
            "Prabowo-Gibran unggul atas Anies-Muhaimin dan Ganjar-Mahfud, yang masing-masing "
            "memperoleh 67.592 suara dan 178.534 suara.</p><p>Sampai Selasa (19/3/2024), KPU "
            "sudah menuntaskan rekapitulasi di 33 provinsi.</p><p>Hasilnya, Prabowo-Gibran "
            "memimpin "
            "dengan 76.888.902 suara atau 58,48%.</p>")
    claims = {c.value: c for c in run(body)}
    assert claims[67592].region_code is None and claims[178534].region_code is None
    assert claims[76888902].region_code == "" and claims[76888902].hold == "partial_tally"
    assert graded(body) == {}


def test_the_countrys_votes_and_those_abroad_together_are_the_country():
    # KPU's 2019 plenary (20 May 2019): Jokowi-Ma'ruf 85.607.362, Prabowo-Sandi 68.650.239.
    body = ("<h1>KPU Tetapkan Hasil Pilpres 2019</h1><p>Rekapitulasi Pilpres 2019 rampung Senin "
            "malam (20/5). Dari total suara sah nasional dan PPLN, Joko Widodo-Ma'ruf Amin "
            "mengumpulkan 85.607.362 suara, sedangkan Prabowo Subianto-Sandiaga Uno 68.650.239 "
            "suara.</p>")
    claims = {c.value: c for c in run(body)}
    for value in (85607362, 68650239):
        assert claims[value].region_code == "" and claims[value].election == "pemilu2019"
    assert graded(body) == {}
    # The same wording with "dalam dan luar negeri".
    body = body.replace("nasional dan PPLN", "dalam dan luar negeri")
    assert {c.region_code for c in run(body) if c.value in (85607362, 68650239)} == {""}




def test_the_provinces_a_pair_won_listed_before_its_count_are_not_where_it_was_counted():
    # Bergelora (Sirekap at 63,37 % of TPS): Anies-Muhaimin led in two provinces only; the
    # count after the list is the country's so far. Held all the same: nothing says national.
    body = ("<h1>Real Count Sementara Pilpres 2024</h1><p>Menurut Sirekap KPU, Anies-Muhaimin "
            "unggul di dua provinsi, Aceh dan Sumatera Barat, dan untuk sementara mengantongi "
            "24.189.032 suara atau 24,25 persen.</p>")
    claims = {str(c.value): c for c in run(body)}
    for value in ("24189032", "24.25"):
        assert claims[value].region_code == "" and claims[value].hold is not None
    assert graded(body) == {}
    # Listed without a count of provinces, the places may be where it was counted: unclear.
    body = body.replace("di dua provinsi, Aceh dan Sumatera Barat,", "di Aceh dan Sumatera Barat")
    assert all(c.region_code is None for c in run(body))


def test_a_headline_over_many_provinces_is_not_the_one_province_it_names():
    # Metrokota: KPU had adopted 25 provinces; Sumbar the one Prabowo-Gibran lost. The
    # pollsters' national quick count closes the article.
    body = ("<h1>Prabowo Hanya Gagal Menang di Sumbar pada Hasil Pilpres 2024 di 25 Provinsi</h1>"
            "<p>Di Sumbar, Prabowo-Gibran mendapat 1.217.314 suara atau 39,45 persen.</p>"
            "<p>Di Banten, Prabowo-Gibran meraih 4.035.052 suara atau 55,99 persen.</p><p>"
            "Rekapitulasi nasional masih berjalan. Namun sebagian besar hitung cepat lembaga "
            "survei menunjukkan total suara Prabowo-Gibran mendekati 60 persen.</p>")
    shares = {str(c.value): c for c in run(body) if c.kind == "share"}
    assert shares["39.45"].region_code == "13" and shares["55.99"].region_code == "36"
    assert shares["60"].region_code == "" and shares["60"].claim_type == "quick_count"
    assert statuses(body)[shares["60"].value][0] == "unverifiable"

# -- votes abroad: the shipped record holds each PPLN as an area of region 99 ---------------

def _read(body: str, record):
    snap = snapshot("https://berita.example/a", body.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    claims = extract_claims(page, snap, record, rules)
    return claims, compare_claims(claims, record, rules.thresholds)


def test_a_ppln_line_with_its_country_written_short_names_that_ppln(shipped_record):
    # iNews, KPU RI's plenary of 32 PPLN (1 Mar 2024): "4. Abu Dhabi, UEA" (Uni Emirat Arab,
    # the record's 9901) over its three pairs' lines.
    body = ("<h1>Hasil Rekapitulasi Suara di 32 PPLN</h1><p>KPU mengumumkan hasil pemilu di 32 "
            "PPLN dalam rapat pleno, Jumat (1/3/2024).</p><p>Berikut daftar wilayah kemenangan "
            "pasangan Anies-Muhaimin:</p><p>4. Abu Dhabi, UEA<br>Anies-Muhaimin: 1.568<br>"
            "Prabowo-Gibran: 1.174<br>Ganjar-Mahfud: 380</p><p>7. Jeddah, Arab Saudi<br>"
            "Anies-Muhaimin: 10.394<br>Prabowo-Gibran: 5.118<br>Ganjar-Mahfud: 1.487</p>")
    claims, compared = _read(body, shipped_record)
    areas = {c.value: c.region_code for c in claims}
    assert areas[1568] == areas[1174] == "9901"
    assert areas[10394] == areas[5118] == "9953"
    assert all(c.status == "unverifiable" for c in compared)  # no count per PPLN is held


def test_a_ppln_line_of_small_counts_under_its_city(shipped_record):
    # iNews: "1. Pretoria, Afrika Selatan" (9994) over "Anies-Muhaimin: 80" ...; a PPLN's
    # counts are hundreds, written without "suara". A ballot number written "02" is no count.
    body = ("<h1>Hasil Rekapitulasi Suara di 32 PPLN</h1><p>KPU mengumumkan hasil pemilu di 32 "
            "PPLN, Jumat (1/3/2024).</p><p>1. Pretoria, Afrika Selatan<br>Anies-Muhaimin: 80<br>"
            "Prabowo-Gibran: 67<br>Ganjar-Mahfud: 54</p><p>3. Muscat, Oman<br>Anies-Muhaimin: "
            "345<br>Prabowo-Gibran: 271<br>Ganjar-Mahfud: 139</p>")
    claims, compared = _read(body, shipped_record)
    areas = {c.value: (c.region_code, c.nomor_urut) for c in claims if c.kind == "votes"}
    assert areas[80] == ("9994", 1) and areas[54] == ("9994", 3)
    assert areas[345] == ("9978", 1) and areas[139] == ("9978", 3)
    assert all(c.status == "unverifiable" for c in compared)
    listing = ("<h1>Pasangan Calon Pilpres 2024</h1><p>Nomor urut pasangan calon:</p><p>"
               "Anies-Muhaimin: 01<br>Prabowo-Gibran: 02<br>Ganjar-Mahfud: 03</p>")
    assert not [c for c in run(listing) if c.kind == "votes"]
    cards = ("<h1>Pilwalkot Bandung 2024</h1><p>Data masuk 100.00% TPS</p><p>Nomor urut 1<br>"
             "DANDAN RIZA - ARIF WIJAYA<br>83.498 suara</p><p>Nomor urut 2<br>HARU SUANDHARU - "
             "DHANI WIRIANATA<br>427.448 suara</p>")
    assert {c.value for c in run(cards) if c.kind == "votes"} == {83498, 427448}


def test_small_name_line_counts_are_read_only_on_a_page_about_votes_abroad():
    # A village's list in a regency whose pairs have hundreds of votes in the record read
    # (Tambrauw: Yohanis Yembra-Petrus Yewen 275) would escape below_area and be graded
    # against the regency's count: there a "Name: 300" line stays unread, as before.
    body = ("<h1>Hasil Pilbup Tambrauw 2024 di Kampung Kami</h1><p>Berikut hasilnya:</p><p>"
            "Yohanis Yembra-Petrus Yewen: 300<br>Thomas Kofiaga-Pieter Mambrasar: 250</p>")
    assert not [c for c in run(body) if c.kind == "votes" and c.value in (300, 250)]
    assert graded(body) == {}
