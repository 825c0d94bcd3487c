"""Wrong answers on the dev pages of corpus-u and corpus-w (tests/corpus/findings/corpus-u.md
and corpus-w.md), each as the wording pattern behind it, in our own words with the real
figures."""

from __future__ import annotations

from decimal import Decimal

from test_precision import run

D = Decimal


def _claims(body: str, url: str = "https://berita.example/a") -> dict:
    """value -> (election, race kind, race region, ballot number) of every claim."""
    return {c.value: (c.election, c.race_kind, c.race_region, c.nomor_urut)
            for c in run(body, url)}


# -- an earlier race the text names outweighs the year the page was written --------------------

_DKI2017 = (
    "<html><head><title>Jangan percaya hasil quick count awal</title></head><body><article>"
    "<h1>Jangan percaya hasil quick count awal</h1><p>Sabtu, 20 April 2019</p>"
    "<p>Beredar tangkapan layar berita tentang quick count LSI pada Pilkada DKI tahun 2017, "
    "dengan narasi bahwa hitung cepat tidak bisa dipercaya.</p>"
    "<p>Judul berita itu: Quick Count Sementara LSI: Ahok-Djarot 55,62%, Anies-Sandi 44,18%.</p>"
    "<p>Hasil resmi yang ditetapkan KPU DKI Jakarta: Basuki Tjahaja Purnama dan Djarot Saiful "
    "Hidayat: 42,05 persen. Anies Baswedan dan Sandiaga Uno: 57,95 persen.</p>"
    "</article></body></html>")


def test_a_race_the_text_names_with_its_pairs_outweighs_the_pages_year():
    found = _claims(_DKI2017)
    assert found[D("55.62")] == ("pilkada2017", "governor", "31", 2)
    assert found[D("44.18")] == ("pilkada2017", "governor", "31", 3)
    assert found[D("42.05")] == ("pilkada2017", "governor", "31", 2)
    assert found[D("57.95")] == ("pilkada2017", "governor", "31", 3)


def test_an_earlier_election_recalled_beside_the_pages_own_pairs_leaves_the_year_alone():
    # A 2019 page that recalls Pilpres 2014 in passing and names the 2019 pairs: 2019's.
    body = ("<html><head><title>Hasil hitung cepat</title></head><body><article>"
            "<h1>Hasil hitung cepat</h1><p>Kamis, 18 April 2019</p>"
            "<p>Seperti pada Pilpres tahun 2014, Prabowo-Hatta kalah di Jawa Tengah.</p>"
            "<p>Menurut quick count, Jokowi-Ma'ruf meraih 54,5 persen dan Prabowo-Sandi "
            "45,5 persen.</p></article></body></html>")
    found = _claims(body)
    assert found[D("54.5")][0] == "pemilu2019" and found[D("45.5")][0] == "pemilu2019"


def test_the_progress_of_a_count_of_that_race_is_that_races_too():
    body = _DKI2017.replace("</article>", "<p>Data yang masuk ke LSI waktu itu baru 5% TPS.</p>"
                            "</article>")
    assert _claims(body)[5][:3] == ("pilkada2017", "governor", "31")


# -- "Pilkada Kabupaten X" names a regent's race ------------------------------------------------

_SUKABUMI = (
    "<html><head><title>Klaim menang Pilkada 2024 setelah pencoblosan</title></head><body>"
    "<article><h1>Klaim menang Pilkada 2024 setelah pencoblosan</h1>"
    "<p>Jumat 29 November 2024</p>"
    "<p>Di Jawa Barat, beberapa paslon yang unggul menurut quick count sudah menyatakan menang, "
    "di Pilgub maupun Pilbup.</p>"
    "<h2>Klaim Kemenangan Pilgub Jawa Barat</h2>"
    "<p>Dedi Mulyadi, calon gubernur nomor urut 4, menyatakan pihaknya menang.</p>"
    "<h2>Klaim Kemenangan Pilkada Sukabumi</h2>"
    "<h3>Pilkada Kabupaten Sukabumi</h3>"
    "<p>Pasangan calon nomor urut 1, Iyos Somantri-Zainul, menyatakan menang atas paslon 02.</p>"
    "<p>\"Menurut quick count yang kami lakukan, pasangan nomor urut 1 mendapat 51,02%,\" kata "
    "ketua tim pemenangannya.</p></article></body></html>")


