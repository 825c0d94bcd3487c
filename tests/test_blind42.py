"""Blind hunt 42 (surveys, quick counts and exit polls beside results; tests/corpus/findings/
hunt.md, "Blind hunt 42"): the causes of its false flags, each a short page in our own words
with the real figures of the record."""

from __future__ import annotations

import pytest

from builders import compared_article as read, comparisons_at as of

FLAGS = ("minor", "discrepant")
GRADES = ("consistent", *FLAGS)


def _graded(found: list, value: str) -> list:
    return [c for c in of(found, value) if c.status in GRADES]


# ---- A. A page that reports a poll and names no count of votes (lensamedia.info, idntimes,
# pahami.id, notedunia: Indikator's May 2025 survey of satisfaction with Java's governors;
# fun-eastern.com: three pollsters' electability before the Pilgub Jabar). Its headline says what
# it measures ("Survei ...", "Kepuasan Publik ...", "Elektabilitas ..."); its sentences then give
# a governor or a pair a percentage with no survey word of their own ("Gubernur Jawa Timur
# Khofifah Indar Parawansa di posisi ketiga dengan 75,3 persen"; "Pasangan ini mendapat 65 persen
# suara"). Read as vote shares of no stated count, they were graded against the decree: 13 false
# flags and two consistent grades by chance (Voxpol's 61,8 and 18,6 beside Jabar's 62,22 and 18,76).
APPROVAL = ("<p>Jakarta - Indikator Politik Indonesia merilis survei evaluasi publik atas kinerja "
            "100 hari para gubernur di Pulau Jawa. Sebanyak {first} menyatakan puas.</p>"
            "<p>Di posisi kedua Gubernur DIY Sri Sultan Hamengku Buwono X dengan 83,8 persen. "
            "{line}</p><p>Survei digelar 12-19 Mei 2025 dengan wawancara tatap muka.</p>")
APPROVAL_TITLES = ("Survei Indikator: Kepuasan Publik terhadap Gubernur di Jawa",
                   "Approval Rating Gubernur se-Jawa Versi Indikator",
                   "Tingkat Kepuasan Warga pada 100 Hari Kerja Gubernur")


@pytest.mark.parametrize("title", APPROVAL_TITLES)
@pytest.mark.parametrize("line, value", [
    ("Gubernur Jawa Timur Khofifah Indar Parawansa di posisi ketiga dengan 75,3 persen.",
     "75.3"),   # Jatim's decree: 58,81
    ("Disusul Gubernur DKI Jakarta Pramono Anung dengan 60 persen.", "60"),   # DKI: 50,07
    ("Gubernur Jawa Barat Dedi Mulyadi mencapai 94,7 persen, tertinggi di Jawa.", "94.7"),
])
def test_a_governor_s_approval_is_no_vote_share(shipped_context, title, line, value):
    found = read(shipped_context, title, APPROVAL.format(first="60 persen warga Jakarta",
                                                          line=line))
    assert not _graded(found, value), [c for c in of(found, value)]


ELECTABILITY = ("<p>Bandung - Sepekan sebelum pencoblosan, berikut hasil survei Pilgub Jawa Barat "
                "dari tiga lembaga: Litbang Kompas.</p><p>Dedi Mulyadi-Erwan Setiawan diukur "
                "pada 1-9 November. Pasangan ini mendapat {dedi} persen suara.</p><p>Pilihan "
                "Syaikhu-Ilham {syaikhu} persen, Jeje-Ronal 4,6 persen, dan Acep-Gita 4,1 persen."
                "</p><p>Voxpol juga menyebutkan perolehan suara Dedi-Erwan sebesar 61,8 persen, "
                "disusul Syaikhu-Ilham 18,6 persen.</p>")


@pytest.mark.parametrize("title", ["H-7 Pilgub Jabar, Dedi-Erwan Unggul di Berbagai Survei",
                                   "Elektabilitas Dedi Mulyadi-Erwan Jelang Pencoblosan"])
def test_a_pollsters_electability_list_is_never_graded(shipped_context, title):
    # the decree: Dedi-Erwan 62,22, Syaikhu-Ilham 18,76, Jeje-Ronal 9,32, Acep-Gita 9,71
    found = read(shipped_context, title, ELECTABILITY.format(dedi="65", syaikhu="9"))
    assert not [c for _, c in found if c.status in GRADES], found


DKI_POLL = ("<p>Jakarta - Elektabilitas Pramono Anung-Rano Karno kian melesat menurut survei "
            "Indopolling Network. Pramono-Rano meraih 48,4 persen, disusul Ridwan Kamil-Suswono "
            "38,4 persen dan Dharma Pongrekun-Kun Wardana 4,0 persen.</p>")


