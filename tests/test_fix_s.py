"""Wrong answers on corpus-s's dev pages (tests/corpus/findings/corpus-s.md). Each case is a
short page in our own words holding the real figures of the dev page named beside it."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from builders import check_article, context

D = Decimal
FLAGS = ("minor", "discrepant")


def report(title: str, body: str, url: str = "https://berita.example/a", record=None):
    ctx = context() if record is None else replace(context(), official=record)
    return check_article(title, body, url, ctx)


def graded(title: str, body: str) -> dict:
    """{value: Comparison} of the page's claims."""
    rep = report(title, body)
    return {rep.claims[c.claim].value: c for c in rep.comparisons}


# ---- 1. A count far below a nearly complete Sirekap count of its pair, beside the other
# pairs' counts at that reading (news-suarapemred-pilbup-kubu-raya-jikir: Sirekap at 99,6 %
# of the TPS gives 18.907 / 161.174 / 135.936).
KUBU = ("<p>Pasangan nomor urut 02 Sujiwo-Sukiryanto menjadi peraih suara terbanyak Pilkada "
        "Kubu Raya 2024 dengan total {b} suara.</p><p>Pasangan nomor urut 03 Rusman Ali-M "
        "Fahri hanya meraih {c} suara, dan pasangan nomor urut 01 Rosalia-Marijan {a} "
        "suara.</p><p>Hasil itu ditetapkan dalam rapat pleno KPU Kabupaten Kubu Raya.</p>")


def kubu(a: str, b: str, c: str) -> dict:
    return graded("KPU Tetapkan Hasil Pilbup Kubu Raya 2024", KUBU.format(a=a, b=b, c=c))


def test_a_count_far_below_a_nearly_complete_reading_is_wrong():
    found = kubu("19.043", "161.901", "25.662")
    assert found[D("25662")].status == "discrepant"
    assert found[D("25662")].official_value == 135936
    assert found[D("161901")].status not in FLAGS
    assert found[D("19043")].status not in FLAGS


def test_a_count_a_little_below_the_reading_is_left_alone():
    # A plenary may differ from Sirekap by a little, a few corrections one way or the other.
    found = kubu("19.043", "161.901", "128.662")
    assert all(c.status not in FLAGS for c in found.values())


def test_a_low_count_among_low_counts_is_of_an_earlier_moment_or_smaller_area():
    # Every count small: an early reading or a smaller area, nothing shows a wrong figure.
    found = kubu("1.043", "8.901", "5.662")
    assert all(c.status not in FLAGS for c in found.values())


def test_a_low_count_alone_proves_nothing():
    found = graded("Hasil Pilbup Kubu Raya 2024", "<p>Pasangan nomor urut 03 Rusman Ali-M Fahri "
                   "meraih 25.662 suara dalam Pilkada Kubu Raya 2024.</p>")
    assert all(c.status not in FLAGS for c in found.values())


# ---- 2. Where the speaker spoke is no area of the figures he read out
# (news-portalmetrotv-malut-pilpres-dpd: KPU Malut's provincial plenary, said in Ternate).
def test_the_place_after_a_speech_verb_is_the_venue():
    rep = report("Hasil Pilpres 2024 di Maluku Utara",
                 "<p>KPU Maluku Utara menetapkan hasil pleno rekapitulasi Pemilu 2024.</p><p>"
                 "\"Pasangan nomor urut 3 Ganjar-Mahfud meraih 91.293 suara,\" ujar Ketua KPU "
                 "Malut, Pudja Sutamat, di Ternate, Minggu.</p>")
    found = [c for c in rep.claims if c.value == D("91293")]
    assert found and all(c.region_code != "8271" for c in found)
    assert found[0].region_code == "82"


def test_a_place_named_with_the_figure_is_still_its_area():
    rep = report("Hasil Pilwalkot Ternate 2024",
                 "<p>Pasangan nomor urut 1 meraih 45.210 suara di Kota Ternate, ujar Ketua KPU "
                 "Kota Ternate.</p>")
    found = [c for c in rep.claims if c.value == D("45210")]
    assert found and found[0].region_code == "8271"


# ---- 3. A headline's verb of gaining votes is no candidate's name (Konawe Utara's running
# mate is H. Raup; news-lingkarjateng-pilwalkot-pekalongan-kecamatan).
def test_a_headline_verb_before_a_figure_is_no_name():
    rep = report("Raup 99.949 Suara, Aaf-Balgies Menangi Pilwalkot Pekalongan 2024",
                 "<p>Pasangan nomor urut 02 Aaf-Balgies unggul dalam Pilwalkot Pekalongan "
                 "2024.</p><p>Menurut rekapitulasi KPU Kota Pekalongan, Aaf-Balgies mengantongi "
                 "99.949 suara.</p>")
    found = [c for c in rep.claims if c.value == D("99949")]
    assert found and all(c.region_code in ("3375", None) for c in found)
    assert all(c.race_region in ("3375", None) for c in found)
    assert {c.nomor_urut for c in found} <= {2, None}


