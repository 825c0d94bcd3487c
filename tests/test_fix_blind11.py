"""The eleventh blind run (43 real pages nobody had tuned on, 2026-12-06): a sentence's vote
counts were held as a count of another moment while the shares of that very sentence were graded
against the final result, so a page quoting a count partway ("Dari 300 TPS ...") got its correct
shares flagged. Short pages in our own words with the real figures of the shipped record
(Pilwalkot Yogyakarta 2024: Sirekap complete at 651 TPS, Hasto-Wawan 44,44, Afnan-Singgih 32,44;
Pilbup Pinrang: 660 of 665 TPS; Pilbup Bangka: 455 TPS, Mulkan-Ramadian 42,75 against the empty
box's 57,25)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")
GRADED = ("consistent", *FLAGS)


def shares(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim, c) for claim, c in compared(check_article(title, body, ctx=ctx))
            if claim.kind == "share"]


YOGYA = "Hasto-Wawan Unggul di Pilkada Kota Yogyakarta"
BANGKA = "Pilkada Bangka 2024, Kotak Kosong Unggul"
PINRANG = "Andi Irwan Hamid Unggul di Pinrang"


# ---- 1. A share given with a count of part of the TPS is that moment's share: held, never
# flagged against the final result (the sentence's counts are already held as another moment).
@pytest.mark.parametrize("title, paragraphs", [
    (YOGYA, ("Dari 300 TPS di Kota Yogyakarta, pasangan Hasto Wardoyo-Wawan Harmawan memperoleh "
             "40.100 suara atau 46,1 persen, disusul Afnan Hadikusumo-Singgih Raharjo dengan "
             "27.300 suara atau 31,4 persen.",)),
    (YOGYA, ("Berdasarkan data dari 300 TPS, Hasto Wardoyo-Wawan Harmawan meraih 46,1 persen "
             "dan Afnan Hadikusumo-Singgih Raharjo 31,4 persen.",)),
    (YOGYA, ("Hasil hitung dari 300 TPS di Kota Yogyakarta menunjukkan Hasto Wardoyo-Wawan "
             "Harmawan meraih 46,1 persen.",)),
    # the count alone says the moment (no TPS phrase): its share goes with it
    (YOGYA, ("Pasangan Hasto Wardoyo-Wawan Harmawan memperoleh 40.100 suara atau 46,1 persen, "
             "disusul Afnan Hadikusumo-Singgih Raharjo dengan 27.300 suara atau 31,4 persen.",)),
    (PINRANG, ("Dari 500 TPS di Kabupaten Pinrang, pasangan Andi Irwan Hamid-Sudirman Bungi "
               "memperoleh 60.100 suara atau 49,5 persen, disusul Ahmad Jaya Baramuli-Abdillah "
               "Natsir dengan 45.300 suara atau 37,3 persen.",)),
    ("Pilkada Bangka 2024", ("Berdasarkan data dari 300 TPS, Mulkan-Ramadian memperoleh 45,1 "
                             "persen, sedangkan kolom kosong 54,9 persen.",)),
    (BANGKA, ("Dari 300 TPS di Kabupaten Bangka, nomor urut 1 H Mulkan-Ramadian memperoleh "
              "33.120 suara atau 45,1 persen.",
              "Sementara kolom kosong dipilih oleh 40.316 atau 54,9 persen.")),
])
def test_a_share_of_part_of_the_tps_is_not_flagged(shipped_context, title, paragraphs):
    found = shares(shipped_context, title, *paragraphs)
    assert found and not [(claim.value, c.status) for claim, c in found if c.status in FLAGS]
    assert all(c.reason == "another_moment" for _, c in found if c.status == "unverifiable")


# ---- 2. Negative controls: the neighbouring shapes keep their grade.
def test_every_tps_and_counts_equal_to_the_record_keep_the_grade(shipped_context):
    found = shares(shipped_context, BANGKA,
                   "Dari 455 TPS di Kabupaten Bangka, Mulkan-Ramadian memperoleh 50.443 suara "
                   "atau 42,75 persen, sedangkan kolom kosong 67.546 suara atau 57,25 persen.")
    assert len(found) == 2 and all(c.status == "consistent" for _, c in found)


def test_a_wrong_share_beside_counts_equal_to_the_record_is_still_flagged(shipped_context):
    # every TPS, the count the record's: the share is the page's slip, not another moment
    found = shares(shipped_context, BANGKA,
                   "Dari 455 TPS di Kabupaten Bangka, Mulkan-Ramadian memperoleh 50.443 suara "
                   "atau 45,1 persen.")
    assert [c.status for claim, c in found if claim.value == Decimal("45.1")] == ["discrepant"]


def test_a_share_off_by_more_than_the_rest_of_the_count_moves_it_is_still_flagged(
        shipped_context):
    # 49.400 is 98 % of the final 50.443: the rest moves the share two points, not 3,35
    found = shares(shipped_context, BANGKA,
                   "Mulkan-Ramadian memperoleh 49.400 suara atau 46,1 persen.")
    assert [c.status for claim, c in found if claim.value == Decimal("46.1")] == ["discrepant"]


@pytest.mark.parametrize("paragraph", [
    "Mulkan-Ramadian memperoleh 45,1 persen, sedangkan kolom kosong 54,9 persen.",
    # the whole count of the race is no part of it
    "Berdasarkan data dari 455 TPS, Mulkan-Ramadian memperoleh 45,1 persen, sedangkan kolom "
    "kosong 54,9 persen.",
])
def test_a_share_with_no_count_and_no_part_keeps_its_flag(shipped_context, paragraph):
    found = shares(shipped_context, "Pilkada Bangka 2024", paragraph)
    assert sorted(c.status for _, c in found) == ["discrepant", "discrepant"]


def test_a_share_of_the_whole_count_stays_graded(shipped_context):
    found = shares(shipped_context, YOGYA,
                   "Dari 651 TPS di Kota Yogyakarta, pasangan Hasto Wardoyo-Wawan Harmawan "
                   "memperoleh 44,44 persen.")
    assert [c.status for _, c in found] == ["consistent"]


def test_a_share_of_the_tps_of_a_reading_the_record_holds_stays_graded(shipped_context):
    # Pilbup Banyumas: Sirekap read at 2.646 of 2.650 TPS (99,85 %), the empty box 40,57
    found = shares(shipped_context, "Pilkada Banyumas 2024",
                   "Di Kabupaten Banyumas, real count dari 2.646 TPS (99,85 persen) mencatat "
                   "kotak kosong memperoleh 40,57 persen.")
    assert [c.status for _, c in found] == ["consistent"]


# ---- 3. A re-vote the page says did not happen names no re-vote (Pilbup Polewali Mandar 2024:
# "tidak adanya PSU atau gugatan di MK" made every plenary figure of the page a 2025 re-vote's,
# held other_election). Sirekap at 800 of 806 TPS: Samsul Mahmud-Andi Nursami 43,50.
POLMAN = "KPU Polewali Mandar Tetapkan Samsul Mahmud-Andi Nursami Bupati Terpilih"
POLMAN_FIGURES = ("Dalam pleno rekapitulasi, pasangan Samsul Mahmud-Andi Nursami meraih 111.590 "
                  "suara atau 43,49 persen.")


def polman(ctx, lead: str) -> list:
    return compared(check_article(POLMAN, f"<p>{lead}</p><p>{POLMAN_FIGURES}</p>", ctx=ctx))


@pytest.mark.parametrize("lead", [
    "Tidak adanya pemungutan suara ulang (PSU) atau gugatan di MK menjadi alasan penetapan.",
    "Untuk Kabupaten Polman tidak ada PSU dan gugatan di MK, sehingga penetapan digelar hari ini.",
    "Penetapan digelar tanpa PSU maupun gugatan ke Mahkamah Konstitusi.",
    "Karena tidak terjadi PSU dan tidak ada sengketa di MK, KPU menetapkan pasangan terpilih.",
])
def test_a_negated_revote_names_no_revote(shipped_context, lead):
    found = polman(shipped_context, lead)
    share = [c for claim, c in found if claim.kind == "share"]
    assert share and [c.status for c in share] == ["consistent"]
    assert not [claim for claim, _ in found if claim.election and "psu" in claim.election]


@pytest.mark.parametrize("lead", [
    "MK memerintahkan pemungutan suara ulang (PSU) di Polewali Mandar.",
    "Pihak yang tidak puas menggugat ke MK, lalu MK memerintahkan PSU di seluruh TPS.",
])
def test_a_revote_said_stays_a_revote(shipped_context, lead):
    found = polman(shipped_context, lead)
    assert found and all(c.status == "unverifiable" for _, c in found)
