"""Corpus-ah's dev pages (the everyday regent-race article of a regional outlet): the shapes of
Indonesian election prose behind their missed or lucky figures, each a short page in our own
words with the real figures of the dev page named beside it (tests/corpus/findings/corpus-ah.md),
then another outlet's wording, another race, and the neighbouring shape that must keep its
reading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim
from checker import Context

FLAGS = ("minor", "discrepant")
GRADED = ("consistent", "minor", "discrepant")


def read(ctx: Context, title: str, body: str, url: str = "https://berita.example/a") -> list:
    """[(claim, comparison or None)] of the page's claims, in the page's order."""
    return every_claim(check_article(title, body, url, ctx))


def one(found: list, value, kind: str | None = None):
    hits = [pair for pair in found if pair[0].value == value and kind in (None, pair[0].kind)]
    assert len(hits) == 1, (value, found)
    return hits[0]


# ---- 1. A campaign's count, then the forms it was built from, then its figures: the forms'
# words ("form C1", "data C1", "C.Hasil", KPU's real count words) name no count of KPU's when
# no election body is named; the figures are still the team's (news-koranpapua-pilbup-mimika-
# aiye-klaim: the AIYE team's count at 17.00 WIT on election day; Maximus-Peggi's "28%" was
# graded consistent against the next morning's Sirekap, 28.32 at 35.6 % of the TPS, while the
# two other pairs' shares of the same count were held).
MIMIKA_TITLE = "Tim AIYE Klaim Unggul di Pilkada Mimika"
MIMIKA_TEAM = ("<p>Menurut rekap sementara pusat data tim AIYE hingga Rabu 27 November 2024 "
               "pukul 17.00 WIT, paslon AIYE masih memimpin atas dua paslon lainnya.</p>")
MIMIKA_FIGURES = ("<p>Dari 28% suara yang sudah masuk, pasangan nomor urut 1 Johannes "
                  "Rettob-Emanuel Kemong memperoleh 30% atau 19.300 suara.</p>"
                  "<p>Maximus Tipagau-Peggi Patricia Pattipi meraih 28% suara. Adapun pasangan "
                  "Alexsander Omaleng-Yusuf Rombe mengantongi 42% atau 25.678 suara.</p>")


@pytest.mark.parametrize("forms", [
    "<p>Angka sementara itu disusun dari form D1 Plano dan form C1-KWK yang dikirim para saksi "
    "dari setiap TPS.</p>",
    "<p>Rekap tersebut berasal dari data C1 yang dikumpulkan saksi di lapangan.</p>",
    "<p>Angka itu dihimpun dari salinan C.Hasil yang dibawa para saksi.</p>",
])
def test_a_team_s_count_stays_the_team_s_past_the_forms_it_was_built_from(
        shipped_context, forms):
    found = read(shipped_context, MIMIKA_TITLE, MIMIKA_TEAM + forms + MIMIKA_FIGURES)
    for value in (30, 28, 42):
        claim, comparison = one(found, value, "share")
        assert claim.claim_type == "internal_count", (value, claim)
        assert comparison is not None and comparison.status not in GRADED, (value, comparison)


# Another outlet's wording, another race: a governor team's count in Papua Tengah, the forms,
# then a rival's share equal to Sirekap's reading at 11.77 % of the TPS (30,64).
TENGAH_TITLE = "Tim Meki-Deinas Klaim Unggul di Pilgub Papua Tengah"
TENGAH_TEAM = ("<p>Berdasarkan data tim pemenangan Meki Nawipa-Deinas Geley hingga Kamis sore, "
               "pasangan nomor urut 3 itu unggul di Pilgub Papua Tengah.</p>")
TENGAH_FIGURE = "<p>Willem Wandik-Aloisius Giyai meraih 30,64 persen.</p>"


@pytest.mark.parametrize("forms", [
    "<p>Data itu direkap dari salinan formulir C.Hasil yang dikumpulkan saksi di setiap TPS.</p>",
    # a count word pointing back at the team's count
    "<p>Real count itu disusun sejak Rabu malam.</p>",
])
def test_another_race_s_team_count_past_its_forms_is_not_graded(shipped_context, forms):
    body = TENGAH_TEAM + forms + TENGAH_FIGURE
    claim, comparison = one(read(shipped_context, TENGAH_TITLE, body), Decimal("30.64"))
    assert claim.claim_type == "internal_count", claim
    assert comparison.status not in GRADED, comparison


@pytest.mark.parametrize("forms", [
    # the forms are KPU's: an election body named between the team and the figure
    "<p>Sementara itu, data formulir C.Hasil yang diunggah ke Sirekap KPU menunjukkan hasil "
    "lain.</p>",
    "<p>Namun data C1 yang dipindai KPU Papua Tengah berkata lain.</p>",
])
def test_forms_an_election_body_holds_are_kpu_s_count_not_the_team_s(shipped_context, forms):
    claim, comparison = one(read(shipped_context, TENGAH_TITLE, TENGAH_TEAM + forms +
                                 TENGAH_FIGURE), Decimal("30.64"))
    assert claim.claim_type == "real_count", claim
    assert comparison.status == "consistent", comparison


def test_forms_far_from_any_team_s_count_are_not_the_team_s(shipped_context):
    # the team's claim two sentences before the forms: the forms' sentence does not go on
    # with it
    body = (TENGAH_TEAM + "<p>Ribuan pendukung berkumpul di Nabire. Mereka menyanyi dan "
            "menari.</p><p>Menurut data C1, Willem Wandik-Aloisius Giyai meraih 30,64 "
            "persen.</p>")
    claim, comparison = one(read(shipped_context, TENGAH_TITLE, body),
                            Decimal("30.64"))
    assert claim.claim_type == "real_count", claim


# ---- 2. A count in a clause fronted before the pair: the subject after the comma owns it
# (news-radarsorong-pilbup-sorong-penetapan: KPU Kabupaten Sorong's plenary, 40.676 valid
# votes, 68,08 %, pair 1; the page's only figures, read as no claim at all).
SORONG_TITLE = "KPU Kabupaten Sorong Tetapkan Johny Kamuru-Ahmad Sutejo Bupati Terpilih"


def owned(found: list, value, nomor: int, region: str) -> None:
    claim, comparison = one(found, value)
    assert (claim.nomor_urut, claim.region_code) == (nomor, region), (value, claim)
    assert comparison is None or comparison.status not in FLAGS, (value, comparison)


@pytest.mark.parametrize("sentence, share", [
    ("Dengan raihan suara terbanyak, yakni 40.676 suara sah (68,08 %) dari total suara sah "
     "Pilkada Kabupaten Sorong tahun 2024, pasangan calon nomor urut 1, Dr Johny Kamuru, SH "
     "M.Si - Ahmad Sutejo, S.Pd (JK-Tejo) resmi ditetapkan KPU Kabupaten Sorong sebagai bupati "
     "dan wakil bupati terpilih.", True),
    ("Dengan perolehan 40.676 suara, pasangan nomor urut 1 Johny Kamuru-Ahmad Sutejo unggul.",
     False),
    ("Dengan 40.676 suara atau 68,08 persen, pasangan Johny Kamuru-Ahmad Sutejo ditetapkan "
     "sebagai pemenang.", True),
    ("Dengan 40.676 suara, Johny Kamuru-Ahmad Sutejo menang.", False),
    ("Meraup 40.676 suara, pasangan Johny Kamuru-Ahmad Sutejo menang.", False),
    ("SORONG - Mengantongi 40.676 suara (68,08 persen), paslon nomor urut 1 resmi ditetapkan "
     "sebagai pemenang.", True),
])
def test_a_count_fronted_before_the_pair_is_the_subject_s(shipped_context, sentence, share):
    found = read(shipped_context, SORONG_TITLE, f"<p>{sentence}</p>")
    owned(found, 40676, 1, "9601")
    if share:
        owned(found, Decimal("68.08"), 1, "9601")


# Another race and area, where the record grades: Tarakan's mayor race (Sirekap at 100 % of
# the TPS: Khairul-Ibnu Saud 59.204, 57,48 %).
TARAKAN_TITLE = "KPU Tetapkan Khairul-Ibnu Saud Wali Kota Tarakan Terpilih"


@pytest.mark.parametrize("sentence, values", [
    ("Berbekal 59.204 suara atau 57,48 persen, pasangan calon wali kota dan wakil wali kota "
     "nomor urut 1, Khairul-Ibnu Saud, ditetapkan sebagai pemenang Pilkada Kota Tarakan.",
     (59204, Decimal("57.48"))),
    ("Dengan mengantongi 59.204 suara (57,48 persen), paslon Khairul-Ibnu Saud ditetapkan "
     "sebagai pemenang.", (59204, Decimal("57.48"))),
    ("Berhasil meraup 59.204 suara, Khairul-Ibnu Saud ditetapkan sebagai pemenang.", (59204,)),
    ("Dengan 59.204 suara, pasangan petahana Khairul-Ibnu Saud kembali memimpin Tarakan.",
     (59204,)),
])
def test_another_race_s_fronted_count_is_read_and_graded(shipped_context, sentence, values):
    found = read(shipped_context, TARAKAN_TITLE, f"<p>{sentence}</p>")
    for value in values:
        claim, comparison = one(found, value)
        assert (claim.nomor_urut, claim.region_code) == (1, "6571"), claim
        assert comparison.status == "consistent", comparison


def test_a_governor_s_fronted_count_is_read(shipped_context):
    # Pilgub Jateng, Sirekap at 99.75 % of the TPS: Luthfi-Yasin 11.350.609, 59,14 %
    found = read(shipped_context, "Luthfi-Yasin Menang Pilgub Jateng",
                 "<p>Meraup 11.350.609 suara atau 59,14 persen, pasangan Ahmad Luthfi-Taj Yasin "
                 "memenangi Pilgub Jawa Tengah 2024.</p>")
    for value in (11350609, Decimal("59.14")):
        claim, comparison = one(found, value)
        assert (claim.race_kind, claim.nomor_urut) == ("governor", 2), claim
        assert comparison.status == "consistent", comparison


@pytest.mark.parametrize("sentence", [
    # no pair after the comma: the count is nobody's, never the pair named elsewhere
    "Dengan 40.676 suara, KPU menetapkan hasil Pilkada Kabupaten Sorong. Pasangan Johny "
    "Kamuru-Ahmad Sutejo hadir dalam pleno.",
    "Pasangan Johny Kamuru-Ahmad Sutejo hadir dalam pleno. Dengan 40.676 suara, KPU "
    "menetapkan hasil Pilkada Kabupaten Sorong.",
    # two counts in the clause: whose is which the sentence does not say
    "Dengan 40.676 suara dan 16.221 suara untuk lawannya, pasangan Johny Kamuru-Ahmad Sutejo "
    "unggul.",
])
def test_a_fronted_count_with_no_pair_for_subject_is_nobody_s(shipped_context, sentence):
    found = read(shipped_context, SORONG_TITLE, f"<p>{sentence}</p>")
    assert not [c for c, _ in found if c.kind == "votes" and
                (c.candidate_id is not None or c.nomor_urut is not None)], found


@pytest.mark.parametrize("sentence", [
    "Dengan selisih 24.455 suara, pasangan Johny Kamuru-Ahmad Sutejo unggul atas Musa "
    "Malagam-Suprapto.",
    "Dengan total suara sah 59.750, pasangan Johny Kamuru-Ahmad Sutejo unggul.",
    "Dengan tingkat partisipasi 70 persen, pasangan Johny Kamuru-Ahmad Sutejo unggul.",
])
def test_a_fronted_margin_total_or_turnout_is_no_pair_s_count(shipped_context, sentence):
    found = read(shipped_context, SORONG_TITLE, f"<p>{sentence}</p>")
    assert not [c for c, _ in found if c.kind in ("votes", "share")], found


# ---- 3. A thousands point set apart from its group ("40. 676", as Radar Sorong prints it):
# one number, and the share after it is still the count's; never two numbers.
@pytest.mark.parametrize("sentence", [
    "Dengan raihan suara terbanyak, yakni 40. 676 suara sah (68.08 %) dari total suara sah "
    "Pilkada Kabupaten Sorong tahun 2024, pasangan calon nomor urut 1, Dr Johny Kamuru, SH "
    "M.Si - Ahmad Sutejo, S.Pd (JK-Tejo) resmi ditetapkan KPU Kabupaten Sorong.",
    "Pasangan calon nomor urut 1, Johny Kamuru - Ahmad Sutejo meraih 40. 676 suara sah "
    "(68.08 %) dari total suara sah.",
    "Pasangan Johny Kamuru-Ahmad Sutejo meraih 40. 676 (68,08 %) dari total suara sah.",
    "Pasangan Johny Kamuru-Ahmad Sutejo meraih 40. 676 atau 68,08 persen.",
])
def test_a_split_thousands_group_is_one_count_and_keeps_its_share(shipped_context, sentence):
    found = read(shipped_context, SORONG_TITLE, f"<p>{sentence}</p>")
    owned(found, 40676, 1, "9601")
    owned(found, Decimal("68.08"), 1, "9601")
    assert not [c for c, _ in found if c.value in (40, 676)], found


def test_a_small_number_ending_a_sentence_is_not_joined_to_the_next(shipped_context):
    found = read(shipped_context, SORONG_TITLE,
                 "<p>Pasangan Johny Kamuru-Ahmad Sutejo menang di 10. 120 TPS lain belum "
                 "dihitung.</p>")
    assert not [c for c, _ in found if c.value == 10120], found


def test_a_fronted_count_of_a_kecamatan_stays_the_kecamatan_s(shipped_context):
    # the area written after the figure in the clause is the figure's, never the city's:
    # Khairul-Ibnu Saud's 54,54 % in Kecamatan Tarakan Barat (Sirekap, 657101)
    found = read(shipped_context, TARAKAN_TITLE,
                 "<p>Dengan 54,54 persen di Kecamatan Tarakan Barat, pasangan Khairul-Ibnu Saud "
                 "unggul di sana.</p>")
    claim, comparison = one(found, Decimal("54.54"))
    assert (claim.nomor_urut, claim.region_code) == (1, "657101"), claim
    assert comparison.status == "consistent", comparison
