"""Small general shapes left over this session.

1. A party's regional board ("DPD PDIP", "DPD Partai Golkar", "DPD II Golkar") is no senate:
   a Pilkada figure after "Menurut hitungan internal DPD PDIP DKI Jakarta" was given the DPD
   race of the Pemilu (held as another race). "DPD DKI Jakarta" with no party still is the
   senate's seat.
2. A count written to its last vote with thousands points and a stray "juta"/"ribu"
   ("meraih 2.183.239 juta") is read as written, never 2.1 trillion votes; with no "suara" or
   vote's verb about it ("dana kampanye mencapai 2.809.393 juta") it is no figure; a rupiah
   amount ("Rp 2.809.393 juta") and a rounded "14,1 juta" are multiplied as before.
3. "13,61% dari 100%": the "100%" is the whole the progress is of, no second progress; "76,34
   persen dari 100 persen suara masuk" keeps its progress (what was counted follows).
4. A wiki's title "Pemilihan umum Gubernur Jawa Timur 2018" / "Pemilihan umum Bupati Kediri
   2020" is that year's Pilkada, not "pemilu2018"; "Pemilihan umum Presiden Indonesia 2019"
   stays the Pemilu.

Short pages in our own words with real figures of the shipped record (Pilgub DKI Jakarta
2024: Pramono-Rano Karno 2.183.239 suara, 50,07 persen; Pilgub Jawa Timur 2024 in Kota
Surabaya: Risma-Gus Hans 857.501, Khofifah-Emil 299.689)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim
from checker.figures.election_keys import election_key
from checker.figures.numbers import find_numbers

FLAGS = ("minor", "discrepant")


def graded(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, claim.value, claim.candidate_name, claim.election, c.status, c.reason)
            for claim, c in every_claim(check_article(title, body, ctx=ctx))]


def statuses(found: list, kind: str, value) -> set:
    return {(f[4], f[5]) for f in found if f[0] == kind and f[1] == value}


# ---- 1. A party's board is not the senate.
@pytest.mark.parametrize("title, board, sentence, value", [
    ("Hasil Pilkada Jakarta 2024", "DPD PDIP DKI Jakarta",
     "Pramono-Rano Karno meraih 2.183.239 suara.", 2183239),
    ("Hasil Pilkada Jakarta 2024", "DPD Partai Golkar",
     "Pramono-Rano Karno meraih 2.183.239 suara.", 2183239),
    ("Hasil Pilgub Jatim 2024", "DPD II Golkar Kota Surabaya",
     "Risma-Gus Hans meraih 857.501 suara di Kota Surabaya.", 857501),
    ("Hasil Pilgub Jatim 2024", "DPD Gerindra Jawa Timur",
     "Khofifah-Emil meraih 299.689 suara di Kota Surabaya.", 299689),
])
def test_a_partys_board_is_no_senate(shipped_context, title, board, sentence, value):
    found = graded(shipped_context, title, f"Menurut hitungan internal {board}, {sentence}")
    assert statuses(found, "votes", value) == {("consistent", None)}, found


def test_a_partys_board_in_the_title_is_no_senate(shipped_context):
    found = graded(shipped_context, "DPD PDIP DKI Klaim Pramono-Rano Menang Pilkada Jakarta",
                   "Pramono-Rano Karno meraih 2.183.239 suara.")
    assert statuses(found, "votes", 2183239) == {("consistent", None)}, found


def test_a_wrong_figure_after_the_board_is_caught(shipped_context):
    """Negative control: a wrong count after the board is graded and flagged."""
    found = graded(shipped_context, "Hasil Pilkada Jakarta 2024",
                   "Ketua DPD PDIP DKI Jakarta hadir saat KPU DKI menetapkan Pramono-Rano Karno "
                   "meraih 2.283.239 suara.")
    assert statuses(found, "votes", 2283239) == {("discrepant", None)}, found
    right = graded(shipped_context, "Hasil Pilkada Jakarta 2024",
                   "Ketua DPD Partai Golkar DKI Jakarta hadir saat KPU DKI menetapkan "
                   "Pramono-Rano Karno meraih 2.183.239 suara.")
    assert statuses(right, "votes", 2183239) == {("consistent", None)}, right


@pytest.mark.parametrize("house", ["DPD DKI Jakarta", "DPD RI"])
def test_the_senate_without_a_party_stays_the_senate(shipped_context, house):
    """Negative control: "DPD" with no party after it is the senate's race, never compared."""
    found = graded(shipped_context, "Hasil Pemilu 2024 di Jakarta",
                   f"Untuk {house}, calon nomor urut 1 meraih 2.183.239 suara.")
    assert all(f[4] == "unverifiable" for f in found if f[0] == "votes"), found


# ---- 2. A count written in full with a stray magnitude word.
@pytest.mark.parametrize("text, value", [
    ("meraih 1.867.303 juta", 1867303),
    ("meraih 2.183.239 juta atau 50,07 persen", 2183239),
    ("mengantongi 857.501.123 ribu", 857501123),
    ("memperoleh sebanyak 299.689.000 ribu", 299689000),
    ("meraih 2.183.239 juta suara", 2183239),
])
def test_a_count_in_full_is_read_as_written(text, value):
    first = find_numbers(text)[0]
    assert (first.value, first.approximate) == (value, False)


