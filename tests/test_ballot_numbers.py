"""Ballot numbers and elections of figures in running text (issue 10, attribution precision):
the pair a figure is given to, and so its nomor urut, and the election it belongs to. Each
test is a wording met on a real page, in our own words with the record's real figures
(scripts/record_lookup.py). Precision first: a wrong number is worse than none."""

from __future__ import annotations

from test_precision import graded, run


def _ballots(body: str, url: str = "https://berita.example/a") -> dict:
    return {c.value: c.nomor_urut for c in run(body, url)}


# -- the record's roster: a pair written with a word more, or a short name --------------------

def test_a_pair_written_with_an_extra_word_is_its_pair_in_the_race():
    # KPU Sulteng's plenary (12 Dec 2024): "Anwar Hafid - Reny Lamadjido (BERANI) unggul
    # dengan 724.518 suara". KPU writes the head as "Dr. ANWAR, S.Sos., M.Si.": "Hafid" is in
    # no word of the record, so the pair named nobody and the figure had no number.
    body = ("<h1>Rekapitulasi Pilgub Sulteng 2024 Selesai</h1><p>KPUD Sulawesi Tengah "
            "menetapkan hasil pemilihan gubernur. Anwar Hafid \u2013 Reny Lamadjido (BERANI) "
            "unggul dengan 724.518 suara.</p>")
    assert _ballots(body) == {724518: 2}


def test_a_short_name_cut_from_a_longer_one_is_its_pair():
    # "Muhidin-Hasnur Menang 82,4 Persen" (Pilgub Kalsel 2024; HASNURYADI SULAIMAN) and
    # "Deny-Mudawamah 376.770, Dhito-Dewi 489.900 Suara" (Pilbup Kediri; HANINDHITO HIMAWAN
    # PRAMANA): a short name the page cuts from the member's own name.
    body = ("<h1>Muhidin-Hasnur Menang 82,4 Persen di Pilgub Kalsel</h1>"
            "<p>KPU Kalimantan Selatan menggelar pleno rekapitulasi pemilihan gubernur.</p>")
    assert {str(k): v for k, v in _ballots(body).items()} == {"82.4": 1}
    body = ("<h1>Pleno KPU Kabupaten Kediri: Deny-Mudawamah 376.770, Dhito-Dewi 489.900 "
            "Suara</h1><p>KPU Kabupaten Kediri menggelar rapat pleno pemilihan bupati.</p>")
    assert _ballots(body).get(489900) == 2 and _ballots(body).get(376770) in (None, 1)


def test_a_nickname_matching_nobody_in_the_pair_names_nobody():
    # "Prabowo-Sandi" (Pilpres 2019) is not Prabowo-Gibran of 2024: a written member that
    # shares no word with the member of the pair is another person. A 2024 page comparing
    # with 2019 must not give the 2019 pair's count the 2024 pair's number; the 2019 pair's
    # own number, with Pilpres 2019 (rules/past-candidates.yaml), is right.
    body = ("<h1>Hasil Pilpres</h1><p>Menurut KPU, Prabowo-Sandi meraih 68.650.239 suara "
            "secara nasional.</p>")
    assert {(c.election, c.nomor_urut) for c in run(body, "https://berita.example/a")} in (
        {("pemilu2019", 2)}, set())
    assert not graded(body)
    # Nor a written pair whose members are of two different pairs ("Ridwan-Rano").
    body = ("<h1>Pilgub DKI Jakarta 2024</h1><p>Di Jakarta, Ridwan-Rano meraih 1.718.160 "
            "suara.</p>")
    assert _ballots(body) in ({1718160: None}, {})


# -- where the name before a figure is not its pair's ------------------------------------------

def test_a_name_after_tps_is_the_place_not_the_pair():
    # "Bobby-Surya Kalah Telak di TPS Edy Rahmayadi, Hanya Raih 65 Suara" (Sindonews, 27 Nov
    # 2024): the TPS where Edy Rahmayadi voted. The 65 votes are Bobby-Surya's (ballot 1).
    body = ("<h1>Bobby-Surya Kalah Telak di TPS Edy Rahmayadi, Hanya Raih 65 Suara</h1>"
            "<p>MEDAN - Paslon gubernur Sumatra Utara nomor urut 1 kalah di TPS tempat cagub "
            "nomor urut 2 memberikan suaranya.</p>")
    assert _ballots(body) == {65: 1}


