"""How pages name kabupaten and cities (issue 10, region precision): short forms ("Inhil",
"Kuansing", "Bolmong"), old or split spellings ("Bau-Bau", "Tanjung Pinang", "Palangka
Raya"), a name that is both a kabupaten and a city ("Bogor", "Malang") or both a province
and a city ("Bengkulu", "Gorontalo"). A name is a region only where the page's own words
(a prefix, a race word, the pair's race) say which; an ambiguous name leaves the figure's
area unknown, never guessed."""

from __future__ import annotations

import pytest

from builders import context
from checker.figures.matching import matcher_for
from test_precision import run


def _matcher():
    return matcher_for(context().official, context().rules.figures)


def _codes(text: str) -> list[str | None]:
    return [h.code for h in _matcher().region_mentions(text)]


@pytest.mark.parametrize("written, code", [
    ("Inhil", "1404"), ("Inhu", "1402"), ("Rohul", "1406"), ("Rohil", "1407"),
    ("Kuansing", "1409"), ("Tanjabtim", "1507"), ("Tanjabbar", "1506"), ("Muba", "1606"),
    ("Muratara", "1613"), ("OKI", "1602"), ("OKU", "1601"), ("Lamteng", "1802"),
    ("Lamsel", "1801"), ("Tubaba", "1812"), ("Halsel", "8204"), ("Halut", "8203"),
    ("Malteng", "8101"), ("Bolmong", "7101"), ("Minut", "7106"), ("Minsel", "7105"),
    ("Bonebol", "7503"), ("Gorut", "7505"), ("Polman", "7604"), ("Lutra", "7322"),
    ("Lutim", "7324"), ("Torut", "7326"), ("Tator", "7318"), ("Jaksel", "3174"),
    ("Jakut", "3172"), ("KBB", "3217"), ("Kotim", "6202"), ("Kobar", "6201"),
    ("Kukar", "6402"), ("Kutim", "6408"), ("Kubar", "6407"), ("Tangsel", "3674"),
    ("Kabupaten Inhil", "1404"), ("Kab. Kuansing", "1409"),
])
def test_a_short_form_names_its_regency(written, code):
    hit = _matcher().region(written)
    assert hit is not None and hit.code == code


@pytest.mark.parametrize("written, code", [
    ("Kota Bau-Bau", "7472"), ("Baubau", "7472"), ("Kota Baubau", "7472"),
    ("Tanjungpinang", "2172"), ("Kota Tanjung Pinang", "2172"), ("Pangkalpinang", "1971"),
    ("Kota Pangkal Pinang", "1971"), ("Kotabaru", "6302"), ("Kabupaten Kota Baru", "6302"),
    ("Kota Palangka Raya", "6271"), ("Palangkaraya", "6271"), ("Pematangsiantar", "1272"),
    ("Kota Pematang Siantar", "1272"), ("Kabupaten Pegunungan Bintang", "9502"),
    ("Kota Padangsidimpuan", "1277"), ("Fakfak", "9203"), ("Kabupaten Tolitoli", "7204"),
    ("Kota Parepare", "7372"), ("Gunung Kidul", "3403"), ("Kabupaten Labuhan Batu", "1210"),
])
def test_an_old_or_split_spelling_names_its_region(written, code):
    hit = _matcher().region(written)
    assert hit is not None and hit.code == code


def test_a_two_word_name_written_as_three_words_is_read_whole():
    """"Labuhan Batu Utara" for the record's LABUHANBATU UTARA: not Labuhan Batu (1210)
    followed by a word, whatever order the process's hash seed gives the name tables."""
    assert _codes("Pilkada Kabupaten Labuhan Batu Utara diikuti paslon tunggal.") == ["1223"]
    assert _codes("Pilkada Kabupaten Labuhan Batu Selatan selesai.") == ["1222"]


def test_a_kota_baru_is_no_regency_without_its_prefix():
    # "ibu kota baru" (a new capital) is not Kabupaten Kotabaru.
    assert "6302" not in _codes("Pembangunan ibu kota baru di Kalimantan Timur berlanjut.")


@pytest.mark.parametrize("written", ["Bogor", "Malang", "Bekasi", "Tangerang", "Serang",
                                     "Kupang", "Sorong", "Bima", "Solok", "Tasikmalaya"])
def test_a_bare_name_of_a_kabupaten_and_a_city_is_neither(written):
    hit = _matcher().region(written)
    assert hit is None or hit.code is None


@pytest.mark.parametrize("text, code", [
    ("Pilbup Bogor 2024", "3201"), ("Pilwalkot Bogor 2024", "3271"),
    ("Pemkot Bogor menggelar", "3271"), ("Pemkab Bogor menggelar", "3201"),
    ("Bupati Malang terpilih", "3507"), ("Wali Kota Malang terpilih", "3573"),
    ("Kab. Bekasi", "3216"), ("Kota Bekasi", "3275"), ("Pilbup Kupang", "5301"),
    ("calon bupati Tangerang", "3603"), ("calon wali kota Tangerang", "3671"),
])
def test_a_prefix_or_a_race_word_says_kabupaten_or_city(text, code):
    assert _codes(text) == [code]


