"""A share the page states at its own partial progress is of that moment (issue 10 §1, basis
and time): graded only against a reading the record holds of that progress, else held
`another_moment`, even when the record holds a complete reading of the same day (blind7
sumatralink.id, Pilwalkot Pangkalpinang 27 Nov 2024: the empty box's "61 persen suara sah" at
80 % of 307 TPS was graded discrepant against Sirekap's complete 57.98 of that day)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")
TITLE = "Kotak Kosong Unggul di Pilwalkot Pangkalpinang"
# The page's day is the day of the record's complete reading of the race (27 Nov 2024).
PAGE = "<p>PANGKALPINANG, Rabu (27/11/2024) - {first}</p><p>{second}</p>"


def shares_of(ctx, first: str, second: str = "Warga masih menunggu hasil pleno.",
              value: str = "61") -> list:
    found = compared(check_article(TITLE, PAGE.format(first=first, second=second), ctx=ctx))
    return [c for claim, c in found if claim.kind == "share" and claim.value == Decimal(value)]


@pytest.mark.parametrize("first, second", [
    ("Menurut data real count KPU, kotak kosong meraih 61 persen suara sah dari 80 persen TPS "
     "yang sudah masuk.", "Warga masih menunggu hasil pleno."),
    ("Real count KPU mencatat kotak kosong meraih 61 persen suara sah dari 80 persen data yang "
     "masuk.", "Warga masih menunggu hasil pleno."),
    ("Berdasarkan real count KPU, kotak kosong meraih 61 persen suara sah.",
     "Angka itu dari 80 persen dari 307 TPS yang datanya sudah masuk."),
    ("Dengan data masuk 80 persen, real count KPU mencatat kotak kosong meraih 61 persen suara "
     "sah.", "Warga masih menunggu hasil pleno."),
    ("Real count KPU dengan suara masuk 80% mencatat kotak kosong meraih 61 persen.",
     "Warga masih menunggu hasil pleno."),
], ids=["same-sentence", "of-data-in", "next-sentence", "data-masuk", "suara-masuk"])
def test_a_share_at_a_stated_partial_progress_is_not_graded_against_a_complete_reading(
        shipped_context, first, second):
    found = shares_of(shipped_context, first, second)
    assert [(c.status, c.reason) for c in found] == [("unverifiable", "another_moment")], first
    # the reading it was set against is still shown
    assert found[0].official_value == Decimal("57.98")


def test_a_progress_equal_to_the_reading_s_keeps_the_grade(shipped_context):
    found = shares_of(shipped_context, "Menurut data Sirekap KPU yang masuk 100 persen, kotak "
                      "kosong meraih 61 persen suara sah.")
    assert [c.status for c in found] == ["discrepant"]


def test_a_same_day_share_that_states_no_progress_keeps_the_grade(shipped_context):
    found = shares_of(shipped_context, "Berdasarkan real count KPU, kotak kosong meraih 61 persen "
                      "suara sah.")
    assert [c.status for c in found] == ["discrepant"]


def test_a_plenary_share_that_states_no_progress_keeps_the_grade(shipped_context):
    # Pilpres 2024, the decree of 20 Mar 2024: Prabowo-Gibran 58.59 per cent, here written wrong
    body = ("<p>JAKARTA, Rabu (20/3/2024) - Hasil rekapitulasi nasional KPU menetapkan pasangan "
            "Prabowo Subianto-Gibran Rakabuming Raka meraih 60,59 persen suara sah.</p>")
    found = compared(check_article("Hasil Rekapitulasi Pilpres 2024", body, ctx=shipped_context))
    assert [c.status for claim, c in found if claim.value == Decimal("60.59")] == ["discrepant"]


def test_a_share_far_off_at_any_progress_is_still_graded(shipped_context):
    # beyond any drift between two moments of a count (compare.py's _FAR): wrong at 80 % too
    found = shares_of(shipped_context, "Menurut data real count KPU, kotak kosong meraih 71 "
                      "persen suara sah dari 80 persen TPS yang sudah masuk.", value="71")
    assert [c.status for c in found] == ["discrepant"]
