"""Figures met on the dev pages of corpus-aj (issue 10, precision first). Each case is a short
page in our own words holding the real figures of the dev page named beside it."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def found(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, hold, status, claim type, reason)}."""
    report = check_article(title, body, record=record)
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.hold, cmp.status if cmp else None,
             c.claim_type, cmp.reason if cmp else None)
            for c, cmp in every_claim(report)}


# ---- 1. A figure said of several areas at once is none of theirs
# (news-merdeka-pilpres-quick-count-csis-selisih: a related title "... 73,8 Persen Suara Masuk
# di Bali-NTT-NTB: Anies 15,18 Persen, Prabowo 60,11 Persen, Ganjar 24,71 Persen", a quick
# count there; the progress went to Bali, the shares to NTB. Said of a real count, the shares
# were compared with NTB's result: a false flag in waiting.)
SHARES = "Anies-Muhaimin 15,18 persen, Prabowo-Gibran 60,11 persen, Ganjar-Mahfud 24,71 persen."


@pytest.mark.parametrize("areas", ["Bali-NTT-NTB", "Jawa-Bali", "Sumatera Utara/Aceh",
                                   "Sulsel-Sulbar", "Jawa Barat\u2013Banten",
                                   "Kalimantan dan Sulawesi"])
def test_a_real_count_of_several_areas_written_together_is_held(areas, shipped_record):
    got = found("Pilpres 2024", f"<p>Jakarta - Real count KPU Pilpres 2024 di {areas}: "
                f"{SHARES}</p>", shipped_record)
    for value in ("15.18", "60.11", "24.71"):
        assert got[value][4] not in FLAGS, (areas, value, got[value])
        assert got[value][2] is None and got[value][3] == "region_unclear", (value, got[value])


def test_the_progress_before_the_areas_and_the_shares_after_them_both_held(shipped_record):
    got = found("Hasil Real Count KPU 73,8 Persen Suara Masuk di Bali-NTT-NTB: Anies 15,18 "
                "Persen, Prabowo 60,11 Persen, Ganjar 24,71 Persen",
                "<p>Jakarta - Pilpres 2024.</p>", shipped_record)
    for value in ("73.8", "15.18", "60.11", "24.71"):
        assert got[value][2] is None and got[value][4] == "unverifiable", (value, got[value])


def test_a_share_said_of_two_areas_joined_by_dan_is_held(shipped_record):
    got = found("Pilpres 2024", "<p>Jakarta - Prabowo-Gibran unggul 60,11 persen di Bali dan "
                "NTB menurut real count KPU.</p>", shipped_record)
    assert got["60.11"][2] is None and got["60.11"][4] == "unverifiable", got


@pytest.mark.parametrize("body", [
    # one province: still its own, and graded (the real NTB Pilpres shares are not these)
    f"<p>Jakarta - Real count KPU Pilpres 2024 di NTB: {SHARES}</p>",
    # a dateline's dash is no list; "Jawa" alone (a newspaper's name) names no area
    f"<p>DENPASAR - Bali: real count KPU Pilpres 2024 menurut Jawa Pos, {SHARES}</p>",
])
def test_one_area_keeps_its_figures(body, shipped_record):
    got = found("Pilpres 2024", body, shipped_record)
    assert got["60.11"][2] in ("52", "51") and got["60.11"][4] in FLAGS, got


def test_one_area_with_its_real_shares_is_graded_consistent(shipped_record):
    got = found("Pilpres 2024", "<p>Jakarta - Real count KPU Pilpres 2024 di Jawa Barat: "
                "Anies-Muhaimin 31,68 persen, Prabowo-Gibran 58,60 persen, Ganjar-Mahfud 9,72 "
                "persen.</p>", shipped_record)
    assert got["58.60"][2] == "32" and got["58.60"][4] == "consistent", got


# ---- 2. A page's own correction refutes the figure it corrects, as a debunk refutes a post's
# (news-alkhairaat-sirekap-sulteng-tps-rancu: Sirekap's misreads at polling stations the record
# does not hold, each set right by the page beside it).
SAUSU = ("<p>Palu - Di laman Sirekap, TPS 1 Desa Sausu, Kecamatan Sausu, Parigi Moutong: "
         "Anies-Muhaimin mendapat 100 suara, Prabowo-Gibran 747 suara, Ganjar-Mahfud 5 suara. "
         "{fix}</p>")


@pytest.mark.parametrize("fix", [
    "Padahal menurut C1 yang dipindai, Anies-Muhaimin memperoleh 100 suara, Prabowo-Gibran "
    "117 suara, dan Ganjar-Mahfud 5 suara.",
    "Padahal suara Prabowo-Gibran sebenarnya 117 suara.",
    "Menurut formulir C1, suara Prabowo-Gibran adalah 117, bukan 747.",
    "Suara Prabowo-Gibran yang benar 117 suara.",
])
def test_the_figure_a_news_page_corrects_is_reported_refuted(fix, shipped_record):
    got = found("Sirekap di Sulteng rancu", SAUSU.format(fix=fix), shipped_record)
    assert got["747"][4] == "unverifiable" and got["747"][6] == "hoax_refuted", (fix, got)
    # the page's own ("117, bukan 747": a bare 117 is not read) and the figures it leaves
    assert all(g[6] != "hoax_refuted" for v, g in got.items() if v != "747"), (fix, got)


