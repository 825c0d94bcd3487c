"""Figures met on the dev pages of corpus-al (tests/corpus/findings/corpus-al.md), taken as
general shapes. Each case is a short page in our own words holding the real figures of the
record (Sirekap readings of tests' shipped record); each has variants and a negative control."""

from __future__ import annotations

from builders import check_article

FLAGS = ("minor", "discrepant")


def claims(title: str, body: str, record) -> dict:
    """{value as written: (kind, nomor, region, status, reason)}."""
    report = check_article(title, body, record=record)
    found = {c.claim: c for c in report.comparisons}
    return {format(c.value, "f") if not isinstance(c.value, int) else str(c.value):
            (c.kind, c.nomor_urut, c.region_code, found[i].status if i in found else None,
             found[i].reason if i in found else None) for i, c in enumerate(report.claims)}


# ---- 1. A thousands comma set apart from its group by a space, on a page that writes its
# counts with a thousands comma (news-berita80-pilbup-merauke-pleno: "Hendrikus Mahuze – H.
# Riduwan dengan 36, 768 suara" beside "45,159 suara"). The record's Sirekap of Kota Batam's
# mayor race is complete (100 % of TPS): Nuryanto-Hardi 143.246, Amsakar-Li Claudia 278.130.
def batam(second: str) -> str:
    return ("<p>Batam - KPU Kota Batam menuntaskan rekapitulasi Pemilihan Wali Kota Batam 2024. "
            "Pasangan nomor urut 2 Amsakar Achmad – Li Claudia Chandra meraih 278,130 suara. "
            f"Di belakangnya pasangan nomor urut 1 Nuryanto – Hardi Selamat Hood {second}.</p>")


def test_a_spaced_thousands_comma_before_suara_is_one_count(shipped_record):
    found = claims("Hasil Pilwako Batam 2024", batam("dengan 143, 246 suara"), shipped_record)
    assert found["143246"][:3] == ("votes", 1, "2171"), found
    assert found["143246"][3] == "consistent", found
    assert "246" not in found, found


def test_the_same_in_another_race_and_wording(shipped_record):
    # Merauke's regent race (Sirekap at 70 % of TPS: the plenary count is held, not graded)
    body = ("<p>Merauke - KPU Merauke menetapkan hasil Pilkada Merauke 2024. Pasangan nomor urut "
            "4 Yoseph Bladib Gebze – Fauzun Hinaya meraih suara tertinggi sebanyak 45,159 suara. "
            "Di belakangnya ada pasangan nomor urut 3 Hendrikus Mahuze – H. Riduwan dengan "
            "36, 768 suara.</p>")
    found = claims("Pilkada Merauke 2024", body, shipped_record)
    assert found["36768"][:3] == ("votes", 3, "9301"), found
    assert found["36768"][3] not in FLAGS, found
    assert "768" not in found, found
    found = claims("Hasil Pilwako Batam 2024", batam("hanya mengumpulkan 143, 246 suara"),
                   shipped_record)
    assert found["143246"][:3] == ("votes", 1, "2171"), found


def test_a_wrong_spaced_count_is_still_caught(shipped_record):
    # Sirekap's count at 100 % of TPS, as the page says: a count off it is flagged
    body = batam("dengan 143, 264 suara").replace(
        "KPU Kota Batam menuntaskan rekapitulasi Pemilihan Wali Kota Batam 2024.",
        "Real count Sirekap KPU Pemilihan Wali Kota Batam 2024 dengan data masuk 100 persen:")
    found = claims("Hasil Pilwako Batam 2024", body, shipped_record)
    assert found["143264"][:3] == ("votes", 1, "2171"), found
    assert found["143264"][3] in FLAGS, found
    found = claims("Hasil Pilwako Batam 2024", body.replace("143, 264", "143, 246"),
                   shipped_record)
    assert found["143246"][3] == "consistent", found


def test_a_ballot_number_or_a_list_before_the_comma_is_no_thousands_group(shipped_record):
    # "nomor urut 1, 246 suara": the ballot number ends there; "5, 12, 246 suara" a list
    for second in ("nomor urut 1, 246 suara", "dengan 5, 12, 246 suara"):
        found = claims("Hasil Pilwako Batam 2024",
                       batam("dengan 143,246 suara; di TPS " + second), shipped_record)
        assert "1246" not in found and "12246" not in found, (second, found)


