"""The twelfth blind run (45 real pages nobody had tuned on, 2026-12-06: Pilkada 2024 results and
the 2025 re-votes of Sumatra, Kalimantan, Sulawesi, Maluku and Papua) flagged nothing, but named
the wrong thing twice over:

1. the re-vote's own acronym taken for a pair's name: "Pemungutan Suara Ulang (PSU), ...
   pasangan ini meraih 10.835 suara" read as the pair "PSU" (blind runs 11 and 12);
2. a pair's nickname spelt otherwise than KPU writes it ("Abidin-Dedi" for ABIDIN JAABA - DEDY
   MIRZAN of Pulau Taliabu) found in a race the page never names (Bener Meriah's EDI SARIMAN
   USMAN - RAIS ABIDIN), which moved the figure to Aceh.

Short pages in our own words with the real names and figures of the shipped record."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim


def claims(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [claim for claim, _ in every_claim(check_article(title, body, ctx=ctx))]


# ---- 1. The words of a re-vote (PSU, PUSS, PSSU, "ulang") name no pair.
@pytest.mark.parametrize("title, paragraph", [
    ("KPU: Pasangan Hengky Yaluwo - Lexi Romel Wagiu Menangi Pilkada Boven Digoel",
     "Dalam rekapitulasi pleno Pemungutan Suara Ulang (PSU), pada Sabtu (24/7/2021), pasangan "
     "ini meraih suara terbanyak, 10.835 suara."),
    ("Hasil PSU Pilkada Kukar",
     "Menurut hitungan tim, PSU Kukar dimenangi pasangan nomor urut 1 dengan 174.268 suara."),
    ("PSU di TPS 05 Desa Buantan",
     "Pada PSU kali ini, paslon 02 meraih 211 suara. Sedangkan paslon 03 meraih 159 suara."),
    ("Hasil PUSS dan PSU Pilkada Buru",
     "Hasil PUSS di TPS 19 Namlea, pasangan nomor urut 2 memperoleh 124 suara."),
    ("Hasil PSSU Pilkada Buru",
     "Dalam PSSU di TPS 19 Namlea, pasangan nomor urut 1 memperoleh 157 suara."),
    ("Pilkada Ulang Pangkalpinang",
     "Pada Pilkada Ulang Pangkalpinang, Saparudin-Dessy meraih 38.000 suara."),
])
def test_a_revote_word_is_no_pair(shipped_context, title, paragraph):
    found = claims(shipped_context, title, paragraph)
    assert found
    named = [claim.candidate_name for claim in found if claim.candidate_name]
    assert not [n for n in named if n.strip().upper() in ("PSU", "PUSS", "PSSU", "PILKADA ULANG")
                or n.strip().upper().startswith(("PSU ", "PADA PSU", "PUSS", "PSSU"))], named


# Negative control: a pair named next to the word keeps its name and its race.
def test_a_pair_beside_a_revote_word_keeps_its_name(shipped_context):
    found = claims(shipped_context, "Aulia-Rendi Menangi PSU Pilkada Kukar",
                   "Pasangan Aulia Rahman Basri-Rendi Solihin memenangi PSU Pilkada Kukar dengan "
                   "perolehan suara 174.268 dengan persentase 56,16 persen.")
    assert {c.candidate_name for c in found} == {"Aulia Rahman Basri-Rendi Solihin"}
    assert {c.region_code for c in found} == {"6402"}


# ---- 2. A nickname the page's race nearly spells is that race's, never a namesake's elsewhere.
TALIABU = "8208"


@pytest.mark.parametrize("title, paragraph", [
    ("SAYA Taliabu Tetap Perkasa Usai PSU",
     "Data hasil Pilkada Taliabu yang disahkan MK di luar 9 TPS pelaksana PSU ini, untuk Paslon "
     "Nomor Urut 1 Sashabila Mus-La Ode Yasir memperoleh 13.576 suara, disusul Paslon Nomor Urut "
     "2 Citra Mus-La Utu Ahmadi 12.469 suara, dan Paslon Nomor 3 Abidin-Dedi 5.610 suara."),
    ("Hasil Pilkada Pulau Taliabu", "Paslon Abidin-Dedi meraih 5.610 suara."),
    ("Hasil Pilkada Taliabu", "Pasangan Abidin Jaaba-Dedi Mirzan meraih 5.610 suara."),
])
def test_a_nickname_spelt_otherwise_stays_in_the_pages_race(shipped_context, title, paragraph):
    found = [c for c in claims(shipped_context, title, paragraph) if c.value == 5610]
    assert len(found) == 1
    claim = found[0]
    assert claim.region_code == TALIABU, (claim.region_code, claim.region_name)
    assert claim.candidate_id in (None, "1001441"), claim.candidate_id


# Negative controls: a name that only a pair of another race has is still found there (the
# region the page named last may be about something else), and the pair the page's race spells
# exactly is found as before.
@pytest.mark.parametrize("title, paragraph, expected", [
    ("Pilkada Pulau Taliabu dan Pilgub Malut",
     "Di Pulau Taliabu, pasangan Sherly Tjoanda-Sarbin Sehe meraih 12.000 suara.", "1000085"),
    ("Hasil Pilkada Pulau Taliabu", "Paslon Abidin Jaaba-Dedy Mirzan meraih 5.610 suara.",
     "1001441"),
    ("Pilkada Bandung", "Di Jakarta, pasangan Pramono Anung-Rano Karno meraih 2.183.239 suara.",
     None),
])
def test_the_neighbouring_shapes_keep_their_pair(shipped_context, title, paragraph, expected):
    found = [c for c in claims(shipped_context, title, paragraph) if c.candidate_id]
    assert found, claims(shipped_context, title, paragraph)
    if expected is not None:
        assert {c.candidate_id for c in found} == {expected}


# ---- 3. A paragraph that goes on with the previous one's ranking ("Sementara itu, pasangan ...
# berada di posisi ketiga") is of the previous paragraph's vote, not of the page's subject: the
# 27 Nov 2024 round quoted on a page about Pasaman's 2025 re-vote (record: Sirekap at 99,8 %,
# Sabar AS-Sukardi 29,70).
PASAMAN = "PSU Pilkada Pasaman 2024 Diklaim Lancar, Rekapitulasi Digelar Minggu 20 April 2025"
BEFORE = ("Pilkada Kabupaten Pasaman harus diulang. PSU ini dilakukan menyusul putusan Mahkamah "
          "Konstitusi (MK) yang dibacakan pada 24 Februari lalu.",
          "Sebelumnya, pada Pilkada yang digelar 27 November 2024, pasangan Welly Suheri–Anggit "
          "Kurniawan keluar sebagai pemenang. Mereka meraih 51.828 suara atau 36,08 persen.")


@pytest.mark.parametrize("opening", [
    "Sementara itu, pasangan petahana Sabar AS–Sukardi berada di posisi ketiga dengan 42.689 "
    "suara atau 29,72 persen.",
    "Sedangkan pasangan Sabar AS–Sukardi meraih 42.689 suara atau 29,72 persen.",
    "Adapun pasangan Sabar AS–Sukardi memperoleh 42.689 suara atau 29,72 persen.",
])
def test_a_paragraph_going_on_keeps_the_round_before(shipped_context, opening):
    found = [c for c in claims(shipped_context, PASAMAN, *BEFORE, opening) if c.value == Decimal("29.72")]
    assert len(found) == 1 and found[0].election == "pilkada2024", found


# Negative controls: a paragraph that names its own round, or that opens with no connective,
# is read as before (the page's subject, the re-vote).
@pytest.mark.parametrize("opening", [
    "Sementara itu, pada PSU 19 April 2025, pasangan Sabar AS–Sukardi meraih 30.319 suara atau "
    "21,41 persen.",
    "Pasangan Sabar AS–Sukardi meraih 30.319 suara atau 21,41 persen.",
])
def test_a_paragraph_of_its_own_keeps_its_round(shipped_context, opening):
    found = [c for c in claims(shipped_context, PASAMAN, *BEFORE, opening) if c.value == Decimal("21.41")]
    assert len(found) == 1 and found[0].election == "pilkada2024-psu", found
