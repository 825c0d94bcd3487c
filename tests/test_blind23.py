"""The twenty-third blind run (38 real pages on regent and mayor races in Sumatra and Kalimantan
nobody had tuned on, 2026-12-07): four flags on two pages, all four false.

1. A survey told by its respondents: a pollster's poll of Kubu Raya before the vote gave "pair
   two ... was chosen by 42.8%", the two other pairs after it, and in the same paragraph "2.3%
   of the respondents gave no choice"; the page named no count at all ("survei" only in the
   next paragraphs). The three shares had no count type and were graded `discrepant` against
   Sirekap as counts of unstated basis. A count of votes has no respondents: a figure whose
   paragraph counts respondents and names no count of votes there is the survey's (held).
2. What a count covers, read as a share: a campaign's C1 tally of Pekanbaru, "the vote at 100
   percent comes to 163.987" (the team's data all in), graded as Agung-Markarius's share of
   100 against 46,55. No race has a pair that can hold 100 percent of the votes (a lone pair
   faces the empty column): 100 is no pair's share. And "from the total 80 percent of the
   count's results that have come in" (the Batam camp) is the count's progress, no share.

Short pages in our own words with the real figures of the shipped record: Kubu Raya (Sirekap 28
Nov 10:15, 99,63 %: Rosalina-Marijan 5,98, Sujiwo-Sukiryanto 51,00, Rusman Ali-Fachri 43,02),
Kota Pekanbaru (Sirekap 28 Nov 10:15, 99,35 %: Agung Nugroho-Markarius Anwar 46,55, 161.117
votes; Muflihun-Ade Hartati 20,55), Kotawaringin Timur (Sirekap 28 Nov 10:15, 97,45 %:
Halikinnor-Irawati 39,45, Sanidin-Siyono 35,49, Rudini-Paisal 25,07), Pilgub DKI (Sirekap 28
Nov 10:00, 99,93 %: Pramono-Rano 50,07)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.candidate_name, c.status, c.reason)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


# ---- 1. A survey's answers, told by its respondents, no count named.
KUBU = "Lembaga Kajian: Paslon Sujiwo-Sukiryanto Berpeluang Menang di Pilkada Kubu Raya"
KUBU_POLL = ("Hasilnya, kata peneliti lembaga itu, pasangan nomor urut dua, Sujiwo-Sukiryanto, "
             "dipilih sebanyak 42,8%. Di urutan kedua, pasangan nomor urut tiga, Rusman "
             "Ali-Muhammad Fachri, didukung 32,2%, dan pasangan nomor urut satu, "
             "Rosalina-Marijan, dipilih 22,7%. Sebanyak 2,3% responden belum memberikan "
             "jawaban.")


@pytest.mark.parametrize("title, paragraphs, shares", [
    # the ceritakita.viva shape: respondents after the shares, the word "survei" only later
    (KUBU, (KUBU_POLL, "Hasil kajian juga menunjukkan sebagian pemilih masih bisa berubah."),
     [42.8, 32.2, 22.7]),
    # respondents before the shares, another regency and pairs
    ("Halikinnor-Irawati Diprediksi Unggul di Kotawaringin Timur",
     ("Dari 800 responden yang diwawancarai di 17 kecamatan, pasangan Halikinnor-Irawati "
      "dipilih oleh 47,5 persen, Sanidin-Siyono 30,1 persen dan Muhammad Rudini Darwan "
      "Ali-Paisal Damarsing 15,2 persen.",), [47.5, 30.1, 15.2]),
    # a city race, one pair only, "responden" in the paragraph's last sentence
    ("Agung-Markarius Teratas dalam Kajian Jelang Pilwako Pekanbaru",
     ("Pasangan Agung Nugroho-Markarius Anwar berada di posisi teratas dengan 38,5 persen. "
      "Kajian itu melibatkan 1.200 responden di 15 kecamatan.",), [38.5]),
])
def test_a_survey_of_respondents_is_not_graded(shipped_context, title, paragraphs, shares):
    claims = found(shipped_context, title, *paragraphs)
    assert not flags(claims), claims
    assert sorted(f[1] for f in claims if f[0] == "share") == sorted(shares), claims
    assert {f[4] for f in claims if f[0] == "share"} == {"survey"}, claims


# Negative controls: the same shares said to be KPU's real count are still graded (the wrong
# ones flagged, a right one consistent), even with respondents in the paragraph; an exit
# poll's respondents keep it a quick count.
@pytest.mark.parametrize("paragraph, expected", [
    ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto meraih "
     "42,8 persen dan Rusman Ali-Muhammad Fachri 32,2 persen.",
     [("share", 42.8, "discrepant"), ("share", 32.2, "discrepant")]),
    ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto meraih "
     "51,00 persen. Survei sebelumnya terhadap 1.200 responden memperkirakan hasil yang mirip.",
     [("share", 51.0, "consistent")]),
    ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto meraih "
     "42,8 persen. Survei sebelumnya terhadap 1.200 responden memperkirakan hasil yang mirip.",
     [("share", 42.8, "discrepant")]),
])
def test_a_count_beside_respondents_is_still_graded(shipped_context, paragraph, expected):
    claims = found(shipped_context, "Hasil Pilkada Kubu Raya 2024", paragraph)
    assert [(f[0], f[1], f[3]) for f in claims if f[0] == "share"] == expected, claims


def test_an_exit_poll_keeps_its_quick_count(shipped_context):
    claims = found(shipped_context, "Hasil Pilkada Kubu Raya 2024",
                   "Exit poll lembaga itu menunjukkan pasangan Sujiwo-Sukiryanto meraih 42,8 "
                   "persen. Lembaga itu mewawancarai 1.500 responden di luar TPS.")
    assert [(f[1], f[4]) for f in claims if f[0] == "share"] == \
        [(42.8, "quick_count_estimate")], claims


# ---- 2. What a count covers is no pair's share.
@pytest.mark.parametrize("title, paragraphs", [
    # the riaupos shape: a campaign's tally, "the vote at 100 percent"
    ("Agung-Markarius Unggul dengan 163.987 Suara",
     ("Tim relawan pasangan calon Wali Kota Pekanbaru nomor urut 5 Agung Nugroho-Markarius "
      "Anwar (Aman) mempertegas keunggulan lewat data C1 yang dikumpulkan.",
      "Sekretaris partai pengusung mengatakan, dari data yang dikumpulkan tim relawan Aman, "
      "jumlah suara 100 persen ada sebanyak 163.987 suara. Disusul pasangan nomor urut 1 "
      "dengan raihan 72.646 suara.")),
    # Sirekap's count on a real-count page, another race: "with 100 percent of the vote in"
    ("Real Count Pilkada Kubu Raya: Sujiwo-Sukiryanto Unggul",
     ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto dengan "
      "jumlah suara 100 persen masuk meraih 161.174 suara.",)),
])
def test_a_count_at_100_percent_is_no_share(shipped_context, title, paragraphs):
    claims = found(shipped_context, title, *paragraphs)
    assert not flags(claims), claims
    assert 100.0 not in [f[1] for f in claims if f[0] == "share"], claims


DKI = "Real Count KPU Pilkada Jakarta: Pramono-Rano Unggul"
DKI_DAY = "Berdasarkan real count KPU Jakarta pada Kamis (28/11/2024), "


@pytest.mark.parametrize("sentence, share, status, progress", [
    # the batampos shape on a real count: "dari seluruh N persen hasil penghitungan suara yang
    # telah masuk" is the count's progress
    (DKI_DAY + "pasangan Pramono-Rano meraup 50,07 persen dari seluruh 99,93 persen hasil "
     "penghitungan suara yang telah masuk.", 50.07, "consistent", [99.93]),
    (DKI_DAY + "pasangan Pramono-Rano meraup 50,07 persen dari 99,93 persen hasil "
     "perhitungan suara yang sudah masuk.", 50.07, "consistent", [99.93]),
    # ("dari total N persen ...": the base of the pair's share, no claim of its own)
    (DKI_DAY + "pasangan Pramono-Rano meraup 50,07 persen dari total 100 persen hasil "
     "penghitungan suara yang telah masuk.", 50.07, "consistent", []),
    # negative controls: a wrong share in that sentence is still caught
    (DKI_DAY + "pasangan Pramono-Rano meraup 52,07 persen dari seluruh 99,93 persen hasil "
     "penghitungan suara yang telah masuk.", 52.07, "discrepant", [99.93]),
    (DKI_DAY + "pasangan Pramono-Rano meraup 52,07 persen dari total 100 persen hasil "
     "penghitungan suara yang telah masuk.", 52.07, "discrepant", []),
])
def test_the_count_that_has_come_in_is_progress(shipped_context, sentence, share, status,
                                                progress):
    claims = found(shipped_context, DKI, sentence)
    assert [(f[1], f[3]) for f in claims if f[0] == "share"] == [(share, status)], claims
    assert [f[1] for f in claims if f[0] == "progress"] == progress, claims
    assert not [f for f in flags(claims) if f[0] != "share"], claims


# Negative controls: a pair's own share, even of 100 after the pair's verb, is still a share,
# graded either way (a corpus page's "pasangan ... mencatat 100 persen dari 15.666 suara").
@pytest.mark.parametrize("sentence, status", [
    ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto meraih "
     "51,00 persen.", "consistent"),
    ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto meraih "
     "99,5 persen.", "discrepant"),
    ("Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Sujiwo-Sukiryanto mencatat "
     "100 persen dari 161.174 suara.", "discrepant"),
])
def test_a_pairs_share_is_still_graded(shipped_context, sentence, status):
    claims = found(shipped_context, "Real Count Pilkada Kubu Raya", sentence)
    assert [f[3] for f in claims if f[0] == "share"] == [status], claims


# ---- 3. A pair's name written with a ballot number that would find the empty box.
ACEH_UTARA = "Real Count Aceh Utara: Mualem-Dek Fadh Menang Telak atas Bustami-Fadhil Rahmi"
ACEH_DAY = ("Berdasarkan real count KPU pada Kamis (28/11/2024) pukul 10.15 WIB di Kabupaten Aceh "
            "Utara, ")


@pytest.mark.parametrize("sentence", [
    # the popularitas shape (KIP Aceh Utara's plenary of both races) on a real count: the
    # governor race's 02 by its nicknames, the regent race's 02 the empty box (3,26 %)
    ACEH_DAY + "Paslon 02 Mualem-Dek Fadh raih 285.930 suara atau setara 82,95 persen. "
    "Sementara itu, rivalnya Bustami-Fadhil Rahmi hanya meraup 58.791 suara atau 17,05 persen.",
    # the number after the name, another spelling
    ACEH_DAY + "pasangan Mualem-Dek Fad dengan nomor urut 2 meraih 82,95 persen, mengungguli "
    "Bustami-Fadhil Rahmi dengan 17,05 persen.",
])
def test_a_named_pair_is_not_the_empty_box(shipped_context, sentence):
    claims = found(shipped_context, ACEH_UTARA, sentence)
    assert not flags(claims), claims
    assert ("share", 17.05, "Bustami-Fadhil Rahmi", "consistent", None) in claims, claims


# Negative controls: the empty box written as such is still graded by its number, right or
# wrong; the regent race's named pair too.
@pytest.mark.parametrize("sentence, expected", [
    (ACEH_DAY + "paslon nomor urut 2 kolom kosong meraih 3,26 persen.", "consistent"),
    (ACEH_DAY + "paslon nomor urut 2 kolom kosong meraih 5,26 persen.", "discrepant"),
    (ACEH_DAY + "pasangan Ismail A Jalil-Tarmizi meraih 96,74 persen.", "consistent"),
    (ACEH_DAY + "pasangan Ismail A Jalil-Tarmizi meraih 94,74 persen.", "discrepant"),
])
def test_the_empty_box_by_number_is_still_graded(shipped_context, sentence, expected):
    claims = found(shipped_context, "Real Count Pilbup Aceh Utara 2024", sentence)
    assert [f[3] for f in claims if f[0] == "share"] == [expected], claims


# ---- 4. An earlier round's roster, no year on the page, its winner standing again with the
# same running mate.
KOTIM = "Halikinnor-Irawati Menangi Pilkada Kotim, Dua Paslon Tolak Hasil Rekapitulasi"


@pytest.mark.parametrize("paragraph", [
    # the kalteng.antaranews shape (KPU Kotawaringin Timur's 2020 plenary) as a real count:
    # four pairs, one of them Rudini with his 2020 mate, two the record does not know
    ("Berdasarkan real count KPU, pasangan Halikinnor-Irawati memperoleh 33,6 persen, "
     "Suprianti Rambat-Muhammad Arsyad 26,2 persen, Muhammad Taufiq Mukri-Supriadi 12,1 persen, "
     "serta Muhammad Rudini Darwan Ali-Samsudin 28,1 persen."),
    # the unknown pair first, Halikinnor-Irawati's share in the last sentence
    ("Menurut real count KPU, Muhammad Rudini Darwan Ali-Samsudin meraih 28,1 persen dan "
     "Muhammad Taufiq Mukri-Supriadi 12,1 persen. Adapun Halikinnor-Irawati unggul dengan "
     "33,6 persen."),
])
def test_an_earlier_rounds_roster_holds_its_winner_too(shipped_context, paragraph):
    claims = found(shipped_context, KOTIM, paragraph)
    assert not flags(claims), claims
    assert [f[4] for f in claims if f[2] == "Halikinnor-Irawati"] == ["other_election"], claims


# Negative controls: 2024's three pairs with no year are still graded, a wrong share flagged;
# a page naming only the other running mate's pair beside 2024's winner keeps the winner's
# figure graded (nothing else says the roster is another round's).
@pytest.mark.parametrize("paragraph, expected", [
    ("Berdasarkan real count KPU, pasangan Halikinnor-Irawati memperoleh 39,45 persen, "
     "Sanidin-Siyono 35,49 persen, dan Muhammad Rudini Darwan Ali-Paisal Damarsing 25,07 persen.",
     ["consistent", "consistent", "consistent"]),
    ("Berdasarkan real count KPU, pasangan Halikinnor-Irawati memperoleh 33,6 persen, "
     "Sanidin-Siyono 35,49 persen, dan Muhammad Rudini Darwan Ali-Paisal Damarsing 25,07 persen.",
     ["discrepant", "consistent", "consistent"]),
    ("Berdasarkan real count KPU, pasangan Halikinnor-Irawati memperoleh 33,6 persen, jauh di "
     "atas Muhammad Rudini Darwan Ali-Samsudin.", ["discrepant"]),
])
def test_the_records_roster_without_a_year_is_still_graded(shipped_context, paragraph,
                                                          expected):
    claims = found(shipped_context, "Hasil Pilkada Kotim", paragraph)
    assert [f[3] for f in claims if f[0] == "share"] == expected, claims


# ---- 5. The count still to come ("hingga hasil resmi KPU diumumkan") names no count given.
KALSEL_QC = "Muhidin-Hasnur Unggul di Quick Count Pilgub Kalsel"
KALSEL_LEAD = ("Hasil hitung cepat menunjukkan pasangan Muhidin-Hasnuryadi unggul dalam Pemilihan "
               "Gubernur Kalimantan Selatan 2024 dengan 81,20 persen.")


@pytest.mark.parametrize("wish, rival", [
    # the faktakalbar shape on a province whose decree the record holds (Kalsel: Raudatul
    # Jannah-Akhmad Rozanie 17,60): a party chief's wish, then the quick count's other figure
    ("Ketua partai pengusung mengatakan, semoga proses ini berjalan lancar hingga hasil resmi "
     "KPU diumumkan.",
     "Pasangan Raudatul Jannah-Akhmad Rozanie hanya unggul di satu wilayah dengan perolehan "
     "suara 18,80 persen."),
    # "sampai rekapitulasi ... selesai"
    ("Ia berharap semua pihak bersabar sampai rekapitulasi KPU Kalsel selesai.",
     "Adapun Raudatul Jannah-Akhmad Rozanie meraih 18,80 persen."),
])
def test_the_awaited_count_types_no_figure(shipped_context, wish, rival):
    claims = found(shipped_context, KALSEL_QC, KALSEL_LEAD, wish, rival)
    assert not flags(claims), claims
    assert [f[4] for f in claims if f[0] == "share"] == ["quick_count_estimate"] * 2, claims


# Negative controls: the decree named as given, or KPU's count "as of" a moment ("hingga"
# after its words), still types the figure: graded, right or wrong.
@pytest.mark.parametrize("paragraph, expected", [
    ("Berdasarkan hasil resmi KPU yang diumumkan Sabtu (7/12/2024), pasangan Raudatul "
     "Jannah-Akhmad Rozanie memperoleh 17,60 persen.", "consistent"),
    ("Berdasarkan hasil resmi KPU yang diumumkan Sabtu (7/12/2024), pasangan Raudatul "
     "Jannah-Akhmad Rozanie memperoleh 18,80 persen.", "discrepant"),
    ("Berdasarkan real count KPU hingga Kamis (28/11/2024) pukul 10.15 WIB, pasangan Raudatul "
     "Jannah-Akhmad Rozanie memperoleh 19,65 persen.", "discrepant"),
])
def test_a_count_given_still_types_its_figure(shipped_context, paragraph, expected):
    claims = found(shipped_context, "Hasil Pilgub Kalsel 2024", paragraph)
    assert [f[3] for f in claims if f[0] == "share"] == [expected], claims
