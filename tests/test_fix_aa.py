"""Wrong figures on corpus-aa's dev pages (counts not made by KPU beside KPU's), each as the
wording behind it, in our own words with the real figures."""

from __future__ import annotations

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot

FLAGS = ("minor", "discrepant")


def claims_of(title: str, body: str, url: str = "https://berita.example/a"):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    rep = check_snapshot(snapshot(url, html.encode()), context())
    by_claim = {c.claim: c for c in rep.comparisons}
    return [(claim, by_claim.get(i)) for i, claim in enumerate(rep.claims)]


def found(title: str, body: str) -> dict:
    """{(kind, value): (claim, comparison)}"""
    return {(c.kind, str(c.value)): (c, cmp) for c, cmp in claims_of(title, body)}


# -- 1. a party's count: its speaker's following paragraphs stay the party's ------------------

_NGANJUK = (
    "<p>Nganjuk - Dua paslon Pilkada Kabupaten Nganjuk 2024 sama-sama mengaku unggul.</p>"
    "<p>Menurut Ketua DPC PDI Perjuangan Kabupaten Nganjuk, Tatit Heru Tjahjono, data internal "
    "partainya mencatat Marhaen-Handy mendapat 40,70 persen suara.</p>"
    "<p>\"Berdasarkan real count yang dikerjakan DPC PDI Perjuangan sampai hari ini, "
    "Marhaen-Handy pasti menang pemilihan Bupati Nganjuk,\" ujarnya.</p>"
    "<p>\"Kami terus menghimpun C1. Alhamdulillah data yang masuk sudah 99,8 persen, tinggal "
    "satu TPS,\" kata Tatit pada Rabu (27/11/2024) malam.</p>"
    "<p>Adapun paslon nomor urut 01, Muhammad Muhibbin-Aushaf Fajr Herdiansyah, mendapat 38,77 "
    "persen suara, sedangkan paslon nomor urut 02, Ita Triwibawati-Zuli Rantauwati, memperoleh "
    "20,53 persen suara.</p>")


def test_a_party_s_coverage_in_its_speaker_s_next_quote_is_the_party_s():
    # Pilbup Nganjuk, 27 Nov 2024: the PDIP branch's C1 count "99,8 persen" in, Sirekap at 99,69
    got = found("Saling klaim menang di Pilkada Nganjuk", _NGANJUK)
    claim, comparison = got[("progress", "99.8")]
    assert claim.claim_type == "internal_count", claim
    assert comparison is None or comparison.status not in FLAGS, comparison


def test_the_party_s_shares_in_the_following_paragraph_stay_the_party_s():
    got = found("Saling klaim menang di Pilkada Nganjuk", _NGANJUK)
    for value in ("38.77", "20.53"):
        claim, _ = got[("share", value)]
        assert claim.claim_type == "internal_count", claim


def test_an_official_s_real_count_after_a_party_s_count_stays_kpu_s():
    # the same page with KPU's commissioner speaking next: his real count is KPU's
    body = ("<p>Nganjuk - Menurut Ketua DPC PDI Perjuangan Kabupaten Nganjuk, Tatit Heru "
            "Tjahjono, data internal partainya mencatat Marhaen-Handy mendapat 40,70 persen "
            "suara.</p>"
            "<p>Komisioner KPU Kabupaten Nganjuk, Yusuf Setyawan, mengatakan \"real count kami "
            "sudah 99,69 persen,\" ujarnya.</p>")
    claim, _ = found("Saling klaim menang di Pilkada Nganjuk", body)[("progress", "99.69")]
    assert claim.claim_type == "real_count", claim