# ---- 4. Pairs known by the campaign package name the page gives them in brackets or "yang
# dikenal sebagai" (news-florespos-pilbup-flores-timur-addibu, Flores Timur's plenary).
FLOTIM = ("<p>KPU Kabupaten Flores Timur menuntaskan rapat pleno rekapitulasi Pilkada 2024.</p>"
          "<p>Pasangan Antonius Doni Dihen-Ignasius Boli Uran, yang dikenal sebagai Paket "
          "ADDIBU, memenangi Pilkada Flores Timur. ADDIBU mengalahkan Y. A. T. Lukman "
          "Riberu-Zakarias Paun (Paket LaZkar Ribu Ratu) dan Stephanus Ola Demon-Rofinus Baga "
          "Kabalen (Paket Stori).</p><p>Paket ADDIBU menang dengan 37.203 suara.</p><p>Di "
          "urutan kedua, Paket LaZkar Ribu Ratu meraih 32.846 suara.</p><p>Urutan ketiga "
          "ditempati Paket Stori dengan 28.491 suara.</p>")


def test_a_package_name_the_page_defines_names_its_pair():
    rep = report("Hasil Pilkada Flores Timur 2024", FLOTIM)
    found = {c.value: c for c in rep.claims}
    assert found[D("37203")].nomor_urut == 2 and found[D("37203")].race_region == "5306"
    assert found[D("32846")].nomor_urut == 1
    assert found[D("28491")].nomor_urut == 4


def test_a_package_name_the_page_never_defines_names_nobody():
    rep = report("Hasil Pilkada Flores Timur 2024",
                 "<p>KPU Kabupaten Flores Timur menuntaskan rapat pleno Pilkada 2024.</p><p>"
                 "Paket ADDIBU menang dengan 37.203 suara.</p>")
    assert all(c.nomor_urut is None for c in rep.claims)


# ---- 5. A kecamatan after a lead-in, or heading two counts (Kota Pekalongan's plenary:
# news-lingkarjateng-pilwalkot-pekalongan-kecamatan; 337502 Timur, 337504 Selatan).
PEKALONGAN = ("<p>Pasangan nomor urut 02, HA Afzan Arslan Djunaid dan Balgies Diab "
              "(Aaf-Balgies), unggul dalam Pilwalkot Pekalongan 2024.</p><p>Menurut rekapitulasi "
              "resmi KPU Kota Pekalongan, Aaf-Balgies mengantongi 99.949 suara, di atas paslon "
              "nomor urut 01 Muhtarom-Makmur Sofyan Mustofa dengan 66.219 suara.</p><p>{}</p>")


def test_a_kecamatan_after_a_lead_in_is_the_area_of_both_counts(shipped_record):
    rep = report("Hasil Pilwalkot Pekalongan 2024", PEKALONGAN.format(
        "Sementara itu, di Kecamatan Pekalongan Selatan Aaf-Balgies meraup 18.422 suara dan "
        "Muhtarom-Sofyan 17.475 suara."), record=shipped_record)
    found = {c.value: c for c in rep.claims}
    assert found[D("18422")].region_code == "337504"
    assert found[D("17475")].region_code == "337504"


def test_a_kecamatan_heading_two_counts_is_the_area_of_both(shipped_record):
    rep = report("Hasil Pilwalkot Pekalongan 2024", PEKALONGAN.format(
        "Dominasi yang sama tampak di Kecamatan Pekalongan Timur dengan 22.775 suara bagi "
        "Aaf-Balgies dan 14.388 suara bagi Muhtarom-Sofyan."), record=shipped_record)
    found = {c.value: c for c in rep.claims}
    assert found[D("22775")].region_code == "337502"
    assert found[D("14388")].region_code == "337502"


def test_a_second_count_after_another_place_is_not_the_kecamatans(shipped_record):
    rep = report("Hasil Pilwalkot Pekalongan 2024", PEKALONGAN.format(
        "Di Kecamatan Pekalongan Timur dengan 22.775 suara bagi Aaf-Balgies, dan di Kota "
        "Pekalongan 66.219 suara bagi Muhtarom-Sofyan."), record=shipped_record)
    assert all(c.region_code != "337502" for c in rep.claims if c.value == D("66219"))


# ---- 6. A pair's shortened, misspelt name and the acronym the page gives it in brackets
# (news-suarapemred-pilbup-kubu-raya-jikir: KPU writes H. SUJIWO - SUKIRYANTO, pair 2).
def test_a_shortened_misspelt_pair_and_its_acronym_name_their_pair():
    rep = report("KPU Tetapkan Pasangan Jikir Raih Suara Terbanyak pada Pilkada 2024",
                 "<p>Pasangan calon Bupati dan Wakil Bupati Kubu Raya Jiwo-Sukriyanto (Jikir) "
                 "menjadi peraih suara terbanyak Pilkada 2024 dengan total 161.901 suara.</p>"
                 "<p>\"Berdasarkan hasil rapat pleno, pasangan Jikir meraih suara terbanyak "
                 "dengan perolehan 161.901 suara,\" kata Ketua KPU Kubu Raya.</p>")
    found = [c for c in rep.claims if c.value == D("161901")]
    assert len(found) == 2
    assert all(c.nomor_urut == 2 and c.race_region == "6112" for c in found)


def test_a_place_or_party_in_brackets_after_a_pair_is_no_short_name_of_it():
    for short in ("Kalbar", "Garuda"):
        rep = report("Hasil Pilkada Kubu Raya 2024",
                     f"<p>Pasangan Jiwo-Sukriyanto ({short}) unggul di Kubu Raya.</p><p>"
                     f"{short} meraih 161.901 suara dalam Pilkada 2024.</p>")
        assert all(c.nomor_urut is None for c in rep.claims), short
