"""Wrong answers met on pages never tuned on (issue 10, corpus-j and corpus-k: the pages of
tests/corpus/batches/corpus-j.txt and corpus-k.txt, measured before any change; see
tests/corpus/findings/corpus-jk.md). Each test is the wording behind one wrong answer on a dev
page, in our own words with the real figures."""

from __future__ import annotations

from decimal import Decimal as D

from test_precision import run


def _by_value(body: str) -> dict:
    return {c.value: c for c in run(body)}


# ---- A line linking to another article scopes nothing after it.
KALTARA = ("<h1>Paslon Nomor Urut 2 Unggul di Kaltara</h1><p>TANJUNG SELOR - Pasangan calon "
           "presiden nomor urut 2 Prabowo Subianto - Gibran Rakabuming Raka memimpin perolehan "
           "suara di Kalimantan Utara.</p><p>Menurut data KPU di infopemilu2024.kpu.go.id, "
           "paslon nomor urut 2 Prabowo Subianto - Gibran Rakabuming Raka mengumpulkan 63.470 "
           "suara atau 66,08 persen.</p><p>Baca juga  Syarat Calon Perseorangan di Pilgub "
           "Kaltara 2024 Minimal 10 Persen dari DPT</p><p>Angka itu masih sementara, sebab "
           "suara yang masuk baru 30,24 persen.</p>")


def test_a_related_article_line_gives_no_election_to_the_paragraph_after_it():
    # kaltaranews: the progress of the Pilpres count was read as the Pilgub's, the election
    # a "Baca juga" line named (a link to another story) between the figures.
    progress = _by_value(KALTARA)[D("30.24")]
    assert progress.kind == "progress"
    assert (progress.election, progress.race_kind) == ("pemilu2024", "president")


# ---- Bounds and totals are no pair's figures.
def test_a_share_not_yet_reached_is_a_bound():
    # arn24: "... Anies-Muhaimin dan Ganjar-Mahfud, yang sama-sama belum menembus 25 persen"
    body = ("<h1>Real count Pilpres 2024</h1><p>Prabowo-Gibran meraih 58,84 persen. Raihan itu "
            "mengungguli Anies-Muhaimin dan Ganjar-Mahfud, yang sama-sama belum menembus 25 "
            "persen.</p>")
    found = _by_value(body)
    assert D("58.84") in found and D("25") not in found


def test_a_total_labelled_in_a_list_is_no_pair_s_votes():
    # orinews: KIP Aceh's final figures, one per line; "Total suara:" (valid and invalid
    # together) was read as the votes of the pair on the line before.
    body = ("<h1>KIP Aceh Tetapkan Hasil Pilgub Aceh 2024</h1><p>KIP Aceh mengumumkan angka "
            "akhir tingkat provinsi sebagai berikut:</p><ul><li>Bustami Hamzah-Fadhil Rahmi: "
            "1.309.375 suara</li><li>Muzakir Manaf-Fadhlullah: 1.492.846 suara</li><li>Jumlah "
            "suara sah: 2.802.221</li><li>Jumlah suara tidak sah: 125.593</li><li>Total suara: "
            "2.927.814</li></ul>")
    found = _by_value(body)
    assert found[1492846].nomor_urut == 2
    assert not any(c.kind == "votes" and c.value == 2927814 for c in run(body))


# ---- Pairs named by the nicknames the page gave each member in brackets.
DISTORI = ("<h1>Mualem-Dek Fad Unggul Telak di Aceh Utara, Raih 82,95% Suara Sementara</h1>"
           "<p>Pasangan calon Gubernur dan Wakil Gubernur Aceh Muzakir Manaf (Mualem) dan "
           "Fadhlullah (Dek Fad) memimpin perolehan suara Pilkada Aceh 2024 di Kabupaten Aceh "
           "Utara, atas Bustami Hamzah (Om Bus) dan M. Fadhil Rahmi (Syech Fadhil).</p><p>Dari "
           "1.107 TPS yang sudah direkap, Mualem-Dek Fad mengantongi 285.930 suara, sedangkan "
           "Om Bus-Syech Fadhil mendapat 58.791 suara.</p>")


