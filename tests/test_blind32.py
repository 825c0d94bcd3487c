"""The thirty-second blind run (47 real pages: institutional and secondary pages repeating the
2024 results: KPU kabupaten releases re-run by community portals, regional government and
party statements, campus press and campus surveys, Kompasiana-like essays and blogs, press
aggregators; nobody had tuned on them, 2026-12-07): two flags, one true (Antara's Jawa Barat
16.805.845 for the plenary's 16.805.854), one false (tests/corpus/findings/hunt.md, "Blind
hunt 32").

A. "Dengan popularitas yang dimiliki Anies Baswedan sebagai Gubernur DKI Jakarta ..., ...
   Namun, perolehan suara pasangan Ganjar-Mahfud sebesar 9,85% ...": the place inside a
   candidate's own (not former) office was read as the area of the national figures after it,
   and the Pilpres share was flagged against DKI Jakarta's count. Probed: "Anies Baswedan,
   Gubernur DKI Jakarta 2017-2022,", "Ganjar Pranowo yang dua periode menjabat Gubernur Jawa
   Tengah", "Ganjar, yang dikenal sebagai Gubernur Jawa Tengah," flag the decree's own 24,95 and
   16,47. A place in a head of region's title given as the person's record (his standing
   before "sebagai": "popularitas / pengalaman / dikenal ... X sebagai Gubernur P"; a term's
   length: "yang dua periode / sempat menjabat Gubernur P"; the term's years in an apposition:
   "X, Gubernur P 2017-2022,") describes the person. An official on duty ("dihadiri X sebagai
   Gubernur P", "X selaku Gubernur P", "X, Gubernur P, yang hadir ..."), the title being won
   ("ditetapkan sebagai Gubernur P terpilih", "periode 2025-2030"), held again ("X, Wali Kota
   P, kembali menang") or an official speaking ("X, Gubernur P, menyebut ...") stay the
   figure's area.

B. (Held by luck on a kotak-kosong round-up, then probed.) "... kotak kosong yang meraih 48.528
   suara atau 57,98 persen. Paslon petahana itu hanya memperoleh 35.177 suara atau 41 persen":
   "paslon petahana itu" took the pair of the figure before, the empty box, and a relawan's
   quick count only kept it from a flag; the same words on KPU's real count flagged the single
   pair's 42,02 against the empty box's 57,98. A word pointing back to a pair ("paslon/pasangan
   (calon) (petahana) itu", "mereka", "penantang itu") never means the empty box: it is the
   one pair named before, or no one's (held).

C. (Held by luck on a regency's page, then probed.) The headline "Prabowo 64,37%, Anies 8,86%, dan
   Ganjar 26,77% dari Real Count 25,16% KPU Blora" gave Ganjar a share of 25,16, the count's
   progress; Blora's record has no Pilpres figure, so it was held. The same headline for Jawa
   Tengah flags 65,16 against Ganjar-Mahfud's 34,35. A percentage right after "dari (hasil)
   real count / hitung suara / Sirekap (KPU) (sementara)" is that count's progress ("X% of the
   real count at 65,16%"), no pair's share.

Short pages in our own words with the real figures of the shipped record: the Pilpres 2024
decree (Prabowo-Gibran 58,59 %; Anies-Muhaimin 24,95 %; Ganjar-Mahfud 16,47 %), its DKI Jakarta
count (Anies-Muhaimin 41,07 %, Ganjar-Mahfud 17,26 %) and Jawa Tengah count (Prabowo-Gibran
53,08 %, Anies-Muhaimin 12,58 %, Ganjar-Mahfud 34,35 %); Pilgub DKI 2024's plenary
(Pramono-Rano 2.183.239); Pilwalkot Surabaya 2024 (Eri Cahyadi-Armuji 81,38 %); Sirekap's
Pilwalkot Pangkalpinang 2024 (the empty box 57,98 %, Maulan Aklil-Masagus M Hakim 42,02 %) and
Pilbup Bangka 2024 (the empty box 57,25 %, Mulkan-Ramadian 42,75 %)."""