def test_votes_written_for_a_pair_after_them_are_that_pair_s():
    # "Anies-Muhaimin unggul dengan 200.583 suara berbanding 192.884 suara untuk
    # Prabowo-Gibran" (Republika, Jakarta Pusat, 17 Feb 2024); the same in Radar Balikpapan's
    # Kutai Barat line. The second count is the pair named after it.
    body = ("<h1>Real Count Pilpres 2024 di DKI Jakarta</h1><p>Di Jakarta Pusat, "
            "Anies-Muhaimin unggul dengan 200.583 suara berbanding 192.884 suara untuk "
            "Prabowo-Gibran.</p>")
    assert _ballots(body) == {200583: 1, 192884: 2}


# -- the page's own numbers for a pair the record names otherwise ----------------------------

def test_a_pair_the_page_numbered_keeps_its_number_in_a_later_sentence():
    # Probolinggo's Rutan TPS (27 Nov 2024): "Paslon nomor urut 2 Gus Haris-Lora Fahmi meraup
    # 153 suara", later "pasangan Gus Haris-Lora Fahmi meraih 153 suara dari total 216".
    body = ("<h1>Paslon Menang Telak di TPS Rutan</h1><p>Penghitungan surat suara Pemilihan "
            "Bupati Probolinggo di TPS khusus Rutan Kraksaan selesai.</p><p>Paslon nomor urut "
            "1 Zulmi-Rasit memperoleh 52 suara, sementara Paslon nomor urut 2 Gus Haris-Lora "
            "Fahmi meraup 153 suara.</p><p>Selama tiga jam itu, pasangan Gus Haris-Lora Fahmi "
            "meraih 153 suara di TPS tersebut.</p>")
    claims = run(body)
    assert {c.nomor_urut for c in claims if c.value == 153} == {2}
    assert {c.race_region for c in claims if c.value == 153} == {"3513"}


def test_a_pair_numbered_on_a_page_before_the_vote_keeps_its_number():
    # "Hoaks Hasil Pilpres di Malaysia Menangkan Prabowo-Gibran 83,3 Persen" (10 Feb 2024,
    # before the vote): the body numbers the pair ("pasangan nomor urut 2, Prabowo Subianto
    # dan Gibran Rakabuming Raka (Prabowo-Gibran)"); the headline's figure is ballot 2's too.
    body = ("<h1>Hoaks Hasil Pilpres di Malaysia Menangkan Prabowo-Gibran 83,3 Persen</h1>"
            "<p>Ruteng \u00b7 10 Februari 2024</p><p>Sebuah flyer hasil pemilihan presiden "
            "2024 di Malaysia beredar. Grafik itu menunjukkan pasangan nomor urut 2, Prabowo "
            "Subianto dan Gibran Rakabuming Raka (Prabowo-Gibran), menang dengan 83,3 "
            "persen.</p>")
    url = "https://ekora.example/2024/02/10/hoaks-hasil-pilpres-malaysia"
    assert {c.nomor_urut for c in run(body, url)} == {2}


# -- the election: a dated count is not the head's earlier election ----------------------------

def test_a_count_dated_in_2024_is_not_the_2019_election_the_headline_names():
    # "Suara Prabowo Lampaui Perolehan Pilpres 2019" (Podcastnews, 27 Feb 2024): "Menurut
    # real count sementara KPU hingga Selasa (27/2/2024) ..., pasangan nomor urut 2 Prabowo
    # Subianto-Gibran Rakabuming Raka sudah mengumpulkan 75.033.960 suara." The headline's
    # Pilpres 2019 is what the count is compared with, not the count's election.
    body = ("<h1>Suara Prabowo Lampaui Perolehan Pilpres 2019</h1><p>Menurut real count "
            "sementara KPU hingga Selasa (27/2/2024) pukul 19.42 WIB, pasangan nomor urut 2 "
            "Prabowo Subianto-Gibran Rakabuming Raka sudah mengumpulkan 75.033.960 suara.</p>"
            "<p>Saat itu, menurut rekapitulasi nasional Pilpres 2019 yang diumumkan Selasa "
            "(21/5/2019), Prabowo-Sandi hanya meraih total 68.650.239 suara.</p>")
    elections = {c.value: (c.election, c.nomor_urut) for c in run(body)}
    assert elections[75033960] == ("pemilu2024", 2)
    assert elections[68650239] == ("pemilu2019", 2)  # its own 2019 number (past-candidates)


