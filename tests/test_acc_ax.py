"""corpus-ax (Pilkada 2024 regent and mayor results outside Java, kecamatan breakdowns, the
empty column, the 2025 re-votes): the shapes its dev pages lost, each a short page in our own
words with real figures of the shipped record, with variants and the near shapes that must keep
their reading (tests/corpus/findings/corpus-ax.md)."""

from __future__ import annotations

from decimal import Decimal

from builders import check_article


def claims_of(title: str, body: str, url: str = "https://www.example-news.co.id/read/pilkada"):
    rep = check_article(title, body, url)
    status = {c.claim: c.status for c in rep.comparisons}
    return [(c, status.get(i)) for i, c in enumerate(rep.claims)]


def of_value(got, value: str):
    return [(c, s) for c, s in got if c.value == Decimal(value)]


def one(got, value: str):
    hits = of_value(got, value)
    assert len(hits) == 1, (value, [(c.value, c.kind, c.nomor_urut, c.hold) for c, _ in got])
    return hits[0]


# ---- 1. "N persen dari total M suara sah": M is the valid votes the share is taken of, no
# pair's count (news-berantas-psu-parimo-real-count-tim: "Erwin-Sahid meraih 119.113 suara, atau
# 59,1 persen dari total 201.590 suara sah" gave the pair 201.590 votes). A share before its
# base read "persen dari total" as the label of a count after it ("50,07 persen dari total
# suara sah yakni 2.183.239"); with the bare words "dari total" before the figure, the figure is
# the base itself.
def pair_then_base(lead: str, sentence: str):
    return claims_of("KPU Tetapkan Hasil Rekapitulasi Pilkada 2024", f"<p>{lead}</p><p>{sentence}</p>")


JEMBRANA = "KPU Kabupaten Jembrana menetapkan hasil rekapitulasi Pilbup Jembrana 2024."


def test_the_base_after_a_share_is_no_pairs_count():
    got = pair_then_base(JEMBRANA, "Pasangan nomor urut 2 I Made Kembang Hartawan-I Gede Ngurah "
                         "Patriana Krisna meraih 106.119 suara, atau 61,89 persen dari total "
                         "171.464 suara sah.")
    assert not of_value(got, "171464")
    claim, status = one(got, "106119")
    assert (claim.kind, claim.nomor_urut, status) == ("votes", 2, "consistent")
    claim, status = one(got, "61.89")
    assert (claim.kind, claim.nomor_urut, status) == ("share", 2, "consistent")


def test_other_races_percent_signs_and_bases():
    got = pair_then_base("KPU Kabupaten Lombok Timur menetapkan hasil rekapitulasi Pilbup Lombok "
                         "Timur 2024.", "Pasangan nomor urut 2 Haerul Warisin-Edwin Hadiwijaya "
                         "meraih 236.195 suara atau 34,58% dari total 683.017 suara sah.")
    assert not of_value(got, "683017")
    assert one(got, "236195")[0].nomor_urut == 2
    got = pair_then_base("KPU Kabupaten Ogan Komering Ulu menetapkan hasil rekapitulasi Pilbup "
                         "OKU 2024.", "Pasangan nomor urut 1 Yudi Purna Nugraha-Yenny Elita "
                         "memperoleh 49,00 persen dari jumlah 211.159 suara sah.")
    assert not of_value(got, "211159")
    assert one(got, "49.00")[0].nomor_urut == 1
    # the base written "suara" without "sah" is the same base
    got = pair_then_base(JEMBRANA, "Pasangan nomor urut 1 I Nengah Tamba-I Made Suardana meraih "
                         "38,11 persen dari total 171.464 suara.")
    assert not of_value(got, "171464")


def test_a_count_named_after_the_share_still_is_the_pairs():
    # negative controls: the count the share's base labels ("persen dari total suara sah
    # yakni N"), a count before "dari total" and a count with its own "suara" are the pair's.
    got = pair_then_base(JEMBRANA, "Pasangan nomor urut 2 I Made Kembang Hartawan-I Gede Ngurah "
                         "Patriana Krisna meraih 61,89 persen dari total suara sah yakni 106.119 "
                         "suara.")
    claim, status = one(got, "106119")
    assert (claim.kind, claim.nomor_urut, status) == ("votes", 2, "consistent")
    got = pair_then_base(JEMBRANA, "Pasangan nomor urut 1 I Nengah Tamba-I Made Suardana meraih "
                         "65.345 suara dari total 171.464 suara sah.")
    claim, status = one(got, "65345")
    assert (claim.kind, claim.nomor_urut, status) == ("votes", 1, "consistent")
    assert not of_value(got, "171464")


def test_a_wrong_count_beside_a_base_is_still_caught():
    # negative control: the pair's own count, wrong, before its share and the base, is still
    # graded against the record (106.119 at 100 % of TPS)
    got = pair_then_base(JEMBRANA, "Pasangan nomor urut 2 I Made Kembang Hartawan-I Gede Ngurah "
                         "Patriana Krisna meraih 116.119 suara, atau 61,89 persen dari total "
                         "171.464 suara sah.")
    claim, status = one(got, "116119")
    assert claim.nomor_urut == 2 and status in ("discrepant", "minor")
    assert not of_value(got, "171464")
