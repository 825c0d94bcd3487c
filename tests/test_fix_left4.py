"""Ballot numbers on a page that never dates itself (blind run 7: merdeka.com on the Pilkada
Mamuju 2020 plenary, antaranews on the Pilwalkot Baubau 2018 one). Neither page writes a year;
both number their own pairs, and the record's 2024 pair of that number is someone else. The
page's own evidence decides: a pair it names that stood in 2024 with another running mate, or
the pair it writes beside the number, not the record's pair of that number. Short pages in our
own words with the real figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import check_article, every_claim

UNDATED = "https://berita.example/peristiwa/hasil-rekapitulasi"
DATED = "https://berita.example/2024/11/28/hasil-rekapitulasi"


def claims_of(ctx, title: str, body: str, url: str = UNDATED) -> list:
    return every_claim(check_article(title, body, url, ctx))


def of(found: list, value: str) -> tuple:
    hits = [(claim, c) for claim, c in found if claim.value == Decimal(value)]
    assert len(hits) == 1, (value, hits)
    return hits[0]


MAMUJU = ("<p>Mamuju - KPU Mamuju menetapkan hasil rekapitulasi dalam pleno terbuka, Kamis (17/12) "
          "dini hari. {lead}</p><p>Sementara pasangan nomor urut {number}, {named} meraih 67.029 "
          "suara.</p>")
MAMUJU_LEAD = "Pasangan Sitti Sutinah Suhardi-Ado Mas'ud meraup 76.627 suara."
MAMUJU_TITLE = "Petahana Kalah di Pilkada Mamuju"


@pytest.mark.parametrize("number", ["dua", "2", "02"])
@pytest.mark.parametrize("named", ["Habsi Wahid bersama Irwan SP Pababari",
                                   "Habsi Wahid-Irwan SP Pababari"])
def test_a_number_on_an_undated_page_of_another_roster_is_not_the_record_s(shipped_context,
                                                                          number, named):
    # Ado Mas'ud ran in 2020 beside Sitti Sutinah Suhardi, and in 2024 as pair 2 with Damris:
    # the 2020 runner-up's count is not Ado Mas'ud-Damris's
    body = MAMUJU.format(lead=MAMUJU_LEAD, number=number, named=named)
    claim, comparison = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert claim.candidate_id is None, claim
    assert comparison.status == "unverifiable"
    assert comparison.reason in ("other_election", "candidate_unknown")


def test_the_roster_alone_holds_a_bare_number(shipped_context):
    # no name beside the number: the page's other pair is another election's, so is its "2"
    body = MAMUJU.format(lead=MAMUJU_LEAD, number="dua", named="pesaing terdekatnya,")
    claim, comparison = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert claim.candidate_id is None
    assert comparison.reason == "other_election"


def test_a_named_other_pair_beside_the_number_alone_is_enough(shipped_context):
    # no other pair on the page: the pair written beside "nomor urut 2" is not the record's 2
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="2",
                         named="Habsi Wahid-Irwan SP Pababari")
    claim, comparison = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert claim.candidate_id is None
    assert comparison.reason == "candidate_unknown"


BAUBAU = ("<p>Baubau - Dalam pleno rekapitulasi Pilwali Baubau, pasangan calon wali kota Tamrin-Monianse "
          "meraup 23.573 suara. "
          "Kemudian paslon nomor urut 1, Roslina Rahim-La Ode Yasin memperoleh 18.367 suara. "
          "Kemudian paslon nomor urut 3 usungan PBB dan Gerindra, {named} memperoleh 4.503 "
          "suara.</p>")


def test_another_race_and_a_written_pair_sharing_a_title_word(shipped_context):
    # Pilwalkot Baubau 2018: La Ode Yasin stood in 2024 with someone else; the record's pair 3
    # (Yusran Fahim - Wa Ode Hamsinah Bolu) shares only "Wa Ode" with the page's pair 3
    body = BAUBAU.format(named="Wa Ode Maasra Manarfa-Ikhsan Ismail")
    claim, comparison = of(claims_of(shipped_context, "Tamrin-Monianse Unggul di Baubau", body),
                           "4503")
    assert claim.candidate_id is None
    assert comparison.reason == "other_election"


# ---- negative controls: the same shapes where the page's evidence is the record's election


def kept_number(claim) -> bool:
    """Read as the record's pair 2 of Mamuju (by id, or by its number when compared)."""
    return claim.hold is None and claim.election == "pilkada2024" and claim.nomor_urut == 2


def test_a_dated_page_keeps_the_number(shipped_context):
    # written in 2024 (its address): "nomor urut 2" is the 2024 pair even beside a nickname
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="2", named="pasangan petahana,")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body, DATED), "67029")
    assert kept_number(claim), claim


def test_an_undated_page_naming_the_record_s_pair_keeps_it(shipped_context):
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="2", named="Ado Mas'ud-Damris")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert kept_number(claim), claim


def test_an_undated_bare_number_without_other_evidence_keeps_it(shipped_context):
    body = MAMUJU.format(lead="Pleno berjalan lancar.", number="dua", named="pesaing terdekatnya,")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert kept_number(claim), claim


