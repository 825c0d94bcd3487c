"""Precision of the parts a claim states (issue 10): a claim that names a wrong kind, race or
region is worse than one that leaves a part unknown. Each case is a way real pages are written
that made the reader state a wrong part (benchmarks/bench_accuracy.py, dev pages)."""

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from official_data import record_with_rekap


def claims(body: str, title: str = "Rekapitulasi Pilgub Jawa Tengah 2024",
           url: str = "https://berita.example/a"):
    html = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    snap = snapshot(url, html.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return list(extract_claims(page, snap, record_with_rekap(), rules))


def values(found, kind="votes"):
    return {c.value for c in found if c.kind == kind}


# -- totals are not a pair's votes --------------------------------------------------------

OLD = "Hasil Pleno Pilkada Kebumen 2020"  # an election the record does not hold: names as written


def test_a_district_s_counted_valid_and_invalid_ballots_are_not_votes():
    found = claims("<p>Kecamatan Ayah: jumlah suara yang dihitung 32.720, suara sah 31.819, "
                   "suara tidak sah 1.901. Kotak Kosong memperoleh 10.559 suara dan Paslon "
                   "Arif-Rista 21.260 suara.</p>", title=OLD)
    assert values(found) == {10559, 21260}


def test_valid_and_invalid_halves_of_a_whole_are_not_votes():
    found = claims("<p>Pasangan Arif-Rista meraih 389.463 suara. Menurut Hevy, total surat suara "
                   "sah dan tidak sah mencapai 596.437, terdiri dari 568.302 suara sah dan "
                   "28.135 suara tidak sah.</p>", title=OLD)
    assert values(found) == {389463}


def test_a_total_after_the_pairs_figures_is_not_the_last_pair_s():
    found = claims("<p>Andika-Hendi memperoleh 7.870.084 suara, sedangkan Luthfi-Yasin "
                   "11.390.191 suara, dengan total suara sah 19.260.275.</p>")
    assert values(found) == {7870084, 11390191}


def test_the_count_shares_are_taken_of_is_not_votes():
    found = claims("<p>Luthfi-Yasin memimpin dengan 11.390.191 suara atau 59,14 persen dari "
                   "19.260.275 suara yang telah masuk.</p>")
    assert values(found) == {11390191}


def test_a_pair_s_valid_votes_stay_votes():
    found = claims("<p>Pasangan Luthfi-Yasin meraih 11.390.191 suara sah atau 59,14 persen.</p>")
    assert values(found) == {11390191}


def test_a_pair_s_valid_votes_after_a_vote_word_stay_votes():
    found = claims("<p>Pasangan Luthfi-Yasin meraih suara sah sebanyak 11.390.191, sedangkan "
                   "Andika-Hendi dengan perolehan suara sah 7.870.084.</p>")
    assert values(found) == {11390191, 7870084}


def test_a_count_after_a_share_of_the_valid_votes_is_the_pair_s():
    found = claims("<p>Pasangan Luthfi-Yasin meraih 59,14 persen dari total suara sah yaitu "
                   "11.390.191 suara.</p>")
    assert values(found) == {11390191}


def test_a_share_after_the_total_it_is_taken_of_stays_the_pair_s():
    found = claims("<p>Pasangan Luthfi-Yasin memperoleh 11.390.191 suara dari total suara sah "
                   "19.260.275, atau 59,14 persen.</p>")
    assert values(found) == {11390191}
    assert [(c.value, c.nomor_urut) for c in found if c.kind == "share"] == [
        (__import__("decimal").Decimal("59.14"), 2)]


# -- a presidential figure on a regency's page ------------------------------------------

def test_a_regency_s_pilpres_plenary_gives_its_figures_the_regency_not_the_country():
    found = claims("<p>KPU Kabupaten Kudus, Jawa Tengah, menegaskan hasil rekapitulasi perolehan "
                   "suara capres-cawapres tingkat Kabupaten Kudus tetap sah.</p><p>Untuk "
                   "perolehan suara, dukungan tertinggi diraih pasangan nomor 02, Prabowo "
                   "Subianto - Gibran Rakabuming Raka, sebanyak 336.243 suara atau 61,04 "
                   "persen.</p>", title="KPU: Rekapitulasi Suara Hasil Pilpres Sah")
    votes = [c for c in found if c.kind == "votes"]
    assert [(c.value, c.nomor_urut, c.region_code) for c in votes] == [(336243, 2, "3319")]
    assert votes[0].hold == "page_region_below"  # still never compared with the country's


# -- the race of a place named with no race word ------------------------------------------

def test_a_dki_city_s_figures_are_the_governor_race_s_dki_elects_no_mayor():
    found = claims("<p>Di Jakarta Utara, Ahok-Djarot meraih 418.068 suara dan Anies-Sandi "
                   "466.340 suara.</p>", title="Rekapitulasi KPU DKI 2017: Anies-Sandi Menang")
    assert {(c.value, c.race_kind, c.race_region, c.region_code) for c in found} == {
        (418068, "governor", "31", "3172"), (466340, "governor", "31", "3172")}


def test_a_province_that_elects_no_governor_leaves_the_race_unknown():
    found = claims("<p>Di DI Yogyakarta, Fulan-Badu meraih 31.511 suara.</p>",
                   title="Hasil Rekapitulasi Pilkada 2024")
    assert [(c.value, c.race_kind) for c in found] == [(31511, None)]


# -- a province's short name --------------------------------------------------------------

def test_bare_yogyakarta_is_the_province_as_bare_jambi_and_bengkulu_are():
    from checker.figures.matching import matcher_for

    matcher = matcher_for(record_with_rekap(), context().rules.figures)

    def codes(text):
        return [hit.code for hit in matcher.region_mentions(text)]
    assert codes("Hasil Pilpres per provinsi: Yogyakarta") == ["34"]
    assert codes("Rekapitulasi Provinsi Yogyakarta") == ["34"]
    assert codes("KPU Kota Yogyakarta") == ["3471"]
    assert codes("Pilwalkot Yogyakarta") == ["3471"]


# -- a list under the line that introduces it; a venue ---------------------------------------

KUMPARAN = ("<p>Penghitungan surat suara Pilpres 2019 oleh KPU rampung pada Senin malam.</p>"
            "<p>Selepas penghitungan, KPU langsung mengesahkan hasil Pemilu di kantornya di "
            "Jakarta, Senin (20/5). Lewat SK No. 980 tentang Penetapan Hasil Pemilihan Umum "
            "2019, hasil resmi KPU RI adalah sebagai berikut:</p><ul>"
            "<li>Jokowi-Ma'ruf: 85.607.362 suara (55,50%)</li>"
            "<li>Prabowo-Sandi: 68.650.239 suara (44,50%)</li></ul>")


def test_list_items_are_of_the_election_their_introducing_line_names():
    found = claims(KUMPARAN, title="Hasil Rekapitulasi KPU yang Memenangkan Jokowi")
    assert found and {c.election for c in found} == {"pemilu2019"}


def test_the_city_of_a_venue_is_not_the_figures_area():
    found = claims(KUMPARAN, title="Hasil Rekapitulasi KPU yang Memenangkan Jokowi")
    assert found and {c.region_code for c in found} <= {"", None}


# -- a race named on the page of a place inside it -------------------------------------------

def test_a_city_plenary_s_governor_figures_are_not_given_the_province_s_area():
    found = claims("<p>Banjar – Rabu, 04/07/2018</p>"
                   "<p>KPU Kota Banjar menggelar rapat pleno rekapitulasi Pilkada serentak 2018 "
                   "tingkat Kota Banjar.</p><p>Untuk pemilihan gubernur dan wakil gubernur Jawa "
                   "Barat, paslon nomor urut 1 Ridwan Kamil-Uu Ruzhanul Ulum memimpin dengan "
                   "37.785 suara (34.13%).</p>",
                   title="KPU Kota Banjar Gelar Rapat Pleno Rekapitulasi Pilgub dan Pilwalkot")
    # "tingkat Kota Banjar": the city's own plenary, so the city's count of the Jabar race
    # (branch acc-region; without that line it stays unknown: test_region_scope.py).
    assert found and {(c.race_kind, c.race_region, c.region_code) for c in found} == {
        ("governor", "32", "3279")}


def test_the_site_name_after_a_title_is_no_place_the_page_is_about():
    from checker.figures.claims import _page_scope
    from checker.figures.cues import cues_for
    from checker.figures.matching import matcher_for

    rules = context().rules
    html = ("<html><head><title>Menang Telak di Pilkada Wonogiri - Rakyat Jateng</title></head>"
            "<body><article><h1>Menang Telak di Pilkada Wonogiri</h1><p>Rapat pleno KPU "
            "menetapkan hasil.</p></article></body></html>")
    snap = snapshot("https://berita.example/a", html.encode())
    page = extract(snap, rules.vocabulary, rules.figures.params)
    scope = _page_scope(page, matcher_for(record_with_rekap(), rules.figures),
                        cues_for(rules.figures, ()))
    # Never Jawa Tengah from the site's name; "Pilkada Wonogiri" itself may name the regency
    # (branch acc-recall reads a Pilkada's place as its race's region).
    assert scope.region is None or scope.region.code == "3312"


# -- progress is not a pair's share -----------------------------------------------------------

def kinds_of(found, value):
    from decimal import Decimal
    return {c.kind for c in found if c.value == Decimal(value)}


def test_progress_worded_as_what_came_in_or_was_gathered_is_not_a_share():
    found = claims("<p>Ridwan Kamil-Uu 32,88 persen. Data KPU Jabar yang masuk sudah 90,90 "
                   "persen, berasal dari 68.137 TPS.</p><p>Khofifah-Emil unggul; Formulir C1 "
                   "yang terkumpul 98,77 persen.</p>", title="Situng KPU Pilgub 2018")
    assert "share" not in kinds_of(found, "90.90") | kinds_of(found, "98.77")


def test_a_quick_count_s_sample_in_is_not_a_share():
    found = claims("<p>Luthfi-Yasin unggul dengan 59,30% suara, dari 83,75% sampel suara yang "
                   "masuk ke Litbang Kompas.</p>", title="Quick Count Pilgub Jateng 2024")
    assert "share" not in kinds_of(found, "83.75") and "share" in kinds_of(found, "59.30")


def test_a_total_labelled_across_and_is_not_votes():
    found = claims("<p>Halim-Joko meraih 305.563 suara.</p><p>Baca juga: KPU Kota Magelang "
                   "Tunggu Penyampaian Sengketa</p><p>Jumlah suara sah tercatat "
                   "533.970, suara tidak sah 33.587, sehingga total suara sah dan tidak sah "
                   "567.557 suara.</p>", title="Hasil Rekapitulasi Suara Pilkada Bantul 2020, "
                   "Halim-Joko Raih 305.563 Suara")
    assert values(found) == {305563}
