"""corpus-az (Pilkada 2024 single pairs against the empty box): the shapes its dev pages lost,
each a short page in our own words with real figures of the shipped record, with variants and
the near shapes that must keep their reading (tests/corpus/findings/corpus-az.md)."""

from __future__ import annotations

from decimal import Decimal

from builders import page_claims


def claims(ctx, title: str, *paragraphs: str) -> list:
    """(value, kind, ballot number, status) of every claim of a news page of these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.value, claim.kind, claim.nomor_urut, c.status if c is not None else None)
            for claim, c in page_claims(ctx, title, body)]


def of(got: list, value: str) -> list:
    return [g[1:] for g in got if g[0] == Decimal(value)]


BANGKA = "KPU Kabupaten Bangka menetapkan hasil rekapitulasi Pilbup Bangka 2024."
PANGKAL = "KPU Kota Pangkalpinang menetapkan hasil rekapitulasi Pilwalkot Pangkalpinang 2024."
BASEL = "KPU Kabupaten Bangka Selatan menetapkan hasil rekapitulasi Pilbup Bangka Selatan 2024."


# ---- 1. "pasangan tersebut" is never the empty box (news-newsurban-pilbup-bangka-kotak-kosong-
# rekap: "kotak kosong tercatat unggul sebanyak 57,25 persen, sementara pasangan tersebut hanya
# meraup 42,75 persen suara" gave 42,75 to the box, the figure before). The box is no pair: a
# back-reference by "pasangan"/"paslon" lands on the one real pair named before.
def test_that_pair_after_the_box_is_the_single_pair(shipped_context):
    got = claims(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                 "Kekalahan Mulkan-Ramadian sudah terlihat pada malam penghitungan. Saat itu "
                 "kotak kosong unggul 57,25 persen, sementara pasangan tersebut hanya meraup "
                 "42,75 persen suara.")
    assert of(got, "57.25") == [("share", 2, "consistent")]
    assert of(got, "42.75") == [("share", 1, "consistent")]


def test_other_single_pair_races_and_words(shipped_context):
    # Pangkalpinang: the box is nomor 1 there, the pair nomor 2; "paslon itu"
    got = claims(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL,
                 "Maulan Aklil-Masagus M Hakim kalah di Pangkalpinang. Kolom kosong meraih "
                 "57,98 persen, sedangkan paslon itu mendapat 42,02 persen.")
    assert of(got, "42.02") == [("share", 2, "consistent")]
    assert of(got, "57.98") == [("share", 1, "consistent")]
    # Bangka Selatan, the pair named in the same sentence before the box's figure
    got = claims(shipped_context, "Hasil Pilbup Bangka Selatan 2024", BASEL,
                 "Riza Herdavid-Debby Vita Dewi menang telak: kotak kosong hanya 15,77 persen, "
                 "sementara pasangan ini meraih 84,23 persen.")
    assert of(got, "84.23") == [("share", 2, "consistent")]
    assert of(got, "15.77") == [("share", 1, "consistent")]


def test_that_pair_near_shapes_keep_their_reading(shipped_context):
    # a real pair's figure before "pasangan tersebut" is still that pair's
    got = claims(shipped_context, "Hasil Pilbup Bangka Selatan 2024", BASEL,
                 "Riza Herdavid-Debby Vita Dewi meraih 64.795 suara. Pasangan tersebut meraih "
                 "84,23 persen suara sah.")
    assert of(got, "84.23") == [("share", 2, "consistent")]
    # a wrong share after the box is still caught, now against the pair
    got = claims(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                 "Kekalahan Mulkan-Ramadian sudah terlihat pada malam penghitungan. Saat itu "
                 "kotak kosong unggul 57,25 persen, sementara pasangan tersebut hanya meraup "
                 "45,75 persen suara.")
    assert of(got, "45.75") == [("share", 1, "discrepant")]
    # no real pair named before: the figure stays no one's rather than the box's
    got = claims(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                 "Saat itu kotak kosong unggul 57,25 persen, sementara pasangan tersebut hanya "
                 "meraup 42,75 persen suara.")
    assert all(n != 2 for _, n, _ in of(got, "42.75"))



def test_they_after_the_box_is_not_the_box(shipped_context):
    # "mereka" after the box's figures: the pair's hope (blog-sorigling: "Padahal semula mereka
    # yakin menang 100 persen" was the box's share, graded discrepant on this short page)
    got = claims(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL,
                 "Maulan Aklil-Masagus M Hakim cuma memperoleh 35.177 suara atau 42,02 persen. "
                 "Kotak kosong, nomor urut 1, mendapat 57,98 persen atau 48.528 suara. Padahal "
                 "semula mereka yakin menang 100 persen.")
    assert of(got, "48528") == [("votes", 1, "consistent")]
    assert all(n != 1 and s not in ("minor", "discrepant") for _, n, s in of(got, "100"))

# ---- 2. A nickname the page gives a member with "alias" names the pair written with it
# (blog-sorigling-babel-dua-petahana-kalah-kotak-kosong: "Maulan Aklil alias Molen dan Masagus M
# Hakim", then "Molen-Hakim cuma memperoleh 35.177 suara atau 42,02 persen" was
# candidate_unknown). Only the page's own "alias" ties the nickname to its member.
# (the page's shape: an office before the name, the sentence ending right after the pair)
PANGKAL_PAIR = ("Yang melawan kotak kosong adalah calon Wali Kota dan Wakil Wali Kota "
                "Pangkalpinang, Maulan Aklil alias Molen dan Masagus M Hakim. Mereka diusung "
                "16 partai.")


def test_a_nickname_given_with_alias_names_the_pair(shipped_context):
    got = claims(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL, PANGKAL_PAIR,
                 "Molen-Hakim memperoleh 35.177 suara atau 42,02 persen.")
    assert of(got, "35177") == [("votes", 2, "consistent")]
    assert of(got, "42.02") == [("share", 2, "consistent")]


def test_the_second_members_nickname_and_another_race(shipped_context):
    got = claims(shipped_context, "Hasil Pilbup Maros 2024",
                 "KPU Kabupaten Maros menggelar rekapitulasi Pilbup Maros 2024.",
                 "Pasangan Chaidir Syam dan Muetazim Mansyur alias Ical melawan kolom kosong.", "Menurut Sirekap, Chaidir-Ical memperoleh 121.303 suara atau 63,88 "
                 "persen.")
    assert of(got, "121303") == [("votes", 2, "consistent")]
    assert of(got, "63.88") == [("share", 2, "consistent")]


def test_an_undeclared_nickname_stays_unknown_and_a_wrong_count_is_caught(shipped_context):
    got = claims(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL,
                 "Pasangan Maulan Aklil dan Masagus M Hakim melawan kotak kosong.",
                 "Molen-Hakim memperoleh 35.177 suara atau 42,02 persen.")
    assert all(n is None for _, n, _ in of(got, "35177"))
    # (KPU's Sirekap at 100 % of TPS, one digit off: a plenary count may differ from it)
    got = claims(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024",
                 "Data Sirekap KPU Pilwalkot Pangkalpinang 2024 sudah 100 persen.", PANGKAL_PAIR,
                 "Menurut Sirekap, Molen-Hakim memperoleh 36.177 suara atau 42,02 persen.")
    assert of(got, "36177") == [("votes", 2, "discrepant")]


# ---- 3. A sum the page works out is no pair's count (news-lintasperkoro-gresik-kotak-kosong-
# gugat-mk: "suara kotak kosong 244.539 + 327.500 (golput), totalnya 572.039 suara" gave the
# empty box 572.039 votes). A count after "A + B ..., totalnya"/"= " adds other figures up.
GRESIK = "KPU Kabupaten Gresik menetapkan hasil rekapitulasi Pilbup Gresik 2024."


def test_a_worked_sum_is_no_pairs_count(shipped_context):
    got = claims(shipped_context, "Kotak Kosong Gresik Gugat ke MK", GRESIK,
                 "\"Kalau dijumlahkan, suara kotak kosong 246.530 + 327.500 (golput), totalnya "
                 "574.030 suara,\" kata seorang pendukung.")
    assert not of(got, "574030")
    got = claims(shipped_context, "Kotak Kosong Gresik Gugat ke MK", GRESIK,
                 "Menurut Sirekap, suara kolom kosong 246.530 ditambah golput 327.500 + 1.000 "
                 "= 575.030 suara.")
    assert not of(got, "575030")
    got = claims(shipped_context, "Hasil Pilbup Maros 2024",
                 "KPU Kabupaten Maros menggelar rekapitulasi Pilbup Maros 2024.",
                 "Jika suara kolom kosong 68.578 + 88.000 (golput), jumlahnya mencapai 156.578 "
                 "suara.")
    assert not of(got, "156578")


def test_counts_near_a_sum_keep_their_reading(shipped_context):
    # the box's own count before the sign is still its own, and a pair's count after the sum
    # too; a wrong one is still caught (Bangka: Sirekap at 100 % of TPS; 113.847 did not vote)
    sirekap = "Data Sirekap KPU Pilbup Bangka 2024 sudah 100 persen."
    got = claims(shipped_context, "Kotak Kosong Menang di Bangka", sirekap,
                 "Menurut Sirekap, suara kotak kosong 67.546 + 113.847 (golput), totalnya "
                 "181.393 suara. Sementara itu pasangan Mulkan-Ramadian meraih 50.443 suara.")
    assert not of(got, "181393")
    assert of(got, "67546") == [("votes", 2, "consistent")]
    assert of(got, "50443") == [("votes", 1, "consistent")]
    got = claims(shipped_context, "Kotak Kosong Menang di Bangka", sirekap,
                 "Menurut Sirekap, suara kotak kosong 76.546 + 113.847 (golput), totalnya "
                 "190.393 suara. Sementara itu pasangan Mulkan-Ramadian meraih 50.443 suara.")
    assert of(got, "76546") == [("votes", 2, "discrepant")]


# ---- 4. The governor race named by its province on a page of a regency KPU's announced result
# is the regency's count (news-inewsciamis-pilbup-ciamis-kotak-kosong-pleno: "KPU Kabupaten
# Ciamis resmi mengumumkan hasil rekapitulasi ...", then "Untuk Pilgub Jawa Barat, pasangan
# nomor urut 4, Dedi Mulyadi-Erwan Setiawan, menjadi pemenang dengan 377.387 suara" was left
# region_unclear). A regency KPU announces or sets only its own area's count.
def areas(ctx, title: str, *paragraphs: str) -> list:
    """(value, race, region code, status) of every claim of a news page of these paragraphs."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.value, claim.race_kind, claim.region_code, c.status if c else None)
            for claim, c in page_claims(ctx, title, body)]