from __future__ import annotations

import pytest

from builders import flags, found

PILPRES = ("Analisis Hasil Pilpres 2024",
           "KPU menetapkan hasil Pilpres 2024 secara nasional, Rabu (20/3/2024). Prabowo-Gibran "
           "meraih 58,59 persen suara.")


def shares(claims: list, value: float) -> list:
    return [f for f in claims if f[0] == "share" and f[1] == value]


# ---- A. a place in a candidate's own office is no count's area.
@pytest.mark.parametrize("text, value", [
    # the blind page's shape: the title in one sentence, the share in the next
    ("Popularitas Anies Baswedan sebagai Gubernur DKI Jakarta tidak cukup. Perolehan suara "
     "pasangan Ganjar-Mahfud sebesar 16,47 persen juga jauh di bawah Prabowo-Gibran.", 16.47),
    ("Dengan popularitas Anies Baswedan sebagai Gubernur DKI Jakarta, pasangan Anies-Muhaimin "
     "meraih 24,95 persen.", 24.95),
    # in apposition, with the term's years
    ("Anies Baswedan, Gubernur DKI Jakarta 2017-2022, bersama Muhaimin meraih 24,95 persen.",
     24.95),
    # a verb of holding office with words between ("yang dua periode menjabat")
    ("Ganjar Pranowo yang dua periode menjabat Gubernur Jawa Tengah hanya meraih 16,47 persen "
     "bersama Mahfud MD.", 16.47),
    ("Ganjar Pranowo, yang dikenal sebagai Gubernur Jawa Tengah, hanya meraih 16,47 persen "
     "bersama Mahfud MD.", 16.47),
    # a mayor's title ("Wali" before the mention's own "Kota"), a term's length
    ("Pasangan Prabowo-Gibran, yang wakilnya sempat menjabat Wali Kota Surakarta, meraih 58,59 "
     "persen suara nasional. Anies-Muhaimin meraih 24,95 persen.", 24.95),
    ("Pengalaman Ganjar Pranowo sebagai Gubernur Jawa Tengah tidak menolong: Ganjar-Mahfud "
     "hanya meraih 16,47 persen.", 16.47),
])
def test_a_a_candidate_s_office_is_no_count_s_area(shipped_context, text, value):
    claims = found(shipped_context, *PILPRES, text)
    assert not flags(claims), claims
    # graded as the nation's, or held (never the office's province)
    assert [f[3] for f in shares(claims, value)] in (["consistent"], ["unverifiable"]), claims
    assert all(f[2] in ("", None) for f in shares(claims, value)), claims


@pytest.mark.parametrize("text, value, region, status", [
    # a wrong national share beside the title is still caught, as the nation's
    ("Dengan popularitas Anies Baswedan sebagai Gubernur DKI Jakarta, pasangan Anies-Muhaimin "
     "meraih 27,95 persen.", 27.95, "", "discrepant"),
    # a place named as the count's own: that province's, right and wrong
    ("Dengan popularitas Ganjar Pranowo sebagai Gubernur Jawa Tengah, pasangan Ganjar-Mahfud "
     "meraih 34,35 persen di Jawa Tengah.", 34.35, "33", "consistent"),
    ("Di Jawa Tengah, Ganjar-Mahfud meraih 37,35 persen.", 37.35, "33", "discrepant"),
    # an official on duty: his area's count
    ("Nana Sudjana, Gubernur Jawa Tengah, yang hadir dalam rapat pleno provinsi, memastikan "
     "Prabowo-Gibran meraih 53,08 persen.", 53.08, "33", "consistent"),
    ("Rapat pleno provinsi dihadiri Nana Sudjana sebagai Gubernur Jawa Tengah. Prabowo-Gibran "
     "meraih 53,08 persen.", 53.08, "33", "consistent"),
    ("Nana Sudjana selaku Gubernur Jawa Tengah memastikan Prabowo-Gibran meraih 56,08 persen.",
     56.08, "33", "discrepant"),
    # an official speaking of the area of his office: its count, right and wrong
    ("Nana Sudjana, Gubernur Jawa Tengah, menyebut Prabowo-Gibran meraih 53,08 persen di "
     "wilayahnya.", 53.08, "33", "consistent"),
    ("Nana Sudjana selaku Gubernur Jawa Tengah mengatakan Prabowo-Gibran meraih 56,08 persen.",
     56.08, "33", "discrepant"),
])
def test_a_controls_pilpres(shipped_context, text, value, region, status):
    claims = found(shipped_context, *PILPRES, text)
    assert [(f[2] or "", f[3]) for f in shares(claims, value)] == [(region, status)], claims