def test_members_nicknamed_in_brackets_name_the_pair_their_nicknames_join():
    # distori.id: "Muzakir Manaf (Mualem) dan Fadhlullah (Dek Fad)", then "Mualem-Dek Fad
    # mengantongi 285.930 suara": read with no pair (KPU: 1 BUSTAMI HAMZAH - M. FADHIL RAHMI,
    # 2 MUZAKIR MANAF - FADHLULLAH).
    found = _by_value(DISTORI)
    assert {v: found[v].nomor_urut for v in (D("82.95"), 285930, 58791)} == \
        {D("82.95"): 2, 285930: 2, 58791: 1}


def test_nicknames_of_nobody_name_no_pair():
    body = DISTORI.replace("Muzakir Manaf (Mualem) dan Fadhlullah", "Mualim Rahman (Mualem) "
                           "dan Fadli Hasan")
    assert _by_value(body)[285930].nomor_urut is None


# ---- A region's name never runs across a line break.
def test_a_headline_ending_in_kabupaten_kota_is_no_prefix_of_the_dateline_city():
    # lampost.co: the headline ends "... Versi Pleno KPU 15 Kabupaten/Kota", the next line
    # opens "Bandar Lampung (Lampost.co) —" (the dateline): read as "Kota Bandar Lampung", the
    # headline's votes of the governor pair were given to the city.
    body = ("<h1>Paslon Mirza-Jihan Raih 3.159.467 Suara Versi Pleno KPU 15 Kabupaten/Kota</h1>"
            "<p>Bandar Lampung (Lampost.co) — Paslon nomor urut 2 Rahmat Mirzani Djausal dan "
            "Jihan Nurlela (Mirza-Jihan) memenangi pemilihan gubernur Lampung 2024.</p>")
    headline = next(c for c in run(body) if c.value == 3159467)
    assert headline.region_code != "1871"


# ---- A kab/kota's plenary of both its own race and the governor's.
DEPOK = ("<h1>KPU Kota Depok Tetapkan Supian-Chandra sebagai Pemenang Pilkada Depok 2024</h1>"
         "<p>KOTA DEPOK - KPU Kota Depok menetapkan Supian Suri dan Chandra Rahmansyah sebagai "
         "peraih suara terbanyak Pilkada Depok 2024, usai rapat pleno hasil penghitungan suara "
         "Pilgub Jawa Barat dan Pilkada Depok.</p><p>Pasangan nomor urut 1 (Imam-Ririn) "
         "memperoleh 396.863 suara, sedangkan pasangan nomor urut 2 (Supian-Chandra) "
         "mengumpulkan 451.785 suara.</p><p>Untuk Pilgub Jawa Barat, pasangan nomor urut 1 Acep "
         "Adang-Gitalis Dwinatarina mendapat 92.535 suara. Terakhir pasangan nomor urut 4, Dedi "
         "Mulyadi-Erwan Setiawan, menjadi yang tertinggi dengan 439.110 suara.</p>")


def test_governor_votes_on_a_city_page_that_gives_the_city_race_are_the_city_s_count():
    # posberitakota: KPU Kota Depok's plenary of the mayor race and of Pilgub Jabar; the
    # governor pairs' counts (Depok's part of the province) were given the province's code.
    # They stay held (no sentence says "di Depok"), under the city's code.
    found = _by_value(DEPOK)
    assert found[451785].region_code == "3276"
    for value in (92535, 439110):
        assert (found[value].race_kind, found[value].region_code) == ("governor", "3276")
        assert found[value].hold is not None


def test_governor_votes_on_a_provincial_plenary_held_in_a_city_stay_the_province_s():
    # kupastuntas: KPU Provinsi Lampung's plenary "di Hotel Emersia, Kota Bandar Lampung":
    # a venue, and the page gives no figure of the city's own race.
    body = ("<h1>Mirza - Jihan Raih 3,3 Juta Suara Dalam Pilgub Lampung 2024</h1><p>Bandar "
            "Lampung - KPU Provinsi Lampung menggelar rekapitulasi perolehan suara Pilgub "
            "Lampung 2024 di Hotel Emersia, Kota Bandar Lampung, Sabtu (7/12/2024).</p><p>"
            "Hasilnya, cagub nomor urut 2, Rahmat Mirzani Djausal dan Jihan Nurlela Chalim, "
            "memperoleh 3.300.681 suara, sedangkan nomor urut 1, Arinal Djunaidi dan Sutono, "
            "mendapat 691.076 suara.</p>")
    assert _by_value(body)[3300681].region_code == "18"


