"""corpus-bh (empty-box races, the English press on them, Papua Pegunungan's first governor
race, pages of 2025 quoting 2024): the shapes its dev pages lost, each a short page in our own
words with real figures, with the near shapes that must keep their reading
(tests/corpus/findings/corpus-bh.md)."""

from __future__ import annotations

from builders import readings as read, status_claims

URL = "https://www.example-news.co.id/read/pilkada"
FLAGS = {"discrepant", "minor"}


def claims_of(title: str, *paragraphs: str):
    return status_claims(title, *paragraphs, url=URL)


# ---- 1. A bare year in a profile is no election of the page.
# channel9 (news-channel9-pilgub-papeg-empat-kabupaten): the provincial plenary's running tally
# of Papua Pegunungan's first governor race (a province formed in 2022), on a page that never
# writes "2024", then the runner-up's profile: "pada 2018 pernah memimpin asosiasi bupati". That
# bare year was the only election the text named, so the page-wide default made every count
# "pilkada2018" (held `other_election`); figures of the record's race lost.
PAPEG_TITLE = "Profil Befa-Natan, Calon Kuat Pemenang Pilgub Papua Pegunungan"
PAPEG_TALLY = ("Suara sementara Befa Yigibalom – Natan Pahabol dalam rekapitulasi KPU Papua "
               "Pegunungan dikumpulkan dari Kabupaten Yahukimo (169.304 suara) dan Kabupaten "
               "Pegunungan Bintang (53.316 suara).")
PAPEG_PROFILE = ("Befa Yigibalom dua periode menjabat Bupati Lanny Jaya, dan pada 2018 pernah "
                 "memimpin asosiasi bupati se-Pegunungan Tengah.")


def test_a_bare_year_in_a_profile_does_not_date_the_pages_figures():
    got = claims_of(PAPEG_TITLE, PAPEG_TALLY, PAPEG_PROFILE)
    assert {r[:4] for r in read(got, "169304")} == {("pilkada2024", "governor", "9503", 2)}
    assert {r[:4] for r in read(got, "53316")} == {("pilkada2024", "governor", "9502", 2)}


def test_an_earlier_election_named_with_its_word_still_dates_them():
    # Negative control: "Pilkada 2018" named with its word keeps the page-wide default (a page
    # of no date about an earlier election; ERA.id's Bulukumba 2020, corpus-g): the counts are
    # that election's, held, never graded against 2024's record.
    got = claims_of("Hasil Pilkada Lanny Jaya", "Pada Pilkada 2018, pasangan Befa Yigibalom - "
                    "Natan Pahabol dalam rekapitulasi KPU Papua Pegunungan meraih 169.304 suara "
                    "di Kabupaten Yahukimo.")
    assert got and all(c.election == "pilkada2018" for c, _ in got)
    assert not any(s in FLAGS for _, s in got)


# ---- 2. The English press's words for the empty box and for a regional election.
# Tempo English via SuaraKita (eng-suarakita-tempo-kotak-kosong-pangkalpinang): "The
# Pangkalpinang City regional head election was contested by the single candidate pair ...
# By the KPU's real count the empty ballot boxes garnered 57.98 percent". "Regional head
# election" (word for word "pemilihan kepala daerah") tied the page to no election, so nothing
# was read; and "the empty box", unknown as a name, let its share go to the pair named before
# it and be graded against the pair's 42.02: discrepant on an accurate figure. Record (Sirekap
# at 100 % of TPS): the empty column, nomor urut 1, 57,98 %; Maulan Aklil-Masagus Hakim, 2,
# 42,02 %.
# (The page's date, 2 Dec 2024, is written: a title's "September 2025" alone dates the rerun.)
PKP_DATE = "December 2, 2024 | 02:09 pm"
PKP_LEAD = ("In the Pangkalpinang City regional head election, the single candidate pair Maulan "
            "Akil-Masagus Hakim was backed by 9 political parties.")


def test_a_regional_head_election_ties_the_page_to_the_pilkada():
    got = claims_of("KPU: Revote for Empty Box Wins in September 2025", PKP_DATE, PKP_LEAD,
                    "Maulan Akil-Masagus Hakim received 42.02 percent of the votes.")
    assert read(got, "42.02") == {("pilkada2024", "regent_mayor", "1971", 2, "consistent")}


def test_the_empty_box_in_english_is_the_box_not_the_pair_before_it():
    # "mayoral election" tied the page to the Pilkada already: the flag was main's.
    got = claims_of("KPU: Revote for Empty Box Wins in September 2025", PKP_DATE, "In the Pangkalpinang "
                    "mayoral election, Maulan Akil-Masagus Hakim received 42.02 percent, the "
                    "empty box 57.98 percent.")
    assert not any(s in FLAGS for _, s in got), [(c.value, c.nomor_urut, s) for c, s in got]
    assert read(got, "57.98") <= {("pilkada2024", "regent_mayor", "1971", 1, "consistent")}


def test_the_empty_ballot_boxes_garnered_their_share():
    got = claims_of("KPU: Revote Where the Empty Box Won", PKP_DATE, "The Pangkalpinang City "
                    "regional head election went to the empty box.",
                    "In Pangkalpinang City the only pair was Maulan Akil-Masagus Hakim. By the "
                    "KPU's real count the empty ballot boxes garnered 57.98 percent of the "
                    "votes.")
    assert read(got, "57.98") == {("pilkada2024", "regent_mayor", "1971", 1, "consistent")}


def test_a_pair_named_empty_words_is_still_a_pair():
    # Negative control: an Indonesian page naming the box and the pair as before keeps both.
    got = claims_of("Hasil Pilwalkot Pangkalpinang", "Di Pilwalkot Pangkalpinang, kotak kosong "
                    "meraih 57,98 persen, sedangkan Maulan Aklil-Masagus Hakim 42,02 persen.")
    assert read(got, "57.98") == {("pilkada2024", "regent_mayor", "1971", 1, "consistent")}
    assert read(got, "42.02") == {("pilkada2024", "regent_mayor", "1971", 2, "consistent")}
