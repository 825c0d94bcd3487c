"""A pair written with a running mate who is not the 2024 one is another election's pair.

Blind pages about earlier Pilkada (Baubau 2018, Mamuju 2020) wrote pairs one of whose members
stood again in 2024 with someone else ("Roslina Rahim-La Ode Yasin"; 2024's pair is NUR ARI
RAHARJA - LA ODE YASIN): the figure is not that 2024 pair's and stays unverifiable, while a
2024 pair written by one member, both, first names or a listed nickname keeps matching.
Sentences in our own words; figures and names from the pages and the shipped record.
"""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

BAUBAU_5 = "1001335"  # NUR ARI RAHARJA - LA ODE YASIN
SULSEL_ANDALAN = "1000066"  # ANDI SUDIRMAN SULAIMAN - FATMAWATI RUSDI
SULSEL_DANNY = "1000065"  # MOH. RAMDHAN POMANTO - AZHAR ARSYAD
NTB_ZUL = "1000040"  # ZULKIEFLIMANSYAH - MOH. SUHAILI FADIL TOHIR


def _claim(title: str, sentence: str, value):
    report = check_article(title, f"<p>{sentence}</p>")
    found = [(c, cmp) for c, cmp in every_claim(report) if c.value == value]
    assert found, [c.value for c, _ in every_claim(report)]
    return found[0]


@pytest.mark.parametrize("sentence", [
    "Dalam pleno KPU Kota Baubau, paslon Roslina Rahim-La Ode Yasin memperoleh 18.367 suara.",
    "Dalam pleno KPU Kota Baubau, paslon Roslina Rahim dan La Ode Yasin memperoleh 18.367 suara.",
    "Dalam pleno KPU Kota Baubau, paslon Roslina Rahim/La Ode Yasin memperoleh 18.367 suara.",
    "Dalam pleno KPU Kota Baubau, paslon Roslina/La Ode Yasin memperoleh 18.367 suara.",
    "Dalam pleno KPU Kota Baubau, paslon Roslina dan La Ode Yasin memperoleh 18.367 suara.",
    "Dalam pleno KPU Kota Baubau, paslon Rahim-La Ode Yasin memperoleh 18.367 suara.",
])
def test_baubau_2018_pair_with_another_mate_is_not_2024s(sentence):
    claim, cmp = _claim("Rekapitulasi Pilwalkot Baubau Rampung", sentence, 18367)
    assert claim.candidate_id != BAUBAU_5
    assert cmp is not None and cmp.status == "unverifiable"
    assert cmp.reason in ("other_election", "candidate_unknown")


@pytest.mark.parametrize("pair", ["Nurdin-Andi Sudirman Sulaiman",
                                  "Nurdin Abdullah-Andi Sudirman Sulaiman"])
def test_governor_2018_pair_with_another_mate_is_not_2024s(pair):
    # Pilgub Sulsel 2018: Nurdin Abdullah with Andi Sudirman Sulaiman, who ran in 2024 with
    # Fatmawati Rusdi.
    claim, cmp = _claim("Hasil Pleno Pilgub Sulawesi Selatan",
                        f"KPU Sulsel menetapkan {pair} meraih 1.867.303 suara.", 1867303)
    assert claim.candidate_id != SULSEL_ANDALAN
    assert cmp is not None and cmp.status == "unverifiable"


def test_mamuju_2020_pair_of_two_2024_candidates_stays_held():
    # Mamuju 2020's winners Sitti Sutinah and Ado Mas'ud each led a pair of their own in 2024.
    claim, cmp = _claim("Hasil Rekapitulasi Pilkada Mamuju",
                        "Dalam pleno KPU Mamuju, Sitti Sutinah Suhardi-Ado Mas'ud ditetapkan "
                        "meraih 76.627 suara.", 76627)
    assert claim.candidate_id is None and cmp.reason == "other_election"


@pytest.mark.parametrize("sentence", [
    "Dalam pleno KPU Kota Baubau, La Ode Yasin meraih 5.975 suara.",
    "Dalam pleno KPU Kota Baubau, Nur Ari Raharja-La Ode Yasin meraih 5.975 suara.",
    "Dalam pleno KPU Kota Baubau, Ari-Yasin meraih 5.975 suara.",
    "Dalam pleno KPU Kota Baubau, Nur Ari dan La Ode Yasin meraih 5.975 suara.",
])
def test_the_2024_pair_by_one_member_both_or_first_names_still_matches(sentence):
    claim, _ = _claim("Rekapitulasi Pilwalkot Baubau Rampung", sentence, 5975)
    assert claim.candidate_id == BAUBAU_5


@pytest.mark.parametrize("title, sentence, value, cid", [
    ("Hasil Pleno Pilgub Sulawesi Selatan",
     "KPU Sulsel mencatat Danny-Azhar meraih 1.005.316 suara.", 1005316, SULSEL_DANNY),
    ("Hasil Pleno Pilgub NTB", "KPU NTB mencatat Zulkieflimansyah-Uhel meraih 720.155 suara.",
     720155, NTB_ZUL),
])
def test_a_listed_nickname_of_the_running_mate_still_matches(title, sentence, value, cid):
    claim, _ = _claim(title, sentence, value)
    assert claim.candidate_id == cid
