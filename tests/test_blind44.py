"""Blind hunt 44 (Pilkada 2024 regent and mayor races outside Java as regional pages report
them; tests/corpus/findings/hunt.md, "Blind hunt 44"): the shapes of its theme that were read
wrong when probed, each a short page in our own words with the real figures of the record
(the kecamatan counts of the regent and mayor races, Sirekap at 100 % of their TPS, equal to
the plenaries the pages report)."""

from __future__ import annotations

import pytest

from builders import FLAGS, check_article, every_claim


def _claims(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return every_claim(check_article(title, body, ctx=ctx))


def _written(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # 6.019


def _at(found: list, value: int) -> list:
    return [(claim, c) for claim, c in found if claim.value == value]


# ---- A. A pair's list of kecamatan counts whose later items are written bare ("... di
# Kecamatan Selebar 6.640 suara dan Ratu Agung 6.019 suara"), where the bare kecamatan's name
# also reads as the name of a candidate of another race (Ratu Agung: "Dr. R. AGUNG SETYAWAN",
# Kulon Progo; Seberang Musi: "MUH. SINGGIH B. MUS - MOH. TANJUNG ...", Tolitoli; Tanjung Sari:
# "ARI WIBOWO - AZWAR SAZALI TANJUNG", Padang Lawas). The item took that candidate and race, was
# left with no area and held `lower_level`; the record holds the kecamatan's count.
LISTS = [
    ("Pleno KPU Kota Bengkulu, Dani-Sukatno Kuat di Selebar",
     "KPU Kota Bengkulu menuntaskan rapat pleno rekapitulasi Pilkada Kota Bengkulu 2024, Kamis "
     "(5/12/2024). Pasangan nomor urut 1 Dani Hamdani-Sukatno memperoleh 34.414 suara.",
     "Raihan suara terbesar Dani-Sukatno ada di Kecamatan Selebar 6.640 suara dan Ratu Agung "
     "{value} suara.", 6019, "177106"),
    ("Rekapitulasi Pilkada Kepahiang: Zurdi Nata-Abdul Hafizh Unggul",
     "KPU Kabupaten Kepahiang merampungkan rekapitulasi Pemilihan Bupati dan Wakil Bupati "
     "Kepahiang 2024. Pasangan nomor urut 3 Zurdi Nata-Abdul Hafizh meraih 36.349 suara.",
     "Zurdi Nata-Abdul Hafizh mendulang suara di Kecamatan Kepahiang 12.295 suara, lalu "
     "Seberang Musi {value} suara.", 1774, "170807"),
    ("Egi-Syaiful Menang di Pilkada Lampung Selatan",
     "KPU Lampung Selatan menetapkan hasil rekapitulasi Pilkada Lampung Selatan 2024. Pasangan "
     "nomor urut 2 Radityo Egi Pratama-M. Syaiful Anwar memperoleh 329.124 suara.",
     "Suara Egi-Syaiful terbanyak datang dari Kecamatan Natar 54.901 suara, Candipuro 20.483 "
     "suara dan Tanjung Sari {value} suara.", 9705, "180122"),
]


@pytest.mark.parametrize("title, lead, items, value, code", LISTS)
def test_a_bare_kecamatan_item_named_like_another_race_s_candidate_is_the_kecamatan(
        shipped_context, title, lead, items, value, code):
    found = _claims(shipped_context, title, lead, items.format(value=_written(value)))
    item = _at(found, value)
    assert item, found
    claim, c = item[0]
    assert claim.region_code == code, (claim, c)
    assert c is not None and c.status == "consistent", (claim, c)


@pytest.mark.parametrize("title, lead, items, value, code", LISTS)
def test_a_wrong_count_of_that_kecamatan_is_caught(shipped_context, title, lead, items, value,
                                                     code):
    wrong = value + 100
    found = _claims(shipped_context, title, lead, items.format(value=_written(wrong)))
    item = _at(found, wrong)
    assert item and item[0][1] is not None and item[0][1].status in FLAGS, item


def test_another_race_s_pair_after_the_list_keeps_its_race(shipped_context):
    # the name after the list's item is a pair of the governor race, no kecamatan: it stays
    # that pair's figure, no kecamatan item of the mayor's pair (held, as before, for the
    # kecamatan its sentence names)
    found = _claims(shipped_context, LISTS[0][0], LISTS[0][1],
                    "Raihan suara terbesar Dani-Sukatno ada di Kecamatan Selebar 6.640 suara, "
                    "lalu Helmi Hasan-Mian 110.315 suara untuk Pilgub Bengkulu di Kota Bengkulu.")
    item = _at(found, 110315)
    assert item and item[0][0].race_kind == "governor" and item[0][0].nomor_urut == 1, item
    assert not (item[0][0].region_code or "").startswith("1771"), item
