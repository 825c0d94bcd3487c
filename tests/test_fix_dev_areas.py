"""A regency's and its kecamatan's figures in a province-wide or national race (branch fix-dev,
second round), each from a real dev case told in our own words with its real figures."""

from __future__ import annotations

from decimal import Decimal

from builders import check_article, every_claim, snapshot
from checker.analyse.pipeline import check_snapshot


def _claims(ctx, title: str, body: str, url: str) -> dict:
    return {(c.kind, Decimal(c.value)): (c, comp)
            for c, comp in every_claim(check_article(title, body, url, ctx))}


PESBAR = "https://radar.example/2024/02/15/pilpres-pesisir-barat"


def test_a_name_that_is_no_kecamatan_stays_unplaced(shipped_context):
    # The negative control: "Karyabaru" is no kecamatan of Pesisir Barat.
    found = _claims(shipped_context, "Prabowo-Gibran unggul di Pesisir Barat",
                    "<p>Hasil sementara Pilpres 2024 di Kabupaten Pesisir Barat tercatat dengan "
                    "progress 214 dari 490 TPS.</p><p>Berikutnya, Kecamatan Karyabaru dengan "
                    "progress 21 dari 46 TPS (45,65 persen): pasangan nomor urut 1 memperoleh "
                    "506 suara (31,78 persen).</p>", PESBAR)
    claim, _ = found[("votes", 506)]
    assert claim.region_code is None


def test_a_kecamatan_s_progress_is_the_kecamatan_s(shipped_context):
    # Radar Lambar: each kecamatan of Pesisir Barat with its own count's progress, then the
    # pairs' counts there; the progress is Bangkunat's (181311) as the counts after it are.
    found = _claims(shipped_context, "Prabowo-Gibran unggul di Pesisir Barat",
                    "<p>Hasil sementara Pilpres 2024 di Kabupaten Pesisir Barat tercatat dengan "
                    "progress 214 dari 490 TPS.</p><p>Perolehan itu tersebar di Kecamatan "
                    "Bangkunat dengan progress 16 dari 79 TPS (20,25 persen), yaitu pasangan "
                    "nomor urut 1 memperoleh 56 suara (8,68 persen).</p>", PESBAR)
    progress, _ = found[("progress", Decimal("20.25"))]
    assert progress.region_code == "181311"
    assert found[("votes", 56)][0].region_code == "181311"


def test_a_kecamatan_s_progress_in_a_governor_race_another_wording(shipped_context):
    # The same shape in the Bali governor race on a Buleleng page, "data masuk" for progress.
    found = _claims(shipped_context, "Koster-Giri Raih Kemenangan di Buleleng",
                    "<p>Hasil hitung Pilgub Bali 2024 di Kabupaten Buleleng: pasangan nomor urut "
                    "2 Wayan Koster dan Nyoman Giri Prasta unggul.</p><p>Kecamatan Tejakula "
                    "dengan data masuk 33,33 persen, pasangan nomor urut 2 meraih 24.980 suara."
                    "</p>", "https://bali.example/2024/11/28/pilgub-bali-buleleng")
    assert found[("progress", Decimal("33.33"))][0].region_code == "510809"


def test_a_progress_of_no_kecamatan_or_of_a_village_stays_unplaced(shipped_context):
    # Negative controls: no kecamatan of that name in Pesisir Barat; a desa named between.
    found = _claims(shipped_context, "Prabowo-Gibran unggul di Pesisir Barat",
                    "<p>Hasil sementara Pilpres 2024 di Kabupaten Pesisir Barat tercatat dengan "
                    "progress 214 dari 490 TPS.</p><p>Lalu Kecamatan Karyabaru dengan progress "
                    "2 dari 32 TPS (6,25 persen).</p><p>Disebutkan pula, Kecamatan Lemong dengan "
                    "progress di Desa Malaya 21 dari 42 TPS (50,00 persen).</p>", PESBAR)
    assert found[("progress", Decimal("6.25"))][0].region_code is None
    assert found[("progress", Decimal("50.00"))][0].region_code is None


