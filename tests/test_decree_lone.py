"""A far plenary share alone against the decree: graded only where its own sentence names the
pair (settled._named_here; rekap-s41.md "rekap3", left for the lead, decided in session 42).

Jawa Tengah's governor decree: Ahmad Luthfi-Taj Yasin (nomor urut 2) 59,14 persen, Andika
Perkasa-Hendrar Prihadi (nomor urut 1) 40,86. "64,14" is a planted error, five points off.
Where the sentence that writes it names the pair, it is the page's wrong figure; where the
pair was carried in from the title or an earlier paragraph ("pasangan ini", "mereka"), the
share may be another pair's or another area's, and is held."""

from decimal import Decimal

from builders import check_article

URL = "https://www.kompas.tv/nasional/558580/kpu-jateng-tetapkan-luthfi-yasin"
OPEN = "<p>KPU Jawa Tengah menggelar rapat pleno rekapitulasi hasil Pilgub Jateng 2024. "


def share(title: str, body: str, value: str = "64.14"):
    rep = check_article(title, body, URL)
    return next(c for c in rep.comparisons
                if rep.claims[c.claim].kind == "share" and
                rep.claims[c.claim].value == Decimal(value))


def test_a_lone_far_share_whose_sentence_names_the_pair_is_caught():
    got = share("KPU Jawa Tengah Tetapkan Ahmad Luthfi-Taj Yasin Peroleh Suara Terbanyak",
                OPEN + "Ketua KPU Jateng mengumumkan pasangan nomor urut 2 Ahmad Luthfi-Taj "
                "Yasin meraih 64,14 persen suara.</p>")
    assert (got.status, got.tier, got.official_value) == ("discrepant", "rekap", Decimal("59.14"))


def test_a_headline_naming_the_pair_beside_its_share_is_caught():
    got = share("Luthfi-Yasin Raih 64,14 Persen, KPU Jawa Tengah Tetapkan Hasil Pilgub",
                OPEN + "</p>")
    assert got.status == "discrepant"


def test_the_ballot_number_alone_names_the_pair():
    got = share("KPU Jawa Tengah Tetapkan Hasil Pilgub",
                OPEN + "Paslon nomor urut 2 meraih 64,14 persen suara.</p>")
    assert got.status == "discrepant"


def test_a_far_share_whose_pair_is_only_in_the_title_is_held():
    got = share("Luthfi-Yasin Menang Pilgub Jateng",
                OPEN + "Hasilnya, pasangan ini meraih 64,14 persen suara.</p>")
    assert (got.status, got.reason) == ("unverifiable", "share_unplaced")


def test_a_far_share_whose_pair_comes_from_the_title_or_a_previous_paragraph_is_held():
    got = share("Luthfi-Yasin Menang Pilgub Jateng",
                OPEN + "Luthfi-Yasin unggul.</p><p>Mereka meraih 64,14 persen suara sah.</p>")
    assert (got.status, got.reason) == ("unverifiable", "share_unplaced")


def test_the_right_share_carried_in_stays_consistent():
    got = share("Luthfi-Yasin Menang Pilgub Jateng",
                OPEN + "Luthfi-Yasin unggul.</p><p>Mereka meraih 59,14 persen suara sah.</p>",
                "59.14")
    assert got.status == "consistent"
