"""Election figures the reader used to leave unread (issue 10, recall on unseen pages): each
test is the general form behind a dev page's figure that produced no claim at all, in our own
words with that page's real figures, beside the abstention that keeps the rule from guessing."""

from __future__ import annotations

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims


def _claims(body: str, record, url: str = "https://berita.example/a"):
    snap = snapshot(url, body.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record, rules)


def _found(body: str, record) -> dict:
    return {(c.kind, str(c.value)): (c.race_kind, c.region_code, c.nomor_urut)
            for c in _claims(body, record)}


# -- progress stated of the count itself: "penghitungan di X sudah mencapai N%" -----------------

def test_the_count_of_a_regency_reaching_a_percentage_is_its_progress(shipped_record):
    found = _found("<h1>Mualem-Dek Fad unggul di Aceh Utara</h1><p>Di Kabupaten Aceh Utara, "
                   "Mualem-Dek Fad meraih 82,95% suara. TPS yang sudah dihitung berjumlah "
                   "1.107 dari 1.180 TPS. Dengan kata lain, penghitungan di Aceh Utara sudah "
                   "mencapai 93,81%.</p>", shipped_record)
    assert found[("progress", "93.81")][1] == "1108"
    assert ("share", "93.81") not in found


def test_the_real_count_reaching_a_percentage_is_progress_not_a_share(shipped_record):
    found = _found("<h1>Real count Pilpres 2024</h1><p>Prabowo-Gibran meraih 58,84 persen "
                   "suara. Suara Prabowo-Gibran masih bisa bertambah, sebab real count KPU "
                   "baru mencapai 77,57 persen.</p>", shipped_record)
    assert ("progress", "77.57") in found
    assert ("share", "77.57") not in found


def test_a_pair_between_the_count_and_its_percentage_keeps_it_a_share(shipped_record):
    found = _found("<h1>Real count Pilpres 2024</h1><p>Dalam real count KPU, Prabowo-Gibran "
                   "sudah mencapai 58,84 persen suara.</p>", shipped_record)
    assert ("progress", "58.84") not in found


def test_the_plenary_recap_done_so_far_is_no_progress_of_the_count(shipped_record):
    found = _found("<h1>Rekapitulasi nasional</h1><p>Menurut KPU, rekapitulasi tingkat nasional "
                   "Pilpres 2024 sejauh ini sudah 60 persen.</p>", shipped_record)
    assert ("progress", "60") not in found


# -- a list item: the area and the pair on one line, its count on the next ----------------------

_ELECTED = ("<h1>Daftar bupati terpilih di Sumatera Utara</h1><p>Berikut daftar bupati "
            "terpilih hasil Pilkada 2024 di Sumatera Utara:</p><ol>"
            "<li>Kabupaten Karo: Antonius Ginting - Komando Tarigan<br>Raihan suara: 98.020</li>"
            "<li>Kabupaten Labuhan Batu: Maya Hasmita - Jamri<br>Raihan suara: 113.976</li></ol>")


def test_a_count_line_under_its_area_and_pair_line_is_that_pairs(shipped_record):
    found = _found(_ELECTED, shipped_record)
    assert found[("votes", "98020")] == ("regent_mayor", "1206", 2)
    assert found[("votes", "113976")] == ("regent_mayor", "1210", 2)


def test_a_total_line_under_a_pair_line_is_no_pairs_count(shipped_record):
    found = _found(_ELECTED.replace("Raihan suara: 98.020", "Suara sah: 98.020"), shipped_record)
    assert ("votes", "98020") not in found


def test_a_line_before_the_count_that_is_no_pair_gives_it_to_nobody(shipped_record):
    found = _found(_ELECTED.replace("Antonius Ginting - Komando Tarigan", "jadwal pelantikan"),
                   shipped_record)
    assert ("votes", "98020") not in found


# -- a pair's kecamatan list without the word "Kecamatan": "Sukarami (38.326 suara), ..." -------

_PALEMBANG = ("<h1>Hasil rekapitulasi Pilgub Sumsel</h1><h2>Hasil rekapitulasi Kota Palembang"
              "</h2><p>Di Palembang, Eddy Santana Putra-Riezky Aprilia (ERA) unggul dengan "
              "338.576 suara. {}</p>")


def test_a_pairs_bracketed_counts_after_kecamatan_names_are_those_kecamatans(shipped_record):
    found = _found(_PALEMBANG.format(
        "Di Palembang, ERA unggul di Sukarami (38.326 suara), Ilir Barat I (33.972 suara), "
        "dan Kalidoni (26.004 suara)."), shipped_record)
    assert found[("votes", "38326")] == ("governor", "167107", 2)
    assert found[("votes", "33972")] == ("governor", "167104", 2)
    assert found[("votes", "26004")] == ("governor", "167110", 2)
    assert found[("votes", "338576")] == ("governor", "1671", 2)


def test_a_bracketed_name_the_kabkota_holds_no_kecamatan_of_gives_no_area(shipped_record):
    found = _found(_PALEMBANG.format(
        "Di Palembang, ERA unggul di Sukarami (38.326 suara), Gerokgak (33.972 suara)."),
        shipped_record)
    assert found[("votes", "38326")] == ("governor", "167107", 2)
    assert found.get(("votes", "33972"), (None, None, None))[1] != "1671"


def test_its_strongholds_after_a_pairs_count_are_that_pairs_kecamatan(shipped_record):
    found = _found(_PALEMBANG.format(
        "Lumbung suara terbesarnya berada di Sukarami (38.326 suara), Ilir Barat I (33.972 "
        "suara), dan Kalidoni (26.004 suara)."), shipped_record)
    assert found[("votes", "38326")] == ("governor", "167107", 2)
    assert found[("votes", "26004")] == ("governor", "167110", 2)


