"""Misattributions found by a hunt on real pages about regent and mayor races of Pilkada 2024
outside Java and Bali (tests/corpus/findings/hunt.md, "Hunt C"), each as the wording behind
it, in our own words with the real figures."""

from __future__ import annotations

import pytest

from builders import check_article, compared


def claims(title: str, body: str, url: str = "https://berita.example/a") -> list:
    """[(Claim, Comparison)] of the page."""
    return compared(check_article(title, body, url))


# ---- 1. A re-vote only hoped for is no re-vote. A round-up of the closest regent races of
# Pilkada 2024, the losers "gugat ke MK" hoping for a PSU at some TPS (bungko.desa.id, three
# pages of one article): Berau 65.590 (50,27 %) and 64.894 (49,73 %), Sirekap 50.26 and 49.74.
# The MK named as where the suit went and a PSU as the hope made the whole page the 2025
# re-vote, every figure held as another election's.
GUGAT = "Resmi Gugat ke MK, Inilah Daerah dengan Selisih Paling Tipis di Pilkada 2024"
BERAU = ("<p>Di Kabupaten Berau, pasangan Sri Juniarsih Mas dan Gamalis meraih 65.590 suara "
         "(50,27%), sementara pasangan Madri Pani dan Agus Wahyudi mendapatkan 64.894 suara "
         "(49,73%), dengan selisih sekitar 690 suara.</p>")
HOPES = (
    "<p>Sejumlah calon mengajukan gugatan ke Mahkamah Konstitusi (MK), berharap bisa menang "
    "setelah pemungutan suara ulang.</p>",
    "<p>Pemungutan suara ulang mungkin menjadi jalan terakhir untuk membalikkan keadaan.</p>",
    "<p>Pasangan yang kalah menggugat ke MK dengan harapan ada PSU di beberapa TPS.</p>",
)


@pytest.mark.parametrize("hope", HOPES)
def test_a_psu_only_hoped_for_leaves_the_page_in_the_round_it_reports(hope):
    found = claims(GUGAT, hope + BERAU)
    shares = [(c, k) for c, k in found if c.kind == "share"]
    assert shares and all(c.election == "pilkada2024" for c, _ in shares), found
    assert any(k.status == "consistent" for _, k in shares), found


# The real re-votes stay re-votes: held by the MK's ruling and dated 2025.
PSU_HELD = ("<p>KPU Kabupaten Berau menggelar pemungutan suara ulang (PSU) pada Sabtu "
            "(19/4/2025) sesuai putusan Mahkamah Konstitusi.</p>")


def test_a_psu_held_after_the_round_is_still_the_re_vote():
    found = claims("Hasil PSU Pilkada Berau", PSU_HELD + BERAU)
    shares = [c for c, _ in found if c.kind == "share"]
    assert shares and all(c.election == "pilkada2024-psu" for c in shares), found


# ---- 2. Papua's kecamatan is a distrik. KPU Mimika's plenary read out, district by district,
# the counts of Distrik Tembagapura (salampapua.com): AIYE 6.368, MP3 3.555, JOEL 3.121 for the
# regent race, a twelfth of each pair's Mimika total. Neither the headline's "Distrik
# Tembagapura" nor the paragraph's "Distrik" was a level word: the counts were Mimika's.
TEMBAGAPURA = ("<p>KPU Kabupaten Mimika mengesahkan perolehan suara di Distrik Tembagapura dalam "
               "rapat pleno terbuka rekapitulasi Pilkada Mimika, Minggu (8/12/2024).</p>"
               "<p>Untuk Bupati dan Wakil Bupati, perolehan suara terbanyak di Tembagapura diraih "
               "Alexander Omaleng-Yusuf Rombe 6.368 suara, Maximus Tipagau-Peggi Patrisia "
               "Pattipi 3.555 suara, dan Johannes Rettob-Emanuel Kemong 3.121 suara.</p>")
KUALA_KENCANA = ("<p>Rapat pleno rekapitulasi Pilbup Mimika berlanjut, Senin (9/12/2024).</p>"
                 "<p>Di Distrik Kuala "
                 "Kencana, Johannes Rettob-Emanuel Kemong meraih 9.215 suara dan Alexander "
                 "Omaleng-Yusuf Rombe 7.102 suara.</p>")


