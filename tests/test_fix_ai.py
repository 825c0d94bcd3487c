"""Corpus-ai's dev pages (one page, several areas or several races): the shapes of Indonesian
election prose behind their wrong or missed figures, each a short page in our own words with
the real figures of the dev page named beside it (tests/corpus/findings/corpus-ai.md), then
another outlet's wording, another area or race, and the neighbouring shape that must keep its
reading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> list:
    """[(claim, comparison or None)] of the page's claims, in the page's order."""
    return every_claim(check_article(title, body, url, ctx))


def one(found: list, value, kind: str | None = None):
    hits = [pair for pair in found if pair[0].value == value and kind in (None, pair[0].kind)]
    assert len(hits) == 1, (value, found)
    return hits[0]


# ---- 1. An appositive naming the larger area of the city or regency just named ("Di Ambon,
# ibu kota Provinsi Maluku, ...") describes that city: the figure is the city's, never the
# province's (news-rakyatmaluku-pilpres-maluku-kabupaten: Ambon's 36.00 % for Anies-Muhaimin
# was read as Maluku's; with KPU's count the same shape was graded against the province and
# flagged discrepant).
@pytest.mark.parametrize("title, body, value, area", [
    # the page's own shape, on KPU's count
    ("Hasil Pilpres 2024 di Maluku",
     "<p>Menurut real count KPU, di Ambon, ibu kota Provinsi Maluku, pasangan Anies-Muhaimin "
     "memperoleh 36,00 persen.</p>", Decimal("36.00"), "8171"),
    # another city and province, "ibukota" in one word, no "Provinsi"
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Kendari, ibukota Sulawesi Tenggara, Prabowo-Gibran meraih 40,12 persen suara "
     "menurut real count KPU.</p>", Decimal("40.12"), "7471"),
    # "yang merupakan ibu kota"
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Kota Kendari yang merupakan ibu kota Provinsi Sulawesi Tenggara, Prabowo-Gibran "
     "meraih 40,12 persen suara menurut real count KPU.</p>", Decimal("40.12"), "7471"),
    # a regency: "salah satu kabupaten di", "yang berada di Provinsi"
    ("Hasil Pilpres 2024 di Sumut",
     "<p>Di Langkat, salah satu kabupaten di Sumatera Utara, Prabowo-Gibran meraih 61,20 persen "
     "suara menurut Sirekap KPU.</p>", Decimal("61.20"), "1205"),
    ("Hasil Pilpres 2024 di Sumut",
     "<p>Di Kabupaten Langkat yang berada di Provinsi Sumatera Utara, Prabowo-Gibran meraih "
     "61,20 persen suara menurut Sirekap KPU.</p>", Decimal("61.20"), "1205"),
    # the appositive before the name
    ("Hasil Pilpres 2024 di Maluku",
     "<p>Menurut real count KPU, di ibu kota Provinsi Maluku, Ambon, pasangan Anies-Muhaimin "
     "memperoleh 36,00 persen.</p>", Decimal("36.00"), "8171"),
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di ibukota Sulawesi Tenggara, Kendari, Prabowo-Gibran meraih 40,12 persen suara "
     "menurut real count KPU.</p>", Decimal("40.12"), "7471"),
])
def test_a_figure_after_a_city_and_its_province_as_appositive_is_the_city_s(
        shipped_context, title, body, value, area):
    claim, comparison = one(read(shipped_context, title, body), value, "share")
    assert claim.region_code == area, claim
    assert comparison.status not in FLAGS, comparison


# Another race: the governor pair's share in Ambon on Sirekap (59.11 % at 10:15 on 28 Nov 2024)
# is graded against Ambon's, not Maluku's.
@pytest.mark.parametrize("place", [
    "di Ambon, ibu kota Provinsi Maluku,",
    "di Kota Ambon yang menjadi ibu kota Maluku,",
    "di ibu kota Maluku, Ambon,",
    "di ibu kota Provinsi Maluku, Kota Ambon,",
])
def test_another_race_s_city_figure_is_graded_against_the_city(shipped_context, place):
    body = (f"<p>Menurut Sirekap KPU, {place} pasangan nomor urut 3 Hendrik Lewerissa-Abdullah "
            "Vanath memperoleh 59,11 persen.</p>")
    claim, comparison = one(read(shipped_context, "Hasil Pilgub Maluku 2024", body),
                            Decimal("59.11"), "share")
    assert (claim.race_kind, claim.region_code) == ("governor", "8171"), claim
    assert comparison.status == "consistent", comparison


# The mirror: a province described by its capital ("Provinsi Maluku, yang beribu kota di
# Ambon, ...") keeps the province's figure; and the neighbouring shapes keep theirs: the city
# alone, the province alone, and a list of two areas.
@pytest.mark.parametrize("title, body, value, area", [
    ("Hasil Pilpres 2024 di Maluku",
     "<p>Menurut real count KPU, di Provinsi Maluku, yang beribu kota di Ambon, pasangan "
     "Prabowo-Gibran memperoleh 45,55 persen.</p>", Decimal("45.55"), "81"),
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Kota Kendari, Prabowo-Gibran meraih 40,12 persen suara menurut real count KPU.</p>",
     Decimal("40.12"), "7471"),
    ("Hasil Pilpres 2024 di Sultra",
     "<p>Di Provinsi Sulawesi Tenggara, Prabowo-Gibran meraih 40,12 persen suara menurut real "
     "count KPU.</p>", Decimal("40.12"), "74"),
])
def test_the_neighbouring_shapes_keep_their_area(shipped_context, title, body, value, area):
    claim, _ = one(read(shipped_context, title, body), value, "share")
    assert claim.region_code == area, claim
