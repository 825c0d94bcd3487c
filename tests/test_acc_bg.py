"""corpus-bg (regent races in Java and Bali, a TPS report, Pemilu 2019 and a 2015 race): the
shapes its dev pages lost, each a short page in our own words with real figures, with the near
shapes that must keep their reading (tests/corpus/findings/corpus-bg.md)."""

from __future__ import annotations

from builders import status_claims

URL = "https://www.example-news.co.id/read/pemilu"
FLAGS = {"discrepant", "minor"}


def claims_of(title: str, *paragraphs: str):
    return status_claims(title, *paragraphs, url=URL)


def races(got, value: str) -> set:
    return {(c.election, c.race_kind) for c, _ in got if str(c.value) == value}


# ---- 1. An office held, not a race: "Pj Gubernur Bali", "Rumah Jabatan Gubernur".
# redaksinasional (pilpres-redaksinasional-bali-tps-pj-gubernur), election day 2024: the Pilpres
# count at the TPS where Bali's acting governor voted, then "Di sana paslon nomor urut 2 sebanyak
# 140 suara" at another TPS. The acting governor's title made the ballot numbers the Bali
# governor race's (Pilkada 2024, nine months later); "mantan Gubernur" was already a person's
# office, "Pj/Penjabat/Plt Gubernur" and "Rumah Jabatan Gubernur" were not.
TPS_TITLE = "Prabowo-Gibran Raih Suara Lebih dari 50 Persen di TPS Pj Gubernur Bali"
TPS_FIRST = ("Ketua KPPS TPS 009 menyebut pasangan nomor urut 2 Prabowo-Gibran mendapat 117 "
             "suara, pasangan nomor 3 Ganjar Pranowo-Mahfud Md 65 suara, dan pasangan nomor 1 "
             "Anies Baswedan-Muhaimin Iskandar 16 suara.")
TPS_OTHER = ("Prabowo-Gibran juga menang di TPS 14 Cemagi, Mengwi. Di sana paslon nomor urut 1 "
             "mendapat empat suara, paslon nomor urut 2 sebanyak 140 suara, dan paslon nomor urut "
             "3 sebanyak 126 suara.")


BALLOTS = ("menerima lima surat suara: presiden dan wakil presiden, DPR, DPD, DPRD provinsi, "
           "dan DPRD kabupaten/kota.")


def test_an_acting_governors_title_names_no_governor_race():
    got = claims_of(TPS_TITLE, TPS_FIRST, "Pj Gubernur Bali memilih di TPS dekat Rumah Jabatan "
                    "Gubernur Jayasabha dan " + BALLOTS, TPS_OTHER)
    assert races(got, "140") == {("pemilu2024", "president")}
    assert races(got, "126") == {("pemilu2024", "president")}


def test_penjabat_plt_and_the_official_house_are_offices_too():
    for office in ("Penjabat (Pj) Gubernur Bali ikut mencoblos di TPS itu dan ",
                   "Plt Gubernur ikut mencoblos di TPS itu dan ",
                   "Pemilih di TPS dekat Rumah Jabatan Gubernur itu "):
        got = claims_of("Prabowo-Gibran Unggul di TPS Dekat Kantor Pemprov Bali", TPS_FIRST,
                        office + BALLOTS, TPS_OTHER)
        assert races(got, "140") == {("pemilu2024", "president")}, office


def test_the_governor_race_named_as_a_race_keeps_its_reading():
    # Negative control: the page names the Pilgub itself; its ballot numbers stay the
    # governor race's (record, Bali: 1 Mulia-PAS, 2 Koster-Giri).
    got = claims_of("Hasil Pilgub Bali 2024 di TPS 14 Cemagi",
                    "Pada Pilgub Bali 2024 di TPS 14 Cemagi, Mengwi, paslon nomor urut 1 "
                    "mendapat 126 suara dan paslon nomor urut 2 sebanyak 140 suara.")
    assert races(got, "140") == {("pilkada2024", "governor")}


# ---- 2. A count with its share in brackets, then the pair it is given to.
# indonesiainfocus (blog-indonesiainfocus-pilbup-tabanan-kecamatan), KPU Tabanan's plenary: "...
# memimpin dengan 31.220 suara (74,21%) berbanding 10.860 suara (25,79%) untuk Mulyadi-Ardika"
# gave the second count and share to the leader (ballot 2). "berbanding 9.402 suara untuk
# Mulyadi-Ardika" was read right: the giving word was looked for right after "suara", not after
# the bracketed share. Figures here: the record's Sirekap for Kerambitan and Marga (100 % of TPS).
TABANAN = "Sanjaya-Dirga Menang Besar di Tabanan"
TABANAN_LEAD = ("Pada Pilkada Tabanan, pasangan I Komang Gede Sanjaya-Made Dirga (Sanjaya-Dirga) "
                "menang dengan 204.374 suara atau 67,12%, sementara lawannya, I Nyoman Mulyadi-I "
                "Nyoman Ardika, hanya mengumpulkan 100.104 suara atau 32,88%.")