PILGUB = ("KPU DKI Jakarta Tetapkan Hasil Pilgub 2024",
          "KPU menggelar rapat pleno rekapitulasi Pilgub, Minggu (8/12/2024).")


@pytest.mark.parametrize("text, value, status", [
    # the title won names the race: the province's count, right and wrong
    ("KPU menetapkan Pramono Anung sebagai Gubernur DKI Jakarta terpilih dengan perolehan "
     "2.183.239 suara.", 2183239, "consistent"),
    ("KPU menetapkan Pramono Anung sebagai Gubernur DKI Jakarta terpilih dengan perolehan "
     "2.283.239 suara.", 2283239, "discrepant"),
    ("Pramono Anung ditetapkan sebagai Gubernur DKI Jakarta periode 2025-2030 dengan 2.283.239 "
     "suara.", 2283239, "discrepant"),
])
def test_a_controls_the_title_won(shipped_context, text, value, status):
    claims = found(shipped_context, *PILGUB, text)
    hits = [f for f in claims if f[0] == "votes" and f[1] == value]
    assert [(f[2], f[3]) for f in hits] == [("31", status)], claims


@pytest.mark.parametrize("share, value, status", [("81,38", 81.38, "consistent"),
                                                   ("84,38", 84.38, "discrepant")])
def test_a_controls_the_incumbent_s_own_office(shipped_context, share, value, status):
    # the incumbent running again for the office he holds: that race's area
    text = ("Di Jawa Timur, Khofifah-Emil menang 58,81 persen. Eri Cahyadi, Wali Kota Surabaya, "
            f"kembali menang bersama Armuji dengan {share} persen suara.")
    claims = found(shipped_context, "Petahana Menang Lagi di Pilkada 2024", text)
    assert [(f[2], f[3]) for f in shares(claims, value)] == [("3578", status)], claims


# ---- B. a word pointing back to a pair never means the empty box.
KOTAK = ("Kotak Kosong Unggul di Pangkalpinang",
         "KPU Kota Pangkalpinang merilis real count Pilwalkot Pangkalpinang 2024.")


@pytest.mark.parametrize("text, value", [
    # the round-up's words, on KPU's real count
    ("Berdasarkan real count KPU, kotak kosong meraih 48.528 suara atau 57,98 persen. Paslon "
     "petahana itu hanya memperoleh 42,02 persen.", 42.02),
    ("Berdasarkan real count KPU, Molen-Hakim kalah dari kotak kosong yang meraih 57,98 persen. "
     "Pasangan calon tunggal itu hanya memperoleh 42,02 persen.", 42.02),
    ("Berdasarkan real count KPU, kotak kosong meraih 57,98 persen. Mereka hanya memperoleh "
     "42,02 persen.", 42.02),
    # the pair set against the box in the same sentence
    ("Berdasarkan real count KPU, kotak kosong meraih 57,98 persen, sedangkan paslon petahana "
     "hanya 42,02 persen.", 42.02),
])
def test_b_a_pair_word_never_means_the_empty_box(shipped_context, text, value):
    claims = found(shipped_context, *KOTAK, text)
    assert not flags(claims), claims
    assert [f[3] for f in shares(claims, value)] in (["consistent"], ["unverifiable"], []), claims


