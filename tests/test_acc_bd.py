"""corpus-bd (Pilkada 2024 regent and mayor races outside Java): the shapes its dev pages lost,
each a short page in our own words with real figures of the shipped record, with variants and
the near shapes that must keep their reading (tests/corpus/findings/corpus-bd.md)."""

from __future__ import annotations

from decimal import Decimal

from builders import one_status as one, status_claims

FLAGS = {"discrepant", "minor"}


def claims_of(title: str, *paragraphs: str):
    return status_claims(title, *paragraphs, url="https://www.example-news.co.id/read/pilkada")


def no_pair(got, value: str):
    for claim, status in got:
        if claim.value == Decimal(value):
            assert claim.nomor_urut is None and status not in FLAGS, \
                (value, claim.race_region, claim.nomor_urut, claim.hold, status)


# ---- 1. A pair's nickname in apposition after its full names: "X dan Y, yang dikenal sebagai
# paket A-B, ... N suara", "X dan Y atau paket A-B ... N suara" (iNewsFlores, Manggarai: the
# nearest name before the count, "Hery-Faby", named nobody, so the count had no pair). The page
# says outright whose nickname it is, as "(Paket X)" and "yang dikenal sebagai Paket X" already
# do (figures/package_names.py, page_roster._or_definitions).
MANGGARAI = "Hasil Pleno Pilkada Manggarai 2024"
MANGGARAI_LEAD = "KPU Kabupaten Manggarai menetapkan hasil rekapitulasi pemilihan bupati."
WAJO = "KPU Wajo Tetapkan Hasil Rekapitulasi Pilkada Wajo 2024"
WAJO_LEAD = "KPU Kabupaten Wajo menetapkan hasil rekapitulasi pemilihan bupati, Selasa (3/12)."
# Sirekap at 100 %, where a wrong share is graded (a plenary's differing count is held
# plenary_not_loaded: the record holds no plenary for Wajo).
WAJO_RC = "Hasil Real Count Pilkada Wajo 2024"
WAJO_RC_LEAD = ("Berdasarkan real count KPU di Sirekap dengan data masuk 100 persen, berikut hasil "
                "pemilihan bupati Wajo.")


def test_a_nickname_known_as_after_the_full_names_is_the_pairs():
    got = claims_of(MANGGARAI, MANGGARAI_LEAD, "Pleno itu menempatkan Heryberus GL. Nabit dan "
                    "Faby Abu, yang dikenal sebagai paket Hery-Faby, di urutan teratas dengan "
                    "68.169 suara.")
    claim, _ = one(got, "68169")
    assert (claim.race_region, claim.nomor_urut) == ("5310", 2)


def test_a_nickname_after_atau_paket_is_the_pairs():
    got = claims_of(MANGGARAI, MANGGARAI_LEAD, "Pleno itu menempatkan Heryberus GL. Nabit dan "
                    "Faby Abu atau paket Hery-Faby di posisi pertama dengan 68.169 suara.")
    claim, _ = one(got, "68169")
    assert (claim.race_region, claim.nomor_urut) == ("5310", 2)


def test_known_as_variants_are_graded_and_a_wrong_share_still_caught():
    # Wajo (Sirekap at 100 %): Andi Rosman - Baso Rahmanuddin 130.061 (60,92 %), Amran Mahmud -
    # Amran 83.433 (39,08 %)
    got = claims_of(WAJO, WAJO_LEAD, "Amran Mahmud dan Amran, yang dikenal sebagai paket Pammase, "
                    "memperoleh 83.433 suara.")
    claim, status = one(got, "83433")
    assert claim.nomor_urut == 2 and status == "consistent"
    got = claims_of(WAJO, WAJO_LEAD, "Andi Rosman dan Baso Rahmanuddin atau paket Rosman-Baso "
                    "meraih 130.061 suara.")
    claim, status = one(got, "130061")
    assert claim.nomor_urut == 1 and status == "consistent"
    got = claims_of(WAJO_RC, WAJO_RC_LEAD, "Amran Mahmud dan Amran, yang dikenal sebagai paket "
                    "Pammase, meraih 39,80 persen.")
    claim, status = one(got, "39.80")
    assert claim.nomor_urut == 2 and status in FLAGS


def test_a_nickname_of_names_that_are_no_pair_gives_none():
    # Negative control: the full names are nobody of the race, so the nickname names nobody.
    got = claims_of(WAJO, WAJO_LEAD, "Budi Santoso dan Rudi Hartono, yang dikenal sebagai paket "
                    "Bu-Rud, meraih 130.061 suara.")
    no_pair(got, "130061")


# ---- 2. "Pasangan berjargon LOSARI itu" after the sentence naming the pair (TribunSorong, Kota
# Sorong: no claim at all, while "Pasangan itu meraih ..." is read). A tagline word says what
# "akronim" says: the word after it is the short name of the pair written last before
# (figures/abbreviated.py).
SORONG = "Hasil Pilkada Kota Sorong 2024 Diketok"
SORONG_LEAD = ("KPU Kota Sorong menuntaskan rapat pleno rekapitulasi Pemilihan Gubernur Papua "
               "Barat Daya serta Pemilihan Wali Kota Sorong 2024.")
SORONG_WINNER = ("Di akhir rapat pleno, pasangan calon nomor urut 2 Septinus Lobat-Anshar Karim "
                 "ditetapkan sebagai pemenang.")


def test_a_pair_by_its_jargon_after_its_sentence():
    got = claims_of(SORONG, SORONG_LEAD, SORONG_WINNER, "Pasangan berjargon LOSARI itu meraih "
                    "suara sah sebanyak 46.209 suara.")
    claim, _ = one(got, "46209")
    assert (claim.race_region, claim.nomor_urut) == ("9671", 2)
    got = claims_of(SORONG, SORONG_LEAD, SORONG_WINNER, "Baca juga: Saksi Walk Out saat Rapat "
                    "Pleno", "Pasangan dengan jargon LOSARI itu meraih 46.209 suara.")
    claim, _ = one(got, "46209")
    assert (claim.race_region, claim.nomor_urut) == ("9671", 2)


