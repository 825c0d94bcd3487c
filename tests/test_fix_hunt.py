"""False flags found on real news pages the corpus does not hold (tests/corpus/findings/hunt.md),
each as the wording behind it, in our own words with the real figures: a national tally stated
before the national decree existed, a lead restating the quick count the article names below,
a campaign team's own count of part of the TPS, a count of a few TPS in one village."""

from __future__ import annotations

from builders import CAMP, check_article, context, snapshot
from checker.analyse.pipeline import check_snapshot

FLAGS = ("minor", "discrepant")


def graded(title: str, body: str, url: str = "https://berita.example/a") -> dict:
    """{(kind, value): Comparison} of the page's claims."""
    rep = check_article(title, body, url)
    return {(rep.claims[c.claim].kind, str(rep.claims[c.claim].value)): c
            for c in rep.comparisons}


def flagged(title: str, body: str, voice: str = "") -> list[tuple[str, str]]:
    """(kind, value) of every figure graded minor or discrepant (a value the page gives twice
    counts twice)."""
    rep = check_article(title, body, footer=voice)
    return [(rep.claims[c.claim].kind, str(rep.claims[c.claim].value))
            for c in rep.comparisons if c.status in FLAGS]


# ---- 1. The national Pilpres tally as it stood on 18 Mar 2024, 34 provinces of 38 in: the
# national decree (96.214.691 for Prabowo-Gibran) came on 20 Mar. A plenary figure of the whole
# race dated before its decree is a partial tally, not the decree misquoted.
NATIONAL = ("<p>Jakarta - KPU melanjutkan rapat pleno rekapitulasi tingkat nasional sampai "
            "Senin (18/3/2024).</p><p>Rapat itu terbuka di kantor KPU RI.</p>"
            "<p>Dalam Pilpres 2024, paslon nomor urut 2 "
            "Prabowo Subianto - Gibran Rakabuming mendapat {b} suara, setara {bs}% dari total "
            "suara sah.</p><p>Paslon nomor urut 1 Anies Baswedan - Muhaimin Iskandar memperoleh "
            "31.291.719 suara atau 23,61% dari total suara sah.</p>")


def test_a_national_tally_dated_before_the_national_decree_is_not_graded():
    found = graded("Rekapitulasi nasional tersisa 4 provinsi",
                   NATIONAL.format(b="77.524.176", bs="58,51"))
    for key in (("votes", "77524176"), ("share", "58.51"), ("votes", "31291719"),
                ("share", "23.61")):
        assert found[key].status not in FLAGS, (key, found[key])
        # (Held `another_moment` by unfinished.py, or, on the merged tree, left off the
        # decree by decree_day before that: `plenary_not_loaded`, or within the share's
        # tolerance of the final figure anyway. What matters: never a flag.)


def test_the_decree_itself_misquoted_on_its_day_is_still_caught():
    body = NATIONAL.replace("sampai Senin (18/3/2024)", "sampai Rabu (20/3/2024)")
    found = graded("Rekapitulasi nasional selesai", body.format(b="96.214.961", bs="58,59"))
    assert found[("votes", "96214961")].status in FLAGS


def test_a_slip_beside_counts_already_equal_to_the_decree_is_still_caught():
    # DKI 2024, the six kab/kota plenaries summed on 5 Dec, three days before the province
    # adopted the same counts: "50,7 persen" beside 2.183.239 is a slip for 50,07.
    body = ("<p>Jakarta - Rekapitulasi KPU di enam kota dan kabupaten Jakarta rampung, Kamis "
            "(5/12/2024).</p><p>Pasangan nomor urut 3 Pramono Anung-Rano Karno meraih 2.183.239 "
            "suara atau 50,7 persen.</p><p>Pasangan nomor urut 1 Ridwan Kamil-Suswono meraih "
            "1.718.160 suara.</p>")
    found = graded("Rekapitulasi DKI tingkat kota rampung", body)
    assert found[("share", "50.7")].status in FLAGS, found[("share", "50.7")]


# ---- 2. The lead restates the quick count the article names two paragraphs down (Pilgub Sulsel
# 2024: Indikator's 76,19 at 70,25 % of its sample; KPU's count gave 65.31 then).
SULSEL = ("<p>Andi Sudirman Sulaiman-Fatmawati Rusdi (Andalan Hati) unggul telak 76,19 persen, "
          "dari rivalnya Danny Pomanto-Azhar Arsyad (DiA) dengan 23,81 persen.</p>"
          "<p>Juru bicara Andalan Hati bersyukur pasangannya unggul sementara atas Danny-Azhar "
          "dalam hitung cepat Pilgub Sulsel 2024.</p><p>MAKASSAR - Lembaga survei Indikator "
          "Politik Indonesia merilis hasil quick count Pilgub Sulsel, Rabu (27/11/2024).</p>"
          "<p>Hasilnya, sampai pukul 16.52 Wita, paslon nomor urut 02, Andi Sudirman "
          "Sulaiman-Fatmawati Rusdi (Andalan Hati) unggul {lead} persen dari paslon nomor urut "
          "01, Moh Ramdhan Pomanto-Azhar Arsyad (DiA) dengan 23,81 persen.</p><p>Data suara yang "
          "masuk dalam quick count itu 70,25 persen.</p>")


