"""A pair's count far beyond every vote cast in its race's area is a typo, not another area's
or another moment's count (tests/corpus: pilbup-tribunmanado-sumut-bupati-terpilih gave
Mandailing Natal's winners "948.429" suara, where all the regency's valid votes are 186.766 in
Sirekap at 97 %). Such a figure was held `beyond_total` (a total, or another area's figure, read
beside a pair); where it is three times or more all the votes any race counted in that area,
it is no total and no figure of that area, and is graded. Short pages in our own words with
the record's real figures."""

from __future__ import annotations

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def found(ctx, url: str, title: str, body: str) -> dict:
    """{str(value): (claim, comparison or None)} of the page's claims."""
    return {str(c.value): (c, compared)
            for c, compared in every_claim(check_article(title, body, url, ctx))}


def test_a_regent_pairs_count_beyond_all_votes_cast_is_discrepant(shipped_context):
    # the corpus case: one digit too many in a list of elected regents
    page = found(shipped_context, "https://manado.tribunnews.com/daftar-bupati-terpilih-sumut",
                 "Daftar Bupati Terpilih di Sumatera Utara",
                 "<p>Berikut bupati terpilih hasil pleno KPU. Kabupaten Mandailing Natal: "
                 "Saipullah Nasution - Atika Azmi Utammi, raihan suara: 948.429.</p>")
    claim, comparison = page["948429"]
    assert claim.region_code == "1213" and claim.nomor_urut == 2
    assert comparison.status == "discrepant" and comparison.official_value == 93704


def test_a_mayor_pairs_count_with_a_digit_too_many_is_discrepant(shipped_context):
    # another race, level and wording: Kota Tangerang's winners (746.454 valid votes in all)
    page = found(shipped_context, "https://www.poskota.co.id/pleno-kota-tangerang",
                 "Pleno Pilwalkot Tangerang Rampung",
                 "<p>KPU Kota Tangerang menetapkan hasil rekapitulasi Pilwalkot Tangerang 2024. "
                 "Paslon nomor urut 3 Sachrudin-Maryono unggul dengan perolehan 3.941.307 "
                 "suara.</p>")
    assert page["3941307"][1].status == "discrepant"


def test_a_governor_pairs_count_beyond_the_provinces_votes_is_discrepant(shipped_context):
    page = found(shipped_context, "https://bali.bisnis.com/pleno-pilgub-bali",
                 "Pleno Pilgub Bali 2024",
                 "<p>KPU Provinsi Bali menetapkan hasil rekapitulasi Pilgub Bali 2024. Pasangan "
                 "Wayan Koster-Nyoman Giri Prasta memperoleh 14.176.320 suara.</p>")
    assert page["14176320"][1].status == "discrepant"


# ---- controls: the same shape where the figure may be another count of the area or beyond it

def test_the_valid_total_beside_the_pair_stays_held(shipped_context):
    page = found(shipped_context, "https://manado.tribunnews.com/pleno-madina",
                 "Pleno Pilbup Mandailing Natal",
                 "<p>KPU Mandailing Natal menetapkan hasil rekapitulasi. Saipullah Nasution - "
                 "Atika Azmi Utammi meraih 93.704 suara dari 186.766 suara sah.</p>")
    assert all(c is None or c.status not in FLAGS for _, c in page.values()), page


def test_a_count_under_three_times_the_votes_cast_stays_held(shipped_context):
    # the regency's registered voters, or any count a little beyond its votes, is no typo
    # that can be told from another count of the area: held as before
    page = found(shipped_context, "https://manado.tribunnews.com/pleno-madina-2",
                 "Pleno Pilbup Mandailing Natal",
                 "<p>KPU Mandailing Natal menetapkan hasil rekapitulasi. Saipullah Nasution - "
                 "Atika Azmi Utammi meraih 393.704 suara.</p>")
    claim, comparison = page["393704"]
    assert comparison is None or comparison.status not in FLAGS


def test_a_provinces_count_read_at_a_city_stays_held(shipped_context):
    # a governor pair's count of the whole province set beside one of its cities: the pair
    # ran in the whole province, so the figure may be the province's
    page = found(shipped_context, "https://www.metrotvnews.com/pilgub-sulsel-makassar",
                 "Pilgub Sulsel di Makassar",
                 "<p>Di Kota Makassar, KPU menetapkan hasil Pilgub Sulawesi Selatan 2024. "
                 "Pasangan nomor urut 2 Andi Sudirman Sulaiman-Fatmawati Rusdi meraih "
                 "3.014.255 suara.</p>")
    claim, comparison = page["3014255"]
    assert comparison is None or comparison.status not in FLAGS
