"""The thirtieth blind run (45 real pages on result disputes: Constitutional Court suits over
Pilpres 2024 and Pilkada 2024, vote gaps against the 0,5-2 % thresholds, re-votes (PSU) ordered
by the court and their plenaries, campaigns' counter-claims; nobody had tuned on them,
2026-12-07): two flags on two pages, both false (tests/corpus/findings/hunt.md, "Blind hunt 30").

A. "usai mengantongi 96.214.691 suara atau setara 58,6% dari total suara sah nasional yaitu
   164.227.472 suara" (two copies of one report on the court's ruling): the national whole the
   share is of was read as Prabowo-Gibran's votes and flagged against their 96.214.691. A label
   right after a share ("... persen dari total suara sah, yakni N") names the pair's own count
   when nothing else gave it ("meraih 50,07 persen dari total suara sah, yakni 2.183.239"); when
   the share restates the pair's count given just before it, the count after the label is the
   whole. "nasional" may stand between the label and its figure.
B. "Rekapitulasi ... pada PSU Pilkada Tahun 2024, yaitu pasangan ... meraih 35.345 suara" (the
   court-ordered re-vote of Gorontalo Utara, April 2025): the election named right after the PSU
   word stayed the round it re-runs because the paragraph began within the sixty characters
   looked at before it. The PSU word in the mark's own line makes it the re-vote's.
C. "Paslon 02 ini memperoleh sebanyak 211 orang, sedangkan untuk suara 03 sebanyak 159 suara"
   (one of seven pages added after A and B, a PSU's polling station in Siak): "suara 03" named
   no pair, so 159 took the "Paslon 02" before it (held there as a re-vote's; on Pilgub DKI's
   decree the same sentence flagged Rido's 1.718.160 and Dharma-Kun's 459.230 as
   Pramono-Rano's). A zero-padded number right after "suara" ("suara untuk") followed by what
   a pair gets is that pair's ballot number.
D. "Menurut Pemohon, Muslimin seharusnya memperoleh 2,204 suara, berbeda dari ... 2,333 yang
   ditetapkan oleh Termohon" and "Menurut Pemohon ..., suara yang benar untuk Golkar adalah
   5.816 suara" (two Pileg suits of the run, held only because the record has no Pileg race):
   on a Pilkada or Pilpres suit the applicant's own version was flagged against the decree it
   disputes. The applicant's version ("menurut/versi/dalil pemohon", "Pemohon/kuasa hukum ...
   mendalilkan") is a party's own tally: held `own_count` like a campaign's, unless an election
   body comes between it and the figure. So is what the applicant asks the court to decree
   ("Dalam petitumnya, pemohon meminta MK menetapkan perolehan suara ... sebesar N").
E. (Found probing the run's gap sentences in our own words, none flagged on a blind page.)
   "Ridwan Kamil-Suswono ... tertinggal 10,67 persen dari Pramono-Rano dalam Pilgub Jakarta
   2024": a percentage after a margin word is the gap when a rival follows with no figure of
   its own, but the election's year counted as the rival's figure, so 10,67 was Rido's share
   (and "unggul 10,67 persen atas ..." Pramono-Rano's), flagged. A year is no rival's figure.
F. (Probed the same way.) "menyebut Risma-Gus Hans semestinya meraih 35 persen": what a party
   says a pair should have got is a counterfactual, no count: "seharusnya", "semestinya",
   "mestinya", "sepatutnya" join the hope words (rules/figures.yaml), held `hoped_share`.

Short pages in our own words with the real figures of the shipped record: the Pilpres 2024
decree (Prabowo-Gibran 96.214.691, 58,59 %, of 164.227.475 valid votes), Pilgub Jatim's
(Khofifah-Emil 12.192.165 of 20.732.592) and Pilgub DKI's (Pramono-Rano 2.183.239, 50,07 %, of
4.360.629); Pilbup Serang's 2024 round (Andika-Nanang 29,82 %), Pilbup Gorontalo Utara's pairs
and Pilbup Magetan's (Hergunadi-Basuki 131.264)."""

from __future__ import annotations

import pytest

from builders import flags, found

def votes(claims: list, value: float) -> list:
    return [f for f in claims if f[0] == "votes" and f[1] == value]


