"""Causes of wrong attributions on the corpus's dev pages (branch fix-dev), each from a real
dev case told in our own words with its real figures."""

from __future__ import annotations

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot


def report(body: str, url: str):
    return check_snapshot(snapshot(url, body.encode()), context())


def by_value(rep):
    return {Decimal(c.value): (c, rep.comparisons[i]) for i, c in enumerate(rep.claims)}


def test_a_debunk_reports_which_past_pair_a_quote_is_about_without_calling_it_the_hoax():
    # A 2019 clarification of a Pilkada DKI 2017 quick count screenshot (Saber Hoaks): the
    # shares are the pairs' of round two, Ahok-Djarot (2) and Anies-Sandi (3). The roster says
    # which pair each is; it must not turn a quoted figure into the refuted hoax's.
    rep = report("<h1>Jangan Percaya Hasil Quick Count</h1><p>[DISINFORMASI]</p><p>Beredar "
                 "tangkapan layar artikel quick count LSI pada Pilkada DKI tahun 2017.</p>"
                 "<p>[PENJELASAN]</p><p>Artikel dalam tangkapan layar itu berjudul Quick Count "
                 "Sementara LSI: Ahok-Djarot 55,62%, Anies-Sandi 44,18%. Faktanya, data yang "
                 "masuk waktu itu baru 5% TPS.</p><p>Kesimpulan: quick count bergerak.</p>",
                 "https://saberhoaks.example/2019/04/20/jangan-percaya-quick-count")
    found = by_value(rep)
    ahok, ahok_status = found[Decimal("55.62")]
    anies, anies_status = found[Decimal("44.18")]
    assert (ahok.election, ahok.race_kind, ahok.race_region, ahok.nomor_urut) == \
        ("pilkada2017", "governor", "31", 2)
    assert anies.nomor_urut == 3
    assert (ahok_status.status, ahok_status.reason) == ("unverifiable", "other_election")
    assert (anies_status.status, anies_status.reason) == ("unverifiable", "other_election")


def test_a_percentage_of_so_many_polling_stations_is_the_count_s_progress():
    # A campaign's internal count in Banten (BantenNews) and PDIP's in Badung (Bali): "100
    # persen dari 17.231 TPS", "100 persen data TPS" say how much of the count is in.
    rep = report("<h1>Real count internal Andra-Dimyati di Pilgub Banten 2024</h1><p>Tim "
                 "pemenangan merilis hasil real count internal. Data tersebut sudah mencakup "
                 "100 persen dari 17.231 TPS di seluruh Banten. Andra-Dimyati memperoleh "
                 "3.097.589 suara.</p>", "https://berita.example/2024/11/29/real-count-banten")
    (progress,) = [c for c in rep.claims if c.kind == "progress"]
    assert (progress.value, progress.race_kind, progress.region_code) == (100, "governor", "36")
    rep = report("<h1>Koster-Giri unggul di Badung</h1><p>Hasil di Badung berbeda dengan data "
                 "internal PDIP yang mencakup 100 persen data TPS. Dalam data internal PDIP, "
                 "Koster-Giri meraih 204.005 suara.</p>",
                 "https://berita.example/2024/12/01/pilgub-bali-badung")
    assert [c.value for c in rep.claims if c.kind == "progress"] == [100]
    assert not [c for c in rep.claims if c.kind == "share"]


def test_the_republic_after_kpu_is_no_candidate_s_name():
    # Republika on KPU's real count for DKI Jakarta: "KPU RI" is the commission, not a name
    # that would own the percentage; the count reached it, so it is the count's progress.
    rep = report("<h1>Real Count Terkini KPU, Prabowo Kalahkan Anies di DKI Jakarta</h1><p>"
                 "Penghitungan bertahap (real count) Pilpres 2024 oleh Komisi Pemilihan Umum (KPU) "
                 "RI yang tampil di "
                 "laman pemilu2024.kpu.go.id pada Selasa (17/2/2024) untuk wilayah DKI Jakarta "
                 "sudah mencapai 69,45 persen.</p>",
                 "https://berita.example/2024/02/17/real-count-dki")
    (progress,) = rep.claims
    assert (progress.kind, progress.value, progress.race_kind, progress.region_code) == \
        ("progress", Decimal("69.45"), "president", "31")