JABAR_IN_CIAMIS = ("Untuk Pilgub Jawa Barat, pasangan nomor urut 4, Dedi Mulyadi-Erwan Setiawan, "
                   "menjadi pemenang dengan 376.494 suara atau 57,13 persen.")


def test_a_regency_kpus_announced_result_is_its_own_area(shipped_context):
    got = areas(shipped_context, "Hasil Pilbup Ciamis 2024", "Komisi Pemilihan Umum (KPU) "
                "Kabupaten Ciamis resmi mengumumkan hasil rekapitulasi suara Pilkada 2024.",
                JABAR_IN_CIAMIS)
    assert (Decimal(376494), "governor", "3207", "consistent") in got
    assert (Decimal("57.13"), "governor", "3207", "consistent") in got
    # written the other way round, and another verb
    got = areas(shipped_context, "Hasil Pilbup Ciamis 2024", "Hasil rekapitulasi suara Pilkada "
                "2024 resmi diumumkan Komisi Pemilihan Umum (KPU) Kabupaten Ciamis.",
                JABAR_IN_CIAMIS)
    assert (Decimal(376494), "governor", "3207", "consistent") in got
    got = areas(shipped_context, "Hasil Pilbup Ciamis 2024", "KPU Kabupaten Ciamis menetapkan "
                "hasil rekapitulasi Pilkada 2024 dalam rapat pleno terbuka.", JABAR_IN_CIAMIS)
    assert (Decimal(376494), "governor", "3207", "consistent") in got