def test_a_lead_restating_the_quick_count_below_is_the_quick_counts():
    assert flagged("Pilgub Sulsel 2024", SULSEL.format(lead="76,19")) == []


def test_a_lead_share_the_quick_count_below_does_not_give_is_still_graded():
    # Only the very figures the quick count gives are its: the lead's other share is not.
    assert ("share", "76.19") in flagged("Pilgub Sulsel 2024", SULSEL.format(lead="75,50"))


# ---- 3. A campaign team's own count from part of the TPS (Pilgub Jatim 2024: Khofifah-Emil's
# team, 60,41 % from 51.940 TPS, about 85 %; the plenary gave 58.81).
def test_a_campaign_count_of_part_of_the_tps_is_not_graded():
    body = ("<p>Surabaya - Tim pemenangan pasangan calon gubernur Jawa Timur nomor urut 2 "
            "Khofifah Indar Parawansa-Emil Dardak menyebut pasangan itu unggul dengan 60,41 "
            "persen berdasarkan real count dari 51.940 TPS atau setara 85,5 persen dari seluruh "
            "TPS, Kamis, 28 November 2024.</p>")
    found = graded("Khofifah-Emil klaim menang", body)
    assert found[("share", "60.41")].status not in FLAGS, found[("share", "60.41")]


# ---- 4. A count of the first six TPS of one kelurahan (Pilbup Bantaeng 2024, Kelurahan
# Pallantikang: 1.259 and 1.001 of 2.260 valid votes), not the regency's count.
def test_a_count_of_a_few_tps_in_one_village_is_not_the_regencys():
    body = ("<p>BANTAENG - Pasangan calon bupati-wakil bupati Bantaeng nomor urut 1 Muhammad "
            "Fathul Fauzi Nurdin-Sahabuddin unggul atas Ilham-Kanita di Kelurahan Pallantikang, "
            "Kecamatan Bantaeng, Kabupaten Bantaeng, Provinsi Sulawesi Selatan, hingga pukul 20.15 "
            "Wita.</p><p>Dari total 2.260 suara sah dari 6 TPS yang sudah dihitung, Uji-Sahabuddin "
            "mendapat 1.259 suara (55,7 persen).</p><p>Sementara pasangan Ilham-Kanita mendapat "
            "1.001 (44,3 %) suara dari 2.260 suara sah di enam TPS itu.</p>")
    assert flagged("Real count KPU: Uji-Sahabuddin unggul sementara di Pallantikang", body) == []


# ---- 5. A pronoun opening a sentence is nobody's name: "Dia" (he, she) is also the first name
# of a running mate in Kabupaten Cirebon (DIA RAMAYANA), and read as that pair it put a Bali
# page's "100 persen" of the forms in into Cirebon's race.
def test_a_sentence_opening_with_a_pronoun_names_no_pair():
    body = ("<p>Denpasar - Wayan Koster menyatakan menang berdasarkan hitungan internal PDIP, "
            "Rabu (27/11/2024).</p><p>Dia mengatakan, data kabupaten yang belum 100 persen adalah "
            "Buleleng.</p>")
    rep = check_snapshot(snapshot("https://berita.example/a", (
        "<html><head><title>Koster klaim menang</title></head><body><article>" + body +
        "</article></body></html>").encode()), context())
    assert not [c for c in rep.claims if c.region_code == "3209"], rep.claims
    assert not [c for c in rep.comparisons if c.status in FLAGS]



# ---- 7. A campaign's own count written to the whole per cent (Pilgub Sumbar 2024, the
# Mahyeldi-Vasko team at 99,1 % of the TPS: Solok "75%", KPU's count 74.47; Mentawai "65%",
# KPU's 67.78, which the team itself gave as 67,91).
def test_a_campaign_share_in_whole_per_cents_is_graded_beyond_its_rounding():
    body = ("<p>Padang - Tim Pemenangan Mahyeldi-Vasko menyatakan menang dengan 77,15% dari "
            "total suara masuk 99,1%, Kamis (28/11/2024).</p><p>Menurut tim pemenangan, di "
            "Kabupaten Kepulauan Mentawai Mahyeldi-Vasko mendapat {m}%. Di Kabupaten Solok, "
            "kandang Epyardi-Ekos, paslon Mahyeldi-Vasko menang dengan perolehan suara {s}%.</p>")
    assert flagged("Tim Mahyeldi-Vasko deklarasi menang", body.format(m="67,8", s="75"),
                   CAMP) == []
    assert ("share", "65") in flagged("Tim Mahyeldi-Vasko deklarasi menang",
                                      body.format(m="65", s="75"), CAMP)