@pytest.mark.parametrize("text, code", [
    ("Provinsi Bengkulu", "17"), ("Kota Bengkulu", "1771"), ("Pilwalkot Bengkulu", "1771"),
    ("Pilgub Bengkulu", "17"), ("Pilbup Gorontalo", "7501"), ("Kabupaten Gorontalo", "7501"),
    ("Kota Gorontalo", "7571"), ("Pilgub Gorontalo", "75"), ("Wali Kota Jambi", "1571"),
    ("Pilwalkot Jambi", "1571"), ("Kepulauan Riau", "21"), ("Papua Barat Daya", "96"),
])
def test_a_province_and_a_city_of_one_name_follow_the_words(text, code):
    assert _codes(text) == [code]


def test_a_governor_figure_under_an_ambiguous_heading_is_not_the_province_s():
    # A section headed "Bogor" in a Pilgub Jabar story: Kabupaten or Kota Bogor, the page
    # does not say. Never the whole of Jawa Barat (named before), never a guessed Bogor.
    claims = run("<h1>Hasil Pilgub Jabar 2024</h1><p>Pleno KPU Jawa Barat sudah selesai.</p>"
                 "<h3>Bogor</h3><p>Dedi Mulyadi-Erwan Setiawan meraih 1.234.567 suara.</p>")
    found = [c for c in claims if c.value == 1234567]
    assert found and all(c.region_code not in ("32", "3201", "3271") for c in found)


def test_a_venue_of_an_ambiguous_name_leaves_the_province_s_figures_alone():
    # "Di Semarang, KPU Jateng ...": the plenary's venue (Kabupaten or Kota Semarang) is no
    # area of the province's result.
    claims = run("<h1>KPU Jateng Tetapkan Hasil Pilgub</h1><p>Di Semarang, KPU Jawa Tengah "
                 "menetapkan Ahmad Luthfi-Taj Yasin memperoleh 11.390.191 suara.</p>")
    assert {(c.region_code, c.race_region) for c in claims if c.value == 11390191} == {
        ("33", "33")}


def test_a_kalsel_governor_pair_settles_banjar():
    # Kabupaten Banjar is in Kalsel, Kota Banjar in Jawa Barat: a Kalsel governor's pair
    # says which.
    claims = run("<h1>Hasil Pilgub Kalsel 2024</h1><h3>Banjar</h3><p>Muhidin-Hasnuryadi "
                 "meraih 150.123 suara.</p>")
    assert {c.region_code for c in claims if c.value == 150123} == {"6303"}


def test_the_pair_s_race_says_which_bogor():
    # A mayor's pair settles it: Dedie Rachim stood in Kota Bogor.
    claims = run("<h1>Real Count Pilkada 2024</h1><p>Di Bogor, pasangan Dedie A Rachim-Jenal "
                 "Mutaqin unggul dengan 150.000 suara.</p>")
    found = [c for c in claims if c.value == 150000]
    assert [(c.region_code, c.race_region) for c in found] == [("3271", "3271")]


def test_a_short_form_places_a_presidential_figure():
    claims = run("<h1>Rekapitulasi Pilpres 2024 di Riau</h1><p>Di Inhil, Prabowo-Gibran "
                 "meraih 250.123 suara.</p>")
    assert {c.region_code for c in claims if c.value == 250123} == {"1404"}


def test_a_grouping_of_places_is_no_one_place():
    # "Malang Raya" is Kabupaten Malang, Kota Malang and Kota Batu together.
    claims = run("<h1>Hasil Pilgub Jatim 2024</h1><p>Di Malang Raya, Khofifah-Emil meraih "
                 "612.345 suara.</p>")
    found = [c for c in claims if c.value == 612345]
    assert found and all(c.region_code not in ("35", "3507", "3573", "3579") for c in found)


def test_a_table_that_lists_the_city_apart_writes_the_kabupaten_bare():
    # A Sirekap-style table of Pilgub Jatim by kab/kota: "Malang" beside "Kota Malang".
    claims = run("<h1>Rekap Pilgub Jatim 2024 per kabupaten/kota</h1><table><tr><th>Kabupaten"
                 "/Kota</th><th>Khofifah-Emil</th></tr><tr><td>Malang</td><td>612.345</td></tr>"
                 "<tr><td>Kota Malang</td><td>201.234</td></tr></table>")
    where = {c.value: c.region_code for c in claims}
    assert where.get(612345) == "3507" and where.get(201234) == "3573"


