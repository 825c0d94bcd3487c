"""Shapes earlier sessions left open (note of stop 35, blind hunts 26-27, corpus-av), each in our
own words with the real figures of the shipped record:

1. "58,77 persen (versi KPU) dan 53,55 persen (versi KawalPemilu)": the citizen count named
   after the second figure typed the first a citizen count too. A figure whose own words name
   KPU (versi KPU, menurut data KPU, Sirekap KPU) is KPU's (figures/kpu_named.py); one named as
   a citizen's or a campaign's count stays that.
2. "pasangan Amin unggul 1,7 persen", "Airin-Ade unggul tipis 1,9 persen": a lead read as the
   pair's share (in a city of Banten flagged against her 41,77). A pair that leads has more than
   100 divided by its race's options: a smaller percentage after a word of leading is the lead,
   no share (figures/lead_gap.py); "unggul 55,86 persen" stays the pair's share.
3. "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara." then "Adapun
   Anies-Muhaimin memperoleh 448.046 suara ...": the second paragraph's counts were of no one
   area (held). They go on with the province when the paragraph right before names it alone with
   a count, each count no larger than the last (figures/next_counts.py).
4. Solo's kecamatan paragraphs after a "Baca juga" line, after "Paslon 03" (a slip: the race has
   two pairs): both broke the race the ballot numbers go on in. The slip stays held, never
   another race's 03; the aside (or a photo caption, a quotation with no figure) is skipped
   (figures/race_before.py, asides.scope_before).
5. "Risma-Gus Hans memperoleh suara yang sama dengan Khofifah-Emil, yakni 456.856 suara": the
   count is the subject's (not_owner), a slip the record catches; the page's counts, giving two
   pairs one count, are then no base for its own shares (own_shares._slipped): the others'
   accurate shares are not blamed.

Record figures: the Pilpres decree (Prabowo-Gibran 58,59 %, 96.214.691; Kaltim 1.542.346 /
448.046 / 240.143; Kalbar 1.964.183 / 718.641 / 534.450), Pilgub DKI's decree (Pramono-Rano
50,07, Rido 39,40, Dharma-Kun 10,53), Sirekap's Pilgub Banten of 28 Nov 2024 (Andra
Soni-Dimyati 55,86, in Kota Tangerang Airin-Ade 41,77), Pilgub Kalbar's Sirekap (Ria
Norsan-Krisantus 1.317.973), Pilwalkot Solo's kecamatan counts (Laweyan 19.373 / 34.088,
Serengan 10.762 / 17.755, Jebres 33.920 / 48.224)."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim
from checker.figures.kpu_named import kpu_named

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.region_code, c.status if c else None,
             c.reason if c else None, claim.nomor_urut, claim.claim_type, claim.race_kind)
            for claim, c in every_claim(check_article(title, body, ctx=ctx))]


def of(claims: list, value: float) -> list:
    return [c for c in claims if c[1] == value]


# ---- 1. a figure whose own words name KPU is KPU's ---------------------------------------
AFTER_DECREE = "Sehari setelah penetapan, Kamis (21/3/2024), hasilnya dibandingkan. "


@pytest.mark.parametrize("sentence, kpu, other", [
    # the blind page's shape: KPU's in brackets, then the citizen count's
    ("Secara nasional, Prabowo-Gibran meraih 58,59 persen (versi KPU) dan 58,45 persen "
     "(versi KawalPemilu).", 58.59, 58.45),
    # "menurut data KPU" after the figure, JagaSuara's after the second
    ("Secara nasional, Prabowo-Gibran memperoleh 58,59 persen menurut data KPU, sedangkan "
     "58,45 persen menurut JagaSuara.", 58.59, 58.45),
    # KPU named before the figure, in its clause
    ("Secara nasional, Prabowo-Gibran versi KPU 58,59 persen, versi KawalPemilu 58,45 persen.",
     58.59, 58.45),
])
def test_a_figure_named_kpus_is_kpus_not_the_citizen_count(shipped_context, sentence, kpu,
                                                           other):
    claims = found(shipped_context, "KawalPemilu dan KPU Bandingkan Hasil Pilpres",
                   AFTER_DECREE + sentence)
    mine = of(claims, kpu)
    assert mine and all(c[6] != "civic_count" and c[3] == "consistent" for c in mine)
    assert all(c[6] == "civic_count" and c[3] not in FLAGS for c in of(claims, other))


def test_a_wrong_figure_named_kpus_is_flagged(shipped_context):
    # control: 28,59 "versi KPU" is KPU's figure misquoted, no citizen count's
    claims = found(shipped_context, "KawalPemilu dan KPU Bandingkan Hasil Pilpres",
                   AFTER_DECREE + "Secara nasional, Prabowo-Gibran meraih 28,59 persen (versi "
                   "KPU) dan 58,45 persen (versi KawalPemilu).")
    assert [c[3] for c in of(claims, 28.59)] == ["discrepant"]


def test_a_pilkada_figure_named_kpus_after_a_citizen_count(shipped_context):
    # Pilgub DKI after its decree, JagaSuara's count named after KPU's
    claims = found(shipped_context, "JagaSuara dan KPU: Pramono-Rano Menang Satu Putaran",
                   "Usai pleno, Senin (9/12/2024), Pramono-Rano tercatat meraih 50,07 persen "
                   "(versi KPU) dan 50,08 persen (versi JagaSuara).")
    assert [c[3] for c in of(claims, 50.07)] == ["consistent"]
    assert all(c[6] == "civic_count" for c in of(claims, 50.08))


@pytest.mark.parametrize("text, kind", [
    ("58,59 persen (versi KPU) dan", None),
    ("58,59 persen (Sirekap KPU) dan", "real_count"),
    ("58,59% menurut hasil rekapitulasi KPU.", "plenary"),
    ("96.214.691 suara (KPU), sedangkan", None),
])
def test_kpu_named_reads_the_figures_own_words(text, kind):
    mark = kpu_named(text, 0)
    assert mark is not None and mark.value == kind


@pytest.mark.parametrize("text", [
    "55 persen (data KPU 50,07 persen)",       # KPU's figure set beside, not this one's source
    "53,55 persen (versi KawalPemilu)",        # a citizen count's
    "52 persen versi tim pemenangan",          # a campaign's
    "52 persen. Menurut KPU, ",                # KPU in the next sentence
])
def test_kpu_named_not_for_other_sources(text):
    assert kpu_named(text, 0) is None


def test_a_campaigns_figure_stays_the_campaigns(shipped_context):
    claims = found(shipped_context, "Tim Pemenangan Klaim Unggul",
                   "Pada Kamis (28/11/2024), Pramono-Rano meraih 52 persen versi tim "
                   "pemenangan, kata juru bicaranya.")
    assert all(c[3] not in FLAGS and c[6] != None for c in of(claims, 52.0))  # noqa: E711


# ---- 2. a lead after "unggul" is no share -----------------------------------------------
BANTEN = "Kamis (28/11/2024), berdasarkan real count KPU Pilgub Banten, "


@pytest.mark.parametrize("title, paragraphs, lead", [
    # a city of a two-pair race: 1,9 is the lead there (her share is 41,77)
    ("Hasil Pilgub Banten", [BANTEN + "Andra Soni-Dimyati unggul 55,86 persen.",
                             "Di Kota Tangerang, Airin-Ade unggul tipis 1,9 persen."], 1.9),
    # a three-pair race: 10,67 is Pramono-Rano's lead over Rido
    ("Hasil Pilgub Jakarta", ["Dalam rapat pleno KPU DKI Jakarta, Senin (9/12/2024), "
                              "Pramono-Rano menang 10,67 persen."], 10.67),
    # the Pilpres, "menang" and a filler
    ("Hasil Pilpres di Jawa Tengah", ["Menurut pleno KPU, Kamis (21/3/2024), di Jawa Tengah "
                                      "Prabowo-Gibran menang sekitar 12,3 persen."], 12.3),
])
def test_a_lead_after_a_word_of_leading_is_no_share(shipped_context, title, paragraphs, lead):
    claims = found(shipped_context, title, *paragraphs)
    assert of(claims, lead) == []
    assert all(c[3] not in FLAGS for c in claims)


@pytest.mark.parametrize("value, status", [
    (55.86, "consistent"),   # the leader's share after "unggul" stays a share
    (65.86, "discrepant"),   # a wrong one still flagged
])
def test_a_leaders_share_after_unggul_is_graded(shipped_context, value, status):
    text = f"{value:.2f}".replace(".", ",")
    claims = found(shipped_context, "Hasil Pilgub Banten",
                   BANTEN + f"Andra Soni-Dimyati unggul {text} persen.")
    assert [c[3] for c in of(claims, value)] == [status]


def test_a_runner_ups_share_near_the_bound_stays_a_share(shipped_context):
    # control: a figure under a third but over a sixth after "unggul" (a headline may say it
    # loosely of a runner-up's share) is read as the pair's share, as before
    claims = found(shipped_context, "Hasil Pilgub Jakarta",
                   "Dalam rapat pleno KPU DKI Jakarta, Senin (9/12/2024), Ridwan Kamil-Suswono "
                   "unggul 29,40 persen di sejumlah kelurahan.")
    assert [c[3] for c in of(claims, 29.4)] not in ([], [None])


def test_a_share_above_the_lead_bound_in_three_pairs_is_graded(shipped_context):
    # control: 40,07 can lead a three-pair race: Pramono-Rano's share, misquoted (50,07)
    claims = found(shipped_context, "Hasil Pilgub Jakarta",
                   "Dalam rapat pleno KPU DKI Jakarta, Senin (9/12/2024), Pramono-Rano "
                   "unggul 40,07 persen.")
    assert [c[3] for c in of(claims, 40.07)] == ["discrepant"]


# ---- 3. the rest of a province's counts, a paragraph after its first --------------------
PLENARY = ("KPU melanjutkan rapat pleno rekapitulasi hasil penghitungan suara tingkat nasional "
           "Pilpres 2024, Senin (11/3/2024).")


@pytest.mark.parametrize("first, rest, code, values", [
    ("Di Provinsi Kalimantan Timur, pasangan Prabowo Subianto-Gibran Rakabuming Raka meraih "
     "1.542.346 suara.", "Adapun Anies Baswedan-Muhaimin Iskandar memperoleh 448.046 suara dan "
     "Ganjar Pranowo-Mahfud MD mendapat 240.143 suara.", "64", (448046, 240143)),
    ("Untuk Kalimantan Barat, Prabowo-Gibran mengantongi 1.964.183 suara.",
     "Sementara Anies-Muhaimin meraup 718.641 suara, dan Ganjar-Mahfud 534.450 suara.", "61",
     (718641, 534450)),
    # each count restated as a share (the share the last figure read; the share goes with
    # its count)
    ("Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara atau 69,15 persen.",
     "Adapun Anies-Muhaimin memperoleh 448.046 suara atau 20,09 persen, Ganjar-Mahfud 240.143 "
     "suara atau 10,77 persen.", "64", (448046, 20.09, 240143, 10.77)),
])
def test_counts_a_paragraph_after_their_provinces_first(shipped_context, first, rest, code,
                                                        values):
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY, first, rest)
    for value in values:
        assert [(c[2], c[3]) for c in of(claims, value)] == [(code, "consistent")]


def test_a_photo_caption_between_is_skipped(shipped_context):
    # the blind page's photo caption between the province's first count and the rest
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY,
                   "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara.",
                   "Suasana rapat pleno di Kantor KPU RI, Jakarta. (Foto: Dok. KPU)",
                   "Adapun Anies-Muhaimin memperoleh 448.046 suara dan Ganjar-Mahfud 240.143 "
                   "suara.")
    for value in (448046, 240143):
        assert [(c[2], c[3]) for c in of(claims, value)] == [("64", "consistent")]


def test_a_paragraph_with_its_own_figures_between_stops_the_counts(shipped_context):
    # control: a paragraph of other figures between (the country's) is no aside
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY,
                   "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara.",
                   "Secara nasional, partisipasi pemilih mencapai 81,78 persen.",
                   "Adapun Anies-Muhaimin memperoleh 448.046 suara.")
    assert all(c[2] != "64" and c[3] not in FLAGS for c in of(claims, 448046))


def test_a_wrong_count_a_paragraph_after_is_caught(shipped_context):
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY,
                   "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara.",
                   "Adapun Anies-Muhaimin memperoleh 448.406 suara.")
    assert [c[3] for c in of(claims, 448406)][0] in FLAGS  # (360 votes off: minor)


@pytest.mark.parametrize("first, rest, value", [
    # a count larger than the province's: another tally (the country's), not Kaltim's
    ("Di Provinsi Kalimantan Timur, Anies-Muhaimin meraih 448.046 suara.",
     "Adapun Prabowo-Gibran memperoleh 96.214.691 suara.", 96214691),
    # the paragraph before names two provinces
    ("Di Kalimantan Timur dan Kalimantan Barat, Prabowo-Gibran unggul dengan 1.542.346 suara.",
     "Adapun Anies-Muhaimin memperoleh 448.046 suara.", 448046),
])
def test_no_count_goes_on_without_its_shape(shipped_context, first, rest, value):
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY, first, rest)
    assert all(c[2] != "64" and c[3] not in FLAGS for c in of(claims, value))


def test_a_share_a_paragraph_after_a_provinces_share_stays_unclear(shipped_context):
    # control: shares are not carried (the country's may be smaller than the province's)
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY,
                   "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 69,15 persen.",
                   "Adapun Anies-Muhaimin memperoleh 24,95 persen.")
    assert all(c[2] != "64" and c[3] not in FLAGS for c in of(claims, 24.95))


def test_a_regencys_counts_in_a_governor_race_are_not_carried(shipped_context):
    # control: Kalbar's province-wide count of a pair after a (larger) regency count is no
    # regency's: a governor race's minor pair may count fewer in the province than a big
    # regency's leader
    claims = found(shipped_context, "Pleno Pilgub Kalbar",
                   "Dalam rapat pleno rekapitulasi KPU Kalimantan Barat, Senin (9/12/2024):",
                   "Di Kabupaten Ketapang, Ria Norsan-Krisantus meraih 260.000 suara.",
                   "Adapun Muda Mahendrawan-Jakius Sinyor memperoleh 249.076 suara.")
    assert all(c[2] != "6104" and c[3] not in FLAGS for c in of(claims, 249076))


def test_another_races_pair_after_a_province_is_not_graded_there(shipped_context):
    # Kalbar's governor pair after Kaltim's Pilpres count: Kalbar's race, never Kaltim's
    claims = found(shipped_context, "Rekapitulasi Nasional Pilpres 2024", PLENARY,
                   "Di Provinsi Kalimantan Timur, Prabowo-Gibran meraih 1.542.346 suara.",
                   "Adapun Ria Norsan-Krisantus memperoleh 1.317.973 suara.")
    assert all(c[2] != "64" and c[3] not in FLAGS for c in of(claims, 1317973))


# ---- 4. kecamatan paragraphs after an aside, after a ballot number the race lacks -------
SOLO = ("Pada rapat pleno terbuka rekapitulasi KPU Solo, Kamis (5/12/2024), Paslon 02 "
        "Respati Ardi-Astrid Widayani meraih 185.970 suara.")


# The page holds a second race (the turnout of the Pilpres), so no race is the page's own: the
# ballot numbers go on in the race of the pair before them, or in none.
PILPRES_LATER = "Angka partisipasi itu lebih rendah dibanding partisipasi pada Pilpres 2024."
LAWEYAN_SLIP = ("Menurut rekapitulasi KPU untuk Pilwalkot Solo, di Kecamatan Laweyan Paslon 01 "
                "memperoleh 19.373 suara, sedangkan Paslon 03 meraih 34.088 suara.")


@pytest.mark.parametrize("laweyan, aside", [
    # the page's shape: the slip "Paslon 03", then a related article's line
    ("Menurut rekapitulasi KPU untuk Pilwalkot Solo, di Kecamatan Laweyan Paslon 01 "
     "memperoleh 19.373 suara, sedangkan Paslon 03 meraih 34.088 suara.",
     "Baca Juga: Kalah di Pilkada Solo versi Quick Count, Teguh Prakosa Beri Ucapan"),
    # no slip, the aside alone
    ("Menurut rekapitulasi KPU untuk Pilwalkot Solo, di Kecamatan Laweyan Paslon 01 "
     "memperoleh 19.373 suara, sedangkan Paslon 02 meraih 34.088 suara.",
     "Baca juga: Respati-Astrid Temui Jokowi Usai Menang Pilkada Solo"),
    # the slip alone, no aside
    (LAWEYAN_SLIP, None),
    # a photo caption, a quotation with no figure as the aside
    (LAWEYAN_SLIP, "Respati Ardi dan Astrid Widayani menyapa pendukung di Balai Kota Solo. "
                   "(Foto: BeritaSolo/Dok)"),
    (LAWEYAN_SLIP, "“Kami berterima kasih kepada seluruh warga Solo,” ujar Respati."),
])
def test_kecamatan_paragraphs_keep_their_race(shipped_context, laweyan, aside):
    rest = ["Di Kecamatan Serengan, Paslon 01 mendapat 10.762 suara dan Paslon 02 mengantongi "
            "17.755 suara.",
            "Kemudian di Kecamatan Jebres, Paslon 01 meraup 33.920 suara, sedangkan Paslon 02 "
            "memperoleh 48.224 suara."]
    claims = found(shipped_context, "Respati-Astrid Menang di Lima Kecamatan", SOLO, laweyan,
                   *([aside] if aside else []), *rest, PILPRES_LATER)
    for value, code in ((10762, "337202"), (17755, "337202"), (33920, "337204"),
                        (48224, "337204")):
        assert [(c[2], c[3]) for c in of(claims, value)] == [(code, "consistent")]
    slip = [c for c in of(claims, 34088) if c[5] == 3]
    assert all(c[3] == "unverifiable" for c in slip)  # "Paslon 03": no pair of the race


def test_a_paragraph_naming_its_race_after_the_aside_keeps_it(shipped_context):
    # control: the governor race named after the aside is that paragraph's race (Andika-Hendi
    # in Serengan), not the mayor race the ballot numbers before went on in
    claims = found(shipped_context, "Respati-Astrid Menang di Lima Kecamatan", SOLO,
                   "Menurut rekapitulasi KPU untuk Pilwalkot Solo, di Kecamatan Laweyan Paslon "
                   "01 memperoleh 19.373 suara, sedangkan Paslon 03 meraih 34.088 suara.",
                   "Baca Juga: Kalah di Pilkada Solo versi Quick Count, Teguh Prakosa Beri "
                   "Ucapan",
                   "Untuk Pilgub Jawa Tengah, di Kecamatan Serengan Paslon 01 mendapat 10.762 "
                   "suara.", PILPRES_LATER)
    assert [(c[7], c[3] in FLAGS) for c in of(claims, 10762)] == [("governor", False)]


# ---- 5. a pair given another pair's count ("the same as"), the others' shares not blamed --
BANYUWANGI = ("Berdasarkan real count KPU di Kabupaten Banyuwangi, Kamis (28/11/2024), pasangan "
              "Khofifah-Emil meraih 453.862 suara atau 59,34 persen. Pasangan Luluk-Lukman "
              "memperoleh 83.633 suara atau 10,93 persen. ")
KOTA_SEMARANG = ("Berdasarkan real count KPU di Kota Semarang, Kamis (28/11/2024), pasangan "
                 "Andika-Hendi meraih 566.912 suara atau 65,96 persen. ")


@pytest.mark.parametrize("title, text, slip, right", [
    # Sirekap's Banyuwangi: Risma-Gus Hans 227.330 (29,72), given Khofifah-Emil's count
    ("Hasil Pilgub Jatim di Banyuwangi",
     BANYUWANGI + "Adapun Risma-Gus Hans memperoleh suara yang sama dengan Khofifah-Emil, yakni "
     "453.862 suara atau 59,34 persen.", 3, {59.34: 2, 10.93: 1}),
    # a two-pair race: Kota Semarang's Luthfi-Yasin (292.542) given Andika-Hendi's count
    ("Hasil Pilgub Jateng di Kota Semarang",
     KOTA_SEMARANG + "Sementara Luthfi-Yasin mendapat suara setara dengan Andika-Hendi, yaitu "
     "566.912 suara atau 65,96 persen.", 2, {65.96: 1}),
])
def test_a_pair_given_another_pairs_count_is_caught_without_blaming_the_rest(
        shipped_context, title, text, slip, right):
    claims = found(shipped_context, title, text)
    slipped = [c for c in claims if c[5] == slip]
    assert slipped and all(c[3] == "discrepant" for c in slipped)
    for value, pair in right.items():  # the accurate shares, never graded on the page's counts
        assert [c[3] for c in of(claims, value) if c[5] == pair] == ["consistent"]


def test_a_pair_likened_then_given_its_own_verb_keeps_the_figure(shipped_context):
    # control: "sama dengan Khofifah-Emil yang meraih ..." is Khofifah-Emil's count
    claims = found(shipped_context, "Hasil Pilgub Jatim di Banyuwangi", BANYUWANGI +
                   "Perolehan Risma-Gus Hans tidak sama dengan Khofifah-Emil yang meraih 453.862 "
                   "suara.")
    assert all(c[5] == 2 and c[3] == "consistent" for c in of(claims, 453862))


def test_a_wrong_share_beside_the_records_counts_is_still_caught(shipped_context):
    # control: every count the record's, one share wrong: still flagged
    claims = found(shipped_context, "Hasil Pilgub Jatim di Banyuwangi", BANYUWANGI.replace(
        "59,34 persen", "49,34 persen") + "Adapun Risma-Gus Hans memperoleh 227.330 suara atau "
        "29,72 persen.")
    assert [c[3] for c in of(claims, 49.34)] == ["discrepant"]
    assert [c[3] for c in of(claims, 29.72)] == ["consistent"]
