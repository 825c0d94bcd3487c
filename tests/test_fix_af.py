"""Corpus-af's dev pages (re-votes beside the first count, MK reports): the shapes of Indonesian
election prose behind their wrong or missed figures, each a short page in our own words with the
real figures of the dev page named beside it (tests/corpus/findings/corpus-af.md)."""

from __future__ import annotations

import pytest

from builders import one, page_claims as read

FLAGS = ("minor", "discrepant")


def unflagged(comparison) -> bool:
    return comparison is None or comparison.status not in FLAGS


# ---- 1. The count "before the re-vote" is the first round's, over the race's area (never graded:
# the re-voted TPS are out of it); the total after the re-vote's votes are added is the re-vote
# round's, over the race's area too; the counts at the re-voted TPS stay TPS counts
# (news-voxkalteng-psu-barito-utara-dua-tps-339: all six read as the re-vote's with no area).
BARUT_TITLE = "Gogo-Helo Akan Gugat Hasil PSU Pilkada Barito Utara"
BARUT_LEAD = ("<p>Muara Teweh - Pemungutan suara ulang (PSU) Pilkada Kabupaten Barito Utara "
              "digelar Sabtu (22/3/2025). Pasangan nomor urut 2, Akhmad Gunadi Nadalsyah-Sastra "
              "Jaya (Agi-Saja), mengungguli pasangan nomor urut 1, Gogo Purman Jaya-Hendro "
              "Nakalelo (Gogo-Helo).</p>")
BARUT_TPS = "Di dua TPS yang mengulang pemungutan suara, Gogo-Helo meraih 421 suara dan Agi-Saja 591 suara. "


@pytest.mark.parametrize("before", [
    "Sebelum PSU, perolehan kedua pasangan tercatat Gogo-Helo 41.818 suara dan Agi-Saja "
    "41.987 suara.",
    "Sebelum pemungutan suara ulang digelar, Gogo-Helo mengantongi 41.818 suara, sementara "
    "Agi-Saja 41.987 suara.",
    "Hasil awal sebelum PSU mencatat Gogo-Helo dengan 41.818 suara dan Agi-Saja 41.987 suara.",
])
@pytest.mark.parametrize("after", [
    "Setelah suara dari dua TPS itu ditambahkan, jumlah suara Gogo-Helo menjadi 42.239 suara "
    "dan Agi-Saja 42.578 suara.",
    "Ditambah hasil PSU, total suara Gogo-Helo kini 42.239 suara dan Agi-Saja 42.578 suara.",
    "Usai PSU, perolehan akhir Gogo-Helo menjadi 42.239 suara dan Agi-Saja 42.578 suara.",
])
def test_counts_before_and_after_a_re_vote_keep_the_regency(shipped_context, before, after):
    body = BARUT_LEAD + f"<p>{BARUT_TPS}{before}</p><p>{after}</p>"
    found = read(shipped_context, BARUT_TITLE, body)
    for value, nomor in ((41818, 1), (41987, 2)):
        claim, comparison = one(found, value)
        assert (claim.election, claim.region_code, claim.nomor_urut) == \
            ("pilkada2024", "6205", nomor), claim
        assert claim.hold is not None and unflagged(comparison), (claim, comparison)
    for value, nomor in ((42239, 1), (42578, 2)):
        claim, comparison = one(found, value)
        assert (claim.election, claim.region_code, claim.nomor_urut) == \
            ("pilkada2024-psu", "6205", nomor), claim
        assert unflagged(comparison)
    for value, nomor in ((421, 1), (591, 2)):  # negative control: the re-voted TPS' own counts
        claim, comparison = one(found, value)
        assert (claim.election, claim.region_code, claim.nomor_urut) == \
            ("pilkada2024-psu", None, nomor), claim


MAGETAN_TITLE = "Nanik-Suyatni Unggul Tipis Usai PSU Pilkada Magetan"
MAGETAN_LEAD = ("<p>Magetan - Pemungutan suara ulang (PSU) di empat TPS digelar Sabtu "
                "(22/3/2025). Di empat TPS itu paslon nomor 1 Nanik-Suyatni meraih 904 suara.</p>")


