"""Figures met on the dev pages of corpus-ak (tests/corpus/findings/corpus-ak.md), taken as
general shapes. Each case is a short page in our own words holding the real figures of the
dev page named beside it; each has variants and a negative control."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, hold, status, reason)}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, c.hold, found[i].status if i in found else None,
             found[i].reason if i in found else None) for i, c in enumerate(report.claims)}


# ---- 2. A sentence listing a race's pairs, each "sebesar N", the unit said once before the
# first count (news-antara-pilbup-beltim-pleno: regent 23.301 / 44.949, governor counted in
# Belitung Timur 41.395 / 25.288).
OPENING = "<p>Manggar - KPU Kabupaten Belitung Timur menggelar rapat pleno rekapitulasi. "
REGENT = ("Dari rekapitulasi diperoleh total suara pemilihan Bupati Belitung Timur: pasangan "
          "calon nomor urut 1, Burhanudin dan Ali Reza, sebesar 23.301, dan pasangan nomor urut "
          "2, Kamarudin Muten dan Khairil Anwar, sebesar 44.949.</p>")
GOVERNOR = ("Untuk total suara pemilihan Gubernur Bangka Belitung di Belitung Timur, pasangan "
            "calon nomor urut 1, Erzaldi dan Yuri Kemal, sebesar 41.395, sedangkan pasangan "
            "nomor urut 2, Hidayat dan Hellyana, sebesar 25.288.</p>")


def test_the_second_pair_of_a_sebesar_list_takes_the_first_pairs_kind(shipped_record):
    found = claims("Pleno KPU Belitung Timur", OPENING + REGENT, shipped_record)
    assert found["23301"][:2] == ("votes", 1), found
    assert found["44949"][:3] == ("votes", 2, "1906"), found
    assert found["44949"][4] not in FLAGS, found


def test_the_same_list_in_another_race_and_list_word(shipped_record):
    found = claims("Pleno KPU Belitung Timur", OPENING + GOVERNOR, shipped_record)
    assert found["41395"][:2] == ("votes", 1), found
    assert found["25288"][:2] == ("votes", 2), found
    assert found["25288"][4] not in FLAGS, found


def test_the_unit_after_the_first_count_is_the_same_list(shipped_record):
    body = OPENING + REGENT.replace("sebesar 23.301,", "sebesar 23.301 suara,")
    found = claims("Pleno KPU Belitung Timur", body, shipped_record)
    assert found["44949"][:2] == ("votes", 2), found


def test_a_count_of_another_thing_after_a_pairs_count_stays_unread(shipped_record):
    # Negative controls: the same "sebesar" for the voters' roll or a budget is no pair's.
    for tail in ("dan DPT pemilihan Bupati, Kamarudin Muten dan Khairil Anwar, sebesar 98.000.",
                 "dan anggaran pasangan Kamarudin Muten dan Khairil Anwar sebesar 35.000.",
                 "dan selisih pasangan Kamarudin Muten dan Khairil Anwar sebesar 21.648."):
        body = OPENING + REGENT.split(", dan pasangan")[0] + ", " + tail + "</p>"
        found = claims("Pleno KPU Belitung Timur", body, shipped_record)
        assert "23301" in found, found
        for value in ("98000", "35000", "21648"):
            assert value not in found or found[value][0] != "votes", (tail, found)


def test_a_lone_sebesar_with_no_votes_said_stays_unread(shipped_record):
    # Nothing says these are votes: a pair's "sebesar N" alone is not read as its count.
    body = OPENING + "Pasangan nomor urut 2, Kamarudin Muten dan Khairil Anwar, sebesar 44.949.</p>"
    assert "44949" not in claims("Pleno KPU Belitung Timur", body, shipped_record)


# ---- 1. A pair written by its first member's initials, the Haji's "H." kept or not, and its
# running mate's name (news-jambisatu-pilwako-jambi-realcount: KPU's "H. ABDUL RAHMAN, S.E. -
# H. ANDI MUHAMMAD GUNTUR, S.E." is "HAR-Guntur"; 25.257 votes, 27,7 %, ballot number 2).
def jambi(pair: str) -> str:
    return ("<p>Jambi - Real count sementara Pemilihan Wali Kota Jambi 2024: sampai pukul 16.40 "
            "data dari 353 TPS, sekitar 37% dari 943 TPS, menunjukkan Maulana-Diza meraih 65.914 "
            f"suara (72,3%), jauh di depan pasangan {pair} yang mendapat 25.257 suara "
            "(27,7%).</p>")


def test_a_pair_written_by_initials_with_the_hajis_letter_is_resolved(shipped_record):
    for pair in ("HAR-Guntur", "AR-Guntur", "HAR - Guntur"):
        found = claims("Real count Pilwako Jambi 2024", jambi(pair), shipped_record)
        assert found["25257"][:4] == ("votes", 2, "1571", None), (pair, found)
        assert found["27.7"][:4] == ("share", 2, "1571", None), (pair, found)
        assert found["25257"][4] not in FLAGS, (pair, found)


def test_initials_of_nobody_or_a_mate_of_nobody_stay_unknown(shipped_record):
    # Negative controls: initials no member has, or a running mate no pair of the race has.
    for pair in ("HAB-Guntur", "HAR-Wiranto", "MD-Guntur"):
        found = claims("Real count Pilwako Jambi 2024", jambi(pair), shipped_record)
        assert found["25257"][1] is None, (pair, found)
        assert found["25257"][4] not in FLAGS, (pair, found)


# ---- 3. A Minangkabau adat title after the personal name, which KPU's record leaves out for
# one pair and keeps for another (news-topsatu-pilwako-payakumbuh-pleno: "Ir. H. ALMAISYAR" is
# written "Almaisyar Dt. Bangso Dirajo Nan Kuniang", 9.794 votes, ballot number 2, while the
# record has "YENDRI BODRA Dt. PARMATO ALAM" for pair 5).
PAYAKUMBUH = "<p>Payakumbuh - KPU Kota Payakumbuh menggelar pleno pemilihan wali kota 2024. "


def test_a_pair_written_with_an_adat_title_is_resolved(shipped_record):
    for name in ("Almaisyar Dt. Bangso Dirajo Nan Kuniang", "Almaisyar Dt Bangso Dirajo",
                 "Almaisyar Datuk Bangso Dirajo Nan Kuniang"):
        body = PAYAKUMBUH + f"Pasangan {name} dan Joni Hendri meraup 9.794 suara.</p>"
        found = claims("Pleno KPU Payakumbuh", body, shipped_record)
        assert found["9794"][:4] == ("votes", 2, "1376", None), (name, found)
        assert found["9794"][4] not in FLAGS, (name, found)


def test_the_adat_title_ends_no_sentence(shipped_record):
    # "Dt." is an abbreviation: the count after the next sentence's "itu" is the pair's.
    body = PAYAKUMBUH + ("Peraih suara terbanyak keempat adalah pasangan Almaisyar Dt. Bangso "
                         "Dirajo Nan Kuniang dan Joni Hendri. Pasangan usungan PAN, Hanura dan "
                         "PDIP itu meraup 9.794 suara.</p>")
    found = claims("Pleno KPU Payakumbuh", body, shipped_record)
    assert found["9794"][:2] == ("votes", 2), found


def test_an_adat_title_joins_no_two_pairs(shipped_record):
    # Negative controls: the title shared with pair 5 names nobody by itself, and members of
    # two pairs, or a member the record does not hold, stay unknown.
    for pair in ("Almaisyar Dt. Rajo Bintang dan Elzadaswarman",
                 "Budi Dt. Parmato Kayo dan Joni Hendri"):
        body = PAYAKUMBUH + f"Pasangan {pair} meraup 9.794 suara.</p>"
        found = claims("Pleno KPU Payakumbuh", body, shipped_record)
        assert found["9794"][1] is None, (pair, found)


# ---- 4. The pair KPU set, referred back to two sentences later, the sentence that named it
# opened by a capitalised "Dalam" (news-topsatu-pilwako-payakumbuh-pleno: 21.207 votes of
# Zulmaeta-Elzadaswarman, ballot number 3; "Dalam" was read as the record's "... PARMATO ALAM").
SET = ("<p>Dalam Pilkada Kota Payakumbuh 2024, KPU setempat menetapkan pasangan calon wali kota "
       "Zulmaeta dan Elzadaswarman sebagai peraih suara terbanyak. Penetapan itu dilakukan "
       "dalam rapat pleno terbuka. Pasangan yang diusung Partai Demokrat dan PPP itu meraup "
       "21.207 suara.</p>")


def test_a_word_opening_the_sentence_is_no_members_name(shipped_record):
    found = claims("KPU Payakumbuh tetapkan peraih suara terbanyak", SET, shipped_record)
    assert found["21207"][:4] == ("votes", 3, "1376", None), found
    body = SET.replace("Dalam Pilkada", "Pada Pilkada")
    found = claims("KPU Payakumbuh tetapkan peraih suara terbanyak", body, shipped_record)
    assert found["21207"][:2] == ("votes", 3), found


def test_the_back_reference_with_two_pairs_named_before_stays_unknown(shipped_record):
    # Negative control: two pairs in the sentence the back-reference reaches, nobody's.
    body = SET.replace("Zulmaeta dan Elzadaswarman sebagai peraih suara terbanyak",
                       "Zulmaeta-Elzadaswarman dan Supardi-Tri Venindra sebagai dua teratas")
    found = claims("KPU Payakumbuh tetapkan hasil", body, shipped_record)
    assert "21207" not in found or found["21207"][1] is None, found


# ---- 5. The back-reference with a party's name and its acronym in brackets
# (news-beritamanado-pilbup-sangihe-hitung-cepat: 8,45 % of Jabes Ezar Gaghana-Patras Madonsa,
# ballot number 1, in a quick count).
SANGIHE = ("<p>Tahuna - Hasil hitung cepat Pilbup Kepulauan Sangihe 2024. Juru kunci pilkada "
           "adalah Jabes Ezar Gaghana-Patras Madonsa. Pasangan usungan {parties} itu hanya "
           "meraih 8,45 persen suara dan berada di posisi terakhir.</p>")


def test_a_bracketed_party_acronym_keeps_the_back_reference(shipped_record):
    for parties in ("Partai Golongan Karya (Golkar) dan Demokrat",
                    "Partai Golkar dan Partai Demokrat (PD)", "Golkar dan Demokrat"):
        found = claims("Hitung cepat Pilbup Sangihe", SANGIHE.format(parties=parties),
                       shipped_record)
        assert found["8.45"][:2] == ("share", 1), (parties, found)
        assert found["8.45"][4] not in FLAGS, (parties, found)