def test_a_page_writing_thousands_with_points_keeps_the_comma_apart(shipped_record):
    body = batam("dengan 143, 246 suara").replace("278,130", "278.130")
    found = claims("Hasil Pilwako Batam 2024", body, shipped_record)
    assert "143246" not in found, found


# ---- 2. A pair's kecamatan list opened by "memimpin di Kecamatan X dengan peroleh N suara"
# (news-inikalteng-pilbup-katingan-kecamatan). The record's Sirekap of Katingan's regent race
# by kecamatan: Katingan Kuala 620610 (Sakariyas-Endang 4.492 at 100 %), Sanaman Mantikei
# 620606 (2.336 at 100 %), Katingan Hilir 620602 (Saiful-Firdaus 7.754 at 100 %), Mendawai
# 620609 (1.094 at 100 %).
KATINGAN = ("<p>Kasongan - KPU Kabupaten Katingan menetapkan pasangan nomor urut 3, Saiful-"
            "Firdaus, sebagai peraih suara terbanyak Pemilihan Bupati Katingan 2024.</p>")


def test_dengan_peroleh_after_a_kecamatan_places_the_count_and_its_list(shipped_record):
    body = KATINGAN + ("<p>Sakariyas-Endang Susilawatie memimpin di Kecamatan Katingan Kuala "
                       "dengan peroleh 4.492 suara, Sanaman Mantikei sebanyak 2.336 suara.</p>")
    found = claims("Pilbup Katingan 2024", body, shipped_record)
    assert found["4492"][:4] == ("votes", 1, "620610", "consistent"), found
    assert found["2336"][:4] == ("votes", 1, "620606", "consistent"), found


def test_the_other_words_of_a_count_after_dengan(shipped_record):
    for words in ("dengan raihan", "dengan raihan suara", "dengan perolehan suara sebanyak"):
        body = KATINGAN + (f"<p>Saiful-Firdaus unggul di Kecamatan Katingan Hilir {words} 7.754 "
                           "suara, Mendawai sebanyak 1.094 suara.</p>")
        found = claims("Pilbup Katingan 2024", body, shipped_record)
        assert found["7754"][:4] == ("votes", 3, "620602", "consistent"), (words, found)
        assert found["1094"][:3] == ("votes", 3, "620609"), (words, found)


def test_a_wrong_count_at_the_kecamatan_is_not_taken_for_the_record(shipped_record):
    # A plenary count off the kecamatan's Sirekap is held (the plenary may correct it), never
    # graded consistent.
    body = KATINGAN + ("<p>Sakariyas-Endang Susilawatie memimpin di Kecamatan Katingan Kuala "
                       "dengan peroleh 4.429 suara.</p>")
    found = claims("Pilbup Katingan 2024", body, shipped_record)
    assert found["4429"][:3] == ("votes", 1, "620610"), found
    assert found["4429"][3] != "consistent", found


def test_a_place_that_is_no_kecamatan_of_the_regency_gets_no_area(shipped_record):
    body = KATINGAN + ("<p>Sakariyas-Endang Susilawatie memimpin di Kecamatan Tanjung Priok "
                       "dengan peroleh 4.492 suara.</p>")
    found = claims("Pilbup Katingan 2024", body, shipped_record)
    assert found.get("4492", (None,) * 5)[2] in (None, "6206"), found
    assert found.get("4492", (None,) * 5)[3] not in FLAGS, found


# ---- 3. A kecamatan written with a doubled letter the record does not have ("Tewang
# Sanggalang Garing" for TEWANG SANGALANG GARING, 620603; the next item Tasik Payawan 620611,
# Suhaemi-Nikodemus 1.838 at 100 %; Agustiar-Edy's governor count there 2.767 at 100 %).
def test_a_doubled_letter_still_names_the_kecamatan(shipped_record):
    body = KATINGAN + ("<p>Pasangan Suhaemi-Nikodemus mencatat suara tertinggi di Kecamatan "
                       "Tewang Sanggalang Garing sebanyak 3.067 suara dan Tasik Payawan sebanyak "
                       "1.838 suara.</p>")
    found = claims("Pilbup Katingan 2024", body, shipped_record)
    assert found["3067"][:3] == ("votes", 2, "620603"), found
    assert found["3067"][3] not in FLAGS, found  # Sirekap there stops at 92 % of TPS
    assert found["1838"][:4] == ("votes", 2, "620611", "consistent"), found