BULELENG = ("<p>Pasangan calon gubernur dan wakil gubernur Bali nomor urut 2, Wayan Koster dan "
            "Nyoman Giri Prasta, dipastikan memenangi perolehan suara di Kabupaten Buleleng.</p>"
            "<p>Koster-Giri meraih {} persen suara sah, sedangkan rivalnya, Made Muliawan Arya "
            "dan Putu Agus Suradnyana, mengumpulkan {} persen suara sah.</p>")
BULELENG_URL = "https://bali.example/2024/12/06/koster-giri-di-buleleng"


def test_a_governor_share_on_a_regency_s_page_is_the_regency_s(shipped_context):
    # PDI Perjuangan Bali on KPU Buleleng's plenary: 57,31 and 42,69 are the pairs' shares in
    # Buleleng (61,46 / 38,54 in all Bali), held (the record's is a Sirekap reading).
    found = _claims(shipped_context, "Koster-Giri Raih Kemenangan di Buleleng",
                    BULELENG.format("57,31", "42,69"), BULELENG_URL)
    for value in ("57.31", "42.69"):
        claim, comparison = found[("share", Decimal(value))]
        assert claim.region_code == "5108", value
        assert comparison is None or comparison.status == "unverifiable"


def test_a_governor_share_beside_its_count_on_another_regency_s_page(shipped_context):
    # Serambinews on Aceh Selatan: the share restates the pair's count there (51,58 of the
    # regency; 53,01 in all Aceh).
    found = _claims(shipped_context, "Hasil Pilgub Aceh 2024 di Aceh Selatan",
                    "<p>TAPAKTUAN - Di Kabupaten Aceh Selatan, pasangan nomor urut 2, Muzakir "
                    "Manaf dan Fadhlullah, keluar sebagai peraih suara terbanyak pada Pilgub Aceh "
                    "2024.</p><p>Muzakir Manaf - Fadhlullah mengumpulkan 71.779 suara atau 51,58 "
                    "persen.</p>", "https://aceh.example/2024/12/08/pilgub-aceh-di-aceh-selatan")
    assert found[("share", Decimal("51.58"))][0].region_code == "1101"


def test_the_province_s_share_quoted_on_a_regency_s_page_is_not_the_regency_s(shipped_context):
    # Negative control: Bali's own shares (61,46 / 38,54) written on the Buleleng page are
    # nearer the province's than Buleleng's: never given to Buleleng.
    found = _claims(shipped_context, "Koster-Giri Raih Kemenangan di Buleleng",
                    BULELENG.format("61,46", "38,54"), BULELENG_URL)
    for value in ("61.46", "38.54"):
        assert found[("share", Decimal(value))][0].region_code != "5108", value


PESBAR_HEAD = "Berdasarkan Data Sementara Website KPU, Pasangan Prabowo-Gibran Unggul di Pesisir Barat"


def _pilpres_page(ctx, title: str, opening: str, url: str = PESBAR) -> dict:
    # The site's name follows the headline in <title> only, as news sites write it.
    html = (f"<html><head><title>{title}</title></head><body><article><h1>"
            f"{title.rsplit(' - ', 1)[0]}</h1><p>{opening}</p><p>Pasangan calon presiden dan "
            "wakil presiden nomor urut 2, Prabowo Subianto-Gibran Rakabuming Raka meraih 6.696 "
            "suara (57,54 persen). Adapun pasangan nomor 1, Anies Rasyid Baswedan-A. Muhaimin "
            "Iskandar mendapat 3.226 suara (27,72 persen).</p></article></body></html>")
    report = check_snapshot(snapshot(url, html), ctx)
    return {(c.kind, Decimal(c.value)): (c, comp) for c, comp in every_claim(report)}


