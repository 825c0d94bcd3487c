"""The twenty-ninth blind run (33 real pages of regional outlets on Pilkada 2024 in kab/kota:
kecamatan and dapil breakdowns, PPK and KPU kab/kota plenaries, turnout and invalid votes,
empty-box races, several regencies on one page; nobody had tuned on them, 2026-12-07): twelve
flags on five pages, eight false (tests/corpus/findings/hunt.md, "Blind hunt 29").

A. A Garut outlet on the plenary of one kecamatan's PPK ("rekapitulasi ... tingkat kecamatan
   ... di Aula Kecamatan Cibalong, Kabupaten Garut"), its governor shares in a paragraph of
   their own ("Untuk pemilihan Gubernur dan Wakil Gubernur Jawa Barat, ... 12,20% ..."): the
   race's name gave them the province, and three exact Cibalong shares were flagged against
   Jawa Barat's decree. The figures of a page about one kecamatan's plenary are that
   kecamatan's: held below the record's level.
B. A CNN Indonesia copy on Pilgub DKI writing the decree's count out by its magnitudes
   ("Pramono-Rano memperoleh 2 juta 183 ribu 239 suara"): read as three figures, 2.000.000 was
   graded consistent as a rounding and 183.000 and 239 were flagged as Pramono-Rano's counts.
   "N juta N ribu N" is one count.
C. A Bojonegoro campaign's live count by DPRD dapil: "... tertinggi diraih di Dapil V. Di dapil
   ini, paslon Wahono-Nurul berhasil meraup 131.492 suara, yang setara dengan 93,32%": the
   dapil's share (a group of kecamatan) was flagged against the regency's 89,36. A pair's
   figure placed "di dapil" in its sentence is below the record's level.
D. The same page: "pasangan Teguh Farida, yang merupakan rival Wahono-Nurul, hanya mampu meraih
   10,68%": the rival named in the relative clause was taken as the figure's owner (flagged
   against Wahono-Nurul's 89,36) because the head pair was written without its dash. A pair
   named after "pasangan"/"paslon" heads such a clause too.
E. The DKI page again: "calon gubernur dan wakil gubernur yang memperoleh suara 50 persen,
   ditetapkan menjadi gubernur" (the law's bar, after Dharma-Kun's figures) was read as a pair's
   share and flagged against Dharma-Kun's 10,53. A generic candidate's relative clause of
   gaining, then what such a candidate is declared: the rule of who wins, no figure.
F. A Tegal campaign's quick count: "paslon Uyip-Satori hanya memperoleh 22 %, dan 30 persen dari
   paslon Faruq-Ashim": 30 was given to the pair named before it (held there only because
   Uyip-Satori is no alias the record knows; with a known name it is flagged). A pair written
   after "dari (pasangan (calon)|paslon)" owns the figure before it.

Short pages in our own words with the real figures of the shipped record: Sirekap's readings of
28 Nov 2024 in Kecamatan Cibalong and Cisurupan (Garut) for Pilgub Jabar and Pilbup Garut, in
Kecamatan Bukateja (Purbalingga) for Pilgub Jateng, Garut's Pilbup reading (Helmi-Yudi 33,70,
Syakur-Putri 66,30) and Jawa Barat's decree (9,71 / 9,32 / 18,76 / 62,22; Dedi Mulyadi-Erwan
14.130.192 votes), Jakarta's (Pramono-Rano 2.183.239, Ridwan Kamil-Suswono 1.718.160), and
Sirekap's Pilbup readings in Bojonegoro (Wahono-Nurul 89,36), Purbalingga (Fahmi-Dimas 61,47)
and Banyuwangi (Ipuk-Mujiono 52,11, Ali Makki-Ali Ruchi 47,89), Bojonegoro's Teguh-Farida
10,64, Jember's Hendy-Firjaun 45,72 and Fawait-Djoko 54,28, Kota Tegal's Edy-Satori 23,35,
Dedy-Iin 46,30 and Faruq-Ashim 30,35."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.region_code, c.status, c.reason,
             claim.nomor_urut, claim.hold)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


# ---- A. one kecamatan's plenary: its figures are the kecamatan's, not the race's area.
def _ppk_lead(kecamatan: str, regency: str, province: str, regent: str) -> str:
    return (f"Rapat pleno terbuka rekapitulasi hasil penghitungan suara tingkat kecamatan untuk "
            f"Pemilihan Gubernur {province} dan Pemilihan Bupati {regent} digelar di Aula "
            f"Kecamatan {kecamatan}, Kabupaten {regency}, Sabtu (30/11/2024), dan berjalan "
            f"tertib tanpa keberatan saksi.")


# (a headline of 80 characters or more: the lead is the headline alone, as on the blind page)
LONG = "Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara Tingkat Kecamatan {} Lancar"


@pytest.mark.parametrize("title, lead, governor", [
    # the blind page's shape: Cibalong, the four shares as Sirekap has them there
    (LONG.format("Cibalong"), _ppk_lead("Cibalong", "Garut", "Jawa Barat", "Garut"),
     "Untuk pemilihan Gubernur dan Wakil Gubernur Jawa Barat, pasangan nomor urut 01 "
     "mendapatkan 12,20% suara, nomor urut 02 meraih 10,12%, nomor urut 03 memperoleh 6,72%, "
     "dan nomor urut 04 unggul dengan 70,96%."),
    # another kecamatan of the same regency, the committee named as PPK, a short headline
    ("PPK Cisurupan Tuntaskan Rekapitulasi",
     "PPK Cisurupan menuntaskan rapat pleno rekapitulasi tingkat kecamatan, Jumat "
     "(29/11/2024), disaksikan saksi semua pasangan calon.",
     "Dalam pemilihan Gubernur Jawa Barat, paslon nomor urut 04 meraih 63,58 persen, nomor urut "
     "01 17,77 persen, nomor urut 03 11,91 persen dan nomor urut 02 6,75 persen."),
    # another province: Bukateja in Purbalingga, Pilgub Jateng
    (LONG.format("Bukateja"), _ppk_lead("Bukateja", "Purbalingga", "Jawa Tengah", "Purbalingga"),
     "Pada pemilihan Gubernur Jawa Tengah, pasangan nomor urut 2 meraih 63,45 persen dan "
     "pasangan nomor urut 1 memperoleh 36,55 persen."),
])
def test_a_figures_of_one_kecamatans_plenary_are_not_the_province(shipped_context, title, lead,
                                                                   governor):
    claims = found(shipped_context, title, lead, governor)
    shares = [c for c in claims if c[0] == "share"]
    assert shares and not flags(claims), claims
    assert all(c[6] == "lower_level" for c in shares), claims


def test_a_a_figure_said_of_the_province_on_such_a_page_is_still_graded(shipped_context):
    # negative control: a sentence that names the province as where it was counted is the
    # province's, on the same page; a wrong one is still caught
    lead = _ppk_lead("Cibalong", "Garut", "Jawa Barat", "Garut")
    said = "Secara keseluruhan di Jawa Barat, pasangan nomor urut 04 meraih {} persen suara."
    right = found(shipped_context, LONG.format("Cibalong"), lead, said.format("62,22"))
    assert ("share", 62.22, "32", "consistent") in [c[:4] for c in right], right
    wrong = found(shipped_context, LONG.format("Cibalong"), lead, said.format("72,22"))
    assert [c[:4] for c in flags(wrong)] == [("share", 72.22, "32", "discrepant")], wrong


def test_a_a_lead_on_every_kecamatan_is_no_one_kecamatans_page(shipped_context):
    # negative control: the kecamatan tier as a whole ("di 42 kecamatan") is the regency's sum
    claims = found(shipped_context, "Rekapitulasi Tingkat Kecamatan di Garut Rampung",
                   "Rekapitulasi tingkat kecamatan di 42 kecamatan se-Kabupaten Garut rampung, "
                   "termasuk di Kecamatan Cibalong, Jumat (29/11/2024).",
                   "Hasilnya, pada Pilbup Garut pasangan Syakur-Putri meraih 76,30 persen dan "
                   "Helmi-Yudi 33,70 persen.")
    assert ("share", 76.30, "3205", "discrepant") in [c[:4] for c in claims], claims
    assert ("share", 33.70, "3205", "consistent") in [c[:4] for c in claims], claims


def test_a_a_headline_capitalising_a_word_after_kecamatan_names_no_kecamatan(shipped_context):
    # negative control (the dev corpus's Republika page on Jakarta): "Rekapitulasi di Kecamatan
    # Rampung" is a headline's "finished at the kecamatan tier", the province's figures after it
    # stay the province's
    title = "Rekapitulasi di Kecamatan Rampung, Pramono-Rano Yakin Menang Satu Putaran"
    lead = ("KPU Provinsi Jakarta menuntaskan rekapitulasi perolehan suara tingkat kecamatan pada "
            "Selasa (3/12/2024), lalu melanjutkannya ke tingkat kabupaten/kota.")
    said = "Menurut KPU Jakarta, Pramono-Rano memperoleh {} persen suara pada Pilgub Jakarta."
    right = found(shipped_context, title, lead, said.format("50,07"))
    assert ("share", 50.07, "31", "consistent") in [c[:4] for c in right], right
    wrong = found(shipped_context, title, lead, said.format("55,07"))
    assert [c[:4] for c in flags(wrong)] == [("share", 55.07, "31", "discrepant")], wrong


# ---- B. a count written out by its magnitudes is one count.
@pytest.mark.parametrize("sentence, value, area", [
    # the blind page's shape: Jakarta's decree, the pair's count
    ("Berdasarkan data resmi KPU, Pramono-Rano memperoleh 2 juta 183 ribu 239 suara atau 50,07 "
     "persen suara sah.", 2183239, "31"),
    # another pair of the same race, the same writing
    ("Berdasarkan data resmi KPU, Ridwan Kamil-Suswono memperoleh 1 juta 718 ribu 160 suara.",
     1718160, "31"),
    # another province, a count of eight digits
    ("Berdasarkan penetapan KPU Jawa Barat, Dedi Mulyadi-Erwan Setiawan meraup 14 juta 130 ribu "
     "192 suara.", 14130192, "32"),
])
def test_b_a_count_written_by_its_magnitudes_is_one_count(shipped_context, sentence, value,
                                                         area):
    claims = found(shipped_context, "Hasil Resmi Pilkada 2024 Menurut KPU", sentence)
    votes = [c for c in claims if c[0] == "votes"]
    assert [c[:4] for c in votes] == [("votes", value, area, "consistent")], claims
    assert not flags(claims), claims


def test_b_a_wrong_count_so_written_is_still_caught(shipped_context):
    # negative control: the same writing with two digits swapped is still flagged, and a count
    # written as "2 juta" alone is no exact count
    claims = found(shipped_context, "Hasil Resmi Pilkada 2024 Menurut KPU",
                   "Berdasarkan data resmi KPU, Pramono-Rano memperoleh 2 juta 183 ribu 293 "
                   "suara.")
    assert [c[:3] for c in flags(claims)] == [("votes", 2183293, "31")], claims
    rounded = found(shipped_context, "Hasil Resmi Pilkada 2024 Menurut KPU",
                    "Berdasarkan data resmi KPU, Pramono-Rano memperoleh lebih dari 2 juta "
                    "suara.")
    assert not flags(rounded), rounded


# ---- C. a pair's figure in a dapil is a group of kecamatan's, not the regency's.
LIVE = ("Real count Pilkada {} 2024 dengan masuknya 100% data dari {} TPS menunjukkan {} "
        "memperoleh {}% suara sah, menurut data Model C.HASIL yang dirilis koalisi pengusungnya.")


@pytest.mark.parametrize("title, paragraphs, regency_share", [
    # the blind page's shape: "Di dapil ini" after a sentence naming Dapil V
    ("Wahono-Nurul Unggul Telak di Pilkada Bojonegoro 2024",
     ["Proses rekapitulasi cepat (live count) Pilkada Bojonegoro 2024 sudah mencakup 100% data "
      "dari 2.120 TPS. Menurut data Model C.HASIL-KWK-BUPATI yang dirilis Koalisi Bojonegoro "
      "Maju, paslon Setyo Wahono dan Nurul Azizah menang telak dengan 89,32% atau 699.641 suara "
      "sah.",
      "Dominasi terkuat ada di Dapil V. Di dapil ini, paslon Wahono-Nurul meraup 131.492 suara, "
      "setara 93,32% dari total suara sah di wilayah tersebut."], 89.32),
    # another regency, the dapil a Roman numeral
    ("Fahmi-Dimas Menang Besar di Purbalingga",
     [LIVE.format("Purbalingga", "1.817", "Fahmi-Dimas", "61,47"),
      "Suara terbanyak datang dari Dapil III. Di dapil ini, Fahmi-Dimas bahkan meraih 70,15 "
      "persen."], 61.47),
    # the long form "daerah pemilihan", another province
    ("Ipuk-Mujiono Menang Pilbup Banyuwangi",
     [LIVE.format("Banyuwangi", "2.683", "Ipuk-Mujiono", "52,11"),
      "Ipuk-Mujiono juga menang di daerah pemilihan terbesar, dengan 58,20 persen."], 52.11),
])
def test_c_a_pairs_figure_in_a_dapil_is_not_the_regencys(shipped_context, title, paragraphs,
                                                         regency_share):
    claims = found(shipped_context, title, *paragraphs)
    assert not flags(claims), claims
    lower = [c for c in claims if c[0] == "share" and c[1] != regency_share]
    assert lower and all(c[6] == "lower_level" for c in lower), claims
    if regency_share == 89.32:
        # the dapil's count is no count of the race: the regency's share, which the pair's
        # 699.641 of the valid votes explains, is still graded (ballot_basis)
        assert ("share", 89.32, "consistent") in [(c[0], c[1], c[3]) for c in claims], claims


def test_c_a_speakers_dapil_places_no_figure(shipped_context):
    # negative control: "dari dapil V" is where a speaker was elected; the regency's figure in
    # that sentence, wrong, is still caught
    claims = found(shipped_context, "Wahono-Nurul Unggul Telak di Pilkada Bojonegoro 2024",
                   "Menurut Ahmad, relawan dari dapil V, " + LIVE.format(
                       "Bojonegoro", "2.120", "Wahono-Nurul", "99,36"))
    assert [(c[0], c[1], c[3]) for c in flags(claims)] == [("share", 99.36, "discrepant")], claims


# ---- D. a rival named in the relative clause of a pair written without its dash.
@pytest.mark.parametrize("regency, sentence, nomor, share", [
    # the blind page's shape
    ("Bojonegoro", "pasangan Teguh Farida, yang merupakan rival Wahono-Nurul, hanya mampu meraih "
     "10,64% suara.", 1, 10.64),
    # another regency, "yang menjadi penantang"
    ("Banyuwangi", "pasangan Ali Makki Ali Ruchi, yang menjadi penantang Ipuk-Mujiono, hanya "
     "meraih 47,89% suara.", 2, 47.89),
    # "paslon", "yang merupakan lawan", "persen"
    ("Jember", "paslon Hendy Firjaun, yang merupakan lawan Fawait-Djoko, hanya memperoleh 45,72 "
     "persen suara.", 1, 45.72),
])
def test_d_a_rival_in_the_relative_clause_is_not_the_owner(shipped_context, regency, sentence,
                                                           nomor, share):
    claims = found(shipped_context, f"Hasil Pilkada {regency} 2024",
                   f"Berdasarkan real count KPU di Kabupaten {regency}, " + sentence)
    assert [(c[0], c[1], c[3], c[5]) for c in claims] == [("share", share, "consistent", nomor)], \
        claims


def test_d_the_head_pairs_wrong_figure_and_the_rivals_own_clause(shipped_context):
    # negative controls: a wrong share after such a clause is caught as the head pair's; a rival
    # given its own clause ("... dari Wahono-Nurul yang meraih ...") keeps its figure
    wrong = found(shipped_context, "Hasil Pilkada Bojonegoro 2024",
                  "Berdasarkan real count KPU di Kabupaten Bojonegoro, pasangan Teguh Farida, "
                  "yang merupakan rival Wahono-Nurul, hanya mampu meraih 20,64% suara.")
    assert [(c[1], c[3], c[5]) for c in wrong] == [(20.64, "discrepant", 1)], wrong
    rival = found(shipped_context, "Hasil Pilkada Bojonegoro 2024",
                  "Berdasarkan real count KPU di Kabupaten Bojonegoro, pasangan Teguh Farida "
                  "kalah dari Wahono-Nurul yang meraih 89,36% suara.")
    assert [(c[1], c[3], c[5]) for c in rival] == [(89.36, "consistent", 2)], rival


# ---- E. the rule of who wins, its bar written as a figure.
@pytest.mark.parametrize("paragraphs, bar", [
    # the blind page's shape: Jakarta's law after the three pairs' figures
    (["Berdasarkan data resmi KPU, Pramono-Rano memperoleh 50,07 persen suara sah, Ridwan "
      "Kamil-Suswono 39,40 persen, dan pasangan nomor urut 2 Dharma Pongrekun-Kun Wardana 10,53 "
      "persen.",
      "Sesuai Undang-Undang Nomor 2 Tahun 2024 Pasal 10 Ayat (2), calon gubernur dan wakil "
      "gubernur yang memperoleh suara 50 persen, ditetapkan menjadi gubernur dan wakil "
      "gubernur."], 50),
    # a regency, an older bar, "ditetapkan sebagai pemenang"
    (["Menurut real count KPU, pasangan nomor urut 2 Ali Makki-Ali Ruchi meraih 47,89 persen "
      "suara di Kabupaten Banyuwangi.",
      "Sesuai Undang-Undang Pilkada lama, calon bupati dan wakil bupati yang memperoleh suara 30 "
      "persen, ditetapkan sebagai pemenang."], 30),
])
def test_e_the_bar_of_the_rule_of_who_wins_is_no_share(shipped_context, paragraphs, bar):
    claims = found(shipped_context, "Hasil Pilkada 2024 Menurut KPU", *paragraphs)
    assert not flags(claims), claims
    assert bar not in [c[1] for c in claims], claims


def test_e_a_named_pair_declared_the_winner_keeps_its_share(shipped_context):
    # negative control: the same clause with a pair's name is its share, a wrong one caught
    said = ("Berdasarkan data resmi KPU, Pramono-Rano yang memperoleh {} persen, ditetapkan "
            "sebagai pemenang Pilgub Jakarta.")
    right = found(shipped_context, "Hasil Pilkada 2024 Menurut KPU", said.format("50,07"))
    assert [(c[1], c[3]) for c in right] == [(50.07, "consistent")], right
    wrong = found(shipped_context, "Hasil Pilkada 2024 Menurut KPU", said.format("55,07"))
    assert [(c[1], c[3]) for c in wrong] == [(55.07, "discrepant")], wrong


# ---- F. "N persen dari paslon X": the pair after "dari" owns the figure.
@pytest.mark.parametrize("area, sentence, share, nomor", [
    # the blind page's shape, with a pair named before that the record knows
    ("Kota Tegal", "paslon Edy-Satori memperoleh 23,35 persen, dan 30,35 persen dari paslon "
     "Faruq-Ashim.", 30.35, 3),
    # another regency, "dari paslon" after "dan"
    ("Kabupaten Jember", "paslon Fawait-Djoko meraih 54,28 persen, dan 45,72 persen dari paslon "
     "Hendy-Firjaun.", 45.72, 1),
])
def test_f_a_pair_after_dari_paslon_owns_the_figure(shipped_context, area, sentence, share,
                                                    nomor):
    claims = found(shipped_context, "Hasil Pilkada 2024", f"Menurut real count KPU di {area}, "
                   + sentence)
    assert not flags(claims), claims
    assert ("share", share, "consistent", nomor) in [(c[0], c[1], c[3], c[5]) for c in claims], \
        claims


def test_f_a_pair_unknown_after_dari_takes_nothing_from_the_pair_before(shipped_context):
    # variant: the pair after "dari pasangan calon" is no alias the record knows: the figure is
    # nobody's (held), never the pair named before's (Purbalingga, Tiwi-Hendra's 38,52)
    claims = found(shipped_context, "Hasil Pilkada 2024",
                   "Menurut real count KPU di Kabupaten Purbalingga, Fahmi-Dimas meraih 61,48 "
                   "persen, sedangkan 38,52 persen dari pasangan calon Tiwi-Hendra.")
    assert not flags(claims), claims
    assert ("share", 61.48, "consistent") in [(c[0], c[1], c[3]) for c in claims], claims


def test_f_a_wrong_share_after_dari_paslon_and_dari_total_suara(shipped_context):
    # negative controls: a wrong share is caught as the pair after "dari paslon"; "dari total
    # suara sah" names the base, and the pair before keeps its share
    wrong = found(shipped_context, "Hasil Pilkada 2024",
                  "Menurut real count KPU di Kota Tegal, paslon Edy-Satori memperoleh 23,35 "
                  "persen, dan 33,35 persen dari paslon Faruq-Ashim.")
    assert [(c[1], c[3], c[5]) for c in flags(wrong)] == [(33.35, "discrepant", 3)], wrong
    base = found(shipped_context, "Hasil Pilkada 2024",
                 "Menurut real count KPU di Kota Tegal, paslon Edy-Satori memperoleh 23,35 persen "
                 "dari total suara sah.")
    assert [(c[1], c[3], c[5]) for c in base] == [(23.35, "consistent", 1)], base


def test_f_won_over_the_pair_after_dari_is_no_gift(shipped_context):
    # negative control: after a verb of winning, "dari pasangan X" names the rival beaten; the
    # figure stays the winner's, and a wrong one is caught as the winner's
    said = ("Menurut real count KPU di Kabupaten Jember, paslon Fawait-Djoko menang dengan {} "
            "persen dari pasangan Hendy-Firjaun.")
    right = found(shipped_context, "Hasil Pilkada 2024", said.format("54,28"))
    assert [(c[1], c[3], c[5]) for c in right] == [(54.28, "consistent", 2)], right
    wrong = found(shipped_context, "Hasil Pilkada 2024", said.format("59,28"))
    assert [(c[1], c[3], c[5]) for c in wrong] == [(59.28, "discrepant", 2)], wrong
