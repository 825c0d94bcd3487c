"""Recall (issue 10): ways pages write a pair's figure that the text reader should follow, each
with a case where the same words must not make a figure."""

from decimal import Decimal

from builders import context, snapshot
from checker.analyse.page import extract
from checker.figures.claims import extract_claims
from official_data import record_with_rekap


def claims(body: str, title: str = "Rekapitulasi Pilgub Jawa Tengah 2024"):
    html = f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"
    snap = snapshot("https://berita.example/a", html.encode())
    rules = context().rules
    page = extract(snap, rules.vocabulary, rules.figures.params)
    return [(c.kind, c.value, c.nomor_urut) for c in
            extract_claims(page, snap, record_with_rekap(), rules)]


def test_a_bare_count_with_its_share_in_brackets():
    found = claims("<p>Dalam rekapitulasi, Luthfi-Yasin 11.390.191 (59,14 persen) dan "
                   "Andika-Hendi 7.870.084 (40,86 persen).</p>")
    assert ("votes", 11390191, 2) in found and ("votes", 7870084, 1) in found


def test_a_bare_count_after_the_pair_s_share():
    found = claims("<p>Dalam rekapitulasi, Luthfi-Yasin meraih 59,14 persen atau 11.390.191.</p>")
    assert ("votes", 11390191, 2) in found


def test_a_share_without_its_sign_in_brackets_after_the_votes():
    found = claims("<p>Luthfi-Yasin memperoleh 11.390.191 suara (59,14).</p>")
    assert ("share", Decimal("59.14"), 2) in found


def test_a_number_in_brackets_that_is_not_after_votes_is_not_a_share():
    found = claims("<p>Luthfi-Yasin unggul di 32 kabupaten/kota (35,00).</p>")
    assert not [f for f in found if f[0] == "share"]


def test_a_ballot_number_spelled_out():
    found = claims("<p>Dalam rekapitulasi, pasangan nomor urut dua meraih 11.390.191 suara.</p>")
    assert ("votes", 11390191, 2) in found


def test_the_pair_with_an_epithet_referred_back():
    found = claims("<p>Ahmad Luthfi-Taj Yasin menang dalam rekapitulasi. Pasangan petahana itu "
                   "memperoleh 59,14 persen suara.</p>")
    assert ("share", Decimal("59.14"), 2) in found


def test_a_pair_s_count_after_berjumlah_but_not_the_valid_total():
    found = claims("<p>Suara sah untuk pasangan Ahmad Luthfi-Taj Yasin berjumlah 11.390.191.</p>"
                   "<p>Pasangan Ahmad Luthfi-Taj Yasin unggul, suara sah kedua pasangan "
                   "berjumlah 19.260.275.</p>")
    assert ("votes", 11390191, 2) in found
    assert not [f for f in found if f[1] == 19260275]


def test_the_same_pair_s_true_figure_after_padahal():
    found = claims("<p>Dalam video itu Luthfi-Yasin disebut meraih 49,14 persen suara, padahal "
                   "siaran asli Metro TV mencatat 59,14 persen suara.</p>")
    assert ("share", Decimal("59.14"), 2) in found


def test_after_padahal_another_pair_named_takes_the_figure():
    found = claims("<p>Luthfi-Yasin disebut meraih 49,14 persen suara, padahal Andika-Hendi "
                   "tercatat 40,86 persen suara.</p>")
    assert ("share", Decimal("40.86"), 1) in found
    assert ("share", Decimal("40.86"), 2) not in found
