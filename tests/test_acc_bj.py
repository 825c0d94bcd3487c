"""corpus-bj (Pilpres plenaries of Papua, Sulawesi Tengah and Sulawesi Utara, a Sirekap reading
of Sumatera Utara, Kaltara's governor race in Bulungan, Kepri's regent races, a campaign's own
count in Nabire, a reader's blog on Kabupaten Madiun): the shapes its dev pages lost, each a
short page in our own words with real figures, with the near shapes that must keep their
reading (tests/corpus/findings/corpus-bj.md)."""

from __future__ import annotations

from builders import readings as read, status_claims

URL = "https://www.example-news.co.id/read/pilkada"
FLAGS = {"discrepant", "minor"}


def claims_of(title: str, *paragraphs: str):
    return status_claims(title, *paragraphs, url=URL)


# ---- 1. The ballots not yet in are no pair's votes.
# Nokenlive, 1 Dec 2024 (news-nokenlive-pilbup-nabire-hitung-tim): the Mesrah campaign's own
# count of the Nabire regent race gives the two pairs' counts, then "suara yang belum masuk
# hingga kini sebanyak 10.981 suara atau 9,19 persen" -- the roll less the ballots counted
# (124.913 - 113.932), damaged and unused ballots among them. The count and its share were
# read as Mesakh Magai-Burhanuddin's votes.
NABIRE_TITLE = "Hitung Tim Mesrah: Mesakh-Burhanudin Unggul di Pilkada Nabire"
NABIRE = ("Menurut hitungan sekretariat tim pemenangan, pasangan nomor urut 2 Mesak Magai dan "
          "Burhanudin memperoleh 71.825 suara atau 63,04 persen, sedangkan pasangan nomor urut 1 "
          "Maas memperoleh 42.107 suara atau 36,96 persen di Kabupaten Nabire.",
          "Ia menambahkan, suara yang belum masuk hingga kini sebanyak 10.981 suara atau 9,19 "
          "persen, antara lain surat suara rusak dan surat suara yang tidak terpakai.")


def test_the_ballots_not_yet_in_are_no_pairs_votes():
    got = claims_of(NABIRE_TITLE, *NABIRE)
    assert not read(got, "10981") and not read(got, "9.19")
    # the pairs' own counts beside them keep their reading
    assert {r[3] for r in read(got, "71825")} == {2}
    assert {r[3] for r in read(got, "42107")} == {1}


def test_a_pairs_votes_counted_after_the_rest_came_in_keep_their_reading():
    # Negative control: "setelah suara yang belum masuk dihitung" is when, not what: the count
    # after it is still the pair's.
    got = claims_of(NABIRE_TITLE, "Setelah suara yang belum masuk dihitung, pasangan nomor urut "
                    "2 Mesak Magai dan Burhanudin memperoleh 71.825 suara di Kabupaten Nabire.")
    assert {r[3] for r in read(got, "71825")} == {2}


# ---- 2. A pair written "A dengan B (Short)" defines its short name as "A-B (Short)" does.
# A reader's Kompasiana post on Kabupaten Madiun, 28 Nov 2024 (blog-kompasiana-pilbup-madiun-
# suasana): "Ahmad Dawami dengan Sandhika Ferryantiko (Madiun Menyala), serta Hari Wuryanto
# dengan Purnomo Hadi (Harmonis)", then "Harmonis memenangi pilkada 2024 dengan perolehan
# sementara 56,14 persen". The members joined by "dengan" were no pair's name, so the tagline
# named nobody and the share was lost.
MADIUN_TITLE = "Suasana Pilkada Serentak 2024 di Kabupaten Madiun"
MADIUN_PAIRS = ("Saya mencoblos di Kabupaten Madiun, Jawa Timur, jadi yang saya ikuti adalah "
                "dua pasangan calon bupati: Ahmad Dawami dengan Sandhika Ferryantiko (Madiun "
                "Menyala), serta Hari Wuryanto dengan Purnomo Hadi (Harmonis).")


def test_a_short_name_after_members_joined_by_dengan_names_the_pair():
    got = claims_of(MADIUN_TITLE, MADIUN_PAIRS, "Harmonis memenangi pilkada 2024 dengan "
                    "perolehan sementara 56,14 persen.")
    assert {r[:4] for r in read(got, "56.14")} == {("pilkada2024", "regent_mayor", "3519", 2)}
    assert not {r[4] for r in read(got, "56.14")} & FLAGS


def test_members_of_two_pairs_joined_by_dengan_name_no_pair():
    # Negative control: "dengan" joining members of two different pairs names nobody; the
    # short name after them gets no pair.
    got = claims_of(MADIUN_TITLE, "Di Kabupaten Madiun, Hari Wuryanto dengan Sandhika "
                    "Ferryantiko (Harsan) sama-sama pernah menjabat.", "Harsan memperoleh "
                    "56,14 persen.")
    assert not {r[3] for r in read(got, "56.14")} - {None}