def test_a_poll_page_of_another_race_is_never_graded(shipped_context):
    # DKI's decree: 50,07 / 39,40 / 10,53
    found = read(shipped_context, "Empat Survei: Pramono-Rano Kian Dekat Satu Putaran", DKI_POLL)
    assert not [c for _, c in found if c.status in GRADES], found


# Controls: a poll page that also gives KPU's count keeps that count graded; a wrong count there
# stays flagged. A page whose headline names no poll keeps its counts graded.
COUNTED = ("<p>Surabaya - Survei Indikator sebelum pencoblosan menempatkan Khofifah-Emil di "
           "angka 65 persen.</p><p>Rekapitulasi KPU Jawa Timur menetapkan Khofifah Indar "
           "Parawansa-Emil Dardak meraih {share} persen suara.</p>")


@pytest.mark.parametrize("title", ["Survei Meleset di Pilgub Jatim",
                                   "Kepuasan Publik dan Hasil Pilgub Jatim"])
def test_kpu_s_count_on_a_poll_page_stays_graded(shipped_context, title):
    right = read(shipped_context, title, COUNTED.format(share="58,81"))
    assert [c.status for c in of(right, "58.81")] == ["consistent"], right
    wrong = read(shipped_context, title, COUNTED.format(share="56,81"))
    assert [c.status for c in of(wrong, "56.81")] == ["discrepant"], wrong


def test_a_result_page_with_no_poll_in_its_headline_stays_graded(shipped_context):
    body = ("<p>Bandung - Pasangan Dedi Mulyadi-Erwan Setiawan menang di Pilgub Jawa Barat. "
            "Pasangan ini mendapat {share} persen suara.</p>")
    right = read(shipped_context, "Dedi Mulyadi-Erwan Menang Pilgub Jabar", body.format(
        share="62,22"))
    assert [c.status for c in of(right, "62.22")] == ["consistent"], right
    wrong = read(shipped_context, "Dedi Mulyadi-Erwan Menang Pilgub Jabar", body.format(
        share="65,22"))
    assert [c.status for c in of(wrong, "65.22")] == ["discrepant"], wrong


# ---- B. A poll named in the sentences just before the figure, after any count named: the
# figure's own sentence names no survey ("Indopolling Network merilis hasil survei terbarunya
# pada Rabu. Pramono-Rano meraih 48,4 persen, ..."; "Survei Indikator soal kepuasan publik terbit
# Mei 2025. Gubernur Jawa Timur Khofifah ... dengan 75,3 persen"). On a page that names KPU (as
# the body that set the candidates, or its count of last year) the headline rule (A) does not
# apply, and the shares were graded against the decree. Probes written from pages 16, 17, 24.
INDOPOLLING = ("<p>Jakarta - {opening}</p><p>Indopolling Network merilis hasil {poll} terbarunya "
               "pada Rabu. Pramono-Rano meraih 48,4 persen, disusul Ridwan Kamil-Suswono 38,4 "
               "persen dan Dharma-Kun 4,0 persen.</p>")


@pytest.mark.parametrize("opening", [
    "KPU DKI Jakarta telah menetapkan tiga pasangan calon gubernur pada September lalu.",
    "Debat terakhir yang digelar KPU DKI berlangsung Minggu malam.",
    "Sepekan lagi warga Jakarta memilih gubernur."])
@pytest.mark.parametrize("poll", ["survei", "jajak pendapat", "survei elektabilitas"])
def test_a_poll_named_the_sentence_before_owns_the_shares(shipped_context, opening, poll):
    # DKI's decree: 50,07 / 39,40 / 10,53
    found = read(shipped_context, "Pramono-Rano Unggul Jelang Pencoblosan",
                 INDOPOLLING.format(opening=opening, poll=poll))
    assert not [c for _, c in found if c.status in GRADES], found


LAST_YEAR = ("<p>Surabaya - Hasil rekapitulasi KPU, Khofifah-Emil meraih 58,81 persen pada "
             "Pilgub 2024.</p>{between}<p>Gubernur Jawa Timur Khofifah Indar Parawansa di posisi "
             "ketiga dengan 75,3 persen.</p>")


@pytest.mark.parametrize("between", [
    "<p>Survei Indikator soal kepuasan publik terbit Mei 2025.</p>",
    "<p>Indikator merilis tingkat kepuasan publik pada Mei 2025.</p>",
    "<p>Setahun kemudian, approval rating para gubernur diukur Indikator.</p>"])
def test_approval_after_last_year_s_count_is_the_poll_s(shipped_context, between):
    found = read(shipped_context, "Setahun Khofifah-Emil", LAST_YEAR.format(between=between))
    assert [c.status for c in of(found, "58.81")] == ["consistent"], found
    assert not _graded(found, "75.3"), [c for c in of(found, "75.3")]