@pytest.mark.parametrize("title, lead, text, value, status", [
    # the empty box's own figure, restated, stays the box's
    (*KOTAK, "Berdasarkan real count KPU, kotak kosong meraih 57,98 persen. Angka itu setara "
     "dengan 48.528 suara.", 57.98, "consistent"),
    # the single pair named before "pasangan itu": its figure, right and wrong
    ("Kotak Kosong Unggul di Bangka", "KPU Kabupaten Bangka merilis real count Pilbup Bangka 2024.",
     "Berdasarkan real count KPU, kotak kosong meraih 57,25 persen, mengalahkan Mulkan-Ramadian. "
     "Pasangan itu hanya memperoleh 42,75 persen.", 42.75, "consistent"),
    ("Kotak Kosong Unggul di Bangka", "KPU Kabupaten Bangka merilis real count Pilbup Bangka 2024.",
     "Berdasarkan real count KPU, kotak kosong meraih 57,25 persen, mengalahkan Mulkan-Ramadian. "
     "Pasangan itu hanya memperoleh 45,75 persen.", 45.75, "discrepant"),
    ("Kotak Kosong Unggul di Bangka", "KPU Kabupaten Bangka merilis real count Pilbup Bangka 2024.",
     "Berdasarkan real count KPU, Mulkan-Ramadian kalah. Kotak kosong meraih 57,25 persen, "
     "sedangkan pasangan petahana itu hanya 45,75 persen.", 45.75, "discrepant"),
    # the box's wrong share is still caught
    (*KOTAK, "Berdasarkan real count KPU, kotak kosong meraih 48.528 suara atau 59,98 persen.",
     59.98, "discrepant"),
])
def test_b_controls(shipped_context, title, lead, text, value, status):
    claims = found(shipped_context, title, lead, text)
    assert [f[3] for f in claims if f[1] == value] == [status], claims


# ---- C. a percentage right after "dari real count" is the count's progress.
JATENG_LEAD = "KPU merilis real count Pilpres 2024 di Jawa Tengah."


@pytest.mark.parametrize("title, text", [
    # the blind page's headline, for a province the record holds
    ("Prabowo 53,08%, Anies 12,58%, dan Ganjar 34,35% dari Real Count 65,16% KPU Jawa Tengah",
     JATENG_LEAD),
    # the count's name in quotes, as the headline wrote it
    ("Prabowo 53,08%, Anies 12,58%, dan Ganjar 34,35% dari \u201cReal Count 65,16% KPU Jawa "
     "Tengah\u201d", JATENG_LEAD),
    ("Hasil Pilpres 2024 di Jawa Tengah", "Di Jawa Tengah, Ganjar-Mahfud meraih 34,35 persen dari "
     "real count KPU sementara 65,16 persen."),
    ("Hasil Pilpres 2024 di Jawa Tengah", "Di Jawa Tengah, Ganjar-Mahfud meraih 34,35 persen dari "
     "hasil Sirekap yang mencapai 65,16 persen."),
])
def test_c_the_count_s_progress_is_no_share(shipped_context, title, text):
    claims = found(shipped_context, title, JATENG_LEAD, text)
    assert not flags(claims), claims
    assert not shares(claims, 65.16), claims


@pytest.mark.parametrize("text, value, status", [
    # a share of the real count with no percentage after it: graded, right and wrong
    ("Di Jawa Tengah, Ganjar-Mahfud meraih 34,35 persen dari real count KPU.", 34.35,
     "consistent"),
    ("Di Jawa Tengah, Ganjar-Mahfud meraih 37,35 persen dari hasil rekapitulasi KPU.", 37.35,
     "discrepant"),
    ("Rekapitulasi KPU di Jawa Tengah: Ganjar-Mahfud 37,35 persen.", 37.35, "discrepant"),
])
def test_c_controls(shipped_context, text, value, status):
    claims = found(shipped_context, "Hasil Pilpres 2024 di Jawa Tengah", text)
    assert [f[3] for f in shares(claims, value)] == [status], claims
