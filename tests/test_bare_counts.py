"""Recall (issue 10): a count written bare, without "suara", is a pair's votes when the share
that follows it says so ("mengantongi 1.802.220, atau 51,10 persen") and a pair of the record
is named; a bare number followed by a share of something else is not read."""

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from official_data import record_with_rekap


def claims(body: str):
    html = f"<html><head><title>Rekapitulasi Pilpres 2024</title></head><body><article>{body}</article></body></html>"
    snap = snapshot("https://berita.example/a", html.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return extract_claims(page, snap, record_with_rekap(), rules)


def test_a_bare_count_before_its_share_is_the_pair_s_votes():
    found = claims("<p>Dalam rekapitulasi nasional Pilpres 2024, Prabowo Subianto-Gibran "
                   "Rakabuming Raka mengumpulkan 96.214.691, atau 58,59 persen.</p>")
    votes = [c for c in found if c.kind == "votes"]
    assert [(c.value, c.nomor_urut) for c in votes] == [(96214691, 2)]
    assert [(c.value, c.nomor_urut) for c in found if c.kind == "share"] == \
        [(Decimal("58.59"), 2)]


def test_a_bare_number_with_no_pair_named_is_not_read():
    found = claims("<p>Dalam rekapitulasi nasional Pilpres 2024, sebanyak 204.807.222, atau "
                   "81,78 persen, pemilih datang ke TPS.</p>")
    assert not [c for c in found if c.kind == "votes"]


def test_provinces_and_abroad_together_are_the_whole_country_not_abroad():
    found = claims("<p>Jumlah suara sah Pilpres 2024 dari 38 provinsi dan luar negeri mencapai "
                   "164.227.475. Dari jumlah itu, Prabowo Subianto-Gibran Rakabuming Raka "
                   "mengumpulkan 96.214.691, atau 58,59 persen.</p>")
    assert {c.region_code for c in found if c.nomor_urut == 2} == {""}


def test_abroad_after_the_provinces_is_part_of_the_whole_not_a_region_of_its_own():
    # the shipped record names the overseas vote "Luar Negeri" (code 99), a region of the
    # presidential race; "38 provinsi dan luar negeri" is the whole country with it
    from checker.figures.matching import RegionHit
    from checker.figures.places import institution

    text = "Suara sah dari 38 provinsi dan luar negeri mencapai 164.227.475."
    start = text.index("luar")
    assert institution(text, RegionHit("99", "Luar Negeri", 1, start, start + 11))
    alone = "Di luar negeri, Anies-Muhaimin unggul."
    assert not institution(alone, RegionHit("99", "Luar Negeri", 1, 3, 14))


def test_a_list_of_pairs_with_bare_counts_under_a_province_heading():
    found = claims("<p>Rekapitulasi Pilpres 2024 per provinsi:</p><ol><li><h3>Gorontalo</h3>"
                   "<ul><li>Anies-Muhaimin 227.354</li><li>Prabowo-Gibran 504.662</li>"
                   "<li>Ganjar-Mahfud 41.508</li></ul></li></ol>")
    assert sorted((c.nomor_urut, c.value, c.region_code) for c in found if c.kind == "votes") \
        == [(1, 227354, "75"), (2, 504662, "75"), (3, 41508, "75")]


def test_a_label_with_a_spaced_colon_is_a_label():
    html = ("<h1>Rekapitulasi Pilgub Bali 2024</h1><ul><li>Kabupaten Badung<ol>"
            "<li>Mulia-PAS : 111.062</li><li>Koster-Giri : 204.186</li></ol></li></ul>")
    found = claims(html)
    assert sorted((c.nomor_urut, c.value, c.region_code) for c in found if c.kind == "votes") \
        == [(1, 111062, "5103"), (2, 204186, "5103")]


def test_a_bare_count_on_a_line_with_no_pair_is_not_read():
    found = claims("<ul><li>Jumlah TPS 823.236</li><li>Pemilih 204.807.222</li></ul>"
                   "<p>Prabowo-Gibran unggul dalam rekapitulasi Pilpres 2024.</p>")
    assert not [c for c in found if c.kind == "votes"]