# Controls: the count named after the poll is the figure's; a poll two paragraphs up, or in
# another article's headline line, does not reach the figure.
@pytest.mark.parametrize("body", [
    "<p>Surabaya - Hasil survei sebelum pencoblosan meleset. Rekapitulasi KPU Jawa Timur "
    "menetapkan Khofifah-Emil meraih {share} persen.</p>",
    "<p>Surabaya - Survei sebelumnya menempatkan Khofifah-Emil di bawah 50 persen.</p><p>Hal itu "
    "dibantah oleh hasil rekapitulasi KPU Jawa Timur.</p><p>Pasangan Khofifah-Emil meraih "
    "{share} persen suara.</p>",
    "<p>Surabaya - Rekapitulasi KPU Jawa Timur rampung pada Minggu.</p><p>Baca juga: Survei "
    "Indikator Soal Kepuasan Publik pada Gubernur Jawa Timur</p><p>Pasangan Khofifah-Emil "
    "meraih {share} persen suara.</p>",
    # the count's sentence sets it beside the poll (tests/test_blind28.py's lead)
    "<p>Surabaya - Hasil rekapitulasi KPU Jawa Timur ternyata tak jauh berbeda dengan survei "
    "Indikator sebulan sebelumnya.</p><p>Pasangan Khofifah-Emil meraih {share} persen suara.</p>",
    # another article's headline between paragraphs, no "Baca juga" (corpus vivamalang.co.id)
    "<p>Surabaya - Rekapitulasi KPU Jawa Timur rampung pada Minggu.</p><p>Survei Terbaru Risma "
    "Tertinggi, Unggul 6,8 Persen dari Luluk di Pilgub Jatim</p><p>Pasangan Khofifah-Emil "
    "meraih {share} persen suara.</p>"])
def test_a_count_after_the_poll_or_far_from_it_stays_graded(shipped_context, body):
    right = read(shipped_context, "Khofifah-Emil Menang Pilgub Jatim", body.format(share="58,81"))
    assert [c.status for c in of(right, "58.81")] == ["consistent"], right
    wrong = read(shipped_context, "Khofifah-Emil Menang Pilgub Jatim", body.format(share="56,81"))
    assert [c.status for c in of(wrong, "56.81")] == ["discrepant"], wrong


# ---- C. A poll's measure right after the percentage: "Pramono Anung mendapat 60 persen
# kepuasan publik" (a probe in the words of page 24's lead, on a page whose headline names no
# poll): the governor's approval, no share of votes (graded against DKI's 50,07). Control: "60
# persen suara" and "60,07 persen suara sah" stay the pair's share.
@pytest.mark.parametrize("after", ["kepuasan publik dalam survei Indikator",
                                   "tingkat kepuasan dari warga Jakarta",
                                   "approval rating menurut Indikator"])
def test_a_percentage_of_approval_is_no_share(shipped_context, after):
    found = read(shipped_context, "Gubernur Jakarta Pramono Anung 100 Hari Kerja",
                 f"<p>Jakarta - Pramono Anung mendapat 60 persen {after}.</p>")
    assert not of(found, "60"), found


@pytest.mark.parametrize("share, status", [("50,07", "consistent"), ("60,07", "discrepant")])
def test_a_percentage_of_votes_stays_graded(shipped_context, share, status):
    found = read(shipped_context, "Pramono Anung-Rano Karno Menang Pilkada Jakarta",
                 f"<p>Jakarta - Pramono Anung-Rano Karno mendapat {share} persen suara sah "
                 "menurut rekapitulasi KPU DKI Jakarta.</p>")
    assert [c.status for c in of(found, share.replace(",", "."))] == [status], found


# A quick count the page calls a survey (corpus langgam.id, Voxpol's count of the Pilgub Sumbar on
# the day of the vote): its data coming in ("Dengan data masuk 82,67 persen ...") make it a
# count of the forms, whatever its lead calls it; it keeps the type it had (not the poll's).
@pytest.mark.parametrize("progress", ["Dengan data masuk 82,67 persen per pukul 16.00 WIB",
                                      "Dengan sampel masuk 82,67 persen per pukul 16.00 WIB"])
def test_a_quick_count_called_a_survey_is_no_poll(shipped_context, progress):
    body = ("<p>Padang - Pasangan Mahyeldi Ansharullah-Vasco Ruseimy untuk sementara unggul dalam "
            f"survei terbaru Voxpol Center tentang Pilgub Sumatera Barat 2024.</p><p>{progress}, "
            "pasangan nomor urut 01 itu mendapat dukungan 77,58 persen.</p>")
    found = read(shipped_context, "Mahyeldi-Vasco Sementara Unggul di Pilgub Sumbar", body)
    shares = [claim for claim, _ in found if str(claim.value) == "77.58"]
    assert shares and all(claim.claim_type != "survey" for claim in shares), found