def test_another_regency_s_wording_of_the_same_shape(shipped_context):
    # ANTARA's Magetan figures, worded as another outlet would: "hasil awal" for the count
    # before, "digabung dengan suara PSU ... totalnya" for the one after.
    body = MAGETAN_LEAD + (
        "<p>Pada hasil awal, Nanik-Suyatni memperoleh 136.444 suara. Digabung dengan suara PSU "
        "di empat TPS itu, total suara Nanik-Suyatni menjadi 137.345 suara.</p>")
    found = read(shipped_context, MAGETAN_TITLE, body)
    claim, comparison = one(found, 136444)
    assert (claim.election, claim.region_code, claim.nomor_urut) == ("pilkada2024", "3520", 1)
    assert claim.hold is not None and unflagged(comparison)
    claim, comparison = one(found, 137345)
    assert (claim.election, claim.region_code) == ("pilkada2024-psu", "3520"), claim
    assert unflagged(comparison)


@pytest.mark.parametrize("sentence", [
    # "sebelumnya" as the reporter's "earlier" beside the re-vote's own count
    "Sebelumnya, dalam PSU di empat TPS itu, Nanik-Suyatni meraih 904 suara.",
    # the early result of the re-vote itself
    "Hasil awal PSU di empat TPS itu menunjukkan Nanik-Suyatni meraih 904 suara.",
    # the first vote at the re-voted TPS: a TPS count, whatever the round
    "Sebelum PSU, di empat TPS itu Nanik-Suyatni hanya meraih 904 suara.",
])
def test_the_re_voted_tps_counts_stay_tps_counts(shipped_context, sentence):
    body = ("<p>Magetan - Pemungutan suara ulang (PSU) Pilkada Magetan digelar Sabtu "
            f"(22/3/2025) di empat TPS.</p><p>{sentence}</p>")
    found = read(shipped_context, MAGETAN_TITLE, body)
    claim, comparison = one(found, 904)
    assert claim.region_code is None and claim.nomor_urut == 1, claim
    assert unflagged(comparison)


# ---- 2. "Pemohon" / "Pihak Terkait" in a report on an MK dispute is the pair the page names as
# that side; a figure whose only owner is the side's word is that pair's
# (news-faktapers-mk-klaten-cabut-gugatan: "sementara Pemohon mendapat 73.520 suara" unread,
# the applicant named in the lead as "calon Bupati Klaten nomor urut 02 ... menarik gugatan").
KLATEN_TITLE = "Sengketa Pilkada Klaten Usai, Herry Wibowo Cabut Gugatan ke MK"
KLATEN_COUNTS = ("<p>Menurut termohon, Paslon 01 Yoga Hardaya-Sova Marwati memperoleh 282.125 "
                 "suara.</p><p>Paslon 03 Hamenang Wajar Ismoyo-Benny Indra Ardhianto meraih "
                 "395.092 suara, sementara Pemohon mendapat 73.520 suara.</p>")


@pytest.mark.parametrize("lead", [
    "Herry Wibowo, calon Bupati Klaten nomor urut 02 pada Pilkada 2024, akhirnya menarik "
    "gugatan yang ia ajukan ke Mahkamah Konstitusi (MK).",
    "Pasangan calon nomor urut 02 mengajukan permohonan sengketa hasil Pilkada Klaten ke MK.",
    "Dalam perkara ini, paslon nomor urut 02 bertindak sebagai Pemohon, sedangkan KPU Klaten "
    "sebagai Termohon.",
])
def test_the_applicant_s_count_is_the_pair_named_as_the_applicant(shipped_context, lead):
    body = f"<p>Klaten - {lead}</p>" + KLATEN_COUNTS
    found = read(shipped_context, KLATEN_TITLE, body)
    claim, comparison = one(found, 73520)
    assert (claim.election, claim.region_code, claim.nomor_urut) == ("pilkada2024", "3310", 2)
    assert unflagged(comparison)
    assert one(found, 395092)[0].nomor_urut == 3


def test_the_applicant_named_after_the_figures(shipped_context):
    # news-idntimes-mk-puncak-jaya-selisih-11509: the count of "pemohon", who is named in a
    # later paragraph as the pair with ballot number 2.
    body = ("<p>Jakarta - MK tidak menerima permohonan sengketa Pilkada Puncak Jaya 2024.</p>"
            "<p>Menurut Mahkamah, perolehan suara pemohon adalah sebanyak 65.787 suara.</p>"
            "<p>Walaupun pemohon adalah Pasangan Calon Bupati dan Wakil Bupati Puncak Jaya Tahun "
            "2024 Nomor Urut 2, pemohon tidak memenuhi ketentuan Pasal 158.</p>")
    found = read(shipped_context, "MK Tidak Terima Gugatan Sengketa Pilkada Puncak Jaya", body)
    claim, comparison = one(found, 65787)
    assert (claim.region_code, claim.nomor_urut) == ("9402", 2), claim
    assert unflagged(comparison)