# ---- A. the whole after a share that restates the pair's count: not the pair's votes.
@pytest.mark.parametrize("title, text, pair_count, whole", [
    # the blind page's shape: the whole written three votes short (the page's own slip)
    ("MK Tolak Gugatan Hasil Pilpres",
     "KPU menetapkan Prabowo-Gibran sebagai pemenang Pilpres 2024 usai mengantongi 96.214.691 "
     "suara atau setara 58,6% dari total suara sah nasional yaitu 164.227.472 suara.",
     96214691, 164227472),
    # the same with the record's whole, dated, the share to two decimals
    ("MK Tolak Gugatan Hasil Pilpres",
     "KPU menetapkan Prabowo-Gibran sebagai pemenang Pilpres 2024, Rabu (20/3/2024), usai "
     "mengantongi 96.214.691 suara atau setara 58,59 persen dari total suara sah nasional yaitu "
     "164.227.475 suara.", 96214691, 164227475),
    # a province, "sebanyak" before the whole, and a slip in it (flagged as the pair's before)
    ("MK Tolak Gugatan Risma-Gus Hans",
     "KPU Jawa Timur menetapkan Khofifah-Emil meraih 12.192.165 suara atau 58,81 persen dari "
     "total suara sah sebanyak 20.732.529 suara dalam Pilgub Jatim 2024, Senin (9/12/2024).",
     12192165, 20732529),
    # another province, "sekitar" before the share, "jumlah" for "total"
    ("Tak Ada Gugatan Pilkada Jakarta",
     "KPU DKI Jakarta menetapkan Pramono Anung-Rano Karno memperoleh 2.183.239 suara atau "
     "sekitar 50,07 persen dari jumlah suara sah yaitu 4.360.629 suara pada Pilgub Jakarta 2024, "
     "Minggu (8/12/2024).", 2183239, 4360629),
])
def test_a_whole_after_a_share_restating_the_count_is_no_pair_s(shipped_context, title, text,
                                                                pair_count, whole):
    claims = found(shipped_context, title, text)
    assert not votes(claims, whole), claims
    assert [f[3] for f in votes(claims, pair_count)] == ["consistent"], claims
    assert not flags(claims), claims


@pytest.mark.parametrize("text, value, status", [
    # no count before the share: the count after the label is the pair's, graded
    ("KPU DKI Jakarta menetapkan Pramono Anung-Rano Karno meraih 50,07 persen dari total suara "
     "sah, yakni 2.183.239 suara, di Pilgub Jakarta 2024.", 2183239, "consistent"),
    ("KPU DKI Jakarta menetapkan Pramono Anung-Rano Karno meraih 50,07 persen dari total suara "
     "sah, yakni 2.138.239 suara, di Pilgub Jakarta 2024.", 2138239, "discrepant"),
    ("KPU menetapkan Prabowo-Gibran meraih 58,59 persen dari total suara sah nasional, yaitu "
     "96.241.691 suara, pada Pilpres 2024.", 96241691, "minor"),
    # a wrong pair's count before the share is still caught
    ("KPU menetapkan Prabowo-Gibran sebagai pemenang Pilpres 2024 usai mengantongi 96.241.691 "
     "suara atau setara 58,6% dari total suara sah nasional yaitu 164.227.475 suara.",
     96241691, "minor"),
])
def test_a_the_pair_s_own_count_is_still_graded(shipped_context, text, value, status):
    claims = found(shipped_context, "Hasil Rekapitulasi KPU", text)
    assert [f[3] for f in votes(claims, value)] == [status], claims


# ---- B. the PSU word in the mark's own line, the paragraph opening just before it.
GORUT = ("KPU Gorontalo Utara menetapkan rekapitulasi hasil perolehan suara pemungutan suara "
         "ulang (PSU) sebagai tindak lanjut putusan Mahkamah Konstitusi, Rabu (23/4/2025).")
SERANG = ("KPU Kabupaten Serang menetapkan hasil pemungutan suara ulang (PSU) sesuai putusan "
          "Mahkamah Konstitusi.")


@pytest.mark.parametrize("title, lead, line", [
    # the blind page's shape: "pada PSU Pilkada Tahun 2024, yaitu ..."
    ("KPU Gorontalo Utara Umumkan Hasil Perolehan Suara dalam PSU Pilkada", GORUT,
     "Hasil perolehan suara pada PSU Pilkada Tahun 2024, yaitu pasangan Roni Imran-Ramdan "
     "Mapaliey meraih 35.345 suara dan Thariq Modanggu-Nurjana Hasan Yusuf 37.985 suara."),
    # another regency, shares, "Pada PSU Pilkada Serang 2024, ..." (graded against the 2024
    # round's pair before)
    ("KPU Tetapkan Hasil PSU Pilkada Serang", SERANG,
     "Pada PSU Pilkada Serang 2024, Ratu Rachmatu Zakiyah-Muhammad Najib Hamas meraih 75,9 "
     "persen, Andika Hazrumy-Nanang Supriatna 24,1 persen."),
    ("KPU Tetapkan Hasil PSU Pilkada Serang", SERANG,
     "Hasil PSU Pilkada Serang 2024: Ratu Rachmatu Zakiyah-Muhammad Najib Hamas meraih 75,9 "
     "persen, Andika Hazrumy-Nanang Supriatna 24,1 persen."),
])
def test_b_a_revote_named_at_a_paragraph_start_is_the_revote(shipped_context, title, lead, line):
    claims = found(shipped_context, title, lead, line)
    assert claims, claims
    assert {f[4] for f in claims} == {"other_election"}, claims


