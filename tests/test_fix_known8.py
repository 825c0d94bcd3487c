"""Shapes stop 37 left open (/work/note_s37.md, "Noticed and left alone"; tests/corpus/findings/
hunt.md, blind hunts 32-35), each a general shape with variants and negative controls. Our own
sentences, the shipped record's figures.

1. A dateline whose newsroom's name comes first ("TVRINews, Jakarta" alone on its line under the
   headline, blind hunt 35 page 07): the city was taken for the page's area, so the national
   quick count was held `page_region_below` as DKI Jakarta's, and a wrong national share beside
   it left `region_unclear`. It names where the reporter filed (opening_line.masthead_first).
"""

from __future__ import annotations

import pytest

from builders import flags, found

PROSE = ("Komisi Pemilihan Umum mengumumkan hasil rekapitulasi penghitungan suara pemilihan "
         "presiden dan wakil presiden dalam rapat pleno terbuka yang berlangsung hingga malam.")


def areas(claims: list, value: float) -> list:
    """(status, reason, region) of the figures of `value`."""
    return [(f[3], f[4], f[2]) for f in claims if f[1] == value]


# ---- 1. "TVRINews, Jakarta": the newsroom, then the city, alone on the line.
@pytest.mark.parametrize("masthead", ["TVRINews, Jakarta", "iNews, Jakarta", "IDN Times, Jakarta",
                                      "Kompas.com, Jakarta"])
def test_1_a_masthead_then_a_city_is_a_dateline_not_the_quick_count_s_area(shipped_context,
                                                                           masthead):
    # the blind page's shape: a date line, then the masthead line, then a pollster's count
    claims = found(shipped_context, "Hasil Akhir Quick Count Poltracking: Prabowo-Gibran Unggul "
                   "58,51 Persen", "20 Februari 2024", masthead,
                   "Hasil akhir hitung cepat yang digelar oleh Lembaga Survei Poltracking "
                   "Indonesia mencatat bahwa pasangan calon presiden dan wakil presiden nomor urut "
                   "2, Prabowo Subianto-Gibran Rakabuming mendapat suara sebanyak 58,51 persen.")
    assert areas(claims, 58.51) and all(a[2] == "" for a in areas(claims, 58.51)), claims
    assert not flags(claims), claims


@pytest.mark.parametrize("city", ["Jakarta", "Surabaya"])
def test_1_a_wrong_national_share_under_such_a_dateline_is_caught(shipped_context, city):
    # the decree's 58,59 written 48,59: the nation's, caught (was region_unclear)
    claims = found(shipped_context, "KPU Umumkan Hasil Pilpres 2024", f"TVRINews, {city}", PROSE,
                   "Pasangan Prabowo Subianto-Gibran Rakabuming Raka meraih 96.214.691 suara atau "
                   "48,59 persen.")
    assert ("discrepant", None, "") in areas(claims, 48.59), claims
    assert ("consistent", None, "") in areas(claims, 96214691), claims


def test_1_control_the_dateline_city_s_own_race_stays_graded(shipped_context):
    # the page's only area is the dateline's city and its figure is that city's race
    claims = found(shipped_context, "Eri Cahyadi-Armuji Menang Pilkada Surabaya 2024",
                   "TVRINews, Surabaya",
                   "Rapat pleno rekapitulasi hasil penghitungan suara pemilihan wali kota dan wakil "
                   "wali kota digelar KPU setempat dan berlangsung hingga malam dengan pengamanan.",
                   "Pasangan Eri Cahyadi-Armuji menang atas kolom kosong dengan 81,38 persen.")
    assert ("consistent", None, "3578") in areas(claims, 81.38), claims


def test_1_control_a_place_after_a_party_on_its_own_line_is_not_a_dateline(shipped_context):
    # "PDIP, Jawa Tengah" alone on a line is no newsroom: the province stays the figure's
    claims = found(shipped_context, "Hasil Pilpres 2024 Versi Rekapitulasi", "PDIP, Jawa Tengah",
                   "Rapat pleno rekapitulasi hasil penghitungan suara pemilihan presiden dan wakil "
                   "presiden digelar KPU provinsi hingga larut malam dengan pengamanan ketat.",
                   "Pasangan Ganjar Pranowo-Mahfud MD meraih 34,35 persen.")
    assert [a[2] for a in areas(claims, 34.35)] == ["33"], claims