@pytest.mark.parametrize("title,body", [
    ("Berikut Perolehan Hasil Rekapitulasi Distrik Tembagapura", TEMBAGAPURA),
    ("Pleno KPU Mimika Hari Kedua", KUALA_KENCANA),
])
def test_a_distrik_count_is_not_the_regency_count(title, body):
    counts = [c for c, _ in claims(title, body) if c.kind == "votes"]
    assert counts, counts
    assert all(c.region_code is None for c in counts), [(c.value, c.region_code) for c in counts]


# ---- 3. "Koko" is the empty box ("kotak kosong"). KPU Bengkulu Utara's plenary: the single
# pair Arie Septia Adinata-Sumarno 162.119 votes, the empty box 9.526 (Sirekap complete: the
# same). Written "Koko 9.526 suara" (radarutara.bacakoran.co, a teaser headline), the empty
# box's count was read as a running mate's in Majalengka (Koko Suyoko) or, after the pair in
# one sentence, as the pair's own: 9.526 against 162.119, discrepant.
KOKO = ("<p>Hasil real count KPU Pilbup Bengkulu Utara 2024 dengan data masuk 100 persen, Kamis "
        "(28/11/2024): pasangan calon tunggal Arie Septia Adinata-Sumarno meraih {pair}, "
        "sedangkan {koko} {box}.</p>")


@pytest.mark.parametrize("koko", ["Koko", "koko"])
@pytest.mark.parametrize("pair,box", [("162.119 suara", "9.526 suara"),
                                      ("94,45 persen", "5,55 persen")])
def test_koko_is_the_empty_box(pair, box, koko):
    found = claims("Real Count Pilbup Bengkulu Utara", KOKO.format(pair=pair, box=box, koko=koko))
    figures = [(c, k) for c, k in found if c.kind != "progress"]
    assert len(figures) == 2, found
    assert all(k.status == "consistent" for _, k in figures), found
    assert all(c.region_name == "BENGKULU UTARA" for c, _ in figures), found


# A candidate called Koko is still himself: Majalengka's Karna Sobahi-Koko Suyoko (Sirekap
# 293.812, 40.21 %), in a race with no empty box.
@pytest.mark.parametrize("pair", ["Karna Sobahi-Koko Suyoko", "Karna-Koko"])
def test_a_running_mate_called_koko_keeps_his_pair(pair):
    body = ("<p>Hasil real count KPU Pilbup Majalengka 2024, data masuk 99,24 persen, Kamis "
            f"(28/11/2024): Eman Suherman-Dena Muhamad Ramdhan 436.943 suara, {pair} 293.812 "
            "suara.</p>")
    found = claims("Real Count Pilbup Majalengka", body)
    votes = {c.value: (c, k) for c, k in found if c.kind == "votes"}
    claim, comparison = votes[293812]
    assert comparison.status == "consistent" and claim.region_name == "MAJALENGKA", votes


# An empty box is every single-candidate race's: alone it names none. A Bengkulu governor
# page's teaser line "Arie - Sumarno Mendulang 162.119 Suara, Koko 9.526 suara" (Bengkulu
# Utara's regent race) gave 9.526 to the only governor race with an empty box, Papua Barat's.
@pytest.mark.parametrize("box", ["Koko", "kotak kosong"])
def test_an_empty_box_alone_names_no_race(box):
    body = ("<p>Rapat pleno KPU Provinsi Bengkulu menetapkan hasil Pilgub Bengkulu 2024, Sabtu "
            "(7/12/2024).</p><p>Helmi Hasan-Mian meraih 616.469 suara, Rohidin Mersyah-Meriani "
            f"502.477 suara.</p><p>Di tempat lain, Arie-Sumarno mendulang 162.119 suara, {box} "
            "9.526 suara.</p>")
    found = claims("Pleno Pilgub Bengkulu", body)
    box_claims = [c for c, _ in found if c.value == 9526]
    assert all(c.region_code != "92" for c in box_claims), \
        [(c.value, c.region_name, c.race_kind, c.candidate_name) for c in box_claims]