def test_strongholds_without_a_word_back_to_the_pair_are_nobodys(shipped_record):
    found = _found(_PALEMBANG.format(
        "Lumbung suara terbesar berada di Sukarami (38.326 suara)."), shipped_record)
    assert ("votes", "38326") not in found


# -- one unit for two counts: "Deny-Mudawamah 376.770, Dhito-Dewi 489.900 Suara" ---------------

def test_a_count_sharing_the_next_counts_unit_is_votes(shipped_record):
    found = _found("<h1>Pleno Kediri</h1><p>Pleno KPU Kabupaten Kediri: Deny-Mudawamah 376.770, "
                   "Dhito-Dewi 489.900 Suara</p><p>KPU Kabupaten Kediri menggelar rapat pleno "
                   "rekapitulasi Pilbup Kediri 2024.</p>", shipped_record)
    assert found[("votes", "376770")] == ("regent_mayor", "3506", 1)


def test_a_count_before_a_non_vote_figure_stays_unread(shipped_record):
    found = _found("<h1>Pleno Kediri</h1><p>Pleno KPU Kabupaten Kediri: Deny-Mudawamah 376.770, "
                   "Dhito-Dewi 1.200 TPS</p><p>KPU Kabupaten Kediri menggelar rapat pleno "
                   "rekapitulasi Pilbup Kediri 2024.</p>", shipped_record)
    assert ("votes", "376770") not in found


# -- "unggul tipis 47.010 suara berbanding 45.370 suara": two counts, no margin ----------------

def test_a_lead_stated_count_against_count_is_the_pairs_count(shipped_record):
    found = _found("<h1>Rekapitulasi Pilgub Kaltim</h1><p>Di Kutai Barat, Rudy-Seno unggul "
                   "tipis 47.010 suara berbanding 45.370 suara untuk Isran-Hadi.</p>", shipped_record)
    assert found[("votes", "47010")] == ("governor", "6407", 2)


def test_a_lead_of_so_many_votes_stays_a_margin(shipped_record):
    found = _found("<h1>Rekapitulasi Pilgub Kaltim</h1><p>Di Kutai Barat, Rudy-Seno unggul "
                   "tipis 1.640 suara atas Isran-Hadi.</p>", shipped_record)
    assert ("votes", "1640") not in found


# -- a rival's count after the margin in one sentence: "..., yang meraih 290.548 suara" ---------

def test_what_the_rival_obtained_after_the_margin_is_its_count(shipped_record):
    found = _found("<h1>Rekapitulasi Pilgub Babel</h1><p>Hidayat Harsani - Hellyana "
                   "mengumpulkan 299.591 suara, unggul tipis dengan selisih 9.043 suara atas "
                   "pasangan nomor urut 01, Erzaldi Rosman dan Yuri Kemal Fadlullah, yang meraih "
                   "290.548 suara.</p>", shipped_record)
    assert found[("votes", "290548")] == ("governor", "19", 1)
    assert ("votes", "9043") not in found


def test_a_margin_after_the_counts_stays_a_margin(shipped_record):
    found = _found("<h1>Rekapitulasi Pilgub Babel</h1><p>Selisih suara antara Hidayat Harsani - "
                   "Hellyana yang meraih 299.591 suara dan Erzaldi Rosman - Yuri Kemal Fadlullah "
                   "yang meraih 290.548 suara adalah 9.043 suara.</p>", shipped_record)
    assert ("votes", "9043") not in found


# -- "pasangan yang diusung PDIP itu": the pair the paragraph before named ---------------------

_BULELENG = ("<h1>Sutjidra-Supriatna menang di Buleleng</h1><p>Nyoman Sutjidra-Gede Supriatna, "
             "pasangan calon bupati Buleleng nomor urut 2, menang di semua kecamatan di "
             "Kabupaten Buleleng.</p><p>Menurut hasil rekapitulasi, pasangan {} itu "
             "mengumpulkan 227.312 suara.</p>")


def test_the_pair_a_party_backed_is_the_pair_named_before(shipped_record):
    found = _found(_BULELENG.format("yang diusung PDI Perjuangan"), shipped_record)
    assert found[("votes", "227312")] == ("regent_mayor", "5108", 2)


def test_a_pair_described_otherwise_is_nobody_named_before(shipped_record):
    found = _found(_BULELENG.format("lain yang kalah di semua kecamatan"), shipped_record)
    assert found.get(("votes", "227312"), (None, None, None))[2] != 2


def test_a_count_line_labelled_perolehan_under_its_pair_line_is_that_pairs(shipped_record):
    found = _found(_ELECTED.replace("Raihan suara: 98.020", "Perolehan: 98.020"), shipped_record)
    assert found[("votes", "98020")] == ("regent_mayor", "1206", 2)


def test_a_pairs_counts_right_after_kecamatan_names_are_those_kecamatans(shipped_record):
    found = _found(_PALEMBANG.format(
        "Di Palembang, ERA unggul di Sukarami 38.326 suara, Ilir Barat I 33.972 suara, dan "
        "Kalidoni 26.004 suara."), shipped_record)
    assert found[("votes", "38326")] == ("governor", "167107", 2)
    assert found[("votes", "33972")] == ("governor", "167104", 2)
    assert found[("votes", "26004")] == ("governor", "167110", 2)


def test_a_count_after_the_kabkota_itself_stays_the_kabkotas(shipped_record):
    found = _found(_PALEMBANG.format("ERA unggul di Palembang 338.576 suara."), shipped_record)
    assert found[("votes", "338576")] == ("governor", "1671", 2)