def test_a_pair_named_far_before_a_figure_does_not_take_it_by_the_page_s_numbers():
    # A linked headline (Tribun Timur, 1 Mar 2024): "Perolehan Suara Terbaru Prabowo-Gibran di
    # Pilpres 2024, AMIN Tertinggal Jauh, Ganjar Masih 16 Persen". The page numbers
    # Prabowo-Gibran (2) in its text; the 16 persen is Ganjar's, and must never be ballot 2's.
    body = ("<h1>Real Count Pilpres 2024: AMIN Menang 1 Putaran</h1><p>Menurut data KPU per "
            "29 Februari 2024, paslon nomor dua, Prabowo Subianto dan Gibran Rakabuming Raka, "
            "unggul.</p><p>Paslon nomor tiga Ganjar Pranowo \u2013 Mahfud MD 16,68 persen "
            "suara.</p><p>Baca juga: Perolehan Suara Terbaru Prabowo-Gibran di Pilpres 2024, "
            "AMIN Tertinggal Jauh, Ganjar Masih 16 Persen</p>")
    assert _ballots(body).get(16) in (None, 3)
    assert graded(body).get(16) in (None, "consistent")


def test_they_is_the_pair_not_the_empty_box_it_ran_against():
    # Tribunnews (29 Nov 2024), Pilbup Sukoharjo's single pair: "pasangan Etik Suryani-Eko
    # Sapto Purnomo juga melawan kotak kosong. Hitung cepat ... menempatkan mereka di 70,50
    # persen, kotak kosong 29,50 persen." "Mereka" (they) is the pair (ballot 1), never the
    # empty box named last.
    body = ("<h1>Daerah dengan Calon Tunggal pada Pilkada Serentak 2024</h1><p>Di Kabupaten "
            "Sukoharjo, pasangan Etik Suryani-Eko Sapto Purnomo juga melawan kotak kosong. "
            "Hitung cepat yang dipantau di rumah pemenangan mereka hingga pukul 16.50 WIB "
            "menempatkan mereka di 70,50 persen, kotak kosong 29,50 persen.</p>")
    assert {str(k): v for k, v in _ballots(body).items()} == {"70.50": 1, "29.50": 2}


def test_progress_in_a_line_of_another_race_s_pairs_is_that_race_s():
    # Merdeka's Pilgub Bali page (28 Nov 2024) links "Real Count KPU Suara Masuk 35% di Bali:
    # Prabowo Unggul 52,89%, Anies 44,38%, Ganjar 35,87%": the 35% counted is the Pilpres's
    # in Bali (February 2024), not the governor race the page is about.
    body = ("<h1>Real Count Sementara KPU Pilkada Bali: Koster-Giri 61,46%</h1><p>Real count "
            "KPU menempatkan Wayan Koster-I Nyoman Giri Prasta di atas Made Muliawan "
            "Arya-Putu Agus Suradnyana di Bali.</p><p>Real Count KPU Suara Masuk 35% di Bali: "
            "Prabowo Unggul 52,89%, Anies 44,38%, Ganjar 35,87%</p>")
    progress = [c for c in run(body) if c.kind == "progress"]
    assert [(c.election, c.race_kind) for c in progress] in ([], [("pemilu2024", "president")])
    assert progress


def test_after_the_body_names_the_recorded_election_the_head_s_earlier_one_is_left():
    # The same page ends "Sebagai informasi, Prabowo-Gibran kini memimpin perolehan suara
    # Pilpres 2024 dengan 75.033.960 ...", then "Anies-Muhaimin di posisi kedua dengan
    # 31.186.568 suara": its own paragraph names no election; the last one the text named
    # is the Pilpres 2024, not the headline's 2019.
    body = ("<h1>Suara Prabowo Lampaui Perolehan Pilpres 2019</h1><p>Saat itu, menurut "
            "rekapitulasi nasional Pilpres 2019, Prabowo-Sandi hanya meraih total 68.650.239 "
            "suara.</p><p>Sebagai informasi, Prabowo-Gibran kini memimpin perolehan suara "
            "Pilpres 2024 dengan 75.033.960 atau 58,84 persen.</p><p>Anies-Muhaimin di posisi "
            "kedua dengan 31.186.568 suara atau 24,46 persen.</p>")
    elections = {c.value: (c.election, c.nomor_urut) for c in run(body)}
    assert elections[31186568] == ("pemilu2024", 1)
    assert elections[68650239] == ("pemilu2019", 2)  # its own 2019 number (past-candidates)
    # A page about the earlier election alone keeps it for every paragraph.
    body = ("<h1>Hasil Rekapitulasi Pilpres 2019</h1><p>KPU menetapkan hasil Pilpres 2019."
            "</p><p>Prabowo-Sandi meraih 68.650.239 suara.</p>")
    assert {c.election for c in run(body)} == {"pemilu2019"}