def ballots(got, value: str) -> set:
    return {c.nomor_urut for c, _ in got if str(c.value) == value}


def test_a_bracketed_share_between_a_count_and_its_owner():
    got = claims_of(TABANAN, TABANAN_LEAD, "Di Kecamatan Kerambitan, Sanjaya-Dirga memimpin dengan "
                    "19.375 suara (67,33%) berbanding 9.402 suara (32,67%) untuk Mulyadi-Ardika.")
    assert ballots(got, "19375") == {2} and ballots(got, "67.33") == {2}
    assert ballots(got, "9402") == {1}
    assert ballots(got, "32.67") == {1}


def test_a_bracketed_share_in_persen_and_a_giving_verb():
    got = claims_of(TABANAN, TABANAN_LEAD, "Di Kecamatan Marga, Sanjaya-Dirga unggul dengan "
                    "25.596 suara (81,38 persen), sedangkan 5.856 suara (18,62 persen) diraih "
                    "Mulyadi-Ardika.")
    assert ballots(got, "5856") == {1}
    assert ballots(got, "18.62") == {1}


def test_the_bracket_alone_never_reaches_a_pair_further_on():
    # Negative control: no giving word after the bracket; the count stays the pair's named
    # before it, and the next sentence's pair takes nothing.
    got = claims_of(TABANAN, TABANAN_LEAD, "Di Kecamatan Kerambitan, Sanjaya-Dirga memimpin "
                    "dengan 19.375 suara (67,33%). Mulyadi-Ardika tertinggal jauh di sana.")
    assert ballots(got, "19375") == {2} and ballots(got, "67.33") == {2}


# ---- 3. A kecamatan's bare name that is also a kab/kota of another province.
# Found probing the Tabanan page's sentences on a Sirekap page: "Di Kediri, Sanjaya-Dirga
# meraih 29.830 suara, sementara Mulyadi-Ardika 25.230 suara" (the record's Sirekap for Tabanan's
# kecamatan Kediri, 100 % of TPS) was read as the whole regency's and graded `discrepant`: the
# name is Jawa Timur's Kediri too (kabupaten and kota), so the bare opening "Di X," was left to
# a region reading that fell back on the title's regency. "Di Baturiti, ..." was read right.
TABANAN_SIREKAP = "Real Count KPU Pilkada Tabanan 2024: Sanjaya-Dirga Unggul"
SIREKAP_LEAD = ("Berdasarkan real count KPU di laman pilkada2024.kpu.go.id dengan data masuk 99,88 "
                "persen, pasangan Sanjaya-Dirga meraih 204.106 suara, sedangkan Mulyadi-Ardika "
                "100.009 suara.")


def record_claims(ctx, title, *paragraphs):
    """status_claims with the shipped record (its kecamatan: the small test record lacks them)."""
    from builders import check_article
    rep = check_article(title, "".join(f"<p>{p}</p>" for p in paragraphs), URL, ctx=ctx)
    status = {c.claim: c.status for c in rep.comparisons}
    return [(c, status.get(i)) for i, c in enumerate(rep.claims)]


def test_a_bare_kecamatan_name_shared_with_another_provinces_kabkota(shipped_context):
    got = record_claims(shipped_context, TABANAN_SIREKAP, SIREKAP_LEAD, "Di Kediri, Sanjaya-Dirga meraih 29.830 "
                        "suara, sementara Mulyadi-Ardika 25.230 suara.")
    for value in ("29830", "25230"):
        (claim, status), = [(c, s) for c, s in got if str(c.value) == value]
        assert claim.region_code == "510206", (value, claim.region_code, claim.hold)
        assert status not in FLAGS


def test_a_bare_name_of_no_kecamatan_there_stays_held(shipped_context):
    # Negative control: Surabaya is no kecamatan of Tabanan; the count is never graded.
    got = record_claims(shipped_context, TABANAN_SIREKAP, SIREKAP_LEAD, "Di Surabaya, Sanjaya-Dirga meraih 29.830 "
                        "suara.")
    (claim, status), = [(c, s) for c, s in got if str(c.value) == "29830"]
    assert status not in FLAGS and claim.hold is not None
