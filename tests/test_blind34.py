"""The thirty-fourth blind run (29 real pages on the winners' after-stories: profiles and
biodata of Pilkada 2024 winners, inauguration and determination pieces, Prabowo-Gibran's
inauguration recalling the decree; nobody had tuned on them, 2026-12-07): no flag, 61 figures
graded consistent, all right (tests/corpus/findings/hunt.md, "Blind hunt 34"). One false flag
was held by luck, and is the case here.

A. A profile with no byline (haluan.co): headline "Dedi Mulyadi Menang Telak 61,6% di Jawa
   Barat", a lead naming the Pilgub Jabar 2024, then "Pada tahun 2023, Dedi Mulyadi memutuskan
   ... bergabung dengan Partai Gerindra. ... Berdasarkan hasil quick count dari lembaga Indikator
   Politik Indonesia, Dedi berhasil meraih 61,6 persen suara." The bare year "tahun 2023" was
   read as an election ("pemilu2023", held `other_election`), so the headline's 61,6 was not
   seen as that quick count restated (restated_quick keys on the election) and was graded
   `minor` against the plenary's 62,22. It was held only because the page's one dated line was
   the winner's birth date ("pada 11 April 1971"), taken as the figures' moment. A bare year in
   which no election was held (2016, 2021, 2022, 2023) names no election: the figure keeps the
   page's (cues.elections, election_keys.held_in). A year in which one was held ("pada tahun
   2018", "pada 2013") still dates the figure as that election's.
"""

from __future__ import annotations

import pytest

from builders import flags, found


def graded(claims: list, value: float) -> list:
    """(status, reason) of the figures of `value`."""
    return [(f[3], f[4]) for f in claims if f[1] == value]


JABAR_LEAD = ("Dedi Mulyadi, kader Gerindra, menang besar dalam Pemilihan Gubernur Jawa Barat "
              "2024. Menurut hitung cepat sejumlah lembaga survei, Dedi yang berpasangan dengan "
              "Erwan Setiawan memperoleh lebih dari 60 persen suara.")
JATIM_LEAD = ("Khofifah Indar Parawansa kembali menang dalam Pemilihan Gubernur Jawa Timur 2024. "
              "Menurut hitung cepat beberapa lembaga, Khofifah yang berpasangan dengan Emil "
              "Dardak memperoleh lebih dari 55 persen suara.")


# ---- A. a bare year with no election in it is no election mark.
@pytest.mark.parametrize("title, lead, text, value", [
    # the blind page's shape: the headline restates the body's quick count
    ("Dedi Mulyadi Menang Telak 61,6% di Jawa Barat", JABAR_LEAD,
     "Pada tahun 2023, Dedi Mulyadi memutuskan keluar dari Golkar dan bergabung dengan Partai "
     "Gerindra. Berdasarkan hasil quick count dari lembaga Indikator Politik Indonesia, Dedi "
     "berhasil meraih 61,6 persen suara.", 61.6),
    # another year without an election, another word before it
    ("Dedi Mulyadi Menang 61,6% di Jawa Barat", JABAR_LEAD,
     "Sejak 2022 Dedi aktif di media sosial. Menurut hitung cepat Indikator Politik Indonesia, "
     "Dedi-Erwan meraih 61,6 persen suara.", 61.6),
    # another province and pair
    ("Khofifah Menang 57,2 Persen di Jawa Timur", JATIM_LEAD,
     "Pada tahun 2021, Khofifah memimpin penanganan pandemi di provinsinya. Hasil hitung cepat "
     "Litbang Kompas mencatat Khofifah-Emil meraih 57,2 persen suara.", 57.2),
])
def test_a_a_year_without_election_leaves_the_quick_count_restated(shipped_context, title, lead,
                                                                   text, value):
    claims = found(shipped_context, title, lead, text)
    assert not flags(claims), claims
    assert ("unverifiable", "quick_count_estimate") in graded(claims, value), claims