def test_b_the_round_named_on_a_revote_page_keeps_its_count(shipped_context):
    # negative control: the round itself, named in its own sentence with its day
    claims = found(shipped_context, "KPU Tetapkan Hasil PSU Pilkada Serang", SERANG,
                   "Sebelumnya, pada Pilkada Serang 2024 yang digelar 27 November 2024, "
                   "Andika Hazrumy-Nanang Supriatna meraih 29,82 persen.")
    assert [(f[1], f[3]) for f in claims if f[5] == 1] == [(29.82, "consistent")], claims


def test_b_a_psu_days_after_the_vote_stays_the_round_s(shipped_context):
    # negative control: a PSU at one polling station days after the vote, no court: the line
    # opening with it gives the round's count, graded
    claims = found(shipped_context, "PSU di Satu TPS Tak Ubah Hasil Pilbup Magetan",
                   "Pemungutan suara ulang (PSU) di TPS 3 Desa Kinandang digelar Sabtu "
                   "(30/11/2024) atas rekomendasi Bawaslu.",
                   "Hasil PSU Pilkada Magetan 2024 itu tidak mengubah urutan: "
                   "Hergunadi-Basuki Babussalam tetap meraih 131.264 suara.")
    assert [(f[1], f[3]) for f in claims] == [(131264, "consistent")], claims


# ---- C. "suara 03 sebanyak N": the votes of the pair numbered so.
@pytest.mark.parametrize("title, text, expected", [
    # the blind page's shape on a decree's figures (Pilgub DKI)
    ("KPU DKI Tetapkan Hasil Pilkada Jakarta 2024", "Berdasarkan hasil rapat pleno KPU DKI Jakarta, Minggu (8/12/2024), paslon 03 memperoleh "
     "2.183.239 suara, sedangkan untuk suara 01 sebanyak 1.718.160 suara dan suara 02 sebanyak "
     "459.230 suara.", [(2183239, 3), (1718160, 1), (459230, 2)]),
    # the nation, "suara untuk 01"
    ("KPU Tetapkan Hasil Pilpres 2024", "Berdasarkan rekapitulasi nasional KPU, Rabu (20/3/2024), paslon 02 meraih 96.214.691 suara, "
     "suara untuk 01 sebanyak 40.971.906 suara.", [(96214691, 2), (40971906, 1)]),
])
def test_c_a_padded_number_after_suara_names_the_pair(shipped_context, title, text, expected):
    claims = found(shipped_context, title, text)
    assert [(f[1], f[5]) for f in claims if f[0] == "votes"] == expected, claims
    assert {f[3] for f in claims if f[0] == "votes"} == {"consistent"}, claims


def test_c_a_wrong_count_of_the_pair_numbered_so_is_still_caught(shipped_context):
    claims = found(shipped_context, "KPU DKI Tetapkan Hasil Pilkada Jakarta 2024",
                   "Berdasarkan hasil rapat pleno KPU DKI Jakarta, Minggu (8/12/2024), paslon 03 "
                   "memperoleh 2.183.239 suara, sedangkan untuk suara 01 sebanyak 1.781.160 "
                   "suara.")
    assert [(f[1], f[5], f[3]) for f in claims if f[1] == 1781160] == [(1781160, 1, "discrepant")]