def test_a_section_on_pilkada_kabupaten_is_the_regents_race():
    (claim,) = [c for c in run(_SUKABUMI) if c.value == D("51.02")]
    assert (claim.race_kind, claim.region_code, claim.nomor_urut) == ("regent_mayor", "3202", 1)


# -- "01 = 19,5%": a quoted list line of a pair's share ------------------------------------------

_ABROAD = (
    "<html><head><title>Cek Fakta: Ragam hoaks seputar pemungutan suara Pemilu</title></head>"
    "<body><article><h1>Cek Fakta: Ragam hoaks seputar pemungutan suara Pemilu</h1>"
    "<p>diperbarui 12 Feb 2024, 18:00 WIB</p>"
    "<h2>Hasil hitung suara sejumlah negara di luar negeri telah selesai</h2>"
    "<p>Sebuah unggahan yang menyebut hasil hitung suara di sejumlah negara sudah selesai "
    "beredar di media sosial.</p>"
    "<p>Unggahan itu memuat foto tiga pasangan capres-cawapres 2024 dengan narasi berikut:</p>"
    "<blockquote><p>\"Jepang:</p><p>01 = 19,5%</p><p>02 = 75,2%</p><p>03 = 5,3%</p>"
    "<p>Arab Saudi</p><p>01 = 7,5%\"</p></blockquote>"
    "<p>Benarkah hitung suara di luar negeri sudah selesai? Simak penelusurannya.</p>"
    "<p>Faktanya, penghitungan suara di luar negeri belum dimulai. Unggahan itu hoaks.</p>"
    "</article></body></html>")


def _reasons(body: str, url: str) -> dict:
    from builders import context, snapshot

    from checker.analyse.pipeline import check_snapshot

    report = check_snapshot(snapshot(url, body.encode()), context())
    return {(report.claims[c.claim].value, report.claims[c.claim].nomor_urut):
            (c.status, c.reason) for c in report.comparisons}


def test_a_quoted_list_of_ballot_numbers_and_shares_is_read_as_the_hoaxs():
    found = _reasons(_ABROAD, "https://cekfakta.example/5526573/ragam-hoaks")
    assert found == {(D("19.5"), 1): ("unverifiable", "hoax_refuted"),
                     (D("75.2"), 2): ("unverifiable", "hoax_refuted"),
                     (D("5.3"), 3): ("unverifiable", "hoax_refuted"),
                     (D("7.5"), 1): ("unverifiable", "hoax_refuted")}
    for claim in run(_ABROAD, "https://cekfakta.example/5526573/ragam-hoaks"):
        assert (claim.election, claim.race_kind, claim.region_code) == \
            ("pemilu2024", "president", None)  # one country holds several PPLN areas


def test_a_number_equal_to_another_is_no_ballot_line():
    # "01 = 30" with no share or count after it is no pair's line.
    body = _ABROAD.replace("01 = 19,5%", "01 = 19 Februari").replace("02 = 75,2%", "02 = 75")
    found = _reasons(body, "https://cekfakta.example/5526573/ragam-hoaks")
    assert (D("75"), 2) not in found and all(v != D("19") for v, _ in found)


# -- the other shares of a fabricated poll one of whose shares is caught ----------------------