def test_a_pair_the_page_names_as_the_record_s_keeps_it_beside_an_earlier_one(shipped_context):
    # the roster evidence holds numbers only: a pair written as the record's is read as before
    body = MAMUJU.format(lead=MAMUJU_LEAD, number="2", named="Ado Mas'ud-Damris")
    claim, _ = of(claims_of(shipped_context, MAMUJU_TITLE, body), "67029")
    assert kept_number(claim), claim


# ---- 2. A line without a full stop ends its sentence (tribunbanten, PSU Pilkada Kabupaten Serang
# 2025, dev corpus): the last item of a kecamatan list, "29. Kecamatan Lebak Wangi, paslon 01 :
# 3.194 suara, ..." has no stop, and the head of KPU's sentence on the next line, the whole
# kabupaten's 185.352, read that item's kecamatan as its area (a count below kab/kota).

SERANG_TITLE = "KPU Tetapkan Hasil PSU Pilkada Kabupaten Serang"
SERANG_LEAD = "<p>KPU Kabupaten Serang menetapkan hasil rekapitulasi PSU Pilkada Serang.</p>"
SERANG_ITEMS = ("28. Kecamatan Bandung, paslon 01 : 5.393 suara, paslon 02 : 14.356 suara",
                "29. Kecamatan Lebak Wangi, paslon 01 : 3.194 suara, paslon 02 : 14.352 suara")
SERANG_HEAD = ("Ketua KPU Kabupaten Serang menyebut paslon nomor urut 01 Andika Hazrumy-Nanang "
               "Supriyatna mencapai 185.352 suara atau 24,1 persen.")


def serang(items: str, head: str = SERANG_HEAD) -> str:
    return SERANG_LEAD + items + f"<p>{head}</p>"


@pytest.mark.parametrize("items", [
    "".join(f"<p>{item}</p>" for item in SERANG_ITEMS),      # one paragraph per item
    "<ul>" + "".join(f"<li>{item}</li>" for item in SERANG_ITEMS) + "</ul>",  # a list
    "<p>" + "<br>".join(SERANG_ITEMS) + "</p>",              # lines of one paragraph
    "<figure><figcaption>Foto: rekapitulasi di Kecamatan Lebak Wangi</figcaption></figure>",
])
def test_a_line_without_a_stop_does_not_lend_its_area_to_the_next(shipped_context, items):
    claim, _ = of(claims_of(shipped_context, SERANG_TITLE, serang(items), DATED), "185352")
    assert claim.region_code == "3604" and claim.nomor_urut == 1, claim


def test_the_list_items_keep_their_kecamatan(shipped_context):
    # the control: an item's own count is still the kecamatan's, never the kabupaten's
    items = "".join(f"<p>{item}</p>" for item in SERANG_ITEMS)
    claim, _ = of(claims_of(shipped_context, SERANG_TITLE, serang(items), DATED), "14352")
    assert claim.region_code is None and claim.hold is not None


def test_the_same_area_in_the_figure_s_own_sentence_still_scopes_it(shipped_context):
    # the control: the kecamatan written in the figure's own sentence is its area
    head = SERANG_HEAD.replace("menyebut paslon", "menyebut di Kecamatan Lebak Wangi paslon")
    items = "".join(f"<p>{item}</p>" for item in SERANG_ITEMS)
    claim, _ = of(claims_of(shipped_context, SERANG_TITLE, serang(items, head), DATED), "185352")
    assert claim.region_code is None


def test_a_list_a_colon_opens_still_reads_as_one(shipped_context):
    # eranesia (dev corpus), Pilgub Sulteng: "... dan menang di ... kabupaten:" then one line per
    # kabupaten with its count, each the pair's in that kabupaten
    body = ("<p>KPU Sulawesi Tengah menetapkan hasil Pilgub Sulteng 2024.</p>"
            "<p>Anwar Hafid - Reny Lamadjido unggul dengan 724.518 suara dan menang di "
            "kabupaten berikut:</p><p>Parigi Moutong: 110.983 suara</p>"
            "<p>Banggai Laut: 19.809 suara</p><p>Sigi: 51.336 suara</p>")
    found = claims_of(shipped_context, "Anwar-Reny Menang Pilgub Sulteng", body, DATED)
    for value, area in (("110983", "7208"), ("19809", "7211"), ("51336", "7210")):
        claim, _ = of(found, value)
        assert (claim.region_code, claim.nomor_urut) == (area, 2), claim


def test_where_a_line_without_a_stop_goes_on():
    from checker.figures.line_breaks import sentence_spans

    lines = ["Hasil Pilkada Kota Baubau", "Paslon 3 meraih 4.503 suara, sedangkan paslon 1",
             "memperoleh 18.367 suara dan", "paslon 2 menang di kecamatan berikut:",
             "Betoambari: 2.100 suara", "Murhum: 1.950 suara", "Sumber: KPU"]
    text = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    ends, found = sentence_spans(text, starts, [])
    # the headline ends its sentence; a comma, "dan", a line going on in lower case and a
    # colon's list go on; a stop ends it. Where they end, only the stops say (none here).
    assert [text[s:s + 12] for s in found] == ["Hasil Pilkad", "Paslon 3 mer"]
    assert ends == [0]