def test_the_pairs_figures_after_an_opening_on_one_regency_are_the_regency_s(shipped_context):
    # Radar Lambar: the headline (title case, repeated as the first line) names Pesisir Barat
    # bare, the outlet's name is Lampung Barat's; the opening paragraph names "Kabupaten
    # Pesisir Barat": the pairs' figures after it are the regency's (1813), held.
    found = _pilpres_page(shipped_context, PESBAR_HEAD + " - Radar Lambar",
                          "PESISIR TENGAH - Menurut laman resmi KPU, hasil sementara "
                          "penghitungan suara Pemilu Presiden dan Wakil Presiden 2024 di "
                          "Kabupaten Pesisir Barat (Pesbar) tercatat dengan progress 214 dari "
                          "490 TPS (43,67 persen) se-Kabupaten Pesbar.")
    for key in (("votes", 6696), ("share", Decimal("57.54")), ("votes", 3226)):
        claim, comparison = found[key]
        assert claim.region_code == "1813", key
        assert comparison is None or comparison.status == "unverifiable"


def test_another_regency_and_outlet_the_same_way(shipped_context):
    # The same shape from another outlet (a province's paper) on Tanggamus (1806).
    found = _pilpres_page(shipped_context, "Hasil Rekapitulasi Sementara, Pasangan Prabowo-"
                          "Gibran Masih Memimpin Perolehan Suara di Tanggamus - Lampung Post",
                          "KOTA AGUNG - Perolehan suara Pemilu Presiden 2024 di Kabupaten "
                          "Tanggamus menurut data sementara KPU hingga Kamis siang sudah "
                          "mencakup separuh TPS.", "https://lampost.example/2024/02/15/tanggamus")
    assert found[("votes", 6696)][0].region_code == "1806"


def test_an_opening_on_two_regencies_places_nothing(shipped_context):
    # Negative control: an opening that names two regencies says whose figures they are not.
    found = _pilpres_page(shipped_context, PESBAR_HEAD + " - Radar Lambar",
                          "PESISIR TENGAH - Menurut laman resmi KPU, hasil sementara Pemilu "
                          "Presiden 2024 di Kabupaten Pesisir Barat dan Kabupaten Tanggamus "
                          "tercatat dengan progress 214 dari 490 TPS.")
    assert found[("votes", 6696)][0].region_code not in ("1813", "1806")


BULELENG_KEC = ("<p>Pasangan nomor urut 2, Wayan Koster dan Nyoman Giri Prasta, memenangi "
                "perolehan suara Pilgub Bali 2024 di Kabupaten Buleleng.</p><p>{}</p>")


def test_kecamatan_counts_of_a_regency_page_in_three_wordings(shipped_context):
    # PDI Perjuangan Bali on KPU Buleleng's plenary: "di Kecamatan X sebanyak N suara" (no
    # comma), "Di Kecamatan X, <pair named member by member> meraih N suara" (the members'
    # names are no more places) and "Di kecamatan itu" (the one the sentence before named).
    found = _claims(shipped_context, "Koster-Giri Raih Kemenangan di Buleleng", BULELENG_KEC.format(
        "Koster-Giri menang di Kecamatan Kubutambahan sebanyak 18.321 suara. Satu-satunya "
        "kekalahan Koster-Giri ada di Kecamatan Busungbiu. Di kecamatan itu mereka hanya "
        "mengumpulkan 10.815 suara. Di Kecamatan Kubutambahan, Gede Gadjah dan Agus "
        "Suradnyana meraih 10.915 suara."), BULELENG_URL)
    assert found[("votes", 18321)][0].region_code == "510808"
    assert found[("votes", 10815)][0].region_code == "510803"
    assert found[("votes", 10915)][0].region_code == "510808"


def test_more_kecamatan_after_the_opening_still_make_the_count_theirs_together(shipped_context):
    # Negative controls: "Di Kecamatan Sawan, Kubutambahan dan Tejakula, ..." is three
    # kecamatan's count; "Di kecamatan itu" with no kecamatan in the sentence before is none.
    found = _claims(shipped_context, "Koster-Giri Raih Kemenangan di Buleleng", BULELENG_KEC.format(
        "Di Kecamatan Sawan, Kubutambahan dan Tejakula, Koster-Giri meraih 65.819 suara. "
        "Koster-Giri juga menang di Buleleng. Di kecamatan itu mereka mengumpulkan 33.325 "
        "suara."), BULELENG_URL)
    assert found[("votes", 65819)][0].region_code not in ("510807", "510808", "510809")
    assert found[("votes", 33325)][0].region_code != "510806"
