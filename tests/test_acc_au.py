"""Corpus-au (Pilkada 2024 governor races outside Jakarta, tests/corpus/findings/corpus-au.md):
the dev pages' causes, each a short page in our own words with the real figures of the race, and
beside each the near shapes that must keep their grade or their hold."""

from __future__ import annotations

from builders import context, snapshot
from checker.analyse.pipeline import check_snapshot

FLAGS = ("minor", "discrepant")


def report(url: str, title: str, body: str):
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
            "</article></body></html>")
    return check_snapshot(snapshot(url, html.encode()), context())


def claim_of(rep, kind: str, value):
    """(Claim, Comparison) of the page's claim of `kind` and `value` (as written: 297, "46.18")."""
    for c in rep.comparisons:
        claim = rep.claims[c.claim]
        if claim.kind == kind and str(claim.value) == str(value):
            return claim, c
    raise AssertionError(f"no {kind} {value} claim")


# ---- 1. A count cut short ("297 suara" for the plenary's 91.297) that count_slips grades
# against the race's final figure names the area it was graded for, not no place (Koran
# Jakarta on KPU Maluku Utara's plenary; the record holds the decree).
MALUT = ("<p>Ternate - KPU Provinsi Maluku Utara menetapkan perolehan suara Pilgub Malut 2024 dalam "
         "rapat pleno di Sofifi, Minggu (8/12/2024).</p><p>Pasangan Husain Alting Sjah-Asrul "
         "Rasyid mengumpulkan {husain} suara, Aliong Mus-Sahril Tahir {aliong} suara, Muhammad "
         "Kasuba-Basri Salama {kasuba} suara, sedangkan Sherly Tjoanda-Sarbin Sehe {sherly} "
         "suara.</p>")


def malut(husain="168.174", aliong="76.605", kasuba="91.297", sherly="359.416"):
    return report("https://www.koranmalut.example.com/pleno-pilgub", "KPU Malut Tetapkan Hasil "
                  "Pilgub 2024", MALUT.format(husain=husain, aliong=aliong, kasuba=kasuba,
                                              sherly=sherly))


def test_a_cut_count_graded_as_a_slip_names_the_province():
    claim, c = claim_of(malut(kasuba="297"), "votes", 297)
    assert c.status in FLAGS and c.official_value == 91297
    assert claim.region_code == "82" and claim.hold is None


def test_another_pairs_cut_count_names_the_province_too():
    claim, c = claim_of(malut(aliong="605"), "votes", 605)
    assert c.status in FLAGS and c.official_value == 76605
    assert claim.region_code == "82" and claim.hold is None


DKI = ("<p>Jakarta - KPU Provinsi DKI Jakarta menetapkan hasil rekapitulasi Pilgub Jakarta 2024 "
       "dalam rapat pleno, Minggu (8/12/2024).</p><p>Pramono Anung-Rano Karno meraih 2.183.239 "
       "suara, Ridwan Kamil-Suswono {rk} suara, dan Dharma Pongrekun-Kun Wardana {dharma} "
       "suara.</p>")


def dki(rk="1.718.160", dharma="459.230"):
    return report("https://www.beritajakarta.example.com/pleno", "Pleno KPU Jakarta",
                  DKI.format(rk=rk, dharma=dharma))


def test_a_cut_count_in_another_province_names_that_province():
    claim, c = claim_of(dki(dharma="230"), "votes", 230)
    assert c.status in FLAGS and c.official_value == 459230
    assert claim.region_code == "31" and claim.hold is None


def test_a_cut_count_beside_a_wrong_count_stays_held_and_placeless():
    # Ridwan Kamil's count is no longer the plenary's: the moment is not pinned, no slip.
    claim, c = claim_of(dki(rk="1.717.245", dharma="230"), "votes", 230)
    assert c.status not in FLAGS
    assert claim.region_code is None and claim.hold == "below_area"


def test_a_kecamatans_small_count_keeps_no_province():
    body = ("<p>PPK Jailolo mencatat, di Kecamatan Jailolo, pasangan Muhammad Kasuba-Basri Salama "
            "mendapatkan 297 suara pada Pilgub Malut 2024.</p>")
    rep = report("https://www.beritamalut.example.com/jailolo", "Hasil Pilgub di Jailolo", body)
    claim, c = claim_of(rep, "votes", 297)
    assert c.status not in FLAGS and claim.region_code != "82"


