"""Figures met on the dev pages of corpus-aq (tests/corpus/findings/corpus-aq.md), taken as
general shapes. Each case is a short page in our own words holding the real figures of the
dev page named beside it (or the record's own), with variants and negative controls."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, election, race, status, reason)}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.election, c.race_kind,
             found[i].status if i in found else None, found[i].reason if i in found else None)
            for i, c in enumerate(report.claims)}


# ---- 1. Party votes by numbered dapil (news-sumeks-muaraenim-gerindra-sirekap-dapil: Sirekap's
# DPRD Muara Enim votes). "..., dan di Dapil V mendapat 13.298 suara" has no party right before
# it and was read as a count of Muara Enim's Pilkada regent race. A numbered dapil belongs to a
# legislature: the count is a legislative one, never a Pilkada pair's.
MUARA_ENIM = ("<p>MUARA ENIM - Data sementara SiRekap memperlihatkan Partai Gerindra menguasai "
              "perolehan suara di Kabupaten Muara Enim.</p>"
              "<p>Di Dapil III Gerindra mengumpulkan 15.166 suara, dan di Dapil V mendapat "
              "13.298 suara. Di Dapil I, II dan IV, partai itu berturut-turut meraih 8.476, "
              "7.184 dan 6.756 suara.</p>")
GERINDRA = "Gerindra Menang, Prabowo-Gibran Juga Kuasai Perolehan Sementara di Muara Enim"


def _legislative(found: dict, values) -> None:
    for value in values:
        kind, nomor, _, election, race, status, _ = found[value]
        assert election == "pemilu2024" and race is None and nomor is None, (value, found)
        assert status not in FLAGS, (value, found)


def test_counts_in_a_numbered_dapil_are_no_pilkada_pairs(shipped_record):
    found = claims(GERINDRA, MUARA_ENIM, shipped_record)
    _legislative(found, ("15166", "13298", "8476", "6756"))


def test_the_same_in_another_regency_with_arabic_numbers(shipped_record):
    # Lahat (1604) also holds a Pilkada 2024 regent race in the record.
    body = ("<p>LAHAT - Hasil sementara Sirekap menunjukkan PDI Perjuangan unggul di Kabupaten "
            "Lahat.</p><p>Di dapil 2 PDI Perjuangan meraih 9.311 suara, sedangkan di dapil 4 "
            "memperoleh 7.052 suara.</p>")
    found = claims("PDIP Unggul Sementara di Lahat", body, shipped_record)
    _legislative(found, ("9311", "7052"))


def test_a_named_provincial_dapil_keeps_its_party_count_legislative(shipped_record):
    body = ("<p>PALEMBANG - Perolehan sementara Sirekap untuk DPRD Sumatera Selatan.</p>"
            "<p>Di daerah pemilihan (dapil) Sumsel VI Partai Demokrat meraih 21.406 suara, dan "
            "di Dapil Sumsel VII mendapat 18.229 suara.</p>")
    found = claims("Demokrat Kuasai Dua Dapil DPRD Sumsel", body, shipped_record)
    _legislative(found, ("21406", "18229"))


def test_a_pair_named_after_the_dapil_keeps_its_race(shipped_record):
    # Negative control: a regent pair's count in Muara Enim after a dapil is named in the
    # sentence is still the pair's (Edison-Sumarni, nomor 2: Sirekap's 113.868).
    body = ("<p>MUARA ENIM - Hasil Pilkada Muara Enim 2024 menurut Sirekap.</p>"
            "<p>Di seluruh dapil I sampai V, pasangan nomor urut 2 Edison-Sumarni meraih "
            "113.868 suara.</p>")
    found = claims("Edison-Sumarni Unggul di Pilkada Muara Enim", body, shipped_record)
    kind, nomor, region, election, race, status, _ = found["113868"]
    assert (election, race, nomor, region) == ("pilkada2024", "regent_mayor", 2, "1603"), found
    assert status == "consistent", found


def test_votes_abroad_in_dapil_luar_negeri_stay_presidential(shipped_record):
    # Negative control: "128 dapil luar negeri" is no numbered dapil; the Pilpres counts abroad
    # (the record's rekap for region 99: 427.871) are still graded, and a wrong one caught.
    body = ("<p>JAKARTA - KPU merampungkan rekapitulasi suara dari luar negeri.</p>"
            "<p>Di 128 dapil luar negeri, pasangan Prabowo-Gibran meraih 427.871 suara.</p>")
    found = claims("Prabowo-Gibran Unggul di Luar Negeri", body, shipped_record)
    kind, nomor, region, election, race, status, _ = found["427871"]
    assert (race, nomor, region) == ("president", 2, "99") and status == "consistent", found
    wrong = claims("Prabowo-Gibran Unggul di Luar Negeri", body.replace("427.871", "472.871"),
                   shipped_record)
    assert wrong["472871"][5] in FLAGS, wrong