TAKALAR_TITLE = "MK Tolak Gugatan Syamsari-Natsir, Kemenangan Paslon Nomor 1 di Pilkada Takalar Sah"


def test_both_sides_in_brackets_on_another_regency_s_page(shipped_context):
    # news-trotoar-mk-takalar-selisih-41-persen's sides, their real counts worded by us.
    body = ("<p>Takalar - Dalam perkara ini, Pemohon (Syamsari-Natsir) berhadapan dengan Pihak "
            "Terkait (Paslon Nomor Urut 1).</p>"
            "<p>Berdasarkan penetapan KPU Takalar, Pihak Terkait meraih 111.290 suara, sedangkan "
            "Pemohon hanya 45.997 suara.</p>")
    found = read(shipped_context, TAKALAR_TITLE, body)
    claim, comparison = one(found, 111290)
    assert (claim.region_code, claim.nomor_urut) == ("7305", 1), claim
    assert comparison.status == "consistent"
    claim, comparison = one(found, 45997)
    assert (claim.region_code, claim.nomor_urut) == ("7305", 2), claim
    assert unflagged(comparison)


@pytest.mark.parametrize("lead", [
    # two applicants (two cases reported together): "Pemohon" is neither
    "Paslon nomor urut 02 dan paslon nomor urut 01 masing-masing mengajukan gugatan ke MK. "
    "Paslon nomor urut 01 sebagai Pemohon dalam perkara pertama, paslon nomor urut 02 sebagai "
    "Pemohon dalam perkara kedua.",
    # no applicant named at all
    "Sidang sengketa hasil Pilkada Klaten digelar di Gedung MK.",
])
def test_an_applicant_the_page_does_not_name_once_owns_nothing(shipped_context, lead):
    body = f"<p>Klaten - {lead}</p>" + KLATEN_COUNTS.replace(
        "sementara Pemohon mendapat", "sementara pemohon")
    found = read(shipped_context, KLATEN_TITLE, body)
    hits = [pair for pair in found if pair[0].value == 73520]
    assert all(c.nomor_urut not in (1, 3) and unflagged(comp) for c, comp in hits), hits
    assert one(found, 395092)[0].nomor_urut == 3


# ---- 3. "Pasangan yang didukung <parties, listed with commas> ini memperoleh N": the pair
# named in the sentence before, here a re-vote's replacement pair under the disqualified
# pair's ballot number (news-mimbarnusantara-psu-tasikmalaya-pleno-5245: 269.075 unread).
TASIK_TITLE = "Paslon Cecep-Asep Raup 52,45 Persen Suara pada PSU Tasikmalaya"
TASIK = ("<p>Rekapitulasi hasil Pemungutan Suara Ulang (PSU) Tasikmalaya menempatkan pasangan "
         "calon nomor urut 02, Cecep Nurul Yakin-Asep Sopari Al-Ayubi, di urutan pertama. "
         "Pasangan itu mengumpulkan 465.150 suara.</p>"
         "<p>Tempat kedua ditempati pasangan calon Bupati-Wakil Bupati Tasikmalaya nomor urut 03, "
         "Ai Diantani-Iip Miptahul Paoz. "
         "Pasangan yang didukung PDI Perjuangan, PKB, NasDem dan partai nonparlemen PBB ini "
         "memperoleh 269.075 suara atau 30,35 persen.</p><p>Pleno digelar Kamis (24/4/2025).</p>")


def test_a_pair_named_by_its_parties_listed_with_commas(shipped_context):
    found = read(shipped_context, TASIK_TITLE, TASIK)
    for value in (269075, 30.35):
        claim, comparison = [p for p in found if float(p[0].value) == value][0]
        assert (claim.election, claim.region_code, claim.nomor_urut) == \
            ("pilkada2024-psu", "3206", 3), claim
        assert unflagged(comparison)
    assert one(found, 465150)[0].nomor_urut == 2