def test_a_quick_count_of_the_governor_race_on_a_city_page_is_not_the_city_s():
    # liputan6 (a TPS story): quick counts of Pilkada Jabar estimate the whole province.
    body = DEPOK.replace("Untuk Pilgub Jawa Barat, pasangan", "Menurut quick count Indikator "
                         "untuk Pilgub Jawa Barat, pasangan")
    found = _by_value(body)
    assert found[451785].region_code == "3276"
    assert found[92535].region_code != "3276"


# ---- What a percentage is.
def test_a_share_a_pronoun_obtained_after_a_count_of_polling_stations_is_a_share():
    # pojokredaksi: "Dari 7 TPS sampel di sana, mereka hanya memperoleh 68,31% suara" was read
    # as progress ("TPS" before it); "mereka" (Eri-Armuji) obtained it.
    body = ("<h1>Eri-Armuji Menang Telak Lawan Kotak Kosong di Pilwali Surabaya 2024</h1><p>"
            "Quick count Charta Politika mencatat Eri-Armuji meraih 83,93% suara.</p><p>"
            "Kecamatan Tegalsari menjadi wilayah dengan kemenangan paling tipis bagi Eri-Armuji. "
            "Dari 7 TPS sampel di sana, mereka hanya memperoleh 68,31% suara.</p>")
    kinds = {c.value: c.kind for c in run(body)}
    assert kinds.get(D("68.31")) != "progress"
    assert kinds[D("83.93")] == "share"


def test_a_percentage_of_polling_stations_in_is_still_progress():
    body = ("<h1>Real count Pilwali Surabaya 2024</h1><p>Data dari 7 TPS yang masuk baru "
            "68,31 persen.</p>")
    assert {c.kind for c in run(body) if c.value == D("68.31")} <= {"progress"}


def test_the_data_gathered_reaching_a_percentage_by_a_time_is_progress():
    # lintassumbar: "menyebut data terakhir yang terkumpul hingga Rabu (27/11/2024) pukul
    # 23.00 WIB sudah mencapai 97,71%" (the campaign's tabulation) was read as the pair's share.
    body = ("<h1>Mahyeldi-Vasko Unggul di Pilgub Sumbar 2024</h1><p>Sekretaris Tim Pemenangan "
            "Mahyeldi-Vasko, Rahmat Saleh, menyebut data terakhir yang terkumpul hingga Rabu "
            "(27/11/2024) pukul 23.00 WIB sudah mencapai 97,71%.</p><p>Menurut tabulasi internal "
            "tim, Mahyeldi-Vasko meraih 77,15% suara.</p>")
    kinds = {c.value: c.kind for c in run(body)}
    assert kinds.get(D("97.71")) in (None, "progress")
    assert kinds[D("77.15")] == "share"


# ---- A count restating the share before it.
def test_a_count_said_to_equal_the_share_before_it_is_the_same_pair_s():
    # bisnis.com (Depok): "... unggul dengan 53,25% suara. Angka itu setara dengan 446.113
    # suara pemilih di Kota Depok." / "... mendapat 46,75% suara. Jumlahnya setara 391.660
    # suara." Both counts were missed.
    body = ("<h1>Hasil Real Count KPU Pilkada Kota Depok 2024</h1><p>Paslon wali kota Depok "
            "nomor urut 2 Supian-Chandra Rahmansyah unggul dengan 53,25% suara. Angka itu setara "
            "dengan 446.113 suara pemilih di Kota Depok.</p><p>Di tempat kedua, pasangan nomor "
            "urut 01 Imam Budi Hartono-Ririn Farabi mendapat 46,75% suara. Jumlahnya setara "
            "391.660 suara.</p>")
    found = _by_value(body)
    assert (found[446113].nomor_urut, found[391660].nomor_urut) == (2, 1)
    assert found[446113].region_code == "3276"