_EXIT_POLL = (
    "<html><head><title>Cek Fakta: Hoaks infografis hasil exit poll Pilkada Jakarta 2024"
    "</title></head><body><article><h1>Cek Fakta: Hoaks infografis hasil exit poll Pilkada "
    "Jakarta 2024</h1>"
    "<p>Sebuah infografis yang disebut hasil exit poll Pilkada Jakarta 2024 menyebar di media "
    "sosial pada Rabu 27 November 2024.</p>"
    "<p>Infografis itu menampilkan perolehan suara exit poll cagub-cawagub Jakarta 2024. "
    "Pasangan nomor urut 3 Pramono Anung-Rano Karno memperoleh 52,9 persen, disusul pasangan "
    "nomor urut 1 Ridwan Kamil-Suswono dengan 42,2 persen.</p>"
    "<p>Pasangan nomor urut 2 Dharma Pongrekun-Kun Wardana ada di posisi terakhir dengan "
    "perolehan 3,8 persen.</p>"
    "<p>Faktanya, lembaga survei itu membantah pernah merilis exit poll tersebut.</p>"
    "</article></body></html>")


def test_the_shares_of_a_quoted_poll_one_of_which_is_caught_are_the_hoaxs():
    found = _reasons(_EXIT_POLL, "https://cekfakta.example/focus/24278")
    assert found[(D("3.8"), 2)][0] == "discrepant"  # further off than any sample misses
    assert found[(D("52.9"), 3)] == ("unverifiable", "hoax_refuted")
    assert found[(D("42.2"), 1)] == ("unverifiable", "hoax_refuted")


def test_a_quoted_poll_none_of_whose_shares_is_caught_stays_an_estimate():
    # (each within 3 points of KPU's 50.07, 39.40 and 10.53: what a sample may miss by)
    body = _EXIT_POLL.replace("3,8 persen", "8,0 persen").replace("52,9", "51,9").replace(
        "42,2", "40,1")
    found = _reasons(body, "https://cekfakta.example/focus/24278")
    assert {reason for _, reason in found.values()} == {"quick_count_estimate"}


def test_a_share_caught_in_another_count_leaves_a_quoted_poll_an_estimate():
    # The Dharma share of another count (its own paragraph, a pair already given): the two
    # shares before it are one count, not caught.
    body = _EXIT_POLL.replace(
        "<p>Pasangan nomor urut 2 Dharma", "<p>Dalam survei lain, pasangan nomor urut 3 "
        "Pramono Anung-Rano Karno memperoleh 51,0 persen.</p><p>Pasangan nomor urut 2 Dharma")
    found = _reasons(body, "https://cekfakta.example/focus/24278")
    assert found[(D("52.9"), 3)] == ("unverifiable", "quick_count_estimate")
    assert found[(D("42.2"), 1)] == ("unverifiable", "quick_count_estimate")


# -- a share in a sentence with no subject of its own: the pair named just before --------------

_ROUND_UP = (
    "<html><head><title>Hasil quick count Pilkada 2024 di enam provinsi</title></head><body>"
    "<article><h1>Hasil quick count Pilkada 2024 di enam provinsi</h1>"
    "<p>Kemudian Pilkada Jawa Timur, dengan jumlah pemilih 31.402.838. KIM Plus mendukung "
    "Khofifah-Emil Dardak. Menurut hasil quick count, 58,14 persen.</p>"
    "<p>Suara masuk 97,67 persen. Berikutnya, di Pilkada Banten. KIM Plus mengusung Andra "
    "Soni-Dimyati Natakusumah. Jumlah pemilihnya 8.842.646. Menurut hasil quick count, 55,21 "
    "persen. Suara masuk 92,98 persen.</p>"
    "<p>Satu-satunya calon yang belum menang adalah di Pilkada Jakarta.</p>"
    "<p>Jumlah pemilihnya 8.252.897. KIM Plus mengusung Ridwan Kamil-Suswono. Meraih 39,18 "
    "persen. Berpotensi dua putaran.</p></article></body></html>")


def test_a_share_with_no_subject_is_the_pair_named_in_the_sentences_before():
    found = {c.value: (c.region_code, c.nomor_urut) for c in run(_ROUND_UP)
             if c.kind == "share"}
    assert found == {D("58.14"): ("35", 2), D("55.21"): ("36", 2), D("39.18"): ("31", 1)}


def test_a_subjectless_share_after_two_pairs_is_nobodys():
    body = _ROUND_UP.replace("KIM Plus mengusung Ridwan Kamil-Suswono.",
                             "Ridwan Kamil-Suswono bersaing dengan Pramono Anung-Rano Karno.")
    assert D("39.18") not in {c.value for c in run(body) if c.nomor_urut is not None}