def test_the_same_spelling_in_a_governor_count(shipped_record):
    body = ("<p>Kasongan - Rekapitulasi Pilgub Kalteng 2024 di Kabupaten Katingan: pasangan "
            "Agustiar Sabran-Edy Pratowo meraih 2.767 suara di Kecamatan Tewang Sanggalang "
            "Garing.</p>")
    found = claims("Pilgub Kalteng di Katingan", body, shipped_record)
    assert found["2767"][:4] == ("votes", 3, "620603", "consistent"), found
    wrong = claims("Pilgub Kalteng di Katingan", body.replace("2.767", "2.776"), shipped_record)
    assert wrong["2776"][:3] == ("votes", 3, "620603"), wrong
    assert wrong["2776"][3] != "consistent", wrong


def test_a_name_short_of_a_word_is_not_the_kecamatan(shipped_record):
    # Negative control: doubled letters aside, the words must be the record's words.
    body = KATINGAN + ("<p>Pasangan Suhaemi-Nikodemus mencatat suara tertinggi di Kecamatan "
                       "Tewang Sanggalang sebanyak 3.067 suara.</p>")
    found = claims("Pilbup Katingan 2024", body, shipped_record)
    assert found.get("3067", (None,) * 5)[2] != "620603", found


# ---- 4. A tie: one count for two pairs, said to be a tie (news-inikalteng-pilbup-katingan-
# kecamatan: "Di Kecamatan Katingan Tengah hasilnya imbang antara Sakariyas-Endang Susilawatie
# dan Suhaemi-Nikodemus, yang masing-masing memperoleh 4.270 suara"; Katingan Tengah 620605,
# Sirekap at 97.78 % of TPS: 4.181 / 4.188, so the plenary's tie is held, not graded).
TIE = ("<p>Di Kecamatan Katingan Tengah hasilnya {word} antara Sakariyas-Endang Susilawatie dan "
       "Suhaemi-Nikodemus, yang masing-masing memperoleh 4.270 suara.</p>")


def test_a_tie_gives_the_one_count_to_both_pairs(shipped_record):
    for word in ("imbang", "sama kuat", "berimbang"):
        found = claims("Pilbup Katingan 2024", KATINGAN + TIE.format(word=word), shipped_record)
        report = check_article("Pilbup Katingan 2024", KATINGAN + TIE.format(word=word),
                               record=shipped_record)
        tied = sorted((c.nomor_urut, c.region_code) for c in report.claims if c.value == 4270)
        assert tied == [(1, "620605"), (2, "620605")], (word, tied)
        assert found["4270"][3] not in FLAGS, found


def test_a_tie_that_is_no_tie_in_the_record_is_not_taken_for_it(shipped_record):
    # Katingan Kuala (100 % of TPS): Sakariyas-Endang 4.492, Saiful-Firdaus 4.068.
    body = KATINGAN + ("<p>Di Kecamatan Katingan Kuala hasilnya imbang antara Sakariyas-Endang "
                       "Susilawatie dan Saiful-Firdaus, yang masing-masing memperoleh 4.492 "
                       "suara.</p>")
    report = check_article("Pilbup Katingan 2024", body, record=shipped_record)
    found = {c.claim: c for c in report.comparisons}
    statuses = {c.nomor_urut: found[i].status for i, c in enumerate(report.claims)
                if c.value == 4492 and i in found}
    assert statuses.get(1) == "consistent", statuses
    assert statuses.get(3) != "consistent", statuses


def test_one_large_count_for_two_pairs_without_a_tie_stays_no_pairs(shipped_record):
    # Negative control: no word of a tie, a count of thousands: likelier a lost figure.
    body = KATINGAN + ("<p>Di Kecamatan Katingan Tengah, Sakariyas-Endang Susilawatie dan "
                       "Suhaemi-Nikodemus, yang masing-masing memperoleh 4.270 suara.</p>")
    report = check_article("Pilbup Katingan 2024", body, record=shipped_record)
    assert not [c for c in report.claims if c.value == 4270 and c.nomor_urut is not None], \
        report.claims
    # nor does a tie in another sentence make one
    body = KATINGAN + ("<p>Pertarungan di Katingan Tengah berlangsung imbang. Sakariyas-Endang "
                       "Susilawatie dan Suhaemi-Nikodemus, yang masing-masing memperoleh 4.270 "
                       "suara.</p>")
    report = check_article("Pilbup Katingan 2024", body, record=shipped_record)
    assert not [c for c in report.claims if c.value == 4270 and c.nomor_urut is not None], \
        report.claims