def test_a_tagline_variant_is_graded_and_a_wrong_share_caught():
    winner = "Pasangan nomor urut 2 Amran Mahmud-Amran gagal mempertahankan kursinya."
    got = claims_of(WAJO, WAJO_LEAD, winner, "Pasangan bertagline PAMMASE itu meraih 83.433 "
                    "suara.")
    claim, status = one(got, "83433")
    assert claim.nomor_urut == 2 and status == "consistent"
    got = claims_of(WAJO_RC, WAJO_RC_LEAD, winner, "Pasangan berjargon PAMMASE itu meraih "
                    "39,80 persen.")
    claim, status = one(got, "39.80")
    assert claim.nomor_urut == 2 and status in FLAGS


def test_a_jargon_with_no_pair_before_names_nobody():
    # Negative control: no pair is written before the tagline: nothing to stand for.
    got = claims_of(WAJO, WAJO_LEAD, "Pasangan berjargon PAMMASE itu meraih 83.433 suara.")
    no_pair(got, "83433")


# ---- 3. A headline that opens with the share won, its unit and the count's name going on
# before the comma, then the pair: "Raup 35,62 Persen Suara Berdasarkan Hitung Cepat Internal,
# Paket AKUR Menang Telak di Pilkada Manggarai Timur 2024" (NTT Update: the share was left to
# nobody; "Raih 2,1 Juta Suara, Prabowo-Gibran Menang" was read). The pair is written "Paket
# AKUR", and AKUR is spelt out first-then-bracketed: "AKUR (Agas Andreas dan Tarsisius Syukur)"
# (figures/short_first.py). Past more than the comma, only a pair the record has is taken.
KOLAKA_LEAD = ("Hasil real count KPU di Sirekap menunjukkan keunggulan pasangan nomor urut 1 di "
               "Pilkada Kolaka.")


def test_a_headline_share_with_its_unit_going_on_before_the_pair():
    # Kolaka (Sirekap at 99 %): Amri - Husmaluddin 81.788 (59,86 %)
    for title in ("Raih 59,86 Persen Suara, Amri-Husmaluddin Unggul di Pilkada Kolaka",
                  "Raup 59,86 Persen Suara Berdasarkan Real Count KPU, Amri-Husmaluddin Menang "
                  "Pilkada Kolaka",
                  "Kantongi 59,86 Persen Suara Sah, Pasangan Amri-Husmaluddin Menang di Kolaka"):
        got = claims_of(title, KOLAKA_LEAD)
        claim, status = one(got, "59.86")
        assert (claim.race_region, claim.nomor_urut) == ("7401", 1), title
        assert status == "consistent", title


def test_a_wrong_headline_share_so_written_is_still_caught():
    got = claims_of("Raih 58,96 Persen Suara, Amri-Husmaluddin Unggul di Pilkada Kolaka",
                    KOLAKA_LEAD)
    claim, status = one(got, "58.96")
    assert claim.nomor_urut == 1 and status in FLAGS


def test_a_headline_share_before_a_party_or_a_place_is_no_pairs():
    # Negative controls: what follows the comma is no pair.
    no_pair(claims_of("Raih 59,86 Persen Suara, Partai Golkar Menang di Kolaka", KOLAKA_LEAD),
            "59.86")
    no_pair(claims_of("Raih 59,86 Persen Suara, Kolaka Jadi Basis Terkuat", KOLAKA_LEAD),
            "59.86")
    # a pair's epithet the record does not hold before its names: no pair, no third share
    got = claims_of("Raih 59,86% Suara, Cabup-Cawabup Amri-Husmaluddin Resmi Menang Pilkada "
                    "Kolaka", KOLAKA_LEAD)
    no_pair(got, "59.86")


MATIM = "Hasil Tabulasi Pilkada Manggarai Timur 2024"
MATIM_LIST = ("Menurut tabulasi tim, hasilnya: HARUM (Hadir Untuk Masyarakat): 38.326 suara; "
              "AKUR (Agas Andreas dan Tarsisius Syukur): 45.463 suara.")


def test_a_short_name_spelt_out_in_brackets_after_it_names_the_pair():
    # Manggarai Timur (Sirekap at 87 %): Agas Andreas - Tarsisius Sjukur 45.463, ballot 2
    got = claims_of(MATIM, MATIM_LIST, "Dengan hasil itu, pasangan AKUR meraih 35,97 persen.")
    claim, _ = one(got, "45463")
    assert (claim.race_region, claim.nomor_urut) == ("5319", 2)
    claim, _ = one(got, "35.97")
    assert (claim.race_region, claim.nomor_urut) == ("5319", 2)
    got = claims_of("Raup 35,97 Persen Suara Berdasarkan Hitung Cepat Internal, Paket AKUR "
                    "Menang Telak di Pilkada Manggarai Timur 2024", MATIM_LIST)
    claim, _ = one(got, "35.97")
    assert (claim.race_region, claim.nomor_urut) == ("5319", 2)


def test_an_expansion_that_is_no_pairs_names_nobody():
    # Negative control: HARUM's brackets spell out a slogan, not the members: its count keeps
    # no pair from the definition.
    got = claims_of(MATIM, "Menurut tabulasi tim, hasilnya: HARUM (Hadir Untuk Masyarakat): "
                    "38.326 suara.", "Dengan hasil itu, pasangan HARUM meraih 30,32 persen.")
    no_pair(got, "30.32")