@pytest.mark.parametrize("body", [
    "<p>Palu - Di TPS 4 Desa Ampibabo Sirekap mencatat Prabowo-Gibran 447 suara, seharusnya "
    "147 suara.</p>",
    "<p>Palu - Di TPS 2 Desa Pande, Kecamatan Moutong: pasangan 01 tercatat 25 suara, 02 482 "
    "suara, 03 26 suara. Menurut formulir C1, suara pasangan nomor 02 adalah 182, bukan 482.</p>",
])
def test_the_figure_before_seharusnya_or_after_bukan_is_refuted(body, shipped_record):
    got = found("Sirekap di Sulteng rancu", body, shipped_record)
    wrong = "447" if "447" in body else "482"
    assert got[wrong][6] == "hoax_refuted", got
    assert [v for v, g in got.items() if g[6] == "hoax_refuted"] == [wrong], got


@pytest.mark.parametrize("body", [
    # "bukan" before a word, or before a count of another thing
    "<p>Palu - Di TPS 4 Desa Ampibabo suara Prabowo-Gibran naik menjadi 182, bukan turun.</p>",
    "<p>Palu - Di TPS 4 Desa Ampibabo Prabowo-Gibran meraih 182 suara, bukan 482 TPS.</p>",
    # two moments side by side, both true; another polling station's figure set beside
    "<p>Palu - Di TPS 4 Desa Ampibabo Prabowo-Gibran meraih 447 suara pada pukul 10.00. "
    "Padahal sebelumnya Prabowo-Gibran 147 suara.</p>",
    "<p>Palu - Di TPS 4 Desa Ampibabo Prabowo-Gibran meraih 447 suara. Padahal di TPS 5 Desa "
    "Ampibabo Prabowo-Gibran 147 suara.</p>",
    # a quick count beside KPU's count: two bases, no correction
    "<p>Jakarta - Prabowo-Gibran memperoleh 58,25 persen dalam quick count CSIS. Padahal "
    "hasil rekapitulasi KPU Prabowo-Gibran 58,59 persen.</p>",
    # the same figure again
    "<p>Palu - Di TPS 4 Desa Ampibabo Anies-Muhaimin 67 suara. Padahal menurut C1 "
    "Anies-Muhaimin 67 suara.</p>",
])
def test_no_correction_refutes_nothing(body, shipped_record):
    got = found("Pilpres 2024 di TPS", body, shipped_record)
    assert all(g[6] != "hoax_refuted" for g in got.values()), got


# ---- 3. A quick count set against KPU's count in one sentence: each half on its own basis
# (news-merdeka-pilpres-quick-count-csis-selisih: CSIS's Pilpres quick count beside KPU's final
# count, 24,91 against 24,95, 58,25 against 58,59, 16,84 against 16,47).
def _typed(got: dict) -> dict:
    return {value: (g[1], g[5]) for value, g in got.items()}


def test_each_half_of_a_quick_count_against_kpu_takes_its_own_basis(shipped_record):
    got = found("Selisih quick count CSIS dan KPU", (
        "<p>Jakarta - Untuk Anies-Muhaimin, quick count CSIS mencatat 24,91%, sementara "
        "rekapitulasi KPU 24,95%. Prabowo-Gibran memperoleh 58,25% dalam quick count CSIS, "
        "sedangkan rekapitulasi KPU 58,59%.</p>"), shipped_record)
    assert _typed(got) == {"24.91": (1, "quick_count"), "24.95": (1, "plenary"),
                           "58.25": (2, "quick_count"), "58.59": (2, "plenary")}, got
    assert all(g[4] not in FLAGS for g in got.values()), got


def test_the_count_named_right_after_the_figure_is_its_basis(shipped_record):
    # (before: the sentence before's "rekapitulasi KPU" made CSIS's 58,25 a plenary figure)
    got = found("Pilpres 2024", "<p>Jakarta - Anies-Muhaimin 24,95% menurut rekapitulasi KPU. "
                "Prabowo-Gibran memperoleh 58,25% dalam quick count CSIS.</p>", shipped_record)
    assert got["58.25"][5] == "quick_count" and got["24.95"][5] == "plenary", got


def test_kpus_half_first_then_the_quick_counts(shipped_record):
    got = found("Pilpres 2024", "<p>Jakarta - Ganjar-Mahfud meraih 16,47% menurut "
                "rekapitulasi KPU, sementara quick count CSIS mencatat 16,84%.</p>", shipped_record)
    assert got["16.47"][5] == "plenary" and got["16.84"][5] == "quick_count", got


@pytest.mark.parametrize("body, kept", [
    # two quick counts: both the pollsters'
    ("Untuk Anies-Muhaimin, quick count CSIS mencatat 24,91%, sementara quick count Indikator "
     "25,01%.", {"24.91": "quick_count", "25.01": "quick_count"}),
    # the other count's progress is no share of the pair's
    ("Prabowo-Gibran meraih 58,59% menurut rekapitulasi KPU, sementara real count KPU "
     "mencapai 65%.", {"58.59": "plenary"}),
    # another pair named in the other half: that pair's
    ("Prabowo-Gibran meraih 58,59% menurut rekapitulasi KPU, sementara quick count CSIS untuk "
     "Anies-Muhaimin 24,91%.", {"58.59": "plenary", "24.91": "quick_count"}),
])
def test_no_other_half_of_the_same_pair(body, kept, shipped_record):
    got = found("Pilpres 2024", f"<p>Jakarta - {body}</p>", shipped_record)
    assert {value: g[5] for value, g in got.items()} == kept, got
    assert got.get("24.91", (None, 1))[1] == 1, got
