"""The thirty-seventh blind run (34 real pages putting the legislative vote beside the Pilpres
and the Pilkada: the national DPR plenary re-run with each party's count and share, the 4 %
threshold, PDIP winning the Pileg where Ganjar-Mahfud lost, coalitions in the Pilkada; nobody
had tuned on them, 2026-12-07): five flags, one true (a count the page misprinted), four false,
all of one cause, the case here (tests/corpus/findings/hunt.md, "Blind hunt 37").

A. A party named with its chairman or an aside about its candidate, then the party's own
   figure: "PKB besutan Muhaimin Iskandar mengantongi 10,62 persen suara sah nasional",
   "Partai Gerindra yang dipimpin Presiden terpilih Prabowo Subianto menempati posisi ketiga
   dengan 20 juta suara", "PKB – yang ketuanya Muhaimin Iskandar adalah pasangan calon presiden
   Anies Baswedan – menempati posisi keempat dengan 16,1 juta suara", "dua partai pro-Anies
   lainnya, yaitu Partai NasDem dengan 14,6 juta suara": each figure was read as the pair of the
   person named and flagged against the pair's national result. The party owns the figure
   (parties.py): its chairman written after "besutan", "pimpinan", "yang ketuanya", an aside
   between brackets or dashes, a ranking verb after the clause ("menempati posisi ketiga
   dengan"), and a party listed after "yaitu"/"yakni" is no backer of a pair. A pair's figure
   after its backing party ("pasangan ... yang diusung PKB meraih") stays the pair's.
"""

from __future__ import annotations

import pytest

from builders import flags, found

TITLE = "Hasil Pemilu 2024: PDIP Raih Suara Terbanyak, Disusul Golkar dan Gerindra"
LEAD = ("Komisi Pemilihan Umum (KPU) menetapkan rekapitulasi hasil penghitungan perolehan suara "
        "tingkat nasional Pemilu 2024, Rabu (20/3/2024) malam.")


def statuses(claims: list, value: float) -> list:
    """(status, region) of the figures of `value`."""
    return [(f[3], f[2]) for f in claims if f[1] == value]


# ---- A. a party named with its chairman or an aside: the figure is the party's.
@pytest.mark.parametrize("text,value", [
    # the blind page's shapes (gemapos, the Jakarta Post's Indonesian edition)
    ("Melengkapi empat besar, Partai Kebangkitan Bangsa (PKB) besutan Muhaimin Iskandar "
     "mengantongi 10,62 persen suara sah nasional.", 10.62),
    ("Partai Gerindra yang dipimpin Presiden terpilih Prabowo Subianto menempati posisi ketiga "
     "dengan 20 juta suara.", 20000000),
    ("Partai Kebangkitan Bangsa (PKB) – yang ketuanya Muhaimin Iskandar adalah pasangan calon "
     "presiden Anies Baswedan – menempati posisi keempat dengan 16,1 juta suara.", 16100000),
    ("Urutan berikutnya diisi dua partai pro-Anies lainnya, yaitu Partai NasDem dengan 14,6 juta "
     "suara dan Partai Keadilan Sejahtera (PKS) dengan 12,7 juta suara.", 14600000),
    # variants: other parties, leaders and figures of the same plenary
    ("Gerindra pimpinan Prabowo Subianto meraih 13,22 persen suara.", 13.22),
    ("PKB yang diketuai Muhaimin Iskandar berada di urutan keempat dengan 16.115.655 suara.",
     16115655),
    ("Partai Gerindra (partai yang dipimpin capres Prabowo Subianto) meraup 20.071.708 suara.",
     20071708),
    ("Dua partai pengusung Ganjar Pranowo-Mahfud MD, yakni PDIP dengan 16,72 persen dan PPP "
     "dengan 3,87 persen, bernasib berbeda.", 3.87),
    # (probed) the leader in an apposition between commas, "milik", and the pair the party
    # backs in its relative clause: the party is still the verb's subject
    ("PKB, partai yang dipimpin Muhaimin Iskandar, meraih 10,62 persen suara.", 10.62),
    ("Gerindra, partai besutan Prabowo Subianto, mengantongi 13,22 persen suara.", 13.22),
    ("Partai Gerindra milik Prabowo Subianto meraih 13,22 persen suara.", 13.22),
    ("Partai NasDem yang mengusung Anies Baswedan meraih 9,66 persen suara.", 9.66),
    ("Partai Gerindra yang mengusung Prabowo Subianto-Gibran Rakabuming Raka meraih 20.071.708 "
     "suara.", 20071708),
])
def test_a_a_party_named_with_its_leader_owns_its_figure(shipped_context, text, value):
    claims = found(shipped_context, TITLE, LEAD, text)
    assert not flags(claims), claims
    assert all(s == "unverifiable" for s, _ in statuses(claims, value)), claims