@pytest.mark.parametrize("text", [
    "dana kampanye mencapai 2.809.393 juta",     # no vote's verb: maybe money
    "tercatat 1.867.303 ribu",
])
def test_a_count_in_full_without_votes_is_no_figure(text):
    """Neither a trillion votes nor a count: no figure (held by never being claimed)."""
    assert find_numbers(text) == []


def test_campaign_money_in_full_is_never_a_flagged_count(shipped_context):
    found = graded(shipped_context, "Hasil Pilkada Jakarta 2024",
                   "Dana kampanye Pramono-Rano Karno mencapai 2.809.393 juta.")
    assert not any(f[4] in FLAGS for f in found), found


@pytest.mark.parametrize("text, value", [
    ("Rp 2.809.393 juta", 2809393 * 10 ** 6),     # rupiah in millions
    ("2.809.393 juta rupiah", 2809393 * 10 ** 6),
    ("14,1 juta", 14_100_000),                    # a rounded count
    ("1.867 ribu", 1_867_000),                    # one group: within the voters
])
def test_money_and_rounded_counts_are_multiplied(text, value):
    """Negative controls: the magnitude word applies where it can."""
    assert find_numbers(text)[0].value == value


def test_a_count_in_full_is_graded_and_a_wrong_one_caught(shipped_context):
    right = graded(shipped_context, "Hasil Pilkada Jakarta 2024",
                   "Pramono-Rano Karno meraih 2.183.239 juta atau 50,07 persen.")
    assert statuses(right, "votes", 2183239) == {("consistent", None)}, right
    wrong = graded(shipped_context, "Hasil Pilkada Jakarta 2024",
                   "Pramono-Rano Karno meraih 2.283.239 juta atau 50,07 persen.")
    assert statuses(wrong, "votes", 2283239) == {("discrepant", None)}, wrong


# ---- 3. "dari 100%" is the whole.
@pytest.mark.parametrize("text, percents", [
    ("kira-kira 13,61% dari 100%, sudah masuk", [Decimal("13.61")]),
    ("baru 42,15 persen dari 100 persen.", [Decimal("42.15")]),
    ("sekitar 75,26% of 100%", [Decimal("75.26")]),
    ("baru 13,61 persen dari total 100 persen, sudah masuk", [Decimal("13.61")]),
    # negative controls: a progress of its own
    ("76,34 persen dari 100 persen suara masuk", [Decimal("76.34"), Decimal(100)]),
    ("data masuk 100%, Pramono unggul 50,07%", [Decimal(100), Decimal("50.07")]),
    ("13,61% dari 100 TPS", [Decimal("13.61")]),
])
def test_the_whole_after_dari_is_no_figure(text, percents):
    assert [n.value for n in find_numbers(text) if n.unit == "percent"] == percents


def test_the_whole_is_no_second_progress(shipped_context):
    found = graded(shipped_context, "Hasil Pilkada Jakarta 2024",
                   "Data yang masuk di Sirekap baru 13,61% dari 100%. Pramono-Rano Karno meraih "
                   "50,07 persen.")
    assert sorted(f[1] for f in found if f[0] == "progress") == [Decimal("13.61")], found
    assert not any(f[4] in FLAGS for f in found), found


# ---- 4. Wiki-style titles of a Pilkada.
@pytest.mark.parametrize("word, year, key", [
    ("Pemilihan umum Gubernur", 2018, "pilkada2018"),
    ("Pemilihan umum Bupati", 2020, "pilkada2020"),
    ("Pemilihan  umum Wali Kota", 2020, "pilkada2020"),
    ("pemilihan umum walikota", 2017, "pilkada2017"),
    # negative controls: the Pemilu
    ("Pemilihan umum", 2019, "pemilu2019"),
    ("Pemilihan umum Presiden", 2019, "pemilu2019"),
    ("Pemilu", 2024, "pemilu2024"),
])
def test_election_key_of_the_office(word, year, key):
    assert election_key(word, year) == key


@pytest.mark.parametrize("title, key", [
    ("Pemilihan umum Gubernur Jawa Timur 2018", "pilkada2018"),
    ("Pemilihan umum Bupati Kediri 2020", "pilkada2020"),
    ("Pemilihan umum Wali Kota Surabaya 2020", "pilkada2020"),
    ("Pemilihan umum Presiden Indonesia 2019", "pemilu2019"),   # negative control
])
def test_wiki_titles_name_their_election(shipped_context, title, key):
    found = graded(shipped_context, title,
                   "Pasangan nomor urut 1 memperoleh 2.183.239 suara atau 50,07 persen.")
    assert {f[3] for f in found if f[0] in ("votes", "share")} == {key}, found
    assert not any(f[4] in FLAGS for f in found), found


def test_a_wiki_title_of_the_recorded_pilkada_is_graded(shipped_context):
    right = graded(shipped_context, "Pemilihan umum Gubernur DKI Jakarta 2024",
                   "Pramono Anung-Rano Karno memperoleh 2.183.239 suara atau 50,07 persen.")
    assert statuses(right, "votes", 2183239) == {("consistent", None)}, right
    wrong = graded(shipped_context, "Pemilihan umum Gubernur DKI Jakarta 2024",
                   "Pramono Anung-Rano Karno memperoleh 2.283.239 suara atau 50,07 persen.")
    assert statuses(wrong, "votes", 2283239) == {("discrepant", None)}, wrong