def test_the_province_named_without_a_regency_kpus_result_stays_open(shipped_context):
    # the regency's KPU only mentioned (no result of its own): the area stays open, and the
    # province's own count on such a page is never flagged against the regency's
    got = areas(shipped_context, "Hasil Pilbup Ciamis 2024", "Ketua KPU Kabupaten Ciamis "
                "mengajak warga memantau hasil rekapitulasi Pilkada 2024.", JABAR_IN_CIAMIS)
    assert all(region is None for v, _, region, _ in got if v == Decimal(376494))
    got = areas(shipped_context, "Hasil Pilbup Ciamis 2024", "KPU Kabupaten Ciamis resmi "
                "mengumumkan hasil rekapitulasi Pilkada 2024.", "Untuk Pilgub Jawa Barat, "
                "pasangan nomor urut 4, Dedi Mulyadi-Erwan Setiawan, menang dengan 14.130.192 "
                "suara.")
    assert all(s not in ("minor", "discrepant") for *_, s in got)


# ---- 5. "di sana" after a kecamatan named earlier in the sentence is that kecamatan
# (news-newsurban-pilbup-bangka-kotak-kosong-rekap: "Mulkan-Ramadian hanya menang di Kecamatan
# Belinyu dengan 11.474 suara, sedangkan kotak kosong di sana meraih 5.532 suara" left the box's
# count below the record's level), as "di kecamatan tersebut" already was.
def test_there_is_the_kecamatan_the_sentence_named(shipped_context):
    got = areas(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                "Mulkan-Ramadian hanya menang di Kecamatan Belinyu dengan 11.474 suara, "
                "sedangkan kotak kosong di sana meraih 5.532 suara.")
    assert (Decimal(5532), "regent_mayor", "190102", "consistent") in got
    got = areas(shipped_context, "Hasil Pilbup Bangka Selatan 2024", BASEL,
                "Riza Herdavid-Debby Vita Dewi unggul di Kecamatan Toboali dengan 22.194 suara, "
                "sementara kolom kosong di situ mendapat 5.602 suara.")
    assert (Decimal(5602), "regent_mayor", "190301", "consistent") in got
    got = areas(shipped_context, "Hasil Pilwalkot Pangkalpinang 2024", PANGKAL,
                "Kotak kosong menang di Kecamatan Bukit Intan dengan 7.259 suara, sedangkan "
                "Maulan Aklil-Masagus M Hakim di sana hanya meraih 6.559 suara.")
    assert (Decimal(6559), "regent_mayor", "197101", "consistent") in got