def test_a_pair_s_valid_votes_restated_as_a_share_is_its_share():
    # KPU Papua Selatan's plenary as the Merauke regency's site told it: "dengan 68.991 suara
    # sah atau sekitar 25,53 persen" gives the pair's count, then the same as its share of the
    # valid votes; "suara sah" there is the count's unit, not the topic of the percentage.
    rep = report("<h1>Apolo-Paskalis raih suara terbanyak di Pilgub Papua Selatan</h1><p>"
                 "Berikutnya Paslon Romanus Mbaraka-Albertus Muyak dengan 68.991 suara sah atau "
                 "sekitar 25,53 persen, lalu Paslon Darius Gewilom-Yusak Yaluwo dengan 49.000 "
                 "suara sah atau sekitar 18,13 persen.</p>",
                 "https://berita.example/2024/12/10/pilgub-papua-selatan")
    shares = {(c.value, c.nomor_urut, c.region_code) for c in rep.claims if c.kind == "share"}
    assert shares == {(Decimal("25.53"), 3, "93"), (Decimal("18.13"), 1, "93")}
    # A total's ratio keeps its own topic: no pair's share in "suara sah 97,5 persen".
    rep = report("<h1>Pilgub Papua Selatan</h1><p>Dari pengguna hak pilih, jumlah suara sah "
                 "97,5 persen.</p>", "https://berita.example/2024/12/10/pilgub-papua-selatan")
    assert not [c for c in rep.claims if c.kind == "share"]


def test_a_percentage_that_opens_a_list_of_the_pairs_shares_is_the_count_s_progress():
    # Liputan6's list of quick count headlines for Pilgub Jabar: "LSI Denny JA Pilkada Jabar
    # 77%: Acep-Gitalis 10,64%, ..." gives how much of the sample was in, then each pair's.
    rep = report("<h1>Hasil quick count Pilgub Jabar 2024</h1><ul><li>Hasil Quick Count LSI "
                 "Denny JA Pilkada Jabar 77%: Acep-Gitalis 10,64%, Jeje-Ronal 9,22%, "
                 "Syaikhu-Ilham 17,94%, Dedi-Erwan 62,20%</li></ul>",
                 "https://berita.example/2024/11/27/quick-count-jabar")
    progress = [(c.value, c.race_kind, c.region_code) for c in rep.claims if c.kind == "progress"]
    assert progress == [(Decimal("77"), "governor", "32")]
    assert Decimal("10.64") in {c.value for c in rep.claims if c.kind == "share"}


def test_voters_a_pair_s_share_comes_to_or_that_back_it_are_its_votes():
    # Sumbar's governor race as two outlets told a campaign's tabulation, and Jateng's Pilpres
    # count: "77,15% suara, setara 1.754.310 pemilih", "didukung 12.096.454 pemilih" count the
    # voters who chose the pair, its votes; the turnout after them stays no pair's.
    rep = report("<h1>Mahyeldi-Vasko menang di Pilgub Sumbar 2024</h1><p>Menurut tabulasi "
                 "internal tim, Mahyeldi-Vasko meraih 77,15% suara, setara 1.754.310 pemilih, "
                 "dari total suara sah 2.342.853. Jumlah DPT sebanyak 4.103.406 pemilih.</p>",
                 "https://berita.example/2024/11/28/mahyeldi-vasko")
    votes = [(c.value, c.nomor_urut, c.region_code) for c in rep.claims if c.kind == "votes"]
    assert votes == [(1754310, 1, "13")]
    rep = report("<h1>Mahyeldi-Vasko menang di Pilgub Sumbar 2024</h1><p>Hasil tabulasi itu "
                 "menempatkan Mahyeldi-Vasko pada 77,15% suara, setara 1.754.310 pemilih.</p>",
                 "https://berita.example/2024/11/28/mahyeldi-vasko")
    assert [c.value for c in rep.claims if c.kind == "votes"] == [1754310]
    rep = report("<h1>Rekapitulasi Pilpres 2024 di Jawa Tengah</h1><p>Di Jawa Tengah, "
                 "Prabowo-Gibran didukung 12.096.454 pemilih, sedangkan 3.000.000 pemilih "
                 "tidak datang.</p>", "https://berita.example/2024/03/10/pilpres-jateng")
    votes = [(c.value, c.nomor_urut, c.region_code) for c in rep.claims if c.kind == "votes"]
    assert votes == [(12096454, 2, "33")]


def test_a_headline_that_opens_with_what_was_won_gives_it_to_the_pair_after_the_comma():
    # Beritaborneo on KPU NTB's Pilpres plenary: "Raih 2,1 Juta Suara, Prabowo-Gibran Menang
    # di NTB": the headline's figure is the pair's named after it.
    rep = report("<html><head><title>Raih 2,1 Juta Suara, Prabowo-Gibran Menang di NTB"
                 "</title></head><body><h1>Raih 2,1 Juta Suara, Prabowo-Gibran Menang di NTB"
                 "</h1><p>KPU NTB menetapkan hasil rekapitulasi Pilpres 2024.</p></body></html>",
                 "https://berita.example/2024/03/05/pilpres-ntb")
    votes = {(c.value, c.nomor_urut, c.region_code) for c in rep.claims if c.kind == "votes"}
    assert votes == {(2100000, 2, "52")}
    # Nobody named after the comma: still nobody's.
    rep = report("<h1>Raih 2,1 Juta Suara, KPU NTB Tetapkan Hasil Pilpres</h1><p>KPU NTB "
                 "menetapkan hasil rekapitulasi Pilpres 2024.</p>",
                 "https://berita.example/2024/03/05/pilpres-ntb")
    assert not [c for c in rep.claims if c.kind == "votes"]