def test_the_right_counts_stay_consistent_and_the_provinces():
    rep = malut()
    for value in (168174, 76605, 91297, 359416):
        claim, c = claim_of(rep, "votes", value)
        assert c.status == "consistent" and claim.region_code == "82"


# ---- 2. A pair written by the nicknames the page gives each member in brackets, a retired
# officer's rank with "(Purn)" before the second name (Mediatha on KPU Sulbar's plenary:
# "Suhardi Duka (SDK) dan Mayjend (Purn) TNI Salim S Mengga (JSM)", then "SDK-JSM").
def pair_of(rep, kind: str, value):
    claim, _ = claim_of(rep, kind, value)
    return claim.nomor_urut, claim.candidate_id


SULBAR = ("<p>Mamuju - KPU Provinsi Sulawesi Barat menetapkan pasangan Suhardi Duka (SDK) dan "
          "{rank} Salim S Mengga (JSM) sebagai peraih suara terbanyak Pilgub Sulbar 2024 dalam "
          "rapat pleno, Sabtu (7/12/2024).</p><p>{who} meraup 337.512 suara atau 46,18 persen "
          "dari total suara sah.</p>")


def sulbar(rank="Mayjend (Purn) TNI", who="SDK-JSM"):
    return report("https://www.beritasulbar.example.com/pleno", "KPU Sulbar Tetapkan Hasil "
                  "Pilgub", SULBAR.format(rank=rank, who=who))


def test_members_nicknames_name_the_pair_past_a_retired_rank():
    assert pair_of(sulbar(), "share", "46.18")[0] == 3
    assert pair_of(sulbar(), "votes", 337512)[0] == 3


def test_the_rank_written_corps_first_names_the_pair_too():
    assert pair_of(sulbar(rank="Mayjen TNI (Purn.)"), "share", "46.18")[0] == 3


def test_nicknames_of_members_of_two_pairs_name_no_pair():
    body = ("<p>Mamuju - Dalam debat, Suhardi Duka (SDK) dan Mayjend (Purn) TNI Andi Ibrahim "
            "Masdar (AIM) saling beradu gagasan.</p><p>SDK-AIM disebut meraup 46,18 persen "
            "suara.</p>")
    rep = report("https://www.beritasulbar.example.com/debat", "Debat Pilgub Sulbar", body)
    assert all(c.candidate_id is None for c in rep.claims if c.kind == "share")


SULUT = ("<p>Manado - KPU Sulawesi Utara menetapkan hasil Pilgub Sulut 2024, Sabtu (7/12/2024). "
         "Pasangan Steven Kandouw (SK) dan Letjen TNI (Purn) Alfred Denny Tuejeh (DT) berada di "
         "urutan ketiga.</p><p>Dalam pleno itu SK-DT meraih {share} persen suara sah.</p>")


def sulut(share: str):
    return report("https://www.beritasulut.example.com/pleno", "Pleno Pilgub Sulut",
                  SULUT.format(share=share))


def test_another_pairs_nicknames_past_a_rank_are_graded():
    claim, c = claim_of(sulut("31,44"), "share", "31.44")
    assert claim.nomor_urut == 3 and c.status == "consistent"


JAKARTA = ("<p>Jakarta - KPU Provinsi DKI Jakarta menetapkan hasil rekapitulasi Pilgub Jakarta 2024 "
           "dalam rapat pleno, Minggu (8/12/2024).</p><p>Pasangan independen Komjen Pol (Purn) "
           "Dharma Pongrekun (DP) dan Kun Wardana (KW) berada di urutan terakhir. DP-KW meraih "
           "{share} persen suara.</p>")


def jakarta(share: str):
    return report("https://www.beritajakarta.example.com/pleno-dp", "Pleno Pilgub Jakarta",
                  JAKARTA.format(share=share))


def test_a_rank_before_the_first_member_names_the_pair_and_it_is_graded():
    claim, c = claim_of(jakarta("10,53"), "share", "10.53")
    assert claim.nomor_urut == 2 and c.status == "consistent"


def test_a_wrong_share_of_such_a_pair_is_still_caught():
    claim, c = claim_of(jakarta("12,53"), "share", "12.53")
    assert claim.nomor_urut == 2 and c.status in FLAGS