@pytest.mark.parametrize("text,value,status", [
    # a pair's figure after the party backing it stays the pair's
    ("Pasangan Anies Baswedan-Muhaimin Iskandar yang diusung PKB meraih 24,95 persen suara.",
     24.95, "consistent"),
    ("Pasangan Anies Baswedan-Muhaimin Iskandar yang diusung PKB meraih 22,95 persen suara.",
     22.95, "discrepant"),
    # the candidate with his party in an aside, then his own figure
    ("Prabowo Subianto – Ketua Umum Partai Gerindra – bersama Gibran Rakabuming Raka meraih "
     "58,59 persen suara.", 58.59, "consistent"),
    ("Prabowo Subianto – Ketua Umum Partai Gerindra – bersama Gibran Rakabuming Raka meraih "
     "55,59 persen suara.", 55.59, "discrepant"),
    # the pair backed by the party, as the subject: "Pasangan X, yang diusung Partai Y, meraih"
    ("Pasangan Prabowo Subianto-Gibran Rakabuming Raka, yang diusung Partai Gerindra, meraih "
     "56,59 persen suara.", 56.59, "discrepant"),
    ("Anies Baswedan-Muhaimin Iskandar, didukung Partai NasDem (partai besutan Surya Paloh), "
     "meraih 22,95 persen suara.", 22.95, "discrepant"),
    # a pair named after the party's aside: "yang diusung PDIP (partai pimpinan Megawati)"
    ("Ganjar Pranowo-Mahfud MD yang diusung PDIP (partai pimpinan Megawati Soekarnoputri) "
     "meraih 18,47 persen suara.", 18.47, "discrepant"),
])
def test_a_control_a_pairs_figure_beside_its_party_is_still_graded(shipped_context, text, value,
                                                                  status):
    claims = found(shipped_context, TITLE, LEAD, text)
    assert (status, "") in statuses(claims, value), claims


# ---- B. a party's count restated as a share with no "suara" or in words: the share is the
# party's too (Republika on Kalimantan Tengah; NU Online's early count).
KALTENG_TITLE = "Hasil Resmi: PDIP Menang di Kalteng, tapi Ganjar-Mahfud Kalah"
KALTENG_LEAD = ("Raihan suara resmi Pilpres dan Pileg 2024 di Kalimantan Tengah dibacakan dalam rapat "
                "pleno rekapitulasi tingkat nasional, Sabtu (9/3/2024).")


@pytest.mark.parametrize("text,value", [
    ("Terbanyak ketiga adalah Partai Gerindra yang mendapatkan 177.420 atau 13,09 persen.", 13.09),
    ("Partai Golkar memperoleh suara sebanyak 193.871 atau setara dengan 14,31 persen.", 14.31),
    ("Terbanyak keempat Partai Demokrat yang meraih 154.407 atau 11,39 persen.", 11.39),
    ("PAN memperoleh suara sebanyak 148.111 atau sebesar 10,93 persen.", 10.93),
])
def test_b_a_partys_count_restated_without_suara_keeps_the_share_the_partys(shipped_context,
                                                                           text, value):
    claims = found(shipped_context, KALTENG_TITLE, KALTENG_LEAD, text)
    assert not flags(claims), claims
    assert [f for f in claims if f[1] == value and f[4] == "other_race"], claims


@pytest.mark.parametrize("text,value,status", [
    # a pair's count restated the same way stays the pair's
    ("Pasangan Prabowo-Gibran meraih 1.097.070 atau setara dengan 72,52 persen.", 72.52,
     "consistent"),
    ("Pasangan Prabowo-Gibran meraih 1.097.070 atau setara dengan 70,52 persen.", 70.52,
     "discrepant"),
])
def test_b_control_a_pairs_count_restated_is_still_the_pairs(shipped_context, text, value,
                                                             status):
    claims = found(shipped_context, KALTENG_TITLE, KALTENG_LEAD, text)
    assert (status, "62") in statuses(claims, value), claims


# ---- C. (probed) a senator's or a caleg's count on a Pilkada page, the house named right after
# the figure: the count is the house's, not the pair's of the relative named before it.
JATIM_TITLE = "Pilkada Jawa Timur 2024: Khofifah-Emil Menang"
JATIM_LEAD = ("KPU Jawa Timur menetapkan hasil rekapitulasi Pilgub Jatim 2024 pada Minggu "
              "(8/12/2024).")


@pytest.mark.parametrize("text,value", [
    ("Lia Istifhama, keponakan Khofifah Indar Parawansa, meraih 1.726.688 suara sebagai calon "
     "DPD RI.", 1726688),
    ("Keponakan Khofifah, Lia Istifhama, meraih 13,36 persen suara dalam pemilihan anggota DPD "
     "RI.", 13.36),
    # a caleg's count of the DPR (Jatim XI's first, 528.815), a supporter of another pair
    ("Said Abdullah, pendukung Tri Rismaharini, meraih 528.815 suara di Pileg 2024.", 528815),
])
def test_c_a_house_named_after_the_figure_is_its_race(shipped_context, text, value):
    claims = found(shipped_context, JATIM_TITLE, JATIM_LEAD, text)
    assert not flags(claims), claims
    assert [f for f in claims if f[1] == value and f[4] == "other_race"], claims


@pytest.mark.parametrize("text,value,status", [
    # a race word that is no legislature, or the house in another clause: the pair's
    ("Khofifah Indar Parawansa-Emil Dardak meraih 58,81 persen suara sebagai calon gubernur.",
     58.81, "consistent"),
    ("Khofifah Indar Parawansa-Emil Dardak meraih 48,81 persen suara, sementara di Pileg PKB "
     "unggul.", 48.81, "discrepant"),
])
def test_c_control_the_pairs_figure_stays_the_pairs(shipped_context, text, value, status):
    claims = found(shipped_context, JATIM_TITLE, JATIM_LEAD, text)
    assert (status, "35") in statuses(claims, value), claims
