"""Pilkada 2024 figures whose area or race the reader left unknown or got wrong (issue 10,
branch fix-pilkada, from the corpus's dev pages): how a page scopes a figure. Each test is one
wording pattern, in our own words with the real figures of those pages, and the same words
where the scope must stay open."""

from __future__ import annotations

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from official_data import record_with_rekap


def claims(body: str, title: str, url: str = "https://berita.example/a"):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")
    snap = snapshot(url, html.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def parts(found):
    return {(c.kind, c.value): (c.race_kind, c.race_region, c.region_code, c.nomor_urut)
            for c in found}


# -- a zero-padded ballot number standing alone names the pair ---------------------------------

_BUKITTINGGI = "Rapat pleno KPU tetapkan Ramlan-Ibnu menangkan Pilkada Bukittinggi 2024"


def test_a_bare_zero_padded_ballot_number_in_a_list_names_its_pair():
    # ANTARA Sumbar: "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01
    # dengan 1.178 suara": each count is the pair whose number comes right before it, not
    # the "Paslon 04" that opened the sentence.
    found = parts(claims(
        "<p>Keempatnya, berturut-turut menurut nomor urut: 01 Marfendi-Fauzan, 02 Nofil-Reja, "
        "03 Erman-Heldo, dan 04 Ramlan-Ibnu.</p><p>Rinciannya, di Kecamatan Guguak Panjang "
        "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01 dengan 1.178 "
        "suara dan 02 dengan 585 suara.</p><p>Di Kecamatan Aur Birugo Tigo Baleh, 04 mendapat "
        "6.242 suara, 03 meraih 5.220 suara, 01 memperoleh 1.094 dan 02 mendapat 404 suara."
        "</p>", _BUKITTINGGI))
    for value, nomor in ((10608, 4), (8806, 3), (1178, 1), (585, 2), (6242, 4), (5220, 3),
                         (404, 2)):
        race, area, region, number = found[("votes", value)]
        assert (race, area, number) == ("regent_mayor", "1375", nomor), value
        assert region is None, value  # a kecamatan's count: never the city's


def test_zero_padded_numbers_that_are_no_ballot_numbers_stay_unread_as_such():
    from checker.figures.cues import cues_for

    cues = cues_for(context().rules.figures, ())
    text = ("Rapat dimulai pukul 09.00 di TPS 03, Selasa (03/12), RT 02 RW 05, "
            "dengan 03 orang saksi dan skor 01-02.")
    assert [m.value for m in cues.ballots(text)] == []


def test_a_margin_before_a_colon_does_not_swallow_the_list_after_it():
    # "selisih ... nyaris 5.000 suara: Paslon 04 Ramlan-Ibnu meraih 14.630 suara, ...": the
    # margin is the clause before the colon; the list after it is the pairs' counts.
    found = parts(claims(
        "<p>Di Kecamatan Mandiangin Koto Selayan, selisih peraih suara terbanyak dengan "
        "pesaingnya nyaris 5.000 suara: Paslon 04 Ramlan-Ibnu meraih 14.630 suara, Paslon 03 "
        "Erman-Heldo hanya 9.837 suara dan Paslon 02 901 suara.</p><p>Di Kecamatan Aur Birugo "
        "Tigo Baleh, 04 dan 03 hanya terpaut sekitar seribu suara: 04 mendapat 6.242 suara, "
        "03 meraih 5.220 suara.</p>", _BUKITTINGGI))
    assert ("votes", 5000) not in found
    for value, nomor in ((14630, 4), (9837, 3), (901, 2), (6242, 4), (5220, 3)):
        assert found[("votes", value)][3] == nomor, value
        assert found[("votes", value)][2] is None, value


def test_a_margin_written_as_a_label_stays_a_margin():
    found = parts(claims(
        "<p>Paslon 04 Ramlan-Ibnu meraih 31.480 suara. Selisih suara: 7.617 suara.</p>",
        _BUKITTINGGI))
    assert ("votes", 7617) not in found


# -- a pair's total after its kecamatan list is the race's whole area ---------------------------

_KECAMATAN = (
    "<p>KPU Bukittinggi mencatat Paslon 04 menang di ketiga kecamatan Kota Bukittinggi.</p>"
    "<p>Di Kecamatan Mandiangin Koto Selayan, Paslon 04 Ramlan-Ibnu meraih 14.630 suara, "
    "Paslon 03 Erman-Heldo hanya 9.837 suara.</p>")


def test_a_total_after_the_kecamatan_paragraphs_is_the_citys():
    found = parts(claims(
        _KECAMATAN + "<p>Dari rekapitulasi tingkat kecamatan itu, total perolehan Erman-Heldo "
        "23.863 suara atau 39,18 persen dan Ramlan-Ibnu 31.480 suara atau 51,68 persen.</p>",
        _BUKITTINGGI))
    assert found[("votes", 14630)][2] is None  # the kecamatan's stays below the city
    for key in (("votes", 23863), ("share", Decimal("39.18")), ("votes", 31480)):
        assert found[key] == ("regent_mayor", "1375", "1375", 3 if key[1] != 31480 else 4), key


def test_a_total_closing_a_kecamatan_list_is_the_citys():
    found = parts(claims(
        "<p>Perinciannya, Ramlan-Ibnu meraih di Kecamatan Guguak Panjang 10.608 suara, "
        "Kecamatan Mandiangin Koto Selayan 14.630 suara dan total 31.480 suara.</p>",
        _BUKITTINGGI))
    assert found[("votes", 10608)][2] is None and found[("votes", 14630)][2] is None
    assert found[("votes", 31480)][2] == "1375"


def test_a_total_over_some_kecamatan_or_tps_stays_below_the_city():
    some = parts(claims(
        _KECAMATAN + "<p>Dari dua kecamatan itu, total perolehan Ramlan-Ibnu 24.838 suara.</p>",
        _BUKITTINGGI))
    assert some[("votes", 24838)][2] is None
    tps = parts(claims(
        "<p>Di TPS 03 Kelurahan Belakang Balok, Paslon 04 Ramlan-Ibnu meraih 211 suara.</p>"
        "<p>Secara total, Ramlan-Ibnu mendapat 516 suara.</p>", _BUKITTINGGI))
    assert tps[("votes", 516)][2] is None
    own = parts(claims(
        _KECAMATAN + "<p>Total perolehan suara di Kecamatan Guguak Panjang, Ramlan-Ibnu "
        "10.608 suara.</p>", _BUKITTINGGI))
    assert own[("votes", 10608)][2] is None


# -- a kab/kota's name inside a kecamatan's or desa's name -------------------------------------

_BENGKULU = "Penetapan Walikota Bengkulu Terpilih Tertunda, Dedy-Agi Ajukan Sengketa ke MK"


def test_a_kecamatan_name_holding_a_regency_name_is_not_that_regency():
    # "Kecamatan Singgaran Pati" is in Kota Bengkulu, not Kabupaten Pati (3318).
    found = parts(claims(
        "<p>Rekapitulasi hasil Pilwakot Bengkulu 2024 sudah dilaksanakan.</p><p>Perinciannya,"
        " Dani Hamdani-Sukatno meraih di Kecamatan Selebar 6.640 suara, Kecamatan Ratu Samban "
        "1.786 suara, Kecamatan Singgaran Pati 3.552 suara dan total 34.414 suara.</p>",
        _BENGKULU))
    assert found[("votes", 3552)][2] is None
    assert found[("votes", 34414)] == ("regent_mayor", "1771", "1771", 1)


def test_a_tps_in_kecamatan_siak_is_not_kabupaten_siak():
    found = parts(claims(
        "<p>Pemungutan suara ulang Pilkada Kabupaten Siak rampung di tiga TPS: TPS 03 Desa "
        "Jayapura Kecamatan Bungaraya dan TPS 03 Kampung Buantan Besar Kecamatan Siak.</p><p>"
        "Menurut hasil akhir penghitungan di ketiga TPS, Paslon nomor urut 02, Afni-Syamsurizal,"
        " unggul dengan tambahan 516 suara dari PSU.</p>", "Netfid Pantau PSU Siak Pilkada 2024"))
    assert found[("votes", 516)][2] is None


def test_a_kota_named_after_a_kelurahan_is_still_the_city():
    from checker.figures.places import in_lower_name
    from checker.figures.regions import RegionHit

    text = "di TPS 23 Kelurahan Ciumbuleuit Kota Bandung"
    at = text.index("Kota")
    assert not in_lower_name(text, RegionHit("3273", "BANDUNG", 2, at, len(text)))
    at = text.index("Ciumbuleuit")  # (the same words, the name inside the kelurahan's)
    text2 = "di Kecamatan Bandung Kulon"
    assert in_lower_name(text2, RegionHit("3273", "BANDUNG", 2, text2.index("Bandung"), 21))


def test_a_sum_over_a_few_tps_is_no_regencys_count():
    # Netfid: a re-vote at three TPS, the lead naming the race ("kursi Bupati dan Wakil Bupati
    # Siak"), then "Menurut hasil akhir penghitungan di ketiga TPS, ... 516 suara": the three
    # TPS's sum, not Siak's.
    for where in ("di ketiga TPS", "di 3 TPS", "pada tiga TPS itu"):
        body = (
            "<p>Siak, 23 Maret 2025 - Pemungutan Suara Ulang (PSU) Pilkada Kabupaten Siak pada "
            "22 Maret 2025 rampung di tiga TPS: TPS 03 Desa Jayapura Kecamatan Bungaraya dan "
            "TPS 03 Kampung Buantan Besar Kecamatan Siak. Hasilnya menambah ketegangan dalam "
            "perebutan kursi Bupati dan Wakil Bupati Siak 2025-2030.</p><p>Menurut hasil akhir "
            f"penghitungan {where}, Paslon nomor urut 02, Afni-Syamsurizal, unggul dengan "
            "tambahan 516 suara dari PSU.</p>")
        found = parts(claims(body, "Netfid Provinsi Riau Pantau PSU Siak Pilkada 2024"))
        assert found[("votes", 516)][2] is None, where


# -- a province after "Kabupaten X," is X's address -------------------------------------------

def test_the_province_after_a_regency_and_a_comma_is_its_address_not_the_area():
    # Murianews: "Komisi Pemilihan Umum (KPU) Kabupaten Jepara, Jawa Tengah, ..." then the
    # regent race's counts with the pair's nickname: Jepara's regent race, not the governor
    # race at the province.
    found = parts(claims(
        "<p>Murianews, Jepara - Komisi Pemilihan Umum (KPU) Kabupaten Jepara, Jawa Tengah, "
        "sudah menuntaskan rekapitulasi tingkat kabupaten pada Rabu (4/12/2024).</p><p>Ketua "
        "KPU Jepara mengatakan paslon nomor urut 1 mendapat 19,07 persen. Paslon nomor urut 2 "
        "memperoleh 80,93 persen suara sah.</p>", "Rekapitulasi KPU Jepara, Wiwit-Hajar Menang"))
    for key in (("share", Decimal("19.07")), ("share", Decimal("80.93"))):
        assert found[key][:3] == ("regent_mayor", "3320", "3320"), key


# -- a related article's line takes no area from this article ----------------------------------

def test_a_related_articles_line_is_not_scoped_by_this_articles_heading():
    # Tirtoberita: under "Pilkada Kabupaten Malang 2024", a link line about Jember's count.
    found = parts(claims(
        "<h2>Pilkada Kabupaten Malang 2024</h2><p>KPU Kabupaten Malang menuntaskan "
        "rekapitulasi suara pada Rabu (4/12/2024).</p><p>Baca juga: UPDATE Hasil Real Count "
        "KPU Jember, Khofifah-Emil 723.833 Suara</p><p>Sanusi-Lathifah mendapat 782.356 suara."
        "</p>", "Rekap real count KPU Kabupaten Malang, Kota Malang dan Kota Batu"))
    assert found[("votes", 723833)][2] != "3507"
    assert found[("votes", 782356)][2] == "3507"  # this article's own figure keeps its area


def test_a_related_articles_line_keeps_the_area_it_names():
    found = parts(claims(
        "<h2>Pilkada Kabupaten Malang 2024</h2><p>KPU Kabupaten Malang menuntaskan "
        "rekapitulasi suara.</p><p>Baca juga: Di Kabupaten Jember, Khofifah-Emil Raih 723.833 "
        "Suara</p>", "Rekap real count KPU Kabupaten Malang"))
    assert found[("votes", 723833)][2] == "3509"


# -- a regency's governor figures are the regency's --------------------------------------------

_BADUNG = "Final, 204.186 Suara Bawa Koster-Giri Menang di Badung"


def test_a_headline_count_where_the_pair_won_puts_the_governor_figures_there():
    # beritaterbaruid: KPU Badung's plenary of Pilgub Bali. "Gubernur Bali" is the race, not
    # where the counts were made: Badung's, held (no sentence says "di Badung" of them).
    found = claims(
        "<p>Pada rapat di Harris Hotel &amp; Residences Sunset Road, Denpasar, Koster-Giri "
        "ditetapkan meraih 204.186 suara sah.</p><p>"
        "Pasangan calon gubernur dan wakil gubernur Bali nomor urut 1, Made Muliawan "
        "Arya-Putu Agus Suradnyana (Mulia-PAS), memperoleh 111.062 suara sah.</p>", _BADUNG)
    for claim in found:
        if claim.value in (204186, 111062):
            assert (claim.race_kind, claim.race_region, claim.region_code) == (
                "governor", "51", "5103"), claim.value
            assert claim.hold == "page_region_below"


def test_a_headline_that_names_where_a_pair_won_without_a_count_places_nothing():
    from checker.figures.matching import matcher_for
    from checker.figures.places import figure_area

    matcher = matcher_for(record_with_rekap(), context().rules.figures)
    assert figure_area(matcher, "Koster-Giri Menang di Badung, Mulia-PAS di Buleleng") is None
    assert figure_area(matcher, _BADUNG) == "5103"
    assert figure_area(matcher, "Raih 204.186 Suara, Koster-Giri Menang di Badung") is None


# -- "Tahun 2024" is a year, not a candidate named Tahun -----------------------------------------

def test_the_word_tahun_before_a_year_names_no_candidate():
    # detak.co.id: the headline's count went to a regent pair of Kupang (EGUSEM PIETHER TAHUN).
    title = ("Sah! Andra Soni-Dimyati Terpilih Jadi Gubernur dan Wakil Gubernur Tahun 2024, "
             "Raih 3.102.501 Suara")
    found = claims("<p>KPU Provinsi Banten menetapkan Andra Soni-Dimyati sebagai pasangan "
                   "Gubernur dan Wakil Gubernur Banten terpilih.</p>", title)
    for claim in found:
        assert claim.race_region in (None, "36"), (claim.value, claim.race_region)


def test_the_distance_between_two_pairs_is_a_margin():
    # Jelaskata: "... mengumpulkan 33.933 suara, diikuti FKJ-Nur dengan 33.338 suara, sehingga
    # jarak keduanya 595 suara": 595 is no pair's count.
    found = parts(claims(
        "<p>Dari empat pasangan calon di pilwalkot Palopo, pasangan nomor urut 4 berada di "
        "posisi teratas. Trisal Tahir-Akhmad Syarifuddin, paslon nomor 4, mengumpulkan 33.933 "
        "suara, diikuti FKJ-Nur dengan 33.338 suara, sehingga jarak keduanya 595 suara.</p>",
        "Hasil Real Count Pilkada Palopo 2024"))
    assert ("votes", 595) not in found
    assert ("votes", 33933) in found
