"""Parts of a claim the page settles but the reader left unknown (issue 10, recall of parts):
the race's region from the race's own words, a ballot number the page gives a pair once and
then uses the pair's short name for. Each with a case where the same words must not fill it."""

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from official_data import record_with_rekap


def claims(body: str, title: str = "Hasil rekapitulasi", url: str = "https://berita.example/a"):
    html = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    snap = snapshot(url, html.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def parts(found):
    return {(c.kind, c.value): (c.election, c.race_kind, c.race_region, c.region_code,
                                c.nomor_urut) for c in found}


# -- the race's region from "Pilkada <kabupaten>" ------------------------------------------

def test_pilkada_before_a_bare_regency_name_names_the_race():
    found = parts(claims(
        "<p>Rekapitulasi penghitungan suara Pilkada Kebumen 2020 di tingkat KPU sudah selesai. "
        "Pasangan calon bupati dan wakil bupati Arif Sugiyanto-Ristawati Purwaningsih "
        "memperoleh 389.463 suara.</p>", title="Arif-Rista menang"))
    assert found[("votes", 389463)][:4] == ("pilkada2020", "regent_mayor", "3305", "3305")


def test_pilkada_before_a_name_both_a_regency_and_a_city_names_neither():
    # "Pilkada Bogor": the kabupaten or the city? The page does not say.
    found = parts(claims(
        "<p>Rekapitulasi penghitungan suara Pilkada Bogor 2020 sudah selesai. Pasangan calon "
        "Arif Sugiyanto-Ristawati Purwaningsih memperoleh 389.463 suara.</p>",
        title="Arif-Rista menang"))
    assert found[("votes", 389463)][2:4] == (None, None)


def test_a_count_of_kecamatan_in_the_headline_is_no_kecamatan_s_figure():
    # "Kuasai 24 Kecamatan": how many kecamatan the pair won, not where 60,8 % was counted.
    headline = "Raih Dukungan 60,8 Persen Suara, Arif-Rista Kuasai 24 Kecamatan"
    found = parts(claims(
        f"<h1>{headline}</h1><p>Rekapitulasi penghitungan suara Pilkada Kebumen 2020 di "
        "tingkat KPU sudah selesai. Pasangan calon bupati dan wakil bupati Arif "
        "Sugiyanto-Ristawati Purwaningsih memperoleh suara 60,8 persen.</p>", title=headline))
    assert found[("share", Decimal("60.8"))][2:4] == ("3305", "3305")


def test_a_kecamatan_named_is_still_a_lower_level():
    from checker.figures.cues import cues_for

    cues = cues_for(context().rules.figures, ())
    lower = [m for m in cues.levels("Arif-Rista Kuasai 24 Kecamatan\nRaih Dukungan") if
             m.value == "lower"]
    assert not lower
    for named in ("Arif-Rista unggul di Kecamatan Ayah", "Kecamatan Ayah: 10.559 suara",
                  "suara di 2 TPS di Desa Bojong"):
        assert [m for m in cues.levels(named) if m.value == "lower"], named


def test_each_kecamatan_paragraph_keeps_the_race_the_page_named():
    found = parts(claims(
        "<p>Rapat pleno rekapitulasi Pilbup Kebumen 2020 berlangsung di KPU Kebumen.</p>"
        "<p>Berikut data hasil pleno per kecamatan:</p>"
        "<p>Kecamatan Ayah: Kotak Kosong memperoleh 10.559 suara dan Paslon Arif-Rista 21.260 "
        "suara.</p>"
        "<p>Kecamatan Buayan: Kotak Kosong memperoleh 10.833 suara dan Paslon Arif-Rista 20.000 "
        "suara.</p>", title="Hasil pleno Pilbup Kebumen 2020"))
    for votes in (10559, 21260, 10833, 20000):
        assert found[("votes", votes)][1:4] == ("regent_mayor", "3305", None), votes


def test_a_paragraph_after_a_kecamatan_that_names_no_place_stays_unclear():
    found = parts(claims(
        "<p>Rapat pleno rekapitulasi Pilbup Kebumen 2020 berlangsung di KPU Kebumen.</p>"
        "<p>Di Kecamatan Ayah, Paslon Arif-Rista unggul dengan 21.260 suara.</p>"
        "<p>Paslon Arif-Rista juga meraih 20.000 suara.</p>",
        title="Hasil pleno Pilbup Kebumen 2020"))
    assert found[("votes", 20000)][2:4] == (None, None)


# -- a ballot number the page gives a pair once ------------------------------------------

JABAR_2018 = (
    "<p>Rapat pleno rekapitulasi suara Pilgub Jawa Barat 2018 memutuskan pasangan nomor urut 1 "
    "Ridwan Kamil-Uu Ruzhanul Ulum (RINDU) sebagai pemenang.</p>"
    "<p>Ridwan-Uu mengumpulkan 7.226.254 suara (32,88 persen), unggul dari pasangan nomor urut "
    "tiga Sudrajat - Ahmad Syaikhu, yang meraih 6.317.465 suara.</p>"
    "<p>Di Kota Bandung, RINDU juga menang dengan 500.123 suara.</p>")


def test_a_pair_s_short_name_takes_the_ballot_number_the_page_gave_it():
    found = parts(claims(JABAR_2018, title="Pilgub Jawa Barat 2018"))
    assert found[("votes", 7226254)] == ("pilkada2018", "governor", "32", "32", 1)
    assert found[("share", Decimal("32.88"))][4] == 1
    assert found[("votes", 6317465)][4] == 3


def test_a_pair_s_acronym_defined_in_brackets_takes_its_ballot_number():
    found = parts(claims(JABAR_2018, title="Pilgub Jawa Barat 2018"))
    assert found[("votes", 500123)][4] == 1


def test_a_name_sharing_one_member_with_a_numbered_pair_takes_no_number_from_it():
    # Prabowo-Sandi (2019) is not Prabowo-Gibran, whatever number the page gave the latter.
    found = parts(claims(
        "<p>Pada Pilpres 2019, pasangan nomor urut 2 Prabowo Subianto-Gibran Rakabuming Raka "
        "belum ada. Prabowo-Sandi meraih 68.650.239 suara pada Pilpres 2019.</p>",
        title="Pilpres 2019"))
    assert found[("votes", 68650239)][4] == 2  # Pilpres 2019's own number (past-candidates)


def test_a_name_two_numbered_pairs_share_takes_its_own_election_s_number():
    found = parts(claims(
        "<p>Di Pilgub Jawa Timur 2018 paslon nomor urut 1 Khofifah Indar Parawansa-Emil Dardak "
        "melawan paslon nomor urut 2 Saifullah Yusuf-Puti Guntur. Pada 2024 paslon nomor urut "
        "2 Khofifah Indar Parawansa-Emil Dardak kembali maju.</p>"
        "<p>Pada Pilgub Jawa Timur 2018, Khofifah-Emil meraih 10.465.218 suara.</p>",
        title="Pilgub Jawa Timur 2018"))
    assert found[("votes", 10465218)][4] == 1  # Pilgub Jatim 2018's own (past-candidates)


# -- "KPU Kota Banjar" is an office, not a place the record lacks ---------------------------

def test_a_kpu_office_named_with_its_city_is_no_unknown_place():
    found = parts(claims(
        "<p>Selain pilgub, Kota Banjar juga menggelar pemilihan wali kota. Menurut rekap KPU "
        "Kota Banjar, paslon nomor urut 1 Ade Uu Sukaesih-Nana Suryana menang dengan 58.020 "
        "suara.</p>", title="Pleno Pilwalkot Banjar 2018"))
    assert found[("votes", 58020)] == ("pilkada2018", "regent_mayor", "3279", "3279", 1)


def test_a_regency_the_record_does_not_know_is_still_an_unknown_place():
    found = parts(claims(
        "<p>Di Kabupaten Mahalu, Koster-Giri meraih 58.020 suara.</p>",  # (Mahulu: an alias)
        title="Pilgub Bali 2024"))
    assert found[("votes", 58020)][3] is None


# -- pairs listed, then their figures "masing-masing" --------------------------------------

def test_figures_listed_respectively_go_to_the_pairs_in_order():
    found = parts(claims(
        "<p>Di Papua, Prabowo-Gibran kembali unggul atas Anies Baswedan-Muhaimin Iskandar dan "
        "Ganjar Pranowo-Mahfud MD, yang masing-masing memperoleh 67.592 suara dan 178.534 "
        "suara.</p>", title="Rekapitulasi Pilpres 2024"))
    assert found[("votes", 67592)][4] == 1
    assert found[("votes", 178534)][4] == 3


def test_shares_listed_berturut_turut_after_three_pairs():
    found = parts(claims(
        "<p>Dalam rekapitulasi Pilgub Jakarta, Ridwan Kamil-Suswono, Dharma-Kun, dan "
        "Pramono-Rano berturut-turut meraih 39,40 persen, 10,53 persen, dan 50,07 persen.</p>",
        title="Rekapitulasi Pilgub Jakarta 2024"))
    assert found[("share", Decimal("39.40"))][4] == 1
    assert found[("share", Decimal("10.53"))][4] == 2
    assert found[("share", Decimal("50.07"))][4] == 3


def test_respective_figures_that_do_not_fit_the_list_name_no_pair_from_it():
    found = parts(claims(
        "<p>Di Papua, Prabowo-Gibran unggul atas Anies Baswedan-Muhaimin Iskandar dan "
        "Ganjar Pranowo-Mahfud MD, yang masing-masing memperoleh 67.592 suara.</p>",
        title="Rekapitulasi Pilpres 2024"))
    assert found.get(("votes", 67592), (None,) * 5)[4] not in (1, 3)


# -- a pair's name after a capitalised word that is not part of it ------------------------

def test_a_pair_named_after_a_capitalised_epithet_is_still_the_pair():
    found = parts(claims(
        "<p>Rekapitulasi Pilgub Kalimantan Timur selesai. Petahana Isran-Hadi memperoleh "
        "786.674 suara.</p>", title="Rekapitulasi Pilgub Kaltim 2024"))
    assert found[("votes", 786674)][4] == 1


def test_a_headline_verb_before_the_pair_is_dropped_but_no_single_name_is_made_up():
    headline = "KPU Jawa Tengah Tetapkan Ahmad Luthfi-Taj Yasin Raih 59,14 Persen"
    found = parts(claims(f"<h1>{headline}</h1><p>Rekapitulasi Pilgub Jawa Tengah 2024 selesai."
                         "</p>", title=headline))
    assert found[("share", Decimal("59.14"))][4] == 2
    found = parts(claims("<h1>Tetapkan Ahmad Luthfi Raih 59,14 Persen</h1><p>Rekapitulasi "
                         "Pilgub Jawa Tengah 2024 selesai.</p>", title="Pilgub Jateng"))
    assert found.get(("share", Decimal("59.14")), (None,) * 5)[4] is None


def test_a_pair_in_a_headline_far_before_a_nearer_unknown_name_is_not_taken():
    # "Ganjar Masih 16 Persen": the nearest name is Ganjar's; Prabowo-Gibran, further back
    # inside title-case words, is not the figure's pair.
    found = parts(claims(
        "<p>Baca juga: Perolehan Suara Terbaru Prabowo-Gibran di Pilpres 2024, AMIN Tertinggal "
        "Jauh, Ganjar Masih 16 Persen</p>", title="Real count Pilpres 2024"))
    assert found.get(("share", Decimal("16")), (None,) * 5)[4] != 2


def test_a_pair_joined_by_a_loose_dash_after_a_pollster_s_name():
    found = parts(claims(
        "<p>Rinciannya: Charta Politika Indonesia Pramono Anung- Rano Karno = 50,15 persen.</p>",
        title="Quick count Pilgub Jakarta 2024"))
    assert found[("share", Decimal("50.15"))][4] == 3


def test_a_regional_pair_s_nickname_from_the_alias_list():
    found = parts(claims(
        "<p>Real count KPU Pilgub Bali: Koster-Giri 61,46%, De Gadjah-Putu 38,54%.</p>",
        title="Real Count Sementara KPU Pilkada Bali"))
    assert found[("share", Decimal("38.54"))][4] == 1


# -- a short name the page gives a pair of the record in brackets --------------------------

SUMSEL = ("<p>Di Palembang, Eddy Santana Putra-Riezky Aprilia (ERA) unggul dengan 338.576 suara. "
          "Herman Deru-Cik Ujang (HDCU) mengumpulkan 233.044 suara, sedangkan Mawardi "
          "Yahya-Anita Noeringhati (MataHati) mendapat 178.208 suara.</p>"
          "<p>Di Kabupaten Lahat, HDCU unggul dengan 139.950 suara, diikuti ERA dengan 51.179 "
          "suara dan MataHati dengan 45.998 suara.</p>")


def test_a_short_name_in_brackets_after_a_pair_of_the_record_names_that_pair():
    found = parts(claims(SUMSEL, title="Rekapitulasi Pilgub Sumsel 2024"))
    era, matahati = found[("votes", 338576)][4], found[("votes", 178208)][4]
    assert era is not None and matahati is not None
    assert found[("votes", 51179)][1:] == ("governor", "16", "1604", era)
    assert found[("votes", 45998)][4] == matahati


def test_a_party_in_brackets_after_a_pair_is_no_short_name_of_it():
    found = parts(claims(
        "<p>Eddy Santana Putra-Riezky Aprilia (PDIP) unggul dengan 338.576 suara.</p>"
        "<p>Di Kabupaten Lahat, PDIP meraih 51.179 suara.</p>",
        title="Rekapitulasi Pilgub Sumsel 2024"))
    assert found.get(("votes", 51179), (None,) * 5)[4] is None


def test_a_pair_found_inside_a_run_is_looked_for_in_the_race_named_only():
    # "Respati Ardi-Astrid Widayani": "Ardi-Astrid" names a pair of another race; the page's
    # race (Pilwalkot Solo) and ballot number say who it is.
    found = parts(claims(
        "<p>Pada Pilwalkot Solo, paslon nomor urut 2 Respati Ardi-Astrid Widayani memimpin "
        "dengan 185.970 suara.</p>", title="KPU Solo Rilis Hasil Rekap"))
    assert found[("votes", 185970)][2:] == ("3372", "3372", 2)