def test_a_headline_writes_the_unit_once_for_the_count_after_it_too():
    # kumparan on KPU Bali's plenary: "Koster-Giri 1,4 Juta Suara, De Gadjah-PAS 886 Ribu": the
    # second pair's count shares the first's unit, as "Deny-Mudawamah 376.770, Dhito-Dewi
    # 489.900 Suara" shares the second's.
    rep = report("<h1>Rekapitulasi Pilgub Bali: Koster-Giri 1,4 Juta Suara, De Gadjah-PAS 886 "
                 "Ribu</h1><p>KPU Bali menetapkan hasil rekapitulasi Pilgub Bali 2024.</p>",
                 "https://berita.example/2024/12/08/rekapitulasi-pilgub-bali")
    votes = {(c.value, c.nomor_urut, c.region_code) for c in rep.claims if c.kind == "votes"}
    assert votes == {(1400000, 2, "51"), (886000, 1, "51")}


def test_a_party_ranked_after_the_data_in_is_no_progress():
    # detikINET on Charta Politika's Pileg quick count: "dengan 92.3% data masuk, PDIP berada di
    # urutan pertama dengan 15,85%": the progress word comes before, but the party's place in
    # the ranking and its share stand between: 15,85 is PDIP's share, not a second progress.
    rep = report("<h1>Quick count Pileg 2024</h1><p>Menurut Quick Count Charta Politika tingkat "
                 "nasional dengan 92.3% data masuk, PDIP berada di urutan pertama dengan 15,85%."
                 "</p>", "https://berita.example/2024/02/15/quick-count-pileg")
    assert [c.value for c in rep.claims if c.kind == "progress"] == [Decimal("92.3")]


def test_a_quick_count_by_island_group_gives_each_share_its_group_or_province():
    # ANTARA on Charta Politika's Pilpres quick count by "kelompok wilayah": the lead of the pair
    # "ada di wilayah Maluku Papua dengan 66,82 persen suara" is its share there, and so are
    # those that follow; an island group is several provinces (area unknown), a province its own.
    rep = report("<h1>Charta Politika: Prabowo-Gibran unggul di hampir seluruh wilayah RI</h1>"
                 "<p>Menurut rinciannya, keunggulan tertinggi Prabowo-Gibran ada di wilayah "
                 "Maluku Papua dengan 66,82 persen suara, disusul Jawa Timur 63,42 persen, Bali "
                 "Nusa Tenggara 62,1 persen, Sumatera 57,52 persen, dan Jawa Tengah Yogyakarta "
                 "50,75 persen.</p>", "https://berita.example/2024/02/15/charta-per-wilayah")
    shares = {(c.value, c.nomor_urut, c.race_kind, c.region_code)
              for c in rep.claims if c.kind == "share"}
    assert shares == {(Decimal("66.82"), 2, "president", None),
                      (Decimal("63.42"), 2, "president", "35"),
                      (Decimal("62.1"), 2, "president", None),
                      (Decimal("57.52"), 2, "president", None),
                      (Decimal("50.75"), 2, "president", None)}
    # A gap between the pairs stays a margin: "keunggulan ... di Jawa Tengah dengan selisih".
    rep = report("<h1>Charta Politika: Prabowo-Gibran unggul</h1><p>Keunggulan Prabowo-Gibran "
                 "atas Anies-Muhaimin di Jawa Tengah dengan 20 persen suara.</p>",
                 "https://berita.example/2024/02/15/charta-per-wilayah")
    assert not [c for c in rep.claims if c.kind == "share"]


def test_votes_already_in_after_a_percentage_are_the_count_s_progress():
    # Pojok Redaksi on Charta's quick count of Surabaya: "saat 98% suara sudah masuk".
    rep = report("<h1>Quick count Pilwalkot Surabaya 2024</h1><p>Pukul 19.27 WIB, saat 98% "
                 "suara sudah masuk, Eri-Armuji memimpin dengan 84,04%.</p>",
                 "https://berita.example/2024/11/27/quick-count-surabaya")
    progress = [(c.value, c.region_code) for c in rep.claims if c.kind == "progress"]
    assert progress == [(98, "3578")]