def test_there_with_two_kecamatan_or_a_wrong_count(shipped_context):
    # two kecamatan named before "di sana": neither is guessed
    got = areas(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                "Mulkan-Ramadian menang di Kecamatan Belinyu dan kalah di Kecamatan Merawang "
                "dengan 4.015 suara, sedangkan kotak kosong di sana meraih 6.339 suara.")
    assert all(region != "190103" and region != "190102" for v, _, region, _ in got
               if v == Decimal(6339))
    # a wrong count there is caught
    got = areas(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                "Mulkan-Ramadian hanya menang di Kecamatan Belinyu dengan 11.474 suara, "
                "sedangkan kotak kosong di sana meraih 5.832 suara.")
    assert [s for v, _, r, s in got if v == Decimal(5832)] in (["discrepant"], ["minor"])


# ---- 6. A province's or city's name opening a kecamatan's name of the page's kab/kota names the
# kecamatan, not the province (news-newsurban-pilbup-bangka-kotak-kosong-rekap: the list
# "Sungailiat, Belinyu, ..., Riau Silip dan Puding Besar" put the figures after it in the
# province Riau, and the box's Belinyu count was lost).
BANGKA_KECAMATAN = ("Suara itu dihimpun dari delapan kecamatan di Kabupaten Bangka: Sungailiat, "
                    "Belinyu, Merawang, Mendo Barat, Pemali, Bakam, Riau Silip dan Puding Besar.")


def test_a_kecamatan_named_like_a_province_is_the_kecamatan(shipped_context):
    got = areas(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA, BANGKA_KECAMATAN,
                "Mulkan-Ramadian hanya menang di Kecamatan Belinyu dengan 11.474 suara, "
                "sedangkan kotak kosong di sana meraih 5.532 suara.")
    assert (Decimal(5532), "regent_mayor", "190102", "consistent") in got
    # Kota Jambi's kecamatan Jambi Selatan, after the city's name
    got = areas(shipped_context, "Hasil Pilwako Jambi 2024", "KPU Kota Jambi menetapkan hasil "
                "rekapitulasi Pilwako Jambi 2024.", "Di Jambi Selatan, Maulana-Diza meraih "
                "18.053 suara, sedangkan Abdul Rahman-Guntur meraih 6.439 suara.")
    assert (Decimal(18053), "regent_mayor", "157102", "consistent") in got


def test_the_province_itself_is_still_the_province(shipped_context):
    # "Riau" then a word that makes no kecamatan of the page's area: still the province
    got = areas(shipped_context, "Hasil Pilkada Bangka 2024", BANGKA,
                "Di Riau Pesisir, Mulkan-Ramadian meraih 4.042 suara.")
    assert all(region not in ("190107",) for v, _, region, _ in got if v == Decimal(4042))