def test_a_share_after_a_source_that_names_no_count_is_nobodys():
    # "Menurut catatan redaksi, ..." names no count: the figure may be anything counted.
    body = _ROUND_UP.replace("Menurut hasil quick count, 58,14", "Menurut catatan redaksi, 58,14")
    assert D("58.14") not in {c.value for c in run(body) if c.nomor_urut is not None}


# -- "rekapitulasi ... telah mencapai 98,72 persen": the recap's progress, no pair's share -------

_RECAP = (
    "<html><head><title>KPU RI: Rekapitulasi Pilkada 2024 tingkat provinsi sudah 98,72 persen"
    "</title></head><body><article><h1>KPU RI: Rekapitulasi Pilkada 2024 tingkat provinsi "
    "sudah 98,72 persen</h1><p>Jumat, 13 Desember 2024</p>"
    "<p>TEMPO.CO, Jakarta - Mochammad Afifuddin, Ketua KPU RI, menyebut rekapitulasi pilkada "
    "2024 untuk pemilihan gubernur telah mencapai 98,72 persen.</p></article></body></html>")


def test_the_recapitulation_reaching_a_percentage_is_no_share():
    assert [c for c in run(_RECAP) if c.kind == "share"] == []


def test_a_pair_reaching_a_share_in_the_recapitulation_is_still_its_share():
    body = _RECAP.replace("menyebut rekapitulasi pilkada 2024 untuk pemilihan gubernur telah "
                          "mencapai 98,72 persen", "menyebut dalam rekapitulasi Pilgub Jakarta, "
                          "perolehan Pramono Anung-Rano Karno telah mencapai 50,07 persen")
    assert [(c.kind, c.value, c.nomor_urut) for c in run(body)] == [("share", D("50.07"), 3)]


# -- "rekapitulasi internal": a camp's own tally, no plenary ------------------------------------

_INTERNAL = (
    "<html><head><title>Real count KPU Jakarta: Pramono-Rano unggul</title></head><body>"
    "<article><h1>Real count KPU Jakarta: Pramono-Rano unggul</h1>"
    "<p>Jumat, 29 November 2024</p>"
    "<p>Sebelumnya, Pramono Anung dan Rano Karno sudah mengumumkan kemenangan berdasarkan "
    "rekapitulasi internal. Kata Pramono, formulir C1.Hasil-KWK internal mereka menunjukkan "
    "perolehan 2.183.577 suara atau 50,07.</p></article></body></html>")


def test_a_count_after_an_internal_recapitulation_is_the_camps_own():
    (claim,) = [c for c in run(_INTERNAL) if c.value == 2183577]
    assert (claim.nomor_urut, claim.claim_type) == (3, "internal_count")


def test_a_regency_race_named_in_passing_on_a_governor_page_is_the_regents():
    # A governor-race page turning to "Pilkada Kabupaten Pulang Pisau": the regent pair's
    # Sirekap share there (61,03 %), never the governor pair number 2's (context stress).
    body = ("<html><head><title>Hasil Pilgub Kalteng 2024</title></head><body><article>"
            "<h1>Agustiar-Edy unggul di Pilgub Kalimantan Tengah</h1><p>Pasangan Agustiar "
            "Sabran-Edy Pratowo unggul dalam hitung Sirekap KPU Pilgub Kalimantan Tengah 2024."
            "</p><p>Sementara itu pada Pilkada Kabupaten Pulang Pisau, pasangan nomor urut 1 "
            "memperoleh 45.473 suara atau 61,03 persen menurut hitung Sirekap KPU.</p>"
            "</article></body></html>")
    found = _reasons(body, "https://berita.example/kalteng")
    assert (D("61.03"), 1) in found and found[(D("61.03"), 1)][0] != "discrepant"
    (share,) = [c for c in run(body, "https://berita.example/kalteng") if c.kind == "share"]
    assert (share.race_kind, share.region_code) == ("regent_mayor", "6211")