@pytest.mark.parametrize("title, text, value, status", [
    # KPU's count after such a year is the page's race: graded, right and wrong
    ("Profil Dedi Mulyadi, Gubernur Jawa Barat Terpilih",
     "Pada tahun 2023, Dedi Mulyadi bergabung dengan Partai Gerindra. Menurut rekapitulasi KPU "
     "Jawa Barat, Dedi-Erwan meraih 62,22 persen suara.", 62.22, "consistent"),
    ("Profil Dedi Mulyadi, Gubernur Jawa Barat Terpilih",
     "Pada tahun 2023, Dedi Mulyadi bergabung dengan Partai Gerindra. Menurut rekapitulasi KPU "
     "Jawa Barat, Dedi-Erwan meraih 52,22 persen suara.", 52.22, "discrepant"),
    ("Profil Khofifah, Gubernur Jawa Timur Terpilih",
     "Pada 2022 Khofifah meresmikan sejumlah proyek. Menurut rekapitulasi KPU Jawa Timur, "
     "Khofifah-Emil meraih 12.192.165 suara.", 12192165, "consistent"),
])
def test_a_controls_the_page_s_race_is_graded(shipped_context, title, text, value, status):
    claims = found(shipped_context, title, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


@pytest.mark.parametrize("title, text, value", [
    # a year in which an election was held still dates the figure as that election's
    ("Profil Dedi Mulyadi, Gubernur Jawa Barat Terpilih",
     "Pada tahun 2018, Dedi yang mendampingi Deddy Mizwar hanya meraih 25,77 persen suara. Di "
     "Pilgub Jabar 2024 Dedi-Erwan menang.", 25.77),
    ("Profil Ganjar Pranowo",
     "Pada 2013, Ganjar memenangi pemilihan di Jawa Tengah dengan 48,82 persen suara.", 48.82),
    ("Profil Khofifah, Gubernur Jawa Timur Terpilih",
     "Pada tahun 2018, Khofifah-Emil menang dengan 53,55 persen suara.", 53.55),
])
def test_a_controls_an_election_year_still_dates_the_figure(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims
    assert all(s != "consistent" for s, _ in graded(claims, value)), claims


# ---- B. a date of birth is no byline and no moment of a count.
@pytest.mark.parametrize("title, born, text, value", [
    ("Profil Khofifah, Gubernur Jawa Timur Terpilih",
     "Khofifah Indar Parawansa lahir di Surabaya pada 19 Mei 1965.",
     "Di Pilgub Jatim 2024, Khofifah-Emil meraih 12.192.165 suara.", 12192165),
    ("Biodata Pramono Anung, Gubernur Jakarta",
     "Pramono Anung lahir di Kediri, 11 Juni 1963.",
     "Pramono-Rano memenangi Pilgub Jakarta 2024 dengan 2.183.239 suara.", 2183239),
    ("Sosok Ahmad Luthfi, Gubernur Jawa Tengah",
     "Kelahiran Surakarta, 20 November 1966.",
     "Luthfi-Yasin meraih 59,14 persen suara pada Pilgub Jateng 2024.", 59.14),
])
def test_b_a_birth_line_is_no_byline(shipped_context, title, born, text, value):
    claims = found(shipped_context, title, born, text)
    assert [s for s, _ in graded(claims, value)] == ["consistent"], claims


def test_b_a_birth_date_is_no_moment_of_the_count(shipped_context):
    claims = found(shipped_context, "Profil Dedi Mulyadi, Gubernur Jawa Barat Terpilih",
                   "Dedi Mulyadi lahir di Subang, Jawa Barat, pada 11 April 1971, anak bungsu "
                   "dari sembilan bersaudara. Bersama Erwan Setiawan ia meraih 14.130.192 suara "
                   "di Pilgub Jabar 2024.")
    assert [s for s, _ in graded(claims, 14130192)] == ["consistent"], claims


@pytest.mark.parametrize("title, first, text, value, status", [
    # a wrong count after a birth line (and place) is caught
    ("Profil Khofifah, Gubernur Jawa Timur Terpilih",
     "Khofifah Indar Parawansa lahir di Surabaya pada 19 Mei 1965.",
     "Di Pilgub Jatim 2024, Khofifah-Emil meraih 13.192.165 suara.", 13192165, "discrepant"),
    # a true byline before the Pilkada still dates the page: the count is held
    ("Profil Khofifah, Calon Gubernur Jawa Timur",
     "Senin, 5 Februari 2024",
     "Di Pilgub Jatim, Khofifah-Emil meraih 12.192.165 suara.", 12192165, "unverifiable"),
])
def test_b_controls(shipped_context, title, first, text, value, status):
    claims = found(shipped_context, title, first, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims


# ---- C. "pernah menang ..." dates the count and the share after it to an earlier round.
SUMUT = "Profil Bobby Nasution, Gubernur Sumut Terpilih"
JATIM = "Profil Khofifah, Gubernur Jawa Timur Terpilih"


@pytest.mark.parametrize("title, text, value", [
    (SUMUT, "Bobby Nasution pernah menang di Pilwalkot Medan dengan 393.327 suara atau 53,45 "
            "persen.", 53.45),
    (SUMUT, "Bobby Nasution pernah memenangi Pilkada Medan dengan 53,45 persen suara.", 53.45),
    (JATIM, "Khofifah pernah menang di Pilgub Jatim dengan 10.465.218 suara atau 53,55 persen.",
     53.55),
    (JATIM, "Khofifah juga pernah memenangkan Pilgub Jatim dengan 10.465.218 suara.", 10465218),
])
def test_c_an_earlier_win_recalled_is_held(shipped_context, title, text, value):
    claims = found(shipped_context, title, text)
    assert not flags(claims), claims
    assert all(s != "consistent" for s, _ in graded(claims, value)), claims


@pytest.mark.parametrize("text, value, status", [
    ("Khofifah pernah menang di Pilgub Jatim, dan kini Khofifah-Emil meraih 12.192.165 suara "
     "atau 58,81 persen.", 58.81, "consistent"),
    ("Khofifah pernah menang di Pilgub Jatim, dan kini Khofifah-Emil meraih 12.192.165 suara "
     "atau 48,81 persen.", 48.81, "discrepant"),
])
def test_c_controls_now_after_the_earlier_win(shipped_context, text, value, status):
    claims = found(shipped_context, JATIM, text)
    assert [s for s, _ in graded(claims, value)] == [status], claims