# ---- D. the applicant's own version in a suit at the court: a party's tally, held.
@pytest.mark.parametrize("title, text, value", [
    ("Sidang MK Sengketa Pilgub Jatim",
     "Dalam sidang pendahuluan di MK, Kamis (9/1/2025), kuasa hukum Risma-Gus Hans mendalilkan "
     "perolehan suara pemohon seharusnya 7.012.345 suara.", 7012345),
    ("Sidang MK Sengketa Pilgub DKI",
     "Berdasarkan penetapan KPU DKI Jakarta, Pramono-Rano meraih 2.183.239 suara. Sedangkan "
     "menurut pemohon, Ridwan Kamil-Suswono seharusnya meraih 1.781.160 suara.", 1781160),
    ("Sidang PHPU Pilpres 2024 di MK",
     "Dalam sidang PHPU Pilpres 2024, Rabu (27/3/2024), versi pemohon menyebut Prabowo-Gibran "
     "hanya meraih 90.214.691 suara secara nasional.", 90214691),
    ("Sidang MK Sengketa Pilgub DKI",
     "Dalam petitumnya, pemohon meminta MK menetapkan perolehan suara Ridwan Kamil-Suswono "
     "sebesar 2.190.000 suara dalam Pilgub Jakarta 2024.", 2190000),
])
def test_d_the_applicant_s_version_is_held(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert votes(claims, value), claims
    assert not flags(claims), claims


@pytest.mark.parametrize("text", [
    # KPU's figure in a suit, wrong: still caught
    "Dalam sidang di MK, KPU DKI Jakarta menyebut Pramono-Rano meraih 2.138.239 suara.",
    # an election body between the applicant's word and the figure: KPU's figure
    "Menurut pemohon, berdasarkan penetapan KPU DKI Jakarta, Pramono-Rano meraih 2.138.239 "
    "suara.",
    # KPU's counsel asking the court to keep its decree: KPU's figure
    "Kuasa hukum KPU DKI Jakarta meminta MK menetapkan perolehan suara Pramono-Rano sebesar "
    "2.138.239 suara dalam Pilgub Jakarta 2024.",
])
def test_d_kpu_s_figure_in_a_suit_is_still_graded(shipped_context, text):
    claims = found(shipped_context, "Sidang MK Sengketa Pilgub DKI", text)
    assert [f[3] for f in votes(claims, 2138239)] == ["discrepant"], claims


# ---- E. a gap in per cent before a rival whose clause names only the election's year.
@pytest.mark.parametrize("text", [
    "Ridwan Kamil-Suswono yang meraih 39,40 persen tertinggal 10,67 persen dari Pramono-Rano "
    "dalam Pilgub Jakarta 2024.",
    "Pramono-Rano unggul 10,67 persen atas Ridwan Kamil-Suswono dalam Pilgub Jakarta 2024.",
])
def test_e_a_gap_before_a_rival_is_no_share(shipped_context, text):
    claims = found(shipped_context, "MK Tolak Gugatan Pilgub DKI", text)
    assert not [f for f in claims if f[1] == 10.67], claims
    assert not flags(claims), claims


@pytest.mark.parametrize("text, expected", [
    # the rival's own share after it: two shares, graded (a wrong one caught)
    ("Pramono-Rano unggul 50,70 persen atas Ridwan Kamil-Suswono 39,40 persen dalam Pilgub "
     "Jakarta 2024.", [(50.70, "minor"), (39.40, "consistent")]),
    # no rival: the pair's share
    ("Pramono-Rano unggul 50,07 persen dalam Pilgub Jakarta 2024.", [(50.07, "consistent")]),
])
def test_e_shares_by_a_margin_word_are_still_graded(shipped_context, text, expected):
    claims = found(shipped_context, "MK Tolak Gugatan Pilgub DKI", text)
    assert [(f[1], f[3]) for f in claims] == expected, claims


# ---- F. what a pair should have got: a counterfactual, no count.
@pytest.mark.parametrize("title, text, value", [
    ("Sidang MK Sengketa Pilgub Jatim",
     "Kuasa hukum Risma-Gus Hans, yang dalam gugatannya meminta PSU, menyebut Risma-Gus Hans "
     "semestinya meraih 35 persen dalam Pilgub Jatim 2024.", 35),
    ("Sidang MK Sengketa Pilgub DKI",
     "Kubu Ridwan Kamil-Suswono menilai pasangan itu seharusnya memperoleh 45 persen dalam "
     "Pilgub Jakarta 2024.", 45),
])
def test_f_a_share_a_pair_should_have_got_is_no_count(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims


def test_f_the_count_itself_beside_it_is_still_graded(shipped_context):
    claims = found(shipped_context, "Sidang MK Sengketa Pilgub Jatim",
                   "Khofifah-Emil meraih 58,18 persen dalam Pilgub Jatim 2024, sedangkan Risma-Gus "
                   "Hans yang semestinya menang hanya meraih 32,52 persen.")
    assert [(f[1], f[3]) for f in claims] == [(58.18, "minor"), (32.52, "consistent")], \
        claims
