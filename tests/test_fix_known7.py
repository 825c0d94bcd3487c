"""Shapes the last stop left open (fix-known7, tests/corpus/findings/hunt.md and note_s36).

1. Shares stated on another base than the page's own counts (blind hunt 29, page 12: a
   Muratara real-count update giving "58.433 suara atau 51,2 persen", "43.524 suara atau 38,1
   persen", "9.039 suara atau 7,9 persen"; 51,2 and 38,1 were flagged against Sirekap's 52,67 and
   39,55, though the page's own counts give 52,64 and 39,21 and its shares add to 97,2: they are
   shares of every ballot, not of the valid votes). Where every pair's count is on the page,
   two or more shares follow their counts, all from one base larger than the counts' sum and
   none from that sum, the record's flags on them are held "other_basis". A share that follows
   neither base keeps its count's shares graded.

Short pages in our own words with the real figures of the shipped record: Sirekap's Pilbup
readings of 27-28 Nov 2024 in Musi Rawas Utara (Syarif-Gusti 8.653, Devi-Yudi 58.568, Firsa-Efri
43.978: 7,78 / 52,67 / 39,55), Jember (Hendy-Firjaun 492.105, Fawait-Djoko 584.123: 45,72 /
54,28), Sleman (Kustini-Sukamto 231.228, Harda-Danang 379.896: 37,84 / 62,16) and Kota Palembang
(172.690, 347.399, 225.917: 23,15 / 46,57 / 30,28)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import FLAGS, flags, found, page_claims

OTHER = "other_basis"


def _reasons(claims: list, kind: str = "share") -> dict:
    """{value: (status, reason)} of the claims of `kind`."""
    return {f[1]: (f[3], f[4]) for f in claims if f[0] == kind}


# ---- 1. shares of all ballots beside the pairs' own counts
MURATARA = ("Hasil Real Count KPU Pilkada Musi Rawas Utara 2024, Devi-Yudi Unggul",
            "Hasil real count KPU untuk Pilkada Kabupaten Musi Rawas Utara 2024 sampai Kamis "
            "(28/11/2024) pagi menempatkan paslon nomor 2 di posisi teratas.")


def _muratara(first: str, second: str, third: str) -> tuple:
    return (*MURATARA,
            f"Paslon Devi-Yudi memperoleh 58.433 suara atau {first} persen.",
            f"Di urutan kedua paslon Firsa-Efri dengan 43.524 suara atau {second} persen.",
            f"Adapun paslon Syarif-Gusti meraih 9.039 suara atau {third} persen.")


def test_1_the_blind_pages_shares_of_every_ballot_are_held(shipped_context):
    claims = found(shipped_context, *_muratara("51,2", "38,1", "7,9"))
    assert flags(claims) == []
    shares = _reasons(claims)
    assert shares[51.2] == ("unverifiable", OTHER) and shares[38.1] == ("unverifiable", OTHER)
    assert shares[7.9][0] == "consistent"  # graded by the record and not flagged: kept


def test_1_a_share_that_follows_neither_base_keeps_the_flags(shipped_context):
    # 9.039 of about 114.100 is 7,9 and of 110.996 is 8,1: 9,9 follows neither, so no one base
    # explains the page and the record's grades stand.
    claims = found(shipped_context, *_muratara("51,2", "38,1", "9,9"))
    assert {f[1] for f in flags(claims)} >= {51.2, 38.1}


def test_1_one_share_alone_says_nothing_of_its_base(shipped_context):
    claims = found(shipped_context, *MURATARA,
                   "Paslon Devi-Yudi memperoleh 58.433 suara atau 51,2 persen.",
                   "Di urutan kedua paslon Firsa-Efri dengan 43.524 suara.",
                   "Adapun paslon Syarif-Gusti meraih 9.039 suara.")
    assert 51.2 in {f[1] for f in flags(claims)}


def test_1_shares_not_written_with_their_counts_stay_graded(shipped_context):
    claims = found(shipped_context, *MURATARA,
                   "Paslon Devi-Yudi memperoleh 58.433 suara, Firsa-Efri 43.524 suara dan "
                   "Syarif-Gusti 9.039 suara.",
                   "Dalam persentase, Devi-Yudi unggul dengan 51,2 persen, disusul Firsa-Efri "
                   "38,1 persen.")
    assert {f[1] for f in flags(claims)} >= {51.2, 38.1}


@pytest.mark.parametrize("title, paragraphs, held", [
    # Jember: the record's counts, shares over 1.109.514 ballots (3 % invalid)
    ("Fawait-Djoko Unggul di Pilkada Jember",
     ("Berdasarkan real count KPU, paslon Fawait-Djoko mengantongi 584.123 suara atau 52,65 "
      "persen.",
      "Paslon Hendy-Firjaun mendapat 492.105 suara atau 44,35 persen."),
     {52.65, 44.35}),
    # Sleman: shares over 640.000 ballots, in brackets after the counts
    ("Harda-Danang Menang di Pilkada Sleman 2024",
     ("Hasil real count KPU Pilkada Sleman: Harda-Danang 379.896 suara (59,36%), "
      "Kustini-Sukamto 231.228 suara (36,13%).",),
     {59.36, 36.13}),
    # Kota Palembang, three pairs by ballot number: shares over 780.000 ballots
    ("Real Count Pilwalkot Palembang 2024",
     ("Hasil real count KPU Pilwalkot Palembang: paslon nomor urut 2 meraih 347.399 suara atau "
      "44,54 persen, paslon nomor urut 3 memperoleh 225.917 suara atau 28,96 persen, dan paslon "
      "nomor urut 1 mendapat 172.690 suara atau 22,14 persen.",),
     {44.54, 28.96, 22.14}),
])
def test_1_variants_on_other_regencies_are_held(shipped_context, title, paragraphs, held):
    claims = found(shipped_context, title, *paragraphs)
    assert flags(claims) == []
    shares = _reasons(claims)
    assert {v for v, (status, reason) in shares.items() if reason == OTHER} == held


@pytest.mark.parametrize("paragraph, wrong", [
    # both shares of valid votes, both off the counts (they add to 100): no larger base
    ("Berdasarkan real count KPU, paslon Fawait-Djoko mengantongi 584.123 suara atau 55,65 "
     "persen, sedangkan paslon Hendy-Firjaun mendapat 492.105 suara atau 44,35 persen.",
     {55.65, 44.35}),
    # one share right over the valid votes, one off: no one base (own_shares' case)
    ("Berdasarkan real count KPU, paslon Fawait-Djoko mengantongi 584.123 suara atau 54,28 "
     "persen, sedangkan paslon Hendy-Firjaun mendapat 492.105 suara atau 41,72 persen.",
     {41.72}),
])
def test_1_shares_that_follow_no_larger_base_stay_flagged(shipped_context, paragraph, wrong):
    claims = found(shipped_context, "Fawait-Djoko Unggul di Pilkada Jember", paragraph)
    assert {f[1] for f in flags(claims)} >= wrong


def test_1_a_base_far_above_the_counts_stays_flagged(shipped_context):
    # 584.123 and 492.105 as 43,42 and 36,58: one base of about 1,345 million, a quarter above
    # the valid votes: no count of invalid ballots is that large; a roll of voters or a
    # mistyped count reads the same, so the record's grade stands.
    claims = found(shipped_context, "Fawait-Djoko Unggul di Pilkada Jember",
                   "Berdasarkan real count KPU, paslon Fawait-Djoko mengantongi 584.123 suara "
                   "atau 43,42 persen, sedangkan paslon Hendy-Firjaun mendapat 492.105 suara atau "
                   "36,58 persen.")
    assert {f[1] for f in flags(claims)} >= {43.42, 36.58}


@pytest.mark.parametrize("third, share", [("32.847", "10,98"), ("62.847", "21,01")])
def test_1_shares_of_the_records_valid_total_beside_a_mistyped_count_stay_flagged(
        shipped_context, third, share):
    # Balikpapan (Sirekap 176.856 / 45.578 / 75.901, 298.335 valid): the plenary's counts of
    # pairs 1 and 2 with their shares, pair 3's count and share both wrong, all three shares
    # following the valid total (about 299.100): the base is the valid votes, the third count
    # is the slip (the dev corpus's tribunkaltim and politikal pages, 10,98 annotated false).
    claims = found(shipped_context, "Hasil Pleno Pilwali Balikpapan 2024",
                   "Rekapitulasi KPU Kota Balikpapan: Rahmad Mas'ud-Bagus Susetyo 177.290 suara "
                   "atau 59,27 persen, Rendi Susiswo-Eddy Sunardi 45.668 suara atau 15,27 persen, "
                   f"Muhammad Sa'bani-Syukri Wahid {third} suara atau {share} persen.")
    assert float(share.replace(",", ".")) in {f[1] for f in flags(claims)}


# ---- 3. "suara kosong": the empty box of a single-candidate race, by another name
@pytest.mark.parametrize("title, sentence, value", [
    # corpus-ax's shape (Ngawi, Trenggalek), on other regencies of the record
    ("Hasil Real Count Pilkada Asahan 2024",
     "Meski calon tunggal menang, suara kosong di Asahan mencapai 57.899 suara atau 24,95 "
     "persen.", 24.95),
    ("Calon Tunggal Menang di Batanghari",
     "Meski begitu, masih ada suara kosong sebanyak 22,20 persen di Kabupaten Batanghari.",
     22.20),
    ("Real Count Pilkada Ogan Ilir 2024",
     "Di Kabupaten Ogan Ilir, kolom kosong meraih 41.524 suara atau 21,23 persen.", 21.23),
])
def test_3_suara_kosong_is_the_empty_box(shipped_context, title, sentence, value):
    claims = found(shipped_context, title, sentence)
    shares = [f for f in claims if f[0] == "share" and f[1] == value]
    assert shares and all(f[3] == "consistent" for f in shares), claims
    assert flags(claims) == []


def test_3_a_wrong_share_of_suara_kosong_is_caught_as_the_boxs(shipped_context):
    claims = found(shipped_context, "Hasil Real Count Pilkada Asahan 2024",
                   "Meski calon tunggal menang, suara kosong di Asahan mencapai 57.899 suara "
                   "atau 29,95 persen.")
    assert [f[1] for f in flags(claims)] == [29.95]


def test_3_blank_ballots_of_a_race_with_pairs_are_no_pairs(shipped_context):
    # Muratara has three pairs and no empty box: "suara kosong" there are blank ballots.
    claims = found(shipped_context, *MURATARA,
                   "Di Musi Rawas Utara juga tercatat 2.345 suara kosong atau 2,1 persen dari "
                   "surat suara yang digunakan.")
    assert flags(claims) == []
    assert not [f for f in claims if f[1] in (2345.0, 2.1) and f[3] == "consistent"]


# ---- 4a. a pollster's survey, sentences after the quick count the page led with
QC_BANTEN = ("Berdasarkan hitung cepat Charta Politika, paslon nomor urut 02 Andra-Dimyati meraup "
             "57,52 persen suara, mengalahkan paslon nomor urut 01 Airin-Ade.")


@pytest.mark.parametrize("title, paragraphs, value", [
    # blind hunt 28's page 55, our words: LSI's July survey after Charta's quick count
    ("Faktor Kemenangan Andra-Dimyati di Pilgub Banten",
     (QC_BANTEN, "Sigi LSI pada Juli 2024 masih menempatkan Airin-Ade di depan. Dalam survei "
                 "itu Airin-Ade unggul jauh, sementara Andra-Dimyati cuma memperoleh 12,2 "
                 "persen."), 12.2),
    # the same shape on Pilgub Jateng: Indikator's count, then its August survey
    ("Luthfi-Yasin Menang Versi Hitung Cepat",
     ("Hitung cepat Indikator Politik Indonesia menempatkan Luthfi-Yasin di atas Andika-Hendi.",
      "Padahal Indikator pada Agustus 2024 masih mencatat Andika-Hendi unggul. Dalam survei "
      "tatap muka itu, Andika-Hendi meraih 41,8 persen."), 41.8),
])
def test_4_a_survey_after_a_quick_count_is_the_surveys(shipped_context, title, paragraphs,
                                                        value):
    claims = page_claims(shipped_context, title, "".join(f"<p>{p}</p>" for p in paragraphs))
    figure = [claim for claim, _ in claims if claim.value == Decimal(str(value))]
    assert figure and all(claim.claim_type == "survey" for claim in figure)
    assert not [c for _, c in claims if c is not None and c.status in FLAGS]


def test_4_a_quick_counts_figures_without_a_survey_word_stay_the_counts(shipped_context):
    claims = page_claims(shipped_context, "Andra-Dimyati Unggul Versi Hitung Cepat",
                         f"<p>{QC_BANTEN}</p><p>Lembaga survei itu juga mencatat Airin-Ade "
                         "memperoleh 42,48 persen.</p>")
    figure = [claim for claim, _ in claims if claim.value == Decimal("42.48")]
    assert figure and all(claim.claim_type == "quick_count" for claim in figure)


def test_4_a_a_survey_word_naming_the_pollster_keeps_its_count(shipped_context):
    # a fact-check's shape (the dev corpus's kalimasada page): the post "shows Indikator's
    # survey" at a moment of its quick count
    claims = page_claims(shipped_context,
                         "[HOAKS] Hasil Quick Count Pilpres Dibuat Sebelum Hari Pemungutan",
                         "<p>Sebuah akun menyebut hasil quick count Pilpres 2024 sudah disiapkan "
                         "sebelum hari pemungutan suara.</p><p>Tim cek fakta lalu membuka video di "
                         "kanal YouTube Indikator Politik Indonesia.</p><p>Unggahan yang beredar "
                         "justru memuat survei Indikator Politik Indonesia bertanggal 13 Februari "
                         "2024, saat data terkumpul 61,60 persen.</p>")
    figure = [claim for claim, _ in claims if claim.value == Decimal("61.60")]
    assert figure and all(claim.claim_type == "quick_count" for claim in figure)


# ---- 4b. a judge (or whoever speaks of a court party's claim) is no owner of the figure
@pytest.mark.parametrize("sentence", [
    # blind hunt 30's page 20, our words, and a Pilkada suit's shape
    "Hakim Konstitusi, Daniel Yusmic P. Foekh, menjelaskan pemohon mengklaim memperoleh "
    "113.426 suara di Kabupaten Sukabumi.",
    "Hakim MK Saldi Isra menyampaikan bahwa pemohon mengklaim meraih 1.718.160 suara.",
    "Arief Hidayat menjelaskan pihak termohon mencatat 2.183.239 suara.",
])
def test_4_b_a_judge_is_no_claimant(shipped_context, sentence):
    claims = page_claims(shipped_context, "Gugatan Sengketa Pileg Sebuah Partai Ditolak MK",
                         f"<p>{sentence}</p>")
    names = " ".join(claim.candidate_name or "" for claim, _ in claims)
    assert not any(word in names for word in ("Hakim", "Daniel", "Saldi", "Arief")), names
    assert not [c for _, c in claims if c is not None and c.status in FLAGS]


def test_4_b_a_pair_named_as_the_subject_keeps_its_figure(shipped_context):
    claims = page_claims(shipped_context, "Sidang Sengketa Pilgub Jakarta di MK",
                         "<p>Menurut hakim, pasangan Pramono-Rano meraih 2.183.239 suara dalam "
                         "rekapitulasi KPU DKI Jakarta.</p>")
    assert [c.status for claim, c in claims if claim.value == 2183239] == ["consistent"]


# ---- 5. rounded millions: the official count cut or rounded to the written unit, no wider
def _count_grade(ctx, title: str, sentence: str) -> list:
    return [(f[1], f[3], f[4]) for f in found(ctx, title, sentence) if f[0] == "votes"]


JATENG = "Hasil Rekapitulasi Pilpres 2024 di Jawa Tengah"
DKI = "Hasil Rekapitulasi Pilgub Jakarta 2024"


@pytest.mark.parametrize("title, sentence", [
    # Jawa Tengah's decree: Anies-Muhaimin 2.866.373 (cut: 2,8; rounded: 2,9; in English too)
    (JATENG, "Di Jawa Tengah, Anies-Muhaimin meraih sekitar 2,8 juta suara."),
    (JATENG, "Di Jawa Tengah, Anies-Muhaimin meraih sekitar 2,9 juta suara."),
    (JATENG, "In Central Java, Anies-Muhaimin won about 2.9 million votes."),
    # Ganjar-Mahfud 7.827.335 rounded to the million; Pramono-Rano 2.183.239 cut and rounded
    (JATENG, "Di Jawa Tengah, Ganjar-Mahfud meraih sekitar 8 juta suara."),
    (DKI, "Pramono-Rano meraih sekitar 2,1 juta suara."),
    (DKI, "Pramono-Rano meraih sekitar 2,2 juta suara."),
])
def test_5_a_correct_rounding_or_cut_is_consistent(shipped_context, title, sentence):
    assert [g[1] for g in _count_grade(shipped_context, title, sentence)] == ["consistent"]


@pytest.mark.parametrize("title, sentence", [
    # above the official count by more than half the written unit, less than one: neither
    # rounded (7,8) nor cut (7,8) from 7.827.335; nor 3 juta from 2.183.239 (2 either way)
    (JATENG, "Di Jawa Tengah, Ganjar-Mahfud meraih sekitar 7,9 juta suara."),
    (DKI, "Pramono-Rano meraih sekitar 3 juta suara."),
])
def test_5_neither_rounding_nor_cut_is_held_not_flagged(shipped_context, title, sentence):
    assert [g[1:] for g in _count_grade(shipped_context, title, sentence)] == [
        ("unverifiable", "rounding_unclear")]


@pytest.mark.parametrize("title, sentence", [
    (DKI, "Pramono-Rano meraih sekitar 2,3 juta suara."),
    (JATENG, "Di Jawa Tengah, Anies-Muhaimin meraih sekitar 2,7 juta suara."),
])
def test_5_a_round_count_beyond_its_unit_is_still_caught(shipped_context, title, sentence):
    assert [g[1] for g in _count_grade(shipped_context, title, sentence)] == ["discrepant"]


@pytest.mark.parametrize("sentence, kept", [
    # quick counts averaged, called "survei sementara yang masuk" (blind28 page 31's shape)
    ("Dari hasil survei sementara yang masuk, Luthfi-Yasin rata-rata meraih 58 persen.",
     "58"),
    # an exit poll, "jajak pendapat keluaran"
    ("Menurut jajak pendapat keluaran, Luthfi-Yasin mendapat 58 persen.", "58"),
])
def test_4_a_a_quick_count_the_page_calls_a_survey_is_no_survey(shipped_context, sentence,
                                                                 kept):
    claims = page_claims(shipped_context, "Luthfi-Yasin Menang Versi Hitung Cepat",
                         "<p>Hitung cepat Indikator Politik Indonesia menempatkan Luthfi-Yasin di "
                         f"atas Andika-Hendi.</p><p>{sentence}</p>")
    assert not [claim for claim, _ in claims
                if claim.value == Decimal(kept) and claim.claim_type == "survey"]
