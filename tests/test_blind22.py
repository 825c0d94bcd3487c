"""The twenty-second blind run (58 real pages on disputes: campaigns' C1 counts, quick counts,
re-votes of 2025, Constitutional Court hearings and fact-checks, nobody had tuned on,
2026-12-07): three flags, all true, none false; but the pages showed shapes read as a pair's
share that, on a page of another race, are flagged on accurate figures.

1. What a share is of: "meraup 50,15 persen dari total 100 persen suara yang masuk" (a
   quick-count page on Pilkada DKI). The 100 after "dari total" was read as the pair's share
   (`_OF_BEFORE` looked 8 characters back for a bare "dari"); on a real-count page it was graded
   `discrepant` against the pair's 50,07.
2. Read as progress, that 100 % on a page dated 28 Nov was then `discrepant` against Sirekap's
   99,93 % of 28 Nov 10:00: a day alone, the reading's own, may be any hour of it; only a page
   dated before the reading's day, or that day at an earlier hour, is past it.
3. Readiness: "Tim Hukum: Kami Siap 100 Persen" (a headline on Anies-Muhaimin's suit at the
   MK) was read as the pair's share; on a Pilgub page the same headline was graded
   `discrepant` (100 against 35,48).

Short pages in our own words with the real figures of the shipped record: Pilgub DKI (KPU DKI
decree: Pramono-Rano 50,07, RK-Suswono 39,40, Dharma-Kun 10,53; Sirekap 99,93 % of the TPS at
28 Nov 10:00), Pilgub Jateng (Sirekap 28 Nov 10:15, 99,75 %: Luthfi-Yasin 59,14), Pilgub Banten
(Sirekap 28 Nov 10:15, 99,29 %: Andra Soni-Dimyati 55,86), Pilgub Sumut (Sirekap 28 Nov 10:15,
95,54 %: Bobby-Surya 64,52, Edy-Hasan 35,48)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.candidate_name, c.status, c.reason)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


DKI = "Real Count KPU Pilkada Jakarta: Pramono-Rano Unggul"
DKI_DAY = "Berdasarkan real count KPU Jakarta pada Kamis (28/11/2024), "


# ---- 1. "dari total N persen suara yang masuk": what the share is of, not a pair's share.
@pytest.mark.parametrize("title, sentence, share, progress", [
    # the nusadaily shape on a real count
    (DKI, DKI_DAY + "pasangan Pramono-Rano meraup 50,07 persen dari total 100 persen suara yang "
     "masuk.", 50.07, 100),
    # "dari seluruh", "suara yang sudah masuk", another province
    ("Real Count Pilgub Jateng: Luthfi-Yasin Unggul",
     "Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Ahmad Luthfi-Taj Yasin meraih "
     "59,14 persen dari seluruh 99,75 persen suara yang sudah masuk.", 59.14, 99.75),
    # "dari jumlah", "data yang masuk"
    ("Real Count Pilgub Banten: Andra Soni-Dimyati Unggul",
     "Berdasarkan real count KPU pada Kamis (28/11/2024), pasangan Andra Soni-Dimyati meraih "
     "55,86 persen dari jumlah 99,29 persen data yang masuk.", 55.86, 99.29),
])
def test_the_part_counted_is_no_share(shipped_context, title, sentence, share, progress):
    claims = found(shipped_context, title, sentence)
    assert not flags(claims), claims
    assert [f[1] for f in claims if f[0] == "share"] == [share], claims
    assert [f[1] for f in claims if f[0] == "progress"] == [progress], claims


# Negative controls: a wrong share in that sentence is still caught; a pair's share "of the
# votes counted" (no "dari" before it) is still a share.
@pytest.mark.parametrize("sentence, status", [
    (DKI_DAY + "pasangan Pramono-Rano meraup 52,07 persen dari total 100 persen suara yang "
     "masuk.", "discrepant"),
    (DKI_DAY + "pasangan Pramono-Rano meraup 50,07 persen suara yang masuk.", "consistent"),
    (DKI_DAY + "pasangan Pramono-Rano meraup 52,07 persen suara yang masuk.", "discrepant"),
])
def test_the_share_itself_is_still_graded(shipped_context, sentence, status):
    claims = found(shipped_context, DKI, sentence)
    assert [(f[0], f[3]) for f in claims if f[0] == "share"] == [("share", status)], claims


# ---- 2. A progress above the newest reading: past it only if the page's moment is earlier.
@pytest.mark.parametrize("when, status", [
    # the reading's day, no hour: it may be later that day
    ("Kamis (28/11/2024)", "unverifiable"),
    ("28 November 2024", "unverifiable"),
    # the reading's day at an earlier hour, or the day before: the count only grows
    ("Kamis (28/11/2024) pukul 09.47 WIB", "discrepant"),
    ("Rabu (27/11/2024) pukul 22.00 WIB", "discrepant"),
    ("Rabu (27/11/2024)", "discrepant"),
])
def test_a_progress_past_the_newest_reading(shipped_context, when, status):
    claims = found(shipped_context, "Real Count KPU Pilkada Jakarta",
                   f"Berdasarkan real count KPU Jakarta hingga {when}, data yang masuk sudah "
                   "100 persen dan pasangan Pramono-Rano meraup 50,07 persen.")
    assert [(f[0], f[3]) for f in claims] == [("progress", status), ("share", "consistent")], \
        claims


def test_a_progress_the_record_shows_is_consistent(shipped_context):
    claims = found(shipped_context, "Real Count KPU Pilkada Jakarta",
                   "Berdasarkan real count KPU Jakarta hingga Kamis (28/11/2024), data yang masuk "
                   "sudah 99,93 persen dan pasangan Pramono-Rano meraup 50,07 persen.")
    assert ("progress", 99.93, None, "consistent", None) in claims, claims


# ---- 3. Readiness ("siap 100 persen") is no share.
@pytest.mark.parametrize("title, paragraphs", [
    # the ceklissatu headline's shape on a Pilgub page
    ("Edy-Hasan Gugat Hasil Pilgub Sumut ke MK, Tim Hukum: Kami Siap 100 Persen",
     ("Tim hukum pasangan Edy Rahmayadi-Hasan Basri Sagala mendaftarkan gugatan hasil Pilgub "
      "Sumatera Utara 2024 ke Mahkamah Konstitusi, Rabu (11/12/2024).",
      "\"Kami sudah siap 100 persen dengan bukti-bukti dan saksi,\" kata kuasa hukum Edy-Hasan.")),
    # "yakin", another race
    ("Pramono-Rano Yakin 100 Persen Menang Satu Putaran",
     ("Tim pemenangan Pramono Anung-Rano Karno yakin 100 persen menang satu putaran di Pilkada "
      "Jakarta 2024, Kamis (28/11/2024).",)),
    # "optimistis", a body sentence
    ("Tim Luthfi-Yasin Optimistis",
     ("Tim pemenangan Ahmad Luthfi-Taj Yasin mengaku optimistis 100 persen memenangi Pilgub "
      "Jawa Tengah 2024, Kamis (28/11/2024).",)),
])
def test_readiness_is_no_share(shipped_context, title, paragraphs):
    claims = found(shipped_context, title, *paragraphs)
    assert not flags(claims), claims
    assert not any(f[1] == 100 for f in claims), claims


# Negative controls: a share after a readiness that is not right before it is still graded,
# right or wrong.
@pytest.mark.parametrize("value, status", [("50,07", "consistent"), ("52,07", "discrepant")])
def test_a_share_after_readiness_is_graded(shipped_context, value, status):
    claims = found(shipped_context, "Pramono-Rano Siap Dilantik",
                   "JAKARTA - KPU DKI Jakarta menuntaskan rekapitulasi Pilgub Jakarta 2024, Minggu "
                   "(8/12/2024).",
                   f"Pasangan Pramono-Rano siap dilantik setelah ditetapkan meraih {value} persen "
                   "suara.")
    assert [(f[0], f[3]) for f in claims if f[0] == "share"] == [("share", status)], claims


# ---- 4. On a re-vote's page, the round named in a background sentence dates no later figure.
PSU_BUNGO = ("Rekap PSU Bungo, Jumiwan-Maidani Unggul di 19 TPS",
             "KPU Kabupaten Bungo menggelar pleno rekapitulasi hasil pemungutan suara ulang (PSU) "
             "di 21 TPS, Senin (7/4/2025).",
             "Diketahui, PSU Bungo pada 5 April 2025 merupakan tindak lanjut putusan Mahkamah "
             "Konstitusi atas sengketa Pilbup Bungo 2024.")


@pytest.mark.parametrize("title, paragraphs", [
    # the Biak Numfor shape: the PSU plenary's count after the background paragraph
    ("Rekap Suara PSU Pilkada Gubernur Papua di Biak Numfor",
     ("KPU Provinsi Papua menggelar pleno rekapitulasi hasil pemungutan suara ulang (PSU) "
      "Pilkada Gubernur Papua dari Kabupaten Biak Numfor, Rabu (20/8/2025).",
      "Diketahui, PSU Pilkada Papua pada 6 Agustus 2025 merupakan tindak lanjut putusan "
      "Mahkamah Konstitusi atas sengketa Pilgub Papua 2024.",
      "Adapun hasil terkini dalam pleno KPU Provinsi Papua, pasangan BTM-CK unggul di Biak "
      "Numfor dengan perolehan 31.889 suara.")),
    # Bungo (the record's Sirekap there is complete: 95.797 for Jumiwan-Maidani)
    (PSU_BUNGO[0], PSU_BUNGO[1:] + ("Adapun hasil terkini dalam pleno KPU Kabupaten Bungo, "
                                    "pasangan Jumiwan-Maidani unggul dengan perolehan 4.974 "
                                    "suara.",)),
])
def test_a_revotes_count_after_the_rounds_name(shipped_context, title, paragraphs):
    claims = found(shipped_context, title, *paragraphs)
    assert claims and all(f[4] == "other_election" for f in claims), claims


# Negative controls: the round's own figure, named with the round in its sentence, is the
# round's: graded when right; a wrong share on this 2025 page is held as a plenary share the
# record does not hold (after_recap), not as the re-vote's.
@pytest.mark.parametrize("figure, status, reason", [
    ("95.797 suara", "consistent", None),
    ("50,28 persen suara", "consistent", None),
    ("53,28 persen suara", "unverifiable", "plenary_not_loaded"),
])
def test_the_rounds_figure_in_its_sentence_is_the_rounds(shipped_context, figure, status,
                                                          reason):
    claims = found(shipped_context, "Hasil PSU Bungo, Jumiwan-Maidani Unggul di 19 TPS",
                   "Warga Kabupaten Bungo kembali mencoblos dalam pemungutan suara ulang (PSU) di "
                   "21 TPS, Sabtu (5/4/2025).", PSU_BUNGO[2],
                   f"Pada Pilbup Bungo 2024, pasangan Jumiwan-Maidani meraih {figure}.")
    assert [(f[3], f[4]) for f in claims] == [(status, reason)], claims


# ---- 5. A re-vote dated with a day and month only, before the round's polling day: 2025's.
@pytest.mark.parametrize("title, paragraphs", [
    # the Banjarbaru page's shape (JagaSuara's complete count of the PSU)
    ("Lisa-Wartono Unggul Lawan Kotak Kosong PSU Banjarbaru",
     ("Pasangan Lisa Halaby-Wartono unggul atas kotak kosong dalam pemungutan suara ulang (PSU) "
      "Pilkada Kota Banjarbaru, Sabtu (19/4).",
      "Data yang masuk sudah 100% berdasarkan rekapan C1 dari 403 TPS se Kota Banjarbaru.")),
    # Serang: the PSU's result against the 2024 round's Sirekap (70,18 / 29,82) was discrepant
    ("Zakiyah-Najib Unggul di PSU Pilkada Serang",
     ("Pasangan Ratu Zakiyah-Najib Hamas unggul dalam pemungutan suara ulang (PSU) Pilkada "
      "Kabupaten Serang, Sabtu (19/4).",
      "Berdasarkan data yang dihimpun, pasangan Ratu Zakiyah-Najib meraih 75,9 persen suara, "
      "sedangkan Andika Hazrumy-Nanang Supriatna 24,1 persen.")),
    # Bungo, a bracketed day with the weekday inside, counts
    ("Jumiwan-Maidani Menang di PSU Bungo",
     ("Pemungutan suara ulang (PSU) Pilkada Bungo digelar di 21 TPS (Sabtu, 5/4).",
      "Di PSU itu pasangan Jumiwan-Maidani meraih 4.974 suara dan Dedy-Dayat 2.424 suara.")),
])
def test_a_revote_dated_before_the_polling_day(shipped_context, title, paragraphs):
    claims = found(shipped_context, title, *paragraphs)
    assert claims and all(f[4] == "other_election" for f in claims), claims


# Negative controls: a PSU at a TPS days after the vote (30 Nov, 4 Dec) is the round's: its
# figures are graded, right or wrong.
@pytest.mark.parametrize("day, share, status", [
    ("Sabtu (30/11)", "70,18", "consistent"),
    ("Rabu (4/12)", "70,18", "consistent"),
    ("Sabtu (30/11)", "75,9", "discrepant"),
])
def test_a_psu_days_after_the_vote_is_the_rounds(shipped_context, day, share, status):
    claims = found(shipped_context, "PSU di Satu TPS Kabupaten Serang",
                   f"KPU Kabupaten Serang menggelar pemungutan suara ulang (PSU) di TPS 05 Desa "
                   f"Nambo Ilir, {day}.",
                   f"Menurut Sirekap KPU, pasangan Ratu Zakiyah-Najib meraih {share} persen suara "
                   "di Kabupaten Serang.")
    assert [(f[0], f[3]) for f in claims if f[0] == "share"] == [("share", status)], claims
