"""A figure of a place below the race's area is never the race area's (blind hunt 4: niaga.asia
on the Pilwalkot Balikpapan gave Sa'bani-Syukri's 30,96 % in Balikpapan Selatan, a kecamatan,
and it was graded discrepant against the city's 25,44 %). A kab/kota's name run on into a
kecamatan's ("Balikpapan Selatan", "Medan Baru", "Bandung Kulon") or a compass word that makes
no region of its own ("Sumedang Timur") names a sub-area: its figure is held below the record's
level. A name that is a region ("Jakarta Selatan", "Lampung Selatan") keeps its region. Short
pages in our own words with the record's real figures."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")
GRADED = ("consistent", "minor", "discrepant")


def claims(ctx: Context, url: str, title: str, body: str) -> dict:
    """{str(value): (claim, status or None)} of the page's claims."""
    return {str(c.value): (c, compared.status if compared else None)
            for c, compared in every_claim(check_article(title, body, url, ctx))}


def held_below(found: dict, value: str, area: str) -> bool:
    """Not graded as the area's: held (below the record's level, or with no one area), or
    compared at the one kecamatan of the area it names (sub_area_kecamatan, or "Di Samarinda
    Ulu, ...": test_fix_strict), where these real figures are the record's."""
    claim, status = found[value]
    if claim.region_code and len(claim.region_code) == 6 and claim.region_code.startswith(area):
        return status == "consistent"
    return status not in GRADED and claim.region_code != area and \
        claim.hold in ("lower_level", "region_unclear")


# ---- the blind case: a kecamatan named after its city and a compass word, no "Kecamatan"
BALIKPAPAN = ("<p>KPU Kota Balikpapan menetapkan hasil rekapitulasi Pilwalkot Balikpapan 2024 "
              "pada Jumat. Pasangan nomor urut 3, Muhammad Sa'bani dan Syukri Wahid, menempati "
              "posisi kedua dengan 25,44 persen suara.</p><p>Keduanya paling kuat di Balikpapan "
              "Selatan, wilayah tempat mereka mengantongi 30,96 persen suara.</p>")


def test_a_city_name_and_compass_word_kecamatan_holds_its_share(shipped_context):
    found = claims(shipped_context, "https://www.niaga.asia/pilkada-balikpapan/",
                   "Rahmad-Bagus Menangkan Pilkada Balikpapan", BALIKPAPAN)
    assert found["25.44"][1] == "consistent" and found["25.44"][0].region_code == "6471"
    assert held_below(found, "30.96", "6471")


def test_the_same_city_without_the_compass_word_is_the_citys(shipped_context):
    # control: "di Balikpapan" is the city; its share is graded as the city's
    found = claims(shipped_context, "https://www.niaga.asia/pilkada-balikpapan-2/",
                   "Rahmad-Bagus Menangkan Pilkada Balikpapan",
                   "<p>KPU Kota Balikpapan menetapkan hasil rekapitulasi Pilwalkot Balikpapan "
                   "2024. Di Balikpapan, pasangan nomor urut 3 Muhammad Sa'bani-Syukri Wahid "
                   "meraih 25,44 persen suara.</p>")
    assert found["25.44"][1] == "consistent" and found["25.44"][0].region_code == "6471"


# ---- other cities' kecamatan, as the record names them
@pytest.mark.parametrize("url, title, body, city, whole, part", [
    ("https://kaltim.example.id/samarinda", "Andi Harun-Saefuddin Menang di Samarinda",
     "<p>KPU Kota Samarinda merampungkan rekapitulasi Pilwalkot Samarinda. Andi Harun-Saefuddin "
     "Zuhri meraih 88,07 persen suara melawan kolom kosong. Di Samarinda Ulu, Andi "
     "Harun-Saefuddin Zuhri mendapat 86,83 persen suara.</p>", "6472", "88.07", "86.83"),
    ("https://sumut.example.id/medan", "Rico Waas-Zakiyuddin Unggul di Pilwalkot Medan",
     "<p>KPU Kota Medan menggelar pleno rekapitulasi Pilwalkot Medan. Rico Waas-Zakiyuddin "
     "Harahap meraih 49,35 persen suara. Di Medan Baru, Rico Waas-Zakiyuddin Harahap "
     "memperoleh 45,51 persen.</p>", "1271", "49.35", "45.51"),
    ("https://jabar.example.id/bandung", "Farhan-Erwin Menangi Pilwalkot Bandung",
     "<p>KPU Kota Bandung menetapkan hasil Pilwalkot Bandung. M. Farhan-Erwin meraih 44,64 "
     "persen suara. Di Bandung Kulon, M. Farhan-Erwin meraih 48,44 persen.</p>",
     "3273", "44.64", "48.44"),
])
def test_another_citys_kecamatan_holds_its_figure(shipped_context, url, title, body, city, whole, part):
    found = claims(shipped_context, url, title, body)
    assert found[whole][1] == "consistent" and found[whole][0].region_code == city
    assert held_below(found, part, city)


