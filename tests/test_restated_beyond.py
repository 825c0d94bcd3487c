"""A share that restates a count too large for the page's area (stressed corpus, the one
"other_region" snippet flag on a Payakumbuh page): "Sementara itu pada Pilgub Sumatera Barat,
... 1.750.873 suara atau 77,15 persen" after a city's results. The count is held as more than
Kota Payakumbuh could cast; its share was graded against the city's 81,54 and called
discrepant. Short pages in our own words with the record's real figures (Pilgub Sumbar 2024,
Sirekap of 28 Nov: the province's 1.750.873 / 77,15; Kota Payakumbuh's 49.130 / 81,54)."""

from __future__ import annotations

from builders import check_article, every_claim

URL = "https://www.kabar-payakumbuh.example/pleno-pilwako"
TITLE = "KPU Payakumbuh Tetapkan Hasil Pleno Pilkada 2024"
# The city's plenary of both races, the governor's among them (the corpus page's shape).
LEAD = ("<p>KPU Kota Payakumbuh menggelar rapat pleno rekapitulasi tingkat kota untuk "
        "Pemilihan Gubernur Sumatera Barat serta Wali Kota Payakumbuh 2024.</p>")


def found(ctx, body: str) -> dict:
    return {str(c.value): (c, compared)
            for c, compared in every_claim(check_article(TITLE, LEAD + body, URL, ctx))}


def test_a_province_wide_count_and_its_share_are_not_the_citys(shipped_context):
    page = found(shipped_context,
                 "<p>Sementara itu pada Pilgub Sumatera Barat, pasangan nomor urut 1, "
                 "Mahyeldi-Vasko, memperoleh 1.750.873 suara atau 77,15 persen menurut hitung "
                 "Sirekap KPU per 28 November 2024.</p>")
    for value in ("1750873", "77.15"):
        claim, comparison = page[value]
        assert comparison is None or comparison.status not in ("minor", "discrepant"), claim


def test_the_citys_own_count_and_share_keep_their_grade(shipped_context):
    page = found(shipped_context,
                 "<p>Pada Pilgub Sumatera Barat di Kota Payakumbuh, pasangan nomor urut 1, "
                 "Mahyeldi-Vasko, memperoleh 49.130 suara atau 81,54 persen menurut hitung "
                 "Sirekap KPU per 28 November 2024.</p>")
    for value in ("49130", "81.54"):
        claim, comparison = page[value]
        assert claim.region_code == "1376" and comparison.status == "consistent", claim


def test_a_wrong_city_share_beside_its_own_count_is_still_caught(shipped_context):
    page = found(shipped_context,
                 "<p>Pada Pilgub Sumatera Barat di Kota Payakumbuh, pasangan nomor urut 1, "
                 "Mahyeldi-Vasko, memperoleh 49.130 suara atau 88,54 persen menurut hitung "
                 "Sirekap KPU per 28 November 2024.</p>")
    claim, comparison = page["88.54"]
    assert comparison is not None and comparison.status in ("minor", "discrepant"), claim
