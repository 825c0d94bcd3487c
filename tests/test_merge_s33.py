"""Shapes found when the seventh session's branches met (merge-s33), each a failing-first test.

1. Two shares a hair under a hundred, each within one unit of its last decimal of the record's
   share rounded as the page writes it, blame neither (share_sum's fine path): blind hunt 20's
   Jateng page, "Luthfi-Yasin meraih 11.323.071 suara atau 59,13 persen", "Andika-Hendi
   memperoleh 7.773.555 suara atau 40,85 persen" (99,98), was graded minor, "should be 59,15",
   although Sirekap's reading gives 59,14 and 40,86: compare allows one unit, so must the
   page's own sum. A share two units off beside one that holds is still blamed.
"""

from __future__ import annotations

from decimal import Decimal

from builders import check_article, every_claim

D = Decimal
FLAGS = ("minor", "discrepant")

# The record's Jawa Tengah governor reading (Sirekap, 28 Nov 2024, 99,75 % of TPS): Andika-Hendi
# (nomor 1) 7.841.476, Ahmad Luthfi-Taj Yasin (nomor 2) 11.350.609, shares 40,86 and 59,14.
JATENG = ("<p>SEMARANG - Rekapitulasi Pilgub Jawa Tengah 2024 sudah selesai, Kamis (5/12/2024)."
          "</p><p>Secara total, Luthfi-Yasin meraih {luthfi} suara atau {a} persen. Sementara, "
          "Andika-Hendi memperoleh {andika} suara atau {b} persen.</p>")
TITLE = "Luthfi-Yasin Menang di Pilgub Jawa Tengah"


def _found(ctx, a: str, b: str, luthfi: str = "11.323.071", andika: str = "7.773.555") -> dict:
    body = JATENG.format(a=a, b=b, luthfi=luthfi, andika=andika)
    report = check_article(TITLE, body, ctx=ctx)
    return {(claim.kind, claim.value): comp for claim, comp in every_claim(report)
            if comp is not None}


def _flagged(found: dict) -> set:
    return {value for (kind, value), c in found.items() if kind == "share" and c.status in FLAGS}


def test_two_shares_each_a_unit_under_the_record_blame_neither(shipped_context):
    found = _found(shipped_context, "59,13", "40,85")
    assert ("share", D("59.13")) in found and ("share", D("40.85")) in found
    assert not _flagged(found)


def test_the_same_for_the_other_pair_a_unit_over(shipped_context):
    # 59,15 + 40,87 = 100,02: each a unit over the record's rounded shares.
    found = _found(shipped_context, "59,15", "40,87")
    assert not _flagged(found)


def test_a_share_two_units_off_beside_one_that_holds_is_still_blamed(shipped_context):
    # 59,12 + 40,86 = 99,98: 40,86 is the record's, 59,12 two units under its 59,14.
    found = _found(shipped_context, "59,12", "40,86")
    assert _flagged(found) == {D("59.12")}
    assert found[("share", D("59.12"))].official_value == D("59.14")


def test_accurate_shares_stay_consistent(shipped_context):
    found = _found(shipped_context, "59,14", "40,86")
    assert found[("share", D("59.14"))].status == "consistent"
    assert not _flagged(found)