# ---- a regency's figure beside its kecamatan's (the record's and a compass word's)
SUMEDANG = ("<p>KPU Kabupaten Sumedang menetapkan hasil Pilbup Sumedang 2024. Dony Ahmad "
            "Munir-Fajar Aldila meraih 49,52 persen suara se-Kabupaten Sumedang. Di Sumedang "
            "Utara, Dony Ahmad Munir-Fajar Aldila mendapat 45,59 persen suara.</p>")


def test_a_regencys_figure_beside_its_kecamatans(shipped_context):
    found = claims(shipped_context, "https://jabar.example.id/sumedang", "Dony-Fajar Menangi Pilbup "
                   "Sumedang", SUMEDANG)
    assert found["49.52"][1] == "consistent" and found["49.52"][0].region_code == "3211"
    assert held_below(found, "45.59", "3211")


def test_a_compass_word_the_record_names_no_kecamatan_of_is_still_below(shipped_context):
    found = claims(shipped_context, "https://jabar.example.id/sumedang-2", "Dony-Fajar Menangi Pilbup "
                   "Sumedang", SUMEDANG.replace("Sumedang \nUtara", "Sumedang Timur")
                   .replace("Di Sumedang Utara", "Di Sumedang Timur").replace("45,59", "41,20"))
    assert found["49.52"][1] == "consistent"
    assert held_below(found, "41.20", "3211")


# ---- names that are regions keep their region
def test_a_jakarta_kota_is_a_region_not_a_part(shipped_context):
    found = claims(shipped_context, "https://megapolitan.example.id/jaksel", "Pramono-Rano Unggul di "
                   "Jakarta Selatan",
                   "<p>KPU Provinsi Jakarta menetapkan hasil rekapitulasi Pilgub Jakarta 2024. Di "
                   "Jakarta Selatan, Pramono Anung-Rano Karno meraih 491.017 suara.</p>")
    claim, status = found["491017"]
    assert claim.region_code == "3174" and status == "consistent"


def test_a_kabupaten_named_province_and_compass_word_is_that_kabupaten(shipped_context):
    # "Lampung" alone is the province: with "Selatan" it is Kabupaten Lampung Selatan
    found = claims(shipped_context, "https://lampung.example.id/lamsel", "Mirza-Jihan Menang di Pilgub "
                   "Lampung",
                   "<p>KPU Provinsi Lampung menetapkan hasil Pilgub Lampung 2024. Rahmat "
                   "Mirzani Djausal-Jihan Nurlela meraih 82,68 persen suara. "
                   "Lampung Selatan memberi Rahmat Mirzani Djausal-Jihan Nurlela 399.233 "
                   "suara.</p>")
    claim, status = found["399233"]
    assert claim.region_code == "1801" and status == "consistent"
    assert not any(status in FLAGS for _, status in found.values())


# ---- a kecamatan of the page's kab/kota written bare, after a place word
MALANG = ("<p>KPU Kota Malang menetapkan hasil Pilwalkot Malang 2024. Wahyu Hidayat-Ali "
          "Muthohirin meraih {whole} persen suara. Di {place}, Wahyu Hidayat-Ali Muthohirin "
          "mengantongi {part} persen suara.</p>")


def test_a_bare_kecamatan_of_the_city_is_never_the_citys(shipped_context):
    # (opening its sentence with its comma, it is the kecamatan's own: test_fix_strict)
    found = claims(shipped_context, "https://malang.example.id/klojen", "Wahyu-Ali Menangi Pilwalkot "
                   "Malang", MALANG.format(whole="49,55", place="Klojen", part="50,37"))
    assert found["49.55"][1] == "consistent"
    assert found["50.37"][0].region_code == "357302" and found["50.37"][1] == "consistent"


def test_a_bare_word_that_is_no_kecamatan_of_the_city_keeps_the_city(shipped_context):
    # control: "Di Kota Malang" (no kecamatan) is the city's own figure
    found = claims(shipped_context, "https://malang.example.id/kota", "Wahyu-Ali Menangi Pilwalkot "
                   "Malang", MALANG.format(whole="49,55", place="Kota Malang", part="49,55"))
    assert all(c.region_code == "3573" for c, _ in found.values())


def test_a_kecamatan_that_is_a_venue_or_a_list_item_leaves_the_city_its_figure(shipped_context):
    # controls: where the camp watched the count, and a list item with its own figure in
    # brackets, are no place of the city's figures after them
    for place in ("rumah pemenangan mereka di Klojen", "Sukun (49,10 persen). Di Kota Malang"):
        found = claims(shipped_context, "https://malang.example.id/posko", "Wahyu-Ali Menangi "
                       "Pilwalkot Malang",
                       "<p>KPU Kota Malang menetapkan hasil Pilwalkot Malang 2024. Suara terbesar "
                       f"datang dari {place}, Wahyu Hidayat-Ali Muthohirin meraih 49,55 persen "
                       "suara.</p>")
        assert found["49.55"][0].region_code == "3573" and found["49.55"][1] == "consistent"