@pytest.mark.parametrize("sentence", [
    "Di wilayah Sidoarjo, Khofifah-Emil meraih 612.345 suara.",
    "Khofifah-Emil meraih 612.345 suara di wilayah Sidoarjo.",
    "Untuk Sidoarjo, Khofifah-Emil meraih 612.345 suara.",
    "Warga Sidoarjo memberi Khofifah-Emil 612.345 suara.",
    "Khofifah-Emil meraih 612.345 suara dari Sidoarjo.",
    "Di Jawa Timur, Khofifah-Emil meraih 612.345 suara dari Kabupaten Sidoarjo.",
])
def test_a_regency_s_figure_in_a_governor_race_is_never_the_province_s(sentence):
    # A bare kabupaten name after a word that makes it a place: the figure is Sidoarjo's,
    # never compared with the whole of Jawa Timur.
    claims = run("<h1>Hasil Rekapitulasi Pilgub Jatim 2024</h1><p>KPU Jawa Timur menetapkan "
                 "Khofifah-Emil unggul.</p><p>" + sentence + "</p>")
    assert {(c.region_code, c.race_region) for c in claims if c.value == 612345} == {
        ("3515", "35")}


def test_where_a_person_came_from_is_no_place_of_a_figure():
    claims = run("<h1>Hasil Rekapitulasi Pilgub Jatim 2024</h1><p>Khofifah, yang kemarin datang dari "
                 "Tuban, bersama Emil meraih 12.192.165 suara.</p>")
    assert {c.region_code for c in claims if c.value == 12192165} == {"35"}


@pytest.mark.parametrize("written, code", [
    ("Kabupaten Toba Samosir", "1212"), ("Kabupaten Mamuju Utara", "7601"),
    ("Kabupaten Maluku Tenggara Barat", "8103"), ("Kabupaten Kepulauan Siau Tagulandang Biaro",
                                                  "7109"),
    ("Kota Tidore", "8272"), ("Kota Tidore Kepulauan", "8272"), ("Sangihe", "7103"),
])
def test_a_former_name_or_a_name_the_record_abbreviates_names_its_region(written, code):
    hit = _matcher().region(written)
    assert hit is not None and hit.code == code


@pytest.mark.parametrize("text, code", [
    ("Kota Gunung Sitoli", "1278"), ("Kota Bukit Tinggi", "1375"),
    ("Kabupaten Kota Waringin Timur", "6202"), ("Kota Banjar Baru", "6372"),
    ("Pilwalkot Padang Panjang", "1374"),
])
def test_a_name_split_unlike_the_record_is_read_by_its_letters(text, code):
    assert _codes(text) == [code]


def test_rules_refuse_a_short_form_of_two_places_and_an_entry_without_a_source():
    from checker.ruleset.regions import REGIONS_SHAPE, parse_regions
    from checker.ruleset.schema import RulesError, validate

    def parse(raw):
        return parse_regions(validate(raw, REGIONS_SHAPE, "regions"), "regions.yaml")

    source = "https://id.wikipedia.org/wiki/Kabupaten_Musi_Rawas"
    ok = parse({"names": [{"code": "1605", "names": ["Musi Rawas"], "source": source}],
                "groups": [{"name": "Mura", "codes": ["1605", "6212"], "source": source}]})
    assert ok.aliases == {"1605": ("musi rawas",)} and ok.groups == {"mura": ("1605", "6212")}
    for bad in ({"names": [{"code": "1605", "names": ["mura"], "source": source},
                           {"code": "6212", "names": ["Mura"], "source": source}]},
                {"names": [{"code": "1605", "names": ["mura"], "source": ""}]},
                {"names": [{"code": "16O5", "names": ["mura"], "source": source}]},
                {"names": [], "groups": [{"name": "mura", "codes": ["1605"], "source": source}]}):
        with pytest.raises(RulesError):
            parse(bad)


def _jatim_table(cell: str) -> dict:
    claims = run("<h1>Hasil Rekapitulasi Pilgub Jatim 2024</h1><p>KPU Jawa Timur menetapkan "
                 "Khofifah-Emil unggul.</p><table><tr><th>Kabupaten/Kota</th><th>Khofifah-Emil"
                 "</th></tr><tr><td>" + cell + "</td><td>612.345</td></tr><tr><td>Gresik</td>"
                 "<td>401.234</td></tr></table>")
    return {c.value: (c.region_code, c.hold) for c in claims}


@pytest.mark.parametrize("cell", ["1. Sidoarjo", "12) Sidoarjo", "Sidoarjo (Kab.)",
                                  "KAB. SIDOARJO", "Kabupaten Sidoarjo"])
def test_a_table_row_s_regency_written_with_its_number_or_kind_after(cell):
    assert _jatim_table(cell) == {612345: ("3515", None), 401234: ("3525", None)}


def test_a_table_row_of_a_place_the_record_does_not_know_is_no_figure_of_the_province():
    # A kecamatan (or a misspelt regency) in a governor race's table: never Jawa Timur's.
    assert _jatim_table("Kecamatan Waru")[612345] == (None, "region_unknown")


def test_an_inline_list_s_regency_is_the_place_of_the_figure_right_after_it():
    claims = run("<h1>Hasil Rekapitulasi Pilgub Jatim 2024</h1><p>KPU Jawa Timur menetapkan "
                 "Khofifah-Emil unggul.</p><p>Khofifah-Emil: Sidoarjo 612.345 suara, Gresik "
                 "401.234 suara.</p><p>Hasil Pilkada Demak 2024 belum ditetapkan.</p>")
    assert {c.value: c.region_code for c in claims if c.value > 1000} == {
        612345: "3515", 401234: "3525"}
